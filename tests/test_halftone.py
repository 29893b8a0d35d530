"""A fax's dithered seal: its dots whitened before OCR, the print over it kept
(load/preprocess.py, without_halftone).

The page is drawn here: a signature block's rows of print and, over them, a seal's ring and
letters in grey turned into dots by the error-diffusion dither a fax or a black-and-white
scanner in photo mode uses (Pillow's conversion to one bit).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from vbadmin.load import load

SERIF = "/usr/share/fonts/truetype/freefont/FreeSerif.ttf"
SERIF_BOLD = "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf"
ROWS = ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Thị Hương Giang"]
SIZE = (1654, 2339)  # A4 at 200 DPI
TOP = 1300  # the signature block's top, under the body
SEAL_CENTRE, SEAL_RADIUS = (760, TOP + 210), 150


def _print() -> np.ndarray:
    page = Image.new("L", SIZE, 255)
    draw = ImageDraw.Draw(page)
    bold, plain = ImageFont.truetype(SERIF_BOLD, 40), ImageFont.truetype(SERIF, 40)
    draw.text((560, TOP), ROWS[0], font=bold, fill=0)
    draw.text((560, TOP + 55), ROWS[1], font=plain, fill=0)
    draw.text((520, TOP + 340), ROWS[2], font=bold, fill=0)
    return np.asarray(page) < 128


def _seal_dots() -> np.ndarray:
    seal = Image.new("L", SIZE, 255)
    draw = ImageDraw.Draw(seal)
    x, y = SEAL_CENTRE
    for radius, width in ((SEAL_RADIUS, 12), (SEAL_RADIUS - 55, 5)):
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=120, width=width)
    font = ImageFont.truetype(SERIF_BOLD, 30)
    for step, letter in enumerate("ĐẢNG BỘ TỈNH BẮC NINH"):
        angle = np.radians(200 + step * 7)
        at = (x + 140 * np.cos(angle) - 10, y + 140 * np.sin(angle) - 15)
        draw.text(at, letter, font=font, fill=120)
    draw.regular_polygon((x, y, 50), 5, fill=120)
    return np.asarray(seal.convert("1")) == 0  # Floyd-Steinberg dots


def _page(with_seal: bool) -> tuple[Image.Image, np.ndarray, np.ndarray]:
    printed, dots = _print(), _seal_dots() if with_seal else np.zeros(SIZE[::-1], dtype=bool)
    pixels = np.where(printed | dots, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels), printed, dots & ~printed


def test_the_seals_dots_go_and_the_print_stays() -> None:
    from vbadmin.load.preprocess import without_halftone

    page, printed, dots = _page(with_seal=True)
    cleaned = np.asarray(without_halftone(page)) < 128
    assert np.count_nonzero(cleaned[printed]) > 0.99 * np.count_nonzero(printed)  # a stroke's dotted edge may go
    assert np.count_nonzero(cleaned & dots) < 0.2 * np.count_nonzero(dots)  # four in five at least


def test_a_fax_saved_as_jpeg_loses_its_seals_dots_too(tmp_path: Path) -> None:
    """A JPEG's noise puts grey round the black and the white: no grey scan for all that."""
    from vbadmin.load.preprocess import without_halftone

    page, _, dots = _page(with_seal=True)
    body = Image.new("L", SIZE, 255)
    draw = ImageDraw.Draw(body)
    font = ImageFont.truetype(SERIF, 33)
    for row in range(24):  # the body above the signature: a JPEG's noise round every letter
        draw.text((180, 150 + 46 * row), "Thực hiện Hướng dẫn số 148-HD/BTGTW ngày 15/10/2024 của Ban Tuyên giáo",
                  font=font, fill=0)
    faxed = np.where((np.asarray(page) < 128) | (np.asarray(body) < 128), 0, 255).astype(np.uint8)
    path = tmp_path / "fax.jpg"
    Image.fromarray(faxed).save(path, quality=85)
    cleaned = np.asarray(without_halftone(Image.open(path).convert("L"))) < 128
    assert np.count_nonzero(cleaned & dots) < 0.2 * np.count_nonzero(dots)


def test_a_page_without_a_dither_is_left_as_it_is() -> None:
    from vbadmin.load.preprocess import without_halftone

    page, _, _ = _page(with_seal=False)
    assert without_halftone(page) is page


def test_a_page_of_grey_print_dithered_is_left_as_it_is() -> None:
    """A faded copy's print as dots itself: no stroke three pixels thick to keep, so nothing
    tells the print from a seal's dither, and the page is read as it is."""
    from vbadmin.load.preprocess import without_halftone

    page = Image.new("L", SIZE, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(SERIF, 33)  # 12 pt at 200 DPI
    for row in range(40):
        draw.text((180, 200 + 46 * row), ROWS[row % 3] + " trình hồ sơ (mẫu gửi kèm); sơ yếu lý lịch có xác nhận",
                  font=font, fill=125)
    dithered = page.convert("1").convert("L")
    assert without_halftone(dithered) is dithered


@pytest.mark.ocr
def test_the_deputys_title_and_name_are_read_off_a_dithered_seal(tmp_path: Path) -> None:
    path = tmp_path / "fax.png"
    _page(with_seal=True)[0].save(path, dpi=(200, 200))
    rows = [line.text for line in load(path).pages[0].lines]
    assert ROWS[1] in rows and ROWS[2] in rows
