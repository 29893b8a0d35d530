"""OCR engines: anything that turns a page image into a Page of pixel-positioned words."""

from __future__ import annotations

import os
from typing import Any, Protocol

from PIL import Image

from vbadmin.errors import UnreadableError
from vbadmin.load.rows import group_into_rows
from vbadmin.pages import Page, Word


class OcrEngine(Protocol):
    name: str

    def read(self, image: Image.Image, page_number: int, dpi: int) -> Page:
        """Recognise one page image; boxes in pixels of `image`."""
        ...


class TesseractEngine:
    """Tesseract through pytesseract (one subprocess per page)."""

    def __init__(self, lang: str = "vie", psm: int = 3, timeout: float = 120.0) -> None:
        self.lang = lang
        self.psm = psm
        self.timeout = timeout
        self.name = f"tesseract-{lang}-psm{psm}"

    def read(self, image: Image.Image, page_number: int, dpi: int) -> Page:
        import pytesseract

        # Tesseract's OpenMP threads fight each other on a shared machine: one thread per
        # process is ~50x faster here, and pages are parallelised at a higher level if at all.
        os.environ["OMP_THREAD_LIMIT"] = "1"
        try:
            data = pytesseract.image_to_data(
                _uncompressed(image), lang=self.lang, config=f"--psm {self.psm} --dpi {dpi}",
                output_type=pytesseract.Output.DICT, timeout=self.timeout,
            )
        except (pytesseract.TesseractError, RuntimeError, OSError) as exc:
            raise UnreadableError(f"tesseract failed on page {page_number}: {exc}") from exc
        return Page(
            number=page_number, width=float(image.width), height=float(image.height),
            unit="px", origin="ocr", lines=group_into_rows(tesseract_words(data)), dpi=dpi,
        )


def _uncompressed(image: Image.Image) -> Image.Image:
    """pytesseract writes the image to a temp file; PNG compression of a 300-DPI page costs
    a quarter of a second, BMP costs nothing and tesseract reads it natively."""
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    image.format = "BMP"
    return image


def tesseract_words(data: dict[str, list[Any]]) -> list[Word]:
    """Words from pytesseract's image_to_data dict; layout rows and empty tokens dropped."""
    words = []
    for i, raw_text in enumerate(data["text"]):
        text = str(raw_text).strip()
        confidence = float(data["conf"][i])
        if not text or confidence < 0:
            continue
        left, top = float(data["left"][i]), float(data["top"][i])
        words.append(Word(
            text=text, x0=left, y0=top,
            x1=left + float(data["width"][i]), y1=top + float(data["height"][i]),
            confidence=min(confidence / 100.0, 1.0),
        ))
    return words
