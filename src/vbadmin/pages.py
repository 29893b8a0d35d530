"""The internal page model every loader produces: positioned words grouped into lines.

Text files use character cells as the unit (x = column, y = line number), PDF text layers
use PDF points, OCR uses pixels of the rendered image (its DPI is recorded).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from PIL import Image

if TYPE_CHECKING:
    import numpy as np

Unit = Literal["pt", "px", "char"]
Origin = Literal["text", "pdf", "ocr", "docx"]


@dataclass(slots=True)  # hundreds of thousands per long letter: keep construction cheap
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    confidence: float = 1.0  # 0..1; OCR word confidence, 1.0 for text layers
    colour: str | None = None  # "black", "blue", "red" when the loader can tell
    line_key: int = -1  # the line OCR read the word in (tesseract's block, paragraph, line)


@dataclass
class Line:
    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (
            min(w.x0 for w in self.words),
            min(w.y0 for w in self.words),
            max(w.x1 for w in self.words),
            max(w.y1 for w in self.words),
        )

    @property
    def confidence(self) -> float:
        return min((w.confidence for w in self.words), default=1.0)


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    unit: Unit
    origin: Origin
    lines: list[Line] = field(default_factory=list)
    dpi: int | None = None  # for pixel pages
    issues: list[str] = field(default_factory=list)  # loader findings, e.g. "GARBLED_TEXT_LAYER"
    repairs: list[str] = field(default_factory=list)  # "read→repaired": words the loader read again
    # The colour page image in the geometry of the word boxes (OCR'd first and last pages only,
    # to bound memory): the blue ink of a number or a day, the signer's name under the seal.
    image: Image.Image | None = field(default=None, repr=False)
    # Page 1's `image` as an RGB array, made while OCR reads the page (word colours, the blanks
    # and the receipt stamp all read it; making it takes a few hundredths of a second).
    pixels: np.ndarray | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)
