"""A number and symbol read with a letter among its figures, read again on its own (real
tesseract).

The header is drawn here and read by tesseract; then the number is given the reading a page
gave it (one figure read twice, as itself and as a letter like it: "6ó4-TB/ĐU" for 64-TB/ĐU),
and the second look must choose the figures printed. A number read with confidence, and one
whose second reading is neither choice, is left as read.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from ocr_pages import drawn_rows, line_reader
from vbadmin.load import load
from vbadmin.load.doubtful_numbers import reread_doubtful_numbers
from vbadmin.load.ocr import TesseractEngine
from vbadmin.pages import Page, Word


def _header(number: str) -> Image.Image:
    rows = ["ĐẢNG ỦY PHƯỜNG BUÔN MA THUỘT", f"Số {number}", "Phường Buôn Ma Thuột, ngày 05 tháng 02 năm 2026",
            "Thông báo về việc lùi thời gian tổ chức hội nghị"]
    return drawn_rows(rows, width=1600, pitch=70, size=44)


def _number_word(page: Page) -> Word:
    return next(w for line in page.lines for w in line.words if "-TB/" in w.text)


def _page_with_number_read(tmp_path: Path, printed: str, read: str, confidence: float) -> tuple[Page, Image.Image]:
    path = tmp_path / "header.png"
    image = _header(printed)
    image.save(path, dpi=(300, 300))
    page = load(path).pages[0]
    word = _number_word(page)
    assert word.text == printed  # the drawn page reads right as a whole
    line = next(line for line in page.lines if word in line.words)
    line.words[line.words.index(word)] = replace(word, text=read, confidence=confidence)
    return page, image


@pytest.mark.ocr
@pytest.mark.parametrize(
    ("printed", "read", "confidence", "expected"),
    [
        ("64-TB/ĐU", "6ó4-TB/ĐU", 0.28, "64-TB/ĐU"),  # a figure read twice: the letter dropped
        ("36-TB/ĐU", "36ó-TB/ĐU", 0.6, "36-TB/ĐU"),
        ("205-TB/ĐU", "2O5-TB/ĐU", 0.3, "205-TB/ĐU"),  # a figure read as its letter: the figure
        ("64-TB/ĐU", "6ó4-TB/ĐU", 0.9, "6ó4-TB/ĐU"),  # read with confidence: left as read
        ("71-TB/ĐU", "6ó4-TB/ĐU", 0.28, "6ó4-TB/ĐU"),  # the print is neither choice: left as read
    ],
)
def test_a_doubtful_number_is_read_again(tmp_path: Path, printed, read, confidence, expected) -> None:
    page, image = _page_with_number_read(tmp_path, printed, read, confidence)
    changes = reread_doubtful_numbers(page, image, line_reader(TesseractEngine()))
    assert _number_word(page).text == expected
    assert changes == ([f"{read}→{expected}"] if expected != read else [])
