"""Urgency and secrecy stamps in red ink on a colour scan (load/red_marks.py, real tesseract).

Decree 30/2020 has the urgency marks stamped in bright red in a single-line frame. The page is
drawn here in colour at 300 DPI: a State công văn's letterhead in black, a red frame under the
number holding the stamp's word. The page is read whole, as `vbadmin.parse` reads a scan.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

import vbadmin

SERIF = "/usr/share/fonts/truetype/freefont/FreeSerif.ttf"
SERIF_BOLD = "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf"
RED = (220, 30, 40)
LEFT = ["BỘ CÔNG THƯƠNG", "CỤC HÓA CHẤT", "Số: 813/HC-CNHC", "V/v trao đổi về một số quy định",
        "trong lĩnh vực hóa chất"]
RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
         "Hà Nội, ngày 24 tháng 4 năm 2026"]
BODY = ["Kính gửi: Cục Hải quan.", "Về các vướng mắc trong quá trình thực hiện Nghị định hướng dẫn",
        "Luật Hóa chất, Cục Hóa chất có ý kiến như sau:",
        "1. Về công bố mục đích sử dụng hóa chất trên Cơ sở dữ liệu.",
        "2. Về khai báo hóa chất nhập khẩu theo quy định hiện hành."]


def _letter(stamp: str | None, colour: tuple[int, int, int] = RED) -> Image.Image:
    page = Image.new("RGB", (2480, 3508), (250, 248, 240))
    draw = ImageDraw.Draw(page)
    regular, bold = ImageFont.truetype(SERIF, 50), ImageFont.truetype(SERIF_BOLD, 50)
    for row, text in enumerate(LEFT):
        draw.text((300, 250 + 75 * row), text, font=bold if row == 1 else regular, fill=(20, 20, 20))
    for row, text in enumerate(RIGHT):
        draw.text((1250, 250 + 75 * row), text, font=bold if row < 2 else regular, fill=(20, 20, 20))
    if stamp is not None:  # under the subject, as the decree places it
        width = draw.textlength(stamp, font=bold)
        draw.rectangle((420, 660, 420 + width + 60, 740), outline=colour, width=5)
        draw.text((450, 672), stamp, font=bold, fill=colour)
    for row, text in enumerate(BODY):
        draw.text((300, 900 + 75 * row), text, font=regular, fill=(20, 20, 20))
    return page


@pytest.mark.ocr
@pytest.mark.parametrize(("stamp", "urgency", "secrecy"), [
    ("KHẨN", "Khẩn", None), ("HỎA TỐC", "Hỏa tốc", None), ("MẬT", None, "Mật"),
    ("ĐÃ KÝ", None, None),  # a red frame that holds no mark adds nothing
    (None, None, None),
])
def test_a_red_stamp_under_the_number_is_read(tmp_path: Path, stamp, urgency, secrecy) -> None:
    path = tmp_path / "letter.png"
    _letter(stamp).save(path, dpi=(300, 300))
    record = vbadmin.parse(path)
    assert (record.urgency, record.secrecy) == (urgency, secrecy)
    assert record.identifier == "813/HC-CNHC"  # the letterhead read as it was


@pytest.mark.ocr
def test_a_stamp_in_black_is_read_with_the_print(tmp_path: Path) -> None:
    """A grey or black-and-white copy's stamp prints as dark as the type: no red to look for."""
    path = tmp_path / "letter.png"
    _letter("KHẨN", (25, 25, 25)).convert("L").save(path, dpi=(300, 300))
    assert vbadmin.parse(path).urgency == "Khẩn"
