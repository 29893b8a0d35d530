"""Page furniture: page numbers and running footers are no part of the letter."""

from __future__ import annotations

import re

import pytest

from vbadmin import parse_text

FOOTER = "Địa chỉ: Số 14 Hạc Thành, phường Điện Biên, TP. Thanh Hóa; ĐT: 0237.3852.512"
PAGES = [
    """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                           Độc lập - Tự do - Hạnh phúc
Số: 2145/STNMT-QLĐĐ                    Thanh Hóa, ngày 20 tháng 8 năm 2024
V/v giải quyết thủ tục đất đai

Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.

Sở Tài nguyên và Môi trường đề nghị các địa phương thực hiện như sau:
1. Rà soát hồ sơ đất đai tồn đọng và giải quyết dứt điểm trước ngày 30/9/2024;
2. Báo cáo kết quả giải quyết thủ tục

{footer}
{number1}""",
    """{number2}
về Sở trước ngày 05/10/2024.
3. Công khai thủ tục hành chính tại bộ phận một cửa./.

Nơi nhận:                                  KT. GIÁM ĐỐC
- Như trên;                                PHÓ GIÁM ĐỐC
- Lưu: VT, QLĐĐ.
                                           Lê Văn Hùng

{footer}""",
]


@pytest.mark.parametrize(("number1", "number2"), [("", "2"), ("Trang 1/2", "Trang 2/2")])
def test_a_running_footer_and_page_numbers_are_dropped(number1: str, number2: str) -> None:
    text = "\f".join(PAGES).format(footer=FOOTER, number1=number1, number2=number2)
    doc = parse_text(text)
    assert "Địa chỉ" not in doc.text and "Trang" not in doc.text
    assert [d.text for d in doc.directives][1] == "Báo cáo kết quả giải quyết thủ tục về Sở trước ngày 05/10/2024."
    assert doc.signatory is not None and doc.signatory.name == "Lê Văn Hùng"


@pytest.mark.parametrize(("number", "kept"), [
    ("2", False), ("- 2 -", False), ("1", True),
    ("<2", False), ("<- 2 -", False), ("<3", True),  # at the margin ("<"): only the page due
    # page 1's own footer at the margin: the page that ends (probe-s22, s26)
    ("<Trang 1/2", False), ("<Trang 2", False), ("<Trang 3/4", True),
])
def test_a_page_number_between_blank_rows_of_a_text_copy_is_dropped(number: str, kept: bool) -> None:
    """A text copy with no form feed: the next page's number, centred between blank rows (or
    at the margin, when it is the page due), sits inside a sentence that goes on under it (a
    "1" there is no next page's)."""
    placed = number[1:] if number.startswith("<") else f"{number:^70}"
    page_break = f"\n\n\n{placed}\n\n"
    text = "\f".join(PAGES).format(footer="", number1="", number2="").replace("\f\n", page_break)
    doc = parse_text(text)
    second = [d.text for d in doc.directives][1]
    assert (second != "Báo cáo kết quả giải quyết thủ tục về Sở trước ngày 05/10/2024.") == kept


@pytest.mark.parametrize(("number", "kept"), [("2", False), ("3", True), ("Trang 1/2", False),
                                            ("Trang 1/1", True)])
def test_a_viewers_page_number_inside_a_sentence_is_dropped(number: str, kept: bool) -> None:
    """A viewer's copy keeps no blank rows: the next page's number alone at the margin between
    a row cut after a word and a row that goes on in lower case (not the number of a later page)."""
    text = "\f".join(PAGES).format(footer="", number1="", number2="")
    text = re.sub(r"thủ tục\s+về Sở", f"thủ tục\n{number}\nvề Sở", text)
    assert f"\n{number}\n" in text and "\f" not in text
    doc = parse_text(text)
    second = [d.text for d in doc.directives][1]
    assert (second != "Báo cáo kết quả giải quyết thủ tục về Sở trước ngày 05/10/2024.") == kept


def test_a_pages_first_row_goes_on_with_the_last_pages_sentence() -> None:
    """A form feed inside the last point's sentence ("… việc thực" / page 2: "hiện …"), the
    page's number and a blank row above the row: no new paragraph, so the paragraph after the
    point is the closing, not more of the point."""
    first, second = PAGES[0].split("2. Báo cáo")[0], PAGES[1].split("\n\nNơi nhận:")[1]
    text = (first + "2. Giao phòng chuyên môn kiểm tra việc thực\n\f\n                2\n\n"
            "hiện của các địa phương trước ngày 15/12/2024.\n\n"
            "     Sở Tài nguyên và Môi trường đề nghị các đơn vị triển khai thực hiện./.\n\nNơi nhận:" + second)
    doc = parse_text(text.format(footer="", number1=""))
    assert doc.directives[-1].text == "Giao phòng chuyên môn kiểm tra việc thực hiện của các địa phương trước ngày 15/12/2024."
    assert doc.closing == ["Sở Tài nguyên và Môi trường đề nghị các đơn vị triển khai thực hiện./."]


def test_a_running_header_is_dropped_when_a_last_form_feed_leaves_an_empty_page() -> None:
    """Pages 2 and 3 of three open with the same row, then a form feed and nothing."""
    running = "Sở Tài nguyên và Môi trường                      Công văn số 2145/STNMT-QLĐĐ\n\n"
    second = "về Sở trước ngày 05/10/2024.\n3. Công khai thủ tục.\n4. Rà soát hồ sơ.\n5. Tổng hợp kết quả"
    third = PAGES[1].replace("{number2}\nvề Sở trước ngày 05/10/2024.\n3. Công khai thủ tục hành chính tại bộ phận",
                             "về Sở trước ngày 30/10/2024,")
    pages = [PAGES[0], running + second, running + third, ""]
    doc = parse_text("\f".join(pages).format(footer="", number1=""))
    assert [d.text for d in doc.directives][1:] == [
        "Báo cáo kết quả giải quyết thủ tục về Sở trước ngày 05/10/2024.", "Công khai thủ tục.", "Rà soát hồ sơ.",
        "Tổng hợp kết quả về Sở trước ngày 30/10/2024, một cửa./."]


@pytest.mark.parametrize(
    ("page_break", "running"),
    [
        ("\f", "Sở Tài nguyên và Môi trường                      CV số 2145/STNMT-QLĐĐ\n" + "_" * 70 + "\n"),
        ("\f", "Sở Tài nguyên và Thông tin\n" + "-" * 70 + "\n"),  # any short row over a rule
        ("\n\n\n", "STNMT - Công văn 2145\n\n"),  # no form feed; the letter's own number
        ("\f", "Sở Tài nguyên và Môi trường\n\n"),  # the body's name over a blank row
        ("\f", "Ban Tài nguyên Môi trường\n\n"),  # another short name between a cut sentence and its rest
    ],
)
def test_a_later_pages_running_header_is_dropped(page_break: str, running: str) -> None:
    """A running header at the top of page 2 only (page 1 has the letterhead), under the page's
    number, inside a sentence cut by the page's end."""
    second = PAGES[1].replace("{number2}\n", f"{'2':^70}\n{running}")
    text = PAGES[0] + page_break + second
    doc = parse_text(text.format(footer="", number1=""))
    assert [d.text for d in doc.directives][1] == "Báo cáo kết quả giải quyết thủ tục về Sở trước ngày 05/10/2024."


def test_a_sentence_going_on_in_a_proper_name_at_a_pages_top_stays() -> None:
    second = PAGES[1].replace("{number2}\nvề Sở trước", f"{'2':^70}\nSở Tài nguyên và Môi trường\ntrước")
    doc = parse_text((PAGES[0] + "\f" + second).format(footer="", number1=""))
    assert [d.text for d in doc.directives][1] == \
        "Báo cáo kết quả giải quyết thủ tục Sở Tài nguyên và Môi trường trước ngày 05/10/2024."


def test_a_letterhead_printed_on_every_page_stays_the_issuer() -> None:
    header = PAGES[0].splitlines()[0]
    text = "\f".join([PAGES[0], header + "\n" + PAGES[1]]).format(footer="", number1="", number2="2")
    assert parse_text(text).issuer == "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"


def test_a_body_line_at_the_edge_of_two_pages_stays() -> None:
    # The same words end page 1 and page 2, each run on from the row above: body, not a footer.
    line = "kiên quyết xử lý các công trình không phép, sai phép."
    pages = [PAGES[0].replace("{footer}\n{number1}", line), PAGES[1].replace("\n\n{footer}", "\n" + line)]
    doc = parse_text("\f".join(pages).format(number2="2"))
    assert doc.text.count(line) == 2


def test_a_signers_name_ending_two_pages_is_no_running_footer() -> None:
    # A decision and the rules it issues end with the same block; the name under it is the last
    # row of both pages, set apart by the signature's gap.
    block = "                                           KT. CHỦ TỊCH\n" \
            "                                           PHÓ CHỦ TỊCH\n\n\n" \
            "                                           Nguyễn Văn Hùng"
    first = PAGES[0].replace("{footer}\n{number1}", "3. Quyết định có hiệu lực từ ngày ký./.\n\n" + block)
    rules = "QUY CHẾ\nĐiều 1. Phạm vi điều chỉnh của Quy chế này.\n\n" + block
    doc = parse_text(first + "\f" + rules)
    assert doc.signatory is not None and doc.signatory.name == "Nguyễn Văn Hùng"


def _segments(rows: list[tuple[str, str]]):
    from vbadmin.layout import Segment

    return [Segment(text=text, page=1, row=i, column=column, box=(0, i, 1, i + 1), unit="px", origin="ocr")
            for i, (column, text) in enumerate(rows)]


def test_a_digital_signature_stamp_is_no_part_of_the_letters_structure():
    from vbadmin.layout import without_signature_stamps

    rows = [("left", "HƯỚNG DẪN"), ("right", "Ký bởi: Sở Dân tộc và Tôn giáo"), ("right", "Cơ quan: Tỉnh Lâm Đồng"),
            ("right", "Thoi gian ky: 12.03.2026 09:15:22 +07:00"), ("full", "Thực hiện chính sách đối với"),
            # a body line that opens with a label is kept when no stamp is above it
            ("full", "Cơ quan: Sở Y tế tỉnh"), ("right", "Thời gian ký: 13.03.2026")]
    kept = [segment.text for segment in without_signature_stamps(_segments(rows))]
    assert kept == ["HƯỚNG DẪN", "Thực hiện chính sách đối với", "Cơ quan: Sở Y tế tỉnh"]


@pytest.mark.parametrize("mark", ["/", "-"])
def test_a_lone_mark_after_a_wide_gap_starts_the_right_cell(mark: str) -> None:
    """A seal's speck read as "/" before the second title line: the row still splits into the
    list's item and the signature's line (a "/QĐ-UBND" after a blank to fill does not split)."""
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    text = f"""ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BÌNH THUẬN                          Độc lập - Tự do - Hạnh phúc
Số:      /UBND-KT                        Bình Thuận, ngày 12 tháng 3 năm 2024
V/v rà soát hồ sơ đất đai

Kính gửi: Sở Tài nguyên và Môi trường.

Ủy ban nhân dân tỉnh đề nghị Sở rà soát hồ sơ đất đai tồn đọng, báo cáo trước ngày 30/3/2024./.

Nơi nhận:                                  KT. CHỦ TỊCH
- Như trên;                             {mark} PHÓ CHỦ TỊCH
- Lưu: VT, KT.

                                           Lê Văn Hùng
"""
    doc = parse_pages(as_ocr_pages(text))
    assert doc.distribution == ["Như trên", "Lưu: VT, KT"]
    assert doc.signatory is not None and doc.signatory.authority == "KT. CHỦ TỊCH"
    assert doc.symbol == "UBND-KT" and doc.number is None


def test_the_scanners_dark_border_read_as_marks_is_no_part_of_the_rows() -> None:
    """An archive's scan: the page's dark left border read as "|" before every row of the list."""
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    text = """TỈNH ỦY SƠN LA                             ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 12-CV/TU                                Sơn La, ngày 12 tháng 3 năm 2026

Kính gửi: Các huyện ủy, thành ủy.

Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy thực hiện tốt nội dung trên.

    Nơi nhận:                              T/M BAN THƯỜNG VỤ
|   - Ban Thường vụ Tỉnh ủy (b/c),              BÍ THƯ
|   - Văn phòng Tỉnh ủy,
|   - Lưu Văn phòng Tỉnh ủy.
                                           Cầm Văn Đoàn
"""
    doc = parse_pages(as_ocr_pages(text))
    assert doc.distribution == ["Ban Thường vụ Tỉnh ủy (b/c)", "Văn phòng Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"]


def test_a_sliver_at_the_page_edge_read_as_letters_is_dropped() -> None:
    """"EM" read from a speck one pixel wide on the scanner's border; a word in the margin stays."""
    from vbadmin.layout import _without_edge_specks
    from vbadmin.pages import Line, Page, Word

    page = Page(number=1, width=1654, height=2339, unit="px", origin="ocr", lines=[])
    line = Line([Word("EM", 0, 1026, 1, 1033), Word("-", 212, 1040, 220, 1043), Word("Ban", 233, 1026, 290, 1049)])
    assert [w.text for w in _without_edge_specks(line, page).words] == ["-", "Ban"]
    wide = Line([Word("15", 2, 1026, 30, 1049), Word("Ban", 233, 1026, 290, 1049)])
    assert [w.text for w in _without_edge_specks(wide, page).words] == ["15", "Ban"]
    # a tightly cropped page: the list's dash by its item at the edge stays
    tight = Line([Word("-", 6, 1040, 14, 1043), Word("Như", 26, 1026, 80, 1049), Word("trên;", 90, 1026, 150, 1049)])
    assert [w.text for w in _without_edge_specks(tight, page).words] == ["-", "Như", "trên;"]


def test_a_speck_of_dirt_in_the_left_margin_is_dropped() -> None:
    """"©" read from dirt in the margin, apart from "Nơi nhận:" (it made the row two columns
    and the label the right one's); a list's dash hanging in the margin by its item stays, and
    so does a figure there."""
    from vbadmin.layout import _without_edge_specks
    from vbadmin.pages import Line, Page, Word

    page = Page(number=1, width=1654, height=2339, unit="px", origin="ocr", lines=[])
    label = Line([Word("©", 85, 1453, 118, 1502), Word("Nơi", 219, 1490, 268, 1512), Word("nhận:", 277, 1489, 358, 1519)])
    assert [w.text for w in _without_edge_specks(label, page, left_margin=248).words] == ["Nơi", "nhận:"]
    assert [w.text for w in _without_edge_specks(label, page).words] == ["©", "Nơi", "nhận:"]
    dash = Line([Word("-", 200, 1540, 208, 1543), Word("Như", 220, 1526, 270, 1549)])
    assert [w.text for w in _without_edge_specks(dash, page, left_margin=248).words] == ["-", "Như"]
    figure = Line([Word("12", 85, 1526, 118, 1549), Word("Như", 249, 1526, 300, 1549)])
    assert [w.text for w in _without_edge_specks(figure, page, left_margin=248).words] == ["12", "Như"]


def test_the_margins_of_a_scan_are_its_texts_not_its_borders() -> None:
    """An archive's scan reads the scanner's dark border as "|" at x=0 on many rows: the page's
    left margin is the text's, so dirt in the margin beside "Nơi nhận:" is seen as such."""
    from vbadmin.layout import page_segments
    from vbadmin.pages import Line, Page, Word

    def row(y: float, *cells: tuple[str, float]) -> Line:
        words, border = [], Word("|", 0, y, 4, y + 30)
        for text, x in cells:
            for token in text.split():
                words.append(Word(token, x, y, x + 20 * len(token), y + 30))
                x += 20 * len(token) + 12
        return Line([border, *words])

    rows = [row(100 + 46 * i, ("Báo cáo gửi về Sở Nội vụ trước ngày 15/01/2026 để tổng hợp.", 248))
            for i in range(6)]
    label = row(400, ("Nơi nhận:", 219), ("KT. GIÁM ĐỐC", 1060))
    label.words.insert(1, Word("©", 85, 390, 118, 440))
    rows += [label, row(446, ("- Như trên;", 220), ("PHÓ GIÁM ĐỐC", 1052)), row(492, ("- Lưu: VT, XDCQ.", 220))]
    page = Page(number=1, width=1654, height=2339, unit="px", origin="ocr", lines=rows)
    footer = [(s.text, s.column) for s in page_segments([page]) if s.row >= 6]
    assert ("Nơi nhận:", "left") in footer and ("KT. GIÁM ĐỐC", "right") in footer
    assert all("©" not in text for text, _ in footer)


WEB_COPY = (
    "ĐẢNG BỘ TỈNH THANH HÓA\tĐẢNG CỘNG SẢN VIỆT NAM\n"
    "ĐẢNG ỦY MẶT TRẬN TỔ QUỐC,\t\n"
    "CÁC ĐOÀN THỂ TỈNH\tThanh Hóa, ngày 25 tháng 11 năm 2025\n"
    "*\t\n"
    "Số 47-TB/ĐU\t\n"
    "{title}\n"
    "kết luận của Ban Thường vụ Đảng ủy tại hội nghị giao ban công tác xây dựng Đảng quý IV năm 2025\n"
    "Sau khi nghe Văn phòng Đảng ủy báo cáo và ý kiến của các đại biểu dự hội nghị, Ban Thường vụ Đảng ủy"
    " kết luận như sau:\n"
    "1. Về kết quả công tác quý IV năm 2025\n"
    "Các chi bộ, đảng bộ trực thuộc đã nghiêm túc triển khai Kế hoạch số 15-KH/ĐU ngày 10/9/2025 của Ban"
    " Thường vụ Đảng ủy; hoàn thành việc kiện toàn cấp ủy các chi bộ sau sắp xếp; kết nạp 12 đảng viên mới."
    " Tuy nhiên, việc chuyển sinh hoạt đảng của một số đảng viên còn chậm.\n"
    "2. Về nhiệm vụ trọng tâm những tháng đầu năm 2026\n"
    "Các chi bộ tổ chức tốt hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025.\n"
    "Nơi nhận:\tT/L BAN THƯỜNG VỤ\n"
    "- Thường trực Tỉnh ủy (b/c),\tCHÁNH VĂN PHÒNG\n"
    "- Lưu Văn phòng Đảng ủy.\tLê Thị Thu Trang\n"
)


@pytest.mark.parametrize("title", ["THÔNG BÁO", "THÔNG  BÁO"])
def test_a_type_title_under_a_web_copys_header_ends_the_header(title: str) -> None:
    """A web copy's rows lost their widths: body paragraphs under the table are as "left" as
    its cells, but the type's title under the table ends it (the date line is no paragraph)."""
    doc = parse_text(WEB_COPY.format(title=title))
    assert [d.label for d in doc.directives] == ["1", "2"]
    assert doc.date == "2025-11-25"
    assert not any("ngày 25 tháng 11" in p for p in doc.preamble)


FOOTER_OVER_A_PAGE = (
    "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH AN GIANG                            Độc lập - Tự do - Hạnh phúc\n"
    "Số: 12/UBND-VP                     An Giang, ngày 12 tháng 9 năm 2025\n"
    "V/v báo cáo\n\n"
    "Kính gửi: Các sở, ngành tỉnh.\n\n"
    "Ủy ban nhân dân tỉnh đề nghị các sở, ngành báo cáo trước ngày 30/9/2025./.\n\n"
    "Nơi nhận:                                         KT. CHỦ TỊCH\n"
    "- Như trên;                                       PHÓ CHỦ TỊCH\n"
    "- Chủ tịch UBND tỉnh;\n"
    "\f"
    "{rest}"
)


@pytest.mark.parametrize(("rest", "distribution"), [
    # the list goes on onto the next page, the name beside its last item
    ("- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh;\n- Lưu: VT, VP.                              Trần Văn Lâm\n",
     ["Như trên", "Chủ tịch UBND tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Lưu: VT, VP"]),
    # the next page holds more than the footer's rows: not the footer's
    ("- Lưu: VT, VP.                              Trần Văn Lâm\nPHỤ LỤC\nDanh sách các đơn vị báo cáo.\n",
     ["Như trên", "Chủ tịch UBND tỉnh"]),
])
def test_a_footer_broken_over_a_page_goes_on_on_the_next(rest: str, distribution: list[str]) -> None:
    assert parse_text(FOOTER_OVER_A_PAGE.format(rest=rest)).distribution == distribution


def test_the_signers_name_on_the_page_the_footer_goes_on_to_is_its_blocks() -> None:
    rest = "- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh;\n- Lưu: VT, VP.                              Trần Văn Lâm\n"
    signatory = parse_text(FOOTER_OVER_A_PAGE.format(rest=rest)).signatory
    assert signatory is not None and (signatory.position, signatory.name) == ("PHÓ CHỦ TỊCH", "Trần Văn Lâm")


CONTACT_ROWS_MIDPOINT = """BAN QUẢN LÝ VƯỜN QUỐC GIA BA BỂ      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                           Độc lập - Tự do - Hạnh phúc
Số: 88/BC-VQG                          Ba Bể, ngày 20 tháng 10 năm 2023

                                BÁO CÁO
                 Kết quả công tác bảo vệ rừng 9 tháng năm 2023

1. Công tác tuần tra, kiểm soát được duy trì thường xuyên trên toàn bộ diện tích rừng.
2. Mức khoán bảo vệ rừng cho hộ gia đình, cộng đồng dân cư thôn còn thấp, chưa thu hút
______________________________________________________________________________
Địa chỉ: Xã Khang Ninh, huyện Ba Bể, tỉnh Bắc Kạn; ĐT: 0209.3894.026
E-mail: vqgbabe@backan.gov.vn
{number}
người dân tham gia.
3. Đề nghị tăng mức khoán bảo vệ rừng.

Nơi nhận:                                          GIÁM ĐỐC
- UBND tỉnh;
- Lưu: VT.                                        Hoàng Văn Phú
"""


@pytest.mark.parametrize(("number", "text"), [
    # the next page's number under a page's contact rows: page furniture
    ("                                      2", "chưa thu hút người dân tham gia."),
    ("2", "chưa thu hút người dân tham gia."),
    # a row of words is the text's
    ("hai hộ", "chưa thu hút hai hộ người dân tham gia."),
])
def test_the_next_pages_number_under_its_contact_rows_is_dropped(number: str, text: str) -> None:
    doc = parse_text(CONTACT_ROWS_MIDPOINT.format(number=number))
    assert doc.directives[1].text.endswith(text)


ONE_COLUMN_WITH_ATTACHMENT = (
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 25/2022/QĐ-UBND\nBình Thuận, ngày 15 tháng 9 năm 2022\n\nQUYẾT ĐỊNH\n"
    "Ban hành Quy định phân cấp quản lý an toàn thực phẩm\n\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy định phân cấp.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2022.\n\f2\n"
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n{signature}\n\nTrương Minh Hiếu\n"
    "\fỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nQUY ĐỊNH\n"
    "Phân cấp quản lý an toàn thực phẩm\nChương I\nQUY ĐỊNH CHUNG\n"
    "Điều 1. Phạm vi điều chỉnh\nĐiều 2. Đối tượng áp dụng\n"
)


@pytest.mark.parametrize(("signature", "articles"), [
    # pdftotext without its layout: the list, then the signature under it, one column
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", ["Điều 1", "Điều 2", "Điều 3"]),
    ("CHỦ TỊCH", ["Điều 1", "Điều 2", "Điều 3"]),
])
def test_a_one_column_footers_attached_pages_follow_it(signature: str, articles: list[str]) -> None:
    """The Quy định attached after the signature is no part of the decision's articles, also
    when the footer is read as one column (no signature column beside the list)."""
    doc = parse_text(ONE_COLUMN_WITH_ATTACHMENT.format(signature=signature))
    assert [d.label for d in doc.directives] == articles
    assert doc.signatory is not None and doc.signatory.name == "Trương Minh Hiếu"


SIGNED_DIGITALLY = """Ký bởi: Ủy ban nhân dân xã Sơn Động
Cơ quan: Tỉnh Bắc Ninh
Số văn bản: {stamp_number}/UBND-KT
Thời gian ký: 14.10.2025 16:20:05 +07:00
ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ SƠN ĐỘNG                                    Độc lập - Tự do - Hạnh phúc
Số:     /UBND-KT                     {place}, ngày       tháng {month} năm 2025
V/v phòng cháy, chữa cháy rừng

Kính gửi: Các thôn, bản.

1. Các thôn rà soát phương án phòng cháy, chữa cháy rừng.
2. Ban Quản lý rừng phòng hộ bố trí lực lượng trực 24/24 giờ.
2
3. Công an xã xử lý nghiêm các hành vi vi phạm.

Nơi nhận:                                          TM. ỦY BAN NHÂN DÂN
- Như trên;                                        CHỦ TỊCH
- Lưu: VT.                                         Lê Văn An
"""


@pytest.mark.parametrize(("stamp_number", "month", "identifier", "date"), [
    # the number and day left blank for the system: the digital signature's lines give them
    ("1186", "10", "1186/UBND-KT", "2025-10-14"),
    # a month that is not the signature's: no day; another symbol's number: none
    ("1186", "11", "1186/UBND-KT", None),
])
def test_a_digitally_signed_letters_blank_number_and_day(stamp_number, month, identifier, date) -> None:
    doc = parse_text(SIGNED_DIGITALLY.format(stamp_number=stamp_number, month=month, place="Sơn Động"))
    assert (doc.identifier, doc.date) == (identifier, date)
    # the stamp is no part of the structure; the page's number between a point and a point is none
    assert [d.text for d in doc.directives][1] == "Ban Quản lý rừng phòng hộ bố trí lực lượng trực 24/24 giờ."


@pytest.mark.parametrize("stamp", [
    "Người ký: Lê Văn An\nNgày ký: 14-10-2025 16:20:05",
    "Nguoi ky: Le Van An\nNgay ky: 2025-10-14 16:20:05",  # as OCR reads it without marks
    "Ký bởi: Ủy ban nhân dân xã Sơn Động\nNgười ký: Lê Văn An\nNgày ký 14.10.2025",
])
def test_a_stamps_signing_day_in_its_other_forms(stamp: str) -> None:
    text = SIGNED_DIGITALLY.format(stamp_number="1186", month="10", place="Sơn Động")
    text = text.replace("Ký bởi: Ủy ban nhân dân xã Sơn Động\nCơ quan: Tỉnh Bắc Ninh\n", "")
    text = text.replace("Thời gian ký: 14.10.2025 16:20:05 +07:00\n", "")
    doc = parse_text(text.replace("Số văn bản: 1186/UBND-KT\n", f"{stamp}\nSố văn bản: 1186/UBND-KT\n"))
    assert (doc.identifier, doc.date) == ("1186/UBND-KT", "2025-10-14")


def test_a_date_line_with_a_colon_after_ngay_keeps_its_place() -> None:
    doc = parse_text(SIGNED_DIGITALLY.format(stamp_number="1186", month="10", place="Sơn Động").replace(
        "Sơn Động, ngày       tháng", "Sơn Động, ngày: 14 tháng"))
    assert (doc.place, doc.subject) == ("Sơn Động", "phòng cháy, chữa cháy rừng")


def test_a_numbered_wards_name_is_the_place() -> None:
    doc = parse_text(SIGNED_DIGITALLY.format(stamp_number="1186", month="10", place="Hà Giang 1"))
    assert doc.place == "Hà Giang 1"


FOOTNOTE = """ĐÀI KHÍ TƯỢNG THỦY VĂN KHU VỰC          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TRUNG TRUNG BỘ                           Độc lập - Tự do - Hạnh phúc
Số: 412/ĐKTTVTTB-DBPV                      Đà Nẵng, ngày 15 tháng 9 năm 2025
V/v cung cấp thông tin dự báo

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.

     1. Đài cung cấp bản tin dự báo hằng ngày trên trang thông tin điện tử của Đài.
     2. Ban Chỉ huy các tỉnh phối hợp chia sẻ số liệu đo mưa theo Nghị định số 38/2016/NĐ-CP ngày
15/5/2016 của Chính phủ

____________________
1
  Đài thực hiện nhiệm vụ dự báo cho thành phố Huế, thành phố Đà Nẵng và tỉnh Quảng Ngãi.

                                   Trang 1/2
quy định chi tiết một số điều của Luật Khí tượng thủy văn.

Nơi nhận:                                          GIÁM ĐỐC
- Như trên;
- Lưu: VT.                                         Lê Văn An
"""


def test_a_pages_footnotes_are_no_part_of_the_point_they_break() -> None:
    doc = parse_text(FOOTNOTE)
    assert doc.directives[1].text.endswith("của Chính phủ quy định chi tiết một số điều của Luật Khí tượng thủy văn.")
    assert doc.parent_issuer is None and doc.issuer == "ĐÀI KHÍ TƯỢNG THỦY VĂN KHU VỰC TRUNG TRUNG BỘ"


@pytest.mark.parametrize(("place_line", "place"), [
    ("Thị xã Quảng Trị, ngày 08 tháng 7 năm 2013", "Thị xã Quảng Trị"),  # the unit printed with it
    ("Quảng Trị, ngày 08 tháng 7 năm 2013", "Quảng Trị"),
])
def test_a_place_printed_with_its_unit_word_keeps_it(place_line: str, place: str) -> None:
    text = (f"UỶ BAN NHÂN DÂN\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHỊ XÃ QUẢNG TRỊ\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: 96/KH-UBND\n{place_line}\n\nKẾ HOẠCH\nTổ chức các hoạt động kỷ niệm\n\n"
            "1. Các phường tổ chức thăm hỏi các gia đình chính sách.\n\nNơi nhận:\n- Lưu: VT.\n"
            "TM. UỶ BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n")
    assert parse_text(text).place == place


def test_a_point_about_the_noi_nhan_label_is_no_footer() -> None:
    text = ("HUYỆN ỦY TIÊN YÊN                    ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Số 85-CV/HU                          Tiên Yên, ngày 10 tháng 3 năm 2008\n"
            "V/v hướng dẫn thể thức văn bản\n\n"
            "Kính gửi: Các chi bộ, đảng bộ cơ sở.\n\n"
            "1. Về thể thức văn bản của các cấp uỷ, tổ chức đảng trực thuộc Huyện uỷ cần lưu ý:\n"
            "a) Thẩm quyền ký: văn bản của cấp uỷ do đồng chí bí thư ký thay mặt, ghi \"T/M\";\n"
            "b) Nơi nhận ghi ở góc trái, dưới phần nội dung; dòng cuối ghi \"Lưu Văn phòng\".\n"
            "2. Về chế độ báo cáo: báo cáo tháng gửi trước ngày 20 hằng tháng về Văn phòng.\n\n"
            "Nơi nhận:                                   K/T CHÁNH VĂN PHÒNG\n"
            "- Như trên,                                 PHÓ CHÁNH VĂN PHÒNG\n"
            "- Lưu VP.                                   Lê Văn An\n")
    doc = parse_text(text)
    assert [d.label for d in doc.directives] == ["1", "2"]
    assert doc.distribution == ["Như trên", "Lưu VP"]


def test_a_type_title_in_the_right_column_keeps_the_header_table_whole() -> None:
    """A scan's title set under the right column, specks of a stamp in the left one beside its
    subject: the title and its subject are the right column's, read together."""
    text = ("BỘ CÔNG THƯƠNG                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "                                                Độc lập - Tự do - Hạnh phúc\n"
            "Số: 428/GP-BCT\n"
            "                                                         GIẤY PHÉP\n"
            "bả                                        VẬN CHUYỂN HÀNG HÓA NGUY HIỂM\n"
            "TY\n"
            "Theo đề nghị của Công ty TNHH Vận tải Thông Đạt, Bộ Công Thương cho phép Công ty vận chuyển hàng hóa.\n\n"
            "Nơi nhận:                                        KT. BỘ TRƯỞNG\n"
            "- Công ty TNHH Vận tải Thông Đạt;                 THỨ TRƯỞNG\n"
            "- Lưu: VT, HC.                                    Phan Thị Thắng\n")
    assert parse_text(text).subject == "VẬN CHUYỂN HÀNG HÓA NGUY HIỂM"


@pytest.mark.parametrize(
    ("row_end", "text"),
    [
        (" |", "Báo cáo kết quả giải quyết thủ tục về Sở trước ngày 05/10/2024."),  # an OCR copy's border
        ("  ~", "Báo cáo kết quả giải quyết thủ tục về Sở trước ngày 05/10/2024."),
        (" _", "Báo cáo kết quả giải quyết thủ tục về Sở trước ngày 05/10/2024."),
        ("|", "Báo cáo kết quả giải quyết thủ tục| về Sở trước ngày 05/10/2024."),  # glued: a word's
    ],
)
def test_a_stray_mark_at_a_typed_rows_end_is_dropped(row_end: str, text: str) -> None:
    letter = "\f".join(PAGES).format(footer="", number1="", number2="").replace("giải quyết thủ tục\n",
                                                                              f"giải quyết thủ tục{row_end}\n")
    assert [d.text for d in parse_text(letter).directives][1] == text


def test_a_pipe_tables_row_keeps_its_last_cell() -> None:
    table = "| STT | Nội dung | Thời hạn |\n| 1 | Rà soát hồ sơ | 30/9 |\n"
    letter = PAGES[0].format(footer=table, number1="")
    assert "\n1 Rà soát hồ sơ 30/9" in parse_text(letter).text
