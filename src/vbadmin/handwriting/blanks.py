"""Find the blanks a clerk fills by hand on page 1 and read the digits written in them.

The typed context locates them: `Số: ___/QĐ-UBND` (between the "Số" word and the symbol)
and `ngày ___ tháng ___ năm` (after "ngày", after "tháng"). OCR often glues the scribble
to a neighbour ("ngày0}", "Số:z//'KH-VP"), so positions inside a word are estimated from
its characters and the search box is widened. Blue/violet ink is isolated by colour; on
grey scans the gap's position is what separates pen from print.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

import numpy as np
from PIL import Image
from scipy import ndimage

from vbadmin.handwriting.digits import DigitModel, classify
from vbadmin.handwriting.ink import (
    Glyph,
    InkMode,
    colour_share,
    components,
    glyphs_for,
    ink_map,
    redness,
    split_options,
)
from vbadmin.load.preprocess import rgb_array
from vbadmin.pages import Page, Word

BlankKind = Literal["number", "day", "month"]
Box = tuple[int, int, int, int]
TOP_SHARE = 0.4  # the header (number and date lines) lies in the top 40 % of page 1
MAX_DIGITS: dict[str, int] = {"number": 5, "day": 2, "month": 2}
SLANTS = np.linspace(-1.0, 0.5, 16)  # shears tried for the writing (x per y; < 0 leans right)
TYPED_SHARE = (0.35, 0.65)  # a dark piece this much inside typed boxes is partly / wholly print


@dataclass
class Blank:
    kind: BlankKind
    gap: tuple[float, float]  # x range between the typed anchors
    row: tuple[float, float]  # y range of the typed line
    line_height: float
    typed: str | None = None  # digits OCR found printed in the blank (nothing to read by hand)
    typed_box: Box | None = None  # where OCR saw them: blue ink there means pen, not print
    exclude: list[Box] = field(default_factory=list)  # typed words around the gap


@dataclass
class Reading:
    kind: BlankKind
    text: str  # digits read, "" when no ink was found
    confidence: float  # product of the digits' probabilities
    box: Box | None
    mode: InkMode | None = None
    alternatives: list[tuple[str, float]] = field(default_factory=list)  # per digit: best, runner-up
    # Per digit, the probabilities of 0-9 (the rest, up to 1, is "not one digit"), and the share
    # of the confidence that is not the recogniser's (segmentation, ink off the box): what
    # crosscheck.py needs to re-rank readings under a constraint (a day must be a date).
    probs: np.ndarray | None = field(default=None, compare=False)  # arrays do not compare as bool
    factor: float = 1.0


def fold(text: str) -> str:
    """Lower case without diacritics: OCR of "Số"/"ngày" drops or mangles the marks."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def _header_words(page: Page) -> list[Word]:
    return [w for line in page.lines for w in line.words if w.y0 < page.height * TOP_SHARE]


def _same_row(a: Word, b: Word) -> bool:
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap > 0.3 * min(a.y1 - a.y0, b.y1 - b.y0)


def _char_x(word: Word, index: int) -> float:
    """x of a character inside a word, by proportion (OCR gives word boxes only)."""
    return word.x0 + (word.x1 - word.x0) * index / max(len(word.text), 1)


def _symbol_word(words: list[Word], symbol: str | None) -> Word | None:
    key = fold(symbol or "").replace(" ", "")
    tail = key.split("/")[-1] if key else ""
    for word in words:
        folded = fold(word.text)
        if word.x0 > 0.6 * max(w.x1 for w in words):
            continue  # the number sits in the left column
        if tail and len(tail) >= 4 and tail in folded.replace(" ", ""):
            return word
        if re.search(r"/\s*[a-z]{1,6}-?[a-z]", folded):
            return word
    return None


_ANCHOR = re.compile(r"^s[oôóòe]\S{0,3}$")


def _number_row(page: Page, words: list[Word]) -> tuple[Word, Word] | None:
    """The "Số" that opens a line in the left column, and the word holding the symbol after it.

    Found before the symbol itself: when OCR garbles the symbol next to the pen ink, a symbol
    search would land on a cited identifier in the body ("theo Quyết định số 123/QĐ-UBND")."""
    right = max(w.x1 for w in words)
    for line in page.lines:
        if not line.words or line.words[0].y0 >= page.height * TOP_SHARE:
            continue
        first = line.words[0]
        folded = fold(first.text)
        if first.x0 > 0.45 * right or not (
            _ANCHOR.match(folded) or (folded.startswith("so") and "/" in folded)
        ):
            continue
        if "/" in folded:
            return first, first
        row = [
            w for w in line.words[1:] if w.x0 < 0.6 * right and w.x0 - first.x1 < 14 * (first.y1 - first.y0)
        ]
        target = next((w for w in row if "/" in w.text), None)
        if target is None and row and (":" in first.text or first.text[1:].islower()):
            target = row[-1]  # "Số:" (not "SỞ"), symbol garbled without its slash
        if target is not None:
            return first, target
    return None


def find_number_blank(page: Page, symbol: str | None = None) -> Blank | None:
    words = _header_words(page)
    if not words:
        return None
    found = _number_row(page, words)
    target = found[1] if found else _symbol_word(words, symbol)
    if target is None:
        return None
    height = target.y1 - target.y0
    row = [w for w in words if _same_row(w, target) and w.x1 <= target.x0 + 2]
    anchor = (
        found[0]
        if found
        else next((w for w in reversed(row) if re.match(r"^s[oôóòe]\S{0,3}$", fold(w.text))), None)
    )
    if anchor is not None:
        height = min(height, anchor.y1 - anchor.y0) if anchor is not target else height
    folded = fold(target.text)
    typed = re.match(r"^(?:s\w{0,2}:?)?\s*(\d{1,5})\s*/", folded)
    if typed and target.confidence > 0.6:
        return Blank(
            "number",
            (target.x0, target.x0),
            (target.y0, target.y1),
            height,
            typed=typed.group(1),
            typed_box=_word_part(target, typed.start(1), len(typed.group(1))),
        )
    slash = folded.find("/")
    key = fold(symbol or "").replace(" ", "")
    at = folded.find(key) if len(key) >= 4 else -1
    if at > 0 and (slash < 0 or at < slash):
        slash = at  # "LZBYT-KH-TC": the symbol starts after the pen ink OCR glued to it
    if folded.startswith("so") and slash > 0:  # "Số:z//'KH-VP": blank inside one word
        gap = (_char_x(target, 3), _char_x(target, slash))
    elif anchor is not None and anchor is not target:
        gap = (anchor.x1, _char_x(target, slash) if slash > 0 else target.x0)
    else:
        gap = (target.x0 - 4 * height, target.x0)
    exclude = [_box(w) for w in words if w is anchor or (w.x0 >= gap[1] - 1 and w is not target)]
    if anchor is not None and anchor is not target:
        exclude.append(_box(anchor))
    start = slash if slash >= 0 else folded.find(fold(symbol or "")[:2])
    exclude.append(_word_part(target, max(start, 0), len(target.text)))  # print only, not a digit over it
    return Blank("number", gap, (target.y0, target.y1), height, exclude=exclude)


def find_date_blanks(page: Page, near: Blank | None = None) -> list[Blank]:
    """The day (after "ngày") and the month (after "tháng") of the date line by the number line.

    Without that proximity a cited date in the body ("ngày 27 tháng 4 năm 2021") of a letter
    whose own date line is at the foot would be taken for it."""
    words = _header_words(page)
    for i, word in enumerate(words):
        folded = fold(word.text)
        if not folded.startswith("ngay") or word.x0 < 0.3 * page.width:
            continue
        if near is not None and abs(word.y0 - near.row[0]) > 4 * near.line_height:
            continue
        row = [w for w in words[i:] if _same_row(w, word)]
        month_word = next((w for w in row if "thang" in fold(w.text)), None)
        if month_word is None:
            continue
        return _date_blanks(word, month_word, row)
    return []


def _date_blanks(day_word: Word, month_word: Word, row: list[Word]) -> list[Blank]:
    height = day_word.y1 - day_word.y0
    day_folded, month_folded = fold(day_word.text), fold(month_word.text)
    day_start = _char_x(day_word, 4) if len(day_folded) > 5 else day_word.x1
    month_at = month_folded.index("thang")
    day_end = _char_x(month_word, month_at) if month_at else month_word.x0
    if month_word is day_word:
        day_end = _char_x(day_word, day_folded.index("thang"))
    row_y = (min(day_word.y0, month_word.y0), max(day_word.y1, month_word.y1))
    excluded = [
        _box(w) for w in row if w not in (day_word, month_word) and not day_start - 2 < w.x0 < day_end
    ]
    blanks: list[Blank] = []
    between = [w for w in row if w.x0 >= day_start - 2 and w.x1 <= day_end + 2 and w is not day_word]
    blanks.append(
        Blank(
            "day",
            (day_start, day_end),
            row_y,
            height,
            typed=_typed_digits(between),
            typed_box=_typed_box(between),
            exclude=excluded + [_word_part(day_word, 0, 4), _word_part(month_word, month_at, 5)],
        )
    )
    year_word = next(
        (w for w in row if w.x0 > month_word.x1 and re.match(r"^[nm]a?[mn]", fold(w.text))), None
    )
    month_start = _char_x(month_word, month_at + 5)
    month_end = year_word.x0 if year_word else month_start + 2.5 * height
    inside = [w for w in row if w.x0 >= month_start - 2 and w.x1 <= month_end + 2 and w is not month_word]
    outside = [_box(w) for w in row if w not in inside and w is not month_word]
    blanks.append(
        Blank(
            "month",
            (month_start, month_end),
            row_y,
            height,
            typed=_typed_digits(inside),
            typed_box=_typed_box(inside),
            exclude=outside + [_word_part(month_word, month_at, 5)],
        )
    )
    return blanks


def _typed_digits(words: list[Word]) -> str | None:
    """Digits printed in the blank and read confidently by OCR (a typed day needs no reader)."""
    if len(words) == 1 and re.fullmatch(r"\d{1,2}", words[0].text) and words[0].confidence > 0.8:
        return words[0].text
    return None


def _typed_box(words: list[Word]) -> Box | None:
    return _box(words[0]) if len(words) == 1 else None


def _box(word: Word) -> Box:
    return (int(word.x0), int(word.y0), int(word.x1), int(word.y1))


def _word_part(word: Word, start: int, length: int) -> Box:
    return (int(_char_x(word, start)), int(word.y0), int(_char_x(word, start + length)), int(word.y1))


def _other_rows(page: Page, blank: Blank) -> list[Box]:
    """Typed words of the lines above and below: the widened box reaches into them."""
    top, bottom = blank.row
    return [
        _box(w)
        for line in page.lines
        for w in line.words
        if min(w.y1, bottom) - max(w.y0, top) < 0.3 * (w.y1 - w.y0)
        and w.confidence > 0.5
        and top - 2 * blank.line_height < w.y0 < bottom + 2 * blank.line_height
    ]


def search_box(blank: Blank, page_size: tuple[int, int], wide: bool) -> Box:
    """Handwriting overflows the line: taller than print, and (in colour) over the neighbours."""
    h = blank.line_height
    side = 1.2 * h if wide else 0.15 * h
    x0 = max(0, int(blank.gap[0] - side))
    x1 = min(page_size[0], int(blank.gap[1] + (0.8 * h if wide else 0.1 * h)))
    y0 = max(0, int(blank.row[0] - (1.0 if wide else 0.9) * h))
    y1 = min(page_size[1], int(blank.row[1] + (1.1 if wide else 0.5) * h))  # tails of 2, 7, 9 descend
    return (x0, y0, max(x1, x0 + 1), max(y1, y0 + 1))


def blank_ink(rgb: np.ndarray, blank: Blank) -> tuple[np.ndarray, Box, InkMode]:
    """The pen ink of a blank: by colour when it is blue, else dark ink with typed words cut out."""
    size = (rgb.shape[1], rgb.shape[0])
    narrow = search_box(blank, size, wide=False)
    x0, y0, x1, y1 = narrow
    if colour_share(rgb[y0:y1, x0:x1]) > 0.35:
        box = search_box(blank, size, wide=True)
        bx0, by0, bx1, by1 = box
        return stretch(ink_map(rgb[by0:by1, bx0:bx1], "blue")), box, "blue"
    # Dark pen: as tall as the colour box (tails of 2, 7, 9 descend), as narrow as the gap.
    _, wy0, _, wy1 = search_box(blank, size, wide=True)
    box = (x0, wy0, x1, wy1)
    region = rgb[wy0:wy1, x0:x1]
    ink = stretch(ink_map(region, "dark"))
    ink[redness(region) > 0.25] = 0.0  # a red seal or its frame is not the clerk's pen
    return drop_typed(ink, box, blank.exclude), box, "dark"


def stretch(ink: np.ndarray, floor: float = 0.3) -> np.ndarray:
    """Scale ink so the cores of its strokes reach 1: a pale violet or grey pen, or thin strokes
    blurred by the scan, would otherwise fall under the component threshold in pieces (a 7 read
    as a 1, a 2 without its diagonal). `floor` caps the gain, so paper noise is not blown up."""
    strokes = ink[ink > 0.1]
    if strokes.size < 20:
        return ink
    core = float(np.percentile(strokes, 90))
    return np.clip(ink / max(core, floor), 0.0, 1.0).astype(np.float32)


def drop_typed(ink: np.ndarray, box: Box, exclude: list[Box], threshold: float = 0.35) -> np.ndarray:
    """Cut the typed words out of dark ink, piece by piece.

    A piece lying mostly inside typed words' boxes is print and goes whole; one lying mostly
    outside is pen and stays whole, even where it overflows into a neighbour's box (a digit
    written against "tháng"); one in between keeps only its ink outside the boxes."""
    x0, y0 = box[0], box[1]
    typed = np.zeros(ink.shape, bool)
    for ex0, ey0, ex1, ey1 in exclude:
        typed[max(0, ey0 - y0 - 2) : max(0, ey1 - y0 + 2), max(0, ex0 - x0 - 2) : max(0, ex1 - x0 + 2)] = True
    labels, count = ndimage.label(ink > threshold, structure=np.ones((3, 3)))
    if count == 0:
        return np.where(typed, 0.0, ink).astype(np.float32)
    index = np.arange(1, count + 1)
    size = ndimage.sum(np.ones_like(typed), labels, index)
    inside = ndimage.sum(typed, labels, index) / np.maximum(size, 1)
    share = np.concatenate([[0.5], inside])[labels]  # faint ink off the pieces: cut inside the boxes
    out = np.where(share > TYPED_SHARE[1], 0.0, ink)
    return np.where((share >= TYPED_SHARE[0]) & typed, 0.0, out).astype(np.float32)


def writing_slant(ink: np.ndarray, threshold: float = 0.35) -> float:
    """The shear (x per y) that makes the writing's strokes most vertical: the one whose column
    histogram of ink is the most peaked (sum of squares). 0 when there is little ink."""
    ys, xs = np.nonzero(ink > threshold)
    if ys.size < 30:
        return 0.0
    centre = float(ys.mean())
    best, best_score = 0.0, -1.0
    for slant in sorted(SLANTS, key=abs):  # nearest upright first: a farther slant must be 2 % better
        columns = np.round(xs - slant * (ys - centre)).astype(int)
        hist = np.bincount(columns - columns.min())
        score = float((hist.astype(np.float64) ** 2).sum())
        if score > best_score * 1.02:
            best, best_score = float(slant), score
    return best


def shear_ink(ink: np.ndarray, slant: float) -> tuple[np.ndarray, Callable[[float, float], float]]:
    """The ink sheared upright (x' = x - slant * (y - centre) + pad) and the map back from (x', y)
    to the original x."""
    if abs(slant) < 0.1:
        return ink, lambda x, y: x
    h, w = ink.shape
    centre = h / 2
    pad = int(np.ceil(abs(slant) * centre)) + 1
    image = Image.fromarray(ink.astype(np.float32), mode="F").transform(
        (w + 2 * pad, h),
        Image.Transform.AFFINE,
        (1, slant, -pad - slant * centre, 0, 1, 0),
        resample=Image.Resampling.BILINEAR,
    )
    return np.asarray(image, dtype=np.float32), lambda x, y: x + slant * (y - centre) - pad


def candidate_boxes(boxes: list[Box], blank: Blank) -> list[Box]:
    """Digits are tall: drop commas, dots, accents and print-wide rules."""
    return [
        b
        for b in boxes
        if (b[3] - b[1]) >= 0.45 * blank.line_height and (b[2] - b[0]) < 6 * blank.line_height
    ]


def _stray_ink(found: list[Box], kept: list[Box], digit_height: float) -> list[Box]:
    """Pieces of ink too short to be digits yet too big for dots and accents (a broken stroke)."""
    return [b for b in found if b not in kept and max(b[2] - b[0], b[3] - b[1]) >= 0.3 * digit_height]


def best_split(
    ink: np.ndarray, mask: np.ndarray, box: Box, digit_height: float, model: DigitModel | None = None
) -> tuple[list[Glyph], np.ndarray, float]:
    """Try 1..k digits in one piece of ink; keep the cut whose digits the recogniser is surest of.

    A hypothesis scores the product of its digits' best probabilities (the model has a "not one
    digit" class, so a half digit or two touching digits score low). Returns the glyphs, their
    probabilities and the share of the best hypothesis in the summed scores: near 1 when the cut
    is clear, about 0.5 when "07" read as one "0" and as "0", "7" are equally good."""
    scored: list[tuple[float, list[Glyph], np.ndarray]] = []
    for cuts in split_options(mask, box, digit_height):
        glyphs = glyphs_for(ink, box, cuts)
        if not glyphs or any((g.x1 - g.x0) < 0.12 * digit_height for g in glyphs[1:] + glyphs[:-1]):
            continue  # a sliver is a cutting artefact, not a digit
        probs = classify([g.ink for g in glyphs], model)
        scored.append((float(np.prod(probs[:, :10].max(axis=1))), glyphs, probs))
    if not scored:
        return [], np.zeros((0, 10)), 0.0
    best = max(scored, key=lambda item: item[0])
    total = sum(item[0] for item in scored)
    return best[1], best[2], best[0] / total if total > 0 else 0.0


def _pen_written(rgb: np.ndarray, blank: Blank) -> bool:
    """Digits OCR read "as printed" in blue ink were written by hand (photo scans, neat writing)."""
    if blank.typed_box is None:
        return False
    x0, y0, x1, y1 = blank.typed_box
    return colour_share(rgb[max(0, y0) : y1, max(0, x0) : x1]) > 0.35


def read_blank(rgb: np.ndarray, blank: Blank, model: DigitModel | None = None) -> Reading:
    if blank.typed is not None and not _pen_written(rgb, blank):
        return Reading(blank.kind, blank.typed, 1.0, None)
    if blank.typed is not None and blank.typed_box is not None:  # OCR read the pen ink as print
        blank = replace(blank, typed=None, gap=(blank.typed_box[0], blank.typed_box[2]))
    ink, box, mode = blank_ink(rgb, blank)
    slant = writing_slant(ink)
    ink, shift = shear_ink(ink, slant)  # upright: cuts between slanted digits can be vertical
    mask, found_boxes = components(ink, blank.line_height)
    boxes = candidate_boxes(found_boxes, blank)
    digit_height = float(np.median([b[3] - b[1] for b in boxes])) if boxes else blank.line_height
    stray = _stray_ink(found_boxes, boxes, digit_height)
    glyphs: list[Glyph] = []
    rows: list[np.ndarray] = []
    segmentation = 1.0
    for piece in boxes:
        found, probs, share = best_split(ink, mask, piece, digit_height, model)
        glyphs += found
        rows += list(probs[:, :10])
        segmentation *= share
    if not glyphs or len(glyphs) > MAX_DIGITS[blank.kind]:
        return Reading(blank.kind, "", 0.0, box, mode)
    digit_probs = np.stack(rows)
    order = np.argsort(-digit_probs, axis=1)
    text = "".join(str(int(row[0])) for row in order)
    # Recogniser certainty times segmentation certainty: a clear digit in an ambiguous cut is not sure.
    factor = segmentation
    if any(g.y0 <= 0 or g.y1 >= ink.shape[0] for g in glyphs):
        factor *= 0.5  # ink runs off the searched box: a digit may be cut short (2 read as 7)
    if any(
        min(g.x0 for g in glyphs) - digit_height < b[2] and b[0] < max(g.x1 for g in glyphs) + digit_height
        for b in stray
    ):
        factor *= 0.5  # pen ink left unread beside the digits: a faint or broken digit was dropped
    confidence = float(np.prod([digit_probs[i, order[i, 0]] for i in range(len(glyphs))])) * factor
    alternatives = [(str(int(order[i, 1])), float(digit_probs[i, order[i, 1]])) for i in range(len(glyphs))]
    top, bottom = min(g.y0 for g in glyphs), max(g.y1 for g in glyphs)
    xs = [shift(x, y) for x in (min(g.x0 for g in glyphs), max(g.x1 for g in glyphs)) for y in (top, bottom)]
    ink_box = (box[0] + int(min(xs)), box[1] + top, box[0] + int(max(xs)) + 1, box[1] + bottom)
    return Reading(blank.kind, text, confidence, ink_box, mode, alternatives, digit_probs, factor)


def page_rgb(page: Page) -> np.ndarray:
    """The page image as an RGB array: the one the loader made, or one copy out of Pillow."""
    if page.pixels is not None:
        return page.pixels
    assert page.image is not None
    return rgb_array(page.image)


def read_page(
    page: Page, symbol: str | None = None, model: DigitModel | None = None, rgb: np.ndarray | None = None
) -> dict[str, Reading]:
    """Readings of page 1's number, day and month blanks that could be located (`rgb`: the
    page image as an array, when the caller has it already)."""
    if page.image is None:
        return {}
    rgb = page_rgb(page) if rgb is None else rgb
    number = find_number_blank(page, symbol)
    blanks = [b for b in (number, *find_date_blanks(page, number)) if b is not None]
    for blank in blanks:
        blank.exclude += _other_rows(page, blank)
    return {blank.kind: read_blank(rgb, blank, model) for blank in blanks}
