"""Scans end to end: letters of our own rendered with a Vietnamese serif font, degraded like a
scan, read by the real tesseract, parsed to the same record as the text (issue #3)."""

import io
import random
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from vbadmin.pages import Line, Page, Word
from vbadmin.parse import parse_file, parse_files

FONTS = [
    "/usr/share/fonts/opentype/freefont/FreeSerif.otf",
    "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
    "/usr/share/texmf/fonts/opentype/public/tex-gyre/texgyretermes-regular.otf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
]
FONT = next((f for f in FONTS if Path(f).exists()), None)

DECISION = {
    "left": ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "", "Số: 2781/QĐ-UBND"],
    "right": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
              "Ninh Bình, ngày 14 tháng 8 năm 2026"],
    "title": ["QUYẾT ĐỊNH", "Về việc thành lập Tổ công tác chuyển đổi số của tỉnh"],
    "body": [
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.",
        "QUYẾT ĐỊNH:",
        "Điều 1. Thành lập Tổ công tác chuyển đổi số của tỉnh.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành./.",
    ],
    "footer_left": ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, KGVX."],
    "footer_right": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Phạm Quang Ngọc"],
}
DISPATCH = {  # a công văn: V/v subject under the number, a "Kính gửi" list, a KT. stack
    "left": ["UBND TỈNH NINH BÌNH", "SỞ Y TẾ", "", "Số: 1520/SYT-NVY", "V/v tăng cường phòng, chống",
             "bệnh sốt xuất huyết"],
    "right": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
              "Ninh Bình, ngày 05 tháng 9 năm 2026"],
    "title": ["Kính gửi:"],
    "body": [
        "         - Trung tâm Kiểm soát bệnh tật tỉnh;",
        "         - Bệnh viện Đa khoa tỉnh;",
        "         - Ủy ban nhân dân các xã, phường.",
        "",
        "Sở Y tế đề nghị các đơn vị triển khai ngay các biện pháp phòng, chống dịch.",
        "1. Giám sát chặt chẽ các ca bệnh tại cộng đồng.",
        "2. Báo cáo kết quả về Sở Y tế trước ngày 30 tháng 9 năm 2026./.",
    ],
    "footer_left": ["Nơi nhận:", "- Như trên;", "- Lưu: VT, NVY."],
    "footer_right": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Thị Mai Anh"],
}


def render_page(letter: dict[str, list[str]] = DECISION, dpi: int = 300) -> Image.Image:
    scale = dpi / 72
    width, height = int(595 * scale), int(842 * scale)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, int(13 * scale))
    line = int(19 * scale)
    left_x, right_x, top = int(60 * scale), int(300 * scale), int(50 * scale)

    def centred(lines, centre_x, y):
        for text in lines:
            if text:
                w = draw.textlength(text, font=font)
                draw.text((centre_x - w / 2, y), text, font=font, fill=0)
            y += line
        return y

    y = max(centred(letter["left"], left_x + 90 * scale, top), centred(letter["right"], right_x + 130 * scale, top))
    y = centred(letter["title"], width / 2, y + line) + line
    for text in letter["body"]:
        draw.text((int(85 * scale), y), text, font=font, fill=0)
        y += line
    y += line
    centred(letter["footer_left"], left_x + 60 * scale, y)
    centred(letter["footer_right"], right_x + 130 * scale, y)
    return page


GOLD = {
    "issuer": "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "identifier": "2781/QĐ-UBND", "date": "2026-08-14",
    "doc_type": "Quyết định", "place": "Ninh Bình",
    "subject": "thành lập Tổ công tác chuyển đổi số của tỉnh",
}
DISPATCH_GOLD = {
    "parent_issuer": "UBND TỈNH NINH BÌNH", "issuer": "SỞ Y TẾ", "identifier": "1520/SYT-NVY",
    "date": "2026-09-05", "doc_type": "Công văn", "place": "Ninh Bình",
    "subject": "tăng cường phòng, chống bệnh sốt xuất huyết",
    "recipients": ["Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Đa khoa tỉnh", "Ủy ban nhân dân các xã, phường"],
}


def degrade(page: Image.Image, seed: int, angle: float | None = None) -> bytes:
    rng = random.Random(seed)
    angle = rng.choice([-1.5, 1.5]) if angle is None else angle
    page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.8))
    pixels = np.asarray(page.convert("L"), dtype=np.int16)
    noise = np.random.default_rng(seed).normal(0, 12, pixels.shape)  # seeded: the test is repeatable
    page = Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    page.convert("RGB").save(buffer, "JPEG", quality=70, dpi=(300, 300))
    return buffer.getvalue()


@pytest.fixture(scope="module")
def font_available():
    if FONT is None:
        pytest.fail("no Vietnamese-capable serif font: install fonts-freefont-ttf (scripts/setup.sh does)")


@pytest.mark.parametrize("seed", [1, 2])
def test_degraded_scan_gives_the_gold_record(tmp_path, font_available, seed):
    path = tmp_path / f"scan-{seed}.jpg"
    path.write_bytes(degrade(render_page(), seed))
    doc = parse_file(path)
    got = {key: getattr(doc, key) for key in GOLD}
    assert got == GOLD
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == (
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Quang Ngọc")
    assert [d.label for d in doc.directives] == ["Điều 1", "Điều 2", "Điều 3"]
    ev = doc.evidence["identifier"]
    assert ev.source == "ocr" and ev.page == 1 and ev.box is not None and ev.ocr_confidence is not None
    assert doc.source.ocr_pages == [1]


@pytest.mark.parametrize("angle", [0.8, -0.7])
def test_slightly_skewed_scan_keeps_its_columns_apart(tmp_path, font_available, angle):
    """Below 1° the page is read as it is and the word boxes are deskewed: the number (left)
    and the date line (right) still come out of their own columns."""
    path = tmp_path / "skewed.jpg"
    path.write_bytes(degrade(render_page(DISPATCH), seed=5, angle=angle))
    doc = parse_file(path)
    assert {key: getattr(doc, key) for key in DISPATCH_GOLD} == DISPATCH_GOLD
    assert doc.signatory is not None and doc.signatory.name == "Trần Thị Mai Anh"


def test_a_scan_in_two_image_files_is_one_letter(tmp_path, font_available):
    """Page 1 (header and body) and page 2 (the signature) as separate files."""
    page = render_page()
    height = page.height
    first, second = tmp_path / "page-1.png", tmp_path / "page-2.png"
    cut = int(height * 0.42)  # below the articles, above "Nơi nhận"
    blank = Image.new("L", page.size, 255)
    top = blank.copy()
    top.paste(page.crop((0, 0, page.width, cut)), (0, 0))
    bottom = blank.copy()
    bottom.paste(page.crop((0, cut, page.width, height)), (0, int(height * 0.1)))
    top.save(first, dpi=(300, 300))
    bottom.save(second, dpi=(300, 300))
    doc = parse_files([first, second])
    assert doc.identifier == GOLD["identifier"] and doc.source.pages == 2
    assert doc.signatory is not None and doc.signatory.name == "Phạm Quang Ngọc"
    assert doc.evidence["signatory"].page == 2


def test_degraded_dispatch_scan_gives_its_recipients_and_signatory(tmp_path, font_available):
    path = tmp_path / "dispatch.jpg"
    path.write_bytes(degrade(render_page(DISPATCH), seed=3))
    doc = parse_file(path)
    assert {key: getattr(doc, key) for key in DISPATCH_GOLD} == DISPATCH_GOLD
    assert doc.signatory is not None
    assert (doc.signatory.authority, doc.signatory.position, doc.signatory.name) == (
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Mai Anh")
    assert [d.label for d in doc.directives] == ["1", "2"]


@pytest.mark.ocr
@pytest.mark.parametrize("mark", ["HỎA TỐC", "KHẨN"])
def test_a_boxed_urgency_of_a_200_dpi_scan_without_its_dpi_is_read(tmp_path, font_available, mark):
    """Scanned at 200 DPI and saved with no DPI tag, read as at 300 DPI: tesseract took the
    boxed mark under the subject, frame and word, for a picture and lost it."""
    dpi, scale = 200, 200 / 72
    page = render_page({**DISPATCH, "left": [*DISPATCH["left"], "", ""]}, dpi)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, int(13 * scale))
    centre, top = 150 * scale, 170 * scale
    width = draw.textlength(mark, font=font)
    draw.text((centre - width / 2, top), mark, font=font, fill=0)
    draw.rectangle((centre - width / 2 - 6 * scale, top - 3 * scale, centre + width / 2 + 6 * scale,
                    top + 17 * scale), outline=0, width=3)
    path = tmp_path / "scan.png"
    page.save(path)
    doc = parse_file(path)
    assert (doc.urgency, doc.identifier) == ({"HỎA TỐC": "Hỏa tốc", "KHẨN": "Khẩn"}[mark], "1520/SYT-NVY")


def _find_text_box(page: Image.Image, dpi: int = 300) -> tuple[int, int, int, int]:
    """Where the footer's name was drawn by render_page (the last footer_right line)."""
    scale = dpi / 72
    ink = np.asarray(page.convert("L")) < 128
    rows = np.where(ink[:, int(330 * scale):].any(axis=1))[0]
    bottom = int(rows.max())
    top = bottom - int(16 * scale)
    return int(300 * scale), top, int(560 * scale), bottom + int(4 * scale)


def sealed_and_signed(page: Image.Image, erase_name: bool = False) -> Image.Image:
    """The DECISION page with a red seal ring over the left of the name, a pen signature in
    dark ink between the title and the name, and a stroke across the name's first letters."""
    colour = page.convert("RGB")
    draw = ImageDraw.Draw(colour)
    x0, y0, x1, y1 = _find_text_box(page)
    if erase_name:
        draw.rectangle((x0, y0, x1, y1), fill="white")
    seal_x, seal_y, radius = x0 + 170, y0 - 140, 190
    for width_step in range(14):  # a thick ring, drawn as nested circles
        r = radius - width_step
        draw.ellipse((seal_x - r, seal_y - r, seal_x + r, seal_y + r), outline=(220, 40, 50))
    draw.ellipse((seal_x - 120, seal_y - 120, seal_x + 120, seal_y + 120), outline=(220, 40, 50), width=6)
    pen = (30, 30, 40)
    draw.line([(x0 + 300, y0 - 260), (x0 + 380, y0 - 60), (x0 + 440, y0 - 200), (x0 + 520, y0 - 30)],
              fill=pen, width=5)
    draw.line([(x0 + 200, y0 + 10), (x0 + 700, y0 - 120)], fill=pen, width=4)
    return colour


HAND_FONT = Path("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf")  # fonts-dkg-handwriting


def with_leaders_note(page: Image.Image, ink: tuple[int, int, int]) -> Image.Image:
    """A leader's note in ballpoint ("bút phê") written across the letterhead's left column
    and a second one across the subject, each with a scrawled signature, as incoming letters
    come back from the desk (ASCII only: the handwriting font has no Vietnamese marks)."""
    colour = page.convert("RGB")
    hand = ImageFont.truetype(str(HAND_FONT if HAND_FONT.exists() else FONT), 80)
    for text, (x, y), angle in (("Chuyen P.KT tham muu,\nbao cao truoc 15/9", (120, 120), 9),
                                ("Giao VP theo doi\ndon doc thuc hien", (330, 1020), -7)):
        note = Image.new("RGB", (1300, 420), "white")
        draw = ImageDraw.Draw(note)
        draw.multiline_text((20, 20), text, font=hand, fill=ink, spacing=14)
        draw.line([(60 + 36 * i, 330 + (40 if i % 2 else -30)) for i in range(14)], fill=ink, width=6)
        note = note.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC, fillcolor="white")
        box = (x, y, x + note.width, y + note.height)
        colour.paste(ImageChops.multiply(colour.crop(box), note), box)  # ink over print stays dark
    return colour


@pytest.mark.ocr
@pytest.mark.parametrize("ink", [(25, 45, 165), (95, 40, 150)], ids=["blue", "violet"])
def test_a_leaders_note_in_pen_across_the_header_is_no_part_of_it(tmp_path, font_available, ink):
    page = with_leaders_note(render_page(DISPATCH), ink)
    buffer = io.BytesIO()
    page.save(buffer, "JPEG", quality=85, dpi=(300, 300))  # as a colour scan is kept
    path = tmp_path / "annotated.jpg"
    path.write_bytes(buffer.getvalue())
    doc = parse_file(path)
    got = {key: getattr(doc, key) for key in DISPATCH_GOLD}
    assert got == DISPATCH_GOLD


def _saved_scan(path: Path, image: Image.Image) -> Path:
    image.save(path, "PNG", dpi=(300, 300))
    return path


@pytest.mark.ocr
def test_signer_name_under_seal_is_read_again_from_the_signature_zone(tmp_path, font_available):
    """The name's words are taken out of the page OCR (as tesseract drops a name under a
    seal); the second reading of the zone (seal ink and pen dropped) must find it on its own."""
    from vbadmin.load import load
    from vbadmin.parse import parse_pages
    from vbadmin.signer_name import reread_signer_name

    pages = load(_saved_scan(tmp_path / "signed.png", sealed_and_signed(render_page()))).pages
    name_top = _find_text_box(render_page())[1]
    pages[0].lines = [line for line in pages[0].lines if line.box[1] < name_top - 20]
    doc = parse_pages(pages)
    assert doc.signatory is not None and doc.signatory.name is None
    reread_signer_name(doc, pages)
    assert doc.signatory.name == "Phạm Quang Ngọc"
    assert any(i.code == "OCR_REPAIRED" and "signature zone" in i.message for i in doc.issues)
    evidence = doc.evidence["signatory.name"]
    x0, y0, x1, y1 = _find_text_box(render_page())
    assert evidence.box is not None and evidence.box[1] >= y0 - 30 and evidence.box[3] <= y1 + 30


@pytest.mark.parametrize(("found", "read", "completes"), [
    ("Hoàng Văn Thuân", "Văn Thuân", True),
    ("Hoàng Văn Thuần", "Văn Thuân", True),  # marks aside: the page's reading of them stands
    ("Hoàng Văn Thuân", "Hoàng Văn Thuân", False),  # nothing lost
    ("Lê Văn Tám", "Văn Thuân", False),  # another name in the zone
    ("Văn Thuân", "Thị Văn Thuân", False),
])
def test_a_name_read_again_completes_the_one_read_only_when_it_ends_with_it(
        found: str, read: str, completes: bool) -> None:
    from vbadmin.signer_name import _completes

    assert _completes(found, read) is completes


@pytest.mark.ocr
def test_real_signer_name_crossed_by_the_seal_and_pen_gets_its_family_name() -> None:
    """A real letter's page as it reads printed (shared/realdocs, text layer ignored): the seal
    and the signature cross "Hoàng" of Hoàng Văn Thuân."""
    from test_load import REALDOCS

    doc = parse_file(REALDOCS / "born_digital_pdf" / "laocai-sct-dkt_1105-KH-DKT_2026_kehoach.pdf", ocr="always")
    assert doc.signatory is not None and doc.signatory.name == "Hoàng Văn Thuân"


def test_a_signed_pdf_read_by_ocr_gets_the_number_and_day_stamped_at_registration() -> None:
    """A real signed letter (shared/realdocs) printed blank "Số: /UBND-KT … ngày tháng": its
    number and day are form fields the registration filled in, drawn when the page is rendered."""
    from test_load import REALDOCS

    doc = parse_file(REALDOCS / "born_digital_pdf" / "laocai_193-UBND-KT_2026_congvan.pdf", ocr="always")
    assert (doc.identifier, str(doc.date)) == ("193/UBND-KT", "2026-01-10")


def _line(*words: tuple[str, float]) -> Line:
    return Line(words=[Word(text, 100.0 * i, 0.0, 100.0 * i + 90, 30.0, confidence)
                       for i, (text, confidence) in enumerate(words)])


PHAM = ["Phạm", "Huy", "Nam", "Äơn"]  # as first read: seal ink read as a letter of its last word


@pytest.mark.parametrize(("read", "line", "mended"), [
    (PHAM, _line(("š2šPhgm", 0.3), ("Huy", 0.9), ("Nam", 0.9), ("Sơn", 0.9)), "Phạm Huy Nam Sơn"),
    (PHAM, _line(("Phạm", 0.9), ("Huy", 0.9), ("Nam", 0.9), ("Sơn,", 0.8)), "Phạm Huy Nam Sơn"),  # its comma
    (PHAM, _line(("-", 0.9), ("Lưu:", 0.9), ("VT.", 0.9), ("Phạm", 0.9), ("Huy", 0.9), ("Nam", 0.9),
                 ("Sơn", 0.9)), "Phạm Huy Nam Sơn"),  # on a row with the left column's words
    (PHAM, _line(("Phạm", 0.9), ("Huy", 0.9), ("Nam", 0.9), ("Sơn", 0.3)), None),  # too little confidence
    (PHAM, _line(("Phạm", 0.9), ("Huy", 0.9), ("Lâm", 0.9), ("Sơn", 0.9)), None),  # not beside the same word
    (PHAM, _line(("Nam", 0.9), ("Hà", 0.9), ("Nam", 0.9), ("Sơn", 0.9)), None),  # one word the same only
    (PHAM, _line(("Phạm", 0.9), ("Huy", 0.9), ("Nam", 0.9), ("Sơnnn", 0.9)), None),  # not about as long
    (PHAM, _line(("Phạm", 0.9), ("Huy", 0.9), ("Nam", 0.9), ("sơn", 0.9)), None),  # no name's word
    (PHAM, _line(("Phạm", 0.9), ("Huy", 0.9), ("Nam", 0.9), ("Øơn", 0.9)), None),  # still foreign
    (["Nguyễn", "Văn", "Äức"], _line(("PCT.", 0.9), ("Trần", 0.9), ("Văn", 0.9), ("Đức", 0.9)), None),
    (["Lê", "Äức"], _line(("Trần", 0.9), ("Đức", 0.9)), None),
    (["Lê", "Äức"], _line(("Lê", 0.9), ("Đức", 0.9)), "Lê Đức"),
    (["Lê", "Äức"], _line(("Lê", 0.9), ("ĐỨC", 0.9)), None),  # capitals: a title's word, no name's
    (["Ŧrần", "Äức"], _line(("PCT.", 0.9), ("Văn", 0.9), ("Đức", 0.9)), None),  # nothing to anchor on
])
def test_a_name_word_of_foreign_letters_is_mended_only_where_the_name_is_read_again(
    read: list[str], line: Line, mended: str | None
) -> None:
    from vbadmin.signer_name import _mended

    found = _mended(read, [len(read) - 1], line)
    assert (found[0] if found else None) == mended


def test_the_most_confident_reading_of_a_name_word_is_taken() -> None:
    from vbadmin.signer_name import _mended

    line = _line(("Phạm", 0.9), ("Huy", 0.9), ("Nam", 0.9), ("Sơn", 0.6),
                 ("Phạm", 0.9), ("Huy", 0.9), ("Nam", 0.9), ("Sơn", 0.95))
    found = _mended(PHAM, [3], line)
    assert found is not None and found[1] == 0.95 and found[2][0] == 400.0  # the second run's box


def test_a_minority_name_with_an_apostrophe_is_no_misreading() -> None:
    from vbadmin.extract.signature import of_vietnamese_letters

    assert of_vietnamese_letters("H'Luyến") and of_vietnamese_letters("Y-Moan")
    assert not of_vietnamese_letters("Äơn") and not of_vietnamese_letters("'")


def _spaced_line(*texts: str, gap: float = 20.0) -> Line:
    """Words one space apart; "|" stands for the gutter between the page's two columns."""
    words, x = [], 0.0
    for text in texts:
        if text == "|":
            x += 800.0
            continue
        width = 30.0 * len(text)
        words.append(Word(text, x, 0.0, x + width, 40.0, 0.9))
        x += width + gap
    return Line(words=words)


@pytest.mark.parametrize(("line", "found", "block_from"), [
    # the left column's item on the same row, the name under the block
    (_spaced_line("-", "Lưu:", "VT,", "HC.", "|", "Phạm", "Huy", "Nam", "Sơn"), "Phạm Huy Nam Sơn", 100),
    (_spaced_line("Văn", "phòng;", "|", "Trần", "Văn", "Hùng"), "Trần Văn Hùng", 100),  # a name's word on the left
    (_spaced_line("TS.", "Phạm", "Huy", "Nam", "Sơn"), "TS. Phạm Huy Nam Sơn", 100),  # a degree: printed with it
    (_spaced_line("-", "PCT.", "Phạm", "Huy", "Nam", "Sơn"), None, 100),  # a "Nơi nhận" item
    (_spaced_line("~", "Phạm", "Huy", "Nam", "Sơn"), None, 10),  # its dash misread, left of the block
    (_spaced_line("--", "Phạm", "Huy", "Nam", "Sơn"), "Phạm Huy Nam Sơn", 100),  # the seal's ring under the block
])
def test_a_name_read_again_is_placed_by_its_own_words(line: Line, found: str | None, block_from: float) -> None:
    """Rows of the second reading run across the zone; the name must sit under the block
    (which starts `block_from` pixels left of the name's first word)."""
    from vbadmin.signer_name import _name_on_line

    name_words = line.words[-len(found.split()) if found else -4 :]  # the last words sit under the block
    under_block = (name_words[0].x0 - block_from, name_words[-1].x1 + 100)
    result = _name_on_line(line, lambda name: True, under_block)
    assert (result[0] if result else None) == found


def _real_813_pages() -> list[Image.Image]:
    """The pages of the real scan of 813 (shared/realdocs) at 300 DPI."""
    from test_load import REALDOCS

    document = pdfium.PdfDocument(REALDOCS / "scans" / "bct-cuchc_813_congvan_scan.pdf")
    try:
        return [document[i].render(scale=300 / 72).to_pil().convert("RGB") for i in range(len(document))]
    finally:
        document.close()


@pytest.mark.ocr
def test_real_scan_saved_as_jpeg_gets_no_name_from_the_distribution_list(tmp_path: Path) -> None:
    """813 saved as JPEG (quality 75): the second look at the zone under the block read the
    "Nơi nhận" item "PCT. Vương Thành Chung" of the left column as the signer's name."""
    paths = []
    for number, page in enumerate(_real_813_pages(), 1):
        page.save(tmp_path / f"page-{number}.jpg", quality=75, dpi=(300, 300))
        paths.append(tmp_path / f"page-{number}.jpg")
    doc = parse_files(paths)
    assert doc.signatory is not None and doc.signatory.name in (None, "Phạm Huy Nam Sơn")


@pytest.mark.ocr
def test_real_scan_kept_as_a_jpeg_tiff_reads_the_name_under_the_seal(tmp_path: Path) -> None:
    """813 kept as a JPEG-compressed TIFF: the seal's ink over the name's last word was read as
    "Äơn" (mended from a second reading); the zone's reading without marks too large to be
    print now reads it right at once."""
    frames = _real_813_pages()
    path = tmp_path / "archive.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:], dpi=(300, 300), compression="jpeg")
    doc = parse_file(path)
    assert doc.signatory is not None and doc.signatory.name == "Phạm Huy Nam Sơn"
    assert not any(issue.code == "SUSPECT_SIGNER_NAME" for issue in doc.issues)


@pytest.mark.ocr
def test_no_name_in_the_signature_zone_stays_missing(tmp_path, font_available):
    """Seal and signature without a printed name: nothing is taken for a name."""
    path = _saved_scan(tmp_path / "unnamed.png", sealed_and_signed(render_page(), erase_name=True))
    doc = parse_file(path)
    assert doc.signatory is not None and doc.signatory.position == "CHỦ TỊCH"
    assert doc.signatory.name is None
    assert any(i.code == "MISSING_SIGNER_NAME" for i in doc.issues)


@pytest.mark.ocr
def test_real_scan_signer_name_under_the_seal():
    """bct-cuchc 813: the page OCR drops the name under the seal (the label says whose)."""
    from test_load import REALDOCS

    doc = parse_file(REALDOCS / "scans" / "bct-cuchc_813_congvan_scan.pdf")
    assert doc.signatory is not None and doc.signatory.name == "Phạm Huy Nam Sơn"


def with_receipt_stamp(page: Image.Image, number: str, day: str) -> Image.Image:
    """A red "ĐẾN" frame in the top right of page 1, number and date entered in blue."""
    colour = page.convert("RGB")
    draw = ImageDraw.Draw(colour)
    x0, y0 = 1300, 620
    red, blue = (200, 30, 40), (30, 50, 170)
    label, entry = ImageFont.truetype(FONT, 46), ImageFont.truetype(FONT, 56)
    draw.rectangle((x0, y0, x0 + 800, y0 + 330), outline=red, width=7)
    draw.text((x0 + 40, y0 + 25), "SỞ CÔNG THƯƠNG LÀO CAI", font=label, fill=red)
    draw.text((x0 + 40, y0 + 100), "ĐẾN  Số:", font=label, fill=red)
    draw.text((x0 + 300, y0 + 92), number, font=entry, fill=blue)
    draw.text((x0 + 40, y0 + 190), "Ngày:", font=label, fill=red)
    draw.text((x0 + 200, y0 + 182), day, font=entry, fill=blue)
    return colour


@pytest.mark.ocr
def test_receipt_stamp_is_read_into_received(tmp_path, font_available):
    path = _saved_scan(tmp_path / "received.png", with_receipt_stamp(render_page(), "14708", "20/8/2026"))
    doc = parse_file(path)
    assert doc.received is not None
    assert (doc.received.number, doc.received.date, doc.received.body) == (
        "14708", "2026-08-20", "SỞ CÔNG THƯƠNG LÀO CAI")
    evidence = doc.evidence["received"]
    assert evidence.page == 1 and evidence.box is not None and evidence.box[0] > 1200
    assert (doc.identifier, doc.date) == (GOLD["identifier"], GOLD["date"])  # the letter's own


@pytest.mark.ocr
def test_a_receipt_date_before_the_letter_is_not_taken(tmp_path, font_available):
    """Received on 20/7 a letter dated 14/8: the stamp's date is impossible, so left out."""
    path = _saved_scan(tmp_path / "early.png", with_receipt_stamp(render_page(), "14708", "20/7/2026"))
    doc = parse_file(path)
    assert doc.received is not None and doc.received.date is None


@pytest.mark.ocr
@pytest.mark.parametrize("turned", [180, 90, 270])
def test_real_scan_fed_upside_down_or_sideways_is_read_upright(tmp_path: Path, turned: int) -> None:
    """813's first page scanned turned: upside down it reads as no text, sideways tesseract reads
    its lines running down the page (confidently, in boxes no layout can use). The page's
    orientation is found and the page is read turned upright."""
    page = _real_813_pages()[0].rotate(turned, expand=True)
    path = tmp_path / "turned.png"
    page.save(path, dpi=(300, 300))
    doc = parse_file(path)
    assert (doc.issuer, doc.doc_type) == ("CỤC HÓA CHẤT", "Công văn")
    assert doc.subject == "trao đổi về một số quy định trong lĩnh vực hóa chất"
    assert any(issue.message == "loader: PAGE_TURNED" for issue in doc.issues)


def _words(*spec: tuple[int, int, float]) -> Page:
    """A page of words, each (width, height, confidence)."""
    words = [Word("chữ", 10.0 * i, 0.0, 10.0 * i + w, float(h), c) for i, (w, h, c) in enumerate(spec)]
    return Page(number=1, width=1000.0, height=1000.0, unit="px", origin="ocr", lines=[Line(words)])


@pytest.mark.parametrize(("page", "upright"), [
    (_words(*[(60, 30, 0.95)] * 12), True),
    (_words(*[(60, 30, 0.3)] * 12), False),  # upside down: garbage read with little confidence
    (_words(*[(30, 60, 0.95)] * 12), False),  # sideways: lines run down the page
    (_words(*[(60, 30, 0.95)] * 6 + [(60, 30, 0.3)] * 6), True),  # a poor scan still reads
    (_words(*[(60, 30, 0.3)] * 5), True),  # too few words to tell
])
def test_a_page_reads_upright(page: Page, upright: bool) -> None:
    from vbadmin.load import reads_upright

    assert reads_upright(page) == upright
