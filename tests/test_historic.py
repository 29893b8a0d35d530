"""Letters of 1946–2004 that archives digitise: the headers of their era, "Gửi:" and "Nơi gửi:",
old numbering and prefixes (stop 29's probes g33–g44, j33–j44), table-driven."""

from __future__ import annotations

import pytest

from vbadmin import parse_text
from vbadmin.extract.header import is_motto, motto_value, national_header_kind, national_header_value
from vbadmin.extract.references import find_references

LETTER = """{left1:<40}{right1}
{left2:<40}{right2}
Số: {number:<36}{place}, ngày 14 tháng 4 năm 1966
V/v phòng chống dịch bệnh mùa hè

{to_label} - Ủy ban hành chính các huyện, thị xã;
     - Phòng Y tế các huyện, thị xã.

Ty Y tế đề nghị các Ủy ban huyện, thị xã chỉ đạo thực hiện tốt mấy việc sau:
Điều 1. – Đẩy mạnh phong trào ba sạch, ba diệt ở tất cả các xã.
Điều 2. – Phòng Y tế các huyện báo cáo tình hình dịch bệnh vào ngày 25 hằng tháng.

{list_label:<40}{authority}
- Như trên;{pad:<29}{position}
- Ủy ban hành chính tỉnh (để báo cáo);
- Lưu.{pad:<34}Nguyễn Văn Tâm
"""

FIELDS = dict(left1="ỦY BAN HÀNH CHÍNH TỈNH THÁI BÌNH", right1="VIỆT NAM DÂN CHỦ CỘNG HÒA",
              left2="TY Y TẾ", right2="Độc lập - Tự do - Hạnh phúc", number="112/TYT", place="Thái Bình",
              to_label="Kính gửi:", list_label="Nơi nhận:", authority="K/T TRƯỞNG TY Y TẾ",
              position="PHÓ TRƯỞNG TY", pad="")


def _letter(**changes: str):
    return parse_text(LETTER.format(**{**FIELDS, **changes}))


@pytest.mark.parametrize(("changes", "read", "expected"), [
    # the headers and mottos of 1945–1976
    ({}, lambda d: (d.national_header, d.system, d.motto),
     ("VIỆT NAM DÂN CHỦ CỘNG HÒA", "state", "Độc lập - Tự do - Hạnh phúc")),
    ({"right1": "CỘNG HÒA MIỀN NAM VIỆT NAM", "right2": "Độc lập - Dân chủ - Hòa bình - Trung lập"},
     lambda d: (d.national_header, d.motto), ("CỘNG HÒA MIỀN NAM VIỆT NAM", "Độc lập - Dân chủ - Hòa bình - Trung lập")),
    ({"left1": "TỈNH ỦY BẮC NINH", "left2": "BAN TUYÊN HUẤN", "right1": "ĐẢNG LAO ĐỘNG VIỆT NAM", "right2": "",
      "number": "24-CV/BTH"},
     lambda d: (d.national_header, d.system, d.parent_issuer, d.issuer),
     ("ĐẢNG LAO ĐỘNG VIỆT NAM", "party", "TỈNH ỦY BẮC NINH", "BAN TUYÊN HUẤN")),
    # a provincial department of the time ("Ty") under its committee; its head's titles
    ({}, lambda d: (d.parent_issuer, d.issuer), ("ỦY BAN HÀNH CHÍNH TỈNH THÁI BÌNH", "TY Y TẾ")),
    ({}, lambda d: (d.signatory.authority, d.signatory.position), ("K/T TRƯỞNG TY Y TẾ", "PHÓ TRƯỞNG TY")),
    ({"authority": "K/T TRƯỞNG PHÒNG Y TẾ", "position": "PHÓ TRƯỞNG PHÒNG"},
     lambda d: d.signatory.authority, "K/T TRƯỞNG PHÒNG Y TẾ"),
    ({"authority": "T/U.Q CHỦ TỊCH", "position": "CHÁNH VĂN PHÒNG"},
     lambda d: (d.signatory.authority, d.signatory.prefix), ("T/U.Q CHỦ TỊCH", "TUQ")),
    # "Gửi:" heads the addressees, "Nơi gửi:" or "Sao gửi:" the copies
    ({"to_label": "Gửi:     "}, lambda d: d.recipients,
     ["Ủy ban hành chính các huyện, thị xã", "Phòng Y tế các huyện, thị xã"]),
    ({"list_label": "Nơi gửi:"}, lambda d: d.distribution, ["Như trên", "Ủy ban hành chính tỉnh (để báo cáo)", "Lưu"]),
    ({"list_label": "Sao gửi:"}, lambda d: len(d.distribution), 3),
    # "Điều 1. –": the dash after an article's label is no part of its text
    ({}, lambda d: [(p.label, p.text[:8]) for p in d.directives], [("Điều 1", "Đẩy mạnh"), ("Điều 2", "Phòng Y ")]),
    # a committee's code and its office's, no type code: the committee issues
    ({"number": "125-UB/VP"}, lambda d: (d.identifier, d.issuer_code, d.doc_type_code, d.system),
     ("125-UB/VP", "UB", None, "state")),
    # under a State header, a ministry's own code before the slash (Bộ Thủy lợi's TL), no type
    ({"left1": "BỘ THỦY LỢI", "left2": "", "number": "123-TL/VP"},
     lambda d: (d.identifier, d.issuer_code, d.doc_type_code, d.system), ("123-TL/VP", "TL", None, "state")),
    # the Youth Union's header of 1956–1976
    ({"right1": "ĐOÀN THANH NIÊN LAO ĐỘNG HỒ CHÍ MINH", "right2": "", "number": "3-CT/ĐTN"},
     lambda d: (d.national_header, d.system), ("ĐOÀN THANH NIÊN LAO ĐỘNG HỒ CHÍ MINH", "party")),
])
def test_a_letter_of_its_era_reads_as_printed(changes, read, expected) -> None:
    assert read(_letter(**changes)) == expected


@pytest.mark.parametrize(("line", "kind", "value"), [
    ("VIỆT NAM DÂN CHỦ CỘNG HOÀ", "state", "VIỆT NAM DÂN CHỦ CỘNG HOÀ"),
    ("VIET NAM DAN CHU CONG HOA", "state", "VIỆT NAM DÂN CHỦ CỘNG HÒA"),  # OCR or a typewriter lost the marks
    ("ĐẢNG LAO ĐỘNG VIỆT NAM", "party", "ĐẢNG LAO ĐỘNG VIỆT NAM"),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "state", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("CỘNG HÒA MIỀN NAM VIỆT NAM", "state", "CỘNG HÒA MIỀN NAM VIỆT NAM"),
    ("nước Việt Nam Dân chủ Cộng hòa, nhiệm vụ xây dựng chủ nghĩa xã hội ở miền Bắc", None, None),
])
def test_national_headers_of_every_era(line: str, kind: str | None, value: str | None) -> None:
    assert national_header_kind(line) == kind
    if value is not None:
        assert national_header_value(line)[0] == value


def test_the_mottos_of_both_governments() -> None:
    assert motto_value("Độc lập - Dân chủ - Hòa bình - Trung lập") == "Độc lập - Dân chủ - Hòa bình - Trung lập"
    assert motto_value("ĐỘC LẬP - TỰ DO - HẠNH PHÚC") == "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"  # as printed, known
    assert not is_motto("Độc lập dân tộc gắn liền với chủ nghĩa xã hội")


@pytest.mark.parametrize(("text", "cited"), [
    ("Thi hành Sắc lệnh số 13-SL ngày 1 tháng 5 năm 1951 của Chủ tịch nước về thuế nông nghiệp,",
     [("13-SL", "Sắc lệnh")]),
    ("tuyên truyền nội dung cơ bản của Hiến pháp năm 1959 trong nhân dân.", [(None, "Hiến pháp")]),
    ("Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013.", []),  # the amending one is cited
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban hành chính các cấp ngày 27 tháng 10 năm 1962;",
     [(None, "Luật")]),
    ("bảo đảm đúng Điều lệ Đảng, nguyên tắc tập trung dân chủ.", [(None, "Điều lệ")]),
    # a resolution's title that amends the Constitution names it: the resolution is cited
    ("Căn cứ Nghị quyết ngày 22 tháng 12 năm 1988 của Quốc hội sửa đổi Lời nói đầu của Hiến pháp năm 1980;", []),
    ("Căn cứ Nghị quyết ngày 22 tháng 12 năm 1988 của Quốc hội sửa đổi Điều 57 của Hiến pháp năm 1980;", []),
    ("Nghị quyết số 203/2025/QH15 sửa đổi, bổ sung một số Điều của Hiến pháp năm 2013;", []),
    ("ban hành Điều lệ Hội thi giáo viên dạy giỏi cơ sở giáo dục mầm non;", []),  # a contest, no charter
])
def test_references_of_the_era(text: str, cited: list[tuple[str | None, str | None]]) -> None:
    found = find_references(text)
    assert [(r.identifier, r.doc_type) for r in found if not (r.doc_type or "").startswith("Nghị quyết")] == cited


@pytest.mark.parametrize(("text", "name"), [
    ("công tác phòng, chống lụt, bão và Pháp lệnh Khai thác và bảo vệ công trình thủy lợi, từ ngày 02/5 đến",
     "Pháp lệnh Khai thác và bảo vệ công trình thủy lợi"),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03 tháng "
     "12 năm 2004;", "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân"),
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban hành chính các cấp ngày 27 tháng 10 năm 1962;",
     "Luật Tổ chức Hội đồng nhân dân và Ủy ban hành chính các cấp"),
])
def test_a_laws_name_ends_where_it_does(text: str, name: str) -> None:
    assert [r.name for r in find_references(text)] == [name]


def test_a_law_a_decrees_title_names_after_an_article_is_no_citation() -> None:
    text = ("Căn cứ Nghị định số 165/2024/NĐ-CP ngày 26 tháng 12 năm 2024 của Chính phủ quy định chi tiết và "
            "hướng dẫn thi hành một số điều của Luật Đường bộ và Điều 77 của Luật Trật tự, an toàn giao "
            "thông đường bộ;")
    assert [r.identifier or r.name for r in find_references(text)] == ["165/2024/NĐ-CP"]


@pytest.mark.parametrize(("text", "names"), [
    ("Chi bộ thực hiện đúng Điều lệ Đảng Lao động Việt Nam và các nghị quyết của cấp trên.",
     ["Điều lệ Đảng Lao động Việt Nam"]),
    # another party's charter goes on in capitals: no "Điều lệ Đảng" of its first words
    ("Hai bên trao đổi kinh nghiệm thi hành Điều lệ Đảng Nhân dân Cách mạng Lào và Điều lệ Đảng Cộng sản "
     "Việt Nam.", ["Điều lệ Đảng Cộng sản Việt Nam"]),
])
def test_the_partys_charter_of_its_era(text: str, names: list[str]) -> None:
    assert [r.name for r in find_references(text)] == names


@pytest.mark.parametrize(("changes", "read", "expected"), [
    # "45/TC-TV" over "V/v" with no title: SỞ TÀI CHÍNH's office (TC), no Thông cáo
    ({"left1": "UBND TỈNH CỬU LONG", "left2": "SỞ TÀI CHÍNH", "number": "45/TC-TV"},
     lambda d: (d.doc_type, d.doc_type_code, d.issuer_code), ("Công văn", None, "TC")),
    # a union of enterprises under its committee
    ({"left1": "UBND TỈNH ĐỒNG NAI", "left2": "LIÊN HIỆP CÁC XÍ NGHIỆP CHẾ BIẾN GỖ", "number": "12/LHXN"},
     lambda d: (d.parent_issuer, d.issuer), ("UBND TỈNH ĐỒNG NAI", "LIÊN HIỆP CÁC XÍ NGHIỆP CHẾ BIẾN GỖ")),
])
def test_numbers_and_bodies_of_the_era(changes, read, expected) -> None:
    assert read(_letter(**changes)) == expected


ARCHIVE_SHEET = """TRUNG TÂM LƯU TRỮ LỊCH SỬ TỈNH LÂM ĐỒNG
PHIẾU TIN VĂN BẢN
Phông: UBND tỉnh Lâm Đồng (1976-2010)        Mục lục số: 05
Hồ sơ số: 1874        Tờ số: 23-24
Tác giả: UBND tỉnh Lâm Đồng
Độ mật: Thường        Ghi chú: bản chính
===========================================

"""


@pytest.mark.parametrize(("before", "inside", "read", "expected"), [
    # an archive's description sheet above the letter is no part of it
    (ARCHIVE_SHEET, "", lambda d: (d.parent_issuer, d.issuer, d.identifier),
     ("ỦY BAN HÀNH CHÍNH TỈNH THÁI BÌNH", "TY Y TẾ", "112/TYT")),
    # the archivist's mark where the paper's next sheet begins is no part of a point
    ("", "[Tờ 2]", lambda d: d.directives[0].text.endswith("ở tất cả các xã."), True),
])
def test_an_archives_transcription(before: str, inside: str, read, expected) -> None:
    text = LETTER.format(**FIELDS).replace("\nĐiều 2.", f"\n{inside}\nĐiều 2." if inside else "\nĐiều 2.")
    assert read(parse_text(before + text)) == expected


@pytest.mark.parametrize(("text", "identifier"), [
    ("Thi hành Chỉ thị số 200-CT ngày 15 tháng 6 năm 1992 của Chủ tịch Hội đồng Bộ trưởng,", "200-CT"),
    ("và Công văn số 412/UBDT-CT135 ngày 10/6/2003 của Ủy ban Dân tộc về việc", "412/UBDT-CT135"),  # a programme's code
])
def test_numbers_cited_in_the_eras_forms(text: str, identifier: str) -> None:
    assert [r.identifier for r in find_references(text)] == [identifier]
