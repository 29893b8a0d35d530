"""Small lowered notes after list items ("- Lưu: VT, XD(Hùng, Nam).") read a second time.

Real tesseract on images drawn here: the notes are printed smaller and lower than the item, as
letters print the drafter's initials; read with the item, tesseract garbles them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from vbadmin.load import load
from vbadmin.load.ocr import TesseractEngine
from vbadmin.load.subscripts import _NOTE
from vbadmin.pages import Word
from vbadmin.parse import parse_file

FONT = Path("/usr/share/fonts/truetype/freefont/FreeSerif.ttf")
ITEM_SIZE, NOTE_SIZE, NOTE_DROP = 40, 30, 16  # px: a 14-pt item, an 11-pt note, lowered


def _footer(path: Path, items: list[tuple[str, str, str, bool]]) -> Path:
    """Each item: its print, its note (drawn small and lowered), what follows, a space before."""
    image = Image.new("RGB", (1400, 80 + 60 * len(items)), "white")
    draw = ImageDraw.Draw(image)
    item_font, note_font = ImageFont.truetype(str(FONT), ITEM_SIZE), ImageFont.truetype(str(FONT), NOTE_SIZE)
    for row, (printed, note, after, spaced) in enumerate(items):
        x, y = 80.0, 40 + 60 * row
        draw.text((x, y), printed, font=item_font, fill="black")
        x += draw.textlength(printed, font=item_font) + (10 if spaced else 2)
        draw.text((x, y + NOTE_DROP), note, font=note_font, fill="black")
        x += draw.textlength(note, font=note_font) + 1
        draw.text((x, y), after, font=item_font, fill="black")
    image.save(path)
    return path


def _lines(path: Path) -> tuple[list[str], list[str]]:
    page = load(path).pages[0]
    return [line.text for line in page.lines], page.repairs


@pytest.mark.ocr
def test_notes_printed_small_and_lowered_are_read_again(tmp_path: Path) -> None:
    path = _footer(tmp_path / "footer.png", [
        ("- Sở Công Thương tỉnh Lào Cai;", "", "", False),
        ("- Chánh Văn phòng UBND tỉnh", "(Đ/c Minh)", ";", True),
        ("- Lưu: VT, KT, XD", "(Hùng, Nam)", ".", False),
        ("- Phó Chủ tịch UBND tỉnh", "(phụ trách XD)", ";", True),
    ])
    lines, repairs = _lines(path)
    assert lines[0] == "- Sở Công Thương tỉnh Lào Cai;"
    assert lines[1].startswith("- Chánh Văn phòng UBND tỉnh (Đ/c Minh)")
    assert lines[2].startswith("- Lưu: VT, KT, XD(Hùng, Nam)")
    assert lines[3].startswith("- Phó Chủ tịch UBND tỉnh (phụ trách XD)")
    assert any(repair.endswith("→XD(Hùng, Nam)") for repair in repairs)


@pytest.mark.ocr
def test_items_of_one_size_are_not_read_again(tmp_path: Path) -> None:
    """Descenders ("quy", "g"), a note of the item's own size and commas are ordinary print."""
    path = _footer(tmp_path / "plain.png", [
        ("- Sở Xây dựng (để biết, thực hiện);", "", "", False),
        ("- Phòng Quy hoạch, quy định gấp;", "", "", False),
        ("- Lưu: VT, XD (Hùng).", "", "", False),
    ])
    lines, repairs = _lines(path)
    assert repairs == []
    assert lines[2].endswith(", XD (Hùng).")


class _CountingEngine(TesseractEngine):
    """The real engine, counting its second looks."""

    def __init__(self) -> None:
        super().__init__()
        self.line_reads = 0

    def read_line(self, image: Image.Image, dpi: int) -> list[Word]:
        self.line_reads += 1
        return super().read_line(image, dpi)


@pytest.mark.ocr
def test_a_real_letters_body_gets_no_second_look() -> None:
    """Only list items are looked at: in the body of a real scan (bct-cuchc 813, with
    parentheses and words tesseract is unsure of) no line is read a second time."""
    from test_load import REALDOCS

    engine = _CountingEngine()
    source = load(REALDOCS / "scans" / "bct-cuchc_813_congvan_scan.pdf", engine=engine, max_pages=1)
    assert source.pages[0].lines and engine.line_reads == 0


def test_a_long_lowered_stretch_is_no_note() -> None:
    """Nine words set low after an item are a sentence, not a note: no word of it starts one,
    however far into it (a shorter tail of it is no note either)."""
    from vbadmin.load.subscripts import _lowered_note
    from vbadmin.pages import Line

    item = ["-", "Sở", "Xây", "dựng", "đề", "nghị", "các", "đơn", "vị", "liên", "quan", "khẩn", "trương"]
    note = ["triển", "khai", "thực", "hiện", "theo", "hướng", "dẫn", "(phụ", "lục)."]
    printed = [Word(text, 100.0 * i, 0, 100.0 * i + 80, 30, 0.96) for i, text in enumerate(item)]
    lowered = [Word(text, 100.0 * (len(item) + i), 14, 100.0 * (len(item) + i) + 80, 42, 0.4)
               for i, text in enumerate(note)]
    assert _lowered_note(Line(printed + lowered)) is None


@pytest.mark.parametrize(("reading", "note"), [
    ("(Hùng, Nam):", "(Hùng, Nam)"),
    ("L)(Hùng, Nam)-", "(Hùng, Nam)"),  # a sliver of the letter before the note
    ("D (Đông).", "(Đông)"),
    ("(Nho)", "(Nho)"),
])
def test_a_second_reading_that_is_a_note(reading: str, note: str) -> None:
    match = _NOTE.match(reading)
    assert match is not None and match["note"] == note


@pytest.mark.parametrize("reading", [
    "Hằng)-",  # the opening parenthesis lost
    "17 (Hùng, Nam)",  # print before the note, not a sliver
    "(Hùng, (Nam)",
    "quyên phê duyệt",
])
def test_a_second_reading_that_is_no_note(reading: str) -> None:
    assert _NOTE.match(reading) is None


@pytest.mark.ocr
def test_drafters_initials_in_a_real_letter_read_by_ocr() -> None:
    """A real letter's footer as it reads printed: "XD(Hùng, Nam)" and "tỉnh(Tú, Bích, Minh)"
    are printed small and lowered (shared/realdocs, its text layer ignored)."""
    from test_load import REALDOCS

    doc = parse_file(REALDOCS / "born_digital_pdf" / "laocai_3686-UBND-XD_2026_congvan.pdf", ocr="always")
    assert "Lưu: VT, KT, XD(Hùng, Nam)" in doc.distribution
    assert "CVP, PCVP UBND tỉnh(Tú, Bích, Minh)" in doc.distribution
