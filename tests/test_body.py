"""The body's last point and the closing under it: where a point printed as a heading ends."""

from __future__ import annotations

import pytest

from vbadmin.parse import parse_text

LETTER = """BỘ Y TẾ                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                            Độc lập - Tự do - Hạnh phúc
Số: 12/BYT-KCB              Hà Nội, ngày 07 tháng 10 năm 2014
V/v hướng dẫn

Kính gửi: Các bệnh viện.

1. Tăng cường công tác khám bệnh, chữa bệnh tại các bệnh viện tuyến tỉnh và tuyến huyện.
2. Tổ chức thực hiện
Giao Cục Quản lý khám, chữa bệnh theo dõi, đôn đốc các đơn vị thực hiện nội dung trên.
{last}

Nơi nhận:                          KT. BỘ TRƯỞNG
- Như trên;                        THỨ TRƯỞNG
- Lưu: VT.                         Nguyễn Văn An
"""
POINT = "Tổ chức thực hiện Giao Cục Quản lý khám, chữa bệnh theo dõi, đôn đốc các đơn vị thực hiện nội dung trên."


@pytest.mark.parametrize(
    ("last", "point_ends_with", "closing"),
    [
        # the issuer reports or submits, or a closing phrase: the closing
        ("Bộ Y tế báo cáo./.", "nội dung trên.", ["Bộ Y tế báo cáo./."]),
        ("Trong quá trình thực hiện, nếu có vướng mắc đề nghị phản ánh về Bộ Y tế./.", "nội dung trên.",
         ["Trong quá trình thực hiện, nếu có vướng mắc đề nghị phản ánh về Bộ Y tế./."]),
        # a submission, a contact paragraph, thanks: the closing
        ("Kính trình Bộ trưởng xem xét, cho ý kiến./.", "nội dung trên.", ["Kính trình Bộ trưởng xem xét, cho ý kiến./."]),
        ("Thông tin liên hệ: đồng chí Trần Thị Ngọc, điện thoại: 080.45763.", "nội dung trên.",
         ["Thông tin liên hệ: đồng chí Trần Thị Ngọc, điện thoại: 080.45763."]),
        ("Bộ Y tế trân trọng cảm ơn sự phối hợp của các đơn vị.", "nội dung trên.",
         ["Bộ Y tế trân trọng cảm ơn sự phối hợp của các đơn vị."]),
        # others are told to report: the point's own last paragraph
        ("Các đơn vị báo cáo kết quả thực hiện về Bộ Y tế trước ngày 15/12/2014./.", "15/12/2014./.", []),
        # a submission inside the sentence, an announcement's formula, an attachment's note
        ("Bộ Y tế kính trình Thủ tướng Chính phủ xem xét, cho ý kiến.", "nội dung trên.",
         ["Bộ Y tế kính trình Thủ tướng Chính phủ xem xét, cho ý kiến."]),
        ("Văn phòng Bộ thông báo để các đơn vị, cá nhân có liên quan biết, thực hiện./.", "nội dung trên.",
         ["Văn phòng Bộ thông báo để các đơn vị, cá nhân có liên quan biết, thực hiện./."]),
        ("    (Có dự thảo Quyết định và hồ sơ kèm theo)", "nội dung trên.", ["(Có dự thảo Quyết định và hồ sơ kèm theo)"]),
        # asked to announce: the point's own text
        ("Đề nghị các đơn vị thông báo để cán bộ biết, thực hiện./.", "thực hiện./.", []),
    ],
)
def test_what_follows_a_last_point_printed_as_a_heading(last, point_ends_with, closing):
    doc = parse_text(LETTER.format(last=last))
    assert doc.directives[-1].text.startswith(POINT)
    assert doc.directives[-1].text.endswith(point_ends_with)
    assert doc.closing == closing


def test_lettered_points_with_a_full_stop_and_a_web_copys_footnote_marks() -> None:
    """"a. Trong …" is a lettered point as "a)" is; "[2]" and "¹" after a word are a web copy's
    footnote marks, no part of the text ("m²" is)."""
    text = LETTER.replace(
        "2. Tổ chức thực hiện\nGiao Cục Quản lý khám, chữa bệnh theo dõi, đôn đốc các đơn vị thực hiện nội dung trên.\n{last}",
        "2. Tổ chức thực hiện\na. Cục Quản lý khám, chữa bệnh theo dõi các đơn vị[2].\n"
        "b. Các bệnh viện bố trí 120 m² phòng cách ly, 10km² đất, 2,5 mm² dây, báo cáo kết quả¹.\n"
        "c. đảm bảo an toàn.",
    )
    doc = parse_text(text)
    point = doc.directives[-1]
    assert [(child.label, child.text) for child in point.children] == [
        ("a", "Cục Quản lý khám, chữa bệnh theo dõi các đơn vị."),
        ("b", "Các bệnh viện bố trí 120 m² phòng cách ly, 10km² đất, 2,5 mm² dây, báo cáo kết quả. "
              "c. đảm bảo an toàn."),  # "c." before a word in lower case is no point
    ]


def test_a_code_wrapped_at_its_hyphen_is_one_word() -> None:
    doc = parse_text(LETTER.format(last="").replace(
        "Giao Cục Quản lý khám, chữa bệnh theo dõi, đôn đốc các đơn vị thực hiện nội dung trên.",
        "Giao Cục Quản lý khám, chữa bệnh thực hiện theo Nghị định số 35/2019/NĐ-\nCP ngày 25/4/2019 của Chính"
        " phủ, như Bà Rịa -\nVũng Tàu."))
    assert doc.directives[-1].text.endswith("Nghị định số 35/2019/NĐ-CP ngày 25/4/2019 của Chính phủ, như Bà Rịa - Vũng Tàu.")


@pytest.mark.parametrize(("wrapped", "text"), [
    # a syllable an OCR program hyphenated at the line's end is one word
    ("chữa bệnh thực hi-\nện nghiêm.", "chữa bệnh thực hiện nghiêm."),
    ("bảo vệ môi trư-\nờng.", "bảo vệ môi trường."),
    # two words joined by a hyphen wrapped there stay two ("e-" / "mail" is no syllable)
    ("gửi qua e-\nmail.", "gửi qua e-mail."),
])
def test_a_syllable_hyphenated_at_a_lines_end_is_one_word(wrapped: str, text: str) -> None:
    doc = parse_text(LETTER.format(last="").replace(
        "Giao Cục Quản lý khám, chữa bệnh theo dõi, đôn đốc các đơn vị thực hiện nội dung trên.",
        "Giao Cục Quản lý khám, " + wrapped))
    assert doc.directives[-1].text.endswith(text)


def test_a_legacy_fonts_letter_inside_a_word_is_no_footnote_mark() -> None:
    # "ho¹t": a TCVN3 "ạ" a conversion left inside a word stays; "đạo¹" ends a word: a mark
    from vbadmin.extract.body import _clean

    assert _clean("nội dung sinh ho¹t tập trung; chỉ đạo¹ thực hiện") == "nội dung sinh ho¹t tập trung; chỉ đạo thực hiện"


def test_an_old_titles_deciding_body_is_no_subject() -> None:
    doc = parse_text(LETTER.format(last="").replace(
        "V/v hướng dẫn\n", "\n                QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ Y TẾ\n          Về việc ban hành hướng dẫn\n"))
    assert doc.subject == "ban hành hướng dẫn"


def test_an_attachments_note_after_a_sentences_end_is_a_paragraph_of_its_own() -> None:
    # an OCR program's text: one row a line, no blank rows between paragraphs
    doc = parse_text(LETTER.format(last="(Có dự thảo Kế hoạch kèm theo)").replace("\n\nNơi nhận", "\nNơi nhận"))
    assert doc.directives[-1].text == POINT
    assert doc.closing == ["(Có dự thảo Kế hoạch kèm theo)"]


@pytest.mark.parametrize(("first", "labels"), [
    ("l. Phòng Nghiệp vụ theo dõi.", ["I", "I.1", "I.2"]),  # OCR'd text: "l." opening the points is 1.
    ("k. Phòng Nghiệp vụ theo dõi.", ["I", "I.k", "I.k.2"]),  # as printed when it is no "l."
])
def test_an_ell_opening_the_points_under_a_heading_is_one(first: str, labels: list[str]) -> None:
    from vbadmin.extract.body import read_body
    from vbadmin.layout import Segment

    lines = ["I. TỔ CHỨC THỰC HIỆN", first, "2. Các Đội thực hiện kế hoạch."]
    body = read_body([Segment(text=t, page=1, row=i, column="full", box=(0, i, 1, i + 1), unit="px",
                              origin="text", gap_before=True) for i, t in enumerate(lines)])

    def flat(nodes, prefix=""):
        return [x for n in nodes for x in [prefix + n.label, *flat(n.children, prefix + n.label + ".")]]

    assert flat(body.directives) == labels


@pytest.mark.parametrize(("middle", "text"), [
    # a scan's specks spread over a row in cells: no row of the point
    ("x . Z/", "Rà soát thủ tục để cung cấp dịch vụ công trực tuyến toàn trình."),
    ("VÀ . »", "Rà soát thủ tục để cung cấp dịch vụ công trực tuyến toàn trình."),
    # a line of words stretched by a break, alone: the point's own
    ("Nguyên đán Bính Ngọ", "Rà soát thủ tục để cung Nguyên đán Bính Ngọ cấp dịch vụ công trực tuyến toàn trình."),
])
def test_a_lone_row_of_cells_is_dropped_only_as_specks(middle: str, text: str) -> None:
    from vbadmin.extract.body import read_body
    from vbadmin.layout import Segment

    rows = ["1. Rà soát thủ tục để cung", middle, "cấp dịch vụ công trực tuyến toàn trình."]
    segments = [Segment(text=t, page=1, row=i, column="full", box=(0, i, 1, i + 1), unit="px", origin="ocr",
                        table_row=t == middle) for i, t in enumerate(rows)]
    assert read_body(segments).directives[0].text == text



INDENTED = """ĐẢNG BỘ TỈNH AN GIANG                                      ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG RẠCH GIÁ
          *                                         Rạch Giá, ngày 12 tháng 9 năm 2025
   Số 06-CTr/ĐU

                                 CHƯƠNG TRÌNH HÀNH ĐỘNG
                            về phát triển kinh tế tư nhân

        Ban Chấp hành Đảng bộ phường xây dựng Chương trình hành động để thực hiện trên địa bàn
   phường như sau:
        1. Thống nhất nhận thức, tư tưởng, hành động về vị trí, vai trò của kinh tế tư nhân
{second}- Tổ chức quán triệt Nghị quyết số 68-NQ/TW và Chương trình hành động này đến chi bộ,
   cán bộ, đảng viên;
        - Khơi dậy tinh thần kinh doanh, tôn vinh doanh nhân có đóng góp cho địa phương và xóa
   bỏ định kiến về kinh tế tư nhân.

   Nơi nhận:                                                   T/M BAN CHẤP HÀNH
   - Ban Thường vụ Tỉnh ủy (b/c),                                       BÍ THƯ
   - Lưu Văn phòng Đảng ủy.
                                                                    Lâm Thanh Phong
"""


@pytest.mark.parametrize(("second", "labels"), [
    ("        ", ["1", "1.-", "1.-"]),  # set in like the heading: a point of its own
    ("   ", ["1", "1.-"]),  # at the margin after a line that did not end: the heading goes on
])
def test_a_dash_row_set_in_like_the_heading_above_is_its_point(second: str, labels: list[str]) -> None:
    """pdftotext's layout: a heading without a full stop run near the margin, then its "-" points."""
    doc = parse_text(INDENTED.format(second=second))

    def flat(nodes, prefix=""):
        return [x for n in nodes for x in [prefix + n.label, *flat(n.children, prefix + n.label + ".")]]

    assert flat(doc.directives) == labels


TASK_TABLE = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HẬU GIANG                                  Độc lập - Tự do - Hạnh phúc
Số: 88/KH-UBND                          Hậu Giang, ngày 10 tháng 6 năm 2020

                                   KẾ HOẠCH
                          Chuyển đổi số tỉnh Hậu Giang

       1. Nhiệm vụ cụ thể: các sở, ngành triển khai các nhiệm vụ sau:
    TT  Nhiệm vụ                                 Chủ trì              Phối hợp               Thời gian
    1   Xây dựng Trung tâm điều hành             Sở Thông tin và      Công an tỉnh           Quý IV/2021
        thông minh giai đoạn 1                   Truyền thông
    2   Triển khai nền tảng thanh toán           Sở Công Thương       Ngân hàng Nhà nước     Quý III/2021
{wrap}

       2. Giải pháp: tuyên truyền, nâng cao nhận thức về chuyển đổi số.

Nơi nhận:                                              CHỦ TỊCH
- Các sở, ngành tỉnh;
- Lưu: VT.                                             Lê Văn An
"""


@pytest.mark.parametrize("wrap", [
    # a row's cells wrapped onto two rows: the first in cells of its own, the next under it
    "        không dùng tiền mặt tại các chợ,                              chi nhánh tỉnh\n"
    "        trường học, bệnh viện",
    "        không dùng tiền mặt tại các chợ,",
])
def test_the_wrapped_rows_of_a_tables_cells_are_no_part_of_the_point(wrap: str) -> None:
    doc = parse_text(TASK_TABLE.format(wrap=wrap))
    assert [d.text for d in doc.directives] == [
        "Nhiệm vụ cụ thể: các sở, ngành triển khai các nhiệm vụ sau:",
        "Giải pháp: tuyên truyền, nâng cao nhận thức về chuyển đổi số."]


def _tree(directives) -> list[tuple[str, list]]:
    return [(d.label, _tree(d.children)) for d in directives]


@pytest.mark.parametrize(("points", "tree"), [
    # decimal labels nest by their dots, "1.2" printed with no final dot (probe-z24)
    ("1. Đối tượng và điều kiện\n1.1. Sinh viên khóa 2021.\n1.2 Điều kiện giao đồ án\n1.2.1. Tích lũy đủ tín chỉ.\n"
     "1.2.2. Không bị kỷ luật.\n2. Tổ chức thực hiện giao đồ án.",
     [("1", [("1.1", []), ("1.2", [("1.2.1", []), ("1.2.2", [])])]), ("2", [])]),
    # the Party's "a-" under "1-", before a figure too (probe-z28)
    ("1- Mục tiêu cụ thể đến năm 2030:\na- Không để xảy ra sự cố lưới điện;\nb- 100% trạm biến áp vận hành tự động.\n"
     "2- Nhiệm vụ và giải pháp chủ yếu.", [("1", [("a", []), ("b", [])]), ("2", [])]),
    # points numbered in brackets under a point (probe-z26)
    ("1. Kết quả đạt được trong năm.\n2. Nhiệm vụ trọng tâm sau:\n(1) Quán triệt Nghị quyết Đại hội.\n"
     "(2) Xây dựng phương án sử dụng vỉa hè.", [("1", []), ("2", [("1", []), ("2", [])])]),
    # a comment letter's points in words (probe-z23), not a weekday
    ("Thứ nhất, về hồ sơ hoàn thuế đối với dự án đầu tư.\nThứ hai, về chứng từ thanh toán.",
     [("Thứ nhất", []), ("Thứ hai", [])]),
    ("Hội nghị họp vào buổi sáng.\nThứ hai, ngày 05/01/2026, tại Hội trường tỉnh.", []),
])
def test_the_shapes_points_are_printed_in(points: str, tree: list) -> None:
    text = LETTER.replace("1. Tăng cường công tác khám bệnh, chữa bệnh tại các bệnh viện tuyến tỉnh và tuyến huyện.\n"
                          "2. Tổ chức thực hiện\nGiao Cục Quản lý khám, chữa bệnh theo dõi, đôn đốc các đơn vị thực hiện"
                          " nội dung trên.\n{last}", points)
    assert _tree(parse_text(text).directives) == tree


SET_IN = """TÒA ÁN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG BÌNH                                    Độc lập - Tự do - Hạnh phúc
Số: 1205/TANDT-TCCB                         Quảng Bình, ngày 15 tháng 11 năm 2019
V/v bổ sung quy hoạch

                  Kính gửi: Chánh án Tòa án nhân dân các huyện.

       1. Các đơn vị rà soát đội ngũ cán bộ, công chức, lập danh sách đề nghị bổ sung quy
  hoạch chức danh lãnh đạo, quản lý giai đoạn 2021 - 2026 theo đúng tiêu chuẩn quy định.
       2. Việc giới thiệu phải thực hiện đúng quy trình, công khai, dân chủ; lấy phiếu tín nhiệm
  tại hội nghị cán bộ chủ chốt của đơn vị.
       3. Hồ sơ gửi về Tòa án nhân dân tỉnh (qua Phòng Tổ chức - Cán bộ) trước ngày 05/12/2019.
{third}
       Đề nghị Chánh án Tòa án cấp huyện quan tâm, triển khai thực hiện./.

  Nơi nhận:                                                              CHÁNH ÁN
  - Như trên;
  - Lưu: VT, TCCB.                                                      Phạm Quang Trung
"""


POINT_THREE = "Hồ sơ gửi về Tòa án nhân dân tỉnh (qua Phòng Tổ chức - Cán bộ) trước ngày 05/12/2019."
OVERDUE = "Quá thời hạn trên, đơn vị nào không gửi hồ sơ được xem như không có nhân sự đề nghị bổ sung quy hoạch."


@pytest.mark.parametrize(("third", "point_three"), [
    # a Word paragraph's first-line indent kept by a PDF's layout copy: a sentence that ended at
    # the line's end, the paragraph going on at the margin (probe-w41)
    ("  Quá thời hạn trên, đơn vị nào không gửi hồ sơ được xem như không có nhân sự đề nghị bổ sung\n"
     "  quy hoạch.", f"{POINT_THREE} {OVERDUE}"),
    # the same row set in: a paragraph of its own
    ("       Quá thời hạn trên, đơn vị nào không gửi hồ sơ được xem như không có nhân sự đề nghị bổ\n"
     "  sung quy hoạch.", POINT_THREE),
    # a closing typed at the margin is one all the same
    ("  Trân trọng./.", POINT_THREE),
    ("  Đề nghị các đơn vị nghiêm túc thực hiện./.", POINT_THREE),
])
def test_a_row_at_the_margin_goes_on_where_paragraphs_open_set_in(third: str, point_three: str) -> None:
    doc = parse_text(SET_IN.format(third=third))
    assert [d.text for d in doc.directives][2] == point_three
