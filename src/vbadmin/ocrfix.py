"""The normalise stage for OCR'd pages: what OCR misread in words and in cited numbers is put
right in the page's words before layout, so that every extractor sees the repaired text."""

from __future__ import annotations

import re

from vbadmin import vocab
from vbadmin.lexicon import repair_page_marks
from vbadmin.pages import Line, Page

# "23//BB-VPHC": a slash doubled; "464/0Đ-BCT": Q read as 0 or O before Đ.
_DOUBLED_SLASH = re.compile(r"(?<=\d)/{2,}(?=[A-ZĐ])")
_Q_AS_ZERO = re.compile(r"(?<=[/-])[0O]Đ(?=[-/]|$)")


def repair_symbol_token(token: str) -> str:
    """A number-symbol token as OCR misread it, put right: "23//BB-VPHC" → "23/BB-VPHC"."""
    if "/" not in token or not any(ch.isdigit() for ch in token):
        return token
    return _Q_AS_ZERO.sub("QĐ", _DOUBLED_SLASH.sub("/", token))


def repair_ocr_page(page: Page) -> list[str]:
    """Repair an OCR'd page's words in place; returns "read→repaired" for each change."""
    changes = [f"{r.read}→{r.repaired}" for r in repair_page_marks(page)]
    for line in page.lines:
        for word in line.words:
            repaired = repair_symbol_token(word.text)
            if repaired != word.text:
                changes.append(f"{word.text}→{repaired}")
                word.text = repaired
        changes += _rejoin_split_codes(line)
    return changes


_LAST_CODE = re.compile(r"(?<=[-/])(?P<code>[A-ZĐ]{1,6})$")


def _split_code(head: str, tail: str) -> bool:
    short_capitals = 1 <= len(tail) <= 2 and tail.isupper()
    return short_capitals and not vocab.issuer_code(head) and vocab.issuer_code(head + tail) is not None


def _rejoin_split_codes(line: Line) -> list[str]:
    """"464/QĐ-BC T": a space OCR put inside the issuer's code, when the halves joined are a
    known code and the first half is not."""
    changes = []
    words = line.words
    index = 0
    while index < len(words) - 1:
        word, following = words[index], words[index + 1]
        match = _LAST_CODE.search(word.text) if "/" in word.text else None
        tail = following.text.rstrip(".,;:")
        if match and _split_code(match["code"], tail):
            changes.append(f"{word.text} {following.text}→{word.text}{following.text}")
            word.text += following.text
            word.x1 = following.x1
            del words[index + 1]
        index += 1
    return changes
