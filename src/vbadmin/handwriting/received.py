"""The receiving office's red "ĐẾN" stamp: where it is, its body, number and date.

The stamp is red/purple ink with the clerk's entries in blue. Located by the OCR word
"ĐẾN" (or the largest red frame in the top of page 1); its ink alone (paper and print
removed) is OCR'd with tesseract --psm 6, and the handwritten number is also read by the
digit recogniser, which must agree before the number is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import numpy as np
from PIL import Image
from scipy import ndimage

from vbadmin import vocab
from vbadmin.handwriting.blanks import fold, page_rgb
from vbadmin.handwriting.digits import DigitModel, classify
from vbadmin.handwriting.ink import blueness, redness, segment
from vbadmin.pages import Page

Box = tuple[int, int, int, int]


@dataclass
class StampReading:
    box: Box
    body: str | None
    number: str | None
    date: str | None  # ISO
    confidence: float
    raw_text: str


def locate_stamp(page: Page, rgb: np.ndarray) -> Box | None:
    """The red frame of the stamp in the top half of the page."""
    top = rgb[: int(rgb.shape[0] * 0.5)]
    small = top[::4, ::4]
    red = ndimage.binary_dilation(redness(small) > 0.3, iterations=3)
    labels, count = ndimage.label(red)
    best: Box | None = None
    best_area = 0
    for found in ndimage.find_objects(labels):
        if found is None:
            continue
        ys, xs = found
        h, w = (ys.stop - ys.start) * 4, (xs.stop - xs.start) * 4
        if w > 0.12 * rgb.shape[1] and 0.03 * rgb.shape[0] < h < 0.2 * rgb.shape[0] and w * h > best_area:
            best, best_area = (xs.start * 4, ys.start * 4, xs.stop * 4, ys.stop * 4), w * h
    if best is None or not _has_den_word(page, best):
        return best if best is not None and _red_share(rgb, best) > 0.01 else None
    return best


def _has_den_word(page: Page, box: Box) -> bool:
    return any(
        fold(w.text).startswith("den") and box[0] <= w.x0 <= box[2] and box[1] <= w.y0 <= box[3]
        for line in page.lines
        for w in line.words
    )


def _red_share(rgb: np.ndarray, box: Box) -> float:
    x0, y0, x1, y1 = box
    return float((redness(rgb[y0:y1, x0:x1]) > 0.3).mean())


def _ocr(ink: np.ndarray) -> str:
    import pytesseract

    image = Image.fromarray((255 - np.clip(ink, 0, 1) * 255).astype(np.uint8))
    try:
        return str(pytesseract.image_to_string(image, lang="vie", config="--psm 6", timeout=30))
    except Exception:  # noqa: BLE001 - a missing/failed tesseract leaves the stamp unread, not the parse
        return ""


def _body(text: str) -> str | None:
    for line in text.splitlines():
        letters = re.sub(r"[^A-ZÀ-Ỹ ]", "", line.upper() if line.isupper() else line).strip()
        if len(letters) >= 6 and line.strip().isupper():
            # Stamp ink loses marks ("LAO CAI"): the known names of bodies and places put back.
            return vocab.repair_phrases(re.sub(r"\s+", " ", line.strip()))[0]
    return None


def _date_from(text: str, year_hint: int | None) -> str | None:
    match = re.search(r"ng[aà]y\W*(\d{1,2})\D{1,6}(\d{1,2})\D{1,6}(\d{2,4})", text, re.IGNORECASE)
    if not match:
        return None
    day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if year < 100:
        year += 2000
    if year_hint and abs(year - year_hint) > 1:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _handwritten_number(rgb: np.ndarray, model: DigitModel | None) -> tuple[str, float]:
    """Blue digits on the stamp's upper rows (the registration number line)."""
    ink = blueness(rgb)
    rows = np.nonzero(ink.max(axis=1) > 0.35)[0]
    if rows.size == 0:
        return "", 0.0
    band = ink[: rgb.shape[0] // 2]
    height = max(12.0, rgb.shape[0] / 6)
    glyphs = [g for g in segment(band, height) if g.y1 - g.y0 > 0.35 * height]
    if not glyphs:
        return "", 0.0
    probs = classify([g.ink for g in glyphs], model)
    return "".join(str(int(p.argmax())) for p in probs), float(np.prod(probs.max(axis=1)))


def read_stamp(
    page: Page, year_hint: int | None = None, model: DigitModel | None = None, rgb: np.ndarray | None = None
) -> StampReading | None:
    if page.image is None:
        return None
    rgb = page_rgb(page) if rgb is None else rgb
    box = locate_stamp(page, rgb)
    if box is None:
        return None
    x0, y0, x1, y1 = box
    crop = rgb[y0:y1, x0:x1]
    text = _ocr(np.maximum(redness(crop), blueness(crop)))
    number_match = re.search(r"s[oốô][^\d\n]{0,6}(\d{3,6})", fold(text))
    ocr_number = number_match.group(1) if number_match else None
    hand_number, hand_conf = _handwritten_number(crop, model)
    number = ocr_number if ocr_number and ocr_number == hand_number else None
    confidence = hand_conf if number else 0.3
    return StampReading(box, _body(text), number, _date_from(text, year_hint), confidence, text)
