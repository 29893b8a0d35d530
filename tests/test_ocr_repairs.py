"""OCR repairs that must fire on misreadings and never on well-printed text (table-driven)."""

import pytest

from vbadmin.extract.signature import is_person_name, repair_title
from vbadmin.extract.subject import type_line
from vbadmin.layout import Segment


@pytest.mark.parametrize(
    ("ocr", "title"),
    [
        ("GIÁM ĐÓC", "GIÁM ĐỐC"),  # one tone mark wrong
        ("CHỦ TỊCH P SE", "CHỦ TỊCH"),  # signature ink read as letters
        ("PHÓ CỤC TRƯỞNG KH", "PHÓ CỤC TRƯỞNG"),
        ("Ờ P - P HO GIAM ĐỌC ( VÀ", "PHÓ GIÁM ĐỐC"),
        # well printed: left alone
        ("GIÁM ĐỐC SỞ NỘI VỤ", "GIÁM ĐỐC SỞ NỘI VỤ"),
        ("BỘ TRƯỞNG, CHỦ NHIỆM", "BỘ TRƯỞNG, CHỦ NHIỆM"),
        ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"),
        ("CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG"),
    ],
)
def test_signer_titles(ocr, title):
    assert repair_title(ocr) == title


def _segment(text: str) -> Segment:
    return Segment(text=text, page=1, row=0, column="full", box=(0, 0, 1, 1), unit="px", origin="ocr")


@pytest.mark.parametrize(
    ("text", "doc_type", "run_on"),
    [
        ("QUYÉT ĐỊNH", "Quyết định", ""),
        ("QUYẾT: ĐỊNH CHÁP THUẬN CHỦ TRƯƠNG ĐẦU TƯ", "Quyết định", "CHÁP THUẬN CHỦ TRƯƠNG ĐẦU TƯ"),
        ("THÔNG BÁO", "Thông báo", ""),
        ("QUY ĐỊNH", "Quy định", ""),
    ],
)
def test_type_lines(text, doc_type, run_on):
    found = type_line(_segment(text))
    assert found is not None
    assert (found[0].name, found[1]) == (doc_type, run_on)


@pytest.mark.parametrize("text", ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Quyết định số 12", "ĐẢNG CỘNG SẢN VIỆT NAM"])
def test_not_type_lines(text):
    assert type_line(_segment(text)) is None


@pytest.mark.parametrize(
    ("text", "is_name"),
    [("Nguyễn Mạnh Hùng", True), ("Lê Thị Ý", True), ("Chương I", False), ("Điều Khoản", False),
     ("PHẠM VĂN AN", False), ("Nơi Nhận", False), ("Trần Văn", True)],
)
def test_person_names(text, is_name):
    assert is_person_name(text) is is_name


def _body(lines: list[str], origin: str):
    from vbadmin.extract.body import read_body

    segments = [
        Segment(text=t, page=1, row=i, column="full", box=(0, i, 1, i + 1), unit="px", origin=origin, gap_before=True)
        for i, t in enumerate(lines)
    ]
    return read_body(segments)


def _labels(nodes, prefix=""):
    return [x for n in nodes for x in [prefix + n.label, *_labels(n.children, prefix + n.label + ".")]]


OCR_NUMBERING = ["I. KẾT QUẢ", "1. Một.", "II. HẠN CHẾ", "1. Hai.", "II. NHIỆM VỤ", "I. Ba.", "2. Bốn."]


def test_ocr_numbering_is_put_right_from_the_sequence():
    assert _labels(_body(OCR_NUMBERING, "ocr").directives) == ["I", "I.1", "II", "II.1", "III", "III.1", "III.2"]


def test_printed_numbering_is_kept_as_printed():
    labels = _labels(_body(OCR_NUMBERING, "text").directives)
    assert labels != ["I", "I.1", "II", "II.1", "III", "III.1", "III.2"]
    assert labels[:4] == ["I", "I.1", "II", "II.1"]


def _signature(lines: list[str], origin: str = "ocr"):
    from vbadmin.extract.signature import read_signature

    segments = [
        Segment(text=t, page=1, row=i, column="right", box=(0, i, 1, i + 1), unit="px", origin=origin)
        for i, t in enumerate(lines)
    ]
    return read_signature(segments).signatory


@pytest.mark.parametrize(
    ("lines", "authority", "position", "name"),
    [
        # a prefix OCR could not read still marks an authority line
        (["Ti. ỦV BAN NHÂN DÂN", "CHỦ TỊCH", "Định 7hị Thu Sơn"], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Định Thị Thu Sơn"),
        (["17M THÀNH UỶ", "BÍ THƯ", "Đặng Văn Hải"], "T/M THÀNH UỶ", "BÍ THƯ", "Đặng Văn Hải"),
        # "KT." lost: two whole titles stacked
        (["BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Văn An"], "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Văn An"),
        (["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Văn An"], "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Văn An"),
    ],
)
def test_signature_blocks_read_by_ocr(lines, authority, position, name):
    signatory = _signature(lines)
    assert (signatory.authority, signatory.position, signatory.name) == (authority, position, name)


def test_digits_in_a_printed_name_are_not_letters():
    signatory = _signature(["GIÁM ĐỐC", "Định 7hị Thu Sơn"], origin="text")
    assert signatory.name is None


def test_a_real_prefix_is_not_taken_for_a_damaged_one():
    signatory = _signature(["KT. BỘ TRƯƠNG", "THỨ TRƯỞNG", "Bùi Văn An"])
    assert (signatory.authority, signatory.prefix) == ("KT. BỘ TRƯỞNG", "KT")


def test_ink_below_the_title_is_dropped():
    assert _signature(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "P SE", "Bùi Văn An"]).position == "CHỦ TỊCH"


@pytest.mark.parametrize(
    ("ocr", "repaired"),
    [
        ("ỦY BAN NHÂN DÂN THÀNH PHÔ HẢI PHÒNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"),
        ("BAN TÔ CHỨC", "BAN TỔ CHỨC"),
        ("UBND TĨNH LÀO CAI", "UBND TỈNH LÀO CAI"),
        ("UỶ BAN NHÂN DÂN TỈNH HOÀ BÌNH", "UỶ BAN NHÂN DÂN TỈNH HOÀ BÌNH"),  # read right: kept as printed
        ("SỞ CÔNG THƯƠNG", "SỞ CÔNG THƯƠNG"),
    ],
)
def test_header_phrases(ocr, repaired):
    from vbadmin import vocab

    assert vocab.repair_phrases(ocr)[0] == repaired


@pytest.mark.parametrize(
    ("ocr", "item"),
    [("- Bộ trưởng (b/C);", "Bộ trưởng (b/c)"), ("- Văn phòng Trung ương Đảng (để b/©)", "Văn phòng Trung ương Đảng (để b/c)"),
     ("- Các Phó Giám đốc Sở:", "Các Phó Giám đốc Sở"), ("- Lưu: VT, KT.", "Lưu: VT, KT")],
)
def test_list_items(ocr, item):
    from vbadmin.extract.lists import clean_item

    assert clean_item(ocr) == item
