"""OCR repairs that must fire on misreadings and never on well-printed text (table-driven)."""

import pytest

from vbadmin import vocab
from vbadmin.extract.signature import is_person_name, repair_title
from vbadmin.extract.subject import type_line
from vbadmin.layout import Segment


@pytest.mark.parametrize(
    ("ocr", "title"),
    [
        ("GIÁM ĐÓC", "GIÁM ĐỐC"),  # one tone mark wrong
        ("THÓ CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG"),  # a known title inside a longer one a letter off
        ("PHÓ TRƯỞNG CỤC", "PHÓ CỤC TRƯỞNG"),  # a word the seal lowered onto a row of its own
        ("CHÁNH THANH TRA BỘ", "CHÁNH THANH TRA BỘ"), ("PHÓ GIÁM ĐỐC SỞ", "PHÓ GIÁM ĐỐC SỞ"),  # a body's head
        ("PHÓ TƯ LỆNH", "PHÓ TƯ LỆNH"), ("CHÍNH ỦY", "CHÍNH ỦY"),
        ("CHỦ TỊCH P SE", "CHỦ TỊCH"),  # signature ink read as letters
        ("PHÓ CỤC TRƯỞNG KH", "PHÓ CỤC TRƯỞNG"),
        ("Ờ P - P HO GIAM ĐỌC ( VÀ", "PHÓ GIÁM ĐỐC"),
        ("CHÁNH VĂN x PHÒNG", "CHÁNH VĂN PHÒNG"),  # a speck of ink inside the title
        ("PHÓ x GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
        ("PHÓ R CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
        ("PHO GIAM ĐOỌC", "PHÓ GIÁM ĐỐC"),  # one letter off a known title
        ("CHÁNH 1ĂN PHÒNG", "CHÁNH VĂN PHÒNG"),
        ("CHï TỊCH", "CHỦ TỊCH"),
        ("PHÓ CHỦ TIẾN", "PHÓ CHỦ TỊCH"),  # a long title two letters off
        ("PHÓ CHỦ TIỀN", "PHÓ CHỦ TỊCH"),
        ("CHỦ TIẾN", "CHỦ TIẾN"),  # a short one is not
        # a misread title before the body it heads: both put right, the body's name kept
        ("VỤ TRƯỞNC VỤ PHÁP CHẾ", "VỤ TRƯỞNG VỤ PHÁP CHẾ"), ("VU TRƯỞNG VU PHÁP CHẾ", "VỤ TRƯỞNG VỤ PHÁP CHẾ"),
        ("CỤC TRƯỞNC CỤC HÓA CHẤT", "CỤC TRƯỞNG CỤC HÓA CHẤT"),
        # a title whose marks OCR lost before words of its own: the title put right, the words kept
        ("PHO CHU TỊCH PHỤ TRÁCH", "PHÓ CHỦ TỊCH PHỤ TRÁCH"), ("PHO GIAM ĐỐC PHỤ TRÁCH", "PHÓ GIÁM ĐỐC PHỤ TRÁCH"),
        ("PHÓ CHU TỊCH THƯỜNG TRỰC", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"),
        ("PHO CHU TỊCH SE", "PHÓ CHỦ TỊCH"), ("PHO GIAM ĐỐC VÀ", "PHÓ GIÁM ĐỐC"),  # specks, not words
        # marks changed, not lost: another title as printed, kept
        ("THỦ TRƯỞNG ĐƠN VỊ", "THỦ TRƯỞNG ĐƠN VỊ"), ("TRƯỞNG BẢN NÀ LƠI", "TRƯỞNG BẢN NÀ LƠI"),
        ("PHÓ TRƯỞNG BẢN NÀ LƠI", "PHÓ TRƯỞNG BẢN NÀ LƠI"),  # a village's deputy head, no "TRƯỞNG BAN"
        ("CHỦ TOẠ HỘI NGHỊ", "CHỦ TOẠ HỘI NGHỊ"),
        # well printed: left alone
        ("GIÁM ĐỐC SỞ NỘI VỤ", "GIÁM ĐỐC SỞ NỘI VỤ"),
        ("BỘ TRƯỞNG, CHỦ NHIỆM", "BỘ TRƯỞNG, CHỦ NHIỆM"),
        ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"),
        ("CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG"),
        ("GIÁM ĐỐC SỞ Y TẾ", "GIÁM ĐỐC SỞ Y TẾ"),  # a body's name of short words is no ink
        ("BỘ TRƯỞNG BỘ Y TẾ", "BỘ TRƯỞNG BỘ Y TẾ"),
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
        ("QUYÉT ĐỊNH PHÊ DUYỆT DỰ ÁN", "Quyết định", "PHÊ DUYỆT DỰ ÁN"),  # a misread head, run on
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
     ("PHẠM VĂN AN", False), ("Nơi Nhận", False), ("Trần Văn", True),
     ("Rơ Châm H'Lin", True), ("Y’Bih Niê", True), ("Nguyễn Văn A'", False),
     ("K' Điệp", True), ("K'", False), ("Nguyễn K' An", True)],
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


@pytest.mark.parametrize(
    ("lines", "labels"),
    [
        # "8." read "§.", "9." read "9," (each where it is due)
        (["7. Bảy.", "§. Tám.", "9, Chín."], ["7", "8", "9"]),
        # "1-" read "I1-" under a Roman heading, "9." read "0."
        (["III. TỔ CHỨC THỰC HIỆN", "I1- Sở chủ trì.", "2- Các sở."], ["III", "III.1", "III.2"]),
        (["8. Tám.", "0. Chín.", "a) Một."], ["8", "9", "9.a"]),
        # the bold 1 of an article read as I, and its first point
        (["Điều I. Phạm vi.", "Điều 2. Đối tượng.", "Điều 3. Tổ chức", "I. Sở chủ trì."],
         ["Điều 1", "Điều 2", "Điều 3", "Điều 3.1"]),
        # "1-" read "I-" opening an arabic numbering (no II anywhere, a 2 later)
        (["I- Đẩy mạnh.", "a) Một.", "b) Hai.", "2- Rà soát."], ["1", "1.a", "1.b", "2"]),
        # a Roman heading in capitals stays one ("I. MỤC ĐÍCH" with no II read is still I)
        (["I. MỤC ĐÍCH", "1. Một.", "2. Hai."], ["I", "I.1", "I.2"]),
        # a misread number that is not due is text: "§. Tám." after 2.
        (["1. Một.", "2. Hai.", "§. Tám."], ["1", "2"]),
        # a rule's speck before a dash in the preamble is no point 1
        (["| - Căn cứ Nghị định số 12/2024/NĐ-CP;", "Điều 1. Một.", "Điều 2. Hai."], ["Điều 1", "Điều 2"]),
        (["I. MỤC ĐÍCH", "| - Nâng cao.", "- Bảo đảm."], ["I", "I.-"]),
        # Roman sections of a plan inside an article stay Roman
        (["Điều 1. Ban hành Kế hoạch sau:", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích.", "2. Yêu cầu.",
          "II. NHIỆM VỤ", "1. Một.", "Điều 2. Hai."],
         ["Điều 1", "Điều 1.I", "Điều 1.I.1", "Điều 1.I.2", "Điều 1.II", "Điều 1.II.1", "Điều 2"]),
        # a sentence-case Roman heading whose second numeral OCR misread ("Il.") stays Roman
        (["I. Kết quả thực hiện", "1. Một.", "2. Hai.", "Il. Nhiệm vụ"], ["I", "I.1", "I.2"]),
    ],
)
def test_ocr_point_numbers_misread(lines, labels):
    assert _labels(_body(lines, "ocr").directives) == labels


@pytest.mark.parametrize(
    ("last", "closing"),
    [
        # the issuer's reply formula closes; a request for a reply is the point's
        ("Thuế tỉnh Vĩnh Long trả lời để Công ty biết và thực hiện. Trường hợp còn vướng mắc, "
         "đề nghị Công ty liên hệ Phòng Quản lý.", True),
        ("Đề nghị Sở Tài chính sớm có văn bản trả lời để UBND huyện có cơ sở thực hiện.", False),
        ("Kính đề nghị Bộ Tài chính xem xét, trả lời để tỉnh được biết, thực hiện.", False),
    ],
)
def test_a_replys_formula_after_a_heading_closes_the_letter(last, closing):
    body = _body(["2. Về lập hóa đơn", "Căn cứ khoản 1 Điều 4 Nghị định số 123/2020/NĐ-CP.", last], "text")
    assert (body.closing[-1].text == last if closing else not body.closing) is True


def test_a_point_ends_without_the_space_ocr_put_before_its_end_mark():
    body = _body(["Điều 1. Quyết định này có hiệu lực kể từ ngày ký ./."], "ocr")
    assert body.directives[0].text == "Quyết định này có hiệu lực kể từ ngày ký./."


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
        # its first letter lost before the slash kept, or read as another capital before "M."
        (["_-#/M BẠN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Hải"], "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Hải"),
        (["EM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Văn Khánh"], "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH",
         "Nguyễn Văn Khánh"),
        # the body signed for wraps onto a row of its own, over a deputy's line or the title
        (["T/M UỶ BAN HÀNH CHÍNH TỈNH HÀ", "ĐÔNG", "K/T CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"],
         "T/M UỶ BAN HÀNH CHÍNH TỈNH HÀ ĐÔNG\nK/T CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"),
        (["T/M UỶ BAN NHÂN DÂN TỈNH HÀ", "TÂY", "CHỦ TỊCH", "Nguyễn Văn An"], "T/M UỶ BAN NHÂN DÂN TỈNH HÀ TÂY",
         "CHỦ TỊCH", "Nguyễn Văn An"),
        # a title's word read as its twin of other marks ("TRƯỜNG" for TRƯỞNG)
        (["KT. TRƯỞNG BAN", "PHÓ TRƯỜNG BAN THƯỜNG TRỰC", "Nguyễn Văn An"], "KT. TRƯỞNG BAN",
         "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Nguyễn Văn An"),
        # "KT." lost: two whole titles stacked
        (["BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Văn An"], "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Văn An"),
        (["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Văn An"], "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Văn An"),
        (["7/wi BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Phạm Thị Thu Hạnh"], "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ",
         "Phạm Thị Thu Hạnh"),  # a prefix read with lower-case letters
        # a marked capital written in lower case
        (["T/M ĐẢNG UỶ", "Bí THƯ", "Phan Chí Quang"], "T/M ĐẢNG UỶ", "BÍ THƯ", "Phan Chí Quang"),
        # the prefix in capitals with a space after it, as printed
        (["kT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Văn An"], "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Văn An"),
        (["Q.CHỦ TỊCH", "Nguyễn Văn Hòa"], "Q. CHỦ TỊCH", None, "Nguyễn Văn Hòa"),
        # the name under the seal misread: the signer's own title printed under it is no title
        # of the block
        (["T/M. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN", "teàng Văn Thuân", "PHÓ GIÁM ĐỐC", "SỞ CÔNG THƯƠNG LÀO CAI"],
         "T/M. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN", None),
        (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "x_ Ặằ.-- ố-<", "Bùi Văn An"], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
         "Bùi Văn An"),  # a scribble is no name line
        (["TRƯỞNG BAN", "HYên Niê"], None, "TRƯỞNG BAN", "H'Yên Niê"),  # the apostrophe of "H'Yên" lost
        (["Q. GIÁM ĐỐC", "1y Và", "Nông Thị Thu Hà"], "Q. GIÁM ĐỐC", None, "Nông Thị Thu Hà"),  # pen strokes
        (["GIÁM ĐỐC", "HOàng Văn Nam"], None, "GIÁM ĐỐC", None),  # a capital read twice: no "H'Oàng"
        # a scribble read as a name-like line above the name: the name under it is the name
        (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Thà Văn ấy", "Nguyễn Văn Thuân"], "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
         "Nguyễn Văn Thuân"),
        # the family name's capital hidden by the seal: the one family name the rest ends
        (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "¡han 7rung Bá"], "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phan Trung Bá"),
        (["GIÁM ĐỐC", "ong Văn An"], None, "GIÁM ĐỐC", None),  # "ong": Hồng? Tống? Đồng? not one
        # a bold H read as two upright strokes
        (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "tioàng Văn Thuần"], "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Thuần"),
        (["GIÁM ĐỐC", "liuỳnh Thị Lan"], None, "GIÁM ĐỐC", "Huỳnh Thị Lan"),
        (["GIÁM ĐỐC", "tiàm Văn Ba"], None, "GIÁM ĐỐC", None),  # no capital of two strokes ends in "àm"
        # a prefix the seal's ring damaged: K read as X, the slash of T/M as a vowel before a body
        (["XT. CHÍ HUY TRƯỜNG", "PHÓ CHÍ HUY TRƯỞNG", "Vàng A Sùng"], "KT. CHỈ HUY TRƯỞNG",
         "PHÓ CHỈ HUY TRƯỞNG", "Vàng A Sùng"),
        (["TÁM BẠN THƯỜNG", "VỊ", "PHÓ BÍ THƯ", "Lò Thị Phương Thảo"], "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ",
         "Lò Thị Phương Thảo"),  # and the body's last word wrapped onto a row of its own
        (["x7. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Thị Thu Linh"], "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Bùi Thị Thu Linh"),
        # a body's name with its dash is no flattened stack (probe-w21)
        (["TM. BAN KINH TẾ - NGÂN SÁCH", "TRƯỞNG BAN", "Lê Văn An"], "TM. BAN KINH TẾ - NGÂN SÁCH", "TRƯỞNG BAN",
         "Lê Văn An"),
        # TUQ.'s Q lost on a 200-DPI scan (probe-k16): no TL., which has no U
        (["TU. GIÁM ĐỐC.", "TRƯỞNG PHÒNG NGHIỆP VỤ Y", "BSCKI. Nguyễn Thị Thanh Vân"], "TUQ. GIÁM ĐỐC",
         "TRƯỞNG PHÒNG NGHIỆP VỤ Y", "BSCKI. Nguyễn Thị Thanh Vân"),
        (["Ti. GIÁM ĐỐC", "TRƯỞNG PHÒNG", "Lê Văn An"], "TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG", "Lê Văn An"),  # control
        # a speck before a prefix read with a comma: the row split at the speck, after the list's item
        (["TM. UỶ BAN NHÂN DÂN", "-' KT, CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Mai Thị Hồng Quang"],
         "TM. UỶ BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Mai Thị Hồng Quang"),
        (["TỔNG CỤC THUẾ", "CỤC TRƯỞNG", "Lê Văn An"], None, "TỔNG CỤC THUẾ CỤC TRƯỞNG", "Lê Văn An"),
        (["KT. BỘ TRƯỞNG", "THỨ TRƯỜNG", "Phan Hữu Lan"], "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Phan Hữu Lan"),  # a title
        (["TỔ TRƯỞNG", "Lê Văn An"], None, "TỔ TRƯỞNG", "Lê Văn An"),  # no BỘ TRƯỞNG a letter away
        (["XÃ ĐỘI TRƯỞNG", "Lê Văn An"], None, "XÃ ĐỘI TRƯỞNG", "Lê Văn An"),
        # titles the list lacks, in syllables read right, stay as printed
        (["HỘI TRƯỞNG", "Lê Văn An"], None, "HỘI TRƯỞNG", "Lê Văn An"),
        (["KT. TRẠM TRƯỞNG", "PHÓ TRẠM TRƯỞNG", "Lê Văn An"], "KT. TRẠM TRƯỞNG", "PHÓ TRẠM TRƯỞNG", "Lê Văn An"),
        (["TM. HỘI ĐỒNG QUẢN TRỊ CÔNG TY TM, DV", "CHỦ TỊCH", "Lê Văn An"],
         "TM. HỘI ĐỒNG QUẢN TRỊ CÔNG TY TM, DV", "CHỦ TỊCH", "Lê Văn An"),  # "TM," in a firm's name
        # after a prefix only a title is printed: two letters off
        (["Q. UUIÁM ĐÔC", "Nguyễn Anh Thuận"], "Q. GIÁM ĐỐC", None, "Nguyễn Anh Thuận"),
        (["KT. CC TRƯƠNG", "PHÓ CỤC TRƯỞNG", "Trần Ngọc Sơn"], "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Trần Ngọc Sơn"),
        # a title's head word read as ink in lower case: the title in capitals after it
        (["KT. CHỦ TỊCH", "PïïS) CHU TỊCH", "Nguyễn Thành Sinh"], "KT. CHỦ TỊCH", "CHỦ TỊCH", "Nguyễn Thành Sinh"),
        (["KT. GIÁM ĐỐC", "xr« PHÓ GIÁM ĐỐC", "Lê Văn An"], "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn An"),
        # not after words that are syllables, nor before capitals that make no title
        (["KT. GIÁM ĐỐC", "Ký bởi GIÁM ĐỐC", "Lê Văn An"], "KT. GIÁM ĐỐC", None, "Lê Văn An"),
        (["KT. GIÁM ĐỐC", "xr« SỞ NỘI", "Lê Văn An"], "KT. GIÁM ĐỐC", None, "Lê Văn An"),
        # a prefix's dot read twice (probe-b21 archive scan)
        (["TM..ỦY BAN BẦU CỬ", "CHỦ TỊCH", "Trần Văn An"], "TM. ỦY BAN BẦU CỬ", "CHỦ TỊCH", "Trần Văn An"),
    ],
)
def test_signature_blocks_read_by_ocr(lines, authority, position, name):
    signatory = _signature(lines)
    assert (signatory.authority, signatory.position, signatory.name) == (authority, position, name)


def test_digits_in_a_printed_name_are_not_letters():
    signatory = _signature(["GIÁM ĐỐC", "Định 7hị Thu Sơn"], origin="text")
    assert signatory.name is None


def test_a_prefix_in_decomposed_text_is_cut_where_it_ends():
    import unicodedata

    signatory = _signature([unicodedata.normalize("NFD", "KT. BỘ TRƯỞNG"), "THỨ TRƯỞNG", "Bùi Văn An"], origin="text")
    assert signatory.authority == "KT. BỘ TRƯỞNG"


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
        ("HĐND TỈNH HƯNGYÊN", "HĐND TỈNH HƯNG YÊN"),  # the space lost between big capitals
        ("BỘ TƯPHÁP", "BỘ TƯ PHÁP"),
        ("BỘ CÔNG THƯƠNG", "BỘ CÔNG THƯƠNG"),
        # a word one phrase put right is not undone by an overlapping one ("QUÂN KHU")
        ("CHI CỤC HẢI QUÂN KHU VỰC VI", "CHI CỤC HẢI QUAN KHU VỰC VI"),
        ("CHI CỤC HẢI QUAN KHU VỰC VI", "CHI CỤC HẢI QUAN KHU VỰC VI"),  # read right: it stands
        ("BỘ TƯ LỆNH QUAN KHU 2", "BỘ TƯ LỆNH QUÂN KHU 2"),
        # a mark added or lost inside a body's name known whole, three words at a time; two of
        # its words that are a place's name stay ("AN DÂN", "AN TỊNH")
        ("PHÒNG THỊ HÀNH ÁN DÂN SỰ KHU VỰC 2", "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2"),
        ("BỘ CHỈ HUY QUẦN SỰ TỈNH LÀO CAI", "BỘ CHỈ HUY QUÂN SỰ TỈNH LÀO CAI"),
        ("TÒA AN NHÂN DÂN KHU VỰC 9", "TÒA ÁN NHÂN DÂN KHU VỰC 9"),
        ("UBND XÃ AN DÂN", "UBND XÃ AN DÂN"), ("UBND PHƯỜNG AN TỊNH", "UBND PHƯỜNG AN TỊNH"),
        # a place unit's spelling inside three words of a name is that name's ("QUẬN SỰ" is no district)
        ("BỘ CHỈ HUY QUẬN SỰ TỈNH ĐẮK LẮK", "BỘ CHỈ HUY QUÂN SỰ TỈNH ĐẮK LẮK"),
        ("ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH", "ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH"),
        ("ĐẢNG BỘ PHƯỜNG AN XUYÊN", "ĐẢNG BỘ PHƯỜNG AN XUYÊN"),  # a place unit as printed: no "PHƯƠNG ÁN"
        ("TỈNH ỦY THANH HÓA", "TỈNH ỦY THANH HÓA"),  # no phrase across the comma of "TỈNH ỦY, THÀNH ỦY"
        # "an toàn" is a word as read: AN lost no mark, the board is no "BẢN ÁN"
        ("BAN AN TOÀN GIAO THÔNG", "BAN AN TOÀN GIAO THÔNG"),
        ("HỘI ĐỒNG NHÂN DÂN TINH NINH THUẬN", "HỘI ĐỒNG NHÂN DÂN TỈNH NINH THUẬN"),
        ("TẠI HỘI TRƯỜNG TỈNH ỦY", "TẠI HỘI TRƯỜNG TỈNH ỦY"),  # a hall, no HỘI TRƯỞNG (stop 27 review)
        ("BAO HIEM Y TE", "BẢO HIỂM Y TẾ"),  # two words of a head known whole
    ],
)
def test_header_phrases(ocr, repaired):
    from vbadmin import vocab

    assert vocab.repair_phrases(ocr)[0] == repaired


@pytest.mark.parametrize(
    ("ocr", "item"),
    [("- Bộ trưởng (b/C);", "Bộ trưởng (b/c)"), ("- Văn phòng Trung ương Đảng (để b/©)", "Văn phòng Trung ương Đảng (để b/c)"),
     ("- Các Phó Giám đốc Sở:", "Các Phó Giám đốc Sở"), ("- Lưu: VT, KT.", "Lưu: VT, KT"),
     ("- Luu: VT, KT.", "Lưu: VT, KT"), ("- _", ""), ("- Ông Đê (Giám đốc);", "Ông Đê (Giám đốc)"),
     ("- Như Điều 5;'", "Như Điều 5"), ("- Lưu: VT, CN(Dũng)-", "Lưu: VT, CN(Dũng)"),
     ("- Các chi bộ trực thuộc, /", "Các chi bộ trực thuộc"),  # a stroke of the signature beside it
     ("- Văn phòng UBND tỉnh; |", "Văn phòng UBND tỉnh"), ("- Lưu: VT, KT/", "Lưu: VT, KT/"),
    ],
)
def test_list_items(ocr, item):
    from vbadmin.extract.lists import clean_item

    assert clean_item(ocr) == clean_item(ocr, ocr=True) == item


@pytest.mark.parametrize(
    ("read", "typed", "ocr"),
    [("- Bộ trưởng (đê bí/c);", "Bộ trưởng (đê bí/c)", "Bộ trưởng (để b/c)"),
     ("- Cục Cảnh sát giao thông (đê p/h);", "Cục Cảnh sát giao thông (đê p/h)", "Cục Cảnh sát giao thông (để p/h)"),
     ("- Như trên (dể biết);", "Như trên (dể biết)", "Như trên (để biết)"),
     ("- UBND tỉnh (đê báo cáo);", "UBND tỉnh (đê báo cáo)", "UBND tỉnh (để báo cáo)"),
     ("- Chủ tịch UBND tỉnh (b/€);", "Chủ tịch UBND tỉnh (b/€)", "Chủ tịch UBND tỉnh (b/c)"),
     ("- Bộ trưởng (b/);", "Bộ trưởng (b/)", "Bộ trưởng (b/c)"),
     ("- Các phòng chuyên môn (b/©C)", "Các phòng chuyên môn (b/©C)", "Các phòng chuyên môn (b/c)"),
     ("- TT. HĐND tỉnh (để ph);", "TT. HĐND tỉnh (để ph)", "TT. HĐND tỉnh (để p/h)"),
     ("- Sở Y tế (để phê duyệt);", "Sở Y tế (để phê duyệt)", "Sở Y tế (để phê duyệt)"),
     ("- Lưu: VF, XD.", "Lưu: VF, XD", "Lưu: VT, XD"),
     ("- Luu: VỊ, TTPVHCC, KT.", "Lưu: VỊ, TTPVHCC, KT", "Lưu: VT, TTPVHCC, KT"),
     ("- Lưu: VI, VT.", "Lưu: VI, VT", "Lưu: VI, VT"),  # VT is there: VI is a unit's code
     # small print: "VT," with its comma read as a tilde
     ("- Lưu: VŨ KSĐH.", "Lưu: VŨ KSĐH", "Lưu: VT, KSĐH"), ("- Lưu: VŨ BLL.", "Lưu: VŨ BLL", "Lưu: VT, BLL"),
     ("- Lưu: VP, XD.", "Lưu: VP, XD", "Lưu: VP, XD"), ("- Lưu: VIỆN KHXH", "Lưu: VIỆN KHXH", "Lưu: VIỆN KHXH"),
     ("- Các ban đảng Tỉnh ủy (bíc);", "Các ban đảng Tỉnh ủy (bíc)", "Các ban đảng Tỉnh ủy (b/c)"),
     # the archive copy's codes: the comma read as a full stop, lost, or without its space
     ("- Lưu: VT. KT.", "Lưu: VT. KT", "Lưu: VT, KT"), ("- Lưu: VT,. XD;", "Lưu: VT,. XD", "Lưu: VT, XD"),
     ("- Lưu: VT VP.", "Lưu: VT VP", "Lưu: VT, VP"), ("- Lưu: VT,NVTW.", "Lưu: VT,NVTW", "Lưu: VT, NVTW"),
     ("- Lưu: VT, CN(M.Cường).", "Lưu: VT, CN(M.Cường)", "Lưu: VT, CN(M.Cường)"),  # a note, no code
     ("- Lưu: VT, Vụ KHCNMT&VLXD.", "Lưu: VT, Vụ KHCNMT&VLXD", "Lưu: VT, Vụ KHCNMT&VLXD"),
     # a full stop before a word in lower case is a comma misread; before a capital it stays
     ("- Thủ tướng. các Phó Thủ tướng;", "Thủ tướng. các Phó Thủ tướng", "Thủ tướng, các Phó Thủ tướng"),
     ("- TT. HĐND tỉnh;", "TT. HĐND tỉnh", "TT. HĐND tỉnh"),
     ("- UBND các tỉnh, TP. trực thuộc TW;", "UBND các tỉnh, TP. trực thuộc TW",
      "UBND các tỉnh, TP. trực thuộc TW"),  # an abbreviation's full stop
     ("- Lưu: VT, VP UBND tỉnh.", "Lưu: VT, VP UBND tỉnh", "Lưu: VT, VP UBND tỉnh"),  # one unit's name
     ("- “Văn phòng” cũ;", "“Văn phòng” cũ", "“Văn phòng” cũ"),
     ("- 'TT. HĐND tỉnh (để b/c);", "'TT. HĐND tỉnh (để b/c)", "TT. HĐND tỉnh (để b/c)"),
     ("- Ủy ban Kiểm tra Tỉnh ủy (để p//h);", "Ủy ban Kiểm tra Tỉnh ủy (để p//h)",
      "Ủy ban Kiểm tra Tỉnh ủy (để p/h)"),
     # the b of "(b/c)" read as a Đ; a Đ that lost its bar in a known code
     ("- TT Huyện ủy, TT HDND huyện (Đ/c);", "TT Huyện ủy, TT HDND huyện (Đ/c)",
      "TT Huyện ủy, TT HĐND huyện (b/c)"),
     ("- Đ/c Nguyễn Văn An;", "Đ/c Nguyễn Văn An", "Đ/c Nguyễn Văn An"),  # a comrade named: as read
     ("- DNTN Hòa Bình;", "DNTN Hòa Bình", "DNTN Hòa Bình"),  # no known code with a Đ
     # the usual first item read without its space or with other marks
     ("- Nhưtrên;", "Nhưtrên", "Như trên"), ("- Nhu trén;", "Nhu trén", "Như trên"),
     ("- Nhưưên;", "Nhưưên", "Như trên"), ("- Nhân dân;", "Nhân dân", "Nhân dân"),
     # the T of TT, CT, PCT read as an F or an I
     ("- FT Huyện ủy, TF HĐND huyện (b/c);", "FT Huyện ủy, TF HĐND huyện (b/c)",
      "TT Huyện ủy, TT HĐND huyện (b/c)"),
     ("- CF, các PCF UBND xã;", "CF, các PCF UBND xã", "CT, các PCT UBND xã"),
     ("- Công ty FPT;", "Công ty FPT", "Công ty FPT"),
     ("- Lưu: VT, PCO6 (Đ2).", "Lưu: VT, PCO6 (Đ2)", "Lưu: VT, PC06 (Đ2)"),  # a unit's 0 read as an O
     ("- Như trên (để t/h);", "Như trên (để t/h)", "Như trên (để t/h)"),
     # "VT," in small print with its T and comma read as one letter; the office's own VP stays
     ("- Lưu: VD KT.", "Lưu: VD KT", "Lưu: VT, KT"), ("- Lưu: VE, VP(Hương).", "Lưu: VE, VP(Hương)",
      "Lưu: VT, VP(Hương)"), ("- Lưu: VTE ĐT.", "Lưu: VTE ĐT", "Lưu: VT, ĐT"),
     ("- Lưu: VP NN.", "Lưu: VP NN", "Lưu: VP NN"),
     # the b of "(b/c)" read as an h or a B, or lost; a dash read as "_" glued to the item
     ("- TT HĐND tỉnh (h/c);", "TT HĐND tỉnh (h/c)", "TT HĐND tỉnh (b/c)"),
     ("- Thường trực Tỉnh ủy (hb/C);", "Thường trực Tỉnh ủy (hb/C)", "Thường trực Tỉnh ủy (b/c)"),
     ("- Bộ NN&PTNT (/C);", "Bộ NN&PTNT (/C)", "Bộ NN&PTNT (b/c)"),
     ("- UBTW MTTQ (B/©);", "UBTW MTTQ (B/©)", "UBTW MTTQ (b/c)"),
     ("- Giám đốc Sở (B/c);", "Giám đốc Sở (B/c)", "Giám đốc Sở (B/c)"),  # printed so
     ("_BQLDA ĐTXD tỉnh;", "BQLDA ĐTXD tỉnh", "BQLDA ĐTXD tỉnh"), ("_a_b", "_a_b", "_a_b"),
     # a known code's U read with a horn; a word with its horn stays ("ThU" is a code too)
     ("- ƯBND tỉnh (để p/h);", "ƯBND tỉnh (để p/h)", "UBND tỉnh (để p/h)"),
     ("- Đ/c BÍ THƯ Tỉnh ủy;", "Đ/c BÍ THƯ Tỉnh ủy", "Đ/c BÍ THƯ Tỉnh ủy"),
     # the signature's strokes read on the last item's row, after its end (a phone photo)
     ("- Lưu: VT, THCS. /uWu", "Lưu: VT, THCS. /uWu", "Lưu: VT, THCS"),
     ("- Các đ/c Phó Giám đốc; /LLÁ 1/7", "Các đ/c Phó Giám đốc; /LLÁ 1/7", "Các đ/c Phó Giám đốc"),
     ("- Lưu: VT, P.KT/HC.", "Lưu: VT, P.KT/HC", "Lưu: VT, P.KT/HC")],
)
def test_list_items_read_by_ocr(read, typed, ocr):
    """OCR's misreadings of the usual notes and of the records office's code are put right only
    in rows OCR read: typed text is as typed."""
    from vbadmin.extract.lists import clean_item

    assert (clean_item(read), clean_item(read, ocr=True)) == (typed, ocr)


SIGNED_BY_A_DEPUTY = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÀO CAI                           Độc lập - Tự do - Hạnh phúc

Số: 2507/GP-UBND                  Lào Cai, ngày 21 tháng 7 năm 2026

GIẤY PHÉP
SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP

Điều 1. Cấp phép cho Công ty Cổ phần Khai thác đá.
Điều 2. Giấy phép này có giá trị kể từ ngày ký.

Nơi nhận:                                     KT. CHỦ TỊCH
- PCT UBND tỉnh Nguyễn Thành Sinh;            CHỦ TỊCH
- Lưu: VT.
                                              Nguyên Thành Sinh
"""


@pytest.mark.parametrize(("origin", "position", "name"), [
    ("ocr", "PHÓ CHỦ TỊCH", "Nguyễn Thành Sinh"),  # "PHÓ" lost under ink, a mark lost under the seal
    ("text", "CHỦ TỊCH", "Nguyên Thành Sinh"),  # printed text keeps its errors
])
def test_signer_repaired_from_the_kt_rule_and_the_name_printed_above(origin, position, name):
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    signatory = parse_pages(as_ocr_pages(SIGNED_BY_A_DEPUTY, origin)).signatory
    assert signatory is not None
    assert (signatory.position, signatory.name) == (position, name)


@pytest.mark.parametrize(("read", "expected"), [
    ("Suyến Thành Sỉnh", "Nguyễn Thành Sinh"),  # the family name garbled under the seal
    ("Nguyên Thành Sinh", "Nguyễn Thành Sinh"),  # a mark lost
    # left alone: a family name as read, a family name too far off, other given names
    ("Trần Thành Sinh", "Trần Thành Sinh"),
    ("Xkhyến Thành Sinh", "Xkhyến Thành Sinh"),
    ("Suyến Thành Sơn", "Suyến Thành Sơn"),
    # another person with the same given names is no reading of a family name's misread mark
    ("Vù Thành Sinh", "Vũ Thành Sinh"),
    ("Lẽ Thành Sinh", "Lê Thành Sinh"),
    # a rank before the name stays; the name after it is repaired as any other
    ("Đại tá Suyến Thành Sỉnh", "Đại tá Nguyễn Thành Sinh"),
    ("Đại tá Nguyên Thành Sinh", "Đại tá Nguyễn Thành Sinh"),
])
def test_a_garbled_family_name_is_taken_from_the_name_printed_in_the_list(read, expected):
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    # The list names the deputy chairman; the body names another person, Lý Thành Sinh.
    letter = SIGNED_BY_A_DEPUTY.replace("Nguyên Thành Sinh\n", f"{read}\n").replace(
        "Cấp phép cho Công ty", "Giao ông Lý Thành Sinh và Công ty")
    signatory = parse_pages(as_ocr_pages(letter, "ocr")).signatory
    assert signatory is not None and signatory.name == expected


@pytest.mark.parametrize(("authority", "position", "expected"), [
    ("KT. CHỦ TỊCH", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("KT. BỘ TRƯỞNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG"),  # a minister's deputy is no "PHÓ BỘ TRƯỞNG"
    ("KT. BỘ TRƯỞNG", "TRƯỞNG", "THỨ TRƯỞNG"),  # "THỨ" lost under the seal's ring
    ("KT. GIÁM ĐỐC", "ĐỐC", "PHÓ GIÁM ĐỐC"),
    ("KT. CỤC TRƯỞNG", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"),
    ("KT. CHỦ TỊCH", "PïïS) CHU TỊCH", "PHÓ CHỦ TỊCH"),  # the head word read as ink, in lower case
    # the head's title with its function after it: the deputy's with the same function
    ("KT. TRƯỞNG BAN", "TRƯỞNG BAN THƯỜNG TRỰC", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"),
    ("KT. CHỦ TỊCH", "CHỦ TỊCH THƯỜNG TRỰC", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"),
    # left alone: a deputy's title as read, or another title
    ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỨ TRƯỞNG"),
    ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"),
    ("KT. GIÁM ĐỐC", "TRƯỞNG PHÒNG", "TRƯỞNG PHÒNG"),
    ("KT. THỨ TRƯỞNG", "TRƯỞNG", "TRƯỞNG"),  # a head misread: no "PHÓ THỨ TRƯỞNG"
    ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "CHỦ TỊCH"),
])
def test_the_deputy_under_kt_gets_the_head_word_the_ink_hid(authority, position, expected):
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    letter = SIGNED_BY_A_DEPUTY.replace("KT. CHỦ TỊCH", authority.ljust(12)).replace(
        "          CHỦ TỊCH\n", f"          {position}\n")
    signatory = parse_pages(as_ocr_pages(letter, "ocr")).signatory
    assert signatory is not None and signatory.position == expected


@pytest.mark.parametrize(
    ("ocr", "repaired"),
    [("23//BB-VPHC", "23/BB-VPHC"), ("464/0Đ-BCT", "464/QĐ-BCT"), ("12/2020/OĐ-CP", "12/2020/QĐ-CP"),
     # Q read as O in a code's initials: QL (quản lý), QH (Quốc hội), QP (quốc phòng)
     ("13821/CHQ-GSOL", "13821/CHQ-GSQL"), ("97/2025/OH15", "97/2025/QH15"), ("15/BOP-TM", "15/BQP-TM"),
     ("8/OLDA-KH", "8/QLDA-KH"),
     # the number's first 1 read as I or l; the legislature's 1 as I; a letter of a code read twice
     ("I18-KH/ĐUCATW", "118-KH/ĐUCATW"), ("l12/KH-UBND", "112/KH-UBND"), ("118/2025/QHI5", "118/2025/QH15"),
     ("|15/QĐ-UBND", "|15/QĐ-UBND"), ("I5/QĐ-UBND", "I5/QĐ-UBND"),  # a rule's speck; too short to tell
     ("136/2024/QHI15", "136/2024/QH15"), ("12-NQ/ĐĐU", "12-NQ/ĐU"), ("45/QĐĐ-UBND", "45/QĐ-UBND"),
     ("07/HĐĐND-VP", "07/HĐND-VP"), ("12/TB-TTTr", "12/TB-TTr"),
     ("12/BTTTT-KH", "12/BTTTT-KH"), ("28-HD/CCB", "28-HD/CCB"),  # known codes with a doubled letter
     ("12/CT-TTHT", "12/CT-TTHT"), ("IV/2025", "IV/2025"),  # no known single reading; no figure after I
     # a type code with Q read as O or a stroke read as an extra I; issuers' codes are left
     ("87/NO-CP", "87/NQ-CP"), ("12/2020/NO-CP", "12/2020/NQ-CP"), ("01-KIL/TW", "01-KL/TW"),
     ("5/SO-KH", "5/SO-KH"), ("1-CV/BTCTVW", "1-CV/BTCTVW"),
     # a small T read as an I (TT, TW); a speck before the slash read as a letter
     ("09/2023/TI-NHNN", "09/2023/TT-NHNN"), ("123-KL/IW", "123-KL/TW"), ("21-KLU/TW", "21-KL/TW"),
     # an L read as an I; a resolution's issuer code without a type; a stroke before the code
     ("135-KI/TW", "135-KL/TW"), ("81/2025/UBIVQH15", "81/2025/UBTVQH15"),
     ("215-KH/ITWĐTN-PTTN", "215-KH/TWĐTN-PTTN"), ("12/CV-BIDV", "12/CV-BIDV"),
     ("26-HD/BICIW", "26-HD/BTCTW"),  # two of its T's read as I
     ("12/SCT-CN", "12/SCT-CN"), ("12/BCA-C06", "12/BCA-C06"),  # issuers' codes, not types cut short
     ("123/CTU-KH", "123/CTU-KH"), ("123/HDV-SYT", "123/HDV-SYT"),  # a State công văn's issuer code
     # a number's figures read as their look-alikes before a symbol, not before a date's month
     ("8ó/KH-BCA-C06", "86/KH-BCA-C06"), ("2O/2026/NĐ-CP", "20/2026/NĐ-CP"), ("12/3/2O26", "12/3/2O26"),
     ("31§-CV/BTGDVTU", "318-CV/BTGDVTU"),
     # a 1 read as I after a figure; a slash doubled before a year
     ("0I-KL/TW", "01-KL/TW"), ("2I1/QĐ-UBND", "211/QĐ-UBND"), ("01//2011/TT-BNV", "01/2011/TT-BNV"),
     ("OI-KL/TW", "OI-KL/TW"),  # no figure at all: nothing to tell a number by
     # left alone: not a number-symbol, or nothing misread
     ("1/2", "1/2"), ("a//b", "a//b"), ("01:2019/BCT", "01:2019/BCT"), ("0Đ-5", "0Đ-5"),
     ("12/KSONMT-VP", "12/KSONMT-VP"),  # an O before other letters is an initial ("ô nhiễm")
     ("GSOL", "GSOL"), ("12-OL", "12-OL"),  # no number-symbol; O before the slash
     # a type code's Đ read without its bar, also after a number the clerk's pen hid; a known
     # code with D stays (HD: Hướng dẫn, DA: Dự án), and so does an issuer's
     ("2338/QD-UBND", "2338/QĐ-UBND"), ("12/2020/ND-CP", "12/2020/NĐ-CP"), ("đ#ZŠ/QD-UBND", "đ#ZŠ/QĐ-UBND"),
     ("5/HD-UBND", "5/HD-UBND"), ("12/DA-UBND", "12/DA-UBND"), ("12/SXD-QLGT", "12/SXD-QLGT"),
     ("đ/c", "đ/c"), ("b/c", "b/c"),
     ("/ĐCK-CTT", "/ĐCK-CTT"),  # after an unread number only the type code is read again
     # a committee's term with its 1 read as I; a police unit's figures read as O and I; a
     # Roman numeral or a code with no figure after it stays
     ("612/BC-UBKTTCI5", "612/BC-UBKTTC15"), ("12/2025/NQ-UBTVQHI5", "12/2025/NQ-UBTVQH15"),
     ("3921/CAT-PXOI", "3921/CAT-PX01"), ("45/KH-CAT-PCO5", "45/KH-CAT-PC05"), ("86/TB-HQKVXII", "86/TB-HQKVXII"),
     ("12/BCA-PC01", "12/BCA-PC01"), ("12/CAT-PA08", "12/CAT-PA08"), ("5/UBND-PTOS", "5/UBND-PTOS"),
     ("08/QĐ-VKSKVS", "08/QĐ-VKSKV5"), ("8/TB-KVS", "8/TB-KVS"),  # a region's 5 read as S (probe-v23)
     ],
)
def test_cited_number_symbols(ocr, repaired):
    from vbadmin.ocrfix import repair_symbol_token

    assert repair_symbol_token(ocr) == repaired


@pytest.mark.parametrize(
    ("words", "joined"),
    [(["số", "464/QĐ-BC", "T", "ngày"], ["số", "464/QĐ-BCT", "ngày"]),  # BCT is a known code
     (["số", "12/QĐ-UBND", "A", "ngày"], ["số", "12/QĐ-UBND", "A", "ngày"]),  # UBND is known already
     # the number's last 1 cut off as "l", and Q read as O: both put right
     (["sô", "1382", "l/CHQ-GSOL", "ngày"], ["sô", "13821/CHQ-GSQL", "ngày"]),
     # a cited number's first figure set apart
     (["số", "1", "120/QĐ-UBND", "ngày"], ["số", "1120/QĐ-UBND", "ngày"]),
     (["khoản", "1", "120/QĐ-UBND"], ["khoản", "1", "120/QĐ-UBND"]),  # no "số" before it
     (["số", "I", "190/SYT-NVY"], ["số", "1190/SYT-NVY"])],  # the 1 set apart read as a stroke
)
def test_a_space_inside_an_issuer_code(words, joined):
    from vbadmin.ocrfix import repair_ocr_page
    from vbadmin.pages import Line, Page, Word

    line = Line([Word(text, 10.0 * i, 0, 10.0 * i + 8, 10) for i, text in enumerate(words)])
    repair_ocr_page(Page(number=1, width=100, height=100, unit="px", origin="ocr", lines=[line]))
    assert [word.text for word in line.words] == joined


@pytest.mark.parametrize(("text", "confidence", "repaired"), [
    ("2I1-KL/TW", 0.51, "21-KL/TW"), ("13I1-QĐ/TW", 0.19, "131-QĐ/TW"),  # probe-t21, u29 scans
    ("2I1-KL/TW", 0.9, "2I1-KL/TW"),  # read with confidence: left to the symbol's repair
    ("I1/QĐ-UBND", 0.4, "I1/QĐ-UBND"),  # no figure before: 11 or 1, no telling
])
def test_a_numbers_one_read_as_a_stroke_and_a_figure(text, confidence, repaired):
    from vbadmin.ocrfix import _one_read_twice
    from vbadmin.pages import Line, Word

    line = Line([Word(text, 0, 0, 90, 20, confidence)])
    _one_read_twice(line)
    assert line.words[0].text == repaired


@pytest.mark.parametrize(
    ("words", "gaps", "joined"),
    [(["T/M", "BẠN", "THUỜNG", "V", "Ụ"], [8, 8, 8, 2], "T/M BẠN THUỜNG VỤ"),  # probe-e11 at 200 DPI
     (["ỦY", "BAN", "NH", "ÂN", "DÂN"], [8, 8, 3, 8], "ỦY BAN NHÂN DÂN"),
     (["Ban", "Th", "ường", "vụ"], [8, 2, 8], "Ban Thường vụ"),
     (["ỦY", "BAN", "NH", "ÂN", "DÂN"], [8, 8, 8, 8], "ỦY BAN NH ÂN DÂN"),  # a space apart: as read
     (["Điều", "V", "Ủy", "ban"], [8, 2, 8], "Điều V Ủy ban"),  # no syllable together
     (["MTTQ", "ỦY"], [2], "MTTQ ỦY"), (["NH", "ân"], [2], "NH ân"),  # four letters; cases differ
     # set as far apart as the line's other words: "TRƯỜNG TH ẤP BẮC" (tiểu học), no "THẤP" (review)
     (["TRƯỜNG", "TH", "ẤP", "BẮC"], [3, 3, 3], "TRƯỜNG TH ẤP BẮC")],
)
def test_a_syllable_read_in_two_pieces_is_joined(words, gaps, joined):
    from vbadmin.ocrfix import join_split_syllables
    from vbadmin.pages import Line, Word

    placed, x = [], 0.0
    for text, gap in zip(words, [*gaps, 0], strict=True):
        placed.append(Word(text, x, 0, x + 10 * len(text), 20))
        x += 10 * len(text) + gap
    line = Line(placed)
    join_split_syllables(line)
    assert " ".join(word.text for word in line.words) == joined


@pytest.mark.parametrize(
    ("line", "is_subject"),
    [("V/v triển khai thực hiện", True), ("V/% tổ chức đại hội đảng bộ", True),
     ("V/› kiểm tra việc chấp hành", True), ("V/ quy hoạch cán bộ", True),
     ("V7 tổ chức các hoạt động", True), ("V/& tổ chức các hoạt động", True),  # italic; a fax's streak
     ("V/%v góp ý dự thảo Đề án", True),  # a speck between the slash and the v
     ("V/W tổ chức các hoạt động", True), ("V/w đề xuất rà soát", True), ("V% đăng ký nội dung", True),
     ("V đôn đốc giải quyết", True),  # an italic v lost, or read as a W or a %
     ("Vy trao đổi vẻ một số qux định", True), ("Vy Văn Nam", False),  # a faded copy's; a name
     ("V. I. Lênin", False), ("VĂN PHÒNG", False), ("V ĂN PHÒNG UBND", False), ("V Đánh giá kết quả", False),
     ("V/ 2026", False), ("V/A: 3 m", False), ("Vĩnh Long, ngày 3", False), ("V7 2026", False)],
)
def test_vv_as_ocr_reads_it(line, is_subject):
    from vbadmin.extract.subject import is_vv_line

    assert is_vv_line(_segment(line)) == is_subject


@pytest.mark.parametrize(
    ("ocr", "name"),
    [("Đỉnh Công Dũng", "Đinh Công Dũng"), ("Đồ Thanh Linh", "Đỗ Thanh Linh"),
     ("Đương Minh Trung", "Dương Minh Trung"), ("Mai Tnị Hồng Quang", "Mai Thị Hồng Quang"),
     ("Hoàps Xuân Nam", "Hoàng Xuân Nam"), ("Trịnt. Chí Thắng", "Trịnh Chí Thắng"),  # no such syllable
     ("Bùi Yăn Lan", "Bùi Văn Lan"), ("Giàng A Páo", "Giàng A Páo"), ("Ksor Y Bhin", "Ksor Y Bhin"),
     # "Thị" with its h or its dot lost to the seal's ink
     ("Đinh Tj Thu Hằng", "Đinh Thị Thu Hằng"), ("Trần Tnj Hồng Nhung", "Trần Thị Hồng Nhung"),
     ("Vũ Tìnj Thanh Nhàn", "Vũ Thị Thanh Nhàn"), ("Trần Thi Kim Thoa", "Trần Thị Kim Thoa"),
     ("Lê Thành Nam", "Lê Thành Nam"), ("Lê Tín Nam", "Lê Tín Nam"),
     # left alone: names of the lists, names that are not plainly one, other middle names
     ("Phan Chí Quang", "Phan Chí Quang"), ("Là Quốc Huy", "Là Quốc Huy"),  # Lã? La? Lò?
     ("Nguyễn Thi", "Nguyễn Thi"), ("Lê Vân Anh", "Lê Vân Anh"), ("Trần Thu Hà", "Trần Thu Hà"),
     ("Y Thuân Niê", "Y Thuân Niê")],  # Ê Đê: the family name last, no middle name to mend
)
def test_signer_names(ocr, name):
    from vbadmin.extract.signature import repair_person_name

    assert repair_person_name(ocr) == name


STATE_FOOTER = """BỘ CÔNG THƯƠNG                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                      Độc lập - Tự do - Hạnh phúc

Số: 2265/BCT-ATMT                 Hà Nội, ngày 02 tháng 4 năm 2026
V/v triển khai thực hiện thủ tục

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.

Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh triển khai thực hiện.

Nơi nhận:                                     {authority}
- Như trên;                                   {position}
- Lưu: VT.
                                              Trương Thanh Hoài
"""

HDND_FOOTER = STATE_FOOTER.replace("BỘ CÔNG THƯƠNG           ", "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI").replace(
    "2265/BCT-ATMT", "45/HĐND-VP   ")

PARTY_FOOTER = """ĐẢNG BỘ TỈNH LÀO CAI                 ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY
Số 1272-CV/TU                         Lào Cai, ngày 22 tháng 11 năm 2024

Kính gửi: Các huyện ủy, thành ủy.

Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy thực hiện tốt nội dung trên.

Nơi nhận:                                     {authority}
- Như trên,                                   {position}
- Lưu Văn phòng Tỉnh ủy.
                                              Nguyễn Văn An
"""


@pytest.mark.parametrize(
    ("letter", "authority", "position", "origin", "expected"),
    [
        (STATE_FOOTER, "KT BỘ TRƯỞNG", "THỨ TRƯỞNG", "ocr", "KT. BỘ TRƯỞNG"),  # the dot lost
        (STATE_FOOTER, "BỘ TRƯỞNG", "THỨ TRƯỞNG", "ocr", "KT. BỘ TRƯỞNG"),  # "KT." lost over a deputy
        (STATE_FOOTER, "BỘ TRƯỞNG", "THỨ TRƯỞNG", "text", "BỘ TRƯỞNG"),  # printed: as printed
        (STATE_FOOTER, "BỘ TRƯỞNG", "BỘ TRƯỞNG", "ocr", "BỘ TRƯỞNG"),  # the head signs: no prefix
        (STATE_FOOTER, "TM.UY BAN NHAN DAN", "CHỦ TỊCH", "ocr", "TM. ỦY BAN NHÂN DÂN"),  # marks lost
        # typed: its letters as typed, a space after the prefix as in every printed one
        (STATE_FOOTER, "TM.UY BAN NHAN DAN", "CHỦ TỊCH", "text", "TM. UY BAN NHAN DAN"),
        (STATE_FOOTER, "TL.CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "text", "TL. CHỦ TỊCH"),
        (STATE_FOOTER, "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "THỨ TRƯỞNG", "ocr", "KT. BỘ TRƯỞNG, CHỦ NHIỆM"),
        (PARTY_FOOTER, "TM BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "ocr", "T/M BAN THƯỜNG VỤ"),
        # a deputy signs for its head with KT. only: "KT." under the seal read as "7." → T/L
        (STATE_FOOTER, "T/L BỘ TRƯỞNG", "THỨ TRƯỞNG", "ocr", "KT. BỘ TRƯỞNG"),
        (STATE_FOOTER, "TL. BỘ TRƯỞNG", "VỤ TRƯỞNG", "ocr", "TL. BỘ TRƯỞNG"),
        (PARTY_FOOTER, "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "ocr", "T/M BAN THƯỜNG VỤ"),
        # a council's "NHÂN DÂN" unread under the seal: its name says it
        (HDND_FOOTER, "TM. THƯỜNG TRỰC HỘI ĐỒNG", "PHÓ CHỦ TỊCH", "ocr", "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN"),
        (HDND_FOOTER, "TM. THƯỜNG TRỰC HỘI ĐỒNG", "PHÓ CHỦ TỊCH", "text", "TM. THƯỜNG TRỰC HỘI ĐỒNG"),
        (STATE_FOOTER, "TM. HỘI ĐỒNG", "CHỦ TỊCH", "ocr", "TM. HỘI ĐỒNG"),  # Bộ Công Thương's council
        # the head's line under the body's, its "KT." lost, over the deputy's title
        (STATE_FOOTER, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH\n" + " " * 46 + "PHÓ CHỦ TỊCH", "ocr",
         "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"),
        (STATE_FOOTER, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH\n" + " " * 46 + "PHÓ CHỦ TỊCH", "text",
         "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"),
        (STATE_FOOTER, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "ocr", "TM. ỦY BAN NHÂN DÂN"),  # the head signs
    ],
)
def test_authority_prefix_on_scans(letter, authority, position, origin, expected):
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    text = letter.format(authority=authority.ljust(20), position=position)
    signatory = parse_pages(as_ocr_pages(text, origin)).signatory
    assert signatory is not None and signatory.authority == expected


@pytest.mark.parametrize(
    "lines",
    [["TM. THƯỜNG TRỰC HỘI ĐỒNG", "NHÂN DÂN", "PHÓ CHỦ TỊCH", "Hà Xuân Thành"],
     ["TM. THƯỜNG TRỰC HỘI ĐỒNG", "NHÂN DÂN PHÓ CHỦ TỊCH", "Hà Xuân Thành"]],
)
def test_a_body_name_wrapped_in_the_signature(lines):
    from vbadmin.extract.signature import read_signature

    signatory = read_signature([_segment(line) for line in lines]).signatory
    assert signatory is not None
    assert (signatory.authority, signatory.position) == ("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "PHÓ CHỦ TỊCH")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the body whose head the prefix names, under the prefix line, belongs to the authority
        (["KT. BỘ TRƯỞNG", "BỘ CÔNG AN", "THỨ TRƯỞNG", "Thượng tướng Nguyễn Văn Long"],
         ("KT. BỘ TRƯỞNG BỘ CÔNG AN", "THỨ TRƯỞNG", "Thượng tướng Nguyễn Văn Long")),
        (["KT. VIỆN TRƯỞNG", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "PHÓ VIỆN TRƯỞNG", "Trần Hải Quân"],
         ("KT. VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "PHÓ VIỆN TRƯỞNG", "Trần Hải Quân")),
        # a body's name wrapped before "VÀ" goes on in the authority
        (["TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG CỤC VĂN THƯ", "VÀ LƯU TRỮ NHÀ NƯỚC", "PHÓ CỤC TRƯỞNG", "Lê Thị Hà"],
         ("TL. BỘ TRƯỞNG\nKT. CỤC TRƯỞNG CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC", "PHÓ CỤC TRƯỞNG", "Lê Thị Hà")),
        # a title under the prefix line is the signer's own
        (["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ", "Lê Văn An"], ("TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ", "Lê Văn An")),
        # ranks and degrees before the name are printed with it, all of them
        (["THỨ TRƯỞNG PGS. TS. Lê Văn An"], (None, "THỨ TRƯỞNG", "PGS. TS. Lê Văn An")),
        (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "PGS.TS. Trần Văn Bình"], ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "PGS.TS. Trần Văn Bình")),
        (["GIÁM ĐỐC", "Đại tá Lê Hồng Nam"], (None, "GIÁM ĐỐC", "Đại tá Lê Hồng Nam")),
        # a religious order's rank (probe-n50)
        (["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Thượng tọa Thích Thanh Phương"],
         ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Thượng tọa Thích Thanh Phương")),
        (["GIÁM ĐỐC BSCKII Lê Thị Hoa"], (None, "GIÁM ĐỐC", "BSCKII Lê Thị Hoa")),
        # a Party block signed for a body whose name ends like a title ("BỘ TƯ LỆNH"), and a TM.
        # block read across as one line
        (["T/M ĐẢNG ỦY BỘ TƯ LỆNH", "BÍ THƯ", "Nguyễn Văn An"], ("T/M ĐẢNG ỦY BỘ TƯ LỆNH", "BÍ THƯ", "Nguyễn Văn An")),
        (["T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Lê Văn An"], ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Văn An")),
        # a rank with no name after it is no name
        (["GIÁM ĐỐC", "Đại tá"], (None, "GIÁM ĐỐC", None)),
        # a rank and a degree before the name, a comma between them
        (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đại tá, BSCKII. Lý Minh Triết"],
         ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đại tá, BSCKII. Lý Minh Triết")),
        # the body a head's title names wraps onto a line of its own above the signer's title
        (["TL. THỐNG ĐỐC", "KT. VỤ TRƯỞNG VỤ TÍN DỤNG", "CÁC NGÀNH KINH TẾ", "PHÓ VỤ TRƯỞNG", "Hà Thu Giang"],
         ("TL. THỐNG ĐỐC\nKT. VỤ TRƯỞNG VỤ TÍN DỤNG CÁC NGÀNH KINH TẾ", "PHÓ VỤ TRƯỞNG", "Hà Thu Giang")),
        (["TL. THỐNG ĐỐC", "KT. VỤ TRƯỞNG VỤ TÍN", "DỤNG", "CÁC NGÀNH KINH TẾ", "PHÓ VỤ TRƯỞNG", "Hà Thu Giang"],
         ("TL. THỐNG ĐỐC\nKT. VỤ TRƯỞNG VỤ TÍN DỤNG CÁC NGÀNH KINH TẾ", "PHÓ VỤ TRƯỞNG", "Hà Thu Giang")),
        # a title alone under the prefix: no body to wrap ("KT. GIÁM ĐỐC" / "SỞ Y TẾ" is not so read)
        (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC THƯỜNG TRỰC", "Lê Văn An"],
         ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC THƯỜNG TRỰC", "Lê Văn An")),
        # an older letter's name in capitals, and its "TL/" prefix; a province under the title is none
        (["T/M UBND TỈNH HẢI HƯNG", "CHỦ TỊCH", "VŨ ĐÌNH THUẬN"], ("T/M UBND TỈNH HẢI HƯNG", "CHỦ TỊCH", "VŨ ĐÌNH THUẬN")),
        (["TL/ CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lê Văn An"], ("TL/ CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lê Văn An")),
        (["CHỦ TỊCH", "LÂM ĐỒNG"], (None, "CHỦ TỊCH LÂM ĐỒNG", None)),  # as before: no name
        # a body's name cut after "VÀ" goes on in the authority
        (["ĐẠI DIỆN SỞ KHOA HỌC VÀ", "CÔNG NGHỆ", "GIÁM ĐỐC", "Trương Quốc Vinh"],
         ("ĐẠI DIỆN SỞ KHOA HỌC VÀ CÔNG NGHỆ", "GIÁM ĐỐC", "Trương Quốc Vinh")),
        (["KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ", "ĐÀO TẠO", "PHÓ GIÁM ĐỐC", "Lê Văn An"],
         ("KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "PHÓ GIÁM ĐỐC", "Lê Văn An")),
        # a contract's or a memorandum's party block: "ĐẠI DIỆN …" is its authority
        (["ĐẠI DIỆN BÊN A", "CHÁNH VĂN PHÒNG", "Lê Hoàng Sơn"], ("ĐẠI DIỆN BÊN A", "CHÁNH VĂN PHÒNG", "Lê Hoàng Sơn")),
        (["ĐẠI DIỆN SỞ KHOA HỌC VÀ CÔNG NGHỆ", "GIÁM ĐỐC", "Trương Quốc Vinh"],
         ("ĐẠI DIỆN SỞ KHOA HỌC VÀ CÔNG NGHỆ", "GIÁM ĐỐC", "Trương Quốc Vinh")),
    ],
)
def test_signature_blocks_of_joint_documents_and_ranked_signers(lines, expected):
    from vbadmin.extract.signature import read_signature

    blocks = [Segment(text=line, page=1, row=i, column="right", box=(0, 0, 1, 1), unit="pt", origin="pdf")
              for i, line in enumerate(lines)]
    signatory = read_signature(blocks).signatory
    assert signatory is not None
    assert (signatory.authority, signatory.position, signatory.name) == expected


def test_a_misread_title_under_the_prefix_is_no_body_of_the_authority():
    from vbadmin.extract.signature import read_signature

    lines = ["TUQ. BỘ TRƯỞNG", "VỤ TRƯỞNC VỤ PHÁP CHẾ", "Lê Văn An"]
    blocks = [Segment(text=line, page=1, row=i, column="right", box=(0, 0, 1, 1), unit="px", origin="ocr")
              for i, line in enumerate(lines)]
    signatory = read_signature(blocks).signatory
    assert signatory is not None and signatory.authority == "TUQ. BỘ TRƯỞNG"


def test_a_signers_title_under_the_list_ends_it():
    from vbadmin.extract.distribution import read_distribution

    rows = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, QHQT (3b).12", "BỘ TRƯỞNG, CHỦ NHIỆM", "(Đã ký)"]
    segments = [Segment(text=row, page=1, row=i, column="full", box=(0, 0, 1, 1), unit="char", origin="text")
                for i, row in enumerate(rows)]
    assert read_distribution(segments, 0).items == ["Như trên", "Lưu: VT, QHQT (3b).12"]


def test_an_item_enumerating_after_a_colon_goes_on_after_its_comma():
    from vbadmin.extract.lists import collect_items

    rows = ["- Các Sở: Công Thương, Tài chính, Xây dựng,", "Nông nghiệp và Môi trường;",
            "- Như trên,", "Lưu Văn phòng."]
    items, _ = collect_items("", [_segment(row) for row in rows], lambda segment: False)
    # A Party list ends its items with commas: "- Như trên," does not swallow the next row,
    # the archive copy whose dash was lost.
    assert items == ["Các Sở: Công Thương, Tài chính, Xây dựng, Nông nghiệp và Môi trường", "Như trên",
                     "Lưu Văn phòng"]


@pytest.mark.parametrize(("wrapped", "items"), [
    # a list set with space between its rows: an item cut after a joining word goes on
    (("- Giám đốc các Sở: Xây dựng, Giáo dục và", "Đào tạo;"), ["Giám đốc các Sở: Xây dựng, Giáo dục và Đào tạo"]),
    (("- Chủ tịch Ủy ban nhân dân các", "Xã, phường;"), ["Chủ tịch Ủy ban nhân dân các Xã, phường"]),
    # an item with its end mark, or none and no joining word: the row under it is none of it
    (("- Giám đốc các Sở: Xây dựng, Giáo dục và Đào tạo;", "Đào tạo;"),
     ["Giám đốc các Sở: Xây dựng, Giáo dục và Đào tạo"]),
    (("- Giám đốc Sở Xây dựng", "Đào tạo;"), ["Giám đốc Sở Xây dựng"]),
])
def test_an_item_cut_after_a_joining_word_goes_on_across_a_gap(wrapped, items):
    from dataclasses import replace

    from vbadmin.extract.lists import collect_items

    rows = [replace(_segment(row), gap_before=True) for row in (*wrapped, "- Giám đốc Công an tỉnh;")]
    assert collect_items("", rows, lambda segment: False)[0][: len(items)] == items


def test_an_item_wrapped_after_a_comma_goes_on_in_a_list_of_semicolons():
    from vbadmin.extract.lists import collect_items

    rows = ["- Giám đốc các sở, ban, ngành cấp tỉnh;", "- Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh,",
            "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh."]
    items, _ = collect_items("", [_segment(row) for row in rows], lambda segment: False)
    assert items == ["Giám đốc các sở, ban, ngành cấp tỉnh",
                     "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]


def test_a_party_item_wrapped_after_a_comma_goes_on_in_lower_case():
    from vbadmin.extract.lists import collect_items

    rows = ["- Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy,", "đảng ủy trực thuộc Tỉnh ủy,",
            "- Báo Bắc Ninh, Đài Phát thanh và Truyền hình tỉnh.", "Thực hiện Hướng dẫn số 148-HD/BTGTW"]
    items, _ = collect_items("", [_segment(row) for row in rows], lambda segment: False)
    assert items == ["Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
                     "Báo Bắc Ninh, Đài Phát thanh và Truyền hình tỉnh"]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [(["Như trên;", "-", "- UBND tỉnh;", "- Lưu: VT, CN."], ["Như trên", "UBND tỉnh", "Lưu: VT, CN"]),
     (["Sở Công Thương thông báo để các đơn vị biết và thực hiện theo đúng quy định hiện hành.",
       "- Như trên;"], []),  # a sentence is not a first item
     (["tệ cứ,"], []),  # nor a scrap of lower-case text
     # a scrap OCR made of the first item is skipped when the dashed items follow
     (["tệ cứ,", "- Văn phòng UBND tỉnh;", "- Lưu: VT, VP."], ["Văn phòng UBND tỉnh", "Lưu: VT, VP"]),
     (["no.", ":", "- UBND các xã (b/€);"], ["UBND các xã (b/c)"]),  # OCR'd rows: OCR's notes put right
     (["= NHH TÊN:", "~ ^", "- TT. HĐND tỉnh;"], ["TT. HĐND tỉnh"]),
     (["tệ cứ,", "no.", "- TT. HĐND tỉnh;"], []),  # one scrap only: two rows are text, not the list
     (["Như trên", "- UBND tỉnh;"], ["Như trên", "UBND tỉnh"]),  # its dash and end mark lost: an item
     (["PHÓ CHỦ TỊCH", "- Như trên;"], ["Như trên"]),  # a signature's title is no item
     (["Sở Công Thương thông báo để các đơn vị biết", "- Như trên;"], []),  # a row of text is no scrap
     # an item between dashed items, its dash not printed, or undashed items down to the archive
     # copy (a photo lost the dashes): items; a row of text after the list is not
     (["- Bộ Công thương;", "Bộ Tài chính;", "- Lưu: VT."], ["Bộ Công thương", "Bộ Tài chính", "Lưu: VT"]),
     (["- Bộ Công thương;", "Bộ Tài chính;", "Lưu: VT."], ["Bộ Công thương", "Bộ Tài chính", "Lưu: VT"]),
     (["- Bộ Công thương;", "Bộ Tài chính;", "Văn bản này thay thế văn bản số 12."], ["Bộ Công thương"]),
     (["- Sở Tài chính;", "Lưu ý các đơn vị gửi báo cáo trước ngày 15."], ["Sở Tài chính"]),  # no archive copy
     (["- Sở Tài chính;", "~50% kinh phí do tỉnh bố trí."], ["Sở Tài chính"]),  # "~" on a figure is no dash
     (["- Sở Tài chính;", "~ Đoàn ĐBQH tỉnh;", "- Lưu: VT."], ["Sở Tài chính", "Đoàn ĐBQH tỉnh", "Lưu: VT"]),
     (["- Bộ Công thương;", "sau đó các đơn vị báo cáo;", "- Lưu: VT."], ["Bộ Công thương"]),
     # after an item that ends the list, a sentence of the body and its dashes are no items
     (["- Các phòng chuyên môn huyện;", "- UBND các xã, thị trấn.", "UBND huyện đề nghị thực hiện nội dung sau.",
       "- Rà soát hồ sơ tồn đọng;"], ["Các phòng chuyên môn huyện", "UBND các xã, thị trấn"])],
)
def test_the_first_item_may_have_lost_its_dash(rows, expected):
    from vbadmin.extract.lists import collect_items

    items, _ = collect_items("", [_segment(row) for row in rows], lambda segment: False)
    assert items == expected


@pytest.mark.parametrize(
    ("line", "label"),
    [("Nơi nhận:", True), ("Noi nhan", True), ("vi nhận:", True),  # "Nơi" with its first letters lost
     ("Xi nhận:", True), ("Aụi nhận:", True),
     ("tiếp nhận:", False), ("Người nhận:", False), ("vi nhận", False),
     ("Xác nhận:", False), ("XÁC NHẬN:", False), ("Ký nhận:", False), ("Bên nhận:", False),
     ("Nơi nhân:", True), ("Nơi nhân dân sinh sống", False)],  # its dot lost: the colon tells
)
def test_noi_nhan_as_ocr_reads_it(line, label):
    from vbadmin.extract.distribution import NOI_NHAN

    assert bool(NOI_NHAN.match(line)) == label


@pytest.mark.parametrize(
    ("colours", "number"),
    [({"Số:": "black", "49/BCT-ATMT": "blue"}, None),  # the clerk's pen: the handwriting reader decides
     ({"Số:": "black", "49/BCT-ATMT": "black"}, "49"),  # print
     ({"Số:": "blue", "49/BCT-ATMT": "blue"}, "49")],  # a blue cast over the whole line: print still
)
def test_a_number_in_pen_is_not_taken_from_ocr(colours, number):
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    pages = as_ocr_pages(STATE_FOOTER.format(authority="BỘ TRƯỞNG".ljust(20), position="BỘ TRƯỞNG")
                         .replace("Số: 2265/BCT-ATMT", "Số: 49/BCT-ATMT"))
    for line in pages[0].lines:
        for word in line.words:
            word.colour = colours.get(word.text, "black")
    doc = parse_pages(pages)
    assert doc.number == number and doc.symbol == "BCT-ATMT"
    assert ("UNREADABLE_NUMBER" in doc.issue_codes()) == (number is None)


@pytest.mark.parametrize(
    ("line", "specks_only", "name"),
    [
        ("hy Trương Thanh Hoài", True, "Trương Thanh Hoài"),  # a speck of seal ink read as letters
        ("‘Phạm Huy Nam Sơn,", True, "Phạm Huy Nam Sơn"),
        ("Phạm Huy Nam Sơn", False, "Phạm Huy Nam Sơn"),
        ("PCT Phạm Huy Nam Sơn", True, None),  # a word, not a speck: the distribution list's line
        ("PCT Phạm Huy Nam Sơn", False, "Phạm Huy Nam Sơn"),
        ("Phùng Ì nh Ngọc", False, None),  # a middle name lost under the signature: no guess
        ("-Hoàng Văn Thuân", True, "Hoàng Văn Thuân"),  # a rare given name is still a name
        ("CỤC HÓA CHẤT", False, None),  # the seal's text
        ("Hóa Chất", False, None),  # not a family name
        ("Chương I Điều 3", False, None),
        ("Đỉnh Công Dũng ~", True, "Đinh Công Dũng"),  # the family name repaired too
        ("Nguyễn Thành Sinh", False, "Nguyễn Thành Sinh"),  # a family name no word of the list has
        ("Euyễn Thành Sinh", False, "Nguyễn Thành Sinh"),
        ("- Phạm Hux Nam Sơn", False, None),  # not "Phạm Hux": a name is read whole
        ("Trương Thanh Hoài J", False, "Trương Thanh Hoài"),  # a speck after it is no word of the name
        ("Phạm Huy Nam Sơn Ô", True, "Phạm Huy Nam Sơn"),
        ("Phạm Văn Hux Sơn", False, None),  # not "Phạm Văn": the word after it is misread, not absent
        ("ơng Thanh Hoài", False, None),  # not "Ông Thanh Hoài": "Trư" lost with a seal's ring
        ("`— ơng Thanh Hoài", True, None),
        # a rank or degrees printed before the name are read with it, as printed
        ("hy Thượng tướng Nguyễn Văn Long", True, "Thượng tướng Nguyễn Văn Long"),
        ("- PGS.TS. Trần Văn Bình ‘", False, "PGS.TS. Trần Văn Bình"),
        ("Đại tá", False, None),
        # family names of the Dao and others the list gained: the one of the same letters
        ("Tần Văn Chiêu", False, "Tẩn Văn Chiêu"),
        ("Khức Văn Bình", False, "Khúc Văn Bình"),
    ],
)
def test_name_in_an_ocr_line(line, specks_only, name):
    from vbadmin.extract.signature import name_in_line

    assert name_in_line(line, specks_only=specks_only) == name


@pytest.mark.parametrize(
    ("read", "repaired"),
    [("triỀn", "triền"), ("tẾ", "tế"), ("nỘi,", "nội,"), ("vĂn.", "văn."),
     ("iPhone", "iPhone"), ("mRNA", "mRNA"), ("eGov", "eGov"),  # mixed case meant so
     ("ĐẢNG", "ĐẢNG"), ("Nguyễn", "Nguyễn"), ("ôNG", "ôNG")],
)
def test_a_marked_capital_inside_a_word_is_lowered(read, repaired):
    from vbadmin.ocrfix import repair_word_case

    assert repair_word_case(read) == repaired


def test_ocr_page_repairs_glued_words_and_capitals_inside_words():
    from ocr_pages import as_ocr_pages
    from vbadmin.ocrfix import repair_ocr_page

    page = as_ocr_pages("tuyển sinh vào lớp 10 trung học phổthông và phát triỀn giáo dục.")[0]
    changes = repair_ocr_page(page)
    assert page.lines[0].text == "tuyển sinh vào lớp 10 trung học phổ thông và phát triển giáo dục."
    assert "phổthông→phổ thông" in changes and "triỀn→triền" in changes
    split = [w for w in page.lines[0].words if w.text in ("phổ", "thông")]
    assert split[0].x1 == split[1].x0  # the glued word's box shared between its halves


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        ("Có II1 doanh nghiệp đăng ký.", "Có 111 doanh nghiệp đăng ký."),
        ("bàn giao mặt bằng cho 2I1 dự án.", "bàn giao mặt bằng cho 211 dự án."),
        ("áp dụng từ ngày O1 tháng 01 năm 2020", "áp dụng từ ngày 01 tháng 01 năm 2020"),
        ("tăng 3O%, đạt", "tăng 30%, đạt"),
        # a point's number is the numbering's to read; letters, Roman numerals, codes, a
        # district's Q, a table's rule stay
        ("I1- Sở chủ trì.", "I1- Sở chủ trì."),
        ("giai đoạn II và III, COVID-19 và F0", "giai đoạn II và III, COVID-19 và F0"),
        ("tại Q1, Q3 và lô Q10, khí O2", "tại Q1, Q3 và lô Q10, khí O2"),
        ("cột 15| 1| |2", "cột 15| 1| |2"),
        # a month's ones read as a numeral or, in italics, a T (probe-x22 archive scan)
        ("Côn Đảo, ngày 17 tháng TÌ năm 2025", "Côn Đảo, ngày 17 tháng 11 năm 2025"),
        ("Hà Nội, ngày 05 tháng II năm 2025", "Hà Nội, ngày 05 tháng 11 năm 2025"),
        ("Hà Nội, ngày 05 tháng 1T năm 2025", "Hà Nội, ngày 05 tháng 11 năm 2025"),
        ("Hà Nội, ngày 05 tháng Tư năm 2025", "Hà Nội, ngày 05 tháng Tư năm 2025"),  # April in words
        ("Hà Nội, ngày 05 tháng T năm 2025", "Hà Nội, ngày 05 tháng T năm 2025"),  # a lone T: 1 or 7
    ],
)
def test_a_number_in_running_text_gets_its_digits(read, repaired):
    from ocr_pages import as_ocr_pages
    from vbadmin.ocrfix import repair_ocr_page

    page = as_ocr_pages(read)[0]
    repair_ocr_page(page)
    assert page.lines[0].text == repaired


# A short letter of a Sở, its footer to come.
LETTER_TOP = """UBND TỈNH LÀO CAI                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THƯƠNG                                  Độc lập - Tự do - Hạnh phúc
Số: 12/SCT-CN                                 Lào Cai, ngày 2 tháng 7 năm 2026
V/v trả lại hồ sơ

Kính gửi: Công ty cổ phần Mông Sơn

Sở Công Thương thông báo cho Công ty cổ phần Mông Sơn được biết và thực hiện./.

"""
UNLABELLED = LETTER_TOP + """                                            KT. GIÁM ĐỐC
{first}                                  PHÓ GIÁM ĐỐC
{second}
{third}
                                            Hoàng Văn Thuân
"""


PLACE_IN_CAPITALS = """ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG                 ĐẢNG CỘNG SẢN VIỆT NAM
QUẬN ỦY CẦM LỆ
Số 12-CT/QU                         Câm Lệ, ngày 22 tháng 11 năm 2016

CHỈ THỊ
về công tác phòng, chống thiên tai

Ban Thường vụ Quận ủy {body_place} yêu cầu các cấp ủy thực hiện tốt nội dung sau.
1. Các cấp ủy quán triệt.

Nơi nhận:                                     T/M BAN THƯỜNG VỤ
- Như trên,                                   BÍ THƯ
- Lưu Văn phòng Quận ủy.
                                              Nguyễn Văn An
"""


@pytest.mark.parametrize(
    ("body_place", "origin", "place", "issuer"),
    [
        ("Cẩm Lệ", "ocr", "Cẩm Lệ", "QUẬN ỦY CẨM LỆ"),  # the body's spelling puts the header's right
        ("Cẩm Lệ", "text", "Câm Lệ", "QUẬN ỦY CẦM LỆ"),  # typed: as typed
        ("quận", "ocr", "Câm Lệ", "QUẬN ỦY CẦM LỆ"),  # nothing in the body to go by
        # a person's name of the same letters is no spelling of the place
        ("đồng chí Cẩm Lệ", "ocr", "Câm Lệ", "QUẬN ỦY CẦM LỆ"),
        # the body's spelling misread too: no better reading
        ("Cẫm Lệ", "ocr", "Câm Lệ", "QUẬN ỦY CẦM LỆ"),
    ],
)
def test_a_place_misread_in_the_header_is_spelled_as_in_the_body(body_place, origin, place, issuer):
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    doc = parse_pages(as_ocr_pages(PLACE_IN_CAPITALS.format(body_place=body_place), origin))
    assert (doc.place, doc.issuer) == (place, issuer)


def test_the_issuers_place_is_put_right_when_the_date_line_read_it_right():
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    letter = PLACE_IN_CAPITALS.replace("Câm Lệ,", "Cẩm Lệ,").format(body_place="Cẩm Lệ")
    doc = parse_pages(as_ocr_pages(letter))
    assert (doc.place, doc.issuer) == ("Cẩm Lệ", "QUẬN ỦY CẨM LỆ")


def test_a_province_read_right_is_no_persons_name():
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    letter = PLACE_IN_CAPITALS.replace("QUẬN ỦY CẦM LỆ", "THÀNH ỦY HUẾ").replace("Câm Lệ,", "Huế,")
    letter = letter.replace("Nguyễn Văn An", "Nguyễn Thị Huệ").format(body_place="thành phố")
    doc = parse_pages(as_ocr_pages(letter))
    assert (doc.place, doc.issuer) == ("Huế", "THÀNH ỦY HUẾ")


def test_a_list_whose_dashes_a_photo_lost():
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    footer = """Nơi nhận:                                   KT. GIÁM ĐỐC
TT. HĐND tỉnh;                              PHÓ GIÁM ĐỐC
Chủ tịch UBND tỉnh (để p/h);
TT. Tỉnh ủy (để p/h);
~- Lưu: VT, XD.
                                            Hoàng Văn Thuân
"""
    doc = parse_pages(as_ocr_pages(LETTER_TOP + footer))
    assert doc.distribution == ["TT. HĐND tỉnh", "Chủ tịch UBND tỉnh (để p/h)", "TT. Tỉnh ủy (để p/h)", "Lưu: VT, XD"]
    assert doc.signatory is not None and doc.signatory.name == "Hoàng Văn Thuân"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [(("- Như trên;", "- UBND tỉnh;", "- Lưu: VT, CN."), ["Như trên", "UBND tỉnh", "Lưu: VT, CN"]),
     (("- Như trên.", "", ""), [])],  # one dashed row is no list
)
def test_a_distribution_list_whose_label_ocr_lost(rows, expected):
    from vbadmin.parse import parse_text

    doc = parse_text(UNLABELLED.format(first=rows[0], second=rows[1], third=rows[2]))
    assert doc.distribution == expected
    assert doc.signatory is not None and doc.signatory.name == "Hoàng Văn Thuân"
    assert any(i.code == "MISSING_LABEL" for i in doc.issues) == bool(expected)


@pytest.mark.parametrize(
    ("read", "repaired"),
    [("- Như Điêu 3;", "- Như Điều 3;"), ("các cơ quan tại Điểu IV", "các cơ quan tại Điều IV"),
     ("nghệ thuật điêu khắc", "nghệ thuật điêu khắc"),  # no article number after it
     ("ông Điêu Chính", "ông Điêu Chính")],  # a family name
)
def test_a_word_one_mark_from_dieu_before_an_article_number(read, repaired):
    from ocr_pages import as_ocr_pages
    from vbadmin.ocrfix import repair_ocr_page

    page = as_ocr_pages(read)[0]
    repair_ocr_page(page)
    assert page.lines[0].text == repaired


@pytest.mark.parametrize(
    ("rows", "expected"),
    [(["- Như trên;", "_ CVP, các PCVP;", "- Lưu: VT."], ["Như trên", "CVP, các PCVP", "Lưu: VT"])],
)
def test_an_underscore_read_for_a_dash(rows, expected):
    from vbadmin.extract.lists import collect_items

    items, _ = collect_items("", [_segment(row) for row in rows], lambda segment: False)
    assert items == expected


LABEL_MISREAD = LETTER_TOP + """{label}                                       KT. GIÁM ĐỐC
- Như trên;                                     PHÓ GIÁM ĐỐC
- UBND tỉnh;
- Lưu: VT, CN.
                                            Hoàng Văn Thuân
"""


@pytest.mark.parametrize("label", ["Nơi nhận:", "Xi nhận:", "vi nhận:"])
def test_a_footer_whose_label_ocr_misread_is_read_column_by_column(label):
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    doc = parse_pages(as_ocr_pages(LABEL_MISREAD.format(label=label)))
    assert doc.distribution == ["Như trên", "UBND tỉnh", "Lưu: VT, CN"]
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.name) == ("KT. GIÁM ĐỐC", "Hoàng Văn Thuân")


@pytest.mark.parametrize(
    ("read", "repaired"),
    [("Giảm độc Sở Tài chính", "Giám đốc Sở Tài chính"), ("Phó Giảm đốc Sở (để b/c)", "Phó Giám đốc Sở (để b/c)"),
     ("Tông công ty xây dựng", "Tổng công ty xây dựng"), ("GIẢM ĐỘC SỞ", "GIÁM ĐỐC SỞ"),
     ("Công báo, Công TTĐT của Chính phủ", "Công báo, Cổng TTĐT của Chính phủ"),  # the e-portal
     # printed right, or no known phrase: as read, punctuation and all
     ("Chủ tịch UBND tỉnh (báo cáo)", "Chủ tịch UBND tỉnh (báo cáo)"), ("Lưu: VT, BỌP", "Lưu: VT, BỌP"),
     ("Chi cục Hải quan khu vực VII", "Chi cục Hải quan khu vực VII"),  # a longer name holds "quan"
     # people's names, words across a comma, words read right or a longer word's part: kept
     ("Ông Phạm Hải Quân", "Ông Phạm Hải Quân"), ("Ông Lê Bảo Tăng (để biết)", "Ông Lê Bảo Tăng (để biết)"),
     ("Ông Nguyễn Văn Thống, Kế toán trưởng", "Ông Nguyễn Văn Thống, Kế toán trưởng"),
     ("Kỹ thuật viên trưởng", "Kỹ thuật viên trưởng"), ("học viên cao học", "học viên cao học"),
     ("Các hộ có đất bị thu hồi", "Các hộ có đất bị thu hồi"), ("Thường trục HĐND", "Thường trực HĐND"),

     ("Sở Tư pháp (tự kiểm tra văn bản)", "Sở Tư pháp (tự kiểm tra văn bản)"),
     ("Phó Chủ tịch UBND tỉnh (phụ trách XD)", "Phó Chủ tịch UBND tỉnh (phụ trách XD)"),  # not "TỈNH PHÚ YÊN"
     # people's names that are places' names too
     ("Bà Lê Thanh Hoa", "Bà Lê Thanh Hoa"), ("Đ/c Hồ Quang Trí", "Đ/c Hồ Quang Trí"),
     ("Đ/c Nguyễn Hải Đường", "Đ/c Nguyễn Hải Đường")],
)
def test_known_phrases_in_a_line_of_any_case(read, repaired):
    assert vocab.repair_phrase_words(read)[0] == repaired


def test_titles_in_an_ocr_distribution_list_get_their_marks_back():
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages, parse_text

    letter = LABEL_MISREAD.format(label="Nơi nhận:").replace("- UBND tỉnh;", "- Phó Giảm đốc Sở;")
    doc = parse_pages(as_ocr_pages(letter))
    assert doc.distribution == ["Như trên", "Phó Giám đốc Sở", "Lưu: VT, CN"]
    assert any(i.code == "OCR_REPAIRED" and i.field == "distribution" for i in doc.issues)
    assert parse_text(letter).distribution[1] == "Phó Giảm đốc Sở"  # a typed text is as it is


def test_bodies_in_an_ocr_kinh_gui_list_get_their_marks_back():
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages, parse_text

    addressed = ("Kính gửi:\n- Thường trực Tỉnh ủy;\n- Uy ban nhân dân tỉnh;\n- Phó Giảm đốc Sở Tài chính;\n"
                 "- Chi cục Hải quan khu vực VII;\n- Các hộ có đất bị thu hồi; các học viên.\n")
    letter = LABEL_MISREAD.format(label="Nơi nhận:").replace("Kính gửi: Công ty cổ phần Mông Sơn\n", addressed)
    doc = parse_pages(as_ocr_pages(letter))
    assert doc.recipients == ["Thường trực Tỉnh ủy", "Ủy ban nhân dân tỉnh", "Phó Giám đốc Sở Tài chính",
                              # read right: no "QUÂN KHU", "BÍ THƯ", "HỌC VIỆN" (names of two words)
                              "Chi cục Hải quan khu vực VII", "Các hộ có đất bị thu hồi; các học viên"]
    assert any(i.code == "OCR_REPAIRED" and i.field == "recipients" for i in doc.issues)
    assert parse_text(letter).recipients[1] == "Uy ban nhân dân tỉnh"  # a typed text is as it is


MINUTES = """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                      Độc lập - Tự do - Hạnh phúc
Số: 12/BB-UBND                                 Lâm Đồng, ngày 2 tháng 7 năm 2026

BIÊN BẢN
Cuộc họp giao ban công tác đầu tư công

Cuộc họp kết thúc vào 11 giờ 00 cùng ngày. Biên bản đã được đọc lại cho các thành
viên tham dự cùng nghe và nhất trí thông qua.

THƯ KÝ                                                        CHỦ TỌA
Trịnh Minh Thắng                                              {chair}
"""


@pytest.mark.parametrize(("chair", "name"), [("Đỗ Chí Vinh", "Đỗ Chí Vinh"), ("Đô = 8) Chí Vinh", None)])
def test_minutes_signed_side_by_side_keep_the_chair_when_its_name_is_unread(chair, name):
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    doc = parse_pages(as_ocr_pages(MINUTES.format(chair=chair)))
    assert doc.signatory is not None
    assert (doc.signatory.position, doc.signatory.name) == ("CHỦ TỌA", name)
    assert [(s.position, s.name) for s in doc.co_signatories] == [("THƯ KÝ", "Trịnh Minh Thắng")]


@pytest.mark.parametrize(
    ("number_line", "type_title", "doc_type"),
    [("số ) ÊÖ5CT-ATMT", "", "Công văn"),  # "2265/BCT-ATMT" under the pen: "CT" is BCT's tail
     ("số ) ÊÖ5CT-ATMT", "CHỈ THỊ\nVề an toàn hóa chất\n", "Chỉ thị"),  # a title says which
     ("Số: 12/CT-BCT", "CHỈ THỊ\nVề an toàn hóa chất\n", "Chỉ thị"),  # read whole: the code holds
     # "V/v" and no title: a công văn of the Cục Thuế (CT), whose code is also Chỉ thị's
     ("Số: 12/CT-TTHT", "", "Công văn"),
     ("Số: 88/CT-UBND", "", "Chỉ thị"),  # the UBND's chỉ thị, its title lost: CT names no unit here
     ("Số: 12/BC-BCT", "", "Báo cáo"),  # BC is no issuer's code: the type code holds
     ("Số: 45QĐ-BCT", "", "Quyết định")],  # slash lost, but "QĐ" ends no issuer's code
)
def test_a_type_code_read_under_ink_is_no_type(number_line: str, type_title: str, doc_type: str) -> None:
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    letter = STATE_FOOTER.format(authority="KT. BỘ TRƯỞNG", position="THỨ TRƯỞNG")
    letter = letter.replace("Số: 2265/BCT-ATMT", f"{number_line:<17}")
    letter = letter.replace("V/v triển khai thực hiện thủ tục\n", type_title or "V/v triển khai thực hiện thủ tục\n")
    assert parse_pages(as_ocr_pages(letter)).doc_type == doc_type


ONE = ["I.", "MỤC", "ĐÍCH"]  # a first heading read right


@pytest.mark.parametrize(
    ("lines", "first_words"),
    [
        ([ONE, ["H.", "NỘI", "DUNG,", "NHIỆM", "VỤ"]], ["I.", "II."]),  # the serifed II read as H
        ([ONE, ["H-", "TỒN", "TẠI,", "HẠN", "CHẾ"]], ["I.", "II-"]),
        ([ONE, ["II.", "NỘI", "DUNG"], ["IH.", "TỔ", "CHỨC", "THỰC", "HIỆN"]], ["I.", "II.", "III."]),
        ([ONE, ["II.", "NỘI", "DUNG"], ["HI,", "KIẾN", "NGHỊ"]], ["I.", "II.", "III."]),
        ([ONE, ["IH.", "TỒN", "TẠI"], ["HI.", "NHIỆM", "VỤ"]], ["I.", "II.", "III."]),  # one misreading, either
        ([["1.", "MỤC", "ĐÍCH"], ["H.", "NỘI", "DUNG"], ["III.", "TỔ", "CHỨC"]], ["I.", "II.", "III."]),
        ([["I,", "MỤC", "ĐÍCH"], ["H.", "NỘI", "DUNG"]], ["I,", "II."]),
        ([["II.", "NỘI", "DUNG"], ["H.", "KIẾN", "NGHỊ"]], ["II.", "III."]),
        ([["III.", "NỘI", "DUNG"], ["H.", "KIẾN", "NGHỊ"]], ["III.", "H."]),  # IV is never read "H"
        ([ONE, ["G.", "Kết", "luận"], ["H.", "KIẾN", "NGHỊ"]], ["I.", "G.", "H."]),  # any "G." heading
        ([["H.", "ĐÔNG", "ANH"]], ["H."]),  # no heading I. before it: a district's abbreviation
        ([ONE, ["H.", "Nội", "dung", "chính"]], ["I.", "H."]),  # not a heading in capitals
        ([ONE, ["H.", "2026"]], ["I.", "H."]),
        ([["A.", "MỞ", "ĐẦU"], ONE, ["G.", "KẾT", "LUẬN"], ["H.", "KIẾN", "NGHỊ"]], ["A.", "I.", "G.", "H."]),  # letter headings reach H
        ([["II.", "NỘI", "DUNG"]], ["II."]),
        ([["I.MỤC", "ĐÍCH,", "YÊU", "CẦU"]], ["I."]),  # the label glued to the heading
        ([["2.NỘI", "DUNG"]], ["2."]),
        ([["I.Mục", "đích"]], ["I.Mục"]),  # not a heading in capitals
        ([["V.I.P"]], ["V.I.P"]),
        # the first item of a numbered run, its 1 read as I
        ([ONE, ["I.", "Mục", "đích:", "rõ"], ["2.", "Yêu", "cầu:"]], ["I.", "1.", "2."]),
        ([["I.", "Mục", "đích:", "rõ"], ["II.", "Yêu", "cầu:"]], ["I.", "II."]),  # a Roman run
        ([["I.", "Mục", "đích:", "rõ"]], ["I."]),  # nothing follows
    ],
)
def test_a_misread_roman_numeral_opening_a_heading(lines, first_words):
    from vbadmin.ocrfix import repair_heading_numerals, repair_ocr_page
    from vbadmin.pages import Line, Page, Word

    page_lines = [Line([Word(text, 40.0 * i, 20.0 * row, 40.0 * i + 30, 20.0 * row + 10)
                        for i, text in enumerate(words)]) for row, words in enumerate(lines)]
    page = Page(number=1, width=400, height=400, unit="px", origin="ocr", lines=page_lines)
    repair_ocr_page(page)
    repair_heading_numerals([page])
    assert [line.words[0].text for line in page_lines] == first_words


@pytest.mark.parametrize(
    ("headings", "repaired"),
    [
        (["I.", "II.", "II.", "IV."], ["I.", "II.", "III.", "IV."]),  # III read with an I too few
        (["I.", "I.", "III."], ["I.", "II.", "III."]),
        (["1.", "II.", "III."], ["I.", "II.", "III."]),  # the first read as 1
        (["1.", "2.", "3."], ["1.", "2.", "3."]),  # headings numbered 1, 2, 3
        (["III.", "III."], ["III.", "III."]),  # IV is not III with an I more
        (["I.", "II.", "I.", "II."], ["I.", "II.", "I.", "II."]),  # an appendix numbers again
        (["I.", "I.", "II.", "III."], ["I.", "I.", "II.", "III."]),  # ... right after its I.
        (["I.", "I.", "II."], ["I.", "I.", "II."]),
    ],
)
def test_heading_numerals_in_order_across_pages(headings, repaired):
    from vbadmin.ocrfix import repair_heading_numerals
    from vbadmin.pages import Line, Page, Word

    pages = []
    for number, label in enumerate(headings, 1):  # one heading a page, a body line under it
        lines = [Line([Word(label, 0, 0, 20, 10), Word("KẾT", 30, 0, 60, 10), Word("QUẢ", 70, 0, 100, 10)]),
                 Line([Word("1.", 0, 20, 20, 30), Word("Nội", 30, 20, 60, 30), Word("dung", 70, 20, 100, 30)])]
        pages.append(Page(number=number, width=200, height=200, unit="px", origin="ocr", lines=lines))
    repair_heading_numerals(pages)
    assert [page.lines[0].words[0].text for page in pages] == repaired
    assert all(page.lines[1].words[0].text == "1." for page in pages)  # items are left alone


@pytest.mark.parametrize(("read", "repaired"), [("ÑLN", "NLN"), ("ÑNSNN,", "NNSNN,"), ("Ñ", "N"), ("ñgày", "ngày"),
                                               ("NGÀY", "NGÀY"),
                                               # one Đ read as Đ and an eth; an eth for a Đ
                                               ("GD&ĐÐT", "GD&ĐT"), ("01-QC/ĐÐU", "01-QC/ĐU"), ("ĐÐĐ.", "ĐĐ."),
                                               ("ÐZ.35kV", "ĐZ.35kV"), ("ðồng", "đồng")])
def test_no_n_with_tilde_in_vietnamese(read, repaired):
    from vbadmin.ocrfix import repair_n_with_tilde

    assert repair_n_with_tilde(read) == repaired


@pytest.mark.parametrize(("origin", "items"), [
    ("ocr", ["Như trên", "UBND tỉnh (b/c)", "Lưu: VT, VP"]),
    ("text", ["Như trên", "UBND tỉnh (b/€)", "Lưu: VI, VP"]),
])
def test_a_list_on_the_label_row_read_by_ocr_gets_its_repairs(origin, items):
    from vbadmin.extract.distribution import read_distribution

    label = Segment(text="Nơi nhận: - Như trên; - UBND tỉnh (b/€); - Lưu: VI, VP.", page=1, row=0,
                    column="left", box=(0, 0, 1, 1), unit="px", origin=origin)
    assert read_distribution([label], 0).items == items


@pytest.mark.parametrize(("item", "ocr", "cleaned"), [
    ("- Sở Nội vụ (đề xuất);", False, "Sở Nội vụ (đề xuất)"),  # typed as typed
    ("- Sở Nội vụ (đê p/h);", True, "Sở Nội vụ (để p/h)"),
    ("- TTTU, TT HĐND tỉnh (đẻ b/c);", True, "TTTU, TT HĐND tỉnh (để b/c)"),  # the hat read as a hook
])
def test_the_note_word_is_put_right_only_when_read_by_ocr(item, ocr, cleaned):
    from vbadmin.extract.lists import clean_item

    assert clean_item(item, ocr=ocr) == cleaned


@pytest.mark.parametrize(("row", "pieces"), [
    # a speck in the gap made the label and the signature's first line one row
    ("Nơi nhận: -_ KT. BỘ TRƯỞNG", ["Nơi nhận: -_", "KT. BỘ TRƯỞNG"]),
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN", ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"]),
    ("Nơi nhận: KT. CHỦ TỊCH", ["Nơi nhận:", "KT. CHỦ TỊCH"]),
    ("- Sở KT. Hà Nội;", ["- Sở KT. Hà Nội;"]),  # no title in capitals after it
    ("- Lưu: VT, KT 1A.", ["- Lưu: VT, KT 1A."]),
])
def test_a_signature_line_run_into_the_label_row_is_cut_off(row, pieces):
    from vbadmin.layout import Segment, split_flattened

    segment = Segment(text=row, page=1, row=20, column="left", box=(0.0, 20.0, float(len(row)), 21.0),
                      unit="char", origin="ocr", span=(0, len(row)))
    assert [piece.text for piece in split_flattened(segment, in_header=False)] == pieces


@pytest.mark.parametrize(
    ("between", "subject"),
    [(":", "tăng cường phòng, chống bệnh sốt xuất huyết"),  # a pen stroke's rim, read as a mark
     (".", "tăng cường phòng, chống bệnh sốt xuất huyết"),
     ("---", "tăng cường phòng, chống")],  # a rule under the subject ends it
)
def test_specks_between_two_subject_lines_do_not_end_the_subject(between, subject):
    from vbadmin.extract.subject import read_subject

    lines = ["V/v tăng cường phòng, chống", between, "bệnh sốt xuất huyết"]
    segments = [Segment(text=text, page=1, row=row, column="left", box=(0, 40 * row, 600, 40 * row + 30),
                        unit="px", origin="ocr") for row, text in enumerate(lines)]
    assert read_subject(segments, 0, strip_lead=True).text == subject


@pytest.mark.parametrize(
    ("lines", "position", "name"),
    [(["KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "Cù ÁŠ", "Đại tá Vũ Mạnh Cường"], "PHÓ CHỈ HUY TRƯỞNG",
      "Đại tá Vũ Mạnh Cường"),
     # with no sound name after it, the name read stays, for the second look to mend
     (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Huy Nam Äơn"], "PHÓ GIÁM ĐỐC", "Phạm Huy Nam Äơn"),
     # and no line under it joins the title
     (["GIÁM ĐỐC", "Lê Văn Šơn", "SỞ Y TẾ TỈNH"], "GIÁM ĐỐC", "Lê Văn Šơn")],
)
def test_a_name_of_foreign_letters_gives_way_to_a_sound_one_under_it(lines, position, name):
    """Pen over the seal prints dark, as type does: OCR reads it as a line of letters."""
    from vbadmin.extract.signature import read_signature

    blocks = [Segment(text=line, page=1, row=i, column="right", box=(0, 40 * i, 600, 40 * i + 30), unit="px",
                      origin="ocr") for i, line in enumerate(lines)]
    signatory = read_signature(blocks).signatory
    assert signatory is not None and (signatory.position, signatory.name) == (position, name)


@pytest.mark.parametrize(
    ("words", "kept"),
    [(["QUỐC", "HỘI", "ˆ", "VÀ"], ["QUỐC", "HỘI", "VÀ"]),  # a capital's hat read on its own
     (["Căn", "cứ", "´", "Luật"], ["Căn", "cứ", "Luật"]),
     (["^"], ["^"]),  # a row of one speck stays a row
     (["HĐND", "-", "UBND"], ["HĐND", "-", "UBND"])],  # a dash is print
)
def test_a_mark_read_on_its_own_is_dropped(words, kept):
    from vbadmin.ocrfix import repair_ocr_page
    from vbadmin.pages import Line, Page, Word

    page = Page(1, 1000, 100, "px", "ocr",
                lines=[Line(words=[Word(text, 60 * i, 0, 60 * i + 50, 30, 0.9) for i, text in enumerate(words)])])
    repair_ocr_page(page)
    assert [word.text for word in page.lines[0].words] == kept


@pytest.mark.parametrize(
    ("words", "repaired"),
    [(["du", "lịch", "hè", "nắm", "2026"], ["du", "lịch", "hè", "năm", "2026"]),  # the word before a year
     (["hết", "tháng", "II", "năm", "2025"], ["hết", "tháng", "11", "năm", "2025"]),  # a month's ones
     (["tháng", "Il,"], ["tháng", "11,"]), (["tháng", "I"], ["tháng", "1"]),
     (["Việt", "Nam", "2026"], ["Việt", "Nam", "2026"]),  # a name, not the word for year
     (["nấm", "rơm"], ["nấm", "rơm"]), (["Quý", "II", "năm", "2025"], ["Quý", "II", "năm", "2025"]),
     (["tháng", "III"], ["tháng", "III"]),
     (["Nguyễn", "Văn", "Thắng", "|"], ["Nguyễn", "Văn", "Thắng", "|"]),  # a name, a pen stroke
     (["Tháng", "|", "Chỉ", "tiêu"], ["Tháng", "|", "Chỉ", "tiêu"]),  # a table's rule
     (["bóng", "chuyền", "nam", "2026"], ["bóng", "chuyền", "nam", "2026"])],  # "nam" is a word
)
def test_date_words_as_ocr_reads_them(words, repaired):
    from vbadmin.ocrfix import repair_ocr_page
    from vbadmin.pages import Line, Page, Word

    line = Line([Word(text, 30.0 * i, 0, 30.0 * i + 25, 10) for i, text in enumerate(words)])
    repair_ocr_page(Page(number=1, width=400, height=100, unit="px", origin="ocr", lines=[line]))
    assert [word.text for word in line.words] == repaired


@pytest.mark.parametrize(
    ("issuer", "symbol", "issuer_code"),
    [("BỘ CÔNG THƯƠNG", "BCT-ATMT", "BCT"),  # CT ends one code of the issuer's name: BCT
     ("SỞ Y TẾ", "CT-ATMT", "ATMT")],  # no code of the issuer's name ends so: as read
)
def test_an_issuer_code_cut_by_the_handwritten_number_is_the_issuers(issuer: str, symbol: str,
                                                                     issuer_code: str) -> None:
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    letter = STATE_FOOTER.format(authority="KT. BỘ TRƯỞNG", position="THỨ TRƯỞNG")
    letter = letter.replace("Số: 2265/BCT-ATMT", f"{'số ) ÊÖ5CT-ATMT':<17}").replace("BỘ CÔNG THƯƠNG", issuer, 1)
    doc = parse_pages(as_ocr_pages(letter))
    assert (doc.symbol, doc.issuer_code) == (symbol, issuer_code)


@pytest.mark.parametrize(
    ("name_line", "name"),
    [("BSCKNH. Lê Đức Nhân", "BSCKII. Lê Đức Nhân"), ("BSCKTT. Lê Đức Nhân", "BSCKII. Lê Đức Nhân"),
     ("BSCKl. Trần Văn Lợi", "BSCKI. Trần Văn Lợi"), ("BSCKII. Trần Văn Lợi", "BSCKII. Trần Văn Lợi")],
)
def test_a_specialist_doctors_degree_misread_before_the_name(name_line: str, name: str) -> None:
    """OCR reads the level's strokes of "BSCKII." as other capitals: the degree stays with the
    name, not with the title above it."""
    from vbadmin.extract.signature import read_signature

    lines = ["GIÁM ĐỐC", name_line]
    blocks = [Segment(text=line, page=1, row=i, column="right", box=(0, 0, 1, 1), unit="px", origin="ocr")
              for i, line in enumerate(lines)]
    signatory = read_signature(blocks).signatory
    assert signatory is not None
    assert (signatory.position, signatory.name) == ("GIÁM ĐỐC", name)


@pytest.mark.parametrize(
    ("words", "repaired"),
    [(["Ban", "Thường", "vụ", "Tỉnh", "Ủy,"], ["Ban", "Thường", "vụ", "Tỉnh", "ủy,"]),
     (["Các", "đồng", "chí", "Đảng", "Ủy", "viên"], ["Các", "đồng", "chí", "Đảng", "ủy", "viên"]),
     (["Tỉnh", "Ủy", "ban"], ["Tỉnh", "Ủy", "ban"]),  # another word
     (["TỈNH", "ỦY", "HÀ", "GIANG"], ["TỈNH", "ỦY", "HÀ", "GIANG"]),  # capitals as printed
     (["Ủy", "ban", "nhân", "dân"], ["Ủy", "ban", "nhân", "dân"])],
)
def test_a_committees_uy_read_as_a_capital_in_sentence_case(words: list[str], repaired: list[str]) -> None:
    from vbadmin.ocrfix import repair_ocr_page
    from vbadmin.pages import Line, Page, Word

    line = Line([Word(text, 40.0 * i, 0, 40.0 * i + 30, 10) for i, text in enumerate(words)])
    repair_ocr_page(Page(number=1, width=400, height=100, unit="px", origin="ocr", lines=[line]))
    assert [word.text for word in line.words] == repaired


@pytest.mark.parametrize(
    ("text", "second_line"),
    [("- Các đồng chí Ủy viên Ban Thường vụ Tỉnh\nỦy,", "ủy,"),
     ("Đồng chí Nguyễn Văn Thành\nỦy viên Ban Thường vụ", "Ủy viên Ban Thường vụ"),  # a name's last word
     ("Trần Thị\nỦy nhiệm chi", "Ủy nhiệm chi")],
)
def test_a_committees_uy_wrapped_onto_the_next_line(text, second_line):
    from ocr_pages import as_ocr_pages
    from vbadmin.ocrfix import repair_ocr_page

    page = as_ocr_pages(text)[0]
    repair_ocr_page(page)
    assert page.lines[1].text == second_line


PLACE_TWICE = """ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{unit} {printed}                                Độc lập - Tự do - Hạnh phúc
Số: 63/UBND-VP                          {dated}, ngày 27 tháng 3 năm 2026
V/v báo cáo

Kính gửi: Các cơ quan, đơn vị.

Ủy ban nhân dân đề nghị các cơ quan, đơn vị báo cáo trước ngày 30/3/2026./.

Nơi nhận:                                  CHỦ TỊCH
- Như trên;
- Lưu: VT.                                 Lê Văn An
"""


@pytest.mark.parametrize(("unit", "printed", "dated", "confidence", "place", "issuer_end"), [
    # the reading OCR was surer of, by a clear margin
    ("TỈNH", "TÂY NINH", "Tây Nimh", {"Nimh,": 0.28, "NINH": 0.96}, "Tây Ninh", "TỈNH TÂY NINH"),
    ("XÃ", "TIỀN PHONG", "Tiên Phong", {"TIỀN": 0.67, "Tiên": 0.93}, "Tiên Phong", "XÃ TIÊN PHONG"),
    ("XÃ", "THỦY NGUYÊN", "Thảy Nguyên", {"Thảy": 0.52, "THỦY": 0.96}, "Thủy Nguyên", "XÃ THỦY NGUYÊN"),
    # a little surer of the one the other is with marks lost
    ("HUYỆN", "TAM ĐAO", "Tam Đảo", {"ĐAO": 0.87, "Đảo,": 0.96}, "Tam Đảo", "HUYỆN TAM ĐẢO"),
    ("HUYỆN", "TAM ĐẢO", "Tam Đao", {"ĐẢO": 0.87, "Đao,": 0.96}, "Tam Đao", "HUYỆN TAM ĐẢO"),  # not of the other
    # a province's name against no place's: the province, however sure OCR was
    ("TỈNH", "LÂM ĐỒNG", "Lâm Đông", {"ĐỒNG": 0.84, "Đông,": 0.93}, "Lâm Đồng", "TỈNH LÂM ĐỒNG"),
    # about as sure of both, no mark lost: each as read
    ("XÃ", "VĨNH HÒA", "Vĩnh Hỏa", {"HÒA": 0.9, "Hỏa,": 0.9}, "Vĩnh Hỏa", "XÃ VĨNH HÒA"),
    # two places of other letters: none put right
    ("XÃ", "VĨNH HÒA", "Vĩnh Long", {"HÒA": 0.9, "Long,": 0.5}, "Vĩnh Long", "XÃ VĨNH HÒA"),
])
def test_the_place_printed_twice_is_spelled_as_the_surer_reading(unit, printed, dated, confidence, place,
                                                                  issuer_end):
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    letter = PLACE_TWICE.format(unit=unit, printed=printed, dated=dated)
    doc = parse_pages(as_ocr_pages(letter, confidence=confidence))
    assert (doc.place, doc.issuer) == (place, f"ỦY BAN NHÂN DÂN {issuer_end}")


SEAL_UNDER_TITLE = """ĐẢNG BỘ TỈNH BÌNH THUẬN                        ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY ĐỨC LINH
       *                                      Đức Linh, ngày 02 tháng 4 năm 2021
Số 215-QĐ/HU

                              QUYẾT ĐỊNH
                  về việc thành lập Đoàn kiểm tra

Điều 1. Thành lập Đoàn kiểm tra công tác bầu cử.
Điều 2. Văn phòng Huyện ủy căn cứ Quyết định thi hành.

Nơi nhận:                                          T/M BAN THƯỜNG VỤ
- Ban Thường vụ Tỉnh ủy (b/c),                              {title}
- Lưu Văn phòng Huyện ủy.
{under}
                                               Huỳnh Văn Điền
"""


@pytest.mark.parametrize(("title", "under", "position"), [
    # the seal's ring read as print under the title: the issuer's name, no title of the signer
    ("BÍ THƯ", "                                                  HUYỆN ỦY\n"
               "                                             ĩ~     ĐỨC LINH\n"
               "                                                ¬ ⁄~—⁄ _‹", "BÍ THƯ"),
    ("PHÓ BÍ THƯ", "                                                  ĐỨC LINH", "PHÓ BÍ THƯ"),
    # the ring names the body and its province, from the parent's name
    ("PHÓ BÍ THƯ", "                                          HUYỆN ỦY TỈNH BÌNH THUẬN", "PHÓ BÍ THƯ"),
    # a title's own second line, and another body's name, stay
    ("PHÓ BÍ THƯ", "                                                  THƯỜNG TRỰC", "PHÓ BÍ THƯ THƯỜNG TRỰC"),
    ("GIÁM ĐỐC", "                                                  SỞ Y TẾ", "GIÁM ĐỐC SỞ Y TẾ"),
    # a forest-ranger post's head, a title of its own (probe-s21)
    ("HẠT TRƯỞNG", "                                             HUYỆN ỦY * ĐỨC LINH", "HẠT TRƯỞNG"),
])
def test_the_seals_lettering_under_the_title_is_no_title(title, under, position):
    from vbadmin.parse import parse_text

    signatory = parse_text(SEAL_UNDER_TITLE.format(title=title, under=under)).signatory
    assert signatory is not None and (signatory.position, signatory.name) == (position, "Huỳnh Văn Điền")


def test_the_seals_star_read_between_the_names_words_is_no_word() -> None:
    """probe-s23: "TRƯỜNG MẦM NON ★ HOA SEN" under "HIỆU TRƯỞNG" was read as a second title."""
    from vbadmin.parse import parse_text

    text = SEAL_UNDER_TITLE.replace("ĐẢNG BỘ TỈNH BÌNH THUẬN", "UBND PHƯỜNG LƯƠNG VĂN TRI").replace(
        "HUYỆN ỦY ĐỨC LINH", "TRƯỜNG MẦM NON HOA SEN")
    signatory = parse_text(text.format(title="HIỆU TRƯỞNG", under=" " * 44 + "TRƯỜNG MẦM NON ★ HOA SEN")).signatory
    assert signatory is not None and (signatory.position, signatory.name) == ("HIỆU TRƯỞNG", "Huỳnh Văn Điền")


@pytest.mark.parametrize(
    ("rows", "items"),
    [
        # a speck read before an item's dash (a box's frame erased above it: stop 27 review)
        (["_- Ủy ban nhân dân các huyện;", "- Chi cục Chăn nuôi và Thú y;"],
         ["Ủy ban nhân dân các huyện", "Chi cục Chăn nuôi và Thú y"]),
        # a Party list's item whose dash OCR lost, after "- Như trên,": an item of its own
        (["- Như trên,", "Thường trực Tỉnh ủy (b/c),", "- Các đồng chí Đảng đoàn viên,", "- Lưu Đảng đoàn."],
         ["Như trên", "Thường trực Tỉnh ủy (b/c)", "Các đồng chí Đảng đoàn viên", "Lưu Đảng đoàn"]),
        # an item whose dash was lost and whose ";" OCR read as ":"
        (["- Như trên;", "Sở Tài chính, Sở NN&PTNT tỉnh:", "- TT. Huyện ủy, TT. HĐND huyện;", "- Lưu: VT."],
         ["Như trên", "Sở Tài chính, Sở NN&PTNT tỉnh", "TT. Huyện ủy, TT. HĐND huyện", "Lưu: VT"]),
        # a row that does not end as an item does ends the list
        (["- Như trên,", "Thường trực Tỉnh ủy", "- Lưu Đảng đoàn."], ["Như trên"]),
    ],
)
def test_an_ocr_read_item_that_lost_its_dash_is_an_item(rows, items):
    from vbadmin.extract.lists import collect_items

    assert collect_items("", [_segment(row) for row in rows], lambda segment: False)[0] == items


def test_a_lists_dash_read_as_a_tilde_is_no_stray_mark():
    from vbadmin.ocrfix import _drop_stray_marks
    from vbadmin.pages import Line, Word

    row = Line([Word("~", 257, 100, 270, 110), Word("UBND", 280, 90, 360, 120), Word("xã,", 370, 90, 400, 120)])
    assert _drop_stray_marks(row) == [] and [w.text for w in row.words] == ["~", "UBND", "xã,"]
    hat = Line([Word("QUỐC", 0, 90, 80, 120), Word("~", 90, 80, 100, 86), Word("HỘI", 110, 90, 170, 120)])
    assert _drop_stray_marks(hat) == ["~→"] and [w.text for w in hat.words] == ["QUỐC", "HỘI"]



@pytest.mark.parametrize(
    ("rows", "name"),
    [
        (["CHÁNH VĂN PHÒNG", "r4", "X3»", "Hoàng-Thị Thanh Huyền"], "Hoàng Thị Thanh Huyền"),  # a stroke as a hyphen
        (["GIÁM ĐỐC", "Nguyễn Văn–An"], "Nguyễn Văn An"),
        (["GIÁM ĐỐC", "Nguyễn Văn An"], "Nguyễn Văn An"),
        (["CHỈ HUY TRƯỞNG", "``.Đại tá Hoàng Văn Sinh"], "Đại tá Hoàng Văn Sinh"),  # specks glued before it
    ],
)
def test_a_signature_stroke_read_as_a_hyphen_between_the_names_words(rows, name):
    from vbadmin.extract.signature import read_signature

    lines = [Segment(text=row, page=1, row=i, column="right", box=(0, 0, 1, 1), unit="px", origin="ocr")
             for i, row in enumerate(rows)]
    signatory = read_signature(lines).signatory
    assert signatory is not None and signatory.name == name


@pytest.mark.parametrize(
    ("rows", "authority", "position"),
    [
        (["„.TEUỞNG.CÔNG AN XÃ", "Thiếu tá Hoàng Văn Thạch"], None, "TRƯỞNG CÔNG AN XÃ"),  # specks as stops
        (["KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn An"], "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),  # a prefix's stop stays
        # specks before a prefix: the line as read, left to the second reading beside the list
        ([".TM: ỦY. BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn An"], None, "CHỦ TỊCH"),
    ],
)
def test_specks_glued_to_a_signature_title_are_dropped(rows, authority, position):
    from vbadmin.extract.signature import read_signature

    lines = [Segment(text=row, page=1, row=i, column="right", box=(0, 0, 1, 1), unit="px", origin="ocr")
             for i, row in enumerate(rows)]
    signatory = read_signature(lines).signatory
    assert signatory is not None and (signatory.authority, signatory.position) == (authority, position)


@pytest.mark.parametrize(
    ("date_row", "place", "date"),
    [
        ("Hà Nội, nướp ®hˆ thàng 4 nữm 2UAn", "Hà Nội", None),  # the date past reading: the place only
        ("Hà Nội, ngày 22 tháng 4 năm 2026", "Hà Nội", "2026-04-22"),
        ("Hà Nội, Ạ~^ ®hˆ", None, None),  # no "tháng" nor "năm" left: no date line at all
        ("Phòng họp, nướp thàng 4 nữm", None, None),  # no province's name
    ],
)
def test_a_province_over_a_garbled_date_is_the_place(date_row, place, date):
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    letter = LETTER_TOP.replace("Lào Cai, ngày 2 tháng 7 năm 2026", date_row)
    doc = parse_pages(as_ocr_pages(letter))
    assert (doc.place, doc.date) == (place, date)
    assert (date is None) == any(i.field == "date" and i.code in ("UNREADABLE_DATE", "MISSING_DATE") for i in doc.issues)



@pytest.mark.parametrize("speck", [":", "-", "„"])
def test_a_speck_under_a_title_is_no_part_of_the_subject(speck):
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    title = " " * 25 + "THÔNG BÁO\n" + " " * 26 + speck + "\n"  # the speck centred under the title
    subject = " " * 17 + "Lịch tiếp công dân định kỳ năm 2026 của Chủ tịch Ủy ban nhân dân xã\n" + " " * 30 + "Bát Tràng\n"
    letter = LETTER_TOP.replace("V/v trả lại hồ sơ\n", "\n" + title + subject)
    assert parse_pages(as_ocr_pages(letter)).subject == \
        "Lịch tiếp công dân định kỳ năm 2026 của Chủ tịch Ủy ban nhân dân xã Bát Tràng"


@pytest.mark.parametrize("rows", [["BÍ THƯ", "_Phạnấ Văn Cường"], ["ĐẢNG ỦY", "`Wđ-Thành Nhân"]])
def test_a_name_read_through_ink_into_no_syllables_is_left_to_the_second_look(rows):
    """Specks or a stroke around words that are no Vietnamese syllables: the seal's ink in the
    name's letters; the block keeps no name, and the signature zone is read again for it."""
    from vbadmin.extract.signature import read_signature

    lines = [Segment(text=row, page=1, row=i, column="right", box=(0, 0, 1, 1), unit="px", origin="ocr")
             for i, row in enumerate(rows)]
    signatory = read_signature(lines).signatory
    assert signatory is not None and signatory.position == rows[0] and signatory.name is None


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        # two words before a body's name are a title's or a body's, whatever they make as read
        ("Giảm độc Sở Nội vụ", "Giám đốc Sở Nội vụ"), ("Văn phong UBND tỉnh", "Văn phòng UBND tỉnh"),
        ("Giam đốc Công an tỉnh", "Giám đốc Công an tỉnh"), ("Cục Thuê tỉnh", "Cục Thuế tỉnh"),
        ("Giám Đôc Sở Y Tế", "Giám Đốc Sở Y Tế"), ("Bi thư Đảng ủy xã", "Bí thư Đảng ủy xã"),
        ("Ông Phạm Hải Quân", "Ông Phạm Hải Quân"),  # a person's name: kept
    ],
)
def test_a_title_before_a_bodys_name_gets_its_marks_back(read, repaired):
    assert vocab.repair_phrase_words(read)[0] == repaired


@pytest.mark.parametrize(
    ("ocr", "title"),
    [("GIÁM ĐÓC SỞ Y TẾ", "GIÁM ĐỐC SỞ Y TẾ"), ("TRUỞNG PHÒNG NGHIỆP VỤ Y", "TRƯỞNG PHÒNG NGHIỆP VỤ Y"),
     ("PHÓ GIÁM ĐÓC PHỤ TRÁCH", "PHÓ GIÁM ĐỐC PHỤ TRÁCH")],  # a hat or a horn lost, the tone kept
)
def test_a_titles_hat_or_horn_lost_before_words_is_put_back(ocr, title):
    assert repair_title(ocr) == title


@pytest.mark.parametrize("rows", [["GIÁM ĐỐC", "„ThS. Lê Thị Hoa"]])
def test_a_degree_after_specks_is_no_ink_in_the_name(rows):
    from vbadmin.extract.signature import read_signature

    lines = [Segment(text=row, page=1, row=i, column="right", box=(0, 0, 1, 1), unit="px", origin="ocr")
             for i, row in enumerate(rows)]
    signatory = read_signature(lines).signatory
    assert signatory is not None and signatory.name == "ThS. Lê Thị Hoa"


UNREAD_NUMBER_LINE = """BỘ CÔNG THƯƠNG                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC HÓA CHẤT                              Độc lập - Tự do - Hạnh phúc
Số: XÃ. IIC-CNHC                         Hà Nội, ngày 24 tháng 4 năm 2026
V/v trao đổi về một số quy định
trong lĩnh vực hóa chất

                         Kính gửi: Cục Hải quan.

Về các vướng mắc trong quá trình thực hiện Nghị định, Cục Hóa chất có ý kiến như sau:
1. Về công bố mục đích sử dụng hóa chất.
2. Về khai báo hóa chất nhập khẩu.

Nơi nhận:                                            KT. CỤC TRƯỞNG
- Như trên;                                          PHÓ CỤC TRƯỞNG
- Lưu: VT, CNHC.
                                                     Phạm Huy Nam Sơn
"""


@pytest.mark.parametrize("vv", ["V/v", "Vy"])
def test_a_dispatch_subject_under_an_unread_number_line(vv):
    """The number line read as garbage: the "V/v" under it, among the letterhead's rows, is
    still the subject (not the "Kính gửi" row below the letterhead)."""
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    record = parse_pages(as_ocr_pages(UNREAD_NUMBER_LINE.replace("V/v", vv), "ocr"))
    assert record.subject == "trao đổi về một số quy định trong lĩnh vực hóa chất"
    assert record.recipients == ["Cục Hải quan"]
