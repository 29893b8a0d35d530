"""LOAD stage tests with real parts: generated PDFs/images/DOCX, the real tesseract, realdocs."""

from __future__ import annotations

import ctypes
import io
import json
import math
import struct
import subprocess
import time
import zlib
from pathlib import Path

import docx
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from docx.oxml import OxmlElement
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from vbadmin.errors import (
    EmptyInputError,
    EncryptedError,
    TooLargeError,
    UnreadableError,
    UnsupportedFormatError,
)
from vbadmin.load import load
from vbadmin.load.image import ImagePages, scaled_for_ocr
from vbadmin.load.ocr import TesseractEngine
from vbadmin.load.preprocess import (
    deskew,
    estimate_skew,
    find_paper_box,
    find_paper_corners,
    preprocess,
    suppress_red,
    tag_word_colours,
)
from vbadmin.load.text import text_pages
from vbadmin.load.textlayer import assess_text_layer, convert_tcvn3, convert_vni
from vbadmin.normalize import edit_distance
from vbadmin.pages import Line, Page, Word

REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "realdocs"
if not REALDOCS.exists():
    REALDOCS = Path("/work/shared/realdocs")
FONT = Path("/usr/share/fonts/truetype/freefont/FreeSerif.ttf")
LEGACY = Path(__file__).resolve().parents[1] / "src/vbadmin/vocab/legacy_encodings.json"

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
GARBLED_PDFS = {  # README: "TEXT LAYER GARBLED"
    "laocai-sct-dkt_1105-KH-DKT_2026_kehoach.pdf",
    "laocai-sct_1050-QD-SCT_2026_quyetdinh.pdf",
    "laocai-sct_1894-TB-SCT_2026_thongbao.pdf",
    "laocai-sct_3036-SCT-CN_2026_congvan.pdf",
    "laocai-vpubnd_466-PC-VPUBND_2026_phieuchuyen.pdf",
}


# --- helpers --------------------------------------------------------------------------------

def best_window_distance(text: str, target: str) -> int:
    """Smallest edit distance between target and any same-length window of any line."""
    best = len(target)
    for line in text.splitlines():
        for start in range(max(1, len(line) - len(target) + 1)):
            best = min(best, edit_distance(line[start:start + len(target)], target))
    return best


def letter_image(width: int = 1240, height: int = 520, seal: bool = True) -> Image.Image:
    """A letter header at ~150 DPI: issuer | motto, number | date, subject, with a red seal."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 30)
    draw.text((60, 40), "UBND TỈNH LÀO CAI", font=font, fill="black")
    draw.text((560, 40), MOTTO, font=font, fill="black")
    draw.text((60, 90), "VĂN PHÒNG", font=font, fill="black")
    draw.text((640, 90), "Độc lập - Tự do - Hạnh phúc", font=font, fill="black")
    draw.text((60, 170), "Số: 123/UBND-VP", font=font, fill="black")
    draw.text((600, 170), "Lào Cai, ngày 15 tháng 3 năm 2026", font=font, fill="black")
    draw.text((60, 260), "Kính gửi: Sở Công Thương tỉnh Lào Cai", font=font, fill="black")
    if seal:
        draw.ellipse((900, 300, 1160, 500), outline=(220, 40, 60), width=8)
        draw.text((950, 380), "CON DẤU", font=font, fill=(225, 60, 90))
    return image


def make_text_pdf(path: Path, rows: list[list[tuple[str, float]]], pages: int = 1) -> None:
    """A born-digital PDF with an embedded Vietnamese TrueType font, drawn through pdfium."""
    document = pdfium.PdfDocument.new()
    data = FONT.read_bytes()
    buffer = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    font = pdfium_raw.FPDFText_LoadFont(document, buffer, len(data),
                                        pdfium_raw.FPDF_FONT_TRUETYPE, True)
    for _ in range(pages):
        page = document.new_page(595, 842)
        for row_index, row in enumerate(rows):
            for text, x in row:
                text_object = pdfium_raw.FPDFPageObj_CreateTextObj(document, font, 13)
                wide = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
                pdfium_raw.FPDFText_SetText(text_object,
                                            ctypes.cast(wide, pdfium_raw.FPDF_WIDESTRING))
                pdfium_raw.FPDFPageObj_Transform(text_object, 1, 0, 0, 1, x, 780 - 20 * row_index)
                pdfium_raw.FPDFPage_InsertObject(page, text_object)
        pdfium_raw.FPDFPage_GenerateContent(page)
    document.save(str(path))
    document.close()


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header declares a huge size; the pixel data is a few bytes only."""
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (struct.pack(">I", len(payload)) + kind + payload
                + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


HEADER_ROWS = [
    [("UBND TỈNH LÀO CAI", 60), (MOTTO, 300)],
    [("SỞ CÔNG THƯƠNG", 70), ("Độc lập - Tự do - Hạnh phúc", 340)],
    [("Số: 456/SCT-CN", 70), ("Lào Cai, ngày 06 tháng 3 năm 2026", 320)],
    [("Kính gửi: Ủy ban nhân dân tỉnh Lào Cai về việc triển khai thực hiện", 80)],
]


# --- text -----------------------------------------------------------------------------------

def test_text_pages_keep_columns_blank_lines_and_form_feeds() -> None:
    text = "UBND TỈNH LÀO CAI          CỘNG HÒA\n\nSố: 1/UBND\tHà Nội\fTrang hai"
    first, second = text_pages(text)
    assert [line.text for line in first.lines] == [
        "UBND TỈNH LÀO CAI CỘNG HÒA", "Số: 1/UBND Hà Nội"]
    # A text "word" is a run of words joined by single spaces; wider gaps separate runs.
    issuer, cong_hoa = first.lines[0].words
    assert issuer.text == "UBND TỈNH LÀO CAI" and cong_hoa.text == "CỘNG HÒA"
    assert (cong_hoa.x0, cong_hoa.y0, cong_hoa.x1, cong_hoa.y1) == (27, 0, 35, 1)
    number_line = first.lines[1].words
    assert number_line[0].y0 == 2  # the blank line leaves a gap
    assert number_line[1].x0 == 18  # a tab is always 8 columns wide: a cell boundary
    assert first.unit == "char" and first.origin == "text"
    assert second.number == 2 and second.text == "Trang hai"


def test_load_text_file_sniffs_content_and_hashes(tmp_path: Path) -> None:
    path = tmp_path / "letter.dat"
    path.write_text("Số: 12/UBND-VP\nKính gửi: Sở Tài chính tỉnh Lào Cai", encoding="utf-8")
    source = load(path)
    assert source.kind == "text" and source.ocr_pages == [] and source.issues == []
    assert len(source.sha256) == 64
    assert source.pages[0].lines[0].text == "Số: 12/UBND-VP"


def test_tcvn3_text_file_is_converted(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Uû ban nh©n d©n tØnh Lµo Cai ®· nhËn ®­îc c«ng v¨n".encode("cp1252"))
    source = load(path)
    assert "LEGACY_ENCODING_CONVERTED" in source.issues
    assert source.pages[0].text == "Uỷ ban nhân dân tỉnh Lào Cai đã nhận được công văn"


# --- input errors ---------------------------------------------------------------------------

def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(EmptyInputError):
        load(path)


def test_too_large_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(201 * 1024 * 1024)  # sparse: costs no disk and no time
    with pytest.raises(TooLargeError):
        load(path)


@pytest.mark.parametrize("payload", [b"\x00\x01\x02\x03binary\x00" * 10, b"\xd0\xcf\x11\xe0old"])
def test_unknown_binary(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(payload)
    with pytest.raises(UnsupportedFormatError):
        load(path)


def test_zip_that_is_not_docx(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UnsupportedFormatError):
        load(path)


# --- PDF ------------------------------------------------------------------------------------

def test_pdf_text_layer_rows_span_both_header_columns(tmp_path: Path) -> None:
    path = tmp_path / "letter.bin"  # extension lies; content decides
    make_text_pdf(path, HEADER_ROWS)
    source = load(path)
    assert source.kind == "pdf" and source.ocr_pages == [] and source.issues == []
    page = source.pages[0]
    assert page.unit == "pt" and page.origin == "pdf" and page.width == 595
    assert [line.text for line in page.lines[:3]] == [
        "UBND TỈNH LÀO CAI " + MOTTO,
        "SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc",
        "Số: 456/SCT-CN Lào Cai, ngày 06 tháng 3 năm 2026",
    ]
    motto_word = page.lines[0].words[4]
    assert motto_word.text == "CỘNG" and motto_word.x0 == pytest.approx(300, abs=1)
    assert page.lines[0].words[0].y0 == pytest.approx(842 - 780 - 12, abs=4)


def test_pdf_page_limit_bounds_work(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    make_text_pdf(path, HEADER_ROWS, pages=120)
    started = time.perf_counter()
    source = load(path, max_pages=3)
    assert time.perf_counter() - started < 5
    assert len(source.pages) == 3 and "PAGES_TRUNCATED" in source.issues


def test_encrypted_pdf(tmp_path: Path) -> None:
    plain, locked = tmp_path / "plain.pdf", tmp_path / "locked.pdf"
    make_text_pdf(plain, HEADER_ROWS)
    subprocess.run(["qpdf", "--encrypt", "u", "o", "256", "--", str(plain), str(locked)],
                   check=True)
    with pytest.raises(EncryptedError):
        load(locked)


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ngarbage" * 3)
    with pytest.raises(UnreadableError, match="not a readable PDF"):
        load(path)


# --- textlayer ------------------------------------------------------------------------------

def _realdocs_texts() -> list[Path]:
    return sorted((REALDOCS / "text").glob("*.txt")) if REALDOCS.exists() else []


@pytest.mark.parametrize("path", _realdocs_texts(), ids=lambda p: p.stem)
def test_realdocs_text_layers_assessed(path: Path) -> None:
    expected = "garbled" if "_GARBLED" in path.name else "good"
    assert assess_text_layer(path.read_text(encoding="utf-8")) == expected


def test_realdocs_pdfs_classified_without_ocr() -> None:
    for path in sorted((REALDOCS / "born_digital_pdf").glob("*.pdf")):
        source = load(path, ocr="never", max_pages=2)
        garbled = "GARBLED_TEXT_LAYER" in source.issues
        assert garbled == (path.name in GARBLED_PDFS), path.name
        assert source.ocr_pages == []


def test_good_realdocs_pdf_keeps_text_layer_and_signed_number() -> None:
    source = load(REALDOCS / "born_digital_pdf/bct-cdck_1178-DCK-CTT_2025_congvan.pdf")
    assert source.ocr_pages == []
    lines = [line.text for line in source.pages[0].lines]
    # The number and day live in signature widgets, the ƣ look-alike is repaired.
    assert "Số: 1178 /ĐCK-CTT Hà Nội, ngày 09 tháng 7 năm 2025" in lines
    assert lines[0].startswith("BỘ CÔNG THƯƠNG")


@pytest.mark.ocr
def test_garbled_realdocs_pdf_is_ocrd_into_clean_vietnamese() -> None:
    source = load(REALDOCS / "born_digital_pdf/laocai-vpubnd_466-PC-VPUBND_2026_phieuchuyen.pdf",
                  dpi=200)
    assert source.ocr_pages == [1] and "GARBLED_TEXT_LAYER" in source.issues
    text = source.pages[0].text
    assert assess_text_layer(text) == "good"
    assert best_window_distance(text, "PHIẾU CHUYỂN") <= 1
    assert best_window_distance(text, "Kính gửi: Sở Công Thương") <= 2


def _legacy_table(name: str) -> dict[str, str]:
    table: dict[str, str] = json.loads(LEGACY.read_text(encoding="utf-8"))[name]
    return table


def _encode(text: str, name: str) -> str:
    """Encode Unicode Vietnamese into the legacy encoding by inverting the data table."""
    inverse: dict[str, str] = {}
    for legacy, unicode in _legacy_table(name).items():
        inverse.setdefault(unicode, legacy)  # first key wins: VNI lists both cases once
    return "".join(inverse.get(ch, ch) for ch in text)


PHRASES = [
    "Ủy ban nhân dân tỉnh Lào Cai",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Độc lập - Tự do - Hạnh phúc",
    "Quyết định về việc ban hành quy chế làm việc của Sở Công Thương",
    "nghiệp vụ, thẩm định hồ sơ, trường hợp khẩn cấp ưu tiên giải quyết",
]


@pytest.mark.parametrize("phrase", PHRASES)
def test_tcvn3_round_trip(phrase: str) -> None:
    lower = phrase.lower()  # .VnTime has no capital toned letters: capitals use .VnTimeH
    encoded = _encode(lower, "tcvn3")
    assert encoded != lower
    assert convert_tcvn3(encoded) == lower


@pytest.mark.parametrize("phrase", PHRASES)
def test_vni_round_trip(phrase: str) -> None:
    encoded = _encode(phrase, "vni")
    assert encoded != phrase and encoded.isascii() is False
    assert convert_vni(encoded) == phrase
    assert assess_text_layer(" ".join([encoded] * 3)) == "legacy_vni"


def test_known_legacy_samples() -> None:
    assert convert_tcvn3("Uû ban nh©n d©n") == "Uỷ ban nhân dân"
    assert convert_vni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == (
        "Cộng hòa xã hội chủ nghĩa Việt Nam")
    assert assess_text_layer("Uû ban nh©n d©n tØnh Lµo Cai ®· nhËn ®­îc c«ng v¨n sè") == (
        "legacy_tcvn3")


def test_garbage_signals() -> None:
    assert assess_text_layer("UBND 7ӌ1+ LÀO CAI &Ӝ1* HOÀ XÃ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM") == "garbled"
    assert assess_text_layer("(cid:54)(cid:1250) CÔNG (cid:55)(cid:43)(cid:1132) HÒA") == "garbled"
    assert assess_text_layer("\ue001\ue002\ue003 Cộng hòa \ue004\ue005 xã hội") == "garbled"
    bare = "Cong hoa xa hoi chu nghia Viet Nam doc lap tu do hanh phuc " * 4
    assert assess_text_layer(bare) == "garbled"
    assert assess_text_layer("  12  \n") == "empty"


# --- images, preprocessing, OCR -------------------------------------------------------------

def test_image_bomb_header_rejected_fast(tmp_path: Path) -> None:
    for width, height in ((20000, 20000), (9000, 8000)):  # Pillow's bomb check, then ours
        path = tmp_path / f"bomb{width}.png"
        path.write_bytes(png_header(width, height))
        started = time.perf_counter()
        with pytest.raises(UnreadableError):
            load(path)
        assert time.perf_counter() - started < 1


def test_truncated_image_is_unreadable(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    letter_image().save(buffer, "PNG")
    path = tmp_path / "cut.png"
    path.write_bytes(buffer.getvalue()[:3000])
    with pytest.raises(UnreadableError):
        load(path)


def test_multipage_tiff_and_exif_orientation(tmp_path: Path) -> None:
    tiff = tmp_path / "scan.tif"
    frames = [Image.new("RGB", (300, 400), "white") for _ in range(3)]
    frames[0].save(tiff, save_all=True, append_images=frames[1:])
    source = load(tiff, ocr="never")
    assert source.kind == "image" and [p.number for p in source.pages] == [1, 2, 3]
    assert "NO_TEXT" in source.issues
    assert len(load(tiff, ocr="never", max_pages=2).pages) == 2

    photo = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise on display
    Image.new("RGB", (400, 300), "white").save(photo, exif=exif)
    page = load(photo, ocr="never").pages[0]
    assert (page.width, page.height) == (300, 400)


@pytest.mark.parametrize(("size", "dpi", "expected"), [
    ((827, 1170), None, 100),  # a whole A4 page in 827 px: 100 DPI
    ((1170, 827), (72, 72), 100),  # landscape, and a phone's claim of 72 DPI is no DPI
    ((2480, 3508), None, 300),
    ((1240, 1754), None, 300),  # 150 DPI and up: read as a scan
    ((1654, 2339), None, 300),
    ((4961, 7016), None, 600),  # a scanner's A4 sheet above 400 DPI: reduced for OCR
    ((4961, 6400), None, 300),  # not a whole A4 sheet: no guess
    ((4032, 5376), None, 300),  # a phone's 4:3 photo
    ((827, 1170), (300, 300), 100),  # a 300-DPI scan brought down to 100, its tag kept
    ((2480, 3508), (600, 600), 300),  # a 300-DPI scan tagged 600
    ((1748, 2480), (300, 300), 300),  # an A5 sheet at 300 DPI is believed
    ((1000, 300), None, 300),  # not a page's shape (a cut-out line): no guess
    ((160, 226), None, 300),  # a thumbnail: too small to be a page at any resolution
    ((827, 1170), (120, 120), 120),  # a plausible DPI is believed
    ((2480, 3508), (100, 100), 300),  # but not when no sheet is that large (24.8 inches wide)
    ((1170, 1654), (100, 100), 100),  # an A3 appendix at 100 DPI is
])
def test_a_page_without_its_dpi_gets_the_dpi_its_sheet_gives(
    tmp_path: Path, size: tuple[int, int], dpi: tuple[int, int] | None, expected: int
) -> None:
    path = tmp_path / "page.png"
    Image.new("RGB", size, "white").save(path, **({"dpi": dpi} if dpi else {}))
    with ImagePages(path, 1) as pages:
        assert pages.dpi == expected


def test_a_page_is_scaled_for_ocr_to_the_resolution_it_reads_best() -> None:
    page = Image.new("RGB", (827, 1170), "white")
    enlarged, dpi = scaled_for_ocr(page, 100)
    assert (enlarged.size, dpi) == ((2481, 3510), 300)
    assert scaled_for_ocr(page, 150) == (page, 150)
    a4_at_400 = Image.new("RGB", (3307, 4677), "white")
    assert scaled_for_ocr(a4_at_400, 400) == (a4_at_400, 400)
    reduced, dpi = scaled_for_ocr(Image.new("RGB", (4961, 7016), "white"), 600)  # A4 at 600 DPI
    assert (reduced.size, dpi) == ((2480, 3508), 300)
    mistagged = Image.new("RGB", (2480, 3508), "white")  # a 300-DPI page tagged 600
    assert scaled_for_ocr(mistagged, 600) == (mistagged, 600)
    tiny, dpi = scaled_for_ocr(Image.new("RGB", (200, 283), "white"), 24)
    assert (tiny.size, dpi) == ((800, 1132), 96)  # at most four times


@pytest.mark.ocr
def test_small_print_of_a_100_dpi_copy_is_read_enlarged(tmp_path: Path) -> None:
    """A blurred 100-DPI JPEG of a "Nơi nhận" block: at its own size tesseract breaks the
    label and reads the list dashes as "~"."""
    items = ["- Như trên;", "- Sở Tài chính, Sở Xây dựng;", "- UBND các xã, phường;", "- Lưu: VT, KT."]
    block = Image.new("RGB", (827, 500), "white")
    draw = ImageDraw.Draw(block)
    font = ImageFont.truetype(str(FONT), 15)  # 11 pt at 100 DPI
    for row, text in enumerate(["Nơi nhận:", *items]):
        draw.text((60, 40 + 22 * row), text, font=font, fill="black")
    buffer = io.BytesIO()
    block.filter(ImageFilter.GaussianBlur(0.6)).save(buffer, "JPEG", quality=60, dpi=(100, 100))
    path = tmp_path / "copy.jpg"
    path.write_bytes(buffer.getvalue())
    page = load(path).pages[0]
    assert page.dpi == 300
    lines = [line.text for line in page.lines]
    assert lines[0] == "Nơi nhận:"
    assert all(line.startswith("- ") for line in lines[1:]) and len(lines) == 5


def test_each_frame_of_a_bitonal_tiff_is_its_own_page(tmp_path: Path) -> None:
    """Archives scan to multi-page black-and-white TIFF (CCITT Group 4): every frame is read,
    not the last one three times."""
    font = ImageFont.truetype(str(FONT), 60)
    frames = []
    for number in (1, 2, 3):
        frame = Image.new("L", (900, 300), 255)
        ImageDraw.Draw(frame).text((60, 100), f"Trang số {number} của văn bản", font=font, fill=0)
        frames.append(frame.convert("1"))
    tiff = tmp_path / "archive.tif"
    frames[0].save(tiff, compression="group4", save_all=True, append_images=frames[1:], dpi=(300, 300))
    pages = load(tiff).pages
    assert [page.text.split()[:3] for page in pages] == [["Trang", "số", str(n)] for n in (1, 2, 3)]


def test_red_seal_ink_removed_but_colour_kept() -> None:
    image = letter_image()
    gray, red_share = suppress_red(image)
    assert red_share > 0.001
    assert gray.getpixel((1030, 302)) == 255  # seal ring
    assert gray.crop((60, 40, 400, 80)).getextrema()[0] < 60  # black print intact
    prepared = preprocess(image)
    assert prepared.colour.getpixel((1030, 302))[0] > 150  # colour copy keeps the seal


STROKE = [(40, 30), (200, 110), (380, 20), (520, 100)]  # across the issuer's line and beyond
SPECK = [(447, 58), (451, 60)]
NAVY, BALLPOINT = (25, 45, 110), (30, 50, 170)


def _with_pen(image: Image.Image, ink: tuple[int, int, int], points: list[tuple[int, int]],
              core: tuple[int, int, int] | None = None) -> Image.Image:
    """Ballpoint drawn over the print (the ink multiplies: where it crosses print, it is dark);
    `core`: the darker middle of the stroke, where the ink lies thick."""
    note = Image.new("RGB", image.size, "white")
    draw = ImageDraw.Draw(note)
    draw.line(points, fill=ink, width=6)
    if core is not None:
        draw.line(points, fill=core, width=2)
    return ImageChops.multiply(image, note)


@pytest.mark.parametrize(
    ("ink", "core", "points", "removed"),
    [(BALLPOINT, None, STROKE, True),  # blue ballpoint
     ((90, 40, 150), None, STROKE, True),  # violet
     (BALLPOINT, (20, 30, 90), STROKE, True),  # a stroke with a dark core: the core goes with it
     (BALLPOINT, None, SPECK, False),  # a speck of blue in a dark stroke: holes in it would do harm
     (NAVY, None, STROKE, False),  # navy print (a letterhead, a logo) is no pen
     ((40, 45, 70), None, STROKE, False)],  # grey print with a bluish cast
)
def test_pen_ink_is_taken_out_of_the_ocr_input(ink, core, points, removed) -> None:
    page = letter_image(seal=False)
    gray, _ = suppress_red(_with_pen(page, ink, points, core))
    on_stroke = np.asarray(gray)[57:63, 447:453]  # where the stroke runs clear of the print
    assert bool(on_stroke.min() > 200) is removed
    number_line = (slice(165, 210), slice(60, 300))  # print away from the pen stays as it was
    assert np.array_equal(np.asarray(gray)[number_line], np.asarray(page.convert("L"))[number_line])


def test_a_page_all_in_blue_keeps_its_print() -> None:
    """A scan with a blue cast over everything: no pen, the print is read as it is."""
    page = ImageChops.multiply(letter_image(seal=False), Image.new("RGB", (1240, 520), (120, 140, 255)))
    gray, _ = suppress_red(page)
    assert np.asarray(gray)[40:80, 60:300].min() < 100


def test_deskew_estimates_and_corrects_rotation() -> None:
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 28)
    for row in range(30):
        draw.text((100, 100 + 50 * row), "Ủy ban nhân dân tỉnh Lào Cai thông báo kết quả "
                  "kiểm tra", font=font, fill="black")
    skewed = page.rotate(1.5, resample=Image.Resampling.BILINEAR, fillcolor="white")
    assert estimate_skew(skewed.convert("L")) == pytest.approx(1.5, abs=0.2)
    prepared = preprocess(skewed)
    assert prepared.skew_degrees == pytest.approx(1.5, abs=0.2)
    assert abs(estimate_skew(prepared.image)) < 0.3
    assert preprocess(page).skew_degrees == 0.0


def test_phone_photo_margins_cropped() -> None:
    photo = Image.new("RGB", (1600, 2000), (40, 35, 30))
    photo.paste(letter_image(1200, 1600, seal=False), (200, 200))
    box = find_paper_box(photo)
    assert box is not None
    assert all(abs(a - b) <= 6 for a, b in zip(box, (200, 200, 1400, 1800), strict=True))
    assert find_paper_box(letter_image()) is None


def test_a_tilted_sheet_shaded_at_the_top_on_a_grey_table_is_found() -> None:
    """A phone photo with tight margins: the sheet tilted, its top in the phone's shade, on a
    grey table. The sheet's shaded top and its corners lie outside its bright box, lighter than
    the table: the table is what most of the margins show."""
    sheet = np.asarray(letter_image(1200, 1600, seal=False), dtype=np.float32)
    shade = np.clip(0.55 + 0.45 * np.arange(1600) / 640, 0.55, 1.0)  # 45 % darker at the top, lit from 40 % down
    shaded = Image.fromarray((sheet * shade[:, None, None]).astype(np.uint8))
    photo = Image.new("RGB", (1290, 1690), (100, 100, 100))
    tilted = shaded.convert("RGBA").rotate(2.0, expand=True, resample=Image.Resampling.BILINEAR)
    photo.paste(tilted, (25, 30), tilted)
    box = find_paper_box(photo)
    assert box is not None
    assert box[0] < 120 and box[2] > 1200


def test_a_dark_banner_printed_to_the_top_edge_is_no_table() -> None:
    """Dark outside the sheet's bright box on one side only: a block printed to the page's
    edge, and the motto beside it is print to read, not a table to crop away."""
    page = letter_image(1240, 1754, seal=False)
    ImageDraw.Draw(page).rectangle((0, 0, 740, 300), fill=(30, 30, 30))
    assert find_paper_box(page) is None


def _photographed_at_a_slant(sheet: Image.Image, corners: list[tuple[int, int]]) -> Image.Image:
    """`sheet` as a camera held at a slant sees it on a dark table: its corners (top-left,
    bottom-left, bottom-right, top-right) moved to `corners` of a larger frame."""
    frame = (sheet.width + 400, sheet.height + 400)
    source = [(0, 0), (0, sheet.height), (sheet.width, sheet.height), (sheet.width, 0)]
    rows = []  # the perspective map from the frame back to the sheet: 8 unknowns
    for (x, y), (u, v) in zip(corners, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
    system = np.array(rows, dtype=float)
    coefficients = np.linalg.solve(system[:, :8], system[:, 8])
    warped = sheet.transform(frame, Image.Transform.PERSPECTIVE, tuple(coefficients),
                             Image.Resampling.BILINEAR, fillcolor=(40, 35, 30))
    return warped


def test_a_sheet_photographed_at_a_slant_is_flattened_level() -> None:
    sheet = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.truetype(str(FONT), 28)
    for row in range(30):
        draw.text((100, 100 + 50 * row), "Ủy ban nhân dân tỉnh Lào Cai thông báo kết quả kiểm tra",
                  font=font, fill="black")
    corners = [(230, 180), (200, 1990), (1420, 1930), (1460, 240)]  # the top edge slopes down
    photo = _photographed_at_a_slant(sheet, corners)
    found = find_paper_corners(photo)
    assert found is not None
    assert all(math.dist(a, b) < 20 for a, b in zip(found, corners, strict=True))
    flat = preprocess(photo).image
    top, bottom = flat.crop((0, 0, flat.width, flat.height // 2)), flat.crop((0, flat.height // 2, flat.width, flat.height))
    assert abs(estimate_skew(top)) < 0.3 and abs(estimate_skew(bottom)) < 0.3
    assert find_paper_corners(sheet) is None  # a scan: white to the edge


def test_a_slanted_sheet_with_a_shadow_across_its_edge_is_still_found() -> None:
    """A phone's shadow over the sheet's top edge takes its paper there below the bright level,
    a bite out of its bright patch: the sheet is then its grey paper lighter than the table."""
    sheet = letter_image(1240, 1754, seal=False)
    corners = [(230, 180), (200, 1990), (1420, 1930), (1460, 240)]
    photo = np.asarray(_photographed_at_a_slant(sheet, corners), dtype=np.float32)
    ys, xs = np.mgrid[0 : photo.shape[0], 0 : photo.shape[1]]
    shadow = (xs > 500) & (xs < 1300) & (ys < 600)
    photo[shadow & (photo.mean(axis=2) > 100)] *= 0.52  # the paper to ~130 grey, the table as it is
    found = find_paper_corners(Image.fromarray(photo.astype(np.uint8)))
    assert found is not None
    assert all(math.dist(a, b) < 20 for a, b in zip(found, corners, strict=True))


def test_a_shadow_down_a_warm_sheet_leaves_it_whole() -> None:
    """A shadow from top to bottom cuts a cream sheet's bright patch in two: the sheet is its
    paper of the bright paper's tint, on both sides of the shadow and under it."""
    sheet = np.asarray(letter_image(1240, 1754, seal=False), dtype=np.float32) * (1.0, 0.95, 0.86)
    corners = [(230, 180), (200, 1990), (1420, 1930), (1460, 240)]
    photo = np.asarray(_photographed_at_a_slant(Image.fromarray(sheet.astype(np.uint8)), corners), dtype=np.float32)
    xs = np.mgrid[0 : photo.shape[0], 0 : photo.shape[1]][1]
    photo[(xs > 640) & (xs < 900) & (photo.mean(axis=2) > 100)] *= 0.55
    found = find_paper_corners(Image.fromarray(photo.astype(np.uint8)))
    assert found is not None
    assert all(math.dist(a, b) < 20 for a, b in zip(found, corners, strict=True))


def test_a_hand_holding_the_sheet_is_no_part_of_it() -> None:
    """Skin as light as paper in a shadow, touching the sheet's edge, and a shadow's bite out of
    the sheet: the grey paper is the sheet, the hand is not."""
    sheet = letter_image(1240, 1754, seal=False)
    corners = [(230, 180), (200, 1990), (1420, 1930), (1460, 240)]
    photo = np.asarray(_photographed_at_a_slant(sheet, corners), dtype=np.float32)
    ys, xs = np.mgrid[0 : photo.shape[0], 0 : photo.shape[1]]
    photo[(xs > 500) & (xs < 1300) & (ys < 600) & (photo.mean(axis=2) > 100)] *= 0.52
    arm = (xs < 215) & (ys > 1650) & (ys < 1900)  # a hand on the sheet's left edge, from the frame's
    photo[arm] = (180, 130, 100)  # skin: grey about 140, far from neutral
    found = find_paper_corners(Image.fromarray(photo.astype(np.uint8)))
    assert found is not None
    assert math.dist(found[1], corners[1]) < 20


def test_a_soft_shadow_band_leaves_no_grey_band() -> None:
    """A hand's shadow with soft edges across a nearly blank page (a letter's last page): the
    paper along its edges comes out white too, else tesseract's one threshold takes the grey
    band for a picture and reads the page as empty."""
    sheet = letter_image(1240, 1754, seal=False)
    rows = np.arange(sheet.height, dtype=np.float32)[:, None, None]
    band = np.clip(1 - np.abs(rows - 900) / 260, 0, 1)  # darkest at row 900, fading over 260 rows
    shaded = Image.fromarray((np.asarray(sheet, dtype=np.float32) * (1 - 0.5 * band)).astype(np.uint8))
    photo = Image.new("RGB", (1640, 2154), (40, 35, 30))
    photo.paste(shaded, (200, 200))
    gray = np.asarray(preprocess(photo).image)
    assert np.percentile(gray[500:1300, 50:-50], 5) > 225  # no grey left where the band was


def test_a_photographed_seal_leaves_no_grey_halo() -> None:
    """The seal's red is whitened before OCR, brighter than the photo's paper: the paper's
    level is taken from the photo as it was, so the paper around the seal stays white."""
    sheet = np.asarray(letter_image(1240, 1754), dtype=np.float32)
    dimmed = Image.fromarray((sheet * 0.8).astype(np.uint8))  # the room's light: paper at ~204
    draw = ImageDraw.Draw(dimmed)
    for ring in range(6):  # a filled seal: a wide red patch
        draw.ellipse((900 + 20 * ring, 300 + 15 * ring, 1160 - 20 * ring, 500 - 15 * ring), outline=(200, 40, 60), width=12)
    photo = Image.new("RGB", (1640, 2154), (40, 35, 30))
    photo.paste(dimmed, (200, 200))
    gray = np.asarray(preprocess(photo).image)
    assert np.percentile(gray[240:560, 820:1240], 10) > 225  # the seal and the paper around it


@pytest.mark.parametrize("clutter", ["card", "dog-ear"])
def test_an_upright_photographed_sheet_is_not_warped_by_what_lies_beside_it(clutter: str) -> None:
    photo = Image.new("RGB", (1640, 2154), (40, 35, 30))
    photo.paste(letter_image(1240, 1754, seal=False), (200, 200))
    draw = ImageDraw.Draw(photo)
    if clutter == "card":  # a white card on the table beside the sheet
        draw.rectangle((1480, 1900, 1600, 2100), fill="white")
    else:  # the sheet's top right corner folded under
        draw.polygon([(1440, 200), (1340, 200), (1440, 300)], fill=(40, 35, 30))
    assert find_paper_corners(photo) is None
    assert find_paper_box(photo) is not None  # cropped as ever


def test_a_photo_is_cropped_before_its_seal_ink_is_measured() -> None:
    sheet = letter_image(1200, 1600)
    photo = Image.new("RGB", (1600, 2000), (40, 35, 30))
    photo.paste(sheet, (200, 200))
    prepared = preprocess(photo)
    assert prepared.crop_box is not None
    assert abs(prepared.image.width - 1200) <= 12 and abs(prepared.image.height - 1600) <= 12
    assert prepared.red_share == pytest.approx(suppress_red(sheet)[1], rel=0.05)  # of the sheet


def test_deskewing_in_bands_gives_the_pixels_of_one_rotation() -> None:
    """Up to a grey level here and there (floating-point rounding of the shifted map)."""
    page = letter_image()
    rng = np.random.default_rng(5)
    noise = Image.fromarray(rng.integers(0, 256, (141, 175), dtype=np.uint8))
    for image in (page, page.convert("L"), page.crop((7, 3, 1001, 777)), noise):
        for angle, bands in ((1.5, 2), (1.5, 7), (-0.75, 2), (2.9, 3)):
            whole = np.asarray(deskew(image, angle), dtype=np.int16)
            banded = np.asarray(deskew(image, angle, bands=bands), dtype=np.int16)
            assert banded.shape == whole.shape and np.abs(banded - whole).max() <= 1
            assert np.count_nonzero(banded != whole) <= 0.001 * whole.size


class _StartedEngine:
    """An engine started before its page: counts starts and closes, reads nothing."""

    name = "counting"

    def __init__(self) -> None:
        self.started = self.closed = 0

    def read(self, image: Image.Image, page_number: int, dpi: int) -> Page:
        return Page(page_number, image.width, image.height, "px", "ocr", dpi=dpi)

    def start(self, page_number: int) -> _StartedEngine:
        self.started += 1
        return self

    def finish(self, image: Image.Image, dpi: int) -> Page:
        return self.read(image, 1, dpi)

    def close(self) -> None:
        self.closed += 1


def test_an_engine_started_early_is_closed_when_the_page_cannot_be_decoded(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    letter_image().save(buffer, "PNG")
    path = tmp_path / "cut.png"
    path.write_bytes(buffer.getvalue()[:3000])
    engine = _StartedEngine()
    with pytest.raises(UnreadableError):
        load(path, engine=engine)
    assert engine.started == engine.closed == 1


def test_word_colours_only_on_lines_with_figures() -> None:
    """The clerk's pen on the number and date lines: other lines' words are not looked at."""
    blue = np.zeros((400, 600, 3), dtype=np.uint8)
    blue[...] = (30, 40, 200)
    page = Page(1, 600, 400, "px", "ocr", lines=[
        Line(words=[Word("Số:", 10, 10, 60, 40), Word("45", 70, 10, 110, 40)]),
        Line(words=[Word("Kính", 10, 60, 80, 90), Word("gửi", 90, 60, 140, 90)]),
    ])
    tag_word_colours(page, blue)
    assert [[w.colour for w in line.words] for line in page.lines] == [["blue", "blue"], [None, None]]


def test_a_printed_figure_crossed_by_a_pen_stroke_is_black() -> None:
    """The word's box holds the pen's blue too; most of its strokes are the print's black."""
    pixels = np.full((60, 200, 3), 255, dtype=np.uint8)
    pixels[10:50, 20:60] = (20, 20, 20)  # the printed figure's strokes
    pixels[24:36, 12:200] = (30, 50, 170)  # a broad pen stroke across the box: a third of its ink
    pixels[10:50, 120:150] = (30, 50, 170)  # a figure in pen
    page = Page(1, 200, 60, "px", "ocr", lines=[Line(words=[Word("Số:", 0, 0, 10, 60), Word("45", 15, 5, 65, 55),
                                                            Word("7", 115, 5, 155, 55)])])
    tag_word_colours(page, pixels)
    assert [w.colour for w in page.lines[0].words] == [None, "black", "blue"]


@pytest.mark.ocr
def test_ocr_image_reads_vietnamese_header(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    letter_image().save(path, dpi=(150, 150))
    source = load(path)
    assert source.kind == "image" and source.ocr_pages == [1]
    page = source.pages[0]
    assert page.unit == "px" and page.origin == "ocr" and page.dpi == 150
    text = page.text
    assert best_window_distance(text, MOTTO) <= 2
    assert "Số: 123/UBND-VP" in text
    header = page.lines[0]
    assert header.words[0].text == "UBND" and header.words[-1].text == "NAM"  # one row
    assert all(0 < w.confidence <= 1 for line in page.lines for w in line.words)
    assert "CON DẤU" not in text  # red seal text suppressed before OCR


@pytest.mark.ocr
def test_tesseract_started_early_is_stopped_when_no_page_comes() -> None:
    """The engine starts before the page is prepared; a page that fails on the way must not
    leave tesseract waiting on its stdin."""
    pending = TesseractEngine().start(1)
    pending.close()
    assert pending.process.returncode is not None


@pytest.mark.ocr
def test_a_tesseract_failure_is_unreadable_not_a_crash() -> None:
    with pytest.raises(UnreadableError, match="tesseract failed on page 3"):
        TesseractEngine(lang="no-such-language").read(Image.new("L", (300, 100), 255), 3, 300)


@pytest.mark.ocr
def test_scanned_pdf_without_text_layer_is_ocrd(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    letter_image(seal=False).save(path, "PDF", resolution=150)
    source = load(path, dpi=150)
    assert source.kind == "pdf" and source.ocr_pages == [1]
    assert "EMPTY_TEXT_LAYER" in source.pages[0].issues
    assert "Số: 123/UBND-VP" in source.pages[0].text
    assert load(path, ocr="never").ocr_pages == []


# --- DOCX -----------------------------------------------------------------------------------

def _add_special_hyphens(paragraph: docx.text.paragraph.Paragraph) -> None:
    run = paragraph.add_run("Số: 45/QĐ")
    run._r.append(OxmlElement("w:noBreakHyphen"))
    run._r.append(OxmlElement("w:softHyphen"))
    after = OxmlElement("w:t")
    after.text = "UBND"
    run._r.append(after)


def test_docx_header_table_columns_on_one_row(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = "UBND TỈNH LÀO CAI"
    left.add_paragraph("SỞ CÔNG THƯƠNG")
    right.paragraphs[0].text = MOTTO
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    _add_special_hyphens(document.add_paragraph())
    document.add_paragraph("Các đơn vị thực hiện", style="List Bullet")
    path = tmp_path / "letter.docx"
    document.save(str(path))

    source = load(path)
    assert source.kind == "docx"
    page = source.pages[0]
    assert page.unit == "char" and page.origin == "docx"
    first, second, number, bullet = page.lines
    assert first.text == "UBND TỈNH LÀO CAI " + MOTTO
    left_cell, right_cell = first.words  # text runs: one per cell
    assert right_cell.x0 - left_cell.x1 >= 8  # a wide gap: two columns
    assert second.words[1].x0 == right_cell.x0  # right column aligned
    assert number.text == "Số: 45/QĐ-UBND"
    assert bullet.text == "- Các đơn vị thực hiện"


class _TurningEngine:
    """Reads a page as low-confidence words the first time (print upside down) and, turned,
    as confident words or not at all; says the page lies turned 180°."""

    name = "turning"

    def __init__(self, second_read_fails: bool) -> None:
        self.second_read_fails = second_read_fails
        self.reads: list[tuple[int, int]] = []

    def read(self, image: Image.Image, page_number: int, dpi: int) -> Page:
        self.reads.append(image.size)
        turned = len(self.reads) > 1
        if turned and self.second_read_fails:
            raise UnreadableError("tesseract took over 120 s on page 1")
        words = [Word("chữ", 40.0 * i, 10, 40.0 * i + 30, 25, 0.95 if turned else 0.2) for i in range(12)]
        return Page(page_number, image.width, image.height, "px", "ocr", dpi=dpi, lines=[Line(words)])

    def turn_to_upright(self, image: Image.Image) -> int:
        return 180


@pytest.mark.parametrize(("second_read_fails", "turned"), [(False, True), (True, False)])
def test_a_page_read_as_no_text_is_read_again_turned(tmp_path: Path, second_read_fails, turned) -> None:
    path = tmp_path / "page.png"
    letter_image().save(path, dpi=(300, 300))
    engine = _TurningEngine(second_read_fails)
    source = load(path, engine=engine)
    assert len(engine.reads) == 2
    assert ("PAGE_TURNED" in source.issues) == turned
    confidences = {w.confidence for line in source.pages[0].lines for w in line.words}
    assert confidences == ({0.95} if turned else {0.2})  # a failed second read keeps the first


def _sheet(paper: int, ink: int, print_rows: int = 40) -> Image.Image:
    """A page of `paper` grey with a block of print of `ink` grey (40 rows: a tenth of it)."""
    page = np.full((400, 300), paper, dtype=np.uint8)
    page[100 : 100 + print_rows, 50:250] = ink
    return Image.fromarray(page)


def test_a_shaded_block_on_a_sparse_grey_page_stays_grey() -> None:
    from vbadmin.load.preprocess import white_paper

    page = np.full((400, 300), 225, dtype=np.uint8)
    page[20:32, 50:250] = 40  # a few lines of print (2 % of the page)
    page[100:300, 20:280] = 150  # a table's shaded block (43 %), text inside it
    page[150:152, 50:250] = 40
    out = np.asarray(white_paper(Image.fromarray(page)))
    assert int(out[120, 100]) > 60 and int(out[150, 100]) < 20  # the shade not black, its text black


@pytest.mark.parametrize(
    ("paper", "ink", "print_rows", "levels"),
    [(239, 24, 40, (255, 0)),  # a grey sheet: its paper white, its print black
     (239, 24, 2, (255, 0)),  # a last page with a line or two of print (under 1 % of it) too
     (253, 20, 40, (253, 20)),  # white enough: as it is
     (200, 170, 40, (200, 170))],  # no print to tell from the paper (a blank grey page): as it is
)
def test_a_grey_sheet_is_read_from_white_paper(paper: int, ink: int, print_rows: int, levels: tuple[int, int]) -> None:
    from vbadmin.load.preprocess import white_paper

    out = np.asarray(white_paper(_sheet(paper, ink, print_rows)))
    assert (int(out[0, 0]), int(out[100, 100])) == levels

