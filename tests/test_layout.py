"""Page furniture: page numbers and running footers are no part of the letter."""

from __future__ import annotations

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


@pytest.mark.parametrize(("number", "kept"), [("2", False), ("- 2 -", False), ("1", True)])
def test_a_page_number_between_blank_rows_of_a_text_copy_is_dropped(number: str, kept: bool) -> None:
    """A text copy with no form feed: the next page's number, centred between blank rows, sits
    inside a sentence that goes on under it (a "1" there is no next page's)."""
    page_break = f"\n\n\n{number:^70}\n\n"
    text = "\f".join(PAGES).format(footer="", number1="", number2="").replace("\f\n", page_break)
    doc = parse_text(text)
    second = [d.text for d in doc.directives][1]
    assert (second != "Báo cáo kết quả giải quyết thủ tục về Sở trước ngày 05/10/2024.") == kept


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
