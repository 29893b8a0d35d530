"""Small lowered print at the end of a list item, read a second time on its own.

    reread_subscripts(page, image, read_line)   # words replaced in place; never raises

Letters often print the drafter's initials and a note small and lowered after a list item
(only lines that open as one are looked at):
"- Lưu: VT, XD(Hùng, Nam).", "- UBND tỉnh (Đ/c Minh);". Tesseract reads a line at one size,
so the small print becomes garbage glued to the word before it ("XDạung,", "KTgue)-"). Such a
line shows it in its boxes: a word reaching from the line's top to well below its baseline,
read with low confidence, or words shifted down. Only the lowered stretch is cut out (where the
ink first drops below the baseline), enlarged and read as one line; the word it was glued to is
read alone too. The new reading is kept only when it is a parenthesised note read with
confidence; otherwise the page keeps what it had.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image

from vbadmin.errors import UnreadableError
from vbadmin.normalize import strip_diacritics
from vbadmin.pages import Line, Page, Word

__all__ = ["reread_subscripts"]

MIN_WORDS = 4  # a line's median top and baseline need a few words of ordinary print
TALL = 1.3  # a word this many median heights tall spans the print and the lowered note
BELOW_BASELINE = 0.2  # … reaching this far below the baseline (in median heights)
LOWERED_TOP = 0.4  # a word wholly lowered: its top this far below the line's top
LOWERED_BOTTOM = 0.3
DOUBTFUL = 0.75  # a tall word read at least this sure is left alone
MAX_NOTE_WORDS = 6  # "(để báo cáo và phê duyệt)"
UNREAD = 0.5  # a lowered word read less sure than this is garbled even with no ")" after it
ENLARGE = 2  # small print is read at twice the size (three times: tesseract misreads more)
MIN_CONFIDENCE = 0.6  # each word of the note must be read this sure
INK = 128  # darker than this is ink on the grayscale crop
WHITE = 255
MARGIN = 10  # px of white around a crop

# What a second reading must look like: an opening parenthesis near its start (a sliver of the
# letter before it may come first), a closing one, and only punctuation after that.
_NOTE = re.compile(r"^\W{0,2}\w?\W{0,2}(?P<note>\([^()]+\))[\W_]*$")
_TRAILING = re.compile(r"[.,;]$")  # the item's own punctuation after the note, as first read
_CODE = re.compile(r"^[\w&./-]+$")
# Notes are printed after list items ("- Lưu: VT, XD(Hùng)"; a dash OCR may read as "_" or "+").
_ITEM_START = re.compile(r"^(?:[-–—+•_*]|L[ưu]u\b)")


# Reads a cut-out line enlarged `scale` times: its words, boxes in its pixels.
LineReader = Callable[[Image.Image, int], list[Word]]
Box = tuple[float, float, float, float]


@dataclass
class _Metrics:
    height: float
    top: float
    baseline: float


@dataclass
class _Note:
    """Where a garbled lowered note lies on a line: words start..end, and the line's print."""
    start: int
    end: int
    metrics: _Metrics


def reread_subscripts(page: Page, image: Image.Image, read_line: LineReader) -> list[str]:
    """Replace garbled lowered notes on an OCR'd page's lines; returns "read→repaired" changes.
    `image` is the page in the geometry of its word boxes."""
    changes: list[str] = []
    gray: np.ndarray | None = None
    for line in page.lines:
        note = _lowered_note(line)
        if note is None:
            continue
        if gray is None:
            gray = np.asarray(image.convert("L"))
        try:
            change = _reread(line, note, gray, read_line)
        except UnreadableError:
            continue  # a failed second look leaves the line as first read
        if change:
            changes.append(change)
    return changes


def _metrics(words: list[Word]) -> _Metrics:
    """The line's ordinary print: median height and top; the baseline is the highest bottom of
    a word of letters as tall as most (commas, g, p, y and the note itself reach lower)."""
    height = statistics.median(w.y1 - w.y0 for w in words)
    printed = [w for w in words if any(ch.isalnum() for ch in w.text) and w.y1 - w.y0 >= 0.6 * height]
    baseline = min((w.y1 for w in printed), default=statistics.median(w.y1 for w in words))
    return _Metrics(height=height, top=statistics.median(w.y0 for w in words), baseline=baseline)


def _is_tall_doubtful(word: Word, m: _Metrics) -> bool:
    return (word.y1 - word.y0 >= TALL * m.height and word.y1 >= m.baseline + BELOW_BASELINE * m.height
            and word.y0 <= m.top + 0.1 * m.height and word.confidence < DOUBTFUL)


def _is_lowered(word: Word, m: _Metrics) -> bool:
    return (any(ch.isalnum() for ch in word.text) and word.y0 >= m.top + LOWERED_TOP * m.height
            and word.y1 >= m.baseline + LOWERED_BOTTOM * m.height)


def _lowered_note(line: Line) -> _Note | None:
    """Where a garbled lowered note lies on the line, or None."""
    words = line.words
    if len(words) < MIN_WORDS or not _ITEM_START.match(words[0].text):
        return None
    m = _metrics(words)
    if m.height <= 0:
        return None
    index = 1
    while index < len(words):
        word = words[index]
        if not (_is_tall_doubtful(word, m) or _is_lowered(word, m)):
            index += 1
            continue
        end = _run_end(words, index, m)
        if end + 1 - index > MAX_NOTE_WORDS:
            index = end + 1  # a note is the end of an item, not the rest of a sentence
            continue
        run = words[index : end + 1]
        rest = " ".join(w.text for w in run)
        if _NOTE.match(rest) and min(w.confidence for w in run) >= DOUBTFUL:
            return None  # read well already: "(phụ trách XD);"
        if ")" in rest or word.confidence < UNREAD:
            return _Note(index, end, m)
        index += 1
    return None


def _run_end(words: list[Word], start: int, m: _Metrics) -> int:
    """The note runs to the line's end or to a wide gap (the signature column beside it)."""
    end = start
    while end + 1 < len(words) and words[end + 1].x0 - words[end].x1 < 2 * m.height:
        end += 1
    return end


def _reread(line: Line, lowered: _Note, gray: np.ndarray, read_line: LineReader) -> str | None:
    words, start, end, m = line.words, lowered.start, lowered.end, lowered.metrics
    first = words[start]
    tall = _is_tall_doubtful(first, m)
    cut = _note_left(first, gray, m) if tall else first.x0
    if cut is None:
        return None
    bottom = max(w.y1 for w in words[start : end + 1]) + 0.2 * m.height
    top = m.top - 0.2 * m.height
    note = _read_note(gray, (cut - 2, top, words[end].x1 + 4, bottom), read_line)
    if note is None:
        return None
    if tall:
        printed = (first.x0 - 2, top, cut, m.baseline + 0.2 * m.height)
        prefix = _read_prefix(gray, printed, read_line, first.text)
        if prefix is None:
            return None
        note[0].text = prefix + note[0].text
        note[0].x0 = first.x0
    before = " ".join(w.text for w in words[start : end + 1])
    trailing = _TRAILING.search(words[end].text)
    if trailing:
        note[-1].text += trailing.group()
    line.words = words[:start] + note + words[end + 1 :]
    return f"{before}→{' '.join(w.text for w in note)}"


def _note_left(word: Word, gray: np.ndarray, m: _Metrics) -> float | None:
    """Where the lowered print starts inside a word that runs into it: the first column whose
    ink reaches well below the baseline (the foot of the note's parenthesis), then left to the
    blank column before that parenthesis."""
    x0, x1 = int(word.x0), int(np.ceil(word.x1))
    below = int(m.baseline + BELOW_BASELINE * m.height)
    columns = np.nonzero((gray[below : int(np.ceil(word.y1)) + 1, x0:x1] < INK).any(axis=0))[0]
    if not len(columns):
        return None
    foot = x0 + int(columns[0])
    inked: np.ndarray = np.asarray((gray[int(m.top) : int(np.ceil(word.y1)) + 1, :] < INK).any(axis=0))
    for x in range(foot, max(x0, foot - int(m.height / 2)), -1):
        if not inked[x]:
            return float(x)
    return float(foot)


def crop_enlarged(gray: np.ndarray, box: Box, scale: int) -> tuple[Image.Image, int, int]:
    """The box cut out, on a white margin (tesseract misreads print touching the edge) and
    enlarged; with the page position of the enlarged image's origin."""
    height, width = gray.shape
    x0, y0 = max(0, int(box[0])), max(0, int(box[1]))
    x1, y1 = min(width, int(np.ceil(box[2]))), min(height, int(np.ceil(box[3])))
    padded = np.pad(gray[y0:y1, x0:x1], MARGIN, constant_values=WHITE)
    crop = Image.fromarray(padded)
    enlarged = crop.resize((crop.width * scale, crop.height * scale), Image.Resampling.BICUBIC)
    return enlarged, x0 - MARGIN, y0 - MARGIN


def _read_note(gray: np.ndarray, box: Box, read_line: LineReader) -> list[Word] | None:
    """The note's words, boxes in the page's pixels, if the crop reads as "(…)" with confidence."""
    image, left, top = crop_enlarged(gray, box, ENLARGE)
    words = sorted(read_line(image, ENLARGE), key=lambda w: w.x0)
    text = " ".join(w.text for w in words)
    match = _NOTE.match(text)
    if match is None:
        return None
    first = text[: match.start("note")].count(" ")  # the word the note starts in
    texts = match["note"].split(" ")
    kept = words[first : first + len(texts)]
    if min(w.confidence for w in kept) < MIN_CONFIDENCE:
        return None
    return [Word(text, left + w.x0 / ENLARGE, top + w.y0 / ENLARGE, left + w.x1 / ENLARGE,
                 top + w.y1 / ENLARGE, w.confidence) for text, w in zip(texts, kept, strict=True)]


def _read_prefix(gray: np.ndarray, box: Box, read_line: LineReader, as_read: str) -> str | None:
    """The print the note was glued to ("XD", "tỉnh"), read alone. Where the first reading
    began with the same letters, its marks are kept (small crops lose them: "tinh")."""
    words = read_line(crop_enlarged(gray, box, 1)[0], 1)  # print of ordinary size
    if len(words) != 1 or words[0].confidence < MIN_CONFIDENCE or not _CODE.match(words[0].text):
        return None
    prefix = words[0].text
    start = as_read[: len(prefix)]
    same = strip_diacritics(start).lower() == strip_diacritics(prefix).lower()
    return start if same else prefix
