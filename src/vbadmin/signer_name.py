"""The signer's name under the seal, read a second time from the signature zone.

    reread_signer_name(doc, pages)   # after parsing a scan; never raises

Tesseract's page segmentation often drops the name printed under a red seal and a pen
signature: the seal's ring and the strokes make the zone look like a picture. When the
signature block was read but its name was not, the zone below the titles is cut out of the
page image, only its black print is kept (seal and pen ink dropped by colour and darkness;
on a black-and-white scan, the seal's ring and marks too large to be print by shape and size,
seal.py), and that crop alone is read as sparse text. A line is taken as the name only when
it is a person's name of Vietnamese syllables, read with some confidence, whose family name is
a known one; otherwise the record keeps its MISSING_SIGNER_NAME issue.
"""

from __future__ import annotations

import contextlib
import re
import statistics
from collections.abc import Callable, Iterator

from PIL import Image

from vbadmin.extract.signature import (
    bare_word,
    family_keys,
    name_in_line,
    of_vietnamese_letters,
    opens_with_family_name,
    split_honorific,
)
from vbadmin.model import Document, Evidence, Issue
from vbadmin.normalize import loose_key, loose_words, match_key
from vbadmin.pages import Line, Page, Word
from vbadmin.seal import without_large_marks

Box = tuple[float, float, float, float]
Found = tuple[str, float, Box]  # a name, its confidence, its box

__all__ = ["reread_signer_name"]

# The name sits under the signature: a few line heights below the titles (the space to sign),
# eleven on the real 2338 under its large seal.
ZONE_LINE_HEIGHTS = 13.0
MIN_NAME_CONFIDENCE = 0.5
# The readings of the zone, in turn while no name is found: where print ends between the
# darkest ink (0) and the paper (1), and whether marks too large to be print are dropped (a
# seal's ring, a signature, as black as the type in black and white). Tight first, which drops
# the seal's ring and most pen strokes; looser when that left a faint or blurred name in pieces;
# last with the large marks kept, for a name a black pen's stroke runs into.
PRINT_READINGS = ((0.25, True), (0.45, True), (0.25, False))


def reread_signer_name(doc: Document, pages: list[Page]) -> None:
    """Fill doc.signatory.name from a second OCR of the signature zone, when it was missing or
    read without its family name."""
    try:
        _reread(doc, pages)
    except Exception as exc:  # noqa: BLE001 - a failed second look leaves the name missing, not the parse
        doc.issues.append(Issue(code="MISSING_SIGNER_NAME", field="signatory",
                                message=f"second reading of the name failed: {exc!r}", severity="info"))
    # The mends read the person's name: a rank or degrees before it ("Đại tá") are set aside.
    honorific = split_honorific(doc.signatory.name or "")[0] if doc.signatory else ""
    if honorific and doc.signatory and doc.signatory.name:
        doc.signatory.name = doc.signatory.name[len(honorific) :]
    with contextlib.suppress(Exception):  # a failed second look leaves the name as first read
        _complete_family_name(doc, pages)
    with contextlib.suppress(Exception):
        _mend_foreign_letters(doc, pages)
    if honorific and doc.signatory and doc.signatory.name:
        doc.signatory.name = honorific + doc.signatory.name


def _signature_page(doc: Document, pages: list[Page]) -> tuple[Page, Evidence, Box] | None:
    """The OCR'd page of the signature block, with its image; the block's evidence and box."""
    evidence = doc.evidence.get("signatory")
    if doc.signatory is None or evidence is None or evidence.source != "ocr":
        return None
    if evidence.page is None or evidence.box is None or not 1 <= evidence.page <= len(pages):
        return None
    page = pages[evidence.page - 1]
    return (page, evidence, evidence.box) if page.image is not None and page.lines else None


def _reread(doc: Document, pages: list[Page]) -> None:
    found_page = _signature_page(doc, pages)
    if found_page is None or doc.signatory is None or doc.signatory.name:
        return
    page, evidence, box = found_page
    found = _name_in_zone(page, _zone_below(page, box), box)
    if found is None:
        return
    doc.issues = [i for i in doc.issues if i.code != "MISSING_SIGNER_NAME"]
    _take_name(doc, evidence, found, f"name {found[0]!r} read from the signature zone without seal ink")


def _complete_family_name(doc: Document, pages: list[Page]) -> None:
    """"Văn Thuân": a name read without its family name (a seal or a pen stroke across it;
    a Vietnamese name opens with one). The block is read again without seal and pen ink, and a
    name there that ends with the words read, opening with a known family name, is taken."""
    found_page = _signature_page(doc, pages)
    if found_page is None or doc.signatory is None or not doc.signatory.name:
        return
    read = doc.signatory.name
    if match_key(read.split()[0]) in family_keys():
        return
    page, evidence, box = found_page
    found = _name_in_zone(page, _zone_around(page, box), box, accept=lambda name: _completes(name, read))
    if found is not None:
        # Only the words that were lost are taken: the page reading of the others stands.
        name, confidence, box = found
        completed = " ".join(name.split()[: len(name.split()) - len(read.split())] + read.split())
        _take_name(doc, evidence, (completed, confidence, box), f"name {read!r} completed as {completed!r}")


def _mend_foreign_letters(doc: Document, pages: list[Page]) -> None:
    """"Phạm Huy Nam Äơn": a word of the name with a letter Vietnamese does not have (seal ink
    read as a mark). The block is read again without seal and pen ink, and where the whole
    name is read again, its other words the same, the word read in its place is taken.
    Failing that the name stays as read, and an issue says which word is wrong; unless it does
    not open with a family name, marks aside ("Ÿ Ki CƯ": seal ink read as letters), when it is
    no name."""
    found_page = _signature_page(doc, pages)
    if found_page is None or doc.signatory is None or not doc.signatory.name:
        return
    read = doc.signatory.name
    words = read.split()
    foreign = [i for i, word in enumerate(words) if not of_vietnamese_letters(bare_word(word))]
    if not foreign:
        return
    page, evidence, box = found_page
    left, top, right, _ = _zone_around(page, box)
    zone = (left, top, right, _zone_below(page, box)[3])  # the block and the space under it
    found: Found | None = None
    with contextlib.suppress(Exception):  # a failed second look leaves the name as read
        found = _best_mend(page, zone, words, foreign)
    if found is not None:
        _take_name(doc, evidence, found, f"name {read!r} read again as {found[0]!r}")
        return
    if not opens_with_family_name(read):
        doc.signatory.name = None
        doc.evidence.pop("signatory.name", None)
        doc.issues.append(Issue(code="MISSING_SIGNER_NAME", field="signatory", severity="warning",
                                message=f"{read!r} read for a name: no family name, not Vietnamese letters"))
        _reread(doc, pages)
        return
    doc.issues.append(Issue(
        code="SUSPECT_SIGNER_NAME", field="signatory", severity="warning",
        message=f"{', '.join(repr(words[i]) for i in foreign)} in the name: not Vietnamese letters",
    ))


def _best_mend(
    page: Page, zone: tuple[int, int, int, int], words: list[str], foreign: list[int]
) -> Found | None:
    """The most confident mend of the name found in the zone's lines, its box on the page."""
    best: Found | None = None
    for line, (dx, dy) in _lines_in_print(page, zone):
        mend = _mended(words, foreign, line)
        if mend is not None and (best is None or mend[1] > best[1]):
            name, confidence, (x0, y0, x1, y1) = mend
            best = (name, confidence, (x0 + dx, y0 + dy, x1 + dx, y1 + dy))
    return best


def _mended(words: list[str], foreign: list[int], line: Line) -> Found | None:
    """The name read again in `line`: a run of as many words where each foreign-lettered word
    is read as a Vietnamese capitalised word about as long, with some confidence, and the
    other words are the same (marks aside) beside it and in at least two places (all of them
    for a name of two or three words: a "Nơi nhận" item "PCT. Trần Văn Đức" is no reading of
    "Nguyễn Văn Äức"). The most confident such run: the name with only those words replaced,
    the least confidence of the words taken, and the run's box (in the line's pixels)."""
    read = [(bare_word(word.text), word) for word in line.words]
    sound = [k for k in range(len(words)) if k not in foreign]
    if not sound:
        return None  # nothing to tell where the name is read again
    beside = {k + step for k in foreign for step in (-1, 1)} & set(sound)
    runs = []
    for start in range(len(read) - len(words) + 1):
        run = read[start : start + len(words)]
        if not all(_reads_misread(words[k], *run[k]) for k in foreign):
            continue
        same = {k for k in sound if loose_key(run[k][0]) == loose_key(words[k])}
        if beside <= same and len(same) >= min(2, len(sound)):
            name = " ".join(run[k][0] if k in foreign else words[k] for k in range(len(words)))
            confidence = min(run[k][1].confidence for k in foreign)
            runs.append((name, confidence, _box_of([word for _, word in run])))
    return max(runs, key=lambda found: found[1]) if runs else None


def _reads_misread(printed: str, text: str, word: Word) -> bool:
    """A word read again where the first reading had foreign letters: a sound name's word,
    about as long, read with some confidence."""
    return (of_vietnamese_letters(text) and text[:1].isupper() and not text.isupper()
            and abs(len(text) - len(printed)) <= 1 and word.confidence >= MIN_NAME_CONFIDENCE)


def _completes(name: str, read: str) -> bool:
    """"Hoàng Văn Thuân" completes "Văn Thuân": longer, ending with the same words (marks aside)."""
    words, tail = name.split(), read.split()
    return len(words) > len(tail) and list(map(loose_key, words[-len(tail) :])) == list(map(loose_key, tail))


def _take_name(doc: Document, evidence: Evidence, found: Found, message: str) -> None:
    assert doc.signatory is not None
    name, confidence, box = found
    doc.signatory.name = name
    doc.issues.append(Issue(code="OCR_REPAIRED", field="signatory",
                            message=f"{message} (confidence {confidence:.2f})", severity="info"))
    doc.evidence["signatory.name"] = Evidence(
        page=evidence.page, box=box, unit="px", ocr_confidence=confidence,
        confidence=round(confidence, 3), source="ocr",
    )


def line_height(page: Page) -> float:
    """The page's usual word height: its line height, in its own units."""
    return statistics.median(w.y1 - w.y0 for line in page.lines for w in line.words)


def _zone_below(page: Page, box: Box) -> tuple[int, int, int, int]:
    """The signature zone under the title lines: as wide again on either side (a long name is
    centred under a short title), down to ZONE_LINE_HEIGHTS line heights, or on to the first
    row without ink (a name set low is not cut in half)."""
    height = line_height(page)
    left, right = _zone_columns(page, box, height)
    y1 = box[3]
    bottom = min(int(page.height), int(y1 + ZONE_LINE_HEIGHTS * height))
    return left, int(y1 + 0.2 * height), right, _blank_row_from(page, left, right, bottom, int(2 * height))


def _zone_columns(page: Page, box: Box, height: float) -> tuple[int, int]:
    """The zone's left and right: the block as wide again on either side, at least twelve line
    heights wide."""
    half_width = max(box[2] - box[0], 12 * height) / 2
    centre = (box[0] + box[2]) / 2
    return max(0, int(centre - 2 * half_width)), min(int(page.width), int(centre + 2 * half_width))


INK = 128  # a pixel darker than this (0–255 grey) is ink, when looking for a row of none


def _blank_row_from(page: Page, left: int, right: int, top: int, reach: int) -> int:
    """The first row from `top` down with no ink between `left` and `right`, at most `reach`
    rows down (`top` itself when there is no image)."""
    import numpy as np

    if page.image is None:
        return top
    bottom = min(int(page.height), top + reach)
    rows = np.asarray(page.image.crop((left, top, right, bottom)).convert("L")).min(axis=1, initial=255)
    blank = np.flatnonzero(rows >= INK)
    return top + int(blank[0]) if len(blank) else bottom


def _zone_around(page: Page, box: Box) -> tuple[int, int, int, int]:
    """The signature block itself and a few lines below it: the name was read inside it."""
    height = line_height(page)
    left, right = _zone_columns(page, box, height)
    return left, max(0, int(box[1])), right, min(int(page.height), int(box[3] + 3 * height))


def _read_print(image: Image.Image, page: Page) -> Page:
    from vbadmin.load.ocr import TesseractEngine

    # Sparse text (psm 11): the name is a few words among seal and signature strokes, which
    # make a block or column reading (psm 6, psm 3) give up on the whole zone.
    return TesseractEngine(psm=11, timeout=30).read(image, page.number, page.dpi or 300)


def _lines_in_print(page: Page, zone: tuple[int, int, int, int]) -> Iterator[tuple[Line, tuple[int, int]]]:
    """The lines of the zone's black print, for each reading in turn, with the zone's offset."""
    assert page.image is not None
    crop, height = page.image.crop(zone), line_height(page)
    for darkness, without_large in PRINT_READINGS:
        print_only = black_print(crop, darkness, height if without_large else None)
        for line in _read_print(print_only, page).lines:
            yield line, (zone[0], zone[1])


def _name_on_line(line: Line, accept: Callable[[str], bool], span: tuple[float, float]) -> Found | None:
    """The name a line of the second reading holds, when it sits under the block (`span`, in
    the line's pixels): the name, its confidence and its box."""
    name = name_in_line(line.text)
    if name is None or not accept(name):
        return None
    # Rows run across the zone: the name's own words must sit under the block, and not after a
    # list dash or a title's abbreviation ("- PCT. Vương Thành Chung": the "Nơi nhận" list of
    # the left column names people too).
    start, in_name = _words_of(name, line)
    if not span[0] <= (in_name[0].x0 + in_name[-1].x1) / 2 <= span[1]:
        return None
    if start > 0 and _list_item_before(line.words[start - 1], in_name[0], span[0]):
        return None
    confidence = _name_confidence(name, in_name)
    return (name, confidence, _box_of(in_name)) if confidence >= MIN_NAME_CONFIDENCE else None


def _name_confidence(name: str, in_name: list[Word]) -> float:
    """The least confidence of the name's words as read: every word must be read with some
    confidence, for a middle name half lost under a pen stroke ("Lông" for Công) is still a
    syllable, and a wrong name is worse than none. But a family name the stroke ran through
    ("Xzuyễn", read with 0.02) that was mended to the one family name it plainly is does not
    count, when the other words, two at least, were read as printed."""
    words = name.split()
    family = len(split_honorific(name)[0].split())
    as_printed = [word for k, word in enumerate(in_name)
                  if k < len(words) and loose_key(bare_word(word.text)) == loose_key(words[k])]
    mended_family_only = (len(in_name) == len(words) and len(as_printed) == len(words) - 1 >= 2
                          and loose_key(bare_word(in_name[family].text)) != loose_key(words[family]))
    counted = as_printed if mended_family_only else in_name
    return min(word.confidence for word in counted)


# A dash (or OCR's "~" for one) opening a list item, or the abbreviation of a title before a
# name ("PCT.", "Đ/c"), but not a degree a signer may print before the name ("TS.", "PGS.").
_LIST_DASH = re.compile(r"^[-–~+•*]+$")
_LIST_MARK = re.compile(
    r"^(?:(?!(?:TS|BS|KS|GS|PGS|CN|LS|DS|NGƯT|NGND|NSƯT)\.)[A-ZĐ]{1,4}\.|Đ/[cC]|[Ôô]ng|[Bb]à)$"
)


def _list_item_before(before: Word, first: Word, block_left: float) -> bool:
    """The word right before a name, next to it, marks the name as a list item's ("- PCT.
    Vương Thành Chung": the "Nơi nhận" list of the left column names people too). A dash does
    only in the left column: under the block it is a piece of the seal's ring ("-- Phạm Huy")."""
    next_to = first.x0 - before.x1 < 1.5 * (first.y1 - first.y0)
    dash = bool(_LIST_DASH.match(before.text)) and before.x0 < block_left
    return next_to and (dash or bool(_LIST_MARK.match(before.text)))


def _words_of(name: str, line: Line) -> tuple[int, list[Word]]:
    """Where the name is read in `line` (rows run across the zone, and the left column may
    hold its words too): the run of as many words agreeing with it most (marks aside; the name
    may have been repaired), the rightmost of equals; all of the line when none agrees."""
    keys = loose_words(name)
    read = [loose_key(bare_word(word.text)) for word in line.words]
    best, best_start = 0, 0
    for start in range(max(1, len(read) - len(keys) + 1)):
        window = read[start : start + len(keys)]
        agreeing = sum(1 for key, word in zip(keys, window, strict=False) if key == word)
        if agreeing and agreeing >= best:
            best, best_start = agreeing, start
    if not best:
        return 0, line.words
    return best_start, line.words[best_start : best_start + len(keys)]


def _box_of(words: list[Word]) -> Box:
    return (min(w.x0 for w in words), min(w.y0 for w in words),
            max(w.x1 for w in words), max(w.y1 for w in words))


def black_print(colour: Image.Image, darkness: float = 0.25, text_height: float | None = None) -> Image.Image:
    """Only the black print of a colour crop, as black on white: a pixel is print when all
    three channels are dark, so red seal ink (red high), blue pen (blue high) and grey halftone
    drop out. The cut sits between the darkest ink and the paper (faded scans print grey).
    Given the page's line height (`text_height`), marks too large to be print are dropped too:
    on a black-and-white scan the seal's ring and the signature are as black as the type."""
    import numpy as np

    brightest = np.asarray(colour.convert("RGB")).max(axis=2)
    ink, paper = np.percentile(brightest, [0.5, 50])
    cut = ink + darkness * (paper - ink)
    print_mask = brightest < cut
    if text_height is not None:
        print_mask = without_large_marks(print_mask, text_height)
    return Image.fromarray(np.where(print_mask, 0, 255).astype(np.uint8))


def _name_in_zone(page: Page, zone: tuple[int, int, int, int], block: Box,
                  accept: Callable[[str], bool] = lambda name: True) -> Found | None:
    """A name read in the zone's black print, centred under the signature block: the zone
    reaches into the left column, whose "Nơi nhận" items name people too ("PCT. Vương Thành
    Chung")."""
    x0, y0, x1, y1 = zone
    if x1 - x0 < 20 or y1 - y0 < 20:
        return None
    under_block = (block[0] - x0, block[2] - x0)  # the block's left and right in the crop
    for line, (dx, dy) in _lines_in_print(page, zone):  # the second cut is read only if needed
        found = _name_on_line(line, accept, under_block)
        if found is not None:
            name, confidence, (lx0, ly0, lx1, ly1) = found
            return name, confidence, (lx0 + dx, ly0 + dy, lx1 + dx, ly1 + dy)
    return None
