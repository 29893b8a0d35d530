"""Checks a handwritten reading must pass before it is given as a value.

A wrong number or date is worse than none: the day must make a real date with the month and
year, and not be later than the signing or the receipt; the number must agree with any typed
occurrence of the same identifier. Whatever fails, or is unsure, is reported as unreadable.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from vbadmin import vocab
from vbadmin.extract.identifier import NUMBER_LINE
from vbadmin.handwriting.blanks import Reading, fold

# Confidence = product of the digits' calibrated probabilities (an ensemble of two MLPs, each
# temperature-scaled) x the segmentation's share (blanks.read_blank). Chosen on the synthetic
# number blanks (synth.py, 1000 blanks with seed 101 and 1000 with seed 202): the lowest of 0.50,
# 0.55, ..., 0.95 with at most 0.5 % wrong among accepted on both (0.50: 79 % / 77 % read, 0.13 %
# / 0.26 % of accepted wrong; 0.50 is the floor: a reading must at least be likelier right than
# wrong), then checked on the generated dev photo letters (92 % read, 0 wrong). Never tuned on
# the real scans. Lower readings are reported as unreadable candidates. Day and month use the
# same calibrated scale.
MIN_CONFIDENCE = {"number": 0.5, "day": 0.5, "month": 0.5}
_SIGNED = re.compile(
    r"th[oờ]i\s*gian\s*k[ýy]\s*:?\s*(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[./-](\d{1,2})[./-](\d{4}))",
    re.IGNORECASE,
)


@dataclass
class Verdict:
    field: str  # "number" | "day" | "month"
    value: str | None  # the accepted value, None when unreadable
    candidate: str  # what the reader saw
    confidence: float
    reason: str  # why accepted or rejected, for the issue message
    source: str = "handwriting"  # "handwriting" or "typed" (a typed occurrence won)
    agrees: bool | None = None  # with a typed occurrence, when there is one


def signature_dates(text: str) -> list[date]:
    """Dates of digital-signature stamps ("Ký bởi … Thời gian ký: 2026-07-02 10:15")."""
    found: list[date] = []
    for match in _SIGNED.finditer(text):
        y, m, d = (
            (match.group(1), match.group(2), match.group(3))
            if match.group(1)
            else (match.group(6), match.group(5), match.group(4))
        )
        try:
            found.append(date(int(y), int(m), int(d)))
        except ValueError:
            continue
    return found


def _symbol_pattern(symbol: str) -> str:
    """The symbol with OCR-tolerant separators and Đ/D folded."""
    parts = re.split(r"\s*[-/]\s*", fold(symbol))
    return r"\s*[-/]\s*".join(re.escape(part) for part in parts if part)


def typed_numbers(text: str, symbol: str | None) -> list[str]:
    """The letter's own number printed next to its symbol elsewhere in its text: a later page's
    number line, an appendix "kèm theo Quyết định số 87/KH-UBND", a stamp or footer that
    prints the number-symbol alone. A citation ("Căn cứ Quyết định số 1522/QĐ-UBND ngày …")
    is another letter of the same issuer, not an occurrence of this one."""
    if not symbol:
        return []
    # Whole numbers only: "ó3/KH-UBND" or "7§6-HD/VPTW" (printed numbers misread) hold no
    # typed "3" or "6"; and the letter's own number line is not an occurrence elsewhere
    # ("Số: ? 7 /NQ-CP": a figure of the handwritten number that OCR did read).
    pattern = re.compile(r"(?<![^\s(:])(\d{1,5})\s*[-/]\s*" + _symbol_pattern(symbol) + r"(?![a-z])")
    lines = text.splitlines()
    own = next((i for i, line in enumerate(lines) if NUMBER_LINE.match(line.strip())), None)
    folded = [fold(line) for line in lines]
    numbers = []
    for index, line in enumerate(folded):
        if index == own:
            continue
        for match in pattern.finditer(line):
            lead = f"{folded[index - 1] if index else ''} {line[: match.start()]}"
            if _own_occurrence(line, lead):
                numbers.append(match.group(1))
    return numbers


_CITED = re.compile(r"\bso\s*:?\s*$")  # "… số 1522/QĐ-UBND": how a letter cites another
_SPLIT_NUMBER = re.compile(r"\bso\s*:?\s*[\dIl|]{1,2}\s+$")  # "số 1 120/…" (folded)
_APPENDIX = re.compile(r"kem\s+theo\b[^()]{0,60}$")  # "(Kèm theo Quyết định số 87/…": itself


@cache
def _cited_by_type() -> re.Pattern[str]:
    """"… Nghị quyết 87/NQ-CP": a citation without "số", by the type's name just before it."""
    names = sorted({fold(t.name) for t in vocab.doc_types()}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\s*$")


def _own_occurrence(line: str, lead: str) -> bool:
    if NUMBER_LINE.match(line.strip()):
        return True  # a later page's number line
    if _SPLIT_NUMBER.search(lead):
        return False  # "số 1 120/QĐ-UBND": OCR split 1120; its tail is no number of this letter
    cited = _CITED.search(lead) or _cited_by_type().search(lead)
    return bool(_APPENDIX.search(lead)) or not cited


def check_number(reading: Reading | None, typed: list[str]) -> Verdict | None:
    """Prefer a typed occurrence; otherwise accept only a confident, well-formed reading."""
    candidate = reading.text if reading else ""
    confidence = reading.confidence if reading else 0.0
    if typed:
        value = max(set(typed), key=typed.count)
        agrees = candidate.lstrip("0") == value.lstrip("0") if candidate else None
        reason = (
            "handwriting agrees with the typed occurrence"
            if agrees
            else f"typed occurrence {value} preferred over handwritten candidate {candidate or '-'}"
        )
        return Verdict(
            "number", value, candidate, 1.0 if agrees else max(confidence, 0.9), reason, "typed", agrees
        )
    if reading is None:
        return None
    if not re.fullmatch(r"\d{1,5}", candidate):
        return Verdict("number", None, candidate, confidence, "no digits could be isolated")
    if confidence < MIN_CONFIDENCE["number"]:
        return Verdict("number", None, candidate, confidence, "low confidence")
    return Verdict("number", candidate, candidate, confidence, "confident reading")


def constrained(reading: Reading, valid: Callable[[str], bool]) -> tuple[str, float] | None:
    """The likeliest reading that satisfies `valid` (a day of this month, a month 1..12), and
    its confidence.

    When the recogniser's own first choice is valid, it is given its probability conditioned on
    the writer having written something valid, P(s) / (1 - P(invalid digit strings)): the mass of
    impossible strings is noise, while the mass given to "not one digit" stays in the denominator
    (a bad cut still costs confidence). When the constraint overrules the first choice ("42" for
    a day becomes "22"), the new candidate keeps only its own probability P(s): a re-ranked
    reading must be supported by the recogniser, not by the constraint alone. Digits are taken as
    independent; both scores are times the reading's non-recogniser factor (segmentation)."""
    probs = reading.probs
    if probs is None or not 1 <= len(probs) <= 2:
        return None
    strings = [""]
    weights = [1.0]
    for row in probs:
        strings = [s + str(d) for s in strings for d in range(10)]
        weights = [w * float(row[d]) for w in weights for d in range(10)]
    ok = [(w, s) for s, w in zip(strings, weights, strict=True) if valid(s)]
    if not ok:
        return None
    best_weight, best = max(ok)
    if max(zip(weights, strings, strict=True))[1] != best:
        return best, best_weight * reading.factor
    invalid = sum(weights) - sum(w for w, _ in ok)
    return best, best_weight / max(1.0 - invalid, 1e-9) * reading.factor


def check_month(reading: Reading | None) -> int | None:
    """A handwritten month is used only when it is confident and 1..12."""
    if reading is None or not re.fullmatch(r"\d{1,2}", reading.text):
        return None
    text, confidence = reading.text, reading.confidence
    ranked = constrained(reading, lambda s: 1 <= int(s) <= 12 and (len(s) == 1 or s[0] in "01"))
    if ranked is not None:
        text, confidence = ranked
    month = int(text)
    if 1 <= month <= 12 and confidence >= MIN_CONFIDENCE["month"]:
        return month
    return None


def _valid_day(month: int, year: int, limits: list[date]) -> Callable[[str], bool]:
    """A day a clerk can have written: a date of this month, not after a signature or receipt."""

    def valid(text: str) -> bool:
        if len(text) == 2 and text[0] not in "0123":
            return False
        try:
            when = date(year, month, int(text))
        except ValueError:
            return False
        return all(when <= limit for limit in limits)

    return valid


def check_day(
    reading: Reading | None, month: int | None, year: int | None, limits: list[date]
) -> Verdict | None:
    """The day must form a real date with the month and year, not after signing or receipt."""
    if reading is None:
        return None
    candidate, confidence = reading.text, reading.confidence
    if not re.fullmatch(r"\d{1,2}", candidate):
        return Verdict("day", None, candidate, confidence, "no day digits could be isolated")
    if month is None or year is None:
        return Verdict(
            "day", None, candidate, confidence, "month or year unknown: the date cannot be checked"
        )
    ranked = constrained(reading, _valid_day(month, year, limits))
    if ranked is not None:  # the likeliest valid day, at its probability given a valid day
        candidate, confidence = ranked
    try:
        when = date(year, month, int(candidate))
    except ValueError:
        return Verdict("day", None, candidate, confidence, f"{candidate}/{month}/{year} is not a date")
    later = [limit for limit in limits if limit < when]
    if later:
        return Verdict(
            "day", None, candidate, confidence, f"after the signature/receipt date {min(later).isoformat()}"
        )
    if confidence < MIN_CONFIDENCE["day"]:
        return Verdict("day", None, candidate, confidence, "low confidence")
    return Verdict("day", when.isoformat(), candidate, confidence, "valid date, confident reading")
