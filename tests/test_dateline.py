"""Place and date lines (table-driven)."""

import pytest

from vbadmin.extract.dateline import inline_date, parse_date_line

CASES = [
    ("Tây Ninh, ngày 22 tháng 11 năm 2024", "Tây Ninh", "2024-11-22", []),
    ("Hà Nội, ngày 05 tháng 3 năm 2020", "Hà Nội", "2020-03-05", []),
    ("Lào Cai, ngày  5 tháng 3 năm 2026", "Lào Cai", "2026-03-05", []),
    ("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019", "Thành phố Hồ Chí Minh", "2019-06-29", []),
    ("Hạ Long, ngày 20 tháng 02 năm 2018", "Hạ Long", "2018-02-20", []),
    ("Lào Cai, ngày      tháng 7 năm 2026", "Lào Cai", None, ["MISSING_DATE"]),
    ("…, ngày …… tháng …… năm ……", None, None, ["MISSING_DATE"]),
    ("Hà Tĩnh, ngày 3O tháng 4 năm 2025", "Hà Tĩnh", "2025-04-30", ["OCR_REPAIRED"]),
    ("Huế, ngày 31 tháng 02 năm 2025", "Huế", None, ["INVALID_DATE"]),
    ("Bình Tiên, ngày 08 tháng 12 năm 2025", "Bình Tiên", "2025-12-08", []),
    # OCR of handwritten figures and of the words around them
    ("Lào Cai, ngày 12 tháng 5$ năm 2026", "Lào Cai", "2026-05-12", ["OCR_REPAIRED"]),
    ("Lào Cai, ngày 15 tháng 5 4 năm 2026", "Lào Cai", "2026-05-15", ["OCR_REPAIRED"]),
    ("Đà Nẵng, ngày I I tháng 3 năm 2026", "Đà Nẵng", "2026-03-11", ["OCR_REPAIRED"]),  # 11, its ones apart
    ("Hà Nội, ngày Š tháng 3 năm 2026", "Hà Nội", "2026-03-05", ["OCR_REPAIRED"]),  # a printed 5 read as an S
    ("Hà Nội, ngày 12 tháng S năm 2026", "Hà Nội", None, ["UNREADABLE_DATE", "MISSING_DATE"]),  # 5 or 8
    ("Hà Nội, ngày SS tháng 3 năm 2026", "Hà Nội", None, ["UNREADABLE_DATE", "MISSING_DATE"]),
    ("Hà Nội, ngày ®ÊÖ tháng 4 năm 2026", "Hà Nội", None, ["UNREADABLE_DATE", "MISSING_DATE"]),
    ("Hà Nội, ngày 07 tháng 4 măm 2026", "Hà Nội", "2026-04-07", []),
    ("Phú Thọ, ngày 10 tháng 10 nắm 2025", "Phú Thọ", "2025-10-10", []),
    ("Hà Nội, ngảy 3 thảng 4 năm 2026", "Hà Nội", "2026-04-03", []),
    ("Hà Nội, ngày 29 thẳng 6 năm 2026", "Hà Nội", "2026-06-29", []),
    ("Kiên Giang, ngày 18 tháng 11 nấm 2019", "Kiên Giang", "2019-11-18", []),
    ("Lào Cai ngày      tháng 4 năm 2026", "Lào Cai", None, ["MISSING_DATE"]),  # its comma lost
    # a numbered district or ward is the place
    ("Quận 8, ngày 14 tháng 7 năm 2022", "Quận 8", "2022-07-14", []),
    ("Phường 3, ngày 05 tháng 3 năm 2024", "Phường 3", "2024-03-05", []),
]


@pytest.mark.parametrize(("line", "place", "date", "codes"), CASES)
def test_date_lines(line, place, date, codes):
    parsed = parse_date_line(line)
    assert parsed is not None
    assert (parsed.place, parsed.date) == (place, date)
    assert [code for code, _ in parsed.issues] == codes


@pytest.mark.parametrize(
    "line",
    ["Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020", "Kính gửi: Sở Y tế",
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"],  # no comma, no place
)
def test_not_date_lines(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("ngày 05/3/2020", "2020-03-05"),
        ("ngày 28-12-2021", "2021-12-28"),
        ("ngày 9 tháng 5 năm 2024", "2024-05-09"),
        ("ngày 31/2/2024", None),
    ],
)
def test_inline_dates(text, iso):
    assert inline_date(text) == iso


def test_a_date_line_cut_into_rows_by_a_flattened_table():
    from vbadmin.parse import parse_text

    text = ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố: 68/KH-UBND\n|\nSơn\nLa, ngày 11 tháng 3\nnăm 2020\n|\n"
            "KẾ HOẠCH\nVỀ VIỆC TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW\n"
            "Căn cứ Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư.\n")
    doc = parse_text(text)
    assert (doc.place, doc.date) == ("Sơn La", "2020-03-11")


@pytest.mark.parametrize(
    ("left", "place"),
    [("*", "Bà Rịa - Vũng Tàu"), ("Số: 12/UBND-KT", "Phan Rang - Tháp Chàm"), ("Số: 12/UBND-KT", "TP. Hồ Chí Minh")],
)
def test_a_place_of_two_names_with_a_hyphen_beside_the_left_column(left: str, place: str) -> None:
    from vbadmin.parse import parse_text

    text = ("ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "THÀNH PHỐ PHAN RANG - THÁP CHÀM           Độc lập - Tự do - Hạnh phúc\n"
            f"      {left}                              {place}, ngày 19 tháng 9 năm 2024\n"
            "V/v tăng cường quản lý\n\nKính gửi: Các phòng, ban.\n\nĐề nghị thực hiện./.\n")
    assert parse_text(text).place == place


def test_a_figure_in_a_place_other_than_a_numbered_district_makes_no_date_line() -> None:
    assert parse_date_line("Công văn số 12, ngày 05 tháng 3 năm 2024") is None


@pytest.mark.parametrize(("line", "place"), [
    ("Hà Giang 1, ngày 05 tháng 3 năm 2026", "Hà Giang 1"),  # a numbered ward
    ("quận 8, ngày 05 tháng 3 năm 2024", "quận 8"),
    ("Đợt 1, ngày 05 tháng 3 năm 2024", "no date line"),  # a sentence's words before the figure
    ("LẦN THỨ 12, NGÀY 15 THÁNG 10 NĂM 2025", "no date line"),
    ("Ngày: 14 tháng 3 năm 2017 15:42", "no date line"),  # an e-mail's header
])
def test_a_numbered_place_and_an_emails_date_header(line: str, place: str) -> None:
    found = parse_date_line(line)
    assert (found.place if found else "no date line") == place


WRAPPED_YEAR = """ĐẢNG BỘ TỈNH QUẢNG NGÃI                     ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH
           *
Số 215-CV/ĐU                      Quảng Ngãi, ngày 27 tháng 10 năm
V/v tập trung lãnh đạo ứng phó,                  {year}
khắc phục hậu quả mưa lũ

Kính gửi: Các đảng ủy trực thuộc.

Đề nghị các đảng ủy thực hiện tốt nội dung trên./.
"""


@pytest.mark.parametrize(("year", "date"), [("2025", "2025-10-27"), ("", None)])
def test_a_date_line_wrapped_before_its_year_in_its_column(year: str, date: str | None) -> None:
    """The year on the right column's next row, the subject's row beside it: the date is whole,
    and the subject keeps none of it."""
    from vbadmin.parse import parse_text

    doc = parse_text(WRAPPED_YEAR.format(year=year))
    assert (doc.date, doc.subject) == (date, "tập trung lãnh đạo ứng phó, khắc phục hậu quả mưa lũ")


@pytest.mark.parametrize(("line", "date"), [
    ("Hựu Thạnh, ngày : 10 tháng : 6 năm : 2021", "2021-06-10"),  # specks read as colons
    ("Quảng Nam, ngày 25 tháng 10 năm 202]", "2021-10-25"),  # an italic 1 read as a bracket
    ("Hà Nội, ngày 26 tháng 7 năm 2021]", "2021-07-26"),  # a transcription's bracket after the year
    ("Hà Nội, ngày 12] tháng 3 năm 2024", "2024-03-12"),
    ("Quảng Ninh, ngày 2] tháng 10 năm 2024", "2024-10-02"),  # a day's half read: see test_handwriting
    ("Lào Cai, ngày [2 tháng 3] năm 2023", "2023-03-02"),  # a transcription's brackets
])
def test_an_ocrd_date_lines_specks(line: str, date: str) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None and parsed.date == date
