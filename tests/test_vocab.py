"""Vocabularies: data integrity and every lookup, including the look-alike pitfalls."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from vbadmin import vocab as v

# --- data files ----------------------------------------------------------------------------

DATA_FILES = [
    "doc_types.json",
    "signatory_prefixes.json",
    "marks.json",
    "provinces.json",
    "bodies.json",
    "issuer_codes.json",
    "citations.json",
]


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_is_package_data(name: str) -> None:
    resource = files("vbadmin.vocab").joinpath(name)
    assert resource.is_file()
    assert json.loads(resource.read_text(encoding="utf-8"))


def test_doc_types_are_consistent() -> None:
    types = v.doc_types()
    names = [t.name for t in types]
    assert len(names) == len(set(names))
    for t in types:
        assert t.upper == t.name.upper()
        assert isinstance(t.aliases, tuple) and isinstance(t.legacy_codes, tuple)


def test_codes_are_unique_per_system() -> None:
    for attr in ("state_code", "party_code"):
        codes = [getattr(t, attr).upper() for t in v.doc_types() if getattr(t, attr)]
        assert len(codes) == len(set(codes)), attr


def test_nd30_types_all_present() -> None:
    state = {t.state_code for t in v.doc_types()}
    expected = {
        "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC",
        "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB",
        "SY", "TrS", "SL",
    }  # fmt: skip
    assert expected <= state
    for name in ("Công văn", "Thư công"):
        found = v.doc_type_by_name(name)
        assert found is not None and found.state_code is None


def test_doc_type_is_frozen() -> None:
    t = v.doc_types()[0]
    with pytest.raises(AttributeError):
        t.name = "x"  # type: ignore[misc]


# --- doc_type_by_code ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "system", "expected"),
    [
        ("QĐ", None, "Quyết định"),
        ("qđ", None, "Quyết định"),
        ("QĐ", "party", "Quyết định"),
        ("QyĐ", None, "Quy định"),
        ("QYĐ", "state", "Quy định"),
        ("QĐi", "party", "Quy định"),
        ("QĐI", None, "Quy định"),
        ("qđi", None, "Quy định"),
        ("HĐ", None, "Hợp đồng"),
        ("HD", None, "Hướng dẫn"),
        ("ĐA", None, "Đề án"),
        ("DA", None, "Dự án"),
        ("CĐ", None, "Công điện"),
        ("CT", None, "Chỉ thị"),
        ("CTr", None, "Chương trình"),
        ("Ctr", "party", "Chương trình"),
        ("TTr", None, "Tờ trình"),
        ("TT", "state", "Thông tư"),
        ("TT", "party", "Thông tri"),
        ("TT", None, "Thông tư"),
        ("CV", "party", "Công văn"),
        ("CV", "state", "Công văn"),
        ("KL", "party", "Kết luận"),
        ("NĐ", None, "Nghị định"),
        ("TTLT", None, "Thông tư liên tịch"),
        ("TrS", None, "Bản trích sao"),
        ("BS", "party", "Bản sao"),
        ("GP", None, "Giấy phép"),
        ("HDLN", None, "Hướng dẫn liên ngành"),
        ("GT", None, "Giấy giới thiệu"),
        ("NP", "state", "Giấy nghỉ phép"),
        ("UQ", None, "Giấy ủy quyền"),
        ("GN", None, "Bản ghi nhớ"),
        ("TTh", None, "Bản thỏa thuận"),
        ("TS", None, "Bản trích sao"),
        ("ĐĐ", None, "Giấy đi đường"),
        ("Ðđ", None, "Giấy đi đường"),  # Icelandic eth look-alikes
        (" QĐ ", None, "Quyết định"),
    ],
)
def test_doc_type_by_code(code: str, system: str | None, expected: str) -> None:
    found = v.doc_type_by_code(code, system)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("code", ["QD", "CD", "XYZ", "", "UBND", "DD"])
def test_doc_type_by_code_unknown(code: str) -> None:
    assert v.doc_type_by_code(code) is None


def test_doc_type_by_code_rejects_bad_system() -> None:
    with pytest.raises(ValueError):
        v.doc_type_by_code("QĐ", "church")


# --- doc_type_by_name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quyết định", "Quyết định"),
        ("QUYẾT ĐỊNH", "Quyết định"),
        ("QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ", "Quyết định"),
        ("Quyết định số 1050/QĐ-SCT", "Quyết định"),
        ("Thông báo kết luận số 81-TB/TW", "Thông báo"),
        ("THÔNG BÁO", "Thông báo"),
        ("Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP", "Thông tư liên tịch"),
        ("Thông tư số 01/2011/TT-BNV", "Thông tư"),
        ("Thông tri số 05", "Thông tri"),
        ("Chương trình hành động số 06-CTr/TU", "Chương trình"),
        ("Hướng dẫn liên ngành số 24", "Hướng dẫn liên ngành"),
        ("HƯỚNG DẪN", "Hướng dẫn"),
        ("Giấy uỷ quyền", "Giấy ủy quyền"),
        ("GIẤY ỦY QUYỀN", "Giấy ủy quyền"),
        ("Bản thoả thuận", "Bản thỏa thuận"),
        ("GIẤY MỜI HỌP", "Giấy mời"),
        ("PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC", "Phiếu trình"),
        ("GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP", "Giấy phép"),
        ("Bộ luật Hình sự", "Bộ luật"),
        ("Luật Đất đai năm 2024", "Luật"),
        ("văn bản số 17129-CV/VPTW", "Văn bản"),
        ("Kết luận số 01-KL/TW", "Kết luận"),
        ("  Nghị quyết số 18-NQ/TW", "Nghị quyết"),
        ("Nghị định 30/2020/NĐ-CP", "Nghị định"),
        ("Quy định số 08-QĐi/TW", "Quy định"),
    ],
)
def test_doc_type_by_name(text: str, expected: str) -> None:
    found = v.doc_type_by_name(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", ["", "Căn cứ Luật", "Luậtsư", "Công ty cổ phần", "Quyết"])
def test_doc_type_by_name_no_match(text: str) -> None:
    assert v.doc_type_by_name(text) is None


@pytest.mark.parametrize(
    ("name", "normative"),
    [("Luật", True), ("Nghị định", True), ("Thông tư", True), ("Bộ luật", True),
     ("Pháp lệnh", True), ("Công văn", False), ("Kế hoạch", False)],
)  # fmt: skip
def test_normative_flag(name: str, normative: bool) -> None:
    found = v.doc_type_by_name(name)
    assert found is not None and found.normative is normative


# --- signatory_prefix ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("KT. CHỦ TỊCH", ("KT", "CHỦ TỊCH")),
        ("  KT. GIÁM ĐỐC", ("KT", "GIÁM ĐỐC")),
        ("TM. ỦY BAN NHÂN DÂN", ("TM", "ỦY BAN NHÂN DÂN")),
        ("T/M BAN THƯỜNG VỤ", ("TM", "BAN THƯỜNG VỤ")),
        ("T/M TỈNH UỶ", ("TM", "TỈNH UỶ")),
        ("K/T TRƯỞNG BAN", ("KT", "TRƯỞNG BAN")),
        ("T/L BAN THƯỜNG VỤ", ("TL", "BAN THƯỜNG VỤ")),
        ("TL. BỘ TRƯỞNG", ("TL", "BỘ TRƯỞNG")),
        ("TUQ.GIÁM ĐỐC", ("TUQ", "GIÁM ĐỐC")),
        ("TUQ. CHỦ TỊCH", ("TUQ", "CHỦ TỊCH")),
        ("TƯQ. GIÁM ĐỐC", ("TUQ", "GIÁM ĐỐC")),
        ("T/UQ CHỦ TỊCH", ("TUQ", "CHỦ TỊCH")),
        ("Q. GIÁM ĐỐC", ("Q", "GIÁM ĐỐC")),
        ("Q. CHÁNH VĂN PHÒNG", ("Q", "CHÁNH VĂN PHÒNG")),
        ("TM\tĐOÀN KIỂM TRA", ("TM", "ĐOÀN KIỂM TRA")),
        ("KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", ("KT", "CHỦ TỊCH - PHÓ CHỦ TỊCH")),
        ("TL.", ("TL", "")),
    ],
)
def test_signatory_prefix(line: str, expected: tuple[str, str]) -> None:
    assert v.signatory_prefix(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "QUYẾT ĐỊNH",
        "QUỐC HỘI",
        "Q.1, TP. Hồ Chí Minh",
        "TỈNH LÀO CAI",
        "TMĐT",
        "TM",
        "THỦ TƯỚNG",
        "TLX BẮC NINH",
        "KTNN",
        "TUQUAN",
        "CHỦ TỊCH",
        "Nguyễn Văn A",
        "",
    ],
)
def test_signatory_prefix_does_not_fire(line: str) -> None:
    assert v.signatory_prefix(line) is None


# --- marks ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HỎA TỐC", "Hỏa tốc"),
        ("HOẢ TỐC", "Hỏa tốc"),
        ("HÓA TỐC", "Hỏa tốc"),  # OCR: the hook read as an acute
        ("Hoả tốc", "Hỏa tốc"),
        ("  THƯỢNG KHẨN ", "Thượng khẩn"),
        ("KHẨN", "Khẩn"),
        ("khẩn", "Khẩn"),
        ("|KHẨN|", "Khẩn"),
        ("KHẨN CẤP", None),
        ("KHAN", "Khẩn"),  # OCR lost or misread the marks in the box
        ("KHÁN", "Khẩn"),
        ("HOA TOC", "Hỏa tốc"),
        ("HỒA TỐC", "Hỏa tốc"),  # any marks OCR put on the capitals (an archive's scan)
        ("THƯỢNG KHĂN", "Thượng khẩn"),
        ("Hồa tốc", None),  # in lower case, as written: no misread mark
        ("KHÁNH", None),
        ("Khan hiếm", None),
        ("Khẩn trương ổn định bộ máy", None),
        ("MẬT", None),
        ("", None),
    ],
)
def test_urgency_of(text: str, expected: str | None) -> None:
    assert v.urgency_of(text) == expected


def test_khan_does_not_match_inside_thuong_khan() -> None:
    assert v.urgency_of("THƯỢNG KHẨN") == "Thượng khẩn"
    assert v.urgency_of("THƯỢNG KHẨN") != "Khẩn"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TUYỆT MẬT", "Tuyệt mật"),
        ("TỐI MẬT", "Tối mật"),
        ("MẬT", "Mật"),
        ("Mật", "Mật"),
        ("BÍ MẬT NHÀ NƯỚC", None),
        ("KHẨN", None),
        ("TOI MÂT", "Tối mật"),  # a stamp's marks as OCR read them (stop 27 review)
        ("MẠT", "Mật"),
        ("Mặt trận", None),
    ],
)
def test_secrecy_of(text: str, expected: str | None) -> None:
    assert v.secrecy_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("XEM XONG TRẢ LẠI", "XEM XONG TRẢ LẠI"),
        ("Lưu hành nội bộ", "LƯU HÀNH NỘI BỘ"),
        ("TÀI LIỆU HỘI NGHỊ", "TÀI LIỆU HỘI NGHỊ"),
        ("Tài liệu", None),
    ],
)
def test_circulation_of(text: str, expected: str | None) -> None:
    assert v.circulation_of(text) == expected


# --- provinces -----------------------------------------------------------------------------


def test_province_counts() -> None:
    before, after = v.provinces(), v.provinces_2025()
    assert len(before) == 63 and len({p.code for p in before}) == 63
    assert len(after) == 34
    assert {p.successor for p in before} == {p.name for p in after}
    assert sum(p.kind == "city" for p in after) == 6


def test_every_old_unit_is_in_exactly_one_new_unit() -> None:
    members = [name for unit in v.provinces_2025() for name in unit.formed_from]
    assert sorted(members) == sorted(p.name for p in v.provinces())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lào Cai", "Lào Cai"),
        ("LÀO CAI", "Lào Cai"),
        ("tỉnh Lào Cai", "Lào Cai"),
        ("TỈNH LÀO CAI", "Lào Cai"),
        ("Thanh Hóa", "Thanh Hóa"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("THANH HOÁ", "Thanh Hóa"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("Hoà Bình", "Hòa Bình"),
        ("Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("TP.HCM", "Thành phố Hồ Chí Minh"),
        ("Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("Bà Rịa–Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Đăk Lăk", "Đắk Lắk"),
        ("Bắc Cạn", "Bắc Kạn"),
        ("Kontum", "Kon Tum"),
        ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
        ("Huế", "Huế"),
        ("Thành phố Huế", "Huế"),
        ("Thủ đô Hà Nội", "Hà Nội"),
        ("Hà Nội", "Hà Nội"),
        ("Paris", None),
        ("Hạ Long", None),
        ("", None),
    ],
)
def test_province_name(text: str, expected: str | None) -> None:
    assert v.province_name(text) == expected


# --- bodies --------------------------------------------------------------------------------


def test_body_word_lists_are_upper() -> None:
    for words in (v.body_head_words(), v.place_unit_words(), v.party_body_words()):
        assert words and all(w == w.upper() for w in words)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("UBND TỈNH LÀO CAI", True),
        ("SỞ CÔNG THƯƠNG", True),
        ("ỦY BAN NHÂN DÂN", True),
        ("UỶ BAN NHÂN DÂN", True),
        ("BỘ Y TẾ", True),
        ("BẢO HIỂM XÃ HỘI VIỆT NAM", True),
        ("HĐND TỈNH HƯNG YÊN", True),
        ("VĂN PHÒNG", True),
        ("ĐOÀN KIỂM TRA", True),
        ("TỈNH UỶ ĐỒNG THÁP", True),
        ("HUYỆN ỦY ĐỊNH HÓA", True),
        ("BAN CÁN SỰ ĐẢNG BỘ TÀI CHÍNH", True),
        ("CỤC ĐỔI MỚI SÁNG TẠO,", True),
        ("TỈNH LÀO CAI", False),
        ("THEO QUYẾT ĐỊNH", False),
        ("BAN HÀNH QUY CHẾ PHỐI HỢP", False),
        ("HỘI NGHỊ LẦN THỨ BẢY", False),
        ("BỘ TRƯỞNG BỘ XÂY DỰNG", False),
        ("ĐẢNG CỘNG SẢN VIỆT NAM", False),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", False),
        ("Sở Công Thương nhận được Văn bản số 01", False),
        ("QUYẾT ĐỊNH", False),
    ],
)
def test_starts_body_name(line: str, expected: bool) -> None:
    assert v.starts_body_name(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("TỈNH LÀO CAI", True),
        ("THÀNH PHỐ HỒ CHÍ MINH", True),
        ("XÃ TIÊN PHONG", True),
        ("ĐẶC KHU PHÚ QUÝ", True),
        ("TỈNH UỶ KIÊN GIANG", False),
        ("XÃ HỘI CHỦ NGHĨA VIỆT NAM", False),
        ("tỉnh Lào Cai", False),
        ("SỞ CÔNG THƯƠNG", False),
    ],
)
def test_starts_place_unit(line: str, expected: bool) -> None:
    assert v.starts_place_unit(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("TỈNH ỦY THỪA THIÊN HUẾ", True),
        ("TỈNH UỶ ĐỒNG THÁP", True),
        ("HUYỆN UỶ ĐỊNH HOÁ", True),
        ("ĐẢNG BỘ TỈNH THÁI NGUYÊN", True),
        ("ĐẢNG ỦY PHƯỜNG BÌNH TIÊN", True),
        ("CHI BỘ XÓM ĐỊNH THÀNH", True),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG", True),
        ("VĂN PHÒNG TỈNH ỦY", True),
        ("UỶ BAN KIỂM TRA", True),
        ("UBND TỈNH LÀO CAI", False),
        ("ỦY BAN NHÂN DÂN", False),
        ("HĐND TỈNH HƯNG YÊN", False),
        ("BỘ Y TẾ", False),
        ("SỞ CÔNG THƯƠNG", False),
    ],
)
def test_is_party_body(line: str, expected: bool) -> None:
    assert v.is_party_body(line) is expected


# --- issuer codes --------------------------------------------------------------------------


def test_issuer_codes_unique_and_typed() -> None:
    codes = [i.code.upper() for i in v.issuer_codes()]
    assert len(codes) == len(set(codes))
    assert {i.system for i in v.issuer_codes()} == {"state", "party"}


@pytest.mark.parametrize(
    ("code", "system", "name_part"),
    [
        ("TTg", "state", "Thủ tướng"),
        ("TTG", "state", "Thủ tướng"),
        ("CP", "state", "Chính phủ"),
        ("HĐND", "state", "Hội đồng nhân dân"),
        ("BGDĐT", "state", "Giáo dục"),
        ("QH15", "state", "Quốc hội"),
        ("UBTVQH14", "state", "Thường vụ Quốc hội"),
        ("TW", "party", "Trung ương"),
        ("VPTW", "party", "Văn phòng"),
        ("TU", "party", "Tỉnh ủy"),
        ("ThU", "party", "Thành ủy"),
        ("ĐU", "party", "Đảng ủy"),
        ("UBKTTU", "party", "Kiểm tra"),
    ],
)
def test_issuer_code(code: str, system: str, name_part: str) -> None:
    found = v.issuer_code(code)
    assert found is not None and found.system == system and name_part in found.name


@pytest.mark.parametrize("code", ["HDND", "DU", "XYZ", "", "QĐ"])
def test_issuer_code_unknown(code: str) -> None:
    assert v.issuer_code(code) is None


# --- citations -----------------------------------------------------------------------------


def test_citation_leads() -> None:
    leads = v.citation_leads()
    for lead in ("Căn cứ", "Thực hiện", "Triển khai thực hiện", "Theo", "Phúc đáp",
                 "Trả lời", "Tiếp theo", "Kèm theo", "Ban hành kèm theo"):  # fmt: skip
        assert lead in leads
    assert leads.index("Triển khai thực hiện") < leads.index("Triển khai")
    assert leads.index("Ban hành kèm theo") < leads.index("Kèm theo")


def test_unnumbered_citation_words() -> None:
    words = v.unnumbered_citation_words()
    assert {"Đại hội", "Hội nghị lần thứ", "Hội nghị Trung ương"} <= set(words)
