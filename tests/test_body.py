"""The body's last point and the closing under it: where a point printed as a heading ends."""

from __future__ import annotations

import pytest

from vbadmin.parse import parse_text

LETTER = """BỘ Y TẾ                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                            Độc lập - Tự do - Hạnh phúc
Số: 12/BYT-KCB              Hà Nội, ngày 07 tháng 10 năm 2014
V/v hướng dẫn

Kính gửi: Các bệnh viện.

1. Tăng cường công tác khám bệnh, chữa bệnh tại các bệnh viện tuyến tỉnh và tuyến huyện.
2. Tổ chức thực hiện
Giao Cục Quản lý khám, chữa bệnh theo dõi, đôn đốc các đơn vị thực hiện nội dung trên.
{last}

Nơi nhận:                          KT. BỘ TRƯỞNG
- Như trên;                        THỨ TRƯỞNG
- Lưu: VT.                         Nguyễn Văn An
"""
POINT = "Tổ chức thực hiện Giao Cục Quản lý khám, chữa bệnh theo dõi, đôn đốc các đơn vị thực hiện nội dung trên."


@pytest.mark.parametrize(
    ("last", "point_ends_with", "closing"),
    [
        # the issuer reports or submits, or a closing phrase: the closing
        ("Bộ Y tế báo cáo./.", "nội dung trên.", ["Bộ Y tế báo cáo./."]),
        ("Trong quá trình thực hiện, nếu có vướng mắc đề nghị phản ánh về Bộ Y tế./.", "nội dung trên.",
         ["Trong quá trình thực hiện, nếu có vướng mắc đề nghị phản ánh về Bộ Y tế./."]),
        # a submission, a contact paragraph, thanks: the closing
        ("Kính trình Bộ trưởng xem xét, cho ý kiến./.", "nội dung trên.", ["Kính trình Bộ trưởng xem xét, cho ý kiến./."]),
        ("Thông tin liên hệ: đồng chí Trần Thị Ngọc, điện thoại: 080.45763.", "nội dung trên.",
         ["Thông tin liên hệ: đồng chí Trần Thị Ngọc, điện thoại: 080.45763."]),
        ("Bộ Y tế trân trọng cảm ơn sự phối hợp của các đơn vị.", "nội dung trên.",
         ["Bộ Y tế trân trọng cảm ơn sự phối hợp của các đơn vị."]),
        # others are told to report: the point's own last paragraph
        ("Các đơn vị báo cáo kết quả thực hiện về Bộ Y tế trước ngày 15/12/2014./.", "15/12/2014./.", []),
    ],
)
def test_what_follows_a_last_point_printed_as_a_heading(last, point_ends_with, closing):
    doc = parse_text(LETTER.format(last=last))
    assert doc.directives[-1].text.startswith(POINT)
    assert doc.directives[-1].text.endswith(point_ends_with)
    assert doc.closing == closing


def test_lettered_points_with_a_full_stop_and_a_web_copys_footnote_marks() -> None:
    """"a. Trong …" is a lettered point as "a)" is; "[2]" and "¹" after a word are a web copy's
    footnote marks, no part of the text ("m²" is)."""
    text = LETTER.replace(
        "2. Tổ chức thực hiện\nGiao Cục Quản lý khám, chữa bệnh theo dõi, đôn đốc các đơn vị thực hiện nội dung trên.\n{last}",
        "2. Tổ chức thực hiện\na. Cục Quản lý khám, chữa bệnh theo dõi các đơn vị[2].\n"
        "b. Các bệnh viện bố trí 120 m² phòng cách ly, 10km² đất, 2,5 mm² dây, báo cáo kết quả¹.\n"
        "c. đảm bảo an toàn.",
    )
    doc = parse_text(text)
    point = doc.directives[-1]
    assert [(child.label, child.text) for child in point.children] == [
        ("a", "Cục Quản lý khám, chữa bệnh theo dõi các đơn vị."),
        ("b", "Các bệnh viện bố trí 120 m² phòng cách ly, 10km² đất, 2,5 mm² dây, báo cáo kết quả. "
              "c. đảm bảo an toàn."),  # "c." before a word in lower case is no point
    ]
