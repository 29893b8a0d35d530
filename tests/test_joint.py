"""Joint documents: several bodies in the header, a symbol with a code for each, a grid of
signature blocks. Real: lienbo_24-HDLN (seven bodies, seven blocks) as text and as PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import vbadmin
from vbadmin.extract.joint import joint_bodies
from vbadmin.parse import parse_text

REPO = Path(__file__).resolve().parents[1]
LIENBO = "lienbo_24-HDLN_2026_huongdanliennganh"


@pytest.mark.parametrize(
    ("header", "code", "bodies"),
    [
        ("BỘ NỘI VỤ BỘ TÀI CHÍNH", "BNV-BTC", ["BỘ NỘI VỤ", "BỘ TÀI CHÍNH"]),
        ("BỘ NỘI VỤ - BỘ TÀI CHÍNH", "BNV-BTC", ["BỘ NỘI VỤ", "BỘ TÀI CHÍNH"]),
        # the abbreviation printed (its letters count whole: ỦY BAN MTTQ is UBMTTQ), and a body
        # named by more words than its code has letters
        ("UBND TỈNH HÀ GIANG ỦY BAN MTTQ VIỆT NAM TỈNH HÀ GIANG", "UBND-UBMTTQ",
         ["UBND TỈNH HÀ GIANG", "ỦY BAN MTTQ VIỆT NAM TỈNH HÀ GIANG"]),
        ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ GIANG", "UBND-UBMTTQ",
         ["ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ GIANG"]),
        # codes skip "và": SGDĐT is Sở Giáo dục (và) Đào tạo
        ("SỞ Y TẾ SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SYT-SGDĐT", ["SỞ Y TẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]),
        # a name whose marks a font lost is written as the code's known body
        ("BỘ Y TẾ VIỆN KIỂM SÁT NHÂN DÂN TÓI CAO", "BYT-VKSNDTC", ["BỘ Y TẾ", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"]),
        # one issuer and its unit: the unit's code names no body in the header
        ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "UBND-KT", []),
        # a place that spells the unit's code is no body ("TC": Tài chính, not Tân Châu)
        ("ỦY BAN NHÂN DÂN THỊ XÃ TÂN CHÂU", "UBND-TC", []),
        # a parent body above the issuer: the first code is not at the header's first word
        ("UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG", "SCT-CN", []),
        ("BỘ NỘI VỤ", "BNV", []),
        # an abbreviation in the name gives all its letters to the code
        ("BAN QLDA ĐẦU TƯ XÂY DỰNG TỈNH THÁI BÌNH ỦY BAN NHÂN DÂN HUYỆN KIẾN XƯƠNG", "BQLDA-UBND",
         ["BAN QLDA ĐẦU TƯ XÂY DỰNG TỈNH THÁI BÌNH", "ỦY BAN NHÂN DÂN HUYỆN KIẾN XƯƠNG"]),
        # the Front's code skips "ỦY BAN" (probe f32)
        ("ỦY BAN NHÂN DÂN XÃ PHÙ ĐỔNG ỦY BAN MTTQ VIỆT NAM XÃ PHÙ ĐỔNG", "UBND-MTTQ",
         ["ỦY BAN NHÂN DÂN XÃ PHÙ ĐỔNG", "ỦY BAN MTTQ VIỆT NAM XÃ PHÙ ĐỔNG"]),
    ],
)
def test_joint_bodies_are_cut_by_the_symbols_codes(header: str, code: str, bodies: list[str]) -> None:
    assert joint_bodies(header, code) == bodies


JOINT_CIRCULAR = """\
BỘ NỘI VỤ                                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỘ TÀI CHÍNH                                    Độc lập - Tự do - Hạnh phúc
Số: 07/2015/TTLT-BNV-BTC                    Hà Nội, ngày 25 tháng 12 năm 2015

THÔNG TƯ LIÊN TỊCH
Hướng dẫn thực hiện chế độ phụ cấp đối với cán bộ

Căn cứ Nghị định số 34/2017/NĐ-CP của Chính phủ;
Bộ trưởng Bộ Nội vụ và Bộ trưởng Bộ Tài chính ban hành Thông tư liên tịch hướng dẫn.
Điều 1. Thông tư này có hiệu lực từ ngày 01 tháng 02 năm 2016./.

{left_title}                  {right_title}
THỨ TRƯỞNG                                      THỨ TRƯỞNG
{left_name}                          {right_name}

Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT, BNV, BTC.
"""


@pytest.mark.parametrize("lead_on_the_right", [True, False])
def test_a_joint_circular_is_signed_for_its_lead_body(lead_on_the_right: bool) -> None:
    lead = ("KT. BỘ TRƯỞNG BỘ NỘI VỤ", "Nguyễn Duy Thăng")
    other = ("KT. BỘ TRƯỞNG BỘ TÀI CHÍNH", "Trần Văn Hiếu")
    left, right = (other, lead) if lead_on_the_right else (lead, other)
    text = JOINT_CIRCULAR.format(left_title=left[0], right_title=right[0], left_name=left[1], right_name=right[1])
    doc = vbadmin.parse(text)
    assert doc.issuer == "BỘ NỘI VỤ - BỘ TÀI CHÍNH"
    assert doc.parent_issuer is None
    assert doc.identifier == "07/2015/TTLT-BNV-BTC"
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == (*lead[:1], "THỨ TRƯỞNG", lead[1])
    assert [(s.authority, s.name) for s in doc.co_signatories] == [other]


def test_a_symbol_wrapped_in_the_header_cell_is_read_whole() -> None:
    text = JOINT_CIRCULAR.replace(
        "Số: 07/2015/TTLT-BNV-BTC ", "Số: 07/2015/TTLT-BNV-\nBTC                     \n"
    ).format(left_title="KT. BỘ TRƯỞNG BỘ TÀI CHÍNH", right_title="KT. BỘ TRƯỞNG BỘ NỘI VỤ",
             left_name="Trần Văn Hiếu", right_name="Nguyễn Duy Thăng")
    doc = vbadmin.parse(text)
    assert (doc.identifier, doc.issuer_code) == ("07/2015/TTLT-BNV-BTC", "BNV-BTC")
    assert doc.issuer == "BỘ NỘI VỤ - BỘ TÀI CHÍNH"


def _gold() -> dict[str, object]:
    return json.loads((REPO / "corpus" / "realdocs" / LIENBO / "gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("source", [f"text/{LIENBO}_pdftotext.txt", f"born_digital_pdf/{LIENBO}.pdf"])
def test_the_real_seven_body_guidance_reads_as_labelled(shared: Path, source: str) -> None:
    gold = _gold()
    doc = vbadmin.parse(shared / "realdocs" / source)
    for name in ("identifier", "number", "symbol", "issuer_code", "issuer", "parent_issuer", "date"):
        assert str(getattr(doc, name) or "") == str(gold[name] or ""), name
    assert doc.signatory is not None
    assert doc.signatory.model_dump(include={"authority", "position", "name"}) == gold["signatory"]
    assert doc.distribution == gold["distribution"]
    # the other six blocks co-sign, the Ministry of Defence's among them
    assert len(doc.co_signatories) == 6
    assert ("KT. BỘ TRƯỞNG BỘ QUỐC PHÒNG", "Thượng tướng Nguyễn Văn Gấu") in [
        (s.authority, s.name) for s in doc.co_signatories
    ]


JOINT_PLAN = """\
          SỞ Y TẾ                             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   SỞ GIÁO DỤC VÀ ĐÀO TẠO                            Độc lập - Tự do - Hạnh phúc

  Số: 12/KHLN-SYT-SGDĐT                          Phú Thọ, ngày 25 tháng 8 năm 2025

                                    KẾ HOẠCH LIÊN NGÀNH
                  Triển khai công tác y tế trường học năm học 2025 - 2026

       Sở Y tế và Sở Giáo dục và Đào tạo thống nhất xây dựng Kế hoạch liên ngành như sau:
       1. Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh hướng dẫn chuyên môn./.

KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO                      GIÁM ĐỐC SỞ Y TẾ
         PHÓ GIÁM ĐỐC



      Hà Thị Minh Nguyệt                                 Lê Quang Thành

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT SYT, VT SGDĐT.
"""


def test_a_joint_plan_of_two_departments_stacked_in_the_header() -> None:
    doc = vbadmin.parse(JOINT_PLAN)
    assert (doc.parent_issuer, doc.issuer) == (None, "SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    assert (doc.doc_type, doc.doc_type_code, doc.issuer_code) == ("Kế hoạch liên ngành", "KHLN", "SYT-SGDĐT")
    assert doc.subject == "Triển khai công tác y tế trường học năm học 2025 - 2026"
    assert doc.signatory is not None
    assert (doc.signatory.position, doc.signatory.name) == ("GIÁM ĐỐC SỞ Y TẾ", "Lê Quang Thành")
    assert [(s.authority, s.position, s.name) for s in doc.co_signatories] == [
        ("KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "PHÓ GIÁM ĐỐC", "Hà Thị Minh Nguyệt")]


THREE_MINISTRIES = """\
{header:<44}  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                 Độc lập - Tự do - Hạnh phúc
Số: 05/2025/TTLT-{codes:<18}          Hà Nội, ngày 10 tháng 3 năm 2025

THÔNG TƯ LIÊN TỊCH
Hướng dẫn chế độ phụ cấp

Điều 1. Thông tư này có hiệu lực từ ngày 01 tháng 5 năm 2025./.

KT. BỘ TRƯỞNG BỘ Y TẾ        BỘ TRƯỞNG BỘ TÀI CHÍNH        KT. BỘ TRƯỞNG BỘ NỘI VỤ
THỨ TRƯỞNG                                                   THỨ TRƯỞNG
Lê Văn Bình                  Hồ Đức Phớc                     Nguyễn Duy Thăng

Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT, BNV, BYT, BTC.
"""


@pytest.mark.parametrize(
    ("header", "codes", "lead"),
    [("BỘ NỘI VỤ - BỘ Y TẾ - BỘ TÀI CHÍNH", "BNV-BYT-BTC", ("KT. BỘ TRƯỞNG BỘ NỘI VỤ", "THỨ TRƯỞNG", "Nguyễn Duy Thăng")),
     # the lead's head signs in person, with no prefix: his block is still a block of its own
     ("BỘ TÀI CHÍNH - BỘ Y TẾ - BỘ NỘI VỤ", "BTC-BYT-BNV", (None, "BỘ TRƯỞNG BỘ TÀI CHÍNH", "Hồ Đức Phớc"))],
)
def test_a_block_signed_in_person_stands_apart_in_the_grid(header: str, codes: str, lead: tuple) -> None:
    doc = vbadmin.parse(THREE_MINISTRIES.format(header=header, codes=codes))
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == lead
    names = {s.name for s in doc.co_signatories} | {doc.signatory.name}
    assert names == {"Lê Văn Bình", "Hồ Đức Phớc", "Nguyễn Duy Thăng"}


MINUTES = Path(__file__).resolve().parents[1] / "corpus/dev/probe-f15-tct-tinnghia-ctcp-dongnai-2023-bienban"


SPECK = "                                                  Ù"


SIGNED = "             (Đã ký)                                          (Đã ký)"


@pytest.mark.parametrize(("above", "between"), [([], ["", ""]), ([], ["", "        Am."]), ([], [SPECK, ""]),
                                                ([SPECK], [SPECK, ""]), ([], [SIGNED, ""])])
def test_a_minutes_two_signers_with_ocr_specks_between_title_and_name(above: list[str], between: list[str]) -> None:
    """Biên bản: THƯ KÝ and CHỦ TỌA side by side above "Nơi nhận"; a signature's strokes
    read as "Am." or "Ù" between a title and its name (or above the titles) do not hide the
    blocks."""
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    lines = (MINUTES / "source.txt").read_text(encoding="utf-8").splitlines()
    titles = next(i for i, line in enumerate(lines) if "THƯ KÝ" in line and "CHỦ TỌA" in line)
    letter = [*lines[:titles], *above, lines[titles], *between, *lines[titles + 1 :]]
    doc = parse_pages(as_ocr_pages("\n".join(letter)))
    assert doc.signatory is not None
    assert (doc.signatory.position, doc.signatory.name) == ("CHỦ TỌA", "Nguyễn Văn Lộc")
    assert [(s.position, s.name) for s in doc.co_signatories] == [("THƯ KÝ", "Phạm Thị Thanh Xuân")]


JOINT_RULES = """BAN QLDA ĐẦU TƯ XÂY DỰNG TỈNH THÁI BÌNH      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN NHÂN DÂN HUYỆN KIẾN XƯƠNG             Độc lập - Tự do - Hạnh phúc
Số: 02/QC-BQLDA-UBND                         Thái Bình, ngày 25 tháng 4 năm 2024

QUY CHẾ
Phối hợp giải phóng mặt bằng Dự án đường bộ

Điều 1. Quy chế này có hiệu lực kể từ ngày ký./.

TM. ỦY BAN NHÂN DÂN HUYỆN                    KT. GIÁM ĐỐC BAN QLDA
KT. CHỦ TỊCH                                 PHÓ GIÁM ĐỐC
PHÓ CHỦ TỊCH


Nguyễn Văn Tuấn                              Phạm Đức Thắng
"""


def test_a_block_with_stacked_prefixes_beside_another_is_one_block() -> None:
    """"TM. ỦY BAN NHÂN DÂN HUYỆN" / "KT. CHỦ TỊCH" on the left opens one block, not two."""
    doc = vbadmin.parse(JOINT_RULES)
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == (
        "KT. GIÁM ĐỐC BAN QLDA", "PHÓ GIÁM ĐỐC", "Phạm Đức Thắng")
    assert [(s.authority, s.position, s.name) for s in doc.co_signatories] == [
        ("TM. ỦY BAN NHÂN DÂN HUYỆN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Tuấn")]


MINUTES_BY_CELLS = """SỞ TƯ PHÁP TỈNH PHÚ THỌ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/BB-STP
Phú Thọ, ngày 10 tháng 3 năm 2026
BIÊN BẢN
Cuộc họp thẩm định dự thảo Nghị quyết

Cuộc họp kết thúc vào 11 giờ 00 phút cùng ngày./.

{first}



{first_name}
{second}



{second_name}

Nơi nhận:
- Giám đốc Sở (b/c);
- Lưu: VT.
"""


@pytest.mark.parametrize(("first", "second", "signer", "beside"), [
    # a Word file's cells one after the other, the secretary's (left) first: the chair signs
    ("THƯ KÝ", "CHỦ TRÌ", "CHỦ TRÌ", "THƯ KÝ"),
    ("CHỦ TRÌ", "THƯ KÝ", "CHỦ TRÌ", "THƯ KÝ"),
    # two signers of whom neither is a secretary: the first read is the signer
    ("NGƯỜI ĐƯỢC ỦY QUYỀN", "GIÁM ĐỐC", "NGƯỜI ĐƯỢC ỦY QUYỀN", "GIÁM ĐỐC"),
])
def test_minutes_are_signed_by_the_chair_whichever_cell_comes_first(first, second, signer, beside) -> None:
    names = {"THƯ KÝ": "Đinh Thị Lan Phương", "CHỦ TRÌ": "Hà Quang Trung",
             "NGƯỜI ĐƯỢC ỦY QUYỀN": "Võ Thị Mỹ Hạnh", "GIÁM ĐỐC": "Trương Văn Lực"}
    doc = parse_text(MINUTES_BY_CELLS.format(first=first, first_name=names[first], second=second,
                                             second_name=names[second]))
    assert doc.signatory is not None and (doc.signatory.position, doc.signatory.name) == (signer, names[signer])
    assert [(s.position, s.name) for s in doc.co_signatories] == [(beside, names[beside])]


POWER_OF_ATTORNEY_OCR = """CÔNG TY LƯƠNG THỰC SÔNG HẬU        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                      Độc lập - Tư do - Hạnh phúc
Số: 05/GUQ-LTSH                       Cần Thơ, ngày 05 tháng 01 năm 2026

                           GIẤY ỦY QUYỀN

    Giám đốc Công ty ủy quyền cho Phó Giám đốc ký các hợp đồng mua lúa, gạo./.

   NGƯỜI ĐƯỢC ỦY QUYỀN                              GIÁM ĐỐC

                                                 {marks}

     Võ Thị Mỹ Hạnh                             Trương Văn Lực

Nơi nhân:
- Như trên;
- Lưu: VT, TCHC.
"""


@pytest.mark.parametrize("marks", [";  |", ""])
def test_marks_of_an_ocrd_text_between_titles_and_names_are_no_text(marks: str) -> None:
    """An OCR'd text handed over as text: what the signature's strokes left between the titles
    and the names is marks alone."""
    doc = parse_text(POWER_OF_ATTORNEY_OCR.format(marks=marks))
    assert doc.signatory is not None and (doc.signatory.position, doc.signatory.name) == ("GIÁM ĐỐC", "Trương Văn Lực")


JOINT_PROGRAMME = """\
    HỘI NÔNG DÂN TỈNH NGHỆ AN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  SỞ NÔNG NGHIỆP VÀ PTNT NGHỆ AN                     Độc lập - Tự do - Hạnh phúc

     Số: 02/CTrPH-HND-SNN                          Nghệ An, ngày 15 tháng 4 năm 2024

                                  CHƯƠNG TRÌNH PHỐI HỢP
                      Hỗ trợ nông dân phát triển kinh tế tập thể

       1. Hai bên phối hợp tuyên truyền, vận động nông dân.
       2. Hằng năm, hai bên tổ chức giao ban đánh giá kết quả./.

    {left:<44}{right}
    {left_title:<44}{right_title}


            {left_name:<36}{right_name}

  Nơi nhận:
  - Trung ương Hội Nông dân Việt Nam (b/c);
  - Lưu: VT HND, VT SNN.
"""


@pytest.mark.parametrize("lead_on_the_left", [True, False])
def test_a_bodys_standing_board_signs_for_it_as_the_lead(lead_on_the_left: bool) -> None:
    # "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH" names the Hội, the first body (probe f27)
    lead = ("TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH", "CHỦ TỊCH", "Trần Đình Thuận")
    other = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Quốc Việt")
    left, right = (lead, other) if lead_on_the_left else (other, lead)
    doc = vbadmin.parse(JOINT_PROGRAMME.format(left=left[0], right=right[0], left_title=left[1],
                                               right_title=right[1], left_name=left[2], right_name=right[2]))
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == lead
    assert [(s.authority, s.name) for s in doc.co_signatories] == [(other[0], other[2])]


def test_minutes_of_a_violation_are_signed_by_their_maker_the_others_co_sign() -> None:
    # the form of Nghị định 118/2021: three blocks with no prefix, the maker's at the right (probe d22)
    text = """\
           ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
             XÃ TIÊN YÊN                          Độc lập - Tự do - Hạnh phúc

            Số: 12/BB-VPHC

                              BIÊN BẢN VI PHẠM HÀNH CHÍNH
                                       Về đất đai

      Hôm nay, hồi 09 giờ 15 phút, ngày 14/10/2025, tại thôn Khe Tiền, xã Tiên Yên.
      1. Hành vi vi phạm: lấn đất.
      Biên bản lập xong hồi 10 giờ 30 phút cùng ngày.

           NGƯỜI VI PHẠM                                   NGƯỜI LẬP BIÊN BẢN
        (Ký, ghi rõ họ tên)                          (Ký, ghi rõ chức vụ, họ tên)



            Lý Văn Quý                                      Hoàng Văn Khải

          NGƯỜI CHỨNG KIẾN
        (Ký, ghi rõ họ tên)



           Chíu Văn Sáng
"""
    doc = vbadmin.parse(text)
    assert (doc.doc_type, doc.subject) == ("Biên bản", "Về đất đai")
    assert doc.signatory is not None
    assert (doc.signatory.position, doc.signatory.name) == ("NGƯỜI LẬP BIÊN BẢN", "Hoàng Văn Khải")
    assert [(s.position, s.name) for s in doc.co_signatories] == [
        ("NGƯỜI VI PHẠM", "Lý Văn Quý"), ("NGƯỜI CHỨNG KIẾN", "Chíu Văn Sáng")]
