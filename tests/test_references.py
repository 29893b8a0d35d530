"""Citations found in running text: input text → the references expected (table-driven)."""

from __future__ import annotations

import pytest

from vbadmin.extract.references import find_references

CASES = [
    # national technical regulations and standards
    ("đúng Quy chuẩn QCVN 01:2019/BCT của Bộ Công Thương", ["QCVN 01:2019/BCT"]),
    ("theo QCVN 01: 2019/BCT và QCVN122:2024/BGTVT3; QCVN 05A:2020/BCT",
     ["QCVN 01:2019/BCT", "QCVN 122:2024/BGTVT", "QCVN 05A:2020/BCT"]),
    ("phông chữ theo TCVN 6909:2001.", ["TCVN 6909:2001"]),
    # a law's name ends where the sentence goes on
    ("theo Luật Ban hành văn bản quy phạm pháp luật như sau: “3. Văn bản",
     ["name:Luật Ban hành văn bản quy phạm pháp luật"]),
    ("Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ quy định: “Trường hợp",
     ["name:Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"]),
    ("Luật Thủy lợi và hướng dẫn thi hành", ["name:Luật Thủy lợi"]),
    ("hướng dẫn Luật Hóa chất nêu tại Công văn", ["name:Luật Hóa chất"]),
    ("theo Luật Hoá chất\n3. Về việc tra cứu", ["name:Luật Hoá chất"]),  # the next item's number
    ("theo Luật Đất đai 2024;", ["name:Luật Đất đai 2024"]),  # a year is part of the name
    # cited with its number (with or without "số") and without: one reference
    ("theo Luật Hóa chất 69/2025/QH15; Luật Hóa chất quy định", ["69/2025/QH15"]),
    ("Căn cứ Quyết định số 464/QĐ-BCT ngày 16 tháng 3 năm 2026 của Bộ trưởng", ["464/QĐ-BCT"]),
    ("không có văn bản nào được dẫn ở đây: 3:2019", []),
    # the Government's resolutions of 2017-2018 put the year after a hyphen
    ("thực hiện Nghị quyết số 19-2017/NQ-CP ngày 06/02/2017 của Chính phủ", ["19-2017/NQ-CP"]),
    ("Nghị quyết số 19-NQ/TW ngày 1/1/2020", ["19-NQ/TW"]),
]


def _keys(text: str) -> list[str]:
    return [r.identifier or f"name:{r.name}" for r in find_references(text)]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_references_found(text: str, expected: list[str]) -> None:
    assert _keys(text) == expected


def test_a_standard_is_typed_as_a_regulation() -> None:
    (ref,) = find_references("QCVN 40:2011/BTNMT (đã hết hiệu lực)")
    assert (ref.doc_type, ref.number, ref.span) == ("Quy chuẩn kỹ thuật quốc gia", "40", (0, 18))
