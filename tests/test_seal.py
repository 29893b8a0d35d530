"""A seal's ring and marks too large to be print, taken out of black-and-white crops (issue #3):
on a black-and-white scan the seal and the signature are as black as the type."""

import numpy as np
from PIL import Image, ImageDraw

from vbadmin.seal import without_large_marks

LINE = 40.0  # line height, pixels
CENTRE, RADIUS, RING = (300, 300), 200, 14  # a seal of 10 line heights across, its ring 14 px


def _canvas() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("L", (800, 700), 255)
    return image, ImageDraw.Draw(image)


def _ring(draw: ImageDraw.ImageDraw, gaps: bool = False) -> None:
    """A seal's outer ring, whole or cut where the title's letters and the signature cross it."""
    x, y = CENTRE
    box = (x - RADIUS, y - RADIUS, x + RADIUS, y + RADIUS)
    if not gaps:
        draw.ellipse(box, outline=0, width=RING)
        return
    for start in range(0, 360, 60):
        draw.arc(box, start, start + 45, fill=0, width=RING)


def _letter(draw: ImageDraw.ImageDraw, x: int, y: int) -> tuple[int, int, int, int]:
    """A letter-sized block of ink (three strokes), its box."""
    for dx in (0, 10, 20):
        draw.rectangle((x + dx, y, x + dx + 4, y + 30), fill=0)
    draw.rectangle((x, y, x + 24, y + 4), fill=0)
    return x, y, x + 25, y + 31


def _ink(image: Image.Image) -> np.ndarray:
    return np.asarray(image) < 128


def test_print_alone_is_kept_whole():
    image, draw = _canvas()
    for column in range(6):
        _letter(draw, 100 + 40 * column, 100)
    ink = _ink(image)
    assert (without_large_marks(ink, LINE) == ink).all()


def test_a_ring_goes_and_the_letters_it_touches_stay():
    image, draw = _canvas()
    _ring(draw)
    # A letter astride the ring's outer edge at the top right (the title's first letter), one
    # wholly inside (the seal's lettering), one well outside (the title's next letter).
    x, y = CENTRE
    astride = _letter(draw, x + 130, y - 170)
    inside = _letter(draw, x - 12, y - 15)
    outside = _letter(draw, x + 260, y - 200)
    kept = without_large_marks(_ink(image), LINE)
    ring_only = _ink(_ring_image())
    assert kept[ring_only].sum() < 0.02 * ring_only.sum()  # the ring is gone
    assert not kept[inside[1] : inside[3], inside[0] : inside[2]].any()
    assert kept[outside[1] : outside[3], outside[0] : outside[2]].sum() == _letter_ink()
    # the letter astride keeps its ink outside the ring's band
    astride_ink = kept[astride[1] : astride[3], astride[0] : astride[2]].sum()
    assert 0.3 * _letter_ink() < astride_ink < _letter_ink()


def test_a_ring_cut_in_places_is_still_found():
    image, draw = _canvas()
    _ring(draw, gaps=True)
    x, y = CENTRE
    astride = _letter(draw, x + 130, y - 170)
    kept = without_large_marks(_ink(image), LINE)
    assert kept[astride[1] : astride[3], astride[0] : astride[2]].sum() > 0.3 * _letter_ink()
    ring_only = _ink(_ring_image())
    assert kept[ring_only].sum() < 0.02 * ring_only.sum()  # the arcs are gone, short ones too


def test_a_signature_stroke_goes_with_no_ring():
    image, draw = _canvas()
    draw.line((50, 600, 700, 450), fill=0, width=6)  # a long pen stroke: no letter
    letter = _letter(draw, 100, 100)
    kept = without_large_marks(_ink(image), LINE)
    assert kept.sum() == _letter_ink()
    assert kept[letter[1] : letter[3], letter[0] : letter[2]].sum() == _letter_ink()


def _ring_image() -> Image.Image:
    image, draw = _canvas()
    _ring(draw)
    return image


def _letter_ink() -> int:
    image, draw = _canvas()
    _letter(draw, 10, 10)
    return int(_ink(image).sum())
