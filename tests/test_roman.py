"""Roman numerals whose I strokes OCR read as one, put back from the width of their box."""

from __future__ import annotations

import pytest

from vbadmin.pages import Line, Page, Word
from vbadmin.parse import parse_files
from vbadmin.roman import ink_width, restore_roman_strokes

CAP = 40.0  # px: the capital height of the print


def _page(read: str, printed: str, reference: str | None = "2017") -> Page:
    """A line "lần thứ <read> năm 2017" whose numeral's box is as wide as `printed`."""
    words = [Word("lần", 0, 0, 60, 45), Word("thứ", 70, 0, 130, 45)]
    words.append(Word(read, 140, 0, 140 + ink_width(printed) * CAP, CAP))
    if reference:
        words.append(Word(reference, 400, 0, 480, CAP))
    return Page(number=1, width=2480, height=3508, unit="px", origin="ocr", lines=[Line(words)])


@pytest.mark.parametrize(
    ("read", "printed", "restored"),
    [
        ("XVII.", "XVIII.", "XVIII."), ("XI;", "XII;", "XII;"), ("XI", "XII", "XII"),
        ("XXII", "XXIII", "XXIII"),
        # as wide as read: as printed
        ("XVII.", "XVII.", "XVII."), ("XII", "XII", "XII"), ("XIV", "XIV", "XIV"),
        ("XIII", "XIII", "XIII"),  # no fourth I: XIIII is no numeral
    ],
)
def test_a_numeral_one_i_too_narrow_for_its_box_gets_it_back(read: str, printed: str, restored: str) -> None:
    page = _page(read, printed)
    restore_roman_strokes(page)
    assert page.lines[0].words[2].text == restored


def test_without_a_word_as_tall_as_a_capital_the_numeral_is_left_as_read() -> None:
    page = _page("XVII.", "XVIII.", reference=None)
    assert restore_roman_strokes(page) == []


def test_real_scan_congresses_keep_their_numbers() -> None:
    """A real scan (shared/realdocs) of 2017 cites the XIIth national and the XVIIIth provincial
    congress; tesseract reads XI and XVII."""
    from test_load import REALDOCS

    pages = [REALDOCS / "scans" / f"hungyen-vphdnd_288-KH-VP_2017_kehoach_p{n}.png" for n in (1, 2)]
    names = {ref.name for ref in parse_files(pages).references if ref.name}
    assert {"Nghị quyết Đại hội Đảng toàn quốc lần thứ XII",
            "Nghị quyết Đại hội Đảng bộ tỉnh Hưng Yên lần thứ XVIII"} <= names


def test_a_numeral_where_none_is_written_is_left_as_read() -> None:
    """"Lưu: VI, KT": the records office's VT read as VI, its box as wide as "VT," is no VII."""
    words = [Word("Lưu:", 0, 0, 80, 45), Word("VI", 90, 0, 90 + ink_width("VII") * CAP, CAP), Word("KT", 200, 0, 260, CAP)]
    page = Page(number=1, width=2480, height=3508, unit="px", origin="ocr", lines=[Line(words)])
    assert restore_roman_strokes(page) == []
