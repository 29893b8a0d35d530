"""A fax's or a worn copier's salt: isolated specks whitened before OCR (load/preprocess.py).

The page is drawn here: rows of print (their letters' dots and marks by their letters), and
specks of ink a pixel or two across scattered over the white, far from the print.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from vbadmin.load import load

SERIF = "/usr/share/fonts/truetype/freefont/FreeSerif.ttf"
ROWS = ["Kính gửi:", "- Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy;",
        "- Báo Bắc Ninh, Đài Phát thanh và Truyền hình tỉnh.",
        "Thực hiện Hướng dẫn số 148-HD/BTGTW ngày 15/10/2024 của Ban Tuyên giáo",
        "Trung ương về tuyên truyền kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân."]


def _page(specks: int) -> Image.Image:
    page = Image.new("L", (1654, 1200), 255)  # A4's width at 200 DPI
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(SERIF, 36)
    for row, text in enumerate(ROWS):
        draw.text((200, 150 + 110 * row), text, font=font, fill=0)
    rng = np.random.default_rng(7)
    pixels = np.array(page)
    placed = 0
    while placed < specks:
        y, x = int(rng.integers(5, 1195)), int(rng.integers(5, 1649))
        if (pixels[max(0, y - 12) : y + 12, max(0, x - 12) : x + 12] < 128).any():
            continue  # salt far from print only
        pixels[y : y + 2, x : x + 2] = 0
        placed += 1
    return Image.fromarray(pixels)


def test_a_specky_page_loses_its_specks_and_keeps_its_print() -> None:
    from vbadmin.load.preprocess import without_specks

    clean, specky = _page(0), _page(400)
    cleaned = np.asarray(without_specks(specky))
    assert np.array_equal(cleaned, np.asarray(clean))  # every speck gone, every dot of print kept


def test_a_page_with_few_specks_is_left_as_it_is() -> None:
    from vbadmin.load.preprocess import without_specks

    page = _page(20)
    assert without_specks(page) is page


@pytest.mark.ocr
def test_the_addressees_under_kinh_gui_are_read_off_a_specky_page(tmp_path: Path) -> None:
    path = tmp_path / "fax.png"
    _page(1500).save(path, dpi=(200, 200))
    text = load(path).pages[0]
    rows = [line.text for line in text.lines]
    assert rows[:3] == ROWS[:3]  # no row of specks read between them
