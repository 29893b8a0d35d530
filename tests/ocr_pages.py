"""Pages of a typed letter shaped like OCR's: one box a word, origin "ocr"."""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image, ImageDraw, ImageFont

from vbadmin.load.ocr import TesseractEngine
from vbadmin.load.text import text_pages
from vbadmin.pages import Page, Word


def as_ocr_pages(text: str, origin: str = "ocr", confidence: dict[str, float] | None = None) -> list[Page]:
    """`confidence`: OCR's confidence in the words named (1.0 for the others)."""
    pages = text_pages(text)
    for page in pages:
        page.origin = origin  # type: ignore[assignment]
        for line in page.lines:  # text files give runs of words, OCR one box a word
            line.words = [word for run in line.words for word in _split_run(run, confidence or {})]
    return pages


def _split_run(run: Word, confidence: dict[str, float]) -> list[Word]:
    words, column = [], run.x0
    for token in run.text.split(" "):
        if token:
            words.append(Word(token, column, run.y0, column + len(token), run.y1, confidence.get(token, 1.0)))
        column += len(token) + 1
    return words


FREESERIF = "/usr/share/fonts/truetype/freefont/FreeSerif.ttf"


def drawn_rows(rows: list[str], width: int, pitch: int, size: int) -> Image.Image:
    """A white page with the rows drawn one under another in FreeSerif, `pitch` pixels apart."""
    image = Image.new("L", (width, 80 + pitch * len(rows)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FREESERIF, size)
    for row, text in enumerate(rows):
        draw.text((80, 40 + pitch * row), text, font=font, fill=0)
    return image


def line_reader(engine: TesseractEngine) -> Callable[[Image.Image, int], list[Word]]:
    """The engine's second look at a crop enlarged `scale` times, as the loader gives it."""
    return lambda crop, scale: engine.read_line(crop, 300 * scale)
