"""A number and symbol read with a letter among its figures, read a second time on its own.

    reread_doubtful_numbers(page, image, read_line)   # words replaced in place; never raises

Reading a whole page, tesseract now and then reads one figure of a letter's number twice, as
the figure and as a letter shaped like it ("6ó4-TB/ĐU" for 64-TB/ĐU, "36ó-KH/BTCTU" for
36-KH/BTCTU), and is unsure of the word; the figures' repair alone would make it 664. Cut out
and read as one line, the same print's figures come out right. Only a word that opens as a
number and symbol whose figures hold a letter, read with doubt, is read again, and the second
reading only chooses: its figures must be the first reading's with the letter dropped or read
as the figure it looks like; the symbol stays as first read.
"""
from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
from PIL import Image

from vbadmin.errors import UnreadableError
from vbadmin.load.subscripts import LineReader, crop_enlarged
from vbadmin.load.unread_runs import print_height
from vbadmin.normalize import repair_number
from vbadmin.pages import Page, Word

__all__ = ["reread_doubtful_numbers"]

DOUBTFUL = 0.7  # a number word read less sure than this is read again
MAX_WORDS = 4  # a page with more such words is a page of noise, not of one misread
ENLARGE = 2
SIDE_PAD = 0.1  # line heights added either side of the word (not the "Số" before it)

# Figures with a letter among them, then the symbol: "6ó4-TB/ĐU", "36ó-KH/BTCTU", "2O5/UBND-VP"
_LETTER_AMONG_FIGURES = re.compile(r"^(?P<number>\d(?=\w*?[^\W\d_])\w{1,5}?)(?P<symbol>[-/][A-ZĐ]\S*)$")
_FIGURES_FIRST = re.compile(r"^\W{0,2}(?P<number>\d{1,5})[-/]")


def reread_doubtful_numbers(page: Page, image: Image.Image, read_line: LineReader) -> list[str]:
    """Put right the numbers of an OCR'd page read with a letter among their figures; returns
    "read→repaired" changes. `image` is the page in the geometry of its word boxes."""
    doubtful = [(line, word) for line in page.lines for word in line.words
                if word.confidence < DOUBTFUL and _LETTER_AMONG_FIGURES.match(word.text)]
    height = print_height(page)
    if not doubtful or len(doubtful) > MAX_WORDS or height is None:
        return []
    gray = np.asarray(image.convert("L"))
    changes = []
    for line, word in doubtful:
        try:
            again = _read_again(gray, word, height, read_line)
        except UnreadableError:
            continue  # a failed second look leaves the word as first read
        if again is not None:
            line.words[line.words.index(word)] = again
            changes.append(f"{word.text}→{again.text}")
    return changes


def _read_again(gray: np.ndarray, word: Word, height: float, read_line: LineReader) -> Word | None:
    first = _LETTER_AMONG_FIGURES.match(word.text)
    if first is None:
        return None
    pad = SIDE_PAD * height
    crop, _, _ = crop_enlarged(gray, (word.x0 - pad, word.y0, word.x1 + pad, word.y1), ENLARGE)
    second = next((found for w in read_line(crop, ENLARGE) if (found := _FIGURES_FIRST.match(w.text))), None)
    printed = first["number"]
    readings = {"".join(ch for ch in printed if ch.isdigit()), repair_number(printed)[0]}
    if second is None or second["number"] not in readings:
        return None
    return replace(word, text=second["number"] + first["symbol"])
