"""PDF pages: the text layer as positioned words (pdfplumber) and page images for OCR (pdfium).

Signed Vietnamese PDFs put the registration number and day into signature widgets
(the "Số: 1178" and "ngày 09" stamped at registration); pdfplumber ignores annotation
appearances, so those words are recovered from pdfium after flattening the page.
"""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path
from types import TracebackType

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from PIL import Image

from vbadmin.errors import EncryptedError, UnreadableError
from vbadmin.load.rows import group_into_rows
from vbadmin.pages import Page, Word

MAX_RENDER_PIXELS = 40_000_000  # an A4 page at 300 DPI is 8.7 MP; huge sheets get less DPI
_WORD_OPTIONS = {"x_tolerance": 1.5, "y_tolerance": 3, "keep_blank_chars": False,
                 "use_text_flow": False}

# pdfminer logs every odd font at WARNING; the assessment step judges the result instead.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


class PdfFile:
    """An open PDF: page count, text-layer pages and rendered images, read page by page."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._document = _open_pdfium(path)
        self.page_count = len(self._document)
        self._plumber: pdfplumber.PDF | None = None

    def __enter__(self) -> PdfFile:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._plumber is not None:
            self._plumber.close()
        self._document.close()

    def text_page(self, index: int) -> Page:
        """Words of page `index` (0-based) in PDF points, top-left origin, grouped into rows."""
        plumber_page = self._plumber_pages()[index]
        try:
            words = [_plumber_word(raw) for raw in plumber_page.extract_words(**_WORD_OPTIONS)]
            width, height = float(plumber_page.width), float(plumber_page.height)
            image_share = _largest_image_share(plumber_page.images, width * height)
        except Exception as exc:  # pdfminer raises bare exceptions on broken content streams
            raise UnreadableError(f"cannot read the text of page {index + 1}: {exc}") from exc
        finally:
            plumber_page.close()  # drop pdfminer's cached layout: bounded memory per page
        words += self._annotation_words(index, height)
        page = Page(number=index + 1, width=width, height=height, unit="pt", origin="pdf",
                    lines=group_into_rows(words))
        if image_share > 0.5:
            page.issues.append(MOSTLY_IMAGE)
        return page

    def render(self, index: int, dpi: int) -> tuple[Image.Image, int]:
        """Page `index` as an RGB image and the DPI actually used (lowered for huge sheets)."""
        page = self._document[index]
        try:
            width_pt, height_pt = page.get_size()
            dpi = _bounded_dpi(width_pt, height_pt, dpi)
            bitmap = page.render(scale=dpi / 72, may_draw_forms=True)
            return bitmap.to_pil().convert("RGB"), dpi
        except pdfium.PdfiumError as exc:
            raise UnreadableError(f"cannot render page {index + 1}: {exc}") from exc
        finally:
            page.close()

    def _plumber_pages(self) -> list[pdfplumber.page.Page]:
        if self._plumber is None:
            try:
                self._plumber = pdfplumber.open(self.path)
            except Exception as exc:
                raise UnreadableError(f"pdfplumber cannot open {self.path.name}: {exc}") from exc
        return self._plumber.pages

    def _annotation_words(self, index: int, page_height: float) -> list[Word]:
        page = self._document[index]
        try:
            rects = _annotation_rects(page)
            if not rects:
                return []
            before = _char_boxes(page)
            if pdfium_raw.FPDFPage_Flatten(page, pdfium_raw.FLAT_NORMALDISPLAY) != 1:
                return []
        finally:
            page.close()
        # Flattening rewrote the page content: reload it to see the merged appearances.
        flattened = self._document[index]
        try:
            added = [c for c in _char_boxes(flattened) if c not in before and _inside(c, rects)]
        finally:
            flattened.close()
        return _chars_to_words(added, page_height)


def _open_pdfium(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_raw.FPDF_ERR_PASSWORD:
            raise EncryptedError(f"{path.name} is password-protected") from exc
        raise UnreadableError(f"{path.name} is not a readable PDF: {exc}") from exc


MOSTLY_IMAGE = "MOSTLY_IMAGE"  # a scan inside the PDF: what text there is may be a stamp only


def _largest_image_share(images: list[dict[str, object]], page_area: float) -> float:
    """Share of the page covered by its largest image (a scanned sheet covers nearly all)."""
    def area(image: dict[str, object]) -> float:
        x0, x1, top, bottom = (float(image[key]) for key in ("x0", "x1", "top", "bottom"))  # type: ignore[arg-type]
        return abs(x1 - x0) * abs(bottom - top)

    areas = [area(image) for image in images]
    return max(areas, default=0.0) / page_area if page_area else 0.0


def _bounded_dpi(width_pt: float, height_pt: float, dpi: int) -> int:
    pixels = (width_pt / 72 * dpi) * (height_pt / 72 * dpi)
    if pixels <= MAX_RENDER_PIXELS:
        return dpi
    return max(72, int(dpi * (MAX_RENDER_PIXELS / pixels) ** 0.5))


def _plumber_word(raw: dict[str, object]) -> Word:
    return Word(
        text=unicodedata.normalize("NFC", str(raw["text"])),
        x0=float(raw["x0"]), y0=float(raw["top"]),  # type: ignore[arg-type]
        x1=float(raw["x1"]), y1=float(raw["bottom"]),  # type: ignore[arg-type]
    )


# A character as pdfium sees it: text, left, bottom, right, top (PDF user space, rounded so
# that the same glyph before and after flattening compares equal).
_Char = tuple[str, float, float, float, float]
_Rect = tuple[float, float, float, float]


def _annotation_rects(page: pdfium.PdfPage) -> list[_Rect]:
    rects = []
    for i in range(pdfium_raw.FPDFPage_GetAnnotCount(page)):
        annotation = pdfium_raw.FPDFPage_GetAnnot(page, i)
        rect = pdfium_raw.FS_RECTF()
        if pdfium_raw.FPDFAnnot_GetRect(annotation, rect):
            rects.append((rect.left, min(rect.bottom, rect.top), rect.right,
                          max(rect.bottom, rect.top)))
        pdfium_raw.FPDFPage_CloseAnnot(annotation)
    return rects


def _char_boxes(page: pdfium.PdfPage) -> set[_Char]:
    textpage = page.get_textpage()
    try:
        chars = set()
        for i in range(textpage.count_chars()):
            text = textpage.get_text_range(i, 1)
            if text.strip():
                left, bottom, right, top = textpage.get_charbox(i, loose=True)
                chars.add((text, round(left, 1), round(bottom, 1), round(right, 1), round(top, 1)))
        return chars
    finally:
        textpage.close()


def _inside(char: _Char, rects: list[_Rect]) -> bool:
    x = (char[1] + char[3]) / 2
    y = (char[2] + char[4]) / 2
    return any(left <= x <= right and bottom <= y <= top for left, bottom, right, top in rects)


def _chars_to_words(chars: list[_Char], page_height: float) -> list[Word]:
    """Join glyphs that touch on the same baseline into words (top-left coordinates)."""
    words: list[Word] = []
    for row in _char_rows(chars):
        current = [row[0]]
        for char in row[1:]:
            if char[1] - current[-1][3] > 0.25 * _height(char):
                words.append(_word_from_chars(current, page_height))
                current = []
            current.append(char)
        words.append(_word_from_chars(current, page_height))
    return words


def _height(char: _Char) -> float:
    return max(char[4] - char[2], 1.0)


def _char_rows(chars: list[_Char]) -> list[list[_Char]]:
    rows: list[list[_Char]] = []
    for char in sorted(chars, key=lambda c: -(c[2] + c[4])):
        centre = (char[2] + char[4]) / 2
        if rows and abs((rows[-1][-1][2] + rows[-1][-1][4]) / 2 - centre) < 0.4 * _height(char):
            rows[-1].append(char)
        else:
            rows.append([char])
    return [sorted(row, key=lambda c: c[1]) for row in rows]


def _word_from_chars(chars: list[_Char], page_height: float) -> Word:
    return Word(
        text=unicodedata.normalize("NFC", "".join(c[0] for c in chars)),
        x0=min(c[1] for c in chars), x1=max(c[3] for c in chars),
        y0=page_height - max(c[4] for c in chars), y1=page_height - min(c[2] for c in chars),
    )
