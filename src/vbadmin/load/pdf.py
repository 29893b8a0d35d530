"""PDF pages: the text layer as positioned words and page images for OCR, both with pdfium.

pdfium rather than pdfplumber for the text layer: the same words at 8–10 times the speed
(pdfminer re-parses every embedded font's CMap per page), which the 20 born-digital pages
per second per core target needs.

Signed Vietnamese PDFs put the registration number and day into signature widgets
(the "Số: 1178" and "ngày 09" stamped at registration); a text page ignores annotation
appearances, so those words are recovered after flattening the page.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from types import TracebackType

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from PIL import Image

from vbadmin.errors import EncryptedError, UnreadableError
from vbadmin.load.rows import group_into_rows
from vbadmin.pages import Page, Word

MAX_RENDER_PIXELS = 40_000_000  # an A4 page at 300 DPI is 8.7 MP; huge sheets get less DPI
# Two glyphs of one word never sit further apart than this share of the glyph height.
_WORD_GAP = 0.6


class PdfFile:
    """An open PDF: page count, text-layer pages and rendered images, read page by page."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._document = _open_pdfium(path)
        self._with_forms: pdfium.PdfDocument | None = None  # opened for the first page rendered
        self.page_count = len(self._document)

    def __enter__(self) -> PdfFile:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._document.close()
        if self._with_forms is not None:
            self._with_forms.close()

    def text_page(self, index: int) -> Page:
        """Words of page `index` (0-based) in PDF points, top-left origin, grouped into rows."""
        page = self._document[index]
        try:
            width, height = page.get_size()
            words = _text_words(page, height)
            image_share = _largest_image_share(page, width * height)
        except pdfium.PdfiumError as exc:
            raise UnreadableError(f"cannot read the text of page {index + 1}: {exc}") from exc
        finally:
            page.close()
        words += self._annotation_words(index, height)
        result = Page(number=index + 1, width=width, height=height, unit="pt", origin="pdf",
                      lines=group_into_rows(words))
        if image_share > 0.5:
            result.issues.append(MOSTLY_IMAGE)
        return result

    def render(self, index: int, dpi: int) -> tuple[Image.Image, int]:
        """Page `index` as an RGB image and the DPI actually used (lowered for huge sheets),
        with its form fields drawn: the number and day a signed letter was registered with,
        the signature stamp."""
        if self._with_forms is None:
            # pdfium draws form fields only in a document whose forms were set up before any
            # page was loaded: a second handle, so that text-layer pages never pay for it
            self._with_forms = _open_pdfium(self.path)
            self._with_forms.init_forms()
        page = self._with_forms[index]
        try:
            width_pt, height_pt = page.get_size()
            dpi = _bounded_dpi(width_pt, height_pt, dpi)
            bitmap = page.render(scale=dpi / 72, may_draw_forms=True)
            return bitmap.to_pil().convert("RGB"), dpi
        except pdfium.PdfiumError as exc:
            raise UnreadableError(f"cannot render page {index + 1}: {exc}") from exc
        finally:
            page.close()

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


def _largest_image_share(page: pdfium.PdfPage, page_area: float) -> float:
    """Share of the page covered by its largest image (a scanned sheet covers nearly all)."""
    areas = []
    for image in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = image.get_bounds()
        areas.append(abs(right - left) * abs(top - bottom))
    return max(areas, default=0.0) / page_area if page_area else 0.0


# pdfium gives a hyphen that ends a line ("Số: 24/HDLN-BCA-BQP-BYT-" wrapped) as U+FFFE.
_PDFIUM_LINE_END_HYPHEN = {"\ufffe": "-"}


def _text_words(page: pdfium.PdfPage, page_height: float) -> list[Word]:
    """The text layer's words in content order: a space or a jump ends a word."""
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count)
        one_per_char = len(text) == count
        words: list[Word] = []
        glyphs: list[_Char] = []
        for i in range(count):
            char = text[i] if one_per_char else textpage.get_text_range(i, 1)
            char = _PDFIUM_LINE_END_HYPHEN.get(char, char)
            if not char or char.isspace():
                _flush(glyphs, words, page_height)
                continue
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            glyph = (char, left, bottom, right, top)
            if glyphs and _jumps(glyphs[-1], glyph):
                _flush(glyphs, words, page_height)
            glyphs.append(glyph)
        _flush(glyphs, words, page_height)
        return words
    finally:
        textpage.close()


def _jumps(previous: _Char, glyph: _Char) -> bool:
    """Glyphs with no space between them that are still not one word (tab stops, new line)."""
    height = _height(glyph)
    return glyph[1] - previous[3] > _WORD_GAP * height or abs(glyph[2] - previous[2]) > _WORD_GAP * height


def _flush(glyphs: list[_Char], words: list[Word], page_height: float) -> None:
    if glyphs:
        words.append(_word_from_chars(glyphs, page_height))
        glyphs.clear()


def _bounded_dpi(width_pt: float, height_pt: float, dpi: int) -> int:
    pixels = (width_pt / 72 * dpi) * (height_pt / 72 * dpi)
    if pixels <= MAX_RENDER_PIXELS:
        return dpi
    return max(72, int(dpi * (MAX_RENDER_PIXELS / pixels) ** 0.5))


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
