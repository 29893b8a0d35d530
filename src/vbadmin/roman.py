"""Roman numerals whose I strokes OCR read as one: "XVII" for a printed XVIII, "XI" for XII.

Tesseract merges two serif I's that touch into one glyph, so "khóa XIII", "lần thứ XVIII",
"Khu vực XII" lose a stroke, and a number off by one is a wrong congress or region. The word's
box still has the printed width: in capital heights, each glyph of a serif face advances by a
nearly fixed amount (I 0.50, V and X 1.09; Times-like faces and DejaVu Serif agree within a
few per cent), so a box one I too wide for its reading lost an I. The capital height is taken
from words in capitals or figures without marks (their box is as tall as a capital) on the
same line or on lines of the same print size; without such a word the numeral is left as read.
Only a numeral after a word one follows ("khóa", "thứ", "vực": vocab/citations.json) is looked
at: "VI" after "Lưu:" is VT read so.

    restore_roman_strokes(page)   # words replaced in place; returns "read→repaired"
"""

from __future__ import annotations

import re
import statistics
from dataclasses import replace

from vbadmin import vocab
from vbadmin.normalize import match_key
from vbadmin.pages import Line, Page, Word

# Advance widths in capital heights (Times-like serif faces and DejaVu Serif, averaged); the
# ink box is the advances less the side bearings at its two ends.
_ADVANCE = {"I": 0.50, "V": 1.09, "X": 1.09, "L": 0.92, ".": 0.38, ",": 0.38, ";": 0.42, ":": 0.42, ")": 0.50}
_BEARINGS = 0.05
_ONE_I = _ADVANCE["I"]
# The box must be at least this share of an I wider than the reading to take one more I, and
# the longer reading must fit it this closely (capital heights).
MIN_SHARE = 0.65
FIT = 0.25
_NUMERAL = re.compile(r"^(?P<numeral>[IVXL]{2,7})(?P<tail>[.,;:)]{0,2})$")
# Words as tall as a capital: capitals without marks or figures, no descender, no accent.
_CAP_HEIGHT_WORD = re.compile(r"^(?:[A-Z]{2,}|\d{2,})$")


def restore_roman_strokes(page: Page) -> list[str]:
    changes = []
    for line in page.lines:
        # "Lưu: VI" is VT read so: a numeral only where one is written
        numerals = [i for i, word in enumerate(line.words) if i and _NUMERAL.match(word.text)
                    and match_key(line.words[i - 1].text) in vocab.numeral_context_words()]
        cap = _capital_height(line, page) if numerals else None
        if cap is None:
            continue
        for index in numerals:
            word = line.words[index]
            restored = _with_lost_stroke(word, cap)
            if restored is not None:
                line.words[index] = replace(word, text=restored)
                changes.append(f"{word.text}→{restored}")
    return changes


SAME_PRINT = 0.15  # lines whose words' median height is this close are in the same print size


def _capital_height(line: Line, page: Page) -> float | None:
    """The capital height of the line's print: from its own words as tall as a capital, else
    from such words on lines of the same print size."""
    own = _reference_heights(line)
    if own:
        return statistics.median(own)
    size = _print_size(line)
    alike = [h for other in page.lines if abs(_print_size(other) - size) <= SAME_PRINT * size
             for h in _reference_heights(other)]
    return statistics.median(alike) if alike else None


def _reference_heights(line: Line) -> list[float]:
    return [w.y1 - w.y0 for w in line.words if _CAP_HEIGHT_WORD.match(w.text) and not _NUMERAL.match(w.text)]


def _print_size(line: Line) -> float:
    return statistics.median(w.y1 - w.y0 for w in line.words) if line.words else 0.0


def ink_width(text: str) -> float:
    """The ink width of `text` in capital heights (its glyphs must be in the table)."""
    return sum(_ADVANCE[ch] for ch in text) - _BEARINGS


def _with_lost_stroke(word: Word, cap: float) -> str | None:
    match = _NUMERAL.match(word.text)
    if match is None or "I" not in match["numeral"] or not _is_numeral(match["numeral"]):
        return None
    measured = (word.x1 - word.x0) / cap
    read = ink_width(word.text)
    if measured < read + MIN_SHARE * _ONE_I:
        return None
    fits = {candidate for candidate in _one_more_i(match["numeral"]) if _is_numeral(candidate)}
    fits = {c for c in fits if abs(measured - ink_width(c + match["tail"])) <= FIT}
    return f"{fits.pop()}{match['tail']}" if len(fits) == 1 else None


def _one_more_i(numeral: str) -> set[str]:
    """The readings with one I more in a run of I's: XVII → XVIII, XI → XII."""
    return {numeral[:i] + "I" + numeral[i:] for i, ch in enumerate(numeral) if ch == "I"}


_VALID = re.compile(r"^L?X{0,3}(?:IX|IV|V?I{0,3})$")


def _is_numeral(text: str) -> bool:
    return bool(text) and bool(_VALID.match(text))
