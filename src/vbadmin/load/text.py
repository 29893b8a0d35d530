"""Plain text (and text rendered from DOCX) as pages of words on a character grid."""

from __future__ import annotations

import re
import unicodedata

from vbadmin.pages import Line, Origin, Page, Word

TAB_SIZE = 8
# A "word" of a text page is a run of words joined by single spaces: only the wider gaps
# (table columns, indents, blanks left for a number) carry layout, and a long letter then
# makes tens of thousands of objects instead of hundreds of thousands.
_TOKEN = re.compile(r"\S+(?: \S+)*")


def text_pages(text: str, *, origin: Origin = "text") -> list[Page]:
    """One Page per form-feed-separated chunk; one Line per non-blank text line.

    Words keep their character columns (x) and line index (y), so the wide gap between the
    two header columns of `pdftotext -layout` output and blank lines survive as positions.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [_page(chunk, number, origin) for number, chunk in enumerate(text.split("\f"), 1)]


def _page(chunk: str, number: int, origin: Origin) -> Page:
    raw_lines = chunk.split("\n")
    lines: list[Line] = []
    width = 0
    for index, raw in enumerate(raw_lines):
        # A tab separates table cells (docx, spreadsheets): always a wide column gap, never the
        # one or two columns that expanding to the next tab stop may give.
        expanded = raw.replace("\t", " " * TAB_SIZE).rstrip()
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
