"""A letter copied from a web page with the page around it (probes o21–o32): the page's menu,
breadcrumbs and properties box above the letter, its related documents and copyright below,
are no part of the record; a letter with no such page around it is read whole."""

from __future__ import annotations

import pytest

import vbadmin
from vbadmin.load.web_copy import letter_of_web_page

LETTER = """\
{issuer_row}
TỈNH BÌNH DƯƠNG
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 09/CT-UBND{sep}Bình Dương, ngày 28 tháng 5 năm 2018

CHỈ THỊ
Về tăng cường công tác phòng cháy, chữa cháy trên địa bàn tỉnh

Thực hiện Chỉ thị số 47-CT/TW ngày 25/6/2015 của Ban Bí thư, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:
1. Cảnh sát Phòng cháy và chữa cháy tỉnh tăng cường kiểm tra an toàn PCCC.
2. Sở Xây dựng tăng cường quản lý trật tự xây dựng.

Nơi nhận:{sep}KT. CHỦ TỊCH
- Bộ Công an (b/c);{sep}PHÓ CHỦ TỊCH
- Lưu: VT.{sep}Phạm Minh Tân
"""

ABOVE = """\
THƯ VIỆN PHÁP LUẬT
Văn bản pháp luật\tHỏi đáp pháp luật\tBiểu mẫu\tĐăng nhập
Trang chủ > Văn bản pháp luật > Chỉ thị 09/CT-UBND năm 2018
Thuộc tính văn bản
Số hiệu:\t09/CT-UBND\tLoại văn bản:\tChỉ thị
Người ký:\tPhạm Minh Tân\tNgày ban hành:\t28/05/2018

"""

BELOW = """
Văn bản liên quan
Thông tư 66/2014/TT-BCA hướng dẫn Nghị định 79/2014/NĐ-CP về phòng cháy và chữa cháy
Thông tư 56/2014/TT-BCA quy định trang bị phương tiện phòng cháy
Bản quyền © 2018 THƯ VIỆN PHÁP LUẬT
"""


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_the_page_around_a_copied_letter_is_cut_off(sep: str) -> None:
    letter = LETTER.format(issuer_row="ỦY BAN NHÂN DÂN", sep=sep)
    doc = vbadmin.parse_text(ABOVE + letter + BELOW)
    assert (doc.issuer, doc.identifier, doc.date) == ("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG", "09/CT-UBND", "2018-05-28")
    assert [r.identifier for r in doc.references] == ["47-CT/TW"]  # not the page's related documents
    assert doc.signatory is not None and doc.signatory.name == "Phạm Minh Tân"
    assert "WEB_PAGE_CUT" in [issue.code for issue in doc.issues]


def test_a_letter_with_no_page_around_it_is_read_whole() -> None:
    """Rows above the letterhead that are no web page's (a received stamp) stay."""
    text = "ĐẾN Số: 1234\nNgày: 30/5/2018\n\n" + LETTER.format(issuer_row="ỦY BAN NHÂN DÂN", sep="\t")
    assert letter_of_web_page(text) == (text, False)
    # a page's row is cut only after the letter's footer: in its body it is the letter's
    body_row = LETTER.format(issuer_row="ỦY BAN NHÂN DÂN", sep="\t").replace("\nNơi nhận:", "\nTải về\nNơi nhận:")
    assert letter_of_web_page(body_row) == (body_row, False)
