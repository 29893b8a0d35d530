"""Boxed marks in the letterhead: the frame goes, the word stays (load/frames.py)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from vbadmin.load.frames import erase_text_frames

WIDTH, HEIGHT = 1654, 2339  # A4 at 200 DPI


def _page() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    page = Image.new("L", (WIDTH, HEIGHT), 255)
    return page, ImageDraw.Draw(page)


def test_a_marks_frame_is_erased_and_its_word_kept() -> None:
    page, draw = _page()
    draw.rectangle((340, 460, 490, 520), outline=0, width=3)  # "KHẨN" in its box, 0.75 x 0.3 in
    draw.rectangle((370, 475, 460, 505), fill=0)  # the word's ink, inside
    erased, count = erase_text_frames(page)
    pixels = np.asarray(erased)
    assert count == 1
    assert pixels[460:463, 340:491].min() == 255 and pixels[460:521, 340:343].min() == 255  # sides gone
    assert pixels[475:506, 370:461].max() == 0  # the word stays


def test_no_rule_table_or_box_out_of_the_letterhead_is_erased() -> None:
    page, draw = _page()
    draw.line((200, 300, 700, 300), fill=0, width=3)  # the rule under the issuer
    for x in (100, 600, 1100, 1500):  # a table's grid: one piece, far larger than a mark
        draw.line((x, 700, x, 900), fill=0, width=2)
    for y in (700, 800, 900):
        draw.line((100, y, 1500, y), fill=0, width=2)
    draw.rectangle((340, 1700, 490, 1760), outline=0, width=3)  # a box low on the page
    draw.rectangle((340, 400, 490, 460), fill=0)  # a blot of a mark's size
    erased, count = erase_text_frames(page)
    assert count == 0 and erased is page


def test_a_letter_touching_the_frame_keeps_its_ink() -> None:
    """The dot under "MẬT" or a stacked mark touching the border: the frame's strokes go, the
    letter's ink stays (stop 27 review)."""
    page, draw = _page()
    draw.rectangle((340, 460, 490, 520), outline=0, width=3)
    draw.rectangle((400, 463, 410, 480), fill=0)  # a mark joined to the top stroke, inside
    erased, count = erase_text_frames(page)
    pixels = np.asarray(erased)
    assert count == 1 and pixels[460:463, 340:399].min() == 255  # the top stroke goes
    assert pixels[470:481, 400:411].max() == 0  # the mark stays but for its end in the stroke's band


def test_a_mark_poking_out_over_the_frame_does_not_hide_it() -> None:
    """"KHẨN" whose hat rises above the frame's top stroke: the box's top is the hat's, the
    frame is still one, its strokes go and the hat stays."""
    page, draw = _page()
    draw.rectangle((340, 460, 490, 520), outline=0, width=3)
    draw.rectangle((400, 445, 410, 470), fill=0)  # the hat, through the top stroke
    erased, count = erase_text_frames(page)
    pixels = np.asarray(erased)
    assert count == 1
    assert pixels[460:463, 340:399].min() == 255 and pixels[460:521, 340:343].min() == 255
    assert pixels[445:459, 400:411].max() == 0  # the hat above the frame stays
