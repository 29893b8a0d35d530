"""Plain text (and text rendered from DOCX) as pages of words on a character grid."""

from __future__ import annotations

import re
import unicodedata

from vbadmin.pages import Line, Origin, Page, Word

# Issue codes of prepared_text
LEGACY_ENCODING_CONVERTED = "LEGACY_ENCODING_CONVERTED"
WEB_PAGE_CUT = "WEB_PAGE_CUT"

TAB_SIZE = 8
# A "word" of a text page is a run of words joined by single spaces: only the wider gaps
# (table columns, indents, blanks left for a number) carry layout, and a long letter then
# makes tens of thousands of objects instead of hundreds of thousands.
_TOKEN = re.compile(r"\S+(?: \S+)*")


def prepared_text(text: str) -> tuple[str, list[str]]:
    """A typed text made ready to read: a letter in TCVN3 or VNI converted, lines damaged on the
    way read back, the web page around a copied letter cut off; with the issue codes of what was
    done."""
    from vbadmin.load.textlayer import (
        assess_text_layer,
        convert_legacy,
        convert_tcvn3_typed,
        repair_damaged_lines,
        shows_legacy_bytes,
    )
    from vbadmin.load.web_copy import letter_of_web_page

    verdict = assess_text_layer(text) if shows_legacy_bytes(text) else "good"
    if verdict == "legacy_tcvn3":
        text, repaired = convert_tcvn3_typed(text), True  # its capitals font's rows in capitals
    elif verdict == "legacy_vni":
        text, repaired = convert_legacy(text, verdict), True
    else:
        text, repaired = repair_damaged_lines(text)
    text, cut = letter_of_web_page(text)
    return text, [code for code, done in ((LEGACY_ENCODING_CONVERTED, repaired), (WEB_PAGE_CUT, cut)) if done]


def text_pages(text: str, *, origin: Origin = "text") -> list[Page]:
    """One Page per form-feed-separated chunk; one Line per non-blank text line.

    Words keep their character columns (x) and line index (y), so the wide gap between the
    two header columns of `pdftotext -layout` output and blank lines survive as positions.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [_page(chunk, number, origin) for number, chunk in enumerate(text.split("\f"), 1)]


# Double-spaced text (an OCR app's or a web page's copy puts a blank line after every line):
# when nearly every line is followed by one blank line, that blank line means nothing, and a
# run of two or more is the paragraph break.
DOUBLE_SPACED_SHARE = 0.85
DOUBLE_SPACED_MIN_LINES = 12


def _single_spaced(raw_lines: list[str]) -> list[str]:
    filled = [index for index, line in enumerate(raw_lines) if line.strip()]
    gaps = [after - before for before, after in zip(filled, filled[1:], strict=False)]
    one_blank = sum(gap == 2 for gap in gaps)
    if len(filled) < DOUBLE_SPACED_MIN_LINES or one_blank < DOUBLE_SPACED_SHARE * len(gaps):
        return raw_lines
    lines = [raw_lines[filled[0]]]
    for gap, index in zip(gaps, filled[1:], strict=True):
        lines += [""] * (gap > 2) + [raw_lines[index]]
    return lines


# A web page's table row, "| Nơi nhận: … | KT. TRƯỞNG BAN … |": its inner borders are column
# gaps; the outer ones go (kept, they would indent the row as if it were a second column).
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_INNER_BORDER = re.compile(r"\s*\|\s*")
_INNER_CELL_BORDER = re.compile(r"\S \| |^\s*\| \S")
PIPED_ROWS = 4


def _table_cells(row: str) -> str:
    inner = row.strip().removeprefix("|").removesuffix("|").strip()
    return _INNER_BORDER.sub(" " * TAB_SIZE, inner)


def _page(chunk: str, number: int, origin: Origin) -> Page:
    raw_lines = _single_spaced(chunk.split("\n"))
    # a web page's copy sets its table's cells apart by " | " on many rows; one such row is prose
    piped = sum(bool(_INNER_CELL_BORDER.search(raw)) for raw in raw_lines) >= PIPED_ROWS
    lines: list[Line] = []
    width = 0
    for index, raw in enumerate(raw_lines):
        # A tab separates table cells (docx, spreadsheets): always a wide column gap, never the
        # one or two columns that expanding to the next tab stop may give; so does a table's
        # border drawn round a row or between its cells.
        bordered = _TABLE_ROW.match(raw) or (piped and _INNER_CELL_BORDER.search(raw))
        expanded = _table_cells(raw) if bordered else raw
        expanded = expanded.replace("\t", " " * TAB_SIZE).rstrip()
        width = max(width, len(expanded))
        words = [_word(match, index) for match in _TOKEN.finditer(expanded)]
        if words:  # blank lines stay visible as gaps in y
            lines.append(Line(words=words))
    return Page(
        number=number, width=float(width), height=float(len(raw_lines)),
        unit="char", origin=origin, lines=lines,
    )


def _word(match: re.Match[str], line_index: int) -> Word:
    return Word(
        text=match.group(0),
        x0=match.start(), y0=line_index,
        x1=match.end(), y1=line_index + 1,
    )
