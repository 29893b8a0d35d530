"""Letters as other software hands them over (an OCR app's copy, a PDF viewer's, a web page's):
the header's lines apart and out of order, double spacing, the footer's two columns read across
as one, capitals that lost a mark. Input text → the fields expected (table-driven)."""

from __future__ import annotations

import pytest

from vbadmin.parse import parse_text

BODY = "Đề nghị các đơn vị triển khai thực hiện nghiêm túc nội dung trên./."
FOOTER = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An"


def _double_spaced(text: str) -> str:
    return "\n\n".join(text.splitlines())


CASES = [
    # double spaced: a blank line after every line means nothing, so the subject reads on
    (_double_spaced("ỦY BAN NHÂN DÂN TỈNH CÀ MAU\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                    "Độc lập - Tự do - Hạnh phúc\nSố: 512/SYT-NVY\nCà Mau, ngày 08 tháng 4 năm 2026\n"
                    "V/v tăng cường phòng, chống dịch sốt xuất huyết\ntrên địa bàn tỉnh\n"
                    f"Kính gửi: Các bệnh viện tuyến tỉnh.\n{BODY}\n{FOOTER}"),
     {"subject": "tăng cường phòng, chống dịch sốt xuất huyết trên địa bàn tỉnh", "issuer": "SỞ Y TẾ",
      "recipients": ["Các bệnh viện tuyến tỉnh"], "distribution": ["Như trên", "Lưu: VT"]}),
    # the body's name printed after the number; a Cục printed above its Bộ
    ("ĐẢNG CỘNG SẢN VIỆT NAM\n\nHà Giang, ngày 16 tháng 9 năm 2024\n\nSố 1458-CV/TU\n\nTỈNH ỦY HÀ GIANG\n\n*\n\n"
     f"V/v phòng, chống sạt lở đất\n\n{BODY}\n\n{FOOTER}",
     {"issuer": "TỈNH ỦY HÀ GIANG", "parent_issuer": None, "identifier": "1458-CV/TU"}),
    ("Số: 286/TL-QLCT\n\nCỤC THỦY LỢI\n\nBỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
     f"Hà Nội, ngày 10 tháng 12 năm 2025\n\nV/v chủ động phòng, chống hạn hán\n\n{BODY}\n\n{FOOTER}",
     {"issuer": "CỤC THỦY LỢI", "parent_issuer": "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"}),
    # a web copy's summary sentence names the Party in sentence case: no national header
    ("Kế hoạch 45-KH/ĐU năm 2026 kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam do Xã Nà Phặc ban hành\n"
     "ĐẢNG BỘ TỈNH THÁI NGUYÊN          ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ NÀ PHẶC\n"
     "*                                 Nà Phặc, ngày 08 tháng 01 năm 2026\nSố 45-KH/ĐU\n\nKẾ HOẠCH\n"
     f"tổ chức các hoạt động kỷ niệm Ngày thành lập Đảng\n\n{BODY}\n",
     {"national_header": "ĐẢNG CỘNG SẢN VIỆT NAM", "subject": "tổ chức các hoạt động kỷ niệm Ngày thành lập Đảng"}),
    # the header flattened with single spaces; a day's 1 read as l
    ("TỈNH ỦY YÊN BÁI ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TỔ CHỨC\n*\nSố 12-HD/BTCTU Yên Bái, ngày 2l tháng 3 năm 2023\n\n"
     f"HƯỚNG DẪN\nvề công tác phát triển đảng viên\n\n{BODY}\n",
     {"place": "Yên Bái", "date": "2023-03-21", "issuer": "BAN TỔ CHỨC"}),
    # the list and the signature read across as one column
    ("UBND TỈNH KON TUM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 1056/UBND-NNTN Kon Tum, ngày 12 tháng 5 năm 2025\nV/v chủ động phòng, chống hạn\n\n"
     f"{BODY}\n\nNơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Bộ Nông nghiệp và PTNT (b/c);\n"
     "- TT Tỉnh ủy (b/c); (Đã ký)\n- Lưu: VT, NNTN3. Y Ngọc\n",
     {"signatory": {"authority": "KT. CHỦ TỊCH", "position": "PHÓ CHỦ TỊCH", "name": "Y Ngọc"},
      "distribution": ["Như trên", "Bộ Nông nghiệp và PTNT (b/c)", "TT Tỉnh ủy (b/c)", "Lưu: VT, NNTN3"]}),
    ("TỈNH ỦY HÀ GIANG                  ĐẢNG CỘNG SẢN VIỆT NAM\nSố 1458-CV/TU     Hà Giang, ngày 16 tháng 9 năm 2024\n"
     f"V/v phòng, chống sạt lở đất\n\n{BODY}\n\nNơi nhận: T/M BAN THƯỜNG VỤ\n- Như trên, PHÓ BÍ THƯ THƯỜNG TRỰC\n"
     "- Lưu Văn phòng Tỉnh ủy.\n\nVàng Seo Chính\n",
     {"signatory": {"authority": "T/M BAN THƯỜNG VỤ", "position": "PHÓ BÍ THƯ THƯỜNG TRỰC", "name": "Vàng Seo Chính"},
      "distribution": ["Như trên", "Lưu Văn phòng Tỉnh ủy"]}),
    # "Nơi nhân:" with its dot lost
    ("SỞ Y TẾ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/SYT-NVY        Cà Mau, ngày 8 tháng 4 năm 2026\n"
     f"V/v phòng dịch\n\n{BODY}\n\nNơi nhân:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Tâm\n",
     {"distribution": ["Như trên", "Lưu: VT"]}),
    # capitals that lost a mark in a text typed with marks; a word typed with marks stays
    ("TỈNH UY ĐỒNG NAI                  ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n"
     f"Số 12-KH/BTGDVTU    Đồng Nai, ngày 5 tháng 3 năm 2026\n\nKẾ HOẠCH\ntuyên truyền năm 2026\n\n{BODY}\n\n"
     "Nơi nhận:                         T/M BAN THƯỜNG VU\n- Lưu Văn phòng.                   PHÓ TRƯỞNG BAN\n\n"
     "                                  Lê Thị Hoa\n",
     {"parent_issuer": "TỈNH ỦY ĐỒNG NAI", "signatory": {"authority": "T/M BAN THƯỜNG VỤ", "position": "PHÓ TRƯỞNG BAN",
                                                          "name": "Lê Thị Hoa"}}),
    # the "Nơi nhận:" label lost (an OCR app dropped its small italic line) and no prefix: the
    # signature's title in the right column, a name under it, the dashed rows beside it
    ("UBND TỈNH AN GIANG                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
     "      Độc lập - Tự do - Hạnh phúc\nSố: 342/SNNMT-TTBVTV            An Giang, ngày 22 tháng 10 năm 2025\n"
     f"V/v chuyển đổi cơ cấu cây trồng\n\nKính gửi: Ủy ban nhân dân tỉnh.\n\n{BODY}\n\n"
     "                                              GIÁM ĐỐC\n- Như trên;\n- Giám đốc, các PGĐ Sở;\n"
     "- Lưu: VT, TT&BVTV.\n\n                                              Nguyễn Văn Phong\n",
     {"distribution": ["Như trên", "Giám đốc, các PGĐ Sở", "Lưu: VT, TT&BVTV"],
      "signatory": {"authority": None, "position": "GIÁM ĐỐC", "name": "Nguyễn Văn Phong"}}),
    # a web copy: the title and its subject on one line, in capitals with a comma or in sentence
    # case; the signature block read across as one line with "(Đã ký)" inside it
    ("ỦY BAN NHÂN DÂN TỈNH LONG AN -------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Số: 1187/QĐ-UBND\tLong An, ngày 05 tháng 4 năm 2019\n"
     "QUYẾT ĐỊNH VỀ VIỆC CÔNG NHẬN XÃ MỸ YÊN, HUYỆN BẾN LỨC ĐẠT CHUẨN NÔNG THÔN MỚI\n"
     f"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LONG AN\nQUYẾT ĐỊNH:\n{BODY}\n",
     {"subject": "CÔNG NHẬN XÃ MỸ YÊN, HUYỆN BẾN LỨC ĐẠT CHUẨN NÔNG THÔN MỚI", "doc_type": "Quyết định"}),
    ("TỈNH ỦY YÊN BÁI * Số: 28-CT/TU ĐẢNG CỘNG SẢN VIỆT NAM Yên Bái, ngày 15 tháng 3 năm 2022\n"
     "CHỈ THỊ về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ rừng\n-----\n"
     f"{BODY}\n\nNơi nhận:\n- Các huyện ủy,\n- Lưu Văn phòng Tỉnh ủy.\n"
     "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC (Đã ký) Lý Văn Thuần\n",
     {"subject": "về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ rừng", "doc_type": "Chỉ thị",
      "signatory": {"authority": "T/M BAN THƯỜNG VỤ", "position": "PHÓ BÍ THƯ THƯỜNG TRỰC", "name": "Lý Văn Thuần"}}),
    # a copy's "SAO Y BẢN CHÍNH" block under a rule after the archive copy: no part of the list
    ("UBND TỈNH NINH THUẬN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/UBND-VXNV"
     "               Ninh Thuận, ngày 15 tháng 10 năm 2018\nV/v an toàn trường học\n\n"
     f"{BODY}\n\nNơi nhận:                          KT. CHỦ TỊCH\n- Như trên;                         PHÓ CHỦ TỊCH\n"
     "- Lưu: VT, VXNV. NĐT\n                                   Lê Văn Bình\n____________________________\n"
     "UBND TỈNH NINH THUẬN\tSAO Y BẢN CHÍNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 112/SY-SGDĐT\tNinh Thuận, ngày 17 tháng 10"
     " năm 2018\nNơi nhận:\tKT. GIÁM ĐỐC\n- Các trường THPT;\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\n\tTrần Thị Bích Thủy\n",
     {"distribution": ["Như trên", "Lưu: VT, VXNV. NĐT"]}),
    # the archive copy's codes wrapped after a comma go on, in capitals as they are
    ("UBND TỈNH NINH THUẬN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/UBND-VXNV"
     "               Ninh Thuận, ngày 15 tháng 10 năm 2018\nV/v an toàn trường học\n\n"
     f"{BODY}\n\nNơi nhận:                          KT. CHỦ TỊCH\n- Như trên;                         PHÓ CHỦ TỊCH\n"
     "- Lưu: VT, NC\nBHXH.\n                                   Lê Văn Bình\n",
     {"distribution": ["Như trên", "Lưu: VT, NC BHXH"]}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extracted_text_parses_to_what_the_letter_says(text: str, expected: dict) -> None:
    record = parse_text(text).model_dump(mode="json")
    for field, value in expected.items():
        got = record[field]
        if isinstance(value, dict):
            got = {key: got[key] for key in value} if got else None
        assert got == value, field


def test_a_letter_typed_without_marks_stays_without_them() -> None:
    text = ("UBND TINH LAO CAI                 CONG HOA XA HOI CHU NGHIA VIET NAM\nSO CONG THUONG\n"
            f"So: 12/SCT-CN                     Lao Cai, ngay 5 thang 3 nam 2026\nV/v kiem tra\n\n{BODY}\n\n"
            "Noi nhan:                         KT. GIAM DOC\n- Luu: VT.                         PHO GIAM DOC\n\n"
            "                                  Nguyen Van An\n")
    doc = parse_text(text)
    assert doc.issuer == "UBND TINH LAO CAI SO CONG THUONG"
    assert not any(issue.code == "MARKS_RESTORED" for issue in doc.issues)


@pytest.mark.parametrize(
    ("header", "national_header"),
    [("Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),  # typed in lower case
     ("Công văn 12/SCT-CN năm 2026 về việc kiểm tra do Sở Công Thương Cộng hòa xã hội chủ nghĩa Việt Nam ban hành",
      None)],  # a web copy's sentence that names it
)
def test_a_national_header_in_sentence_case(header: str, national_header: str | None) -> None:
    text = f"{header}\nSỞ CÔNG THƯƠNG\nSố: 12/SCT-CN     Lào Cai, ngày 5 tháng 3 năm 2026\nV/v kiểm tra\n\n{BODY}\n"
    assert parse_text(text).national_header == national_header


@pytest.mark.parametrize(
    ("after_number", "issuer", "parent"),
    [(["QUÂN KHU 9", "BỘ CHỈ HUY QUÂN SỰ TỈNH CÀ MAU"], "BỘ CHỈ HUY QUÂN SỰ TỈNH CÀ MAU", "QUÂN KHU 9"),
     (["DỰ THẢO"], None, None)],  # the army's BỘ CHỈ HUY is no ministry; a draft's mark is no body
)
def test_a_header_read_after_the_number(after_number: list[str], issuer: str | None, parent: str | None) -> None:
    rows = "\n\n".join(after_number)
    text = (f"Số: 45/BCH-TM\n\n{rows}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            f"Cà Mau, ngày 5 tháng 3 năm 2026\n\nV/v huấn luyện dân quân\n\n{BODY}\n")
    doc = parse_text(text)
    assert (doc.issuer, doc.parent_issuer) == (issuer, parent)
