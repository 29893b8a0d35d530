"""Small text helpers: tone-mark placement, date lines, wrapping, case."""

from __future__ import annotations

import re
import textwrap
from datetime import date

_FIRST_TO_MAIN = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
_PAIRS: dict[str, str] = {}
for _src, _dst in _FIRST_TO_MAIN.items():
    _PAIRS[_src] = _dst
    _PAIRS[_src.upper()] = _dst.upper()
    _PAIRS[_src[0].upper() + _src[1]] = _dst[0].upper() + _dst[1]
_PAIR_RE = re.compile("(?<![qQ])(" + "|".join(sorted(_PAIRS, key=len, reverse=True)) + r")(?!\w)")


def main_vowel_style(text: str) -> str:
    """Move tone marks of open oa/oe/uy syllables to the main vowel: hòa → hoà, ủy → uỷ."""
    return _PAIR_RE.sub(lambda m: _PAIRS[m.group(1)], text)


def styled(text: str, main_vowel: bool) -> str:
    return main_vowel_style(text) if main_vowel else text


def pad_day(day: int) -> str:
    return f"{day:02d}"


def pad_month(month: int) -> str:
    """Months 1 and 2 get a leading zero; 3–12 never do (NĐ 30)."""
    return f"{month:02d}" if month <= 2 else str(month)


def date_words(d: date) -> str:
    return f"ngày {pad_day(d.day)} tháng {pad_month(d.month)} năm {d.year}"


def date_short(d: date, style: int) -> str:
    """A citation date in one of the forms seen in body text."""
    if style == 0:
        return f"{pad_day(d.day)}/{pad_month(d.month)}/{d.year}"
    if style == 1:
        return f"{d.day}/{d.month}/{d.year}"
    if style == 2:
        return f"{pad_day(d.day)}-{d.month:02d}-{d.year}"
    return f"{pad_day(d.day)} tháng {pad_month(d.month)} năm {d.year}"


def pad_number(n: int) -> str:
    """Numbers below 10 get a leading zero."""
    return f"{n:02d}" if n < 10 else str(n)


def wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, break_long_words=False) or [text]


def upper_vi(text: str) -> str:
    return text.upper()


def cap_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
VI_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m"]
