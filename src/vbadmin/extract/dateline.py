"""Place and date line: `Tây Ninh, ngày 22 tháng 11 năm 2024`, with blanks and OCR noise."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from vbadmin import vocab
from vbadmin.normalize import repair_number

_FIELD = r"[0-9OoIl|]{1,4}\]?"  # "202]": see _bracket_as_one
# "<place>, ngày DD tháng MM năm YYYY". The day and month may be blank (dots, spaces) or what
# OCR made of a handwritten figure ("U6_", "5$"): up to 8 characters, judged by _digits. A
# place holds no figure but a numbered district's or ward's ("Quận 8", "Phường 3", "Hà Giang 1").
DATE_LINE = re.compile(
    r"^(?:(?P<place>[^,\d]{1,60}?(?:(?<=[^\W\d_])\s\d{1,2})?)\s*(?P<comma>,)?\s*)?"
    rf"ng[àaáảãạ]y(?P<day>.{{0,8}}?)"
    # OCR puts other marks on these words: "thảng", "thẳng", "măm", "nắm" or "nấm" for "năm"
    rf"th[áaàảãạăắằẳẵặ]ng(?P<month>.{{0,8}}?)[nm][ăắằẳẵặaáàảãạâấầẩẫậ]m\s*:?\s*(?P<year>{_FIELD})?",
    re.IGNORECASE,
)
_BLANK_FIELD = re.compile(r"^[\s.…_]*$")
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


# Said of a figure OCR half read ("2]" kept as 2): the handwriting reader may complete it.
PARTLY_READ = "its first figures only"
_ONES_APART = re.compile(r"^[1Il|] [1Il|]$")  # "I I": a printed 11 read as two ones apart
def _bracket_as_one(year: str) -> str:
    """"202]": an italic 1 after a year's figures read as a bracket, when the year lacks a figure;
    else the bracket is the transcription's ("năm 2021]"). A day's or month's ("2]") is not
    looked at here: it stays half read, for the readers of the figures to complete."""
    if year.endswith("]") and year[:-1].isdigit():
        return year[:-1] + "1" if len(year) <= 4 else year[:-1]
    return year
# A printed 5 read as an S with a caron (its flag): "ngày Š". A bare S may be a 5 or an 8
# ("tháng S" for an italic 8): left to the handwriting reader, which reads the figure.
_FIVE_AS_S = {"Š", "š"}


def _digits(raw: str | None, name: str, issues: list[tuple[str, str]]) -> int | None:
    """The number in a day, month or year field; None (with an issue) when it is not one."""
    if raw is None or _BLANK_FIELD.match(raw):
        return None
    field = raw.strip(" .…_:")  # "ngày : 10": a speck between the word and the figure
    if name == "year" and (bracketed := _bracket_as_one(field)) != field:
        issues.append(("OCR_REPAIRED", f"{name} {raw.strip()!r} read as {bracketed}"))
        field = bracketed
    if _ONES_APART.match(field):
        field = field.replace(" ", "")
    if field in _FIVE_AS_S:
        issues.append(("OCR_REPAIRED", f"{name} {raw.strip()!r} read as 5"))
        return 5
    repaired, changed = repair_number(field)
    if not repaired.isdigit():
        # OCR of a handwritten figure: keep the digits of its first token ("5$" → 5, "5 4" → 5).
        first = re.sub(r"\D", "", repair_number(field.split()[0])[0])
        if not first or len(first) > 2:
            issues.append(("UNREADABLE_DATE", f"{name} {raw.strip()!r} is not a number"))
            return None
        issues.append(("OCR_REPAIRED", f"{name} {raw.strip()!r} read as {first} ({PARTLY_READ})"))
        return int(first)
    if changed:
        issues.append(("OCR_REPAIRED", f"{name} {raw.strip()!r} read as {repaired}"))
    return int(repaired)


_NUMBERED = re.compile(r"\s\d{1,2}\s*$")


def _proper_name(place: str) -> bool:
    """"Quận 8", "Phường 3", "Hà Giang 1": a numbered district's or ward's name, or a name of two
    words or more in title case before its number (not "Đợt 1", "Số 12", "LẦN THỨ 12")."""
    words = place.split()[:-1]
    if len(words) == 1 and words[0].lower() in ("quận", "phường"):
        return True
    return len(words) >= 2 and all(word[:1].isupper() and not word.isupper() for word in words)


def parse_date_line(text: str) -> DateLine | None:
    """Parse a date line; None if the text is not one."""
    match = DATE_LINE.search(text)
    if not match or (match.start() > 0 and not match["place"]):
        return None
    if not match["place"] and match["day"].lstrip().startswith(":"):
        return None  # "Ngày: 14 tháng 3 năm 2017 15:42": an e-mail's header, no date line
    if match["place"] and not match["comma"] and vocab.province_name(match["place"].strip()) is None:
        return None  # "Lào Cai ngày …" lost its comma; any other words before "ngày" are a sentence
    if match["place"] and _NUMBERED.search(match["place"]) and not _proper_name(match["place"]):
        return None  # "Công văn số 12, ngày …": a figure after words of a sentence, not a ward's name
    issues: list[tuple[str, str]] = []
    place = _clean_place(match["place"])
    day = _digits(match["day"], "day", issues)
    month = _digits(match["month"], "month", issues)
    year = _digits(match["year"], "year", issues)
    if day is None or month is None or year is None:
        issues.append(("MISSING_DATE", "the date line has blanks (not yet dated or handwritten)"))
        return DateLine(place, None, year, issues)
    date = iso_date(day, month, year)
    plausible_year = 1945 <= year <= 2100
    if date is None or not plausible_year:
        issues.append(("INVALID_DATE", f"{day}/{month}/{year} is not a valid date"))
        # "ngày 07 tháng T0 năm 2025": the month is misread, the year still holds.
        return DateLine(place, None, year if plausible_year else None, issues)
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
