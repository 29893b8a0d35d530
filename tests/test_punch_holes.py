"""A filed sheet's punch holes, black on a scan with a dark lid or a photo on a dark table,
whitened before OCR (load/preprocess.py, without_punch_holes).

The page is drawn here: rows of print from the usual left margin, two discs of a punch hole's
size by the left edge, and marks a hole must not be taken for: a bullet too small, a logo too
large, a ring (a capital O) that is no disc.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from vbadmin.load import load

SERIF = "/usr/share/fonts/truetype/freefont/FreeSerif.ttf"
DPI = 200
ROWS = ["Nơi nhận:", "- Như trên;", "- Sở Y tế (b/c);", "- Viện Pasteur Nha Trang (b/c);", "- Lưu: VT, TCMR."]


def _disc(draw: ImageDraw.ImageDraw, centre: tuple[float, float], inches: float, fill: int = 0) -> None:
    radius = inches * DPI / 2
    x, y = centre
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)


def _page(holes: bool) -> Image.Image:
    page = Image.new("L", (1654, 2339), 255)  # A4 at 200 DPI
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(SERIF, 36)
    for row, text in enumerate(ROWS):
        draw.text((240, 900 + 60 * row), text, font=font, fill=0)
    _disc(draw, (60, 60), 0.5)  # a logo in the corner: too large for a hole
    _disc(draw, (120, 1500), 0.06)  # a bullet: too small
    draw.ellipse((80, 1700, 130, 1750), outline=0, width=6)  # a ring, no disc
    if holes:
        for y in (1020, 1640):  # one beside the list's rows
            _disc(draw, (90, y), 0.24)  # 6 mm, 0.45 in from the edge
    return page


def test_the_holes_go_and_every_other_mark_stays() -> None:
    from vbadmin.load.preprocess import without_punch_holes

    cleaned = np.asarray(without_punch_holes(_page(holes=True)))
    assert np.array_equal(cleaned, np.asarray(_page(holes=False)))


def test_a_page_without_holes_is_left_as_it_is() -> None:
    from vbadmin.load.preprocess import without_punch_holes

    page = _page(holes=False)
    assert without_punch_holes(page) is page


@pytest.mark.ocr
def test_no_word_is_read_from_a_hole(tmp_path: Path) -> None:
    path = tmp_path / "punched.png"
    _page(holes=True).save(path, dpi=(DPI, DPI))
    page = load(path).pages[0]
    left_of_print = [w.text for line in page.lines for w in line.words if w.x1 < 230 and 600 < w.y0 < 1800]
    assert left_of_print == []
    assert [line.text for line in page.lines if line.text in ROWS] == ROWS
