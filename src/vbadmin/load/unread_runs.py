"""Stretches of print the page reading read as nothing, read a second time on their own.

    reread_unread_runs(page, image, read_line)   # words replaced in place; never raises

Tesseract reads a whole page at once; on a noisy scan it now and then reads a short line of
ordinary print as garbage with no confidence at all ("- Như trên;" as "tệ cứ,", confidences
0.0 and 0.13), while the same stretch cut out and read as one line comes out right. Only runs
of a row (words close together: one column's cell) whose words were read below UNREAD on average
(each below BARELY_READ) and whose box is the size of a line of print (or of the footer's small
print) are looked at; the second reading is kept only when its words are read with confidence
and are Vietnamese or codes, else the page keeps what it had. Seal and signature specks are no
line of print and are never read again.
"""

from __future__ import annotations

import re
import statistics

import numpy as np
from PIL import Image

from vbadmin.errors import UnreadableError
from vbadmin.lexicon import is_known_syllable
from vbadmin.load.subscripts import LineReader, crop_enlarged
from vbadmin.pages import Line, Page, Word

__all__ = ["reread_unread_runs"]

UNREAD = 0.35  # the run's words read less sure than this on average …
BARELY_READ = 0.5  # … and each of them less sure than this ("IuUU" 0.0, "VI" 0.41: "Lưu: VT.")
MIN_CONFIDENCE = 0.7  # the words of the second reading read at least this sure on average
MIN_WORD_CONFIDENCE = 0.4  # … and each of them at least this sure
RUN_GAP = 1.5  # words further apart than this many line heights are in other cells
# the run's height, in the page's median word heights (the footer's list is printed smaller,
# and "Lưu: VT." has no marks to make it tall)
MIN_HEIGHT, MAX_HEIGHT = 0.55, 1.6
SPECK_HEIGHT = 0.7  # lower, a run read as nothing may be ink that is no print
# In the letterhead a run may be two rows tall: a body's name and the Party header's star or
# the rule under it, read as one line beside the other column's date ("BAN NỘI CHÍNH" / "*"
# read "SE SỀM ào"); its rows of print are then read one by one.
MAX_LETTERHEAD_HEIGHT = 2.6
HEADER_SHARE = 0.3  # of page 1's height from its top: the letterhead
INK_LEVEL = 128  # grey level below which a pixel is ink
INK_ROW_SHARE = 0.002  # of the page's width in ink for a pixel row to hold print
BAND_HEIGHT = (0.6, 1.8)  # a row of print's height, in line heights (a rule or a star is lower)
MIN_LETTERS = 3  # letters or figures in the run: a mark or two is a speck
MAX_RUNS = 6  # a page with more such runs is a page of seal and signature ink, not of misreads
ENLARGE = 2
WORD_GAP = 0.6  # line heights of blank within a row of one cell (a word's gap is a third)
RULE_SHARE = 0.8  # of a row's height and a line height either side in ink down one column: a rule
MARK_PAD = 0.4  # line heights added above and below a run whose words' boxes missed marks
SIDE_PAD = 0.4  # line heights added either side of the run (less than RUN_GAP: no other cell)
SURE_WORDS = 10  # words read with confidence that tell the page's print size
_CODE = re.compile(r"[A-ZĐ0-9&/-]+")  # "VT", "UBND", "04/2026"
_NOTE = re.compile(r"[a-z]/[a-z]")  # "(b/c)", "(p/h)"


def reread_unread_runs(page: Page, image: Image.Image, read_line: LineReader) -> list[str]:
    """Replace unread runs of an OCR'd page's lines; returns "read→repaired" changes. `image`
    is the page in the geometry of its word boxes."""
    height = print_height(page)
    if height is None:
        return []
    letterhead = image.height * HEADER_SHARE if page.number == 1 else 0.0
    runs = [(line, run) for line in page.lines for run in _runs(line, height)
            if _unread(run, height, letterhead)]
    # the page's ink (seal, signature) read as nothing at all: too much of it, no misread rows
    if not runs or sum(_read_as_nothing(run, height) for _, run in runs) > MAX_RUNS:
        return []
    gray = np.asarray(image.convert("L"))
    changes: list[str] = []
    for line, run in runs:
        try:
            words = _read_again(gray, run, height, read_line)
        except UnreadableError:
            continue  # a failed second look leaves the run as first read
        read, again = " ".join(w.text for w in run), " ".join(w.text for w in (words or []))
        if words is None or again == read:
            continue  # read the same twice: no repair to report
        start = line.words.index(run[0])
        line.words[start : start + len(run)] = words
        changes.append(f"{read}→{again}")
    return changes


def print_height(page: Page) -> float | None:
    sure = [w.y1 - w.y0 for line in page.lines for w in line.words
            if w.confidence >= MIN_CONFIDENCE and sum(ch.isalpha() for ch in w.text) >= 2]
    return statistics.median(sure) if len(sure) >= SURE_WORDS else None


def _runs(line: Line, height: float) -> list[list[Word]]:
    runs: list[list[Word]] = []
    for word in sorted(line.words, key=lambda w: w.x0):
        if runs and word.x0 - runs[-1][-1].x1 <= RUN_GAP * height:
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _unread(run: list[Word], height: float, letterhead: float) -> bool:
    """`letterhead`: the page's height down to which a run may be two rows tall."""
    top, bottom = min(w.y0 for w in run), max(w.y1 for w in run)
    letters = sum(ch.isalnum() for w in run for ch in w.text)
    tallest = MAX_LETTERHEAD_HEIGHT if bottom <= letterhead else MAX_HEIGHT
    return (
        all(w.confidence < BARELY_READ for w in run)
        and statistics.mean(w.confidence for w in run) < UNREAD
        and letters >= MIN_LETTERS
        and MIN_HEIGHT * height <= bottom - top <= tallest * height
        and run[-1].x1 - run[0].x0 >= 1.5 * min(bottom - top, MAX_HEIGHT * height)
    )


def _read_as_nothing(run: list[Word], height: float) -> bool:
    """Every word read below UNREAD, a line of print high: what counts towards MAX_RUNS."""
    tall = max(w.y1 for w in run) - min(w.y0 for w in run) >= SPECK_HEIGHT * height
    return tall and all(w.confidence < UNREAD for w in run)


def _read_again(
    gray: np.ndarray, run: list[Word], height: float, read_line: LineReader
) -> list[Word] | None:
    # A little wider than the words as first read, as far as the row's ink reaches: garbled
    # words' boxes may miss a mark or the last letters at either end.
    pad = SIDE_PAD * height
    left, right = min(w.x0 for w in run), max(w.x1 for w in run)
    top, bottom = int(min(w.y0 for w in run)), int(np.ceil(max(w.y1 for w in run)))
    if bottom - top <= MAX_HEIGHT * height:
        left, right = _ink_reach(gray, (top, bottom), left, right, height)
        # the boxes may miss the marks above the letters too ("Tổ" read "TOCSIT-"), and cut
        # off, they read sure as other letters ("Van phong" for Văn phòng): a little more above
        # and below is read
        rise = MARK_PAD * height
        return read_box(gray, (left - pad, top - rise, right + pad, bottom + rise), read_line)
    # two rows tall: one row of print over a star or a rule (two rows of print would make
    # one line of two rows' words), read on its own
    rows = ink_bands(gray, top, bottom, height, (int(left - pad), int(right + pad)))
    if len(rows) != 1:
        return None
    band_top, band_bottom = rows[0]
    band_left, band_right = _ink_reach(gray, rows[0], left, right, height)
    return read_box(gray, (band_left - pad, band_top - pad, band_right + pad, band_bottom + pad), read_line)


def _ink_reach(
    gray: np.ndarray, rows: tuple[int, int], left: float, right: float, height: float
) -> tuple[float, float]:
    """How far the print of a row (`rows`: its pixel rows) reaches either side of
    `left`..`right`: ink apart by less than a word's gap goes on the row (the other column's
    cell lies further off); a table's rule (ink down the row and a line height above and below
    it, taller than any letter) ends it."""
    top, bottom = rows
    ink = gray[top:bottom] < INK_LEVEL
    around = gray[max(0, top - int(height)) : bottom + int(height)] < INK_LEVEL
    rule = around.mean(axis=0) >= RULE_SHARE
    inked = np.nonzero(ink.any(axis=0) & ~rule)[0]
    rules = np.nonzero(rule)[0]
    if rules.size:  # the reach stops short of the nearest rule either side
        inked = inked[(inked < rules[rules > right].min(initial=gray.shape[1]))
                      & (inked > rules[rules < left].max(initial=-1))]
    for x in inked[inked > right]:
        if x - right > WORD_GAP * height:
            break
        right = float(x)
    for x in inked[inked < left][::-1]:
        if left - x > WORD_GAP * height:
            break
        left = float(x)
    return left, right


def read_box(
    gray: np.ndarray, box: tuple[float, float, float, float], read_line: LineReader
) -> list[Word] | None:
    """The box read as one line, in page pixels; None unless its words are Vietnamese or codes
    read sure on average (MIN_CONFIDENCE), each fairly sure (MIN_WORD_CONFIDENCE)."""
    crop, left, top = crop_enlarged(gray, box, ENLARGE)
    words = sorted(read_line(crop, ENLARGE), key=lambda w: w.x0)
    if not words or not all(plausible_word(w.text) for w in words):
        return None
    # tesseract's confidence in one word of a clean line swings with a pixel's crop ("KIỂM"
    # 0.61 or 0.89): the line as a whole must be read sure, each word fairly sure
    confidences = [w.confidence for w in words]
    if min(confidences) < MIN_WORD_CONFIDENCE or statistics.mean(confidences) < MIN_CONFIDENCE:
        return None
    return [Word(w.text, left + w.x0 / ENLARGE, top + w.y0 / ENLARGE, left + w.x1 / ENLARGE,
                 top + w.y1 / ENLARGE, w.confidence) for w in words]


def ink_bands(
    gray: np.ndarray, top: int, bottom: int, height: float, columns: tuple[int, int] | None = None
) -> list[tuple[int, int]]:
    """Runs of pixel rows holding ink between `top` and `bottom` (within `columns`, the whole
    width when None), a line of print high."""
    left, right = columns if columns is not None else (0, gray.shape[1])
    area = gray[top:bottom, max(0, left) : right]
    inked = (area < INK_LEVEL).sum(axis=1) > INK_ROW_SHARE * gray.shape[1]
    bands, start = [], None
    for offset, ink in enumerate([*inked, False]):
        if ink and start is None:
            start = offset
        elif not ink and start is not None:
            low, high = BAND_HEIGHT
            if low * height <= offset - start <= high * height:
                bands.append((top + start, top + offset))
            start = None
    return bands


def plausible_word(text: str) -> bool:
    """A Vietnamese syllable, a code or a figure, with its punctuation ("trên;", "VT,", "(b/c)")."""
    core = text.strip("-–—.,;:()/\"'")
    if not core:
        return text in {"-", "–", "—"}  # a list's dash
    return is_known_syllable(core) or _CODE.fullmatch(core) is not None or _NOTE.fullmatch(core) is not None
