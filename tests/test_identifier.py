"""Number lines → identifier parts (table-driven, State and Party, artefacts included)."""

import pytest

from vbadmin import parse_text
from vbadmin.extract.identifier import code_from_archive_copy, mend_letter_read_twice, parse_number_line

CASES = [
    # line, identifier, number, symbol, issuer_code, doc_type_code, system
    ("Số: 2781/QĐ-UBND", "2781/QĐ-UBND", "2781", "QĐ-UBND", "UBND", "QĐ", "state"),
    ("Số 1272-CV/TU", "1272-CV/TU", "1272", "CV/TU", "TU", "CV", "party"),
    ("Số: 3056/UBND-VP", "3056/UBND-VP", "3056", "UBND-VP", "UBND", None, "state"),
    ("Số: 30/2020/NĐ-CP", "30/2020/NĐ-CP", "30", "NĐ-CP", "CP", "NĐ", "state"),
    ("Số: 09/KH-UBND", "09/KH-UBND", "09", "KH-UBND", "UBND", "KH", "state"),
    ("Số: 7432 /UBND-XD", "7432/UBND-XD", "7432", "UBND-XD", "UBND", None, "state"),
    ("Số: 4280 /SCT - CN", "4280/SCT-CN", "4280", "SCT-CN", "SCT", None, "state"),
    ("Số 357 –CV/HNDTW", "357-CV/HNDTW", "357", "CV/HNDTW", "HNDTW", "CV", "party"),
    ("Số: 367 - QĐ/TWĐTN-VP", "367-QĐ/TWĐTN-VP", "367", "QĐ/TWĐTN-VP", "TWĐTN", "QĐ", "party"),
    ("Số 215-CV/TĐTN-PT", "215-CV/TĐTN-PT", "215", "CV/TĐTN-PT", "TĐTN", "CV", "party"),  # drafting unit
    ("Số 12-KH/TĐTN-TNTH", "12-KH/TĐTN-TNTH", "12", "KH/TĐTN-TNTH", "TĐTN", "KH", "party"),
    ("Số 3-CV/ĐU-CB", "3-CV/ĐU-CB", "3", "CV/ĐU-CB", "ĐU-CB", "CV", "party"),  # not the Youth Union's
    ("Số 05-QC/BTCTU-BDVTU", "05-QC/BTCTU-BDVTU", "05", "QC/BTCTU-BDVTU", "BTCTU-BDVTU", "QC", "party"),
    ("Số: 28-HD/CCB", "28-HD/CCB", "28", "HD/CCB", "CCB", "HD", "party"),  # typed: as printed
    ("Số 12-CV/BTTTT", "12-CV/BTTTT", "12", "CV/BTTTT", "BTTTT", "CV", "party"),  # a known code as it is
    ("Số 141-CV/VPTW/nb", "141-CV/VPTW/nb", "141", "CV/VPTW/nb", "VPTW", "CV", "party"),
    ("Số 08-QĐi/TW", "08-QĐi/TW", "08", "QĐi/TW", "TW", "QĐi", "party"),
    ("Số 65-Ctr/TU", "65-Ctr/TU", "65", "Ctr/TU", "TU", "CTr", "party"),
    ("Số: 12/TTr-SCT", "12/TTr-SCT", "12", "TTr-SCT", "SCT", "TTr", "state"),
    # before 1990 a State body's numbering had the hyphen too: the committee's code, its office's
    ("Số: 125-UB/VP", "125-UB/VP", "125", "UB/VP", "UB", None, "state"),
    ("Số 87-UBHC/NN", "87-UBHC/NN", "87", "UBHC/NN", "UBHC", None, "state"),
    ("Số: 07-UB/QĐ", "07-UB/QĐ", "07", "UB/QĐ", "UB", "QĐ", "state"),  # the committee's code, then the type's
    ("Số: 17-QĐ", "17-QĐ", "17", "QĐ", None, "QĐ", "state"),  # a type's code, no body's
    ("Số: 64-CP", "64-CP", "64", "CP", "CP", None, "state"),  # the Government's before 1997
    ("Số: 1867/BNN-KH", "1867/BNN-KH", "1867", "BNN-KH", "BNN", None, "state"),  # no "BN" doubled
    ("Số 152-QĐ/UB", "152-QĐ/UB", "152", "QĐ/UB", "UB", "QĐ", "party"),  # a type code: read as printed
    ("Số: 5/QyĐ-UBND", "5/QyĐ-UBND", "5", "QyĐ-UBND", "UBND", "QyĐ", "state"),
    ("Số: 14/HĐ-UBND", "14/HĐ-UBND", "14", "HĐ-UBND", "UBND", "HĐ", "state"),
    ("Số: 14/HD-UBND", "14/HD-UBND", "14", "HD-UBND", "UBND", "HD", "state"),
    # a police unit's numbered code after the issuer's drafted it: no issuer's code
    ("Số: 85/BC-CAT-PV01", "85/BC-CAT-PV01", "85", "BC-CAT-PV01", "CAT", "BC", "state"),
    # the National Assembly's and its Standing Committee's "Nghị quyết số:", a law's "Luật số:"
    ("Nghị quyết số: 1247/NQ-UBTVQH15", "1247/NQ-UBTVQH15", "1247", "NQ-UBTVQH15", "UBTVQH15", "NQ", "state"),
    ("Luật số: 56/2024/QH15", "56/2024/QH15", "56", "QH15", "QH15", None, "state"),
    # the Fatherland Front's standing committee issues for it: no second body
    ("Số: 03/TT-MTTQ-BTT", "03/TT-MTTQ-BTT", "03", "TT-MTTQ-BTT", "MTTQ", "TT", "state"),
    ("Số: 20/QĐ-UBND-BCĐ138", "20/QĐ-UBND-BCĐ138", "20", "QĐ-UBND-BCĐ138", "UBND-BCĐ138", "QĐ", "state"),
    # a People's Committee's drafting unit after its code (probe-u27); a unit in brackets (u25)
    ("Số: 45/BC-UBND-VX", "45/BC-UBND-VX", "45", "BC-UBND-VX", "UBND", "BC", "state"),
    ("Số: 12/QC-BQLDA-UBND", "12/QC-BQLDA-UBND", "12", "QC-BQLDA-UBND", "BQLDA-UBND", "QC", "state"),
    ("Số: 3456/UBND-KTN(KT)", "3456/UBND-KTN(KT)", "3456", "UBND-KTN(KT)", "UBND", None, "state"),
    # a number issued between two others keeps its letter (probe-u21, u22); not an OCR'd "o"
    ("Số: 125a/UBND-VP", "125a/UBND-VP", "125", "UBND-VP", "UBND", None, "state"),
    ("Số 07b-CV/ĐU", "07b-CV/ĐU", "07", "CV/ĐU", "ĐU", "CV", "party"),
    ("Số: 125o/UBND-VP", "1250/UBND-VP", "1250", "UBND-VP", "UBND", None, "state"),
    (
        "Số: 55/2005/TTLT-BNV-VPCP",
        "55/2005/TTLT-BNV-VPCP",
        "55",
        "TTLT-BNV-VPCP",
        "BNV-VPCP",
        "TTLT",
        "state",
    ),
    ("Số:      /UBND-VP", None, None, "UBND-VP", "UBND", None, "state"),
    ("Số: 1O5/UBND-VX", "105/UBND-VX", "105", "UBND-VX", "UBND", None, "state"),
    ("Số: ó32/QĐ-BTC", "632/QĐ-BTC", "632", "QĐ-BTC", "BTC", "QĐ", "state"),  # a printed 6 read as ó
    ("Số 7§6-HD/VPTW", "786-HD/VPTW", "786", "HD/VPTW", "VPTW", "HD", "party"),  # and an 8 as §
    ("Số: 1I/QĐ-UBND", "11/QĐ-UBND", "11", "QĐ-UBND", "UBND", "QĐ", "state"),
    ("Số:12/GT-UBND", "12/GT-UBND", "12", "GT-UBND", "UBND", "GT", "state"),
    # OCR of scans: a handwritten number read as junk keeps the symbol; doubled letters; slashes
    ("Số: Êđã /HC-CNHC", None, None, "HC-CNHC", "HC", None, "state"),
    ("Số: #4 2 2Š /QĐ-UBND", None, None, "QĐ-UBND", "UBND", "QĐ", "state"),
    ("Só:z///KH-VP", None, None, "KH-VP", "VP", "KH", "state"),
    ("Số:z//'KH-VP", None, None, "KH-VP", "VP", "KH", "state"),
    ("Số:1050 /QĐĐ-SCT", "1050/QĐ-SCT", "1050", "QĐ-SCT", "SCT", "QĐ", "state"),
    ("Số: II /2026/QĐ-UBND", "11/2026/QĐ-UBND", "11", "QĐ-UBND", "UBND", "QĐ", "state"),
    ("Số: 1961/QĐUBND", "1961/QĐ-UBND", "1961", "QĐ-UBND", "UBND", "QĐ", "state"),
    ("Số 445-KL/TƯ", "445-KL/TƯ", "445", "KL/TƯ", "TƯ", "KL", "party"),
    ("Số: 191UBND-KT", "191/UBND-KT", "191", "UBND-KT", "UBND", None, "state"),  # slash lost
    ("Số: Ì LZBYT-KH-TC", None, None, "BYT-KH-TC", "BYT", None, "state"),
    ("Số: 7/ÑQ-CP", "7/NQ-CP", "7", "NQ-CP", "CP", "NQ", "state"),
    # a Party hyphen under the handwritten number, the type code glued to the ink's reading
    ("Số 2 é CJKH/TU", None, None, "KH/TU", "TU", "KH", "party"),
    ("Số: 123/UBND", "123/UBND", "123", "UBND", "UBND", None, "state"),  # a State issuer alone
    # the pen's number and the slash under it lost: a symbol opening with a known code
    ("Số: ;BYT-KH-TC", None, None, "BYT-KH-TC", "BYT", None, "state"),
    ("Số:   QĐ-UBND", None, None, "QĐ-UBND", "UBND", "QĐ", "state"),
    ("Số: 12/bCT-ATMT", "12/BCT-ATMT", "12", "BCT-ATMT", "BCT", None, "state"),  # a capital read small
    ("Số 08-QĐi/TW", "08-QĐi/TW", "08", "QĐi/TW", "TW", "QĐi", "party"),  # a Party type's own small i
    # a department numbered in Roman after a dot; a region's Roman number printed apart
    ("Số: 1546/TTCP-C.III", "1546/TTCP-C.III", "1546", "TTCP-C.III", "TTCP", None, "state"),
    ("Số: 286/KV XII-TH", "286/KVXII-TH", "286", "KVXII-TH", "KVXII", None, "state"),
    ("Số: 286/KV XII - TH", "286/KVXII-TH", "286", "KVXII-TH", "KVXII", None, "state"),
    # an older Party number set apart from its type by a space
    ("Số: 34 CV/HU", "34-CV/HU", "34", "CV/HU", "HU", "CV", "party"),
    # a Lệnh's one-letter type code before the issuer's
    ("Số: 15/L-BCH", "15/L-BCH", "15", "L-BCH", "BCH", "L", "state"),
    # a bank's branch after a dot in its code (probe e24); an HĐND's summons, its own type (b26)
    ("Số: 1152/NHNo.QT-KHCN", "1152/NHNo.QT-KHCN", "1152", "NHNo.QT-KHCN", "NHNo.QT", None, "state"),
    ("Số: 195/GTT-HĐND", "195/GTT-HĐND", "195", "GTT-HĐND", "HĐND", "GTT", "state"),
    ("Số: 15/GCN-SVHTTDL", "15/GCN-SVHTTDL", "15", "GCN-SVHTTDL", "SVHTTDL", "GCN", "state"),  # a certificate
]


@pytest.mark.parametrize(("line", "identifier", "number", "symbol", "issuer", "code", "system"), CASES)
def test_number_lines(line, identifier, number, symbol, issuer, code, system):
    parts = parse_number_line(line)
    assert parts is not None
    assert (parts.identifier, parts.number, parts.symbol) == (identifier, number, symbol)
    assert (parts.issuer_code, parts.doc_type_code, parts.system) == (issuer, code, system)


@pytest.mark.parametrize(
    ("line", "identifier", "symbol", "issuer"),
    [("Số 05-NQ/ĐĐU", "05-NQ/ĐU", "NQ/ĐU", "ĐU"),  # a letter OCR read twice
     ("Số 12-KH/ĐĐU-CB", "12-KH/ĐU-CB", "KH/ĐU-CB", "ĐU-CB"),  # the first group only
     ("Số 12-CV/BTTTT", "12-CV/BTTTT", "CV/BTTTT", "BTTTT"),  # a known code as it is
     ("Số 7-CV/XYYZ", "7-CV/XYYZ", "CV/XYYZ", "XYYZ"),  # no known reading
     ("Số 28-HD/CCB", "28-HD/CCB", "HD/CCB", "CCB"),  # Cựu chiến binh: a known code as printed
     ("Số 12-CTr/TĐĐTN", "12-CTr/TĐTN", "CTr/TĐTN", "TĐTN"),  # a provincial Youth Union's Đ read twice
     ("Số: 12/UBND-VPP", "12/UBND-VPP", "UBND-VPP", "UBND")],  # State symbols are not looked at
)
def test_an_ocr_read_issuer_code_with_a_letter_read_twice_is_mended(line, identifier, symbol, issuer):
    parts = parse_number_line(line)
    assert parts is not None
    mended = mend_letter_read_twice(parts)
    assert (mended.identifier, mended.symbol, mended.issuer_code) == (identifier, symbol, issuer)
    assert any(code == "OCR_REPAIRED" for code, _ in mended.issues) == (identifier not in line)


def test_repairs_are_reported():
    parts = parse_number_line("Số: 1O5/UBND-VX")
    assert parts is not None and [c for c, _ in parts.issues] == ["OCR_REPAIRED"]
    blank = parse_number_line("Số:      /UBND-VP")
    assert blank is not None and [c for c, _ in blank.issues] == ["BLANK_NUMBER"]


@pytest.mark.parametrize(
    "line",
    ["Sở Công Thương", "Số liệu thống kê năm 2024", "Sổ tay", "Số: ",
     "Số 2£v/ U",  # one letter after the slash is no symbol: nothing rather than "U"
     "Số 2£v/V-U",  # nor one letter that is no type code before another group
     "Sở Xây dựng nhận được Văn bản số 94/CV-ĐĐT ngày 13/10/2025",  # a sentence citing a letter
     "số 03/2009/TT-BXD ngày 26/3/2009 của Bộ Xây dựng",  # a sentence wrapped before "số"
     "Số liệu BYT-KH năm 2025", "Số: XYZ-AB"],  # words before the symbol; no known code
)
def test_not_number_lines(line):
    assert parse_number_line(line) is None


@pytest.mark.parametrize(
    ("line", "number"),
    [("Số: ? 7 /NQ-CP", None),  # a handwritten "87" of which OCR read the 7 only
     ("Số: 26 2 /BC-UBND", None), ("Số và 8 -KH/TU", None),
     ("Số: . 87/NQ-CP", "87"), ("Số: 87 /NQ-CP", "87"), ("Số 1272-CV/TU", "1272")],
)
def test_a_figure_after_unread_ink_is_not_the_number(line, number):
    parts = parse_number_line(line)
    assert parts is not None and parts.number == number
    assert (number is None) == any(code == "UNREADABLE_NUMBER" for code, _ in parts.issues)


@pytest.mark.parametrize(
    ("symbol", "archive_copy", "mended"),
    [
        ("SXD-QLƠT", "Lưu: VT, QLGT", ("QLƠT", "QLGT")),  # a marked vowel no code has
        ("UBND-KỌ", "Lưu: VT, KT, KH", None),  # two codes fit: no evidence
        ("UBND-KỌ", "Lưu: VT, KQ", ("KỌ", "KQ")),
        ("SXD-QLGT", "Lưu: VT, QLGT", None),  # read right
        ("SXD-QLƠT", "Lưu: VT, QLXD", None),  # no code of its other letters
        ("SXD-QLƠƠ", "Lưu: VT, QLGT", None),  # two letters unread: too little to go on
        ("KL/TƯ", "Lưu: VT, TT", None),  # a Party symbol may print a marked letter
    ],
)
def test_a_symbol_code_misread_is_the_archive_copys(symbol, archive_copy, mended):
    assert code_from_archive_copy(symbol, archive_copy) == mended


def test_a_scans_symbol_code_is_mended_from_its_archive_copy() -> None:
    """On an OCR'd page the unit's code read "QLƠT" is the "QLGT" of "Lưu: VT, QLGT"; typed
    text is as typed."""
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    text = ("UBND TỈNH LÀO CAI                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ XÂY DỰNG                       Độc lập - Tự do - Hạnh phúc\n"
            "Số: 512/SXD-QLƠT                  Lào Cai, ngày 5 tháng 3 năm 2026\n"
            "V/v kiểm tra an toàn giao thông\n\n"
            "Đề nghị các đơn vị thực hiện./.\n\n"
            "Nơi nhận:                         KT. GIÁM ĐỐC\n"
            "- Như trên;                       PHÓ GIÁM ĐỐC\n"
            "- Lưu: VT, QLGT.\n"
            "                                  Nguyễn Văn An\n")
    scanned = parse_pages(as_ocr_pages(text))
    assert (scanned.identifier, scanned.symbol) == ("512/SXD-QLGT", "SXD-QLGT")
    typed = parse_pages(as_ocr_pages(text, origin="text"))
    assert typed.symbol == "SXD-QLƠT"


@pytest.mark.parametrize("line", [
    "Nghị quyết số 12/NQ-CP ngày 01/01/2024 của Chính phủ",  # a citation in a sentence
    "Căn cứ Luật số: 56/2024/QH15;",
])
def test_a_type_word_before_so_without_its_colon_or_after_words_is_no_number_line(line: str) -> None:
    assert parse_number_line(line) is None


DISPATCH = """ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      {issuer}                              Độc lập - Tự do - Hạnh phúc
Số: {number}                          Tuyên Quang, ngày 12 tháng 5 năm 2025
{subject}

Kính gửi: Ủy ban nhân dân các xã, phường.

Đề nghị các đơn vị phối hợp thực hiện./.

Nơi nhận:                                          GIÁM ĐỐC
- Như trên;
- Lưu: VT.
                                                   Nguyễn Văn An
"""


@pytest.mark.parametrize(
    ("issuer", "number", "subject", "doc_type", "type_code", "issuer_code"),
    [
        # a body whose code is a rare type's (BTT: Bản thỏa thuận) over "V/v …": a công văn
        ("BẢO TÀNG TỈNH", "112/BTT-NV", "V/v sưu tầm tư liệu, hiện vật", "Công văn", None, "BTT"),
        ("CỤC THUẾ", "4127/CT-CS", "V/v chính sách thuế", "Công văn", None, "CT"),
        # a type's code before an issuer's, or a công văn's own code: as printed
        ("ỦY BAN NHÂN DÂN", "12/CT-UBND", "V/v tăng cường quản lý", "Chỉ thị", "CT", "UBND"),
        ("UBND HUYỆN", "45/CV-UB", "V/v báo cáo số liệu", "Công văn", "CV", "UB"),
        # a type's code before a unit no list knows: the type's, as printed ("BC" is no body)
        ("SỞ Y TẾ", "245/BC-SYT", "V/v báo cáo tình hình dịch bệnh", "Báo cáo", "BC", "SYT"),
    ],
)
def test_a_v_v_subject_with_no_title_is_a_dispatch_whose_first_code_is_its_issuers(
    issuer: str, number: str, subject: str, doc_type: str, type_code: str | None, issuer_code: str
) -> None:
    record = parse_text(DISPATCH.format(issuer=issuer, number=number, subject=subject))
    assert (record.doc_type, record.doc_type_code, record.issuer_code) == (doc_type, type_code, issuer_code)


def test_the_rule_under_the_number_read_on_its_row_is_no_part_of_it() -> None:
    parts = parse_number_line("Số: 05/2023/QĐ-HĐQT_")
    assert parts is not None and (parts.identifier, parts.issuer_code) == ("05/2023/QĐ-HĐQT", "HĐQT")
