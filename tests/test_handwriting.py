"""Handwriting reader: rendered letters with blue hand digits, crosschecks, the model, real scans."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from vbadmin.handwriting import apply_handwriting
from vbadmin.handwriting.blanks import Reading, read_page
from vbadmin.handwriting.crosscheck import check_day, check_number, signature_dates, typed_numbers
from vbadmin.handwriting.digits import classify, load_model
from vbadmin.model import Document, Issue

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
HAND = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"
REALDOCS = Path("/work/shared/realdocs")
ROOT = Path(__file__).resolve().parents[1]


def _letter(number: str, day: str) -> Image.Image:
    """A 300-dpi header: 'Số:      /QĐ-UBND' and 'ngày    tháng 7 năm 2026', blue digits in the gaps."""
    image = Image.new("RGB", (2480, 3508), "white")  # A4: the header is the top 40 %
    draw = ImageDraw.Draw(image)
    serif, hand = ImageFont.truetype(SERIF, 50), ImageFont.truetype(HAND, 80)
    draw.text((250, 150), "ỦY BAN NHÂN DÂN", font=serif, fill="black")
    draw.text((1200, 150), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=serif, fill="black")
    draw.text((250, 400), "Số:", font=serif, fill="black")
    draw.text((640, 400), "/QĐ-UBND", font=serif, fill="black")
    draw.text((1250, 400), "Lào Cai, ngày", font=serif, fill="black")
    draw.text((1750, 400), "tháng 7 năm 2026", font=serif, fill="black")
    draw.text((370, 375), number, font=hand, fill=(30, 40, 190))
    draw.text((1610, 375), day, font=hand, fill=(30, 40, 190))
    return image


def _page(image: Image.Image):  # type: ignore[no-untyped-def]
    from vbadmin.load import load

    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"hw_{os.getpid()}.png"
    image.save(path, dpi=(300, 300))
    pages = load(path).pages
    path.unlink()
    return pages


@pytest.mark.ocr
def test_rendered_blank_is_located_and_read() -> None:
    pages = _page(_letter("4709", "15"))
    readings = read_page(pages[0], "QĐ-UBND")
    assert readings["number"].mode == "blue" and readings["day"].mode == "blue"
    # The reader may decline, never invent: a confident value must be right.
    if readings["number"].confidence >= 0.95:
        assert readings["number"].text == "4709"
    assert len(readings["day"].text) == 2


@pytest.mark.ocr
def test_apply_handwriting_fills_blank_number_only_when_sure() -> None:
    pages = _page(_letter("4709", "15"))
    doc = Document(
        symbol="QĐ-UBND",
        system="state",
        date=None,
        text="Số: /QĐ-UBND ngày tháng 7 năm 2026",
        issues=[Issue(code="BLANK_NUMBER", field="identifier")],
    )
    apply_handwriting(doc, pages)
    codes = doc.issue_codes()
    assert "HANDWRITING_READ" in codes or "UNREADABLE_HANDWRITING" in codes
    if doc.number is not None:
        assert doc.number == "4709" and doc.identifier == "4709/QĐ-UBND"
        assert doc.evidence["identifier"].source == "handwriting"


def test_impossible_day_is_unreadable() -> None:
    verdict = check_day(Reading("day", "31", 0.99, (0, 0, 1, 1)), 2, 2026, [])
    assert verdict is not None and verdict.value is None and "not a date" in verdict.reason


def _day_reading(rows: list[dict[int, float]], factor: float = 1.0) -> Reading:
    probs = np.zeros((len(rows), 10))
    for i, row in enumerate(rows):
        for digit, p in row.items():
            probs[i, digit] = p
    best = "".join(str(int(r.argmax())) for r in probs)
    return Reading("day", best, float(np.prod(probs.max(axis=1))) * factor, None, probs=probs, factor=factor)


def test_day_reranked_to_a_valid_date_but_only_the_recogniser_vouches_for_it() -> None:
    from vbadmin.handwriting.crosscheck import check_day

    # "42" is no day: the first digit's runner-up 2 makes 22, at its own probability only.
    reading = _day_reading([{4: 0.6, 2: 0.38, 0: 0.02}, {2: 0.97, 7: 0.03}])
    verdict = check_day(reading, 4, 2026, [])
    assert verdict is not None and verdict.candidate == "22" and verdict.value is None
    assert abs(verdict.confidence - 0.38 * 0.97) < 1e-6


def test_valid_first_choice_gains_the_mass_of_impossible_days_not_of_junk() -> None:
    from vbadmin.handwriting.crosscheck import check_day

    # 18 first; 88 (no day) takes 0.15 * 0.95: conditioned on a valid day, 18 is surer.
    reading = _day_reading([{1: 0.8, 8: 0.15, 0: 0.05}, {8: 0.95, 3: 0.05}])
    verdict = check_day(reading, 12, 2017, [])
    invalid = 0.15 * 1.0  # 8x is never a day
    assert verdict is not None and verdict.candidate == "18"
    assert abs(verdict.confidence - 0.8 * 0.95 / (1 - invalid)) < 1e-6
    junky = _day_reading([{0: 0.5}, {2: 0.5}])  # each glyph half "not one digit"
    verdict = check_day(junky, 4, 2026, [])
    assert verdict is not None and verdict.candidate == "02" and verdict.confidence < 0.3


def test_day_after_signature_reranked_below_the_limit_stays_unsure() -> None:
    from vbadmin.handwriting.crosscheck import check_day

    limit = signature_dates("Thời gian ký: 2026-04-12 10:15")
    reading = _day_reading([{2: 0.9, 1: 0.1}, {0: 1.0}])  # 20/4 read, signed 12/4: 10/4 is left
    verdict = check_day(reading, 4, 2026, limit)
    assert verdict is not None and verdict.candidate == "10" and verdict.value is None
    assert abs(verdict.confidence - 0.1) < 1e-9


def test_day_after_signature_is_unreadable() -> None:
    limits = signature_dates("Ký bởi: Bộ Công Thương\nThời gian ký: 02.04.2026 14:24:26 +07:00")
    assert [d.isoformat() for d in limits] == ["2026-04-02"]
    verdict = check_day(Reading("day", "08", 0.99, None), 4, 2026, limits)
    assert verdict is not None and verdict.value is None


def test_number_disagreeing_with_typed_occurrence_is_flagged() -> None:
    typed = typed_numbers("(Kèm theo Quyết định số 2336/QĐ-UBND ngày 02/7/2026)", "QĐ-UBND")
    assert typed == ["2336"]
    verdict = check_number(Reading("number", "2386", 0.99, None), typed)
    assert verdict is not None and verdict.value == "2336" and verdict.agrees is False


@pytest.mark.parametrize(
    ("text", "typed"),
    [("Căn cứ Quyết định số 1522/QĐ-UBND ngày 12/3/2026 của UBND tỉnh", []),  # another letter
     ("Sở Xây dựng nhận được Văn bản số 94/QĐ-UBND ngày 13/10/2025", []),
     ("Căn cứ Nghị quyết 87/QĐ-UBND ngày 22/5/2025", []),  # cited by the type's name, no "số"
     ("và thay thế Quyết định số 1 120/QĐ-UBND ngày 15", []),  # 1120 split by OCR: no 120 of this one
     ("Số: /QĐ-UBND\nĐiều 3\n2336/QĐ-UBND", ["2336"]),  # a figure ending the line above is no split
     ("Số: /QĐ-UBND\nBAN HÀNH KÈM THEO QUYẾT ĐỊNH\nSố: 2336/QĐ-UBND", ["2336"]),  # page 2 header
     ("Số: /QĐ-UBND\nBan hành kèm theo Quyết định\nsố 2336/QĐ-UBND ngày 02/7/2026", ["2336"]),  # appendix
     ("2336/QĐ-UBND - trang 2", ["2336"])],  # a footer printing the number-symbol alone
)
def test_typed_occurrences_are_the_letters_own_not_citations(text, typed) -> None:
    assert typed_numbers(text, "QĐ-UBND") == typed


def test_a_misread_number_holds_no_typed_occurrence() -> None:
    # "ó3" is OCR's reading of a printed 63: its "3" is no typed number of the letter.
    assert typed_numbers("Số: ó3/KH-UBND\nHà Nội, ngày 3 tháng 5 năm 2026", "KH-UBND") == []
    assert typed_numbers("Số 7§6-HD/VPTW", "HD/VPTW") == []
    assert typed_numbers("Số: ? 7 /KH-UBND\nKý bởi …\nSố: 87/KH-UBND (trang 2)", "KH-UBND") == ["87"]


def test_unreadable_reports_candidate_and_confidence() -> None:
    verdict = check_number(Reading("number", "07", 0.41, None), [])
    assert verdict is not None and verdict.value is None and verdict.candidate == "07"


def test_never_raises_on_odd_input() -> None:
    doc = Document()
    apply_handwriting(doc, [])
    apply_handwriting(doc, None)  # type: ignore[arg-type]
    assert doc.number is None


def test_model_loads_and_classifies_rendered_digits() -> None:
    model = load_model()
    inks = []
    for digit in range(10):
        image = Image.new("L", (90, 110), 0)
        ImageDraw.Draw(image).text((15, 5), str(digit), font=ImageFont.truetype(HAND, 80), fill=255)
        inks.append(np.asarray(image, dtype=np.float32) / 255.0)
    predicted = classify(inks, model).argmax(axis=1)
    assert (predicted == np.arange(10)).mean() >= 0.8


def _labelled_scans() -> list[tuple[str, Path, dict[str, str]]]:
    found = []
    for gold_path in sorted((ROOT / "corpus" / "realdocs").glob("*/gold.json")):
        gold = json.loads(gold_path.read_text())
        if gold.get("kind") == "scan" and gold.get("handwritten", {}).get("number"):
            found.append((gold["symbol"], REALDOCS / gold["source"][0], gold["handwritten"]))
    return found


@pytest.mark.ocr
@pytest.mark.skipif(not REALDOCS.exists(), reason="real scans not available")
def test_real_scans_are_never_confidently_wrong() -> None:
    from vbadmin.handwriting.crosscheck import check_number as number_check
    from vbadmin.load import load

    scans = [s for s in _labelled_scans() if "2336" in s[1].name or "813" in s[1].name or "288" in s[1].name]
    assert scans
    wrong = 0
    for symbol, path, labels in scans:
        pages = load(path, max_pages=1).pages
        verdict = number_check(read_page(pages[0], symbol).get("number"), [])
        if verdict is not None and verdict.value is not None and verdict.value != labels["number"]:
            wrong += 1
    assert wrong == 0


# --- segmentation by recogniser score, the junk class, calibration, the number line, thresholds


def _hand_ink(text: str, spacing: int = 4) -> np.ndarray:
    """Ink map of `text` in the handwriting font, digits `spacing` px apart (negative: touching)."""
    font = ImageFont.truetype(HAND, 60)
    image = Image.new("L", (60 * len(text) + 40, 110), 0)
    draw, x = ImageDraw.Draw(image), 10.0
    for ch in text:
        draw.text((x, 5), ch, font=font, fill=255)
        x += font.getlength(ch) + spacing
    return np.asarray(image, dtype=np.float32) / 255.0


def _split(text: str, spacing: int) -> str:
    from vbadmin.handwriting.blanks import best_split
    from vbadmin.handwriting.ink import components

    ink = _hand_ink(text, spacing)
    mask, boxes = components(ink, 40.0)
    read = ""
    for box in boxes:
        glyphs, probs, _ = best_split(ink, mask, box, float(max(b[3] - b[1] for b in boxes)))
        read += "".join(str(int(p[:10].argmax())) for p in probs)
    return read


def test_wide_zero_is_not_cut_in_two() -> None:
    assert _split("0", 4) == "0"  # the old width rule cut a round 0 into "67"
    assert _split("08", 4) == "08"


def test_touching_digits_are_cut_by_recogniser_score() -> None:
    from vbadmin.handwriting.ink import components

    for pair in ("28", "45", "36"):
        _, boxes = components(_hand_ink(pair, -10), 40.0)
        assert len(boxes) == 1  # one connected piece of ink
        assert _split(pair, -10) == pair


def _single_models(model):  # type: ignore[no-untyped-def]
    return model.members() if model.kind == "ensemble" else [model]


def test_model_has_junk_class_and_temperature() -> None:
    model = load_model()
    assert model.classes == 11
    for member in _single_models(model):
        assert 0.3 < float(member.meta["temperature"]) < 5  # type: ignore[arg-type]
    pair = classify([_hand_ink("48", -8)], model)[0]
    assert pair.argmax() == 10 or pair[:10].max() < 0.5  # two touching digits are not one digit


def test_temperature_softens_probabilities() -> None:
    from vbadmin.handwriting.digits import DigitModel, glyph_features

    model = _single_models(load_model())[0]
    row = glyph_features(_hand_ink("7"))[None, :]
    sharp = DigitModel(model.kind, model.arrays, {**model.meta, "temperature": 1.0}).predict_proba(row)
    soft = DigitModel(model.kind, model.arrays, {**model.meta, "temperature": 3.0}).predict_proba(row)
    assert soft.max() < sharp.max() and abs(soft.sum() - 1.0) < 1e-5


def test_ensemble_averages_its_members_and_survives_saving(tmp_path: Path) -> None:
    from vbadmin.handwriting.digits import DigitModel, ensemble, glyph_features, save_model

    rng = np.random.default_rng(0)
    members = []
    for scale in (1.0, -2.0):  # two different one-layer "MLPs" on the real feature size
        size = glyph_features(_hand_ink("3")).shape[0]
        arrays = {
            "mean": np.zeros(size, np.float32),
            "scale": np.ones(size, np.float32),
            "W0": (scale * rng.normal(size=(size, 11))).astype(np.float32),
            "b0": np.zeros(11, np.float32),
        }
        members.append(DigitModel("mlp", arrays, {"layers": 1, "temperature": 1.0, "name": f"m{scale}"}))
    save_model(ensemble(members, "pair"), tmp_path / "digits.npz")
    loaded = load_model(tmp_path / "digits.npz")
    row = glyph_features(_hand_ink("3"))[None, :]
    expected = (members[0].predict_proba(row) + members[1].predict_proba(row)) / 2
    assert loaded.kind == "ensemble" and loaded.classes == 11
    assert np.allclose(loaded.predict_proba(row), expected, atol=1e-6)
    assert not np.allclose(members[0].predict_proba(row), members[1].predict_proba(row))


def test_deslant_stands_a_sheared_stroke_upright() -> None:
    from vbadmin.handwriting.digits import deslant

    ink = np.zeros((60, 60), np.float32)
    for y in range(50):  # a "/" leaning right: x falls as y grows
        ink[5 + y, 40 - int(0.5 * y) : 44 - int(0.5 * y)] = 1.0
    upright = deslant(ink)
    cols = np.nonzero(upright.max(axis=0) > 0.5)[0]
    assert cols[-1] - cols[0] + 1 <= 8  # about the pen width, not the 25 px lean
    assert abs(float(upright.sum()) - float(ink.sum())) < 0.1 * float(ink.sum())  # no ink lost


def test_slanted_writing_is_sheared_upright_before_cutting() -> None:
    from vbadmin.handwriting.blanks import shear_ink, writing_slant

    ink = np.zeros((80, 200), np.float32)
    for y in range(10, 70):  # three "/" strokes: x falls by 0.5 px per row
        for x0 in (60, 100, 140):
            x = x0 - int(0.5 * (y - 10))
            ink[y, x : x + 4] = 1.0
    slant = writing_slant(ink)
    assert -0.65 <= slant <= -0.35
    upright, back = shear_ink(ink, slant)
    cols = np.nonzero(upright.max(axis=0) > 0.5)[0]
    gaps = np.nonzero(np.diff(cols) > 1)[0]
    assert len(gaps) == 2  # three separate strokes ...
    runs = np.split(cols, gaps + 1)
    assert max(len(run) for run in runs) <= 10  # ... each about the pen width wide, not 30 px
    first = runs[0][0]
    column = upright[:, first : first + 4].max(axis=1)
    y = int(np.nonzero(column > 0.5)[0][0])
    assert abs(back(float(first), float(y)) - 60) <= 3  # the map back lands on the original stroke
    assert writing_slant(np.zeros((40, 40), np.float32)) == 0.0


# --- isolation of dark pen ink: typed words cut out piece by piece, red seals dropped


def test_dark_pen_overflowing_a_typed_box_is_kept_and_print_inside_it_dropped() -> None:
    from vbadmin.handwriting.blanks import drop_typed

    ink = np.zeros((100, 200), np.float32)
    ink[20:80, 40:46] = 1.0  # pen stroke: a tall "1" ...
    ink[20:26, 40:70] = 1.0  # ... with a flag reaching into the typed word's box
    ink[40:60, 120:125] = 1.0  # a typed letter wholly inside that box
    box = (0, 0, 200, 100)
    kept = drop_typed(ink, box, [(60, 35, 160, 65)])
    assert kept[20:26, 62:70].min() == 1.0  # the flag is pen: kept though inside the box
    assert kept[40:60, 120:125].max() == 0.0  # the print is gone


def test_red_seal_frame_touching_a_dark_digit_is_not_ink() -> None:
    from vbadmin.handwriting.blanks import Blank, blank_ink

    image = Image.new("RGB", (600, 240), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.text((230, 60), "7", font=ImageFont.truetype(HAND, 80), fill=(40, 40, 40))
    draw.line([(120, 148), (520, 148)], fill=(215, 30, 50), width=6)  # the seal's frame
    blank = Blank("number", (200, 330), (80, 115), 35.0)
    ink, box, mode = blank_ink(np.asarray(image), blank)
    assert mode == "dark"
    y = 148 - box[1]
    assert ink[y - 2 : y + 3, :].max() < 0.35  # the red frame is gone ...
    assert ink.max() > 0.9  # ... the grey digit is not


def _word(text: str, x0: float, y0: float, width: float, conf: float = 0.9):  # type: ignore[no-untyped-def]
    from vbadmin.pages import Word

    return Word(text, x0, y0, x0 + width, y0 + 30, conf)


def test_number_line_found_by_so_anchor_not_by_a_cited_identifier() -> None:
    from vbadmin.handwriting.blanks import find_number_blank
    from vbadmin.pages import Line, Page

    lines = [
        Line([_word("ỦY", 350, 118, 40), _word("BAN", 400, 118, 60)]),
        Line(
            [
                _word("Số:", 346, 236, 43),
                _word("ó2", 409, 232, 50, 0.1),
                _word("/Øj8C.UBND", 475, 227, 200, 0.04),
            ]
        ),
        Line([_word("Theo", 300, 540, 60), _word("số", 718, 536, 30), _word("1469/QĐ-BGDĐT", 762, 540, 260)]),
    ]
    page = Page(1, 1654, 2339, "px", "ocr", lines)
    blank = find_number_blank(page, "UBND")
    assert blank is not None and blank.typed is None  # not "1469", the cited letter's number
    assert 380 <= blank.gap[0] <= 400 and blank.row[0] < 300


def test_blue_digits_read_by_ocr_as_print_are_pen() -> None:
    from vbadmin.handwriting.blanks import Blank, read_blank

    rgb = np.full((200, 600, 3), 250, np.uint8)
    image = Image.fromarray(rgb)
    ImageDraw.Draw(image).text((100, 60), "36", font=ImageFont.truetype(HAND, 70), fill=(30, 40, 190))
    blank = Blank("number", (100, 100), (80, 110), 30.0, typed="38", typed_box=(95, 60, 200, 140))
    reading = read_blank(np.asarray(image), blank)
    assert reading.box is not None  # read from the ink, not taken from OCR's "38"
    black = np.asarray(image.convert("L").convert("RGB"))
    assert read_blank(black, blank).text == "38"  # printed (black) digits stay OCR's


def test_synthetic_blanks_accepted_readings_are_right() -> None:
    from vbadmin.handwriting.crosscheck import MIN_CONFIDENCE
    from vbadmin.handwriting.synth import number_benchmark

    rows = number_benchmark(seed=5, count=60)
    accepted = [(label, cand) for label, cand, conf in rows if conf >= MIN_CONFIDENCE["number"]]
    assert len(accepted) >= 0.3 * len(rows)
    assert sum(label != cand for label, cand in accepted) <= 1


@pytest.mark.parametrize(
    ("printed", "handwritten", "number"),
    [("186", "1867", None),  # OCR's reading of the line and the reader's disagree: neither
     ("186", "1861", "186"),  # the slash after the printed number read as a 1: OCR's stands
     ("186", "186", "186"),  # they agree
     (None, "186", "186")],  # nothing printed: the confident reading
)
def test_a_reading_that_disagrees_with_ocr_leaves_the_number_empty(printed, handwritten, number) -> None:
    from vbadmin.handwriting import _apply_number
    from vbadmin.handwriting.crosscheck import Verdict
    from vbadmin.pages import Page

    doc = Document(number=printed, symbol="HD-VTLTNN", identifier=printed and f"{printed}/HD-VTLTNN")
    verdict = Verdict("number", handwritten, handwritten, 0.9, "confident reading")
    _apply_number(doc, verdict, None, Page(number=1, width=10, height=10, unit="px", origin="ocr"))
    assert doc.number == number
    assert ("HANDWRITING_DISAGREES" in doc.issue_codes()) == (number is None)


@pytest.mark.parametrize(
    ("ocr_read", "handwritten", "date"),
    [("2]", "2026-05-21", "2026-05-21"),  # OCR kept the first figure of "21": the reader completes it
     ("2]", "2026-05-25", "2026-05-25"),
     ("1Š", "2026-05-15", "2026-05-15"),
     ("2]", "2026-05-13", None),  # a day that does not begin with OCR's figure: neither is believed
     ("2", "2026-05-21", None),  # OCR read a whole day "2": no half-read figure to complete
     ("O2", "2026-05-21", None),  # a whole day, repaired ("O2" → 02): nothing half read
     ("2]", "2026-06-21", None)],  # another month
)
def test_a_day_ocr_half_read_is_completed_by_the_reader(ocr_read, handwritten, date) -> None:
    from vbadmin.extract.dateline import parse_date_line
    from vbadmin.handwriting import _apply_day
    from vbadmin.handwriting.crosscheck import Verdict
    from vbadmin.model import Issue
    from vbadmin.pages import Page

    line = parse_date_line(f"Hà Nội, ngày {ocr_read} tháng 5 năm 2026")
    assert line is not None and line.date == "2026-05-0" + ocr_read[0].replace("O", "2")
    doc = Document(date=line.date, issues=[Issue(code=c, field="date", message=m) for c, m in line.issues])
    verdict = Verdict("day", handwritten, handwritten[8:], 0.9, "valid date, confident reading")
    _apply_day(doc, verdict, None, Page(number=1, width=10, height=10, unit="px", origin="ocr"))
    assert doc.date == date
    assert ("HANDWRITING_DISAGREES" in doc.issue_codes()) == (date is None)


@pytest.mark.parametrize(
    ("month_read", "handwritten", "date"),
    [("1T", "2025-11-05", "2025-11-05"),  # OCR kept the first figure of "11": the reader completes it
     ("1T", "2025-12-05", "2025-12-05"),
     ("1T", "2025-11-06", None),  # and another day: neither is believed
     ("1", "2025-11-05", None)],  # a whole month "1": nothing half read
)
def test_a_month_ocr_half_read_is_completed_by_the_reader(month_read, handwritten, date) -> None:
    from vbadmin.extract.dateline import parse_date_line
    from vbadmin.handwriting import _apply_day
    from vbadmin.handwriting.crosscheck import Verdict
    from vbadmin.model import Issue
    from vbadmin.pages import Page

    line = parse_date_line(f"Hà Tĩnh, ngày 05 tháng {month_read} năm 2025")
    assert line is not None and line.date == "2025-01-05"
    doc = Document(date=line.date, issues=[Issue(code=c, field="date", message=m) for c, m in line.issues])
    verdict = Verdict("day", handwritten, handwritten[8:], 0.9, "valid date, confident reading")
    _apply_day(doc, verdict, None, Page(number=1, width=10, height=10, unit="px", origin="ocr"))
    assert doc.date == date


def test_the_page_readings_warnings_on_a_date_the_reader_filled_become_information() -> None:
    from vbadmin.handwriting import _apply_day
    from vbadmin.handwriting.crosscheck import Verdict
    from vbadmin.model import Issue
    from vbadmin.pages import Page

    doc = Document(issues=[Issue(code="INVALID_DATE", field="date", message="68/7/2025 is not a valid date"),
                           Issue(code="MISSING_SIGNATORY", field="signatory", message="no signature block"),
                           Issue(code="AMBIGUOUS_DATE", field="date", message="two date lines")])
    verdict = Verdict("day", "2025-07-08", "08", 0.9, "valid date, confident reading")
    _apply_day(doc, verdict, None, Page(number=1, width=10, height=10, unit="px", origin="ocr"))
    assert doc.date == "2025-07-08"
    severities = {issue.code: issue.severity for issue in doc.issues}
    assert severities == {"INVALID_DATE": "info", "MISSING_SIGNATORY": "warning", "AMBIGUOUS_DATE": "warning",
                          "HANDWRITING_READ": "info"}


@pytest.mark.parametrize(
    ("ocr_text", "body"),
    [("SỞ CÔNG THƯƠNG LAO CAI\n\nĐÈN sỏ44107\nNgay⁄0 † ¡2đ", "SỞ CÔNG THƯƠNG LÀO CAI"),  # marks lost in stamp ink
     ("UBND TỈNH HÀ NAM\nĐẾN Số: 12", "UBND TỈNH HÀ NAM"),
     ("ĐẾN\nSố: 12", None)],  # no body's name on the stamp
)
def test_receipt_stamp_body(ocr_text, body):
    from vbadmin.handwriting.received import _body

    assert _body(ocr_text) == body


@pytest.mark.parametrize(
    ("text", "year"),
    [("Số: 1405/SXD-QLGT\nKiên Giang, ngày …… tháng 11 năm 2019\nCăn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;",
      2019),
     ("Số: 1405/SXD-QLGT\nV/v tăng cường quản lý\nCăn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;", None),
     ("Hải Phòng, ngày 07 tháng T0 năm 2025\nCăn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;", 2025)],
)
def test_the_year_of_a_handwritten_day_comes_from_the_date_line_only(text, year) -> None:
    from vbadmin.handwriting import _year

    assert _year(Document(), text) == year


@pytest.mark.parametrize(
    ("printed", "second", "handwritten", "date", "code"),
    [("2026-04-06", "2026-04-08", "2026-04-08", "2026-04-08", "HANDWRITING_READ"),  # OCR outvoted
     ("2026-04-06", "2026-04-06", "2026-04-08", "2026-04-06", "DATE_READ_AGAIN"),  # the reader outvoted
     ("2026-04-06", "2026-04-08", None, None, "DATE_READINGS_DISAGREE"),  # one against one: neither
     ("2026-04-06", None, "2026-04-08", None, "HANDWRITING_DISAGREES"),
     ("2026-04-06", "2026-04-09", "2026-04-08", None, "HANDWRITING_DISAGREES"),  # three readings
     ("2026-04-06", "2026-04-06", None, "2026-04-06", None)],  # agreed: nothing to say
)
def test_the_date_readings_vote(printed, second, handwritten, date, code) -> None:
    """OCR's reading of the date line, a second reading of its figures and the digit reader's:
    two that agree outvote the third, two that disagree leave the date empty."""
    from vbadmin.handwriting import _apply_day
    from vbadmin.handwriting.crosscheck import Verdict
    from vbadmin.pages import Page

    doc = Document(date=printed)
    verdict = handwritten and Verdict("day", handwritten, handwritten[8:], 0.9, "valid date, confident reading")
    _apply_day(doc, verdict or None, None, Page(number=1, width=10, height=10, unit="px", origin="ocr"), second)
    assert doc.date == date
    assert [issue.code for issue in doc.issues] == ([code] if code else [])


@pytest.mark.parametrize(
    ("printed", "second", "handwritten", "date", "codes"),
    [  # the letter cites a document of 1982-05-12: a date read before it is its year misread
     ("1963-09-20", "1983-09-20", None, "1983-09-20", ["INVALID_DATE", "DATE_READ_AGAIN"]),
     ("1963-09-20", "1983-09-20", "1963-09-20", "1983-09-20", ["INVALID_DATE", "DATE_READ_AGAIN"]),
     ("1963-09-20", None, None, None, ["INVALID_DATE"]),  # no second reading: left empty
     (None, None, "1962-01-08", None, ["INVALID_DATE"]),  # the reader's day set in the misread year
     ("1983-09-20", "1983-09-20", None, "1983-09-20", [])],  # after what it cites: as read
)
def test_a_date_before_what_the_letter_cites_is_misread(printed, second, handwritten, date, codes) -> None:
    from vbadmin.handwriting import _apply_day
    from vbadmin.handwriting.crosscheck import Verdict
    from vbadmin.model import Reference
    from vbadmin.pages import Page

    cited = Reference(identifier="12-NQ/TU", date="1982-05-12", text="Nghị quyết số 12-NQ/TU", span=(0, 22))
    doc = Document(date=printed, references=[cited])
    verdict = handwritten and Verdict("day", handwritten, handwritten[8:], 0.9, "valid date, confident reading")
    _apply_day(doc, verdict or None, None, Page(number=1, width=10, height=10, unit="px", origin="ocr"), second)
    assert doc.date == date
    assert [issue.code for issue in doc.issues if issue.field == "date"] == codes


@pytest.mark.parametrize(
    ("read", "date"),
    [("Son La, ngay 08 thang 7 ndm 2025", "2025-07-08"), ("Lao Cai, ngay 16 thang 7 nam 2026", "2026-07-16"),
     ("Ta Xua, ngay O$ thang 12 ndm 2025", None),  # the day not read as figures
     ("Lao Cai, ngayl5 thing nam 2026", None),  # the month lost
     ("Ha Noi, ngay 31 thang 2 nam 2026", None),  # no such date
     ("Phuong 3, ngay 05 thang 3 nam 2026", "2026-03-05"),  # a figure in the place comes first
     ("Phuong 3, ngay OS thang 7 nam 2025", None),  # the ward's 3 is no day
     ("Ha Noi, ngay 1 6 thang 7 nam 2026", None)],  # a day read apart
)
def test_the_second_readings_date_is_its_last_three_figure_groups(read, date) -> None:
    from vbadmin.handwriting.second_reading import date_of_figures

    assert date_of_figures(read) == date


def test_a_date_ocr_misread_is_outvoted_by_the_second_reading_and_the_digit_reader() -> None:
    """A real signed letter whose date line OCR reads "ngày J6" (16): the English model reads 16
    again and the digit reader agrees."""
    from test_load import REALDOCS
    from vbadmin.parse import parse_file

    doc = parse_file(REALDOCS / "born_digital_pdf" / "laocai-sct_4280-SCT-CN_2026_congvan.pdf", ocr="always")
    assert doc.date == "2026-07-16"


def test_a_day_half_read_is_completed_by_the_second_reading() -> None:
    """"ngày 2]": OCR kept the 2 of 21, the English model read "21" whole: the date is its."""
    from vbadmin.extract.dateline import parse_date_line
    from vbadmin.handwriting import _apply_day
    from vbadmin.model import Issue
    from vbadmin.pages import Page

    line = parse_date_line("Quảng Ninh, ngày 2] tháng 10 năm 2024")
    assert line is not None
    doc = Document(date=line.date, issues=[Issue(code=c, field="date", message=m) for c, m in line.issues])
    _apply_day(doc, None, None, Page(number=1, width=10, height=10, unit="px", origin="ocr"), "2024-10-21")
    assert doc.date == "2024-10-21"


def test_a_later_day_of_the_same_year_cited_is_no_proof_of_a_misread_date() -> None:
    """A reference's day or month after the letter's may be the reference's own misreading."""
    from vbadmin.handwriting import _apply_day
    from vbadmin.model import Reference
    from vbadmin.pages import Page

    cited = Reference(identifier="123/UBND-VX", date="2026-08-15", text="Công văn số 123/UBND-VX", span=(0, 23))
    doc = Document(date="2026-03-20", references=[cited])
    _apply_day(doc, None, None, Page(number=1, width=10, height=10, unit="px", origin="ocr"), "2026-03-20")
    assert doc.date == "2026-03-20"
