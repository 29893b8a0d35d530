"""OCR and text-layer throughput of the LOAD stage.

    .venv/bin/python benchmarks/bench_ocr.py [--scans N]

(a) raw `tesseract IMG stdout -l vie` (subprocess, OMP_THREAD_LIMIT=1) per page image;
(b) `load()` of the same image (Pillow open + preprocessing + TesseractEngine + rows) and
`parse_file()` end to end;
ratio (b)/(a); text-layer pages/second over the born-digital PDFs; and, when the
`tesserocr` binding is importable, its in-process per-page time on the same images.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import tempfile
import time
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


def raw_tesseract_seconds(image: Path) -> float:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    started = time.perf_counter()
    subprocess.run(["tesseract", str(image), "stdout", "-l", "vie"], env=env, check=True,
                   capture_output=True)
    return time.perf_counter() - started


def load_seconds(image: Path) -> tuple[float, int]:
    started = time.perf_counter()
    source = load(image)
    words = sum(len(line.words) for page in source.pages for line in page.lines)
    return time.perf_counter() - started, words


def parse_seconds(image: Path) -> float:
    """vbadmin end to end: load, layout, extraction, handwriting reader, record validation."""
    started = time.perf_counter()
    with contextlib.suppress(VbadminError):  # a page that is not a whole letter costs the same
        parse_file(image)
    return time.perf_counter() - started


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


def bench_ocr(workdir: Path) -> None:
    print(f"{'page':40} {'dpi':>4} {'raw_s':>6} {'load_s':>7} {'ratio':>6} {'parse_s':>8} {'ratio':>6} "
          f"{'words':>6} {'tesserocr_s':>11}")
    for name in SCANS:
        for dpi in (300, 200):
            image = render_first_page(REALDOCS / "scans" / name, dpi, workdir / f"{dpi}.png")
            raw = raw_tesseract_seconds(image)
            ours, words = load_seconds(image)
            whole = parse_seconds(image)
            binding = tesserocr_seconds(image)
            binding_text = f"{binding:11.2f}" if binding is not None else "        n/a"
            print(f"{name[:40]:40} {dpi:4} {raw:6.2f} {ours:7.2f} {ours / raw:6.2f} "
                  f"{whole:8.2f} {whole / raw:6.2f} {words:6} {binding_text}")


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
    argparse.ArgumentParser(description=__doc__).parse_args()
    os.environ["OMP_THREAD_LIMIT"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        bench_ocr(Path(tmp))
    bench_text_layer()


if __name__ == "__main__":
    main()
