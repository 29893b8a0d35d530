"""A stretch of print the page reading read as nothing, read again on its own (real tesseract).

The page is drawn here and read by tesseract; then one run is given the reading a noisy scan
gave it ("- Như trên;" read as "tệ cứ," with no confidence), and the second look must read the
print again. Runs read with confidence, and specks that are no line of print, are left alone.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ocr_pages import drawn_rows, line_reader
from vbadmin.load import load
from vbadmin.load.ocr import TesseractEngine
from vbadmin.load.unread_runs import reread_unread_runs
from vbadmin.pages import Page, Word

LINES = ["Nơi nhận:", "- Như trên;", "- Văn phòng UBND tỉnh;", "- Sở Công Thương tỉnh Lào Cai;", "- Lưu: VT, KT."]


def _footer() -> Image.Image:
    return drawn_rows(LINES, width=1400, pitch=60, size=40)


def _read_footer(tmp_path: Path) -> tuple[Page, Image.Image]:
    """The drawn footer saved at 300 DPI and read whole by tesseract, with its image."""
    path = tmp_path / "footer.png"
    image = _footer()
    image.save(path, dpi=(300, 300))
    return load(path).pages[0], image


def _misread_in_boxes(page: Page, row: int, words: list[tuple[str, float]], cut_top: float = 0.0) -> None:
    """Give row `row` the words as misread, with their confidences, in boxes whose top is
    `cut_top` of the row's height lower than the print's (the marks above left out)."""
    line = page.lines[row]
    left, top = line.words[0].x0, min(w.y0 for w in line.words)
    right, bottom = line.words[-1].x1, max(w.y1 for w in line.words)
    top += cut_top * (bottom - top)
    step = (right - left) / len(words)
    line.words = [Word(text, left + i * step, top, left + (i + 1) * step - 8, bottom, confidence)
                  for i, (text, confidence) in enumerate(words)]


def _with_line_misread(page: Page, row: int, texts: list[str], confidence: float) -> None:
    """Give row `row` the reading a noisy page gave it: other words, in its words' boxes."""
    _misread_in_boxes(page, row, [(text, confidence) for text in texts])


@pytest.mark.ocr
@pytest.mark.parametrize(
    ("misread", "confidence", "expected"),
    [(["tệ", "cứ,"], 0.05, "- Như trên;"),  # read as nothing: read again
     (["tệ", "cứ,"], 0.8, "tệ cứ,")],  # read with confidence: left as read
)
def test_a_run_read_as_nothing_is_read_again(tmp_path: Path, misread, confidence, expected) -> None:
    page, image = _read_footer(tmp_path)
    assert [line.text for line in page.lines] == LINES  # the drawn page reads right as a whole
    _with_line_misread(page, 1, misread, confidence)
    engine = TesseractEngine()
    changes = reread_unread_runs(page, image, line_reader(engine))
    assert page.lines[1].text == expected
    assert bool(changes) == (expected != " ".join(misread))
    assert [line.text for line in page.lines[2:]] == LINES[2:]  # the other rows are left alone


@pytest.mark.ocr
def test_specks_are_no_line_of_print(tmp_path: Path) -> None:
    """A seal's or a signature's scraps read as a mark or two: never read again."""
    page, image = _read_footer(tmp_path)
    line = page.lines[1]
    speck = replace(line.words[0], text="^", confidence=0.0)
    line.words = [speck]
    assert reread_unread_runs(page, image, line_reader(TesseractEngine())) == []
    assert page.lines[1].words == [speck]


LETTERHEAD = ["TỈNH ỦY GIA LAI", "BAN NỘI CHÍNH", "*", "Số 112-BC/BNCTU"]
BODY = ["Thực hiện Quy định số 132-QĐ/TW của Bộ Chính trị,", "Ban Nội chính Tỉnh ủy báo cáo như sau:",
        "1. Tổng số vụ án, vụ việc đưa vào diện theo dõi;", "2. Kết quả đôn đốc xử lý các vụ việc;",
        "3. Những khó khăn, vướng mắc trong năm qua;", "4. Phương hướng nhiệm vụ năm tiếp theo;",
        "BAN NỘI CHÍNH", "*", "Nơi nhận:"]


def _glued_to_the_row_under(page: Page, index: int) -> None:
    """Give row `index` the reading of a page that glued the row under it (a star) to it:
    garbage with no confidence, in a box two rows tall that stops short of its last letters."""
    line, below = page.lines[index], page.lines[index + 1]
    left, top = line.words[0].x0, min(w.y0 for w in line.words)
    right, bottom = left + 0.7 * (line.words[-1].x1 - left), max(w.y1 for w in below.words)
    step = (right - left) / 3
    line.words = [Word(word, left + i * step, top, left + (i + 1) * step - 8, bottom, confidence)
                  for i, (word, confidence) in enumerate([("SE", 0.22), ("SỀM", 0.0), ("ào", 0.3)])]
    del page.lines[index + 1]


@pytest.mark.ocr
@pytest.mark.parametrize(("row", "expected"), [(1, "BAN NỘI CHÍNH"), (10, "SE SỀM ào")])
def test_a_letterhead_row_glued_to_its_star_is_read_row_by_row(tmp_path: Path, row: int, expected: str) -> None:
    """In the letterhead (the page's top), a garbled run two rows tall (a body's name and the
    Party header's star under it) is read again one row of print at a time, as far as the
    row's ink reaches; lower on the page such a run is left as read."""
    path = tmp_path / "letterhead.png"
    image = drawn_rows(LETTERHEAD + BODY, width=1400, pitch=50, size=40)
    image.save(path, dpi=(300, 300))
    page = load(path).pages[0]
    assert len(page.lines) == len(LETTERHEAD + BODY)  # the drawn page reads a row for each row
    assert page.lines[row].text == (LETTERHEAD + BODY)[row]
    _glued_to_the_row_under(page, row)
    reread_unread_runs(page, image, line_reader(TesseractEngine()))
    assert page.lines[row].text == expected


@pytest.mark.ocr
@pytest.mark.parametrize(("row", "misread", "cut_top"), [
    # the boxes of the garbled words miss the marks above the letters
    (1, [("Nhu", 0.1), ("tren", 0.05)], 0.3),
    # one word barely read, the run as a whole not; the small print's boxes lower than the body's
    (4, [("IuUU", 0.0), ("VI", 0.41)], 0.0),
])
def test_a_garbled_run_is_read_with_its_marks(tmp_path: Path, row, misread, cut_top) -> None:
    page, image = _read_footer(tmp_path)
    assert page.lines[row].text == LINES[row]
    _misread_in_boxes(page, row, misread, cut_top)
    reread_unread_runs(page, image, line_reader(TesseractEngine()))
    assert page.lines[row].text == LINES[row]


@pytest.mark.ocr
def test_a_run_read_the_same_twice_is_no_repair(tmp_path: Path) -> None:
    """A barely read run whose second reading gives the same words: nothing to report."""
    page, image = _read_footer(tmp_path)
    line = page.lines[1]
    line.words = [replace(word, confidence=0.2) for word in line.words]  # "- Như trên;" as printed
    assert reread_unread_runs(page, image, line_reader(TesseractEngine())) == []
    assert page.lines[1].text == LINES[1]


def _row_of_letters(rule_at: int | None, other_cell_at: int) -> np.ndarray:
    """White pixels with a row of print (strokes 10 px wide, 5 px apart) from x 100 to 290,
    maybe a table's rule down the page, and the other column's print further right."""
    gray = np.full((200, 800), 255, dtype=np.uint8)
    for x in range(100, 290, 15):
        gray[80:110, x : x + 10] = 0
    if rule_at is not None:
        gray[:, rule_at : rule_at + 2] = 0
    gray[80:110, other_cell_at : other_cell_at + 60] = 0
    return gray


@pytest.mark.parametrize(("rule_at", "other_cell_at"), [(None, 318), (303, 330)])
def test_a_rows_reach_stops_at_the_other_cell_and_at_a_rule(rule_at, other_cell_at) -> None:
    """The garbled words' boxes end at x 200: the row's print goes on to 289, then another
    cell 29 px off (more than a word's gap of a 30 px print), or a rule 14 px off."""
    from vbadmin.load.unread_runs import _ink_reach

    left, right = _ink_reach(_row_of_letters(rule_at, other_cell_at), (80, 110), 100.0, 200.0, 30.0)
    assert (left, right) == (100.0, 289.0)
