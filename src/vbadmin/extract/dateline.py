"""Place and date line: `Tây Ninh, ngày 22 tháng 11 năm 2024`, with blanks and OCR noise."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from vbadmin.normalize import repair_number

_BLANK = r"[\s.…_]*"
_FIELD = r"[0-9OoIl|]{1,4}"
# "<place>, ngày DD tháng MM năm YYYY"; any part may be a blank of dots or spaces.
DATE_LINE = re.compile(
    rf"^(?:(?P<place>[^,\d]{{1,60}}?)\s*,\s*)?ng[àa]y\s*(?P<day>{_FIELD})?{_BLANK}"
    rf"th[áa]ng\s*(?P<month>{_FIELD})?{_BLANK}n[ăa]m\s*(?P<year>{_FIELD})?",
    re.IGNORECASE,
)
# Dates inside running text: "ngày 05/3/2020", "ngày 28-12-2021", "ngày 05 tháng 3 năm 2020".
INLINE_DATE = re.compile(
    r"ng[àa]y\s*(?P<day>\d{1,2})\s*(?:[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*(?P<year>\d{4})"
    r"|\s+th[áa]ng\s+(?P<month2>\d{1,2})\s*(?:,\s*)?n[ăa]m\s+(?P<year2>\d{4}))",
    re.IGNORECASE,
)


@dataclass
class DateLine:
    place: str | None
    date: str | None  # ISO
    year: int | None
    issues: list[tuple[str, str]] = field(default_factory=list)


def iso_date(day: int, month: int, year: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _digits(raw: str | None, name: str, issues: list[tuple[str, str]]) -> int | None:
    if not raw:
        return None
    repaired, changed = repair_number(raw)
    if not repaired.isdigit():
        issues.append(("UNREADABLE_DATE", f"{name} {raw!r} is not a number"))
        return None
    if changed:
        issues.append(("OCR_REPAIRED", f"{name} {raw!r} read as {repaired}"))
    return int(repaired)


def parse_date_line(text: str) -> DateLine | None:
    """Parse a date line; None if the text is not one."""
    match = DATE_LINE.search(text)
    if not match or (match.start() > 0 and not match["place"]):
        return None
    issues: list[tuple[str, str]] = []
    place = _clean_place(match["place"])
    day = _digits(match["day"], "day", issues)
    month = _digits(match["month"], "month", issues)
    year = _digits(match["year"], "year", issues)
    if day is None or month is None or year is None:
        issues.append(("MISSING_DATE", "the date line has blanks (not yet dated or handwritten)"))
        return DateLine(place, None, year, issues)
    date = iso_date(day, month, year)
    if date is None or not 1945 <= year <= 2100:
        issues.append(("INVALID_DATE", f"{day}/{month}/{year} is not a valid date"))
        return DateLine(place, None, None, issues)
    return DateLine(place, date, year, issues)


def _clean_place(raw: str | None) -> str | None:
    if not raw:
        return None
    place = re.sub(r"\s+", " ", raw).strip(" .…_-")
    return place or None


def inline_date(text: str) -> str | None:
    """The first date written inside running text, as ISO."""
    match = INLINE_DATE.search(text)
    if not match:
        return None
    month = match["month"] or match["month2"]
    year = match["year"] or match["year2"]
    return iso_date(int(match["day"]), int(month), int(year))
