"""Read what the clerk wrote by hand on a scanned letter: number, day, the "ĐẾN" stamp.

    apply_handwriting(doc, pages)   # at the end of parsing a scan; never raises

Fills doc.number / doc.identifier / doc.date only where they are blank or OCR garbage, and
only with readings that pass crosscheck.py; everything else becomes an UNREADABLE_HANDWRITING
issue naming the candidate and its confidence. A typed date line OCR was unsure of is read
again (second_reading.py) and the readings vote.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from vbadmin.extract.dateline import PARTLY_READ, parse_date_line
from vbadmin.handwriting.blanks import Reading, page_rgb, read_page
from vbadmin.handwriting.crosscheck import (
    Verdict,
    check_day,
    check_month,
    check_number,
    signature_dates,
    typed_numbers,
)
from vbadmin.handwriting.received import read_stamp
from vbadmin.handwriting.second_reading import cites_a_later_date, cites_a_year_after, date_read_again
from vbadmin.model import Document, Evidence, Issue, Received
from vbadmin.pages import Page

__all__ = ["apply_handwriting"]

HEADER_ROWS = 20  # rows of the text where the date line is looked for
NUMBER_CODES = {"BLANK_NUMBER", "UNREADABLE_NUMBER", "OCR_REPAIRED"}
DATE_CODES = {"MISSING_DATE", "UNREADABLE_DATE", "OCR_REPAIRED"}
# What the page reading said of a blank the reader then filled (not a symbol's repairs).
_SETTLED_CODES = {"BLANK_NUMBER", "UNREADABLE_NUMBER", "MISSING_DATE", "UNREADABLE_DATE", "INVALID_DATE"}


def apply_handwriting(doc: Document, pages: list[Page]) -> None:
    """Fill blank number/date and the receipt stamp from page 1's image; report, never raise."""
    try:
        _apply(doc, pages)
    except Exception as exc:  # noqa: BLE001 - an odd scan must not cost the whole record
        doc.issues.append(
            Issue(
                code="UNREADABLE_HANDWRITING", message=f"handwriting reader failed: {exc!r}", severity="info"
            )
        )


def _needs(doc: Document, field: str, codes: set[str], value: str | None) -> bool:
    return value is None or any(i.code in codes and i.field == field for i in doc.issues)


def _apply(doc: Document, pages: list[Page]) -> None:
    if not pages or pages[0].image is None:
        return
    page = pages[0]
    text = doc.text or "\n".join(p.text for p in pages)
    needs_number = _needs(doc, "identifier", NUMBER_CODES, doc.number)
    second = date_read_again(doc, page)  # None unless OCR was unsure of a figure of the line
    disputed = second is not None and second != doc.date
    needs_day = _needs(doc, "date", DATE_CODES, doc.date) or disputed
    # Blanks read only when a field needs them: a cleanly printed letter costs no second look.
    rgb = page_rgb(page)  # once for the blanks and the stamp: a page is 26 MB
    readings = read_page(page, doc.symbol, rgb=rgb) if needs_number or needs_day else {}
    limits = signature_dates(text)
    year = _year(doc, text)
    stamp = read_stamp(page, year, rgb=rgb)
    if stamp is not None:
        _apply_stamp(doc, stamp, page)
        if doc.received and doc.received.date:
            limits.append(date.fromisoformat(doc.received.date))
    if needs_number:
        verdict = check_number(readings.get("number"), typed_numbers(text, doc.symbol))
        if verdict is not None:
            _apply_number(doc, verdict, readings.get("number"), page)
    if needs_day and (_needs(doc, "date", DATE_CODES, doc.date) or disputed):
        month = _typed_month(readings) or check_month(readings.get("month"))
        verdict = check_day(readings.get("day"), month, year, limits)
        _apply_day(doc, verdict, readings.get("day"), page, second)


def _year(doc: Document, text: str) -> int | None:
    """The year of the parsed date, else of the date line ("…, ngày … tháng … năm 2026") among
    the first rows. Never a year found elsewhere: "Luật Xây dựng ngày 18 tháng 6 năm 2014"
    in the legal basis is not the letter's."""
    if doc.date:
        return int(doc.date[:4])
    for row in text.splitlines()[:HEADER_ROWS]:
        line = parse_date_line(row)
        if line is not None and line.year:
            return line.year
    return None


def _typed_month(readings: dict[str, Reading]) -> int | None:
    month = readings.get("month")
    if month is not None and month.box is None and month.text.isdigit() and 1 <= int(month.text) <= 12:
        return int(month.text)  # printed, read by OCR
    return None


def _evidence(page: Page, reading: Reading | None, confidence: float) -> Evidence:
    box = _float_box(reading.box) if reading and reading.box else None
    return Evidence(
        page=page.number,
        box=box,
        unit="px",
        confidence=round(min(max(confidence, 0.0), 1.0), 3),
        source="handwriting",
    )


def _float_box(box: tuple[int, int, int, int]) -> tuple[float, float, float, float]:
    return (float(box[0]), float(box[1]), float(box[2]), float(box[3]))


def _unreadable(doc: Document, field: str, verdict: Verdict) -> None:
    doc.issues.append(
        Issue(
            code="UNREADABLE_HANDWRITING",
            field=field,
            message=f"candidate {verdict.candidate or '-'} (confidence {verdict.confidence:.2f}): "
            f"{verdict.reason}",
        )
    )


def _apply_number(doc: Document, verdict: Verdict, reading: Reading | None, page: Page) -> None:
    if verdict.value is None:
        _unreadable(doc, "identifier", verdict)
        return
    if doc.number is not None and verdict.value == f"{doc.number}1" and verdict.source != "typed":
        return  # "186/TB-HĐND" read "1861": the slash after the printed number taken for a 1
    if doc.number is not None and verdict.source != "typed" and verdict.value != doc.number:
        _disagreement(doc, "identifier", doc.number, verdict.value)
        doc.number = doc.identifier = None
        return
    doc.number = verdict.value
    _settled(doc, "identifier")
    if doc.symbol:
        separator = "-" if doc.system == "party" else "/"
        doc.identifier = f"{verdict.value}{separator}{doc.symbol}"
    doc.evidence["identifier"] = _evidence(page, reading, verdict.confidence)
    code = "HANDWRITING_READ" if verdict.agrees is not False else "HANDWRITING_DISAGREES"
    doc.issues.append(
        Issue(
            code=code,
            field="identifier",
            severity="info" if verdict.agrees is not False else "warning",
            message=f"number {verdict.value}: {verdict.reason}",
        )
    )


def _settled(doc: Document, field: str) -> None:
    """The page reading's warnings on a field the handwriting reader has now filled ("the date
    line has blanks", "68/7/2025 is not a valid date") say how it was read, no longer that it is
    wrong: they stay, as information."""
    for issue in doc.issues:
        if issue.field == field and issue.severity == "warning" and issue.code in _SETTLED_CODES:
            issue.severity = "info"
            issue.message += "; then read from the handwriting"


def _disagreement(doc: Document, field: str, printed: str, handwritten: str) -> None:
    """OCR's reading of the line and the handwriting reader's disagree: neither is believed."""
    message = f"OCR read {printed}, the handwriting reader {handwritten}: left empty"
    doc.issues.append(Issue(code="HANDWRITING_DISAGREES", field=field, severity="warning", message=message))


def _apply_day(
    doc: Document, verdict: Verdict | None, reading: Reading | None, page: Page, second: str | None = None
) -> None:
    """The date the readings agree on: OCR's reading of the date line, a second reading of its
    figures (when OCR was unsure of one) and the digit reader's. Two that agree outvote the
    third; two that disagree, with no third to settle it, leave the date empty."""
    handwritten = verdict.value if verdict is not None else None
    if verdict is not None and handwritten is None:
        _unreadable(doc, "date", verdict)
    printed = doc.date
    if printed and handwritten and handwritten != printed and _completes_ocr_figure(doc, handwritten):
        printed = handwritten  # OCR half read a figure the reader read whole
    elif printed and second and second != printed and _completes_ocr_figure(doc, second):
        printed = second  # "ngày 2]": the second reading read the day's "21" whole
    if printed and printed == doc.date and cites_a_later_date(doc) and second != printed:
        doc.issues.append(Issue(code="INVALID_DATE", field="date", severity="warning",
                                message=f"{printed} is before a document the letter cites: misread"))
        if handwritten and handwritten[:4] == printed[:4]:
            handwritten = None  # the reader reads the day; its year was the one misread
        doc.date = printed = None
    votes = {"OCR": printed, "a second reading": second, "the handwriting reader": handwritten}
    chosen = _agreed(votes)
    if chosen and _before_what_it_cites(doc, chosen):
        doc.date = None
        return
    if chosen is None:
        if len(set(votes.values()) - {None}) > 1:
            _date_disagreement(doc, votes)
            doc.date = None
        return
    outvoted = [f"{who} read {value}" for who, value in votes.items() if value and value != chosen]
    if verdict is not None and chosen == handwritten:
        doc.date = chosen
        _settled(doc, "date")
        doc.evidence["date"] = _evidence(page, reading, verdict.confidence)
        doc.issues.append(
            Issue(
                code="HANDWRITING_READ",
                field="date",
                severity="info",
                message=f"day {verdict.candidate} (confidence {verdict.confidence:.2f}): {verdict.reason}"
                + "".join(f"; {vote}, outvoted" for vote in outvoted),
            )
        )
    elif chosen != doc.date:  # the page reading's date was out (see cites_a_later_date)
        doc.date = chosen
        doc.issues.append(Issue(code="DATE_READ_AGAIN", field="date", severity="info",
                                message=f"{chosen} read again"))
    elif outvoted:
        doc.issues.append(Issue(code="DATE_READ_AGAIN", field="date", severity="info",
                                message=f"{chosen} kept; " + ", ".join(outvoted) + ", outvoted"))


def _before_what_it_cites(doc: Document, chosen: str) -> bool:
    """A date of a year before a document the letter cites is no reading of its date line,
    however many readings give it (its year misread, the reader's day set in it); a month or a
    day after the letter's may be the cited date's own misreading."""
    if not cites_a_year_after(doc, chosen):
        return False
    if not any(issue.code == "INVALID_DATE" for issue in doc.issues):
        doc.issues.append(Issue(code="INVALID_DATE", field="date", severity="warning",
                                message=f"{chosen} is before a document the letter cites: left empty"))
    return True


def _agreed(votes: dict[str, str | None]) -> str | None:
    """The one value given, or the value two readings give; None when they disagree."""
    counts = Counter(value for value in votes.values() if value)
    if not counts:
        return None
    value, times = counts.most_common(1)[0]
    return value if len(counts) == 1 or times >= 2 else None


def _date_disagreement(doc: Document, votes: dict[str, str | None]) -> None:
    code = "HANDWRITING_DISAGREES" if votes["the handwriting reader"] else "DATE_READINGS_DISAGREE"
    message = ", ".join(f"{who} read {value}" for who, value in votes.items() if value) + ": left empty"
    doc.issues.append(Issue(code=code, field="date", severity="warning", message=message))


def _completes_ocr_figure(doc: Document, read: str) -> bool:
    """OCR kept only the first figure of a day or month it half read ("2]" → 2, "1T" → 1):
    the reader's date that differs only there, by one more figure after that one, is whole."""
    if doc.date is None or read[:4] != doc.date[:4]:
        return False
    for part, start, same in (("day", 8, (5, 7)), ("month", 5, (8, 10))):
        if read[slice(*same)] != doc.date[slice(*same)]:
            continue
        half_read = any(
            i.code == "OCR_REPAIRED" and i.message.startswith(f"{part} ") and PARTLY_READ in i.message
            for i in doc.issues
        )
        ocr, reader = str(int(doc.date[start : start + 2])), str(int(read[start : start + 2]))
        if half_read and len(reader) == len(ocr) + 1 and reader.startswith(ocr):
            return True
    return False


def _apply_stamp(doc: Document, stamp: object, page: Page) -> None:
    from vbadmin.handwriting.received import StampReading

    assert isinstance(stamp, StampReading)
    received_on = stamp.date
    if received_on and doc.date and received_on < doc.date:
        # Received before it was written: one of the two dates is misread; the letter's typed
        # date is the better evidence, so the stamp's is left out.
        doc.issues.append(Issue(
            code="HANDWRITING_DISAGREES", field="received", severity="warning",
            message=f"receipt date {received_on} is before the letter's date {doc.date}: left out",
        ))
        received_on = None
    doc.received = Received(number=stamp.number, date=received_on, body=stamp.body)
    doc.evidence["received"] = Evidence(
        page=page.number,
        box=_float_box(stamp.box),
        unit="px",
        confidence=round(stamp.confidence, 3),
        source="handwriting",
    )
    if stamp.number is None or received_on is None:
        doc.issues.append(
            Issue(
                code="UNREADABLE_HANDWRITING",
                field="received",
                severity="info",
                message=f"receipt stamp partly unread (OCR text {stamp.raw_text[:80]!r})",
            )
        )
