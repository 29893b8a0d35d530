"""The canonical letter 1272-CV/TU parses to exactly what the paper says (issue #2)."""

import vbadmin
from vbadmin.parse import parse_text


def test_seed_letter(shared):
    doc = parse_text((shared / "seed" / "1272-CV-TU.txt").read_text(encoding="utf-8"))
    assert doc.system == "party"
    assert doc.national_header == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert doc.issuer == "TỈNH ỦY TÂY NINH"
    assert doc.parent_issuer is None
    assert (doc.identifier, doc.number, doc.symbol, doc.issuer_code) == ("1272-CV/TU", "1272", "CV/TU", "TU")
    assert (doc.doc_type, doc.doc_type_code) == ("Công văn", "CV")
    assert (doc.place, doc.date) == ("Tây Ninh", "2024-11-22")
    assert doc.subject == (
        "tăng cường lãnh đạo, chỉ đạo triển khai, tổ chức thực hiện Nghị quyết Đại hội đại biểu "
        "Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 – 2025"
    )
    assert doc.recipients == [
        "Các cơ quan tham mưu, giúp việc Tỉnh ủy",
        "Các Đảng đoàn, Ban cán sự đảng, Ban Thường vụ Tỉnh đoàn",
        "Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy",
        "Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh",
    ]
    assert [d.label for d in doc.directives] == ["1", "2", "3", "4", "5", "6"]
    assert doc.directives[0].text.startswith("Tiếp tục rà soát việc triển khai")
    assert doc.directives[5].text.endswith("được phân công phụ trách.")
    assert len(doc.preamble) == 2 and doc.preamble[0].startswith("Qua kiểm tra")
    assert doc.closing == ["Các cấp ủy, tổ chức đảng, cơ quan, đơn vị thực hiện tốt nội dung Công văn này."]
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == (
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "Nguyễn Mạnh Hùng",
    )
    assert doc.signatory.prefix == "TM"
    assert doc.distribution == [
        "Như trên",
        "Các Vụ: Địa phương II (VPTW Đảng), Địa phương III (BTCTW, BNCTW), Địa bàn VII (UBKTTW), "
        "Địa phương (BKTTW)",
        "CQ Thường trực BTGTW, BDVTW tại TP.HCM",
        "Lãnh đạo Văn phòng Tỉnh ủy",
        "Các phòng Văn phòng Tỉnh ủy",
        "Lưu Văn phòng Tỉnh ủy",
    ]
    assert doc.drafter_mark == "TYX-88"
    names = [r.name for r in doc.references]
    assert names == [
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI",
        "Nghị quyết Đại hội XIII của Đảng",
    ]
    assert all(r.identifier is None for r in doc.references)


def test_seed_evidence_points_at_the_printed_text(shared):
    doc = parse_text((shared / "seed" / "1272-CV-TU.txt").read_text(encoding="utf-8"))
    for name in ("identifier", "date", "issuer", "subject", "recipients", "signatory", "distribution"):
        ev = doc.evidence[name]
        assert 0 < ev.confidence <= 1
        assert ev.span is not None
    start, end = doc.evidence["identifier"].span
    assert "1272" in doc.text[start:end]
    start, end = doc.evidence["date"].span
    assert doc.text[start:end].startswith("Tây Ninh, ngày 22")
    for ref in doc.references:
        assert doc.text[ref.span[0] : ref.span[1]] == ref.text


def test_parse_accepts_a_path_and_text(shared):
    path = shared / "seed" / "1272-CV-TU.txt"
    assert vbadmin.parse(str(path)).identifier == "1272-CV/TU"
    assert vbadmin.parse(path.read_text(encoding="utf-8")).identifier == "1272-CV/TU"
