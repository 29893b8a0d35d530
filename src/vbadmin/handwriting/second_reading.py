"""A second reading of a scanned date line's figures, by tesseract's English model.

Tesseract's Vietnamese model reads an italic 8 as a 6 ("ngày 06" printed "ngày 08") or a 1 as
a J, and is unsure of that word when it does. The English model, trained on far more print,
reads the line's figures again: its words lose their marks, which does not matter, as only the
figures are compared. It is asked only when a figure of the line was read unsure, or the date
read is before a document the letter cites, and its date is one vote among the page reading's
and the digit reader's (see `apply_handwriting`).
"""

from __future__ import annotations

import re
from datetime import date

from PIL import Image

from vbadmin.model import Document
from vbadmin.pages import Page

UNSURE = 0.9  # OCR word confidence under which the date line's figures are read again
MARGIN = 0.3  # line heights of white kept around the line's box: tesseract needs a border
# the day, month and year each right after its word (read without marks: "ngay", "thang", "ndm")
_DATE_FIGURES = re.compile(
    r"\bng\w{0,3}\s+(\d{1,2})\s+th\w{0,3}\s+(\d{1,2})\s+n\w{0,2}m\s+(\d{4})\b", re.IGNORECASE
)


def date_read_again(doc: Document, page: Page) -> str | None:
    """The date (YYYY-MM-DD) a second reading of the date line gives, when the page reading
    was unsure of one of its figures; None when it was sure or the second reading has no date."""
    evidence = doc.evidence.get("date")
    if (
        doc.date is None
        or evidence is None
        or evidence.source != "ocr"
        or evidence.box is None
        or evidence.page != page.number
        or page.image is None
        or not (_figures_unsure(page, evidence.box) or cites_a_later_date(doc))
    ):
        return None
    from vbadmin.load.ocr import TesseractEngine

    try:
        words = TesseractEngine("eng").read_line(_line_crop(page.image, evidence.box), page.dpi or 300)
    except Exception:  # noqa: BLE001 - no second reading is no vote, never a lost record
        return None
    return date_of_figures(" ".join(word.text for word in words))


def cites_a_later_date(doc: Document) -> bool:
    """The letter cites a document of a year after its own date's as read: no letter cites what
    comes after it, so its date line's year was misread (an italic 8 read as a 6: "1963" for
    1983). A later day or month of the same year may be the cited date's own misreading."""
    return doc.date is not None and cites_a_year_after(doc, doc.date)


def cites_a_year_after(doc: Document, day: str) -> bool:
    """Whether a document the letter cites is of a year after `day`'s (YYYY-MM-DD)."""
    return any(ref.date is not None and ref.date[:4] > day[:4] for ref in doc.references)


def _figures_unsure(page: Page, box: tuple[float, float, float, float]) -> bool:
    x0, y0, x1, y1 = box
    figures = [
        word
        for line in page.lines
        for word in line.words
        if any(ch.isdigit() for ch in word.text) and word.x0 >= x0 - 1 and word.x1 <= x1 + 1
        and word.y0 >= y0 - 1 and word.y1 <= y1 + 1
    ]
    return any(word.confidence < UNSURE for word in figures)


def _line_crop(image: Image.Image, box: tuple[float, float, float, float]) -> Image.Image:
    x0, y0, x1, y1 = box
    margin = MARGIN * (y1 - y0)
    return image.crop((
        int(max(0, x0 - margin)), int(max(0, y0 - margin)),
        int(min(image.width, x1 + margin)), int(min(image.height, y1 + margin)),
    ))


def date_of_figures(text: str) -> str | None:
    """The date of the figures after "ngay", "thang" and "nam" as the English model reads them
    ("Son La, ngay 08 thang 7 ndm 2025" → 2025-07-08), or None."""
    found = _DATE_FIGURES.search(text)
    if found is None:
        return None
    day, month, year = (int(group) for group in found.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
