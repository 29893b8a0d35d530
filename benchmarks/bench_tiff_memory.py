"""Peak memory of loading a multi-page archive TIFF (black-and-white, Group 4, 300 DPI A4).

    .venv/bin/python benchmarks/bench_tiff_memory.py [--pages 20]

Each load runs in a fresh Python process, so its peak resident set is its own: the pages
without OCR (`ocr="never"`: decoding only) and, for comparison, Python with vbadmin imported.
A loader that decodes the pages one at a time stays flat as the page count grows.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

A4_300_DPI = (2480, 3508)
# VmHWM, not ru_maxrss: a child's ru_maxrss keeps the parent's resident set at the fork.
PEAK = (
    "from vbadmin.load import load\n"
    "{work}\n"
    "status = open('/proc/self/status').read().split('VmHWM:')[1]\n"
    "print(int(status.split()[0]) / 1024)\n"
)


def make_tiff(path: Path, pages: int) -> None:
    frames = []
    for number in range(pages):
        frame = Image.new("L", A4_300_DPI, 255)
        ImageDraw.Draw(frame).text((200, 200), f"Trang {number + 1}", fill=0)
        frames.append(frame.convert("1"))
    frames[0].save(path, compression="group4", save_all=True, append_images=frames[1:], dpi=(300, 300))


def peak_mb(work: str) -> float:
    output = subprocess.run([sys.executable, "-c", PEAK.format(work=work)], check=True,
                            capture_output=True, text=True).stdout
    return float(output.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        baseline = peak_mb("")
        print(f"python + vbadmin imported: {baseline:.0f} MB")
        for pages in (1, args.pages):
            tiff = Path(folder) / f"archive-{pages}.tif"
            make_tiff(tiff, pages)
            peak = peak_mb(f"source = load({str(tiff)!r}, ocr='never', max_pages={pages})")
            print(f"{pages:3d}-page TIFF, load(ocr='never'): peak {peak:.0f} MB "
                  f"({peak - baseline:.0f} MB above the import)")


if __name__ == "__main__":
    main()
