"""The signature block a scan's page reading lost, read again beside "Nơi nhận" (issue #3):
a grey scan's seal, as dark as print in grey, hides the title lines from tesseract's page
segmentation."""

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from vbadmin.layout import Segment
from vbadmin.load.text import text_pages
from vbadmin.pages import Word
from vbadmin.parse import parse_file, parse_files, parse_pages

LETTER_WITHOUT_SIGNATURE = """\
BỘ CÔNG THƯƠNG                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                   Độc lập - Tự do - Hạnh phúc

Số: 2265/BCT-ATMT                    Hà Nội, ngày 02 tháng 4 năm 2026
V/v hướng dẫn thực hiện

Kính gửi: Sở Công Thương các tỉnh, thành phố.

Bộ Công Thương đề nghị các Sở thực hiện đúng quy định.

Nơi nhận:
- Như trên;
- Lưu: VT, ATMT.
"""


def _zone_lines(*texts: str) -> list[Segment]:
    """Lines a second reading of the zone gives, stacked in the right column; a word ending in
    "?" was read with confidence 0.1 (0.9 otherwise)."""
    segments = []
    for row, text in enumerate(texts):
        words = [Word(w.rstrip("?"), 60.0 + 8 * i, 40.0 + 2 * row, 66.0 + 8 * i, 41.0 + 2 * row,
                      0.1 if w.endswith("?") else 0.9) for i, w in enumerate(text.split())]
        segments.append(Segment(
            text=text.replace("?", ""), page=1, row=row, column="right", box=(60.0, 40.0 + 2 * row, 90.0, 41.0 + 2 * row),
            unit="char", origin="ocr", confidence=min((w.confidence for w in words), default=0.9), words=words))
    return segments


@pytest.mark.parametrize(("read_again", "expected"), [
    (("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trương Thanh Hoài"), ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")),
    (("CHÁNH VĂN PHÒNG", "— ~", "Nguyễn Anh Hào"), (None, "CHÁNH VĂN PHÒNG")),  # strokes between
    (("TJ——: r Lê", "Z8 ÀÁ"), None),  # seal and signature strokes only: no block
    (("HÓA CHẤT", "Trương Thanh Hoài"), None),  # the seal's lettering is no title
    ((), None),
])
def test_a_lost_block_is_taken_from_the_second_reading_only_with_a_known_title(read_again, expected):
    pages = text_pages(LETTER_WITHOUT_SIGNATURE, origin="ocr")
    asked = []

    def second_look(page_number, box):
        asked.append((page_number, box))
        return _zone_lines(*read_again)

    doc = parse_pages(pages, second_look=second_look)
    assert asked and asked[0][0] == 1  # asked about the page of the "Nơi nhận" list
    codes = [issue.code for issue in doc.issues]
    if expected is None:
        assert doc.signatory is None and "MISSING_SIGNATORY" in codes
        return
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position) == expected
    # The name is left to its own second look (signer_name), which reads it better.
    assert doc.signatory.name is None and "MISSING_SIGNER_NAME" in codes
    assert "SIGNATURE_READ_AGAIN" in codes and "MISSING_SIGNATORY" not in codes
    evidence = doc.evidence["signatory"]
    assert evidence.span is None and evidence.box is not None  # read from the image, not in the text
    assert doc.distribution == ["Như trên", "Lưu: VT, ATMT"]


LETTER_WITH_DAMAGED_BLOCK = LETTER_WITHOUT_SIGNATURE.replace(
    "- Lưu: VT, ATMT.\n", "- Lưu: VT, ATMT.                 {titles}\n\n\n\n                                   Lò Công Tuấn\n")


@pytest.mark.parametrize(("titles", "read_again", "expected"), [
    # the page reading ran the seal's lettering into the title: the zone's titles are taken
    ("THƯỜNG VỤ IÖ,BÍ THƯ", ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lò Công Tuần"),
     ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lò Công Tuấn")),
    # the zone reads no better: the page reading stands
    ("THƯỜNG VỤ IÖ,BÍ THƯ", ("THƯỜNG VỤ PHÓ BÍ THƯ Ö", "Lò Công Tuần"), (None, "THƯỜNG VỤ IÖ,BÍ THƯ", "Lò Công Tuấn")),
])
def test_a_damaged_block_is_replaced_only_by_a_known_title(titles, read_again, expected):
    pages = text_pages(LETTER_WITH_DAMAGED_BLOCK.format(titles=titles), origin="ocr")
    doc = parse_pages(pages, second_look=lambda page_number, box: _zone_lines(*read_again))
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == expected


@pytest.mark.parametrize(("titles", "expected"), [
    ("Q. CHỦ TỊCH", ("Q. CHỦ TỊCH", None)),  # an acting head signs without a position line
])
def test_a_sound_block_is_not_read_again(titles, expected):
    pages = text_pages(LETTER_WITH_DAMAGED_BLOCK.format(titles=titles), origin="ocr")
    asked = []  # recorded, not raised: the parser takes a failing second look in its stride

    doc = parse_pages(pages, second_look=lambda page_number, box: asked.append(page_number) or [])
    assert asked == []  # a block read with a known title is not read again
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == (*expected, "Lò Công Tuấn")


@pytest.mark.parametrize(("read_again", "expected"), [
    # the page reading lost "TL." and the seal's title below: its "CHỦ TỊCH" is the
    # authority's title the zone reads under "TL." (probe-x22 archive scan)
    (("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"), ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")),
    # a zone whose authority names another title keeps the page reading
    (("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"), (None, "CHỦ TỊCH")),
    (("TL. CHỦ TỊCH",), (None, "CHỦ TỊCH")),  # no position under it: nothing added
])
def test_a_title_read_alone_is_completed_by_the_authority_above_it(read_again, expected):
    pages = text_pages(LETTER_WITH_DAMAGED_BLOCK.format(titles="CHỦ TỊCH"), origin="ocr")
    doc = parse_pages(pages, second_look=lambda page_number, box: _zone_lines(*read_again))
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == (*expected, "Lò Công Tuấn")


LETTER_SIGNED_FOR_THE_BODY = LETTER_WITHOUT_SIGNATURE.replace(
    "- Lưu: VT, ATMT.\n", "- Lưu: VT, ATMT.                 TM. ỦY BAN NHÂN DÂN\n"
    "                                   CHỦ TỊCH\n\n\n                                   Lò Công Tuấn\n")


@pytest.mark.parametrize(("read_again", "expected"), [
    # the seal hid "KT. CHỦ TỊCH" and "PHÓ" from the page reading: the zone reads them (probe-a28)
    (("TM ỦY BẢN NHÂN DÂN", "KT. CHƯ TỊCH", "PHÓKHỦ TỊCH"), ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
    # the zone reads the head signing, or less: the page reading stands
    (("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")),
    (("TM. ỦY BAN NHÂN DÂN", "— ~"), ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")),
])
def test_a_head_signing_for_the_body_is_read_again_for_a_lost_deputy_line(read_again, expected):
    pages = text_pages(LETTER_SIGNED_FOR_THE_BODY, origin="ocr")
    asked = []

    def second_look(page_number, box):
        asked.append(page_number)
        return _zone_lines(*read_again)

    doc = parse_pages(pages, second_look=second_look)
    assert asked == [1]
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == (*expected, "Lò Công Tuấn")


def test_a_prefix_without_its_position_is_read_again():
    """"TM. THƯỜNG TRỰC HỘI ĐỒNG" with no position under it: the page reading lost a line."""
    pages = text_pages(LETTER_WITH_DAMAGED_BLOCK.format(titles="TM. THƯỜNG TRỰC HỘI ĐỒNG"), origin="ocr")
    read_again = ("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "PHÓ CHỦ TỊCH")
    doc = parse_pages(pages, second_look=lambda page_number, box: _zone_lines(*read_again))
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == (
        "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "PHÓ CHỦ TỊCH", "Lò Công Tuấn")


def test_typed_text_is_never_read_again():
    """Only an OCR'd footer has an image to read again."""
    asked = []  # recorded, not raised: the parser takes a failing second look in its stride
    doc = parse_pages(text_pages(LETTER_WITHOUT_SIGNATURE),
                      second_look=lambda page_number, box: asked.append(page_number) or [])
    assert asked == [] and doc.signatory is None


@pytest.mark.ocr
def test_real_scan_in_grey_keeps_its_signature_block(tmp_path: Path) -> None:
    """2265 scanned in grey: its red seal prints as dark as the titles beside it, and the
    page reading drops "KT. BỘ TRƯỞNG / THỨ TRƯỞNG" (in colour the seal is dropped by hue)."""
    from test_load import REALDOCS

    document = pdfium.PdfDocument(REALDOCS / "scans" / "bct_2265-BCT-ATMT_2026_congvan_scan.pdf")
    try:
        page = document[1].render(scale=300 / 72).to_pil().convert("L")
    finally:
        document.close()
    path = tmp_path / "signed-page.png"
    page.save(path, dpi=(300, 300))
    doc = parse_file(path)
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == (
        "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trương Thanh Hoài")
    evidence = doc.evidence["signatory"]
    assert evidence.page == 1 and evidence.box is not None and evidence.box[0] > page.width / 2


@pytest.mark.ocr
def test_real_scan_in_grey_gets_no_name_from_seal_ink(tmp_path: Path) -> None:
    """813 scanned in grey, saved as JPEG: the page reading took seal ink for the name ("Ÿ Ki
    CƯ"); no family name opens it, so it is no name, and the zone under the block is read again."""
    from test_scan_pipeline import _real_813_pages

    paths = []
    for number, page in enumerate(_real_813_pages(), 1):
        paths.append(tmp_path / f"page-{number}.jpg")
        page.convert("L").save(paths[-1], quality=85, dpi=(300, 300))
    doc = parse_files(paths)
    assert doc.signatory is not None and doc.signatory.position == "PHÓ CỤC TRƯỞNG"
    assert doc.signatory.name == "Phạm Huy Nam Sơn"


@pytest.mark.ocr
def test_a_second_look_that_fails_reads_nothing(tmp_path: Path, monkeypatch) -> None:
    """Tesseract without its language data fails: the block stays as the page reading had it."""
    from PIL import Image

    from vbadmin.pages import Line, Page
    from vbadmin.signature_zone import read_signature_zone

    page = Page(number=1, width=2480.0, height=3508.0, unit="px", origin="ocr", dpi=300,
                lines=[Line([Word("Nơi", 300, 2000, 380, 2040), Word("nhận:", 390, 2000, 500, 2040)])],
                image=Image.new("RGB", (2480, 3508), "white"))
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))  # an empty folder: no "vie" model
    assert read_signature_zone([page], 1, (300.0, 2000.0, 900.0, 2300.0)) == []


@pytest.mark.parametrize(("position", "damaged"), [
    ("PHÓ CHỦ TỊCH", False), ("GIÁM ĐỐC SỞ NỘI VỤ", False), ("PHÓ GIÁM ĐỐC PHỤ TRÁCH", False),
    ("VỤ TRƯỞNG VỤ PHÁP CHẾ", False), ("CHÁNH VĂN PHÒNG HĐND VÀ UBND", False),  # abbreviations of bodies
    ("THƯỜNG VỤ IÖ,BÍ THƯ", True), ("CHÁNH VĂN PHÒNG HĐNĐ", True),
    ("PHÓ CHỦ TỊCH CP", True),  # two letters of ink that spell a code  # the seal's lettering run into the title
    ("TI PHÓ CHỦ CH", True), ("PH O CHU H TỊCH TỊC", True), ("HÓA CHẤT", True),
])
def test_a_position_is_damaged_when_it_holds_no_known_title_or_junk(position, damaged):
    from vbadmin.parse import _damaged_position

    assert _damaged_position(position) == damaged


@pytest.mark.parametrize(("name", "opens"), [
    ("Phạm Huy Nam Äơn", True), ("Phäm Huy Nam Sơn", True), ("Lë Văn Tám", True),  # marks aside
    ("Ÿ Ki CƯ", False), ("Hóa Chất", False), ("", False),
    ("Đảng Cộng Sän", False),  # marks count when the word has Vietnamese letters: Đảng is no Đặng
])
def test_a_name_opens_with_a_family_name_marks_aside(name, opens):
    from vbadmin.extract.signature import opens_with_family_name

    assert opens_with_family_name(name) == opens


def test_a_failed_second_look_leaves_the_block_missing():
    def second_look(page_number, box):
        raise RuntimeError("the zone could not be read")

    doc = parse_pages(text_pages(LETTER_WITHOUT_SIGNATURE, origin="ocr"), second_look=second_look)
    assert doc.signatory is None and any(issue.code == "MISSING_SIGNATORY" for issue in doc.issues)


def test_a_name_kept_from_the_page_reading_is_still_put_right_from_the_text():
    """The titles read again, the name as the page read it: "Tuần" is put right by the name
    printed in the letter's text, and the block's span is the name's own line."""
    text = LETTER_WITH_DAMAGED_BLOCK.replace("Lò Công Tuấn", "Lò Công Tuần").replace(
        "đề nghị các Sở", "đề nghị đồng chí Lò Công Tuấn và các Sở")
    pages = text_pages(text.format(titles="THƯỜNG VỤ IÖ,BÍ THƯ"), origin="ocr")
    read_again = ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ")
    doc = parse_pages(pages, second_look=lambda page_number, box: _zone_lines(*read_again))
    assert doc.signatory is not None and doc.signatory.name == "Lò Công Tuấn"
    span = doc.evidence["signatory"].span
    assert span is not None and doc.text[span[0] : span[1]].strip() == "Lò Công Tuần"


@pytest.mark.parametrize(("authority", "position", "damaged"), [
    (None, "TỈNH ỦY BÍ THƯ", True),  # "T/M" lost, the body run into the title
    ("T/M TỈNH ỦY", "BÍ THƯ", False),
    ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC PHỤ TRÁCH", False),  # more than the title, under an authority
    (None, "BÍ THƯ", False),
    ("Q. CHỦ TỊCH", None, False), ("TM. THƯỜNG TRỰC HỘI ĐỒNG", None, True),
])
def test_a_block_is_damaged(authority, position, damaged):
    from vbadmin.model import Signatory
    from vbadmin.parse import _damaged

    assert _damaged(Signatory(authority=authority, position=position, name="Lò Công Tuấn")) == damaged


def _black_and_white_page(scan: str, index: int, path: Path) -> Path:
    """A page of a real scan as an archive keeps it: black and white, Group 4 TIFF."""
    from test_load import REALDOCS
    from vbadmin.corpus import COPIES

    document = pdfium.PdfDocument(REALDOCS / "scans" / scan)
    try:
        page = document[index].render(scale=300 / 72).to_pil()
    finally:
        document.close()
    COPIES["scan-bw"].save(page, path)
    return path


@pytest.mark.ocr
@pytest.mark.parametrize(("scan", "index", "expected"), [
    # the ring touches "THỨ" and the seal's ink makes the page reading lose the name
    ("bct_2265-BCT-ATMT_2026_congvan_scan.pdf", 1, ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trương Thanh Hoài")),
    # the ring touches the C of "CHỦ TỊCH": the page reading finds no block at all
    ("laocai_2338-QD-UBND_2026_quyetdinh_CTDT_scan.pdf", 4, (None, "CHỦ TỊCH", "Nguyễn Tuấn Anh")),
])
def test_real_scan_in_black_and_white_keeps_its_signature_block(tmp_path: Path, scan, index, expected) -> None:
    """In black and white the red seal and the blue signature are as black as the type: the
    seal's ring and the strokes are taken out by their size before the zone is read again."""
    doc = parse_file(_black_and_white_page(scan, index, tmp_path / "signed-page.tif"))
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == expected


@pytest.mark.parametrize(("ink_rows", "expected"), [
    ((90, 130), 130),  # a name across the zone's foot: the zone goes on below it
    ((120, 140), 100),  # ink below the foot only: the foot stays
    ((50, 400), 180),  # ink all the way: no further than the reach
])
def test_the_name_zone_ends_on_a_row_without_ink(ink_rows, expected):
    from PIL import Image, ImageDraw

    from vbadmin.pages import Page
    from vbadmin.signer_name import _blank_row_from

    image = Image.new("RGB", (300, 400), "white")
    ImageDraw.Draw(image).rectangle((40, ink_rows[0], 200, ink_rows[1] - 1), fill="black")
    page = Page(number=1, width=300.0, height=400.0, unit="px", origin="ocr", dpi=300, image=image)
    assert _blank_row_from(page, 0, 300, 100, 80) == expected


@pytest.mark.ocr
def test_a_name_a_black_pen_stroke_runs_into_is_still_read() -> None:
    """The stroke joins the name's letters into one mark too large to be print: the reading
    that drops such marks loses the name, the last reading keeps them."""
    from PIL import Image, ImageDraw, ImageFont

    from test_load import FONT
    from vbadmin.pages import Line, Page
    from vbadmin.signer_name import _lines_in_print

    image = Image.new("RGB", (1400, 500), "white")
    draw = ImageDraw.Draw(image)
    draw.text((400, 300), "Nguyễn Văn Thành", font=ImageFont.truetype(str(FONT), 46), fill="black")
    draw.line((300, 345, 1200, 345), fill="black", width=3)  # the signature's stroke, in black ink
    print_line = Line([Word("CHỦ", 500, 100, 600, 140), Word("TỊCH", 610, 100, 720, 140)])
    page = Page(1, 1400.0, 500.0, "px", "ocr", dpi=300, lines=[print_line], image=image)
    read = [line.text for line, _ in _lines_in_print(page, (0, 160, 1400, 500))]
    assert any("Nguyễn Văn Thành" in text for text in read)


@pytest.mark.ocr
def test_the_zone_is_read_with_large_marks_when_dropping_them_leaves_no_title() -> None:
    """A black pen's stroke run into the title makes one mark too large to be print with it:
    read without such marks the zone holds no title, so it is read again with them."""
    from PIL import Image, ImageDraw, ImageFont

    from test_load import FONT
    from vbadmin.extract.signature import repair_title
    from vbadmin.pages import Line, Page
    from vbadmin.signature_zone import read_signature_zone
    from vbadmin.vocab import title_in

    image = Image.new("RGB", (2000, 1200), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 46)
    draw.text((100, 300), "Nơi nhận:", font=font, fill="black")
    draw.text((1200, 300), "CHỦ TỊCH", font=font, fill="black")
    draw.line((1000, 335, 1900, 335), fill="black", width=3)  # through every letter
    label = Line([Word("Nơi", 100, 305, 170, 345), Word("nhận:", 180, 305, 300, 345)])
    page = Page(1, 2000.0, 1200.0, "px", "ocr", dpi=300, lines=[label], image=image)
    lines = read_signature_zone([page], 1, (100.0, 305.0, 300.0, 345.0))
    assert [title_in(repair_title(line.text)) for line in lines] == ["CHỦ TỊCH"]


@pytest.mark.parametrize(("titles", "read_again", "expected"), [
    # the seal hid the authority line: the zone's reading adds it and keeps the title
    ("PHÓ BÍ THƯ", ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lò Công Tuần"), ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ")),
    ("CHỦ TỊCH", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Công Tuần"), ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
    # the zone reads no authority, or another title: the page reading stands
    ("PHÓ BÍ THƯ", ("BÍ THƯ", "Lò Công Tuần"), (None, "PHÓ BÍ THƯ")),
    ("PHÓ BÍ THƯ", ("T/M BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lò Công Tuần"), (None, "PHÓ BÍ THƯ")),
])
def test_a_block_without_an_authority_line_is_read_again(titles, read_again, expected):
    pages = text_pages(LETTER_WITH_DAMAGED_BLOCK.format(titles=titles), origin="ocr")
    doc = parse_pages(pages, second_look=lambda page_number, box: _zone_lines(*read_again))
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == (*expected, "Lò Công Tuấn")


@pytest.mark.parametrize(("read", "expected"), [
    # a pen stroke ran through the family name: read past confidence, the one family name its
    # letters leave is taken when the other words, two at least, were read as printed
    ("Xzuyễn? Văn Thịnh", "Nguyễn Văn Thịnh"),
    ("Nguyễn Văn Thịnh", "Nguyễn Văn Thịnh"),
    # a word after the family name read past confidence: a wrong name is worse than none
    ("Nguyễn Văn? Thịnh", None),
    ("Xzuyễn? Văn? Thịnh", None),
    ("Xzuyễn? Thịnh", None),  # one word read as printed is too little
    ("Nguyễn? Văn Thịnh", None),  # the family name read as printed, but past confidence
])
def test_a_family_name_a_pen_stroke_ran_through_is_mended(read: str, expected: str | None) -> None:
    from vbadmin.pages import Line
    from vbadmin.signer_name import _name_on_line

    words = [Word(w.rstrip("?"), 100.0 * i, 10.0, 100.0 * i + 90, 40.0, 0.02 if w.endswith("?") else 0.96)
             for i, w in enumerate(read.split())]
    found = _name_on_line(Line(words), lambda name: True, (0.0, 400.0))
    assert (found[0] if found else None) == expected


def test_a_prefix_line_read_alone_heads_the_lines_the_zone_reads_under_it():
    """The page read "T/M BAN THƯỜNG VỤ" alone (a grey seal over the lines below it); the zone's
    reading has the title and the name but lost the prefix line under the seal: both together."""
    pages = text_pages(LETTER_WITH_DAMAGED_BLOCK.format(titles="T/M BAN THƯỜNG VỤ"), origin="ocr")
    read_again = ("PHÓ BÍ THƯ", "Lò Công Tuấn")
    doc = parse_pages(pages, second_look=lambda page_number, box: _zone_lines(*read_again))
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position) == ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ")
