"""The labelled corpus on disk: find documents, their gold labels and their source files.

Layout (see corpus/README.md): any folder with a `gold.json` is a document. Its split is the
`dev`/`test` component of its path; documents under `realdocs/` are real letters whose
sources live in ../shared/realdocs and form the split `real`.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from PIL import Image

# "pdf-ocr": a real born-digital PDF with its text layer ignored, its pages rendered and read
# by OCR: how the same letter reads once printed and scanned, on real layouts.
# "scan-low", "scan-grey" and "scan-bw": the scan's pages as copies (see COPIES).
InputKind = Literal["text", "pdf", "scan", "pdf-ocr", "scan-low", "scan-grey", "scan-bw", "scan-pen"]
SPLITS = ("dev", "test", "real")


@dataclass(frozen=True)
class CopyKind:
    """How the pages of a scan are copied: resolution, colour, grey or black-and-white, JPEG
    quality (a black-and-white copy is a Group 4 TIFF, as archives keep them)."""

    dpi: int
    quality: int = 85  # JPEG only
    grey: bool = False
    bitonal: bool = False
    pen_note: bool = False  # a leader's note in blue ballpoint across page 1's letterhead

    @property
    def folder_name(self) -> str:
        if self.bitonal:
            return f"{self.dpi}dpi-bw"
        colour = ("-grey" if self.grey else "") + ("-pen" if self.pen_note else "")
        return f"{self.dpi}dpi-q{self.quality}{colour}"

    @property
    def suffix(self) -> str:
        return ".tif" if self.bitonal else ".jpg"

    def save(self, page: Image.Image, path: Path) -> None:
        if self.bitonal:
            # A scanner's black-and-white mode: one fixed threshold, no dithering.
            page = page.convert("L").point(lambda value: 255 if value >= BITONAL_THRESHOLD else 0, "1")
            page.save(path, "TIFF", compression="group4", dpi=(self.dpi, self.dpi))
            return
        page = page.convert("L") if self.grey else page
        page.save(path, "JPEG", quality=self.quality, dpi=(self.dpi, self.dpi))


BITONAL_THRESHOLD = 128


COPIES: dict[str, CopyKind] = {
    "scan-low": CopyKind(dpi=100, quality=75),  # a web download, a fax, a copy of a copy
    # An archive's greyscale scan, or a photocopy scanned: a seal no longer told by its hue.
    "scan-grey": CopyKind(dpi=300, quality=85, grey=True),
    # An archive's black-and-white scan: the red seal and the blue pen print as black as the
    # type.
    "scan-bw": CopyKind(dpi=300, bitonal=True),
    # An incoming letter back from the leader's desk: a note in blue ballpoint ("bút phê")
    # written across the letterhead's left column, the issuer and the number under it.
    "scan-pen": CopyKind(dpi=300, quality=85, pen_note=True),
}

PEN_NOTES = (
    ("Chuyen P.KT tham muu,", "bao cao truoc 15/9"),
    ("Giao VP theo doi,", "don doc thuc hien"),
    ("Dong y. Chuyen", "P.TH xu ly gap"),
)
PEN_INK = (30, 50, 170)


def with_pen_note(page: Image.Image, seed: str) -> Image.Image:
    """The page with a two-line note and a scrawled signature in blue ballpoint over the top of
    its left column, drawn as ink over toner (multiplied: print under the pen stays dark); which
    note, where and at what slant follow from `seed` (the letter's id)."""
    from PIL import Image, ImageChops, ImageDraw, ImageFont

    from vbadmin.corpusgen.render import find_font_file

    rng = random.Random(zlib.crc32(seed.encode()))
    width, height = page.size
    hand = find_font_file("dkg.ttf") or find_font_file("DejaVuSans.ttf")
    font = ImageFont.truetype(hand, int(width * 0.03)) if hand else ImageFont.load_default()
    note = Image.new("RGB", (int(width * 0.45), int(height * 0.09)), "white")
    draw = ImageDraw.Draw(note)
    draw.multiline_text((10, 10), "\n".join(rng.choice(PEN_NOTES)), font=font, fill=PEN_INK, spacing=10)
    base = int(note.height * 0.8)
    draw.line([(40 + 30 * i, base + (15 if i % 2 else -15)) for i in range(12)], fill=PEN_INK, width=5)
    note = note.rotate(rng.uniform(-8, 8), expand=True, fillcolor="white", resample=Image.Resampling.BICUBIC)
    x, y = int(width * rng.uniform(0.06, 0.14)), int(height * rng.uniform(0.03, 0.07))
    box = (x, y, min(width, x + note.width), min(height, y + note.height))
    region = page.convert("RGB")
    region.paste(ImageChops.multiply(region.crop(box), note.crop((0, 0, box[2] - x, box[3] - y))), box)
    return region


@dataclass
class CorpusDoc:
    doc_id: str
    folder: Path
    split: str
    gold: dict[str, Any]

    @property
    def is_real(self) -> bool:
        return self.split == "real"

    def scan_level(self) -> str:
        """The generator's degradation level of this letter's scan (clean, degraded, photo)."""
        if self.is_real:
            return "real"
        layout = self.folder / "layout.json"
        if not layout.exists():
            return "none"
        degradation = json.loads(layout.read_text(encoding="utf-8")).get("degradation", {})
        return str(degradation.get("scan_level", "none"))

    def tags(self, input_kind: str) -> dict[str, str]:
        level = self.scan_level()
        return {
            "doc_type": str(self.gold.get("doc_type")),
            "system": str(self.gold.get("system")),
            "input": input_kind if input_kind != "scan" else f"scan:{level}",
        }


def _split_of(folder: Path, root: Path) -> str:
    parts = folder.relative_to(root).parts
    if "realdocs" in parts:
        return "real"
    return next((p for p in parts if p in ("dev", "test")), "dev")


def iter_corpus(root: Path, split: str | None = None) -> Iterator[CorpusDoc]:
    for gold_path in sorted(root.rglob("gold.json")):
        folder = gold_path.parent
        doc_split = _split_of(folder, root)
        if split and doc_split != split:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        yield CorpusDoc(folder.name, folder, doc_split, gold)


def realdocs_root(corpus_root: Path) -> Path:
    """../shared/realdocs beside the repository (CI lays shared/ there too)."""
    return corpus_root.resolve().parent.parent / "shared" / "realdocs"


def _real_source(doc: CorpusDoc, corpus_root: Path, kind: InputKind) -> list[Path]:
    base = realdocs_root(corpus_root)
    sources = [base / s for s in doc.gold.get("source", [])]
    if kind == "text":
        texts = [s for s in sources if s.suffix == ".txt" and "GARBLED" not in s.name]
        preferred = [s for s in texts if "transcript" in s.name] or texts
        return preferred[:1]
    if kind in ("pdf", "pdf-ocr") and doc.gold.get("kind") == "born_digital":
        return [s for s in sources if s.suffix == ".pdf"][:1]
    if kind == "scan" and doc.gold.get("kind") == "scan":
        return [s for s in sources if s.suffix.lower() in (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")]
    return []


def sources_for(doc: CorpusDoc, corpus_root: Path, kind: InputKind) -> list[Path]:
    """The files to parse for this document and input kind ([] when it has none)."""
    if kind in COPIES:
        scans = sources_for(doc, corpus_root, "scan")
        return copy_pages(scans, _copy_folder(doc, COPIES[kind]), COPIES[kind]) if scans else []
    if doc.is_real:
        return _real_source(doc, corpus_root, kind)
    if kind not in ("text", "pdf", "scan"):
        return []  # generated letters have their own scans (kind "scan"), not "pdf-ocr"
    if kind == "text":
        text = doc.folder / "source.txt"
        return [text] if text.exists() else []
    if not (doc.folder / "layout.json").exists():
        return []  # hand-written letters exist as text only
    from vbadmin.corpusgen import materialise  # renders PDFs/scans deterministically on demand

    # PDFs are rendered clean; scans at the degradation level the generator chose for the letter.
    rendered: Literal["pdf", "scan"] = "pdf" if kind == "pdf" else "scan"
    return list(materialise(doc.folder, rendered, "clean" if kind == "pdf" else None))


def _copy_folder(doc: CorpusDoc, kind: CopyKind) -> Path:
    from vbadmin.corpusgen.store import cache_root

    return cache_root() / "low-copies" / kind.folder_name / doc.split / doc.doc_id


def copy_pages(scans: list[Path], folder: Path, kind: CopyKind) -> list[Path]:
    """The pages of a scan (PDFs of page images, or image files) as images copied as `kind`
    says, made once into `folder` and reused: PDFs rendered at its DPI, images scaled from
    their own DPI. The letter's pages are written beside `folder` and moved into place
    together, so a run that stops half-way leaves no letter with pages missing."""
    if not folder.is_dir():
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-"))
        try:
            pages = [page for scan in scans for page in _scan_pages(scan, kind.dpi)]
            if kind.pen_note and pages:
                pages[0] = with_pen_note(pages[0], folder.name)
            for number, page in enumerate(pages, 1):
                kind.save(page, staging / f"page-{number:03d}{kind.suffix}")
            os.replace(staging, folder)
        except OSError:
            if not folder.is_dir():
                raise
            # another process made the same copy first
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return sorted(folder.glob(f"page-*{kind.suffix}"))


def _scan_pages(scan: Path, dpi: int) -> list[Image.Image]:
    from PIL import Image

    if scan.suffix.lower() == ".pdf":
        from vbadmin.load.pdf import PdfFile  # pages as the loader renders them, stamps drawn

        with PdfFile(scan) as document:
            return [document.render(i, dpi)[0] for i in range(document.page_count)]
    from vbadmin.load.image import ImagePages  # every frame, and the DPI the loader would find

    with ImagePages(scan, max_pages=1000) as pages:
        scale = dpi / pages.dpi
        if scale == 1:
            return [page.convert("RGB") for page in pages]
        return [page.resize((round(page.width * scale), round(page.height * scale)), Image.Resampling.LANCZOS)
                for page in pages]
