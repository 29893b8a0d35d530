"""Letters whose text was damaged in part on its way (probes m41–m52): HTML entities of a web
copy, UTF-8 read once as Windows-1252, Windows-1258 read as Windows-1252, a header cell left in
TCVN3, a footer in VNI. Each damaged line is read back; sound lines are left as they are."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

import vbadmin
from vbadmin.load.textlayer import repair_damaged_lines


def _as_cp1252(data: bytes) -> str:
    """Bytes shown as Windows-1252 does (its five undefined bytes kept as their codes)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def _utf8_read_as_cp1252(text: str) -> str:
    return _as_cp1252(text.encode("utf-8"))


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258_read_as_cp1252(text: str) -> str:
    """Windows-1258 writes a letter's hat, breve or horn with it ("Ơ") and its tone as a
    combining mark after it."""
    def written(ch: str) -> str:
        parts = unicodedata.normalize("NFD", ch)
        return unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) + "".join(
            c for c in parts if c in _TONES)
    return _as_cp1252("".join(written(ch) for ch in text).encode("cp1258"))


LETTER = """\
{issuer_row}                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{issuer_row2}                   Độc lập - Tự do - Hạnh phúc

Số: 412/BC-KHCNMT                    Đồng Nai, ngày 10 tháng 7 năm 2002

BÁO CÁO
Kết quả quan trắc môi trường 6 tháng đầu năm 2002

Kính gửi: Ủy ban nhân dân tỉnh Đồng Nai.

1. Nước sông Đồng Nai đoạn từ nhà máy nước Thiện Tân đạt quy chuẩn «loại A» (§ 2).
2. Không khí tại các khu công nghiệp Biên Hòa 1, Biên Hòa 2 đạt quy chuẩn.

Nơi nhận:                                     KT. GIÁM ĐỐC
{footer_row}                                  PHÓ GIÁM ĐỐC
- Lưu: VT.
                                              {name}
"""
CLEAN = {"issuer_row": "UBND TỈNH ĐỒNG NAI", "issuer_row2": "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
         "footer_row": "- Như trên;", "name": "Phan Văn Tươi"}


@pytest.mark.parametrize(("damage", "fields"), [
    # UTF-8 read once as Windows-1252 in the header (a web page saved in the wrong encoding)
    (_utf8_read_as_cp1252, ("issuer_row", "issuer_row2")),
    # an e-mail in Windows-1258 shown as Windows-1252: tone marks as letters after their vowel
    (_cp1258_read_as_cp1252, ("issuer_row2", "footer_row", "name")),
])
def test_lines_read_in_another_encoding_are_read_back(tmp_path: Path, damage, fields) -> None:
    damaged = dict(CLEAN, **{field: damage(CLEAN[field]) for field in fields})
    assert all(damaged[field] != CLEAN[field] for field in fields)  # the damage is real
    path = tmp_path / "letter.txt"
    path.write_text(LETTER.format(**damaged), encoding="utf-8")
    doc = vbadmin.parse(path)
    assert (doc.parent_issuer, doc.issuer) == ("UBND TỈNH ĐỒNG NAI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    assert doc.signatory is not None and doc.signatory.name == "Phan Văn Tươi"
    assert doc.distribution == ["Như trên", "Lưu: VT"]
    assert "LEGACY_ENCODING_CONVERTED" in [issue.code for issue in doc.issues]


def test_a_web_copys_entities_and_invisible_spaces() -> None:
    text = LETTER.format(**CLEAN).replace("Ủy ban nhân dân tỉnh", "&#7910;y ban nh&acirc;n d&acirc;n t&#7881;nh")
    doc = vbadmin.parse_text(text.replace("Số: 412", "Số:\u200b 412"))
    assert doc.recipients == ["Ủy ban nhân dân tỉnh Đồng Nai"]
    assert doc.identifier == "412/BC-KHCNMT"


@pytest.mark.parametrize(("line", "meant"), [
    # a header cell left in TCVN3 (.VnTimeH, a capitals font) in a Unicode letter (probe m49)
    ("§¶ng uû thÞ trÊn §«ng Anh", "ĐẢNG UỶ THỊ TRẤN ĐÔNG ANH"),
    # a footer left in VNI (probe m50)
    ("- Phoøng Kinh teá Quaän 1;", "- Phòng Kinh tế Quận 1;"),
])
def test_a_line_left_in_a_legacy_encoding_is_converted(line: str, meant: str) -> None:
    text = LETTER.format(**CLEAN) + "\n".join([line, "- Nhö treân;", "§¶ng bé huyÖn §«ng Anh"]) + "\n"
    repaired, changed = repair_damaged_lines(text)
    assert changed and meant in repaired.splitlines()


def test_a_sound_letter_is_left_as_it_is() -> None:
    """Quotes, "§" and the capitals TCVN3 also uses ("HÒA") are no damage."""
    text = LETTER.format(**CLEAN)
    assert repair_damaged_lines(text) == (text, False)


def test_a_tcvn3_letters_rows_for_a_capitals_font_are_in_capitals() -> None:
    """TCVN3 has no capitals with marks: the letterhead, the title, the headings and the signature
    were typed in small letters for .VnTimeH; the body's sentences stay as typed (probe m49)."""
    rows = ["§¶ng bé huyÖn §«ng Anh\t§¶ng céng s¶n ViÖt Nam", "§¶ng uû thÞ trÊn §«ng Anh", "*",
            "Sè 38-BC/§U\t§«ng Anh, ngµy 08 th¸ng 6 n¨m 2016", "", "b¸o c¸o",
            "kÕt qu¶ l·nh ®¹o cuéc bÇu cö", "", "\t§¶ng uû thÞ trÊn b¸o c¸o nh­ sau:", "\tI. c«ng t¸c l·nh ®¹o, chØ ®¹o",
            "\t1. §¶ng uû sím ban hµnh kÕ ho¹ch.", "\t2. C¸c chi bé tæ chøc tuyªn truyÒn.", "",
            "N¬i nhËn:\tT/M §¶ng uû", "- L­u V¨n phßng.\tBÝ th­",
            "\tNguyÔn V¨n Thanh"]
    doc = vbadmin.parse_text("\n".join(rows) + "\n")
    assert (doc.national_header, doc.parent_issuer, doc.issuer) == (
        "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ HUYỆN ĐÔNG ANH", "ĐẢNG UỶ THỊ TRẤN ĐÔNG ANH")
    assert (doc.identifier, doc.doc_type, doc.subject) == ("38-BC/ĐU", "Báo cáo", "kết quả lãnh đạo cuộc bầu cử")
    assert [d.label for d in doc.directives] == ["I"]
    assert [d.label for d in doc.directives[0].children] == ["1", "2"]
    assert doc.directives[0].text == "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"
    assert doc.directives[0].children[0].text == "Đảng uỷ sớm ban hành kế hoạch."  # a sentence as typed
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == (
        "T/M ĐẢNG UỶ", "BÍ THƯ", "Nguyễn Văn Thanh")
