"""The issuer block of the header: what a name keeps and what is noise at a line's end."""

from __future__ import annotations

import pytest

from vbadmin import parse_text
from vbadmin.layout import Segment

LETTER = """    BỘ CÔNG THƯƠNG                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 {line1}                         Độc lập - Tự do - Hạnh phúc
  {line2}
     Số: 1178/ĐCK-CTT                        Hà Nội, ngày 09 tháng 7 năm 2025
V/v hướng dẫn về công tác quản lý cụm công nghiệp

Kính gửi: Sở Công Thương tỉnh Lào Cai

Cục đề nghị Sở Công Thương thực hiện.

Nơi nhận:                                     CỤC TRƯỞNG
- Như trên;
- Lưu: VT.                                    Nguyễn Văn An
"""


@pytest.mark.parametrize(
    ("line1", "line2", "issuer"),
    [
        ("CỤC ĐỔI MỚI SÁNG TẠO,", "CHUYỂN ĐỔI XANH", "CỤC ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI XANH"),  # its own comma
        ("CỤC HÓA CHẤT _", "", "CỤC HÓA CHẤT"),  # a scanner's speck
        ("CỤC HÓA CHẤT ,", "", "CỤC HÓA CHẤT"),
    ],
)
def test_issuer_keeps_its_commas_not_specks(line1: str, line2: str, issuer: str) -> None:
    assert parse_text(LETTER.format(line1=line1.ljust(21), line2=line2)).issuer == issuer


def test_a_flattened_header_with_a_title_case_motto_keeps_the_issuers_second_line():
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc\n\n"
            "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n\n"
            "V/v tiếp tục phối hợp tuyên truyền\n\nKính gửi: Sở Văn hóa.\n\n"
            "Đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    doc = parse_text(text)
    assert doc.issuer == "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG"


SUBJECTS = [
    # a subject in capitals ends at the deciding authority's line
    ("ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "TỈNH KIÊN GIANG                        Độc lập - Tự do - Hạnh phúc\n\n"
     "Số: 1961/QĐ-UBND                 Kiên Giang, ngày 28 tháng 8 năm 2019\n\n"
     "                         QUYẾT ĐỊNH\n"
     "      BAN HÀNH QUY CHẾ PHỐI HỢP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n"
     "            TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n"
     "                      TỈNH KIÊN GIANG\n"
     "         CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\n"
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
     "BAN HÀNH QUY CHẾ PHỐI HỢP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI TRUNG TÂM PHỤC VỤ "
     "HÀNH CHÍNH CÔNG TỈNH KIÊN GIANG"),
    # a sentence-case subject may end with the issuer's name
    ("BỘ XÂY DỰNG                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "                                       Độc lập - Tự do - Hạnh phúc\n"
     "Số: 1074/QĐ-BXD                     Hà Nội, ngày 29 tháng 6 năm 2026\n\n"
     "                              QUYẾT ĐỊNH\n"
     "         Ban hành các giải pháp kỹ thuật cho công trình thuộc thẩm quyền\n"
     "                    quản lý của Bộ Xây dựng\n\n"
     "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;\n",
     "Ban hành các giải pháp kỹ thuật cho công trình thuộc thẩm quyền quản lý của Bộ Xây dựng"),
    # a V/v wrapped onto a line in brackets goes on; a note in brackets under a title does not
    ("THÀNH ỦY HẢI PHÒNG                  ĐẢNG CỘNG SẢN VIỆT NAM\n"
     "     VĂN PHÒNG\n"
     "Số 1530-CV/VPTU                   Hải Phòng, ngày 11 tháng 3 năm 2026\n"
     "V/v chuẩn bị tài liệu phục vụ Hội nghị\n"
     "Ban Chấp hành Đảng bộ thành phố\n"
     "(mở rộng), nhiệm kỳ 2025 - 2030\n\n"
     "Kính gửi: Ban Tổ chức Thành ủy.\n",
     "chuẩn bị tài liệu phục vụ Hội nghị Ban Chấp hành Đảng bộ thành phố (mở rộng), nhiệm kỳ 2025 - 2030"),
    ("ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "TỈNH LÀO CAI                        Độc lập - Tự do - Hạnh phúc\n\n"
     "                         QUY CHẾ\n"
     "      Phối hợp quản lý vật liệu nổ công nghiệp\n"
     "(Ban hành kèm theo Quyết định số 12/2026/QĐ-UBND)\n\n"
     "Chương I\n",
     "Phối hợp quản lý vật liệu nổ công nghiệp"),
    # a note in sentence case under a subject in capitals is no more of it
    ("ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "TỈNH LÀO CAI                        Độc lập - Tự do - Hạnh phúc\n"
     "Số: 2463/QĐ-UBND                  Lào Cai, ngày 20 tháng 7 năm 2026\n\n"
     "                         QUYẾT ĐỊNH\n"
     "      CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI\n"
     "               CHẤP THUẬN NHÀ ĐẦU TƯ\n"
     "       (cấp lần đầu: ngày 16 tháng 7 năm 2026)\n\n"
     "Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020;\n",
     "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ"),
    # a subject in capitals that goes on in sentence case goes on
    ("BAN CHẤP HÀNH TRUNG ƯƠNG                  ĐẢNG CỘNG SẢN VIỆT NAM\n"
     "          *\n"
     "Số 123-KL/TW                         Hà Nội, ngày 14 tháng 3 năm 2025\n\n"
     "                         KẾT LUẬN\n"
     "                   CỦA BỘ CHÍNH TRỊ\n"
     "     về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị\n\n"
     "Tại phiên họp ngày 10/3/2025, Bộ Chính trị kết luận như sau:\n",
     "CỦA BỘ CHÍNH TRỊ về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"),
    # a title at the left margin, under the number: the right column's rows beside and above
    # it are no subject
    ("CỤC HẢI QUAN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "CHI CỤC HẢI QUAN KHU VỰC VI               Độc lập - Tự do - Hạnh phúc\n"
     "Số: 27/GM-HQKV6                           Lạng Sơn, ngày 7 tháng 5 năm 2026\n"
     "GIẤY MỜI\n"
     "Dự Hội nghị đối thoại doanh nghiệp năm 2026\n\n"
     "Chi cục Hải quan khu vực VI trân trọng kính mời:\n",
     "Dự Hội nghị đối thoại doanh nghiệp năm 2026"),
    # the date line beside such a title, on its row, is not under it either
    ("CỤC HẢI QUAN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "CHI CỤC HẢI QUAN KHU VỰC VI               Độc lập - Tự do - Hạnh phúc\n"
     "Số: 27/GM-HQKV6\n"
     "GIẤY MỜI                                  Lạng Sơn, ngày 7 tháng 5 năm 2026\n"
     "Dự Hội nghị đối thoại doanh nghiệp năm 2026\n\n"
     "Chi cục Hải quan khu vực VI trân trọng kính mời:\n",
     "Dự Hội nghị đối thoại doanh nghiệp năm 2026"),
    # a name in brackets opening the subject's wrapped row, the row going on in lower case
    ("UBND TỈNH BẮC NINH                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP     Độc lập - Tự do - Hạnh phúc\n"
     "Số: 2315/BQLKCN-QLMT                Bắc Ninh, ngày 06 tháng 9 năm 2024\n"
     "V/v chủ động ứng phó với bão số 3\n(Yagi) tại các khu công nghiệp\n\n"
     "Kính gửi: Các doanh nghiệp trong các khu công nghiệp.\n",
     "chủ động ứng phó với bão số 3 (Yagi) tại các khu công nghiệp"),
    # a cited symbol wrapped onto the subject's last row is no line in capitals
    ("ỦY BAN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "TỈNH PHÚ YÊN                       Độc lập - Tự do - Hạnh phúc\n"
     "Số: 3456/UBND-KT            Phú Yên, ngày 09 tháng 8 năm 2023\n"
     "V/v góp ý dự thảo Nghị định\nsửa đổi, bổ sung Nghị định số\n31/2021/NĐ-CP\n\n"
     "Kính gửi: Bộ Kế hoạch và Đầu tư.\n",
     "góp ý dự thảo Nghị định sửa đổi, bổ sung Nghị định số 31/2021/NĐ-CP"),
    # a web copy's body under the subject with no blank row: a sentence leading in to the points,
    # or a point's number opening a sentence, is no subject
    ("ĐẢNG BỘ TỈNH THANH HÓA\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY CÁC CƠ QUAN TỈNH\tThanh Hóa, ngày 25 tháng 11 năm 2025\n"
     "Số 47-TB/ĐU\t\nTHÔNG BÁO\nkết luận của Ban Thường vụ Đảng ủy tại hội nghị giao ban quý IV năm 2025\n"
     "Sau khi nghe Văn phòng Đảng ủy báo cáo, Ban Thường vụ Đảng ủy kết luận như sau:\n1. Về kết quả công tác\n",
     "kết luận của Ban Thường vụ Đảng ủy tại hội nghị giao ban quý IV năm 2025"),
    ("ĐẢNG BỘ TỈNH THANH HÓA\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY CÁC CƠ QUAN TỈNH\tThanh Hóa, ngày 25 tháng 11 năm 2025\n"
     "Số 47-TB/ĐU\t\nTHÔNG BÁO\nkết luận của Ban Thường vụ Đảng ủy tại hội nghị giao ban quý IV năm 2025\n"
     "I. Về kết quả công tác quý IV năm 2025\n",
     "kết luận của Ban Thường vụ Đảng ủy tại hội nghị giao ban quý IV năm 2025"),
    # a wrapped row opening with a number, or with a colon in it, is the subject's
    ("ỦY BAN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "TỈNH PHÚ YÊN                       Độc lập - Tự do - Hạnh phúc\n"
     "Số: 3456/UBND-KT            Phú Yên, ngày 09 tháng 8 năm 2023\n"
     "V/v thực hiện điểm a khoản\n1 Điều 5 Nghị định số 31/2021/NĐ-CP\n\n"
     "Kính gửi: Bộ Kế hoạch và Đầu tư.\n",
     "thực hiện điểm a khoản 1 Điều 5 Nghị định số 31/2021/NĐ-CP"),
    # a word after the type's name qualifies the title; no subject under it (probe-x23)
    ("ĐOÀN ĐẠI BIỂU QUỐC HỘI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH VĨNH LONG\tĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 42/PC-ĐĐBQH\tVĩnh Long, ngày 20 tháng 01 năm 2026\n\nPHIẾU CHUYỂN ĐƠN\n\n"
     "Kính chuyển: Ủy ban nhân dân phường An Hội.\n\nĐoàn chuyển đơn của bà Trần Thị Tư.\n", None),
    # ... and a Party title's qualifier over a subject in lower case (probe-x28)
    ("ĐẢNG BỘ TỈNH AN GIANG\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY ĐẶC KHU PHÚ QUỐC\tPhú Quốc, ngày 20 tháng 9 năm 2025\n"
     "Số 12-BC/ĐU\t\n\nBÁO CÁO NHANH\nkết quả Đại hội đại biểu Đảng bộ đặc khu lần thứ I\n\n1. Đại hội đã diễn ra.\n",
     "kết quả Đại hội đại biểu Đảng bộ đặc khu lần thứ I"),
    # a Party subject's wrapped row naming the Party in sentence case is no national header (probe-u31 scan)
    ("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY PHƯỜNG HẢI CHÂU\tHải Châu, ngày 12 tháng 01 năm 2026\n"
     "Số 96-KH/ĐU\t\n\nKẾ HOẠCH\ntổ chức các hoạt động kỷ niệm 96 năm Ngày\n"
     "thành lập Đảng Cộng sản Việt Nam (03/02/1930 -\n03/02/2026) và mừng Xuân Bính Ngọ năm 2026\n\n"
     "I. MỤC ĐÍCH\n",
     "tổ chức các hoạt động kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026) và"
     " mừng Xuân Bính Ngọ năm 2026"),
    # the body's lead-in under a certificate's title is no subject (probe-x25)
    ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC CẦN THƠ\tĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 3127/GXN-ĐHCT\tTp. Cần Thơ, ngày 09 tháng 9 năm 2025\n\nGIẤY XÁC NHẬN\n\n"
     "Trường Đại học Cần Thơ xác nhận:\nHọ và tên sinh viên: Thạch Thị Sô Phia\n", None),
]


@pytest.mark.parametrize(("text", "subject"), SUBJECTS)
def test_where_a_decisions_subject_ends(text: str, subject: str | None) -> None:
    assert parse_text(text).subject == subject


def test_a_flattened_decision_v_v_in_capitals_and_its_deciding_body_run_on():
    text = ("ỦY BAN NHÂN DÂN TỈNH KON TUM -------\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
            "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH "
            "HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
            "Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n")
    doc = parse_text(text)
    assert (doc.doc_type, doc.issuer) == ("Quyết định", "ỦY BAN NHÂN DÂN TỈNH KON TUM")
    assert doc.subject == "BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU"


def test_a_body_and_its_place_on_one_row_of_a_converted_draft():
    """A .docx header exported as text: "ỦY BAN NHÂN DÂN<tab>TỈNH LÀO CAI" is one name."""
    text = ("ỦY BAN NHÂN DÂN                                  TỈNH LÀO CAI\n\n"
            "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "\tSố:           /KH-UBND\n\n\t       Lào Cai, ngày       tháng      năm 2026\n\n"
            "KẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026\n")
    assert parse_text(text).issuer == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"


@pytest.mark.parametrize(
    ("intro", "issuer"),
    [("Công văn 384/BYT-KCB năm 2014 cấp chứng chỉ hành nghề do Bộ Y tế ban hành. BỘ Y TẾ -------", "BỘ Y TẾ"),
     ("Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------", "ỦY BAN NHÂN DÂN TỈNH KON TUM")],
)
def test_a_web_copys_issuer_after_its_summary_sentence(intro: str, issuer: str) -> None:
    """A copy from a legal database opens with its summary, the issuer run on after it."""
    text = (f"{intro}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
            "Số: 384/BYT-KCB V/v cấp CCHN và GPHĐ khám bệnh, chữa bệnh\n"
            "Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: Ủy ban nhân dân các tỉnh\n")
    assert parse_text(text).issuer == issuer



@pytest.mark.parametrize(
    ("first_row", "parent"),
    [("UBND TỈNH QUẢNG NAM HẾỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "UBND TỈNH QUẢNG NAM HẾỘNG"),
     ("PHÒNG VĂN HÓA - XÃ HỘI", "PHÒNG VĂN HÓA - XÃ HỘI")],  # words of the header inside a name
)
def test_the_national_headers_words_run_on_after_an_issuer_are_no_body(first_row: str, parent: str) -> None:
    """A long issuer's name ran into the national header beside it on one OCR'd row: "HỘI CHỦ
    NGHĨA VIỆT NAM" is no parent body (nor "HỘI …" a body's name)."""
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    text = (f"{first_row}\n"
            "SỞ XÂY DỰNG                      Độc lập - Tự do - Hạnh phúc\n"
            "Số: 12/SXD-QH                    Quảng Nam, ngày 2 tháng 7 năm 2026\n"
            "V/v góp ý quy hoạch\n")
    doc = parse_pages(as_ocr_pages(text))
    assert (doc.parent_issuer, doc.issuer) == (parent, "SỞ XÂY DỰNG")


FORM = """UBND TỈNH LÀO CAI
VĂN PHÒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC
Kính gửi: Đồng chí Phó Chủ tịch Uỷ ban nhân dân tỉnh.
I. VỀ NỘI DUNG TRÌNH DUYỆT CỦA ĐƠN VỊ
1. Cơ quan trình duyệt: Sở Nông nghiệp và Môi trường.
{date}
CHUYÊN VIÊN THAM MƯU
Thiều Quang Hùng
"""


@pytest.mark.parametrize(
    ("date_row", "date"),
    [("Ngày      tháng 6 năm 2026", None),  # a signer's date box under the body: not the form's date
     ("Lào Cai, ngày 12 tháng 6 năm 2026", "2026-06-12")],  # a place and date: the letter's, wherever
)
def test_a_forms_title_is_found_under_a_header_without_a_date_line(date_row: str, date: str | None) -> None:
    doc = parse_text(FORM.format(date=date_row))
    assert (doc.doc_type, doc.subject, doc.date) == ("Phiếu trình", "GIẢI QUYẾT CÔNG VIỆC", date)


@pytest.mark.parametrize(
    ("issuer_row", "issuer"),
    [("SƠ XÂY DỰNG", "SỞ XÂY DỰNG"),  # the hook of SỞ lost
     ("BÔ CÔNG THƯƠNG", "BỘ CÔNG THƯƠNG"),
     ("CUC HÓA CHẤT", "CỤC HÓA CHẤT")],
)
def test_a_body_name_whose_head_ocr_misread_still_starts_a_body(issuer_row: str, issuer: str) -> None:
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    text = ("UBND TỈNH LÀO CAI                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            f"{issuer_row:<33}Độc lập - Tự do - Hạnh phúc\n"
            "Số: 12/SXD-QLXD                  Lào Cai, ngày 2 tháng 7 năm 2026\n"
            "V/v góp ý thiết kế\n")
    doc = parse_pages(as_ocr_pages(text))
    assert (doc.parent_issuer, doc.issuer) == ("UBND TỈNH LÀO CAI", issuer)


@pytest.mark.parametrize(("read", "repaired"), [
    ("SƠ Y TẾ", "SỞ Y TẾ"), ("VU PHÁP CHẾ", "VỤ PHÁP CHẾ"), ("SỞ Y TẾ", "SỞ Y TẾ"),
    ("SỐ: 12/UBND", "SỐ: 12/UBND"),  # the number line: no body's head
    ("Sơ đồ vị trí", "Sơ đồ vị trí"),  # prose
    ("SƠ", "SƠ"),  # a head alone is no name
    ("SỐ I050/QĐ-SCT", "SỐ I050/QĐ-SCT"),  # a number with its 1 read as I
    ("PHONG TRÀO THI ĐUA", "PHONG TRÀO THI ĐUA"), ("VŨ VĂN AN", "VŨ VĂN AN"),  # printed words
    ("CHI NHANH TINH BINH", "CHI NHÁNH TINH BINH"), ("CHI NHÁNH", "CHI NHÁNH"),  # a two-word head
    ("BAO HIEM XA HỌI KHU", "BẢO HIỂM XÃ HỘI KHU"),  # a four-word head
    ("VĂN PHONG", "VĂN PHÒNG"),  # the head alone
])
def test_body_heads_read_with_other_marks(read: str, repaired: str) -> None:
    from vbadmin import vocab

    assert vocab.repair_body_head(read) == repaired


@pytest.mark.parametrize(
    ("parent", "issuer"),
    [
        ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "CHI NHÁNH TỈNH BÌNH ĐỊNH"),
        ("BỘ TÀI CHÍNH", "THUẾ TỈNH QUẢNG NINH"),
        ("CỤC HẢI QUAN", "HẢI QUAN KHU VỰC III"),
        ("TỈNH ĐOÀN THANH HÓA", "CHI ĐOÀN VĂN PHÒNG"),
        ("TRƯỜNG ĐẠI HỌC QUY NHƠN", "KHOA KINH TẾ"),  # a university's faculty
        ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC KIỂM LÂM"),  # "TRƯỜNG" ends the name here
        # a union of associations under the national one
        ("LIÊN HIỆP CÁC HỘI KH&KT VIỆT NAM", "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH BẮC NINH"),
        ("BỘ TƯ PHÁP", "THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH"),  # since 2025 (probe-v24)
        ("UBND XÃ BA VÌ", "TRẠM Y TẾ"),  # a commune's health station (probe-y29)
        # a State group's provincial units (probes e23, e31); an election unit (b23)
        ("TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM", "VIỄN THÔNG VĨNH LONG"),
        ("TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM", "BƯU ĐIỆN TỈNH NINH BÌNH"),
        ("CÔNG TY ĐIỆN LỰC TÂY NINH", "ĐIỆN LỰC CHÂU THÀNH"),
        ("UBND PHƯỜNG HẠC THÀNH", "TỔ BẦU CỬ SỐ 15"),
        ("UBND XÃ HÒA TIẾN", "THÔN LA BÔNG"),  # a village under its commune (probe-n49)
    ],
)
def test_branch_and_unit_heads_start_the_issuer_under_its_parent(parent: str, issuer: str) -> None:
    text = LETTER.replace("    BỘ CÔNG THƯƠNG   ", f"{parent:<21}", 1).format(line1=issuer.ljust(21), line2="")
    doc = parse_text(text)
    assert (doc.parent_issuer, doc.issuer) == (parent, issuer)


@pytest.mark.parametrize(("line1", "line2"), [
    # a group's name wrapped before words that head its units elsewhere: one name
    ("TẬP ĐOÀN BƯU CHÍNH", "VIỄN THÔNG VIỆT NAM"),
    ("TỔNG CÔNG TY", "ĐIỆN LỰC MIỀN NAM"),
    # a row ending on "ĐẠI BIỂU" goes on: delegates of what (probe b32)
    ("BAN CHỈ ĐẠO BẦU CỬ ĐẠI BIỂU", "QUỐC HỘI KHÓA XVI"),
])
def test_a_name_wrapped_before_a_head_word_is_one_body(line1: str, line2: str) -> None:
    doc = parse_text(LETTER.replace("    BỘ CÔNG THƯƠNG   ", f"{line1:<21}", 1).format(line1=line2, line2=""))
    assert (doc.parent_issuer, doc.issuer) == (None, f"{line1} {line2}")


@pytest.mark.parametrize(("line1", "line2", "parent", "issuer"), [
    # a congress's subcommittee: "ĐẠI HỘI" goes on its name (probe-s22)
    ("TIỂU BAN VĂN KIỆN", "ĐẠI HỘI XX ĐẢNG BỘ TỈNH", "TỈNH ỦY THANH HÓA", "TIỂU BAN VĂN KIỆN ĐẠI HỘI XX ĐẢNG BỘ TỈNH"),
    ("BAN TỔ CHỨC", "ĐẠI HỘI THỂ DỤC THỂ THAO", "TỈNH ỦY THANH HÓA", "BAN TỔ CHỨC ĐẠI HỘI THỂ DỤC THỂ THAO"),
    ("ĐẢNG BỘ TỈNH", "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XX", "ĐẢNG BỘ TỈNH", "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XX"),  # the congress
])
def test_a_congress_opens_a_body_but_under_its_own_board(line1: str, line2: str, parent: str, issuer: str) -> None:
    text = LETTER.replace("    BỘ CÔNG THƯƠNG   ", f"{'TỈNH ỦY THANH HÓA':<21}", 1).format(
        line1=line1.ljust(21), line2=line2)
    doc = parse_text(text)
    assert (doc.parent_issuer, doc.issuer) == (parent, issuer)


@pytest.mark.parametrize("place", ["TP. Hồ Chí Minh", "TX. Sơn Tây", "Thành phố Hồ Chí Minh", "Hà Nội"])
def test_a_place_written_with_its_units_abbreviation_keeps_it(place: str) -> None:
    text = LETTER.format(line1="", line2="").replace("Hà Nội, ngày", f"{place}, ngày")
    assert parse_text(text).place == place


@pytest.mark.parametrize(
    ("issuer_row", "issuer"),
    [("BAN CHÍNH SÁCH, CHIẾN LƯỢC WN", "BAN CHÍNH SÁCH, CHIẾN LƯỢC"),  # pen strokes after the name
     ("TRƯỜNG THPT CHUYÊN", "TRƯỜNG THPT CHUYÊN"),  # letters Vietnamese has: as read
     ("TRƯỜNG ĐẠI HỌC FPT", "TRƯỜNG ĐẠI HỌC FPT"), ("TẬP ĐOÀN FPT", "TẬP ĐOÀN FPT")],  # a name
)
def test_pen_strokes_read_after_an_issuers_name_are_dropped(issuer_row: str, issuer: str) -> None:
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    text = (f"{issuer_row:<40}ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Số 45-CV/BCSCLTW                        Hà Nội, ngày 2 tháng 7 năm 2026\n"
            "V/v góp ý dự thảo đề án\n")
    assert parse_pages(as_ocr_pages(text)).issuer == issuer


def test_a_name_wrapped_after_its_head_word_is_one_body() -> None:
    """"ĐẢNG ỦY TRƯỜNG" / "ĐẠI HỌC TIỀN GIANG": the row that ends on "TRƯỜNG" names nothing yet;
    the row under it goes on with it, though "ĐẠI HỌC" heads bodies too."""
    text = ("ĐẢNG BỘ TỈNH TIỀN GIANG                ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY TRƯỜNG\nĐẠI HỌC TIỀN GIANG\n"
            "Số 132-QĐ/ĐU                   Mỹ Tho, ngày 04 tháng 01 năm 2024\n\nQUYẾT ĐỊNH\n"
            "về việc thành lập Chi bộ Khoa Kỹ thuật\n\nĐiều 1. Thành lập Chi bộ./.\n")
    doc = parse_text(text)
    assert (doc.parent_issuer, doc.issuer) == ("ĐẢNG BỘ TỈNH TIỀN GIANG", "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC TIỀN GIANG")


@pytest.mark.parametrize(("star", "issuer"), [("ĐK", "TỈNH ỦY ĐẮK NÔNG"), ("*", "TỈNH ỦY ĐẮK NÔNG")])
def test_the_party_headers_star_read_as_letters_is_no_part_of_the_issuer(star: str, issuer: str) -> None:
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    text = (f"TỈNH ỦY ĐẮK NÔNG                      ĐẢNG CỘNG SẢN VIỆT NAM\n      {star}\n"
            "Số 45-CTr/TU                  Đắk Nông, ngày 15 tháng 02 năm 2023\n\nCHƯƠNG TRÌNH\n"
            "hành động thực hiện Nghị quyết\n\n1. Tăng cường lãnh đạo./.\n")
    assert parse_pages(as_ocr_pages(text)).issuer == issuer


@pytest.mark.parametrize(
    ("left_column", "parent", "issuer"),
    [
        # "cơ sở" wrapped at its second syllable: SỞ opens no body there
        ("BẢO HIỂM XÃ HỘI KHU VỰC X\nBẢO HIỂM XÃ HỘI CƠ\nSỞ THỌ XUÂN", "BẢO HIỂM XÃ HỘI KHU VỰC X",
         "BẢO HIỂM XÃ HỘI CƠ SỞ THỌ XUÂN"),
        ("BẢO HIỂM XÃ HỘI KHU VỰC X\nBẢO HIỂM XÃ HỘI CƠ SỞ THỌ XUÂN", "BẢO HIỂM XÃ HỘI KHU VỰC X",
         "BẢO HIỂM XÃ HỘI CƠ SỞ THỌ XUÂN"),  # one row: "XÃ HỘI CƠ" is no commune
        # "rừng phòng hộ": PHÒNG HỘ is no Phòng
        ("UBND TỈNH LÂM ĐỒNG\nBAN QUẢN LÝ RỪNG\nPHÒNG HỘ ĐA NHIM", "UBND TỈNH LÂM ĐỒNG",
         "BAN QUẢN LÝ RỪNG PHÒNG HỘ ĐA NHIM"),
        # a name that ends on a word ("xã hội") or a place ends there
        ("PHÒNG VĂN HÓA - XÃ HỘI\nSỞ XÂY DỰNG", "PHÒNG VĂN HÓA - XÃ HỘI", "SỞ XÂY DỰNG"),
        ("UBND XÃ TÂN BÌNH\nCÔNG AN XÃ", "UBND XÃ TÂN BÌNH", "CÔNG AN XÃ"),
    ],
)
def test_a_word_wrapped_at_a_heads_syllable_is_no_new_body(left_column: str, parent: str, issuer: str) -> None:
    rows = left_column.split("\n")
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""]
    header = "\n".join(f"{row:<44}{right[i] if i < len(right) else ''}" for i, row in enumerate(rows))
    text = header + "\nSố: 86/BHXH-TX                            Thọ Xuân, ngày 18 tháng 3 năm 2026\nV/v đôn đốc\n"
    doc = parse_text(text)
    assert (doc.parent_issuer, doc.issuer) == (parent, issuer)


@pytest.mark.parametrize(("left_column", "parent", "issuer"), [
    ("Q#2)Á/\nBỘ CÔNG THƯƠNG", None, "BỘ CÔNG THƯƠNG"),  # a stamp's ink read as marks
    ("SỞ CÔNG THƯƠNG\nĐOÀN KIỂM TRA\nTHEO QUYẾT ĐỊNH\nSỐ 1050/QĐ-SCT", "SỞ CÔNG THƯƠNG",
     "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT"),  # figures are no marks
])
def test_a_stamps_ink_above_the_issuer_is_no_parent_body(left_column: str, parent: str | None, issuer: str) -> None:
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    rows = left_column.split("\n")
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    header = "\n".join(f"{row:<40}{right[i] if i < len(right) else ''}" for i, row in enumerate(rows))
    text = header + ("\nSố: 2265/BCT-ATMT                   Hà Nội, ngày 02 tháng 4 năm 2026\n"
                     "V/v góp ý quy hoạch\n")
    doc = parse_pages(as_ocr_pages(text))
    assert (doc.parent_issuer, doc.issuer) == (parent, issuer)


@pytest.mark.parametrize(
    ("number_row", "issuer"),
    [
        ("Số: XÃ. IIC-CNHC", "CỤC HÓA CHẤT"),  # a pen's number and the slash read as letters
        ("Sô: ĐỀ .ÍHC", "CỤC HÓA CHẤT"),
        ("SỐ: X7 VF", "CỤC HÓA CHẤT"),
    ],
)
def test_an_unreadable_number_line_ends_the_issuer(number_row: str, issuer: str) -> None:
    letter = LETTER.format(line1="CỤC HÓA CHẤT".ljust(21), line2="").replace("Số: 1178/ĐCK-CTT", number_row)
    record = parse_text(letter)
    assert record.issuer == issuer
    assert record.identifier is None
    assert any(number_row in issue.message for issue in record.issues if issue.code == "MISSING_IDENTIFIER")


@pytest.mark.parametrize(("rows", "parent", "issuer"), [
    # a received stamp over the letterhead, read first (probe-s28)
    ("VĂN PHÒNG SỞ NN&PTNT SÓC TRĂNG\nĐẾN Số: 1273\nNgày: 08/3/2023\nChuyển: PGĐ Tuấn\n"
     "SỞ NÔNG NGHIỆP VÀ PTNT SÓC TRĂNG\nTRUNG TÂM NƯỚC SẠCH\n",
     "SỞ NÔNG NGHIỆP VÀ PTNT SÓC TRĂNG", "TRUNG TÂM NƯỚC SẠCH"),
    ("SỞ NÔNG NGHIỆP VÀ PTNT SÓC TRĂNG\nTRUNG TÂM NƯỚC SẠCH\n",  # control: no stamp
     "SỞ NÔNG NGHIỆP VÀ PTNT SÓC TRĂNG", "TRUNG TÂM NƯỚC SẠCH"),
    # a Party delegation's name goes on below; the motto's rule read onto its row (probe-s24)
    ("TỈNH ỦY BẮC GIANG\nĐẢNG ĐOÀN ———————————\nLIÊN ĐOÀN LAO ĐỘNG TỈNH\n",
     "TỈNH ỦY BẮC GIANG", "ĐẢNG ĐOÀN LIÊN ĐOÀN LAO ĐỘNG TỈNH"),
    # a market-surveillance team under its department (probe-s25)
    ("CỤC QUẢN LÝ THỊ TRƯỜNG\nTỈNH HẢI DƯƠNG\nĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3\n",
     "CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH HẢI DƯƠNG", "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3"),
])
def test_a_header_read_one_column_after_the_other(rows: str, parent: str, issuer: str) -> None:
    """An OCR app's copy: the left column's rows, then "Số:", then the national header."""
    text = (rows + "*\nSố: 57/TTr-TTNS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Sóc Trăng, ngày 06 tháng 3 năm 2023\n\nTỜ TRÌNH\nVề việc phê duyệt kế hoạch năm 2023\n\n"
            "Trung tâm kính trình xem xét, phê duyệt./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
            "GIÁM ĐỐC\n\nLê Văn An\n")
    doc = parse_text(text)
    assert (doc.parent_issuer, doc.issuer) == (parent, issuer)


GROUP_LETTER = """{row1:<34}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{row2:<34}Độc lập - Tự do - Hạnh phúc
{row3}
Số: 682/BĐNB-KHKD                Ninh Bình, ngày 26 tháng 7 năm 2021
V/v phối hợp chi trả

Kính gửi: Ủy ban nhân dân các xã.

Đề nghị thực hiện.

Nơi nhận:                          GIÁM ĐỐC
- Như trên;
- Lưu: VT.                         Nguyễn Văn An
"""


@pytest.mark.parametrize(("rows", "parent", "issuer"), [
    # a group's name wrapped, its provincial unit under it
    (("TỔNG CÔNG TY BƯU", "ĐIỆN VIỆT NAM", "BƯU ĐIỆN TỈNH NINH BÌNH"),
     "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM", "BƯU ĐIỆN TỈNH NINH BÌNH"),
    (("TẬP ĐOÀN BƯU CHÍNH VIỄN", "THÔNG VIỆT NAM", "VIỄN THÔNG VĨNH LONG"),
     "TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM", "VIỄN THÔNG VĨNH LONG"),
    # the group's own name wrapped before the unit's word: one name
    (("TẬP ĐOÀN BƯU CHÍNH", "VIỄN THÔNG VIỆT NAM", ""), None, "TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM"),
    # "VIÊN CHỨC" wraps a council's name: no "VIỆN" opening a body
    (("BỆNH VIỆN ĐA KHOA TỈNH", "HỘI ĐỒNG TUYỂN DỤNG", "VIÊN CHỨC NĂM 2025"),
     "BỆNH VIỆN ĐA KHOA TỈNH", "HỘI ĐỒNG TUYỂN DỤNG VIÊN CHỨC NĂM 2025"),
])
def test_a_wrapped_name_over_the_unit_under_it(rows: tuple[str, str, str], parent: str | None, issuer: str) -> None:
    doc = parse_text(GROUP_LETTER.format(row1=rows[0], row2=rows[1], row3=rows[2]))
    assert (doc.parent_issuer, doc.issuer) == (parent, issuer)


@pytest.mark.parametrize(("read", "meant"), [
    ("BAN CHỈ ĐẠO PHÒNG, CHÔNG THAM NHŨNG, TIÊU CỰC TỈNH", "BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC TỈNH"),
    ("VIỆN KIỂM SÁT NHÂN DÂN KHU VỤC 5", "VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 5"),
    ("THỊ TRẤN QUY ĐẠT", "THỊ TRẤN QUY ĐẠT"),  # a place's name as printed, no "QUỸ ĐẤT"
])
def test_words_of_bodies_names_get_their_marks_back(read: str, meant: str) -> None:
    from vbadmin import vocab

    assert vocab.repair_phrases(read)[0] == meant


@pytest.mark.parametrize(("read", "meant"), [
    ("VIÊN CHỨC NĂM 2025", "VIÊN CHỨC NĂM 2025"),  # a word as printed ("viên chức"), no "VIỆN" misread
    ("VIÊN KIỂM SÁT NHÂN DÂN", "VIỆN KIỂM SÁT NHÂN DÂN"),
    ("SƠ XÂY DỰNG", "SỞ XÂY DỰNG"),
    ("BẠN ĐỌC TRẺ", "BẠN ĐỌC TRẺ"),  # a word as printed ("bạn đọc"), no misread BAN
])
def test_an_ocrd_head_one_mark_off(read: str, meant: str) -> None:
    from vbadmin import vocab

    assert vocab.repair_body_head(read) == meant


def _header_cell(text: str, row: int, column: str, top: float, unit: str = "px") -> Segment:
    return Segment(text=text, page=1, row=row, column=column, box=(400, top, 1000, top + 60), unit=unit, origin="ocr")


@pytest.mark.parametrize(
    ("second_row_top", "unit", "issuer"),
    [
        # the other column's rule and date line sit at heights between the name's two rows
        (388, "px", "ĐẢNG ỦY ĐẶC KHU PHÚ QUỐC"),
        # a blank line between them: another block
        (460, "px", "ĐẢNG ỦY ĐẶC"),
        # typed text has no heights: rows apart are apart
        (388, "char", "ĐẢNG ỦY ĐẶC"),
    ],
)
def test_a_wrapped_name_beside_the_date_line_is_one_name(second_row_top, unit, issuer):
    from vbadmin.extract.header import read_issuer

    zone = [
        _header_cell("ĐẢNG BỘ TỈNH AN GIANG", 0, "left", 250, unit),
        _header_cell("ĐẢNG ỦY ĐẶC", 1, "left", 315, unit),
        _header_cell("KHU PHÚ QUỐC", 4, "left", second_row_top, unit),
    ]
    read = read_issuer(zone, "ĐU", None)
    assert read.issuer == issuer
    assert read.parent_issuer == "ĐẢNG BỘ TỈNH AN GIANG"
