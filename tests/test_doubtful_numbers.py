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
from PIL import Image, ImageDraw, ImageFont

from vbadmin.load import load
from vbadmin.load.doubtful_numbers import reread_doubtful_numbers
from vbadmin.load.ocr import TesseractEngine
from vbadmin.pages import Page, Word

FONT = Path("/usr/share/fonts/truetype/freefont/FreeSerif.ttf")


def _header(number: str) -> Image.Image:
    rows = ["ĐẢNG ỦY PHƯỜNG BUÔN MA THUỘT", f"Số {number}", "Phường Buôn Ma Thuột, ngày 05 tháng 02 năm 2026",
            "Thông báo về việc lùi thời gian tổ chức hội nghị"]
    image = Image.new("L", (1600, 80 + 70 * len(rows)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 44)
    for row, text in enumerate(rows):
        draw.text((80, 40 + 70 * row), text, font=font, fill=0)
    return image


def _number_word(page: Page) -> Word:
    return next(w for line in page.lines for w in line.words if "-TB/" in w.text)


def _read_line(engine: TesseractEngine):
    return lambda crop, scale: engine.read_line(crop, 300 * scale)


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
    changes = reread_doubtful_numbers(page, image, _read_line(TesseractEngine()))
    assert _number_word(page).text == expected
    assert changes == ([f"{read}→{expected}"] if expected != read else [])
