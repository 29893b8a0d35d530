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

LETTERHEAD_ROWS = 8  # the letterhead's rows over its national header: bodies, rule, "*", number, V/v
MIN_FURNITURE = 2
SHORT_ROW = 60  # a page's row below the letter is short: a heading, a link, a notice
_CELL_BORDERS = re.compile(r"^[\s|]+|[\s|]+$")
_CELL_GAP = re.compile(r"\t| \| |\s{3,}")  # a tab, a drawn border, a menu's wide gap
_RULE_OR_STAR = re.compile(r"^[-_=*~.\s|]+$")
# rows of a letterhead's left column that may come before its national header in a copy
_LEFT_COLUMN_ROW = re.compile(r"^(?:S[ốố]\s*:?\s*\S|V/v\b|Về\s+việc\b)")
# the letter's own rows a page's rows never are: a number, a subject, a mark, a received stamp
_LETTER_ROW = re.compile(
    r"^(?:S[ốố]\s*:?\s*\d|V/v\b|HỎA\s+TỐC|THƯỢNG\s+KHẨN|KHẨN|MẬT|TỐI\s+MẬT|TUYỆT\s+MẬT|ĐẾN\b)")
_FOOTER_OPENS = re.compile(r"^(?:Nơi\s+nhận\s*:|\(Đã\s+ký\)|(?:TM|KT|TL|TUQ|T/M|K/T|T/L)[.\s])")
HEADER_KINDS = ("state", "party", "mass")


def letter_of_web_page(text: str) -> tuple[str, bool]:
    """The letter without the web page around it; whether anything was cut."""
    lines = text.split("\n")
    header = next((i for i, line in enumerate(lines) if _national_header_row(line)), None)
    if header is None:
        return text, False
    start = _start_of_letter(lines, header)
    end = _end_of_letter(lines, start)
    if start == 0 and end == len(lines):
        return text, False
    return "\n".join(lines[start:end]), True


def _start_of_letter(lines: list[str], header: int) -> int:
    """Where the letter starts when two rows or more above its letterhead are a page's: its
    letterhead's first row, or the row after the page's last when a row of the letter's own (a
    mark, its number) lies between."""
    letterhead = _letterhead_start(lines, header)
    furniture = [i for i in range(letterhead) if _furniture(lines[i], "above")]
    if len(furniture) < MIN_FURNITURE:
        return 0
    between = lines[furniture[-1] + 1 : letterhead]
    if any(_LETTER_ROW.match(_CELL_BORDERS.sub("", line)) for line in between):
        return furniture[-1] + 1
    return letterhead


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _CELL_GAP.split(_CELL_BORDERS.sub("", line)) if cell.strip()]


def _national_header_row(line: str) -> bool:
    """A row with the national or Party header (or a mass organisation's) in capitals: not a
    sentence or a list item naming the Party."""
    return any(is_upper_line(cell) and national_header_kind(cell) in HEADER_KINDS for cell in _cells(line))


def _letterhead_start(lines: list[str], header: int) -> int:
    """The first of the letterhead's rows over the national header's row: a body's name in
    capitals, a rule, the Party's star, the number, a subject under the number; no blank row
    between."""
    start = header
    while start > 0 and header - start < LETTERHEAD_ROWS:
        above = _CELL_BORDERS.sub("", lines[start - 1]).strip()
        letterhead_row = is_upper_line(above) or _RULE_OR_STAR.match(above) or _LEFT_COLUMN_ROW.match(above)
        if not above or not letterhead_row:
            break
        start -= 1
    return start


def _end_of_letter(lines: list[str], start: int) -> int:
    opens = (i for i in range(start, len(lines)) if _FOOTER_OPENS.match(_CELL_BORDERS.sub("", lines[i])))
    footer = next(opens, None)
    if footer is None:
        return len(lines)
    rows = range(footer + 1, len(lines))
    page_rows = (i for i in rows if (len(lines[i].strip()) <= SHORT_ROW or _labelled(lines[i]))
                 and _furniture(lines[i], "below"))
    return next(page_rows, len(lines))


def _labelled(line: str) -> bool:
    return bool(re.match(r"^[^:\t]{2,40}(?::|\t)", line.strip()))


def _furniture(line: str, where: str) -> bool:
    """A row whose first cell, up to a ":" or a " / " (breadcrumbs), is one of the page's, or
    opens with one of two words or more ("Cập nhật lúc", "Bản quyền thuộc …"); in capitals or
    sentence case, never a wrapped line's lower-case rest ("lưu trữ theo …")."""
    cells = _cells(line)
    if not cells or not cells[0][:1].isupper():
        return False
    label = match_key(_LABEL_END.split(cells[0])[0].rstrip(". "))
    return any(label == key or (" " in key and label.startswith(key + " ")) for key in _keys(where))


_LABEL_END = re.compile(r"\s*(?::|\s[|/»›>]\s)")


@cache
def _keys(where: str) -> frozenset[str]:
    return frozenset(match_key(row) for row in vocab.web_page_rows(where))
