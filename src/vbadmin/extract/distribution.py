"""The "Nơi nhận" list and the drafter/copies mark."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vbadmin import vocab
from vbadmin.extract.header import is_upper_line
from vbadmin.extract.lists import collect_items, starts_with_dash
from vbadmin.extract.signature import split_name_tail
from vbadmin.layout import NOI_NHAN_LABEL, Segment

NOI_NHAN = re.compile(rf"^\W{{0,3}}(?:{NOI_NHAN_LABEL})\s*", re.IGNORECASE)
# Drafter's initials and copies: "PL.(300)", "TYX-88", "NVA(05b)".
DRAFTER_MARK = re.compile(r"^[A-ZĐ]{1,6}[.\-]?\s*\(?\d{1,4}[a-z]?\)?\.?$")


@dataclass
class Distribution:
    items: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)


def find_noi_nhan(segments: list[Segment]) -> int | None:
    return next((i for i, s in enumerate(segments) if NOI_NHAN.match(s.text)), None)


def unlabelled_distribution(segments: list[Segment]) -> Distribution | None:
    """The list when OCR lost its "Nơi nhận:" label: two or more dashed rows in the footer's
    left column (the footer starts at the signature's first line, below the body)."""
    start = next(
        (i for i, s in enumerate(segments) if s.column == "left" and starts_with_dash(s.text)), None
    )
    if start is None:
        return None
    # Without its label the footer was not read column by column: the signature's rows come
    # in between, so the left column's rows are taken on their own.
    left = [s for s in segments[start:] if s.column == "left"]
    items, used = collect_items("", left, _not_distribution)
    return Distribution(items, used) if len(items) >= 2 else None


def read_distribution(segments: list[Segment], start: int) -> Distribution:
    label = segments[start]
    first = NOI_NHAN.sub("", label.text, count=1)
    items, used = collect_items(first, segments[start + 1 :], _not_distribution, label.origin == "ocr")
    return Distribution(items, [label, *used])


def _not_distribution(segment: Segment) -> bool:
    text = segment.text
    return (
        segment.column == "right"
        or bool(DRAFTER_MARK.match(text))
        or vocab.signatory_prefix(text) is not None
        or _title_and_name(text)
        or _title_row(text)
    )


def _title_row(text: str) -> bool:
    """"BỘ TRƯỞNG, CHỦ NHIỆM": a signature's title in capitals under the list (a text that lost
    its table), not the rest of an item; a dashed row is an item ("- THƯỜNG TRỰC TỈNH ỦY")."""
    return not starts_with_dash(text) and is_upper_line(text) and vocab.title_in(text) is not None


def _title_and_name(text: str) -> bool:
    """"BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng": a signature flattened onto one row."""
    title, name = split_name_tail(text)
    return bool(name) and vocab.title_in(title) is not None
