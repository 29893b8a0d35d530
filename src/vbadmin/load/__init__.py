"""LOAD stage: any input file (text, PDF, image, DOCX) becomes pages of positioned words.

    source = load("cong-van.pdf")           # text layer when it is real Vietnamese,
    source.pages[0].lines[0].text           # OCR for scans and garbled layers

The kind is sniffed from the content (magic bytes), never trusted from the extension.
"""

from __future__ import annotations

import hashlib
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PIL import Image

from vbadmin.errors import (
    EmptyInputError,
    EncodingError,
    TooLargeError,
    UnreadableError,
    UnsupportedFormatError,
)
from vbadmin.load.ocr import LineReadingEngine, OcrEngine, OrientingEngine, StartingEngine, TesseractEngine
from vbadmin.load.text import LEGACY_ENCODING_CONVERTED
from vbadmin.load.textlayer import (
    Assessment,
    assess_text_layer,
    convert_legacy,
    vietnamese_word_share,
)
from vbadmin.pages import Line, Page, Word

if TYPE_CHECKING:
    from vbadmin.load.pdf import PdfFile
    from vbadmin.load.preprocess import Preprocessed

__all__ = [
    "LoadedSource", "OcrEngine", "TesseractEngine", "file_sha256", "keep_first_and_last_images", "load",
    "sniff_kind",
]

MAX_FILE_BYTES = 200 * 1024 * 1024
OcrMode = Literal["auto", "always", "never"]
Kind = Literal["text", "pdf", "image", "docx"]

# Issue codes (page.issues and LoadedSource.issues); a typed text's own (LEGACY_ENCODING_CONVERTED,
# WEB_PAGE_CUT) are load.text's.
GARBLED_TEXT_LAYER = "GARBLED_TEXT_LAYER"
PAGES_TRUNCATED = "PAGES_TRUNCATED"
NO_TEXT = "NO_TEXT"
EMPTY_TEXT_LAYER = "EMPTY_TEXT_LAYER"
OCR_USED = "OCR_USED"
PAGE_TURNED = "PAGE_TURNED"  # scanned upside down or sideways: read turned upright

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM", b"GIF87a", b"GIF89a")


@dataclass
class LoadedSource:
    pages: list[Page]
    kind: Kind
    sha256: str
    path: str
    ocr_pages: list[int] = field(default_factory=list)  # 1-based numbers of OCR'd pages
    issues: list[str] = field(default_factory=list)  # document-level findings, deduplicated

    @property
    def text(self) -> str:
        return "\f".join(page.text for page in self.pages)


def load(
    path: str | Path,
    ocr: OcrMode = "auto",
    engine: OcrEngine | None = None,
    max_pages: int = 50,
    dpi: int = 300,
) -> LoadedSource:
    """Read a letter file into pages of words. See module docstring; raises vbadmin errors."""
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise EmptyInputError(f"{path.name} is empty")
    if size > MAX_FILE_BYTES:
        raise TooLargeError(f"{path.name} is {size // 2**20} MB; the limit is 200 MB")
    kind = sniff_kind(path)
    source = LoadedSource(pages=[], kind=kind, sha256=file_sha256(path), path=str(path))
    readers = {"text": _load_text, "pdf": _load_pdf, "image": _load_image, "docx": _load_docx}
    readers[kind](path, source, _Options(ocr, engine, max_pages, dpi))
    if not any(page.lines for page in source.pages):
        _add_issue(source, NO_TEXT)
    return source


@dataclass
class _Options:
    ocr: OcrMode
    engine: OcrEngine | None
    max_pages: int
    dpi: int

    def ocr_engine(self) -> OcrEngine:
        if self.engine is None:
            self.engine = TesseractEngine()
        return self.engine


def sniff_kind(path: Path) -> Kind:
    with path.open("rb") as handle:
        head = handle.read(8192)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head.startswith(b"PK\x03\x04"):
        if _is_docx(path):
            return "docx"
        raise UnsupportedFormatError(f"{path.name} is a ZIP archive but not a Word document")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormatError(f"{path.name} is a legacy .doc/.xls file; save it as DOCX")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedFormatError(f"{path.name} is binary data of an unknown format")
    return "text"


def _is_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def file_sha256(path: Path) -> str:
    """Content hash of a file, read in 1 MiB blocks (the key of stored and resumed records)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _add_issue(source: LoadedSource, code: str) -> None:
    if code not in source.issues:
        source.issues.append(code)


# --- text ---------------------------------------------------------------------------------


def _decode_text(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Old TCVN3/VNI files are 8-bit; accept cp1252 only when it decodes to a legacy encoding.
    latin = data.decode("cp1252", errors="replace")
    if assess_text_layer(latin) in ("legacy_tcvn3", "legacy_vni"):
        return latin
    raise EncodingError(f"{name} is neither UTF-8 nor a legacy Vietnamese encoding")


def _load_text(path: Path, source: LoadedSource, options: _Options) -> None:
    from vbadmin.load.text import prepared_text, text_pages

    text, codes = prepared_text(_decode_text(path.read_bytes(), path.name))  # TCVN3, a web copy
    for code in codes:
        _add_issue(source, code)
    verdict = assess_text_layer(text)
    text = convert_legacy(text, verdict)
    pages = text_pages(text)
    _record_verdict(source, pages, verdict)
    source.pages = _truncate(pages, options.max_pages, source)


def _record_verdict(source: LoadedSource, pages: list[Page], verdict: Assessment) -> None:
    code = {
        "legacy_tcvn3": LEGACY_ENCODING_CONVERTED,
        "legacy_vni": LEGACY_ENCODING_CONVERTED,
        "garbled": GARBLED_TEXT_LAYER,
    }.get(verdict)
    if code:
        _add_issue(source, code)
        for page in pages:
            page.issues.append(code)


def _truncate(pages: list[Page], max_pages: int, source: LoadedSource) -> list[Page]:
    if len(pages) > max_pages:
        _add_issue(source, PAGES_TRUNCATED)
        return pages[:max_pages]
    return pages


# --- docx ---------------------------------------------------------------------------------


def _load_docx(path: Path, source: LoadedSource, options: _Options) -> None:
    from vbadmin.load.docx import docx_pages

    pages = docx_pages(path)
    verdict = assess_text_layer("\n".join(page.text for page in pages))
    if verdict in ("legacy_tcvn3", "legacy_vni"):
        pages = [_map_words(page, lambda text: convert_legacy(text, verdict)) for page in pages]
    _record_verdict(source, pages, verdict)
    source.pages = _truncate(pages, options.max_pages, source)


def _map_words(page: Page, convert: Callable[[str], str]) -> Page:
    lines = [Line(words=[_with_text(w, convert(w.text)) for w in line.words]) for line in page.lines]
    return Page(
        number=page.number,
        width=page.width,
        height=page.height,
        unit=page.unit,
        origin=page.origin,
        lines=lines,
        dpi=page.dpi,
        issues=list(page.issues),
        repairs=list(page.repairs),
    )


def _with_text(word: Word, text: str) -> Word:
    return Word(text, word.x0, word.y0, word.x1, word.y1, word.confidence, word.colour)


# --- images and OCR -------------------------------------------------------------------------


def _ocr_page(
    image: Image.Image, number: int, dpi: int, options: _Options, source: LoadedSource, read: _PageRead
) -> Page:
    """Preprocess and OCR one page image: one engine call for the page, `read` (and, only where
    a line ends in garbled small print, a stretch of print was read with no confidence or a
    number with a letter among its figures, one for each such stretch; and where the page reads
    as no text, one to find how it lies and one to read it turned upright)."""
    from vbadmin.load.doubtful_numbers import reread_doubtful_numbers
    from vbadmin.load.missed_rows import reread_missed_header_rows
    from vbadmin.load.preprocess import tag_word_colours
    from vbadmin.load.red_marks import read_red_marks
    from vbadmin.load.subscripts import reread_subscripts
    from vbadmin.load.unread_runs import reread_unread_runs

    engine = options.ocr_engine()
    page, prepared = _read_prepared(image, number, dpi, read)
    if not reads_upright(page):
        turned = _read_turned(engine, image, number, dpi, prepared.image)
        if turned is not None:
            page, prepared = turned
            _add_issue(source, PAGE_TURNED)
    if isinstance(engine, LineReadingEngine):
        def read_line(crop: Image.Image, scale: int) -> list[Word]:
            return engine.read_line(crop, dpi * scale)

        page.repairs += reread_subscripts(page, prepared.image, read_line)
        page.repairs += reread_unread_runs(page, prepared.image, read_line)
        page.repairs += reread_doubtful_numbers(page, prepared.image, read_line)
        page.repairs += [f"letterhead row read again: {row}" for row in
                         reread_missed_header_rows(page, prepared.image, read_line)]
        page.repairs += [f"red stamp read: {mark}" for mark in read_red_marks(page, read_line)]
    if page.pixels is not None:
        tag_word_colours(page, page.pixels)
    page.issues.append(OCR_USED)
    source.ocr_pages.append(number)
    return page


def _read_prepared(image: Image.Image, number: int, dpi: int, read: _PageRead) -> tuple[Page, Preprocessed]:
    """The page as read from its prepared image (seal ink removed, margins cut, deskewed), with
    its deskewed colour copy (and page 1's pixel array) attached."""
    # numpy is imported here, not with the module: text-only processes never need it.
    from vbadmin.load.preprocess import deskewed_colour, preprocess_for_ocr

    prepared = preprocess_for_ocr(image, boxed_marks=number == 1)  # HỎA TỐC, MẬT: under page 1's number
    with ThreadPoolExecutor(max_workers=1) as pool:
        # The colour copy is needed only after OCR: deskew it (and make page 1's array) while
        # the engine reads the page (Pillow releases the GIL while rotating).
        colour_job = pool.submit(deskewed_colour, prepared.colour, prepared.skew_degrees, number)
        page = read(prepared.image, dpi)
        deskewed, pixels = colour_job.result()
    page = _map_words(page, lambda text: unicodedata.normalize("NFC", text))
    page.image, page.pixels = deskewed, pixels
    return page, prepared


# A page reads upright when at least this share of its words (of two letters or more, at least
# MIN_WORDS_TO_JUDGE of them) is read with confidence, and most of them are wider than tall:
# real scans read 0.75–0.99 of their words with confidence upright, about 0.2 upside down or
# sideways; a word's box is some twice as wide as tall upright, half as wide sideways
# (tesseract may read lines that run down the page with confidence, in boxes the layout cannot
# use).
UPRIGHT_CONFIDENT_SHARE = 0.5
CONFIDENT_WORD = 0.7
MIN_WORDS_TO_JUDGE = 10


def reads_upright(page: Page) -> bool:
    """Whether the page read as text running across, not as print turned upside down or
    sideways."""
    words = [w for line in page.lines for w in line.words if sum(c.isalpha() for c in w.text) >= 2]
    if len(words) < MIN_WORDS_TO_JUDGE:
        return True  # too little to tell (a blank or a signature-only page)
    confident = sum(w.confidence >= CONFIDENT_WORD for w in words) >= UPRIGHT_CONFIDENT_SHARE * len(words)
    across = sum(w.x1 - w.x0 > w.y1 - w.y0 for w in words) > len(words) / 2
    return confident and across


def _read_turned(
    engine: OcrEngine, image: Image.Image, number: int, dpi: int, prepared: Image.Image
) -> tuple[Page, Preprocessed] | None:
    """The page read again turned as the engine finds it lies, when that reads as text."""
    turn = engine.turn_to_upright(prepared) if isinstance(engine, OrientingEngine) else 0
    if not turn:
        return None
    upright = image.rotate(-turn, expand=True)  # PIL turns counter-clockwise
    try:
        page, again = _read_prepared(upright, number, dpi, lambda im, d: engine.read(im, number, d))
    except UnreadableError:  # the page was read once: a failed second read leaves that reading
        return None
    if not reads_upright(page):
        return None
    page.issues.append(PAGE_TURNED)
    return page, again


_PageRead = Callable[[Image.Image, int], Page]  # (page image, its DPI) → the page as read


@contextmanager
def _started_read(engine: OcrEngine, number: int) -> Iterator[_PageRead]:
    """The engine's read of page `number`, started now if the engine can be (tesseract loads
    its model, ≈0.1 s, while the page is decoded or rendered and prepared) and stopped if the
    page fails on the way."""
    if not isinstance(engine, StartingEngine):
        yield lambda image, dpi: engine.read(image, number, dpi)
        return
    pending = engine.start(number)
    try:
        yield pending.finish
    finally:
        pending.close()


MAX_FOOTER_IMAGES = 2  # signed pages before appendices whose images are kept (memory bound)


def keep_first_and_last_images(pages: list[Page]) -> None:
    """Called as each page is added: page images are kept for page 1 (the handwritten number
    and day, the receipt stamp), the last page and a signed page before appendices (the "Nơi
    nhận" row: the signer's name under the seal, on page 3 of 6), so the one before the page
    just added lets its image go unless it is such a page; memory stays bounded on long scans."""
    from vbadmin.layout import has_footer_label

    if len(pages) <= 2:
        return
    before = pages[-2]
    footers_kept = sum(1 for page in pages[1:-2] if page.image is not None)
    if footers_kept >= MAX_FOOTER_IMAGES or not has_footer_label(before):
        before.image = None


def _load_image(path: Path, source: LoadedSource, options: _Options) -> None:
    from vbadmin.load.image import ImagePages, scaled_for_ocr

    if options.ocr == "never":
        with ImagePages(path, options.max_pages) as pages:
            _note_truncation(source, pages.frame_count, options)
            source.pages = [_blank_pixel_page(image, n, pages.dpi) for n, image in enumerate(pages, 1)]
        return
    engine = options.ocr_engine()
    # Tesseract loads its model while page 1 decodes; pages are decoded one at a time.
    with _started_read(engine, 1) as read_first, ImagePages(path, options.max_pages) as pages:
        _note_truncation(source, pages.frame_count, options)
        for number, image in enumerate(pages, 1):
            page_image, dpi = scaled_for_ocr(image, pages.dpi)
            with _page_read(engine, number, read_first) as read:
                source.pages.append(_ocr_page(page_image, number, dpi, options, source, read))
            keep_first_and_last_images(source.pages)


def _page_read(engine: OcrEngine, number: int, read_first: _PageRead) -> AbstractContextManager[_PageRead]:
    """Page 1's read was started before the file was decoded; later pages start their own."""
    return nullcontext(read_first) if number == 1 else _started_read(engine, number)


def _note_truncation(source: LoadedSource, page_count: int, options: _Options) -> None:
    if page_count > options.max_pages:
        _add_issue(source, PAGES_TRUNCATED)


def _blank_pixel_page(image: Image.Image, number: int, dpi: int) -> Page:
    return Page(
        number=number,
        width=float(image.width),
        height=float(image.height),
        unit="px",
        origin="ocr",
        dpi=dpi,
        issues=[NO_TEXT],
    )


# --- pdf ------------------------------------------------------------------------------------


def _load_pdf(path: Path, source: LoadedSource, options: _Options) -> None:
    from vbadmin.load.pdf import PdfFile

    with PdfFile(path) as pdf:
        if pdf.page_count > options.max_pages:
            _add_issue(source, PAGES_TRUNCATED)
        for index in range(min(pdf.page_count, options.max_pages)):
            source.pages.append(_pdf_page(pdf, index, options, source))
            keep_first_and_last_images(source.pages)


def _pdf_page(pdf: PdfFile, index: int, options: _Options, source: LoadedSource) -> Page:
    if options.ocr == "always":
        return _render_and_ocr(pdf, index, options, source)
    layer = pdf.text_page(index)
    verdict = assess_text_layer(layer.text)
    if options.ocr == "auto" and (verdict in ("garbled", "empty") or _scan_with_stamp_text(layer)):
        page = _render_and_ocr(pdf, index, options, source)
        page.issues.append(GARBLED_TEXT_LAYER if verdict == "garbled" else EMPTY_TEXT_LAYER)
        if verdict == "garbled":
            _add_issue(source, GARBLED_TEXT_LAYER)
        return page
    page = _map_words(layer, lambda text: convert_legacy(text, verdict))
    _record_verdict(source, [page], verdict)
    if verdict == "empty":
        page.issues.append(EMPTY_TEXT_LAYER)
    return page


SCAN_TEXT_WORDS = 60  # fewer words than a letter page has: the text is a stamp, not the letter


def _scan_with_stamp_text(layer: Page) -> bool:
    """A scanned sheet whose text layer is not the letter: only a digital-signature stamp
    ("Ký bởi: …"), or another OCR engine's reading without Vietnamese ("BO CONG THIJoNG")."""
    from vbadmin.load.pdf import MOSTLY_IMAGE

    if MOSTLY_IMAGE not in layer.issues:
        return False
    words = sum(len(line.words) for line in layer.lines)
    return words < SCAN_TEXT_WORDS or vietnamese_word_share(layer.text) < 0.5


def _render_and_ocr(pdf: PdfFile, index: int, options: _Options, source: LoadedSource) -> Page:
    with _started_read(options.ocr_engine(), index + 1) as read:  # loads while pdfium renders
        image, used_dpi = pdf.render(index, options.dpi)
        return _ocr_page(image, index + 1, used_dpi, options, source, read)
