"""A letterhead's row the page reading skipped, read on its own (real tesseract).

The letterhead is drawn here and read by tesseract; then one of its rows is taken out of the
page as read (tesseract's page segmentation now and then takes such a row, its rules close
below, for a picture), and the second look must find it between the rows around it and read it.
A rule, a speck or a blank gap between rows is never read as a row.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from vbadmin.load import load
from vbadmin.load.missed_rows import reread_missed_header_rows
from vbadmin.load.ocr import TesseractEngine

FONT = Path("/usr/share/fonts/truetype/freefont/FreeSerif.ttf")
ROWS = [
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("ĐẶC KHU BẠCH LONG VĨ", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 04/PA-UBND", "Bạch Long Vĩ, ngày 15 tháng 4 năm 2026"),
]
BODY = ["PHƯƠNG ÁN", "Ứng phó với áp thấp nhiệt đới, bão và sơ tán, trú tránh an toàn",
        "cho người, tàu thuyền trên địa bàn đặc khu năm 2026", "Căn cứ Luật Phòng, chống thiên tai",
        "ngày 19 tháng 6 năm 2013; Luật sửa đổi, bổ sung một số điều", "của Luật Phòng, chống thiên tai",
        "và Luật Đê điều ngày 17 tháng 6 năm 2020;"]


def _letterhead(middle: str = "row") -> Image.Image:
    """The letterhead's three rows over the body; `middle`: "row" (its second row printed),
    "rule" (a rule in its place) or "blank"."""
    image = Image.new("L", (2480, 1700), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 42)
    for index, (left, right) in enumerate(ROWS):
        y = 150 + 90 * index
        if index == 1 and middle != "row":
            if middle == "rule":
                draw.line((300, y + 25, 800, y + 25), fill=0, width=3)
            continue
        draw.text((200, y), left, font=font, fill=0)
        draw.text((1150, y), right, font=font, fill=0)
    for index, text in enumerate(BODY):
        draw.text((200, 520 + 90 * index), text, font=font, fill=0)
    return image


def _read_line(engine: TesseractEngine):
    return lambda crop, scale: engine.read_line(crop, 300 * scale)


def _page_without_its_second_row(tmp_path: Path, middle: str):
    path = tmp_path / "letterhead.png"
    image = _letterhead(middle)
    image.save(path, dpi=(300, 300))
    page = load(path).pages[0]
    texts = [line.text for line in page.lines]
    second = " ".join(ROWS[1])
    if middle == "row":
        assert second in texts  # the drawn page reads right as a whole
    page.lines = [line for line in page.lines if line.text != second]
    return page, image


@pytest.mark.ocr
def test_a_skipped_letterhead_row_is_read_again(tmp_path: Path) -> None:
    page, image = _page_without_its_second_row(tmp_path, "row")
    added = reread_missed_header_rows(page, image, _read_line(TesseractEngine()))
    assert added == [" ".join(ROWS[1])]
    assert [line.text for line in page.lines[:2]] == [" ".join(row) for row in ROWS[:2]]  # in its place
    assert page.lines[2].text.startswith("Số: 04/PA-UBND")


@pytest.mark.ocr
@pytest.mark.parametrize("middle", ["rule", "blank"])
def test_a_rule_or_a_gap_between_letterhead_rows_is_no_row(tmp_path: Path, middle: str) -> None:
    page, image = _page_without_its_second_row(tmp_path, middle)
    before = [line.text for line in page.lines]
    assert reread_missed_header_rows(page, image, _read_line(TesseractEngine())) == []
    assert [line.text for line in page.lines] == before


@pytest.mark.ocr
def test_a_page_with_no_row_skipped_keeps_its_rows_order(tmp_path: Path) -> None:
    """The rows as read keep their order (a note read before "Nơi nhận:" on the same row stays
    there): nothing added, nothing moved."""
    path = tmp_path / "letterhead.png"
    image = _letterhead("row")
    image.save(path, dpi=(300, 300))
    page = load(path).pages[0]
    page.lines[3], page.lines[4] = page.lines[4], page.lines[3]
    before = [line.text for line in page.lines]
    assert reread_missed_header_rows(page, image, _read_line(TesseractEngine())) == []
    assert [line.text for line in page.lines] == before


PARTY_ROWS = [("ĐẢNG ỦY KHỐI DOANH NGHIỆP", "ĐẢNG CỘNG SẢN VIỆT NAM"), ("ỦY BAN KIỂM TRA", ""), ("*", ""),
              ("Số 46-QĐ/UBKTĐUK", "")]


@pytest.mark.ocr
def test_a_row_skipped_over_the_party_star_read_as_a_speck_is_read_again(tmp_path: Path) -> None:
    """Rows set close, the star under the body's name read as a speck ("bói", no confidence):
    the speck is no row of print, so the gap it sits in is still a gap."""
    from vbadmin.load.unread_runs import print_height
    from vbadmin.pages import Line, Word

    image = Image.new("L", (2480, 1700), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 42)
    for index, (left, right) in enumerate(PARTY_ROWS):
        draw.text((300, 150 + 60 * index), left, font=font, fill=0)
        draw.text((1150, 150 + 60 * index), right, font=font, fill=0)
    for index, text in enumerate(BODY):
        draw.text((200, 520 + 90 * index), text, font=font, fill=0)
    path = tmp_path / "party.png"
    image.save(path, dpi=(300, 300))
    page = load(path).pages[0]
    assert "ỦY BAN KIỂM TRA" in [line.text for line in page.lines]  # the drawn page reads right
    number_row = next(i for i, line in enumerate(page.lines) if line.text.startswith("Số 46"))
    # the speck nearer the row above than a skipped row's gap: alone it would hide the gap
    height = print_height(page)
    assert height is not None
    top = max(w.y1 for w in page.lines[0].words) + 1.5 * height
    page.lines[1:number_row] = [Line(words=[Word("bói", 305, top, 325, top + 0.5 * height, 0.12)])]
    added = reread_missed_header_rows(page, image, _read_line(TesseractEngine()))
    assert added == ["ỦY BAN KIỂM TRA"]
    assert [line.text for line in page.lines[:2]] == ["ĐẢNG ỦY KHỐI DOANH NGHIỆP ĐẢNG CỘNG SẢN VIỆT NAM",
                                                      "ỦY BAN KIỂM TRA"]


@pytest.mark.ocr
def test_a_skipped_row_whose_gap_ends_below_the_letterhead_is_read_again(tmp_path: Path) -> None:
    """A long subject pushes "Kính gửi:" to the letterhead's lower edge: the gap the page
    reading left opens in the letterhead and ends in the body, and is looked at all the same."""
    image = Image.new("L", (2480, 3508), 255)  # A4 at 300 DPI: the letterhead is its top 1052 rows
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 42)
    for index, (left, right) in enumerate(ROWS):
        draw.text((200, 150 + 90 * index), left, font=font, fill=0)
        draw.text((1150, 150 + 90 * index), right, font=font, fill=0)
    subject = ["V/v triển khai đợt cao điểm tấn công,", "trấn áp tội phạm, bảo đảm an ninh,",
               "trật tự dịp cuối năm 2025 và Tết", "Nguyên đán Bính Ngọ 2026"]
    for index, text in enumerate(subject):
        draw.text((200, 450 + 70 * index), text, font=font, fill=0)
    draw.text((500, 960), "Kính gửi: Các sở, ban, ngành tỉnh.", font=font, fill=0)
    for index, text in enumerate(BODY[3:]):
        draw.text((200, 1120 + 90 * index), text, font=font, fill=0)
    path = tmp_path / "letter.png"
    image.save(path, dpi=(300, 300))
    page = load(path).pages[0]
    wanted = "Kính gửi: Các sở, ban, ngành tỉnh."
    assert wanted in [line.text for line in page.lines]  # the drawn page reads right
    page.lines = [line for line in page.lines if line.text != wanted]
    assert reread_missed_header_rows(page, image, _read_line(TesseractEngine())) == [wanted]
