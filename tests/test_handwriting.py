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


def test_day_after_signature_is_unreadable() -> None:
    limits = signature_dates("Ký bởi: Bộ Công Thương\nThời gian ký: 02.04.2026 14:24:26 +07:00")
    assert [d.isoformat() for d in limits] == ["2026-04-02"]
    verdict = check_day(Reading("day", "08", 0.99, None), 4, 2026, limits)
    assert verdict is not None and verdict.value is None


def test_number_disagreeing_with_typed_occurrence_is_flagged() -> None:
    typed = typed_numbers("Quyết định số 2336/QĐ-UBND ngày 02/7/2026 (trang 2)", "QĐ-UBND")
    assert typed == ["2336"]
    verdict = check_number(Reading("number", "2386", 0.99, None), typed)
    assert verdict is not None and verdict.value == "2336" and verdict.agrees is False


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
