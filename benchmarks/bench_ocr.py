"""OCR and text-layer throughput of the LOAD stage.

    .venv/bin/python benchmarks/bench_ocr.py [--repeat 3]

(a) raw `tesseract IMG stdout -l vie` (subprocess, OMP_THREAD_LIMIT=1) per page image;
(b) `load()` of the same image (Pillow open + preprocessing + TesseractEngine + rows) and
`parse_file()` end to end;
ratio (b)/(a), in wall time and in CPU time (CPU: robust on a shared machine, but blind to the
work vbadmin overlaps with tesseract); text-layer pages/second over the born-digital PDFs; and, when the
`tesserocr` binding is importable, its in-process per-page time on the same images.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from vbadmin.errors import VbadminError
from vbadmin.load import load
from vbadmin.parse import parse_file

REALDOCS = Path(os.environ.get("VBADMIN_REALDOCS", "/work/shared/realdocs"))
TESSDATA = os.environ.get("TESSDATA_PREFIX", "/usr/share/tesseract-ocr/5/tessdata/")
SCANS = ["bct_2265-BCT-ATMT_2026_congvan_scan.pdf", "bct-cuchc_813_congvan_scan.pdf"]


def render_first_page(pdf_path: Path, dpi: int, out: Path) -> Path:
    document = pdfium.PdfDocument(pdf_path)
    try:
        image = document[0].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()
    image.save(out, dpi=(dpi, dpi))
    return out


def _cpu_seconds() -> float:
    """CPU time of this process (all threads) and of its finished children (tesseract)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of one call."""
    wall, cpu = time.perf_counter(), _cpu_seconds()
    work()
    return time.perf_counter() - wall, _cpu_seconds() - cpu


def _best(runs: list[tuple[float, float]]) -> tuple[float, float]:
    """The fastest wall time and the smallest CPU time of repeated runs (a shared machine)."""
    return min(r[0] for r in runs), min(r[1] for r in runs)


def raw_tesseract_seconds(image: Path, repeat: int) -> tuple[float, float]:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    command = ["tesseract", str(image), "stdout", "-l", "vie"]
    return _best([_timed(lambda: subprocess.run(command, env=env, check=True, capture_output=True))
                  for _ in range(repeat)])


def load_seconds(image: Path, repeat: int) -> tuple[float, int]:
    sources = []
    wall, _ = _best([_timed(lambda: sources.append(load(image))) for _ in range(repeat)])
    return wall, sum(len(line.words) for page in sources[0].pages for line in page.lines)


def _parse(image: Path) -> None:
    with contextlib.suppress(VbadminError):  # a page that is not a whole letter costs the same
        parse_file(image)


def parse_seconds(image: Path, repeat: int) -> tuple[float, float]:
    """vbadmin end to end: load, layout, extraction, handwriting reader, record validation."""
    return _best([_timed(lambda: _parse(image)) for _ in range(repeat)])


def tesserocr_seconds(image: Path) -> float | None:
    try:
        import tesserocr
        from PIL import Image
    except ImportError:
        return None
    with tesserocr.PyTessBaseAPI(path=TESSDATA, lang="vie") as api:
        api.SetImage(Image.open(image))  # warm: the API (and model) stay loaded across pages
        api.GetUTF8Text()
        started = time.perf_counter()
        api.SetImage(Image.open(image))
        api.GetUTF8Text()
        return time.perf_counter() - started


def bench_ocr(workdir: Path, repeat: int) -> None:
    print(f"best of {repeat} runs; cpu = this process's CPU (all threads) + tesseract's")
    print(f"{'page':40} {'dpi':>4} {'raw_s':>6} {'load_s':>7} {'ratio':>6} {'parse_s':>8} {'ratio':>6} "
          f"{'raw_cpu':>8} {'parse_cpu':>9} {'ratio':>6} {'words':>6} {'tesserocr_s':>11}")
    for name in SCANS:
        for dpi in (300, 200):
            image = render_first_page(REALDOCS / "scans" / name, dpi, workdir / f"{dpi}.png")
            _parse(image)  # warm: imports, the digit model, vocabularies
            raw, raw_cpu = raw_tesseract_seconds(image, repeat)
            ours, words = load_seconds(image, repeat)
            whole, whole_cpu = parse_seconds(image, repeat)
            binding = tesserocr_seconds(image)
            binding_text = f"{binding:11.2f}" if binding is not None else "        n/a"
            print(f"{name[:40]:40} {dpi:4} {raw:6.2f} {ours:7.2f} {ours / raw:6.2f} "
                  f"{whole:8.2f} {whole / raw:6.2f} {raw_cpu:8.2f} {whole_cpu:9.2f} "
                  f"{whole_cpu / raw_cpu:6.2f} {words:6} {binding_text}")


def bench_text_layer() -> None:
    pdfs = sorted((REALDOCS / "born_digital_pdf").glob("*.pdf"))
    pages = 0
    started = time.perf_counter()
    for path in pdfs:
        pages += len(load(path, ocr="never").pages)
    elapsed = time.perf_counter() - started
    print(f"text layer: {pages} pages of {len(pdfs)} PDFs in {elapsed:.2f} s "
          f"= {pages / elapsed:.1f} pages/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is reported")
    args = parser.parse_args()
    os.environ["OMP_THREAD_LIMIT"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        bench_ocr(Path(tmp), args.repeat)
    bench_text_layer()


if __name__ == "__main__":
    main()
