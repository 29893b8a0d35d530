"""Pages of a typed letter shaped like OCR's: one box a word, origin "ocr"."""

from __future__ import annotations

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
