"""The "Kính gửi" line of flattened copies: the addressee ends where the body begins."""

from __future__ import annotations

import pytest

from vbadmin.parse import parse_text

LETTER = """BỘ Y TẾ                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                  Độc lập - Tự do - Hạnh phúc
Số: 384/BYT-KCB                   Hà Nội, ngày 27 tháng 01 năm 2014
V/v tăng cường khám bệnh

Kính gửi: {line}

Đề nghị các đơn vị thực hiện./.

Nơi nhận:                          KT. BỘ TRƯỞNG
- Như trên;                        THỨ TRƯỞNG
- Lưu: VT, KCB.
                                   Nguyễn Thị Xuyên
"""

CASES = [
    ("Tổng công ty Khí Việt Nam-CTCP (PV GAS) Phúc đáp Công văn số 615/KVN-PC ngày 3 tháng 4 năm 2019",
     ["Tổng công ty Khí Việt Nam-CTCP (PV GAS)"]),
    ("Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương Trong thời gian qua, Ủy ban",
     ["Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    ("Sở Y tế Thực hiện Công văn số 12/BYT-KCB, Bộ Y tế đề nghị", ["Sở Y tế"]),
    ("Đ/c Chủ tịch Ủy ban nhân dân tỉnh Thực hiện Luật Khám bệnh, chữa bệnh; Bộ Y tế đề nghị",
     ["Đ/c Chủ tịch Ủy ban nhân dân tỉnh"]),
    ("Ban Thực hiện dự án đường cao tốc", ["Ban Thực hiện dự án đường cao tốc"]),  # a name, not the body
    ("Bộ Nội vụ; Bộ Tài chính.", ["Bộ Nội vụ", "Bộ Tài chính"]),
]


@pytest.mark.parametrize(("line", "recipients"), CASES)
def test_a_flattened_addressee_ends_where_the_body_begins(line, recipients):
    assert parse_text(LETTER.format(line=line)).recipients == recipients


def test_a_signature_run_on_after_the_distribution_list():
    """A flattened web copy: the head signs with no prefix, on the row of the last item."""
    text = ("VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
            "Số: 2739/VPCP-ĐMDN V/v quy định về quản trị doanh nghiệp\n"
            "Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.\n"
            "Văn phòng Chính phủ thông báo để Bộ Kế hoạch và Đầu tư biết, thực hiện./.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng\n")
    doc = parse_text(text)
    assert doc.signatory is not None
    assert (doc.signatory.position, doc.signatory.name) == ("BỘ TRƯỞNG, CHỦ NHIỆM", "Mai Tiến Dũng")
    assert doc.distribution == ["Như trên", "Lưu: VT, ĐMDN (2b). Trung Anh"]


def test_an_addressee_set_far_right_of_its_label():
    """ "Kính gửi:" then a wide tab: the addressee is on the label's row, in the other column."""
    text = LETTER.replace("Kính gửi: {line}", "     Kính gửi:      Các tổ chức, cá nhân khai thác, thu hồi khoáng sản\n"
                          "                    trên địa bàn tỉnh Lào Cai.")
    assert parse_text(text).recipients == ["Các tổ chức, cá nhân khai thác, thu hồi khoáng sản trên địa bàn tỉnh Lào Cai"]


@pytest.mark.parametrize("label", ["Kính gửi:", "Kính gừi:", "Kinh gui:", "Kính gũi:", "Kính dửi:"])
def test_the_label_as_an_ocr_app_reads_it(label: str) -> None:
    letter = LETTER.replace("Kính gửi: {line}", f"{label} Sở Y tế tỉnh Quảng Trị")
    assert parse_text(letter).recipients == ["Sở Y tế tỉnh Quảng Trị"]


@pytest.mark.parametrize(
    ("lines", "recipients"),
    [
        # the addressee wraps: a line ending with a comma goes on
        ("Ủy ban nhân dân các huyện, thị xã,\n          thành phố.", ["Ủy ban nhân dân các huyện, thị xã, thành phố"]),
        ("Sở Tài chính, Sở Xây dựng và\n          Ủy ban nhân dân các xã.", ["Sở Tài chính, Sở Xây dựng và Ủy ban nhân dân các xã"]),
        # a finished addressee: the next line is the body's
        ("Sở Y tế.\n          Thực hiện chỉ đạo của Bộ", ["Sở Y tế"]),
    ],
)
def test_a_one_line_addressee_wrapped_onto_the_next_line(lines, recipients):
    assert parse_text(LETTER.format(line=lines)).recipients == recipients


GAPPED = """SỞ Y TẾ                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                            Độc lập - Tự do - Hạnh phúc
Số: 12/SYT-NV               Thái Nguyên, ngày 07 tháng 10 năm 2024
V/v hướng dẫn

{recipients}

Căn cứ Luật Điện lực ngày 30 tháng 11 năm 2024, Sở Y tế hướng dẫn như sau./.

Nơi nhận:                          GIÁM ĐỐC
- Như trên;
- Lưu: VT, NCTH.HH

d:\\2011\\CV\\SVH\\T4
                                   Nguyễn Văn An
"""


@pytest.mark.parametrize(
    ("recipients", "expected"),
    [
        # a list set with space between its lines: a row in lower case, or the rest of an
        # enumeration, goes on with the item above it
        ("Kính gửi:\n  - Các đại học có trường phổ thông\n\n    trực thuộc;\n  - Các trường cao đẳng sư phạm.",
         ["Các đại học có trường phổ thông trực thuộc", "Các trường cao đẳng sư phạm"]),
        ("Kính gửi:\n  - Ủy ban nhân dân các huyện: Lệ Thủy, Bố\n\n    Trạch, Quảng Trạch;\n  - Các hợp tác xã.",
         ["Ủy ban nhân dân các huyện: Lệ Thủy, Bố Trạch, Quảng Trạch", "Các hợp tác xã"]),
        # the last words of a one-line addressee, centred under it
        ("        Kính gửi: Ủy ban nhân dân các xã, phường trên địa bàn tỉnh Thái\n\n                  Nguyên.",
         ["Ủy ban nhân dân các xã, phường trên địa bàn tỉnh Thái Nguyên"]),
    ],
)
def test_an_addressee_set_apart_from_its_wrapped_row(recipients, expected):
    doc = parse_text(GAPPED.format(recipients=recipients))
    assert doc.recipients == expected
    assert doc.distribution == ["Như trên", "Lưu: VT, NCTH.HH"]  # a file's path below is no item


@pytest.mark.parametrize(
    "below",
    [
        "1. Tình hình chung.",  # a point of the body
        "Trân trọng.",  # a short sentence at the left margin
        "                  (Theo Kế hoạch số 3898/KH-SCT ngày 30/6/2026)",  # a note under it
    ],
)
def test_the_row_below_a_finished_looking_addressee_stays_in_the_body(below):
    text = GAPPED.format(recipients=f"        Kính gửi: Sở Y tế tỉnh Quảng Trị\n{below}")
    assert parse_text(text).recipients == ["Sở Y tế tỉnh Quảng Trị"]


INVITATION = """CỤC HẢI QUAN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC HẢI QUAN KHU VỰC VI          Độc lập - Tự do - Hạnh phúc
Số: 27/GM-HQKV6                      Lạng Sơn, ngày 7 tháng 5 năm 2026

GIẤY MỜI
Dự Hội nghị đối thoại doanh nghiệp năm 2026

Chi cục Hải quan khu vực VI tổ chức Hội nghị đối thoại doanh nghiệp năm 2026. Chi cục {invites}
- Đại diện lãnh đạo Sở Công Thương;
- Đại diện các doanh nghiệp xuất nhập khẩu.
Thời gian: 08 giờ 00, ngày 15/5/2026.

Nơi nhận:                            CHI CỤC TRƯỞNG
- Như trên;
- Lưu: VT.
                                     Nguyễn Văn Bình
"""


@pytest.mark.parametrize(
    "invites",
    ["Hải quan trân trọng kính mời:", "Hải quan trân\ntrọng kính mời:", "Hải quan trân trọng\nkính mời:",
     "Hải quan trần trọng kính mời:"],  # OCR's "trần"
)
def test_the_invitees_of_a_sentence_that_wraps_or_was_misread(invites: str) -> None:
    assert parse_text(INVITATION.format(invites=invites)).recipients == [
        "Đại diện lãnh đạo Sở Công Thương", "Đại diện các doanh nghiệp xuất nhập khẩu"]


@pytest.mark.parametrize(("rows", "recipients"), [
    # a first addressee on the label's row wrapped after a comma in a list of ";": it goes on
    (["- Sở Nông nghiệp và Môi trường các tỉnh Đắk Lắk, Gia Lai,", "                        Lâm Đồng;",
      "                      - Ủy ban nhân dân các xã, phường."],
     ["Sở Nông nghiệp và Môi trường các tỉnh Đắk Lắk, Gia Lai, Lâm Đồng", "Ủy ban nhân dân các xã, phường"]),
    # a Party list ends its items in commas: the row under a first item is an item of its own
    (["- Các huyện ủy, thị ủy, thành ủy,", "                      Đảng ủy Khối các cơ quan tỉnh,",
      "                      - Ban Tuyên giáo các huyện ủy."],
     ["Các huyện ủy, thị ủy, thành ủy", "Đảng ủy Khối các cơ quan tỉnh", "Ban Tuyên giáo các huyện ủy"]),
])
def test_the_row_under_a_first_addressee_on_the_labels_row(rows, recipients):
    doc = parse_text(LETTER.replace("Kính gửi: {line}", "Kính gửi: " + "\n".join(rows)))
    assert doc.recipients == recipients


@pytest.mark.parametrize(("block", "recipients"), [
    # one addressee beside the label, ended by a stop, then the body's dashed grounds (probe-t29)
    ("Kính gửi:\tỦy ban nhân dân xã Thoại Sơn.\n\n- Căn cứ Điều lệ Hội Nông dân Việt Nam;\n"
     "- Căn cứ Nghị định số 37/2023/NĐ-CP ngày 24/6/2023 của Chính phủ,\n"
     "Ban Thường vụ Hội Nông dân xã kính trình như sau:", ["Ủy ban nhân dân xã Thoại Sơn"]),
    # a list whose last item lost its stop: the grounds under it are no addressees
    ("Kính gửi:\n- Sở Tài chính;\n- Sở Nội vụ\n- Căn cứ Luật Ngân sách nhà nước năm 2015;",
     ["Sở Tài chính", "Sở Nội vụ"]),
    ("Kính gửi:\tSở Tài chính;\n- Sở Nội vụ.", ["Sở Tài chính", "Sở Nội vụ"]),  # control: a list goes on
])
def test_the_bodys_dashed_grounds_are_no_addressees(block, recipients):
    assert parse_text(LETTER.replace("Kính gửi: {line}", block)).recipients == recipients


@pytest.mark.parametrize(("row", "recipients"), [
    # one invitee alone under "… kính mời:", with no dash (probe-x22)
    ("              Ông Huỳnh Minh Tâm, Giám đốc Vườn quốc gia Côn Đảo", ["Ông Huỳnh Minh Tâm, Giám đốc Vườn quốc gia Côn Đảo"]),
    ("Tới dự Hội nghị tổng kết công tác năm 2025.", []),  # the invitation's sentence: no invitee
])
def test_one_undashed_invitee_under_the_invitation(row, recipients):
    text = LETTER.replace("Kính gửi: {line}", f"Ủy ban nhân dân tỉnh trân trọng kính mời:\n{row}\nTới dự Hội nghị.")
    assert parse_text(text).recipients == recipients


def test_an_item_with_a_bracket_left_open_goes_on_below():
    """probe-w27: a Party list's item ends in "," inside its brackets, which close a row below."""
    block = ("Kính gửi:\n- Ban Thường vụ các huyện ủy, thị ủy,\n- Các cơ quan tiến hành tố tụng tỉnh (Công an tỉnh,\n"
             "  Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh).")
    assert parse_text(LETTER.replace("Kính gửi: {line}", block)).recipients == [
        "Ban Thường vụ các huyện ủy, thị ủy",
        "Các cơ quan tiến hành tố tụng tỉnh (Công an tỉnh, Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh)"]


FOOTER_OVER_PAGES = """UBND TỈNH NINH BÌNH                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ                                     Độc lập - Tự do - Hạnh phúc
Số: 1520/SYT-NVY                      Ninh Bình, ngày 05 tháng 9 năm 2026
V/v tăng cường phòng, chống dịch

Kính gửi: Các đơn vị trực thuộc.

Sở Y tế đề nghị các đơn vị thực hiện./.

Nơi nhận:                                               {authority}
- Như trên;                                                  PHÓ GIÁM ĐỐC
- Bộ Y tế (b/c);
- UBND tỉnh (b/c){end}
\f                                       2

- Các phòng chức năng;
- Lưu: VT, NVY.                                        Trần Thị Mai Anh
"""


def test_a_short_letters_footer_is_read_once():
    """Rows all in the left column but the header's and the signature's: the header zone ran
    down into the footer, and the footer's rows were read twice (the authority doubled)."""
    doc = parse_text(FOOTER_OVER_PAGES.format(authority="KT. GIÁM ĐỐC", end=";"))
    assert doc.signatory is not None and (doc.signatory.authority, doc.signatory.position) == (
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
    assert doc.distribution == ["Như trên", "Bộ Y tế (b/c)", "UBND tỉnh (b/c)", "Các phòng chức năng", "Lưu: VT, NVY"]


@pytest.mark.parametrize(("last", "items"), [
    # the signature's title rows read between the list's rows on two pages (probe-w22)
    ("- Đảng ủy các cơ quan Đảng thành phố,", ["Đảng ủy các cơ quan Đảng thành phố", "Sở Giáo dục và Đào tạo",
                                               "Lưu Văn phòng Thành ủy"]),
    ("- Đảng ủy các cơ quan Đảng thành phố.", ["Đảng ủy các cơ quan Đảng thành phố"]),  # an ended list
])
def test_a_list_goes_on_past_the_signatures_title_rows(last, items):
    from vbadmin.extract.distribution import _not_distribution
    from vbadmin.extract.lists import collect_items
    from vbadmin.layout import Segment

    def row(text: str, n: int, column: str) -> Segment:
        return Segment(text=text, page=1, row=n, column=column, box=(0, n, 10, n + 1), unit="char", origin="text")

    rows = [row(last, 1, "left"), row("T/M BAN THƯỜNG VỤ", 2, "right"), row("PHÓ BÍ THƯ THƯỜNG TRỰC", 3, "right"),
            row("- Sở Giáo dục và Đào tạo,", 4, "left"), row("- Lưu Văn phòng Thành ủy.", 5, "left")]
    assert collect_items("", rows, _not_distribution)[0] == items


def test_an_invitation_wrapped_before_its_last_word():
    """"… trân trọng kính" / "mời:": the invitees follow the sentence's last word."""
    text = LETTER.replace("V/v tăng cường khám bệnh\n\nKính gửi: {line}\n",
                          "V/v mời dự hội nghị\n\nBộ Y tế trân trọng kính\nmời:\n- Đồng chí Giám đốc Sở Y tế;\n"
                          "- Đại diện lãnh đạo Bệnh viện Bạch Mai.\n")
    assert parse_text(text).recipients == ["Đồng chí Giám đốc Sở Y tế", "Đại diện lãnh đạo Bệnh viện Bạch Mai"]
