"""OCR words into rows: duplicates Tesseract read twice, and specks that must not set a row's height."""

from __future__ import annotations

import pytest

from vbadmin.load.ocr import drop_overlapping
from vbadmin.load.rows import group_into_rows
from vbadmin.pages import Word


def _word(text: str, x0: float, y0: float, x1: float, y1: float, confidence: float = 0.9) -> Word:
    return Word(text, x0, y0, x1, y1, confidence)


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        # the same stretch read twice: the surer reading stays
        ([_word("Như", 0, 0, 60, 30), _word("Điền3", 70, 0, 150, 30, 0.4), _word("Điêu", 72, 2, 140, 30, 0.8),
          _word("3;", 150, 0, 170, 30)], ["Như", "Điêu", "3;"]),
        # neighbours that touch are two words
        ([_word("Như", 0, 0, 60, 30), _word("trên;", 58, 0, 120, 30)], ["Như", "trên;"]),
        # a word inside a box drawn too wide over it is a word of its own
        ([_word("phố", 1344, 353, 1504, 408, 0.96), _word("Hồ", 1448, 349, 1496, 412, 0.96)], ["phố", "Hồ"]),
        # an underline under a label is no second reading of it
        ([_word("Nơi", 0, 0, 50, 30), _word("nhận:", 60, 0, 140, 30, 0.6), _word("_", 50, 5, 150, 35, 0.95)],
         ["Nơi", "nhận:", "_"]),
        # a tall label's box reaching into the row below does not swallow its word
        ([_word("Nơi", 0, 0, 60, 60, 0.5), _word("Như", 5, 40, 60, 70)], ["Nơi", "Như"]),
        # the same word twice with no space between (a real page: "Giao thông thông Yên Yên Bái")
        ([_word("thông", 804, 2296, 907, 2337, 0.96), _word("thông", 817, 2295, 839, 2327, 0.96),
          _word("Yên", 920, 2296, 952, 2327, 0.96), _word("Yên", 954, 2296, 996, 2327, 0.96),
          _word("Bái;", 1040, 2295, 1081, 2334)], ["thông", "Yên", "Bái;"]),
        # a word printed twice has a space between: both kept
        ([_word("từ", 0, 0, 40, 30), _word("từ", 52, 0, 92, 30)], ["từ", "từ"]),
        # a short box then a taller one of the same word, touching: the taller one's height counts
        ([_word("Yên", 0, 5, 32, 25, 0.5), _word("Yên", 34, 0, 70, 30)], ["Yên"]),
    ],
)
def test_words_read_twice_are_read_once(words: list[Word], kept: list[str]) -> None:
    assert [w.text for w in drop_overlapping(words)] == kept


def test_specks_do_not_set_a_rows_height() -> None:
    # A signature's scraps read as one-letter words, then a dash set low beside them: the row's
    # height is its words', so the dash joins "Như trên" instead of a row of its own.
    words = [_word("5", 300, 95, 306, 105), _word("Ầ", 320, 95, 326, 105), _word("Như", 20, 80, 70, 120),
             _word("-", 0, 110, 8, 114), _word("trên;", 80, 80, 140, 120)]
    rows = group_into_rows(words)
    assert [[w.text for w in row.words] for row in rows] == [["-", "Như", "trên;", "5", "Ầ"]]


def test_a_column_set_lower_keeps_its_first_word() -> None:
    # "Như trên;" on the left (with the signature's specks), "PHÓ CỤC TRƯỞNG" 20 px lower on the
    # right: "TRƯỞNG" is within the row tolerance of the left line, and far closer to its own.
    words = [_word("5", 1656, 748, 1670, 758), _word("Ầ", 1981, 748, 1990, 757),
             _word("-", 379, 761, 390, 764), _word("Như", 413, 733, 480, 784), _word("trên;", 497, 746, 560, 780),
             _word("PHÓ", 1557, 760, 1680, 801), _word("CỤC", 1699, 760, 1820, 812),
             _word("TRƯỞNG", 1839, 753, 2000, 801)]
    rows = group_into_rows(words)
    assert [[w.text for w in row.words] for row in rows] == [
        ["-", "Như", "trên;", "5", "Ầ"], ["PHÓ", "CỤC", "TRƯỞNG"]]


def test_a_dash_set_on_the_baseline_joins_its_row() -> None:
    # A font that sets a list's dash low: its centre is below the row's tolerance, its box
    # within the row's height (a real PDF's "Nơi nhận" list, lienbo_24-HDLN).
    words = [_word("Tòa", 89, 705, 110, 716), _word("án;", 113, 705, 130, 716), _word("-", 83, 714, 86, 716.3),
             _word("-", 83, 719, 86, 729), _word("Bộ", 90, 719, 104, 729), _word("Y", 106, 719, 112, 729)]
    rows = group_into_rows(words)
    assert [[w.text for w in row.words] for row in rows] == [["-", "Tòa", "án;"], ["-", "Bộ", "Y"]]


@pytest.mark.parametrize("speck", ["*", "-"])
def test_a_mark_inside_a_rows_text_is_no_list_mark_of_it(speck: str) -> None:
    # A seal's speck low in the row, right of its first word: outside the row's tolerance, and no
    # dash that opens the row's text, so it stays on a row of its own.
    words = [_word("-", 372, 815, 390, 820), _word("Các", 398, 795, 470, 828), _word("cơ", 479, 805, 520, 828),
             _word("quan", 536, 805, 620, 838), _word(speck, 674, 831, 684, 837)]
    rows = [[w.text for w in row.words] for row in group_into_rows(words)]
    assert rows == [["-", "Các", "cơ", "quan"], [speck]]


def test_a_line_ocr_read_as_one_stays_one_row_on_a_skewed_scan() -> None:
    # "- TCT Lương thực miền Nam (b/c);" rising to the right: the centres of its last words sit
    # a row above its first ones; tesseract read them as one line (one line key): one row.
    line = 3001001
    words = [Word("-", 184, 622, 190, 625, 0.9, line_key=line), Word("TCT", 201, 608, 259, 630, 0.9, line_key=line),
             Word("Lương", 270, 607, 355, 631, 0.9, line_key=line), Word("thực", 367, 602, 426, 627, 0.9, line_key=line),
             Word("miền", 438, 595, 505, 621, 0.9, line_key=line), Word("Nam", 518, 594, 581, 617, 0.9, line_key=line),
             Word("(b/c);", 594, 592, 662, 620, 0.9, line_key=line),
             Word("-", 183, 589, 189, 592, 0.9, line_key=3001000), Word("Như", 201, 575, 260, 597, 0.9, line_key=3001000),
             Word("trên;", 270, 569, 353, 595, 0.9, line_key=3001000)]
    rows = [" ".join(w.text for w in row.words) for row in group_into_rows(words)]
    assert rows == ["- Như trên;", "- TCT Lương thực miền Nam (b/c);"]


def test_two_lines_one_above_the_other_stay_two_rows_whatever_their_keys() -> None:
    # parts of one OCR line that overlap side to side are not one row: the keys alone do not join
    words = [Word("Như", 200, 100, 260, 130, 0.9, line_key=7), Word("trên;", 270, 100, 340, 130, 0.9, line_key=7),
             Word("Lưu:", 200, 146, 260, 176, 0.9, line_key=7), Word("VT.", 270, 146, 330, 176, 0.9, line_key=7)]
    rows = [" ".join(w.text for w in row.words) for row in group_into_rows(words)]
    assert rows == ["Như trên;", "Lưu: VT."]
