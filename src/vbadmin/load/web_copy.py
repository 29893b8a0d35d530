"""A letter copied from a web page with the page around it, cut out of the page.

    text, cut = letter_of_web_page(text)

A legal database, a portal or an e-office system shows a letter inside its page: a menu,
breadcrumbs, a box of the document's properties ("Số hiệu:", "Người ký:") above it; its
related documents, downloads and copyright below. Copied with the mouse, all of it comes along,
and the page's rows read as the letter's issuer, its number or its references. The letter
starts at its letterhead: the rows over (or beside) its national header; the page's rows above
are cut when at least two of them are such furniture (vocab/web_page.json). It ends at the first
furniture row after its "Nơi nhận" or its signature.
"""

from __future__ import annotations

import re
from functools import cache

from vbadmin import vocab
from vbadmin.extract.header import is_upper_line, national_header_kind
from vbadmin.normalize import match_key

__all__ = ["letter_of_web_page"]

LETTERHEAD_ROWS = 6  # the letterhead's rows over its national header: bodies, rule, "*", number
MIN_FURNITURE = 2
_CELL_BORDERS = re.compile(r"^[\s|]+|[\s|]+$")
_CELL_GAP = re.compile(r"\t| \| |\s{3,}")  # a tab, a drawn border, a menu's wide gap
_RULE_OR_STAR = re.compile(r"^[-_=*~.\s|]+$")
_NUMBER_ROW = re.compile(r"^S[ốố]\s*:?\s*\S")
_FOOTER_OPENS = re.compile(r"^(?:Nơi\s+nhận|\(Đã\s+ký\)|(?:TM|KT|TL|TUQ|T/M|K/T|T/L)[.\s])")


def letter_of_web_page(text: str) -> tuple[str, bool]:
    """The letter without the web page around it; whether anything was cut."""
    lines = text.split("\n")
    header = next((i for i, line in enumerate(lines) if _national_header_row(line)), None)
    if header is None:
        return text, False
    start = _letterhead_start(lines, header)
    if sum(_furniture(line, "above") for line in lines[:start]) < MIN_FURNITURE:
        start = 0
    end = _end_of_letter(lines, start)
    if start == 0 and end == len(lines):
        return text, False
    return "\n".join(lines[start:end]), True


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _CELL_GAP.split(_CELL_BORDERS.sub("", line)) if cell.strip()]


def _national_header_row(line: str) -> bool:
    return any(national_header_kind(cell) in ("state", "party") for cell in _cells(line))


def _letterhead_start(lines: list[str], header: int) -> int:
    """The first of the letterhead's rows over the national header's row: a body's name in
    capitals, a rule, the Party's star, the number; no blank row between."""
    start = header
    while start > 0 and header - start < LETTERHEAD_ROWS:
        above = _CELL_BORDERS.sub("", lines[start - 1]).strip()
        if not above or not (is_upper_line(above) or _RULE_OR_STAR.match(above) or _NUMBER_ROW.match(above)):
            break
        start -= 1
    return start


def _end_of_letter(lines: list[str], start: int) -> int:
    opens = (i for i in range(start, len(lines)) if _FOOTER_OPENS.match(_CELL_BORDERS.sub("", lines[i])))
    footer = next(opens, None)
    if footer is None:
        return len(lines)
    return next((i for i in range(footer + 1, len(lines)) if _furniture(lines[i], "below")), len(lines))


def _furniture(line: str, where: str) -> bool:
    """A row whose first cell, up to a ":" or a " / " (breadcrumbs), is one of the page's, or
    opens with one of two words or more ("Cập nhật lúc", "Bản quyền thuộc …")."""
    cells = _cells(line)
    if not cells:
        return False
    label = match_key(_LABEL_END.split(cells[0])[0].rstrip(". "))
    return any(label == key or (" " in key and label.startswith(key + " ")) for key in _keys(where))


_LABEL_END = re.compile(r"\s*(?::|\s[|/»›>]\s)")


@cache
def _keys(where: str) -> frozenset[str]:
    return frozenset(match_key(row) for row in vocab.web_page_rows(where))
