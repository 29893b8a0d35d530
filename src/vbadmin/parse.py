"""The pipeline: pages → layout → extract each component → a validated Document."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from vbadmin import vocab
from vbadmin.errors import EmptyInputError, InputError, NotALetterError, TooLargeError
from vbadmin.extract.body import Body, read_body
from vbadmin.extract.dateline import DateLine, parse_date_line
from vbadmin.extract.distribution import (
    DRAFTER_MARK,
    find_noi_nhan,
    read_distribution,
    unlabelled_distribution,
)
from vbadmin.extract.header import (
    Header,
    is_motto,
    is_upper_line,
    motto_value,
    national_header_kind,
    national_header_value,
    read_header,
    read_issuer,
)
from vbadmin.extract.identifier import (
    NUMBER_LABEL,
    IdentifierParts,
    as_state_numbering,
    code_from_archive_copy,
    continues_symbol,
    mend_letter_read_twice,
    parse_number_line,
)
from vbadmin.extract.joint import issuers_party, lead_block, signature_grid
from vbadmin.extract.recipients import (
    ALSO_TO,
    Recipients,
    is_one_addressee_label,
    is_recipients_label,
    read_recipients,
)
from vbadmin.extract.references import find_references
from vbadmin.extract.signature import (
    BODY_NAME_ENDS,
    SignatureBlock,
    bare_word,
    is_family_name_marks_aside,
    is_person_name,
    opens_with_family_name,
    read_signature,
    repair_person_name,
    split_honorific,
)
from vbadmin.extract.subject import (
    VV,
    can_start_subject,
    is_dispatch_subject,
    is_vv_line,
    read_subject,
    type_line,
)
from vbadmin.handwriting.crosscheck import signature_dates
from vbadmin.layout import SIGNED, Segment, is_rule_line, layout, without_signature_stamps
from vbadmin.lexicon import base_and_marks, is_known_syllable
from vbadmin.model import Document, Evidence, Issue, Reference, Signatory, SourceInfo
from vbadmin.normalize import (
    edit_distance,
    is_vietnamese_word,
    loose_key,
    loose_words,
    match_key,
    strip_diacritics,
    unify_dashes,
)
from vbadmin.ocrfix import repair_heading_numerals, repair_ocr_page
from vbadmin.pages import Page, Word

if TYPE_CHECKING:
    from vbadmin.load import LoadedSource

MAX_TEXT_CHARS = 5_000_000  # ~ a 2 000-page letter; anything bigger is not one letter
NO_SUBJECT_TYPES = {"Giấy giới thiệu", "Giấy nghỉ phép", "Giấy đi đường"}  # their type line stands alone
HEADER_WINDOW = 60  # segments from the top of page 1 where the header components live
# A second look at a scan's footer: (page number, box of the "Nơi nhận" list) → the lines
# beside it read again from the page image (signature_zone.read_signature_zone).
SecondLook = Callable[[int, tuple[float, float, float, float]], list[Segment]]


@dataclass
class _Anchors:
    """Indices (into the segment list) of the components that delimit the zones."""

    number: int | None = None
    date: int | None = None
    header_end: int = -1
    body_opens: int | None = None  # the first "Kính gửi" or title line in the header window
    dispatch_subject: bool = False  # no type title, and the subject is headed "V/v"
    body_start: int = 0
    footer_start: int | None = None


@dataclass
class _Builder:
    segments: list[Segment]
    text: str
    doc: Document = field(default_factory=Document)
    anchors: _Anchors = field(default_factory=_Anchors)
    signed_on_scan: bool = False  # the signature block was read by OCR
    second_look: SecondLook | None = None
    joint_bodies: list[str] = field(default_factory=list)  # a joint document's bodies, lead first

    def evidence(self, name: str, used: list[Segment], confidence: float = 1.0) -> None:
        if not used:
            return
        first = used[0]
        box = _box_on_first_page(used)
        ocr = min(s.confidence for s in used)
        origin = first.origin if first.origin in ("text", "pdf", "ocr", "docx") else "text"
        in_text = _in_text(used)  # not the lines of a second reading of the image
        self.doc.evidence[name] = Evidence(
            span=(in_text[0].span[0], in_text[-1].span[1]) if in_text else None,
            page=first.page,
            box=box,
            unit=first.unit if first.unit in ("pt", "px", "char") else None,  # type: ignore[arg-type]
            ocr_confidence=ocr if origin == "ocr" else None,
            confidence=round(max(0.0, min(1.0, confidence * (ocr if origin == "ocr" else 1.0))), 3),
            source=origin,  # type: ignore[arg-type]
        )

    def issue(self, code: str, field_name: str | None, message: str, severity: str = "warning") -> None:
        self.doc.issues.append(Issue(code=code, field=field_name, message=message, severity=severity))  # type: ignore[arg-type]


def _box_on_first_page(segments: list[Segment]) -> tuple[float, float, float, float]:
    """The box around the segments on the first one's page."""
    on_page = [s for s in segments if s.page == segments[0].page]
    return (min(s.box[0] for s in on_page), min(s.box[1] for s in on_page),
            max(s.box[2] for s in on_page), max(s.box[3] for s in on_page))


def _in_text(segments: list[Segment]) -> list[Segment]:
    """The segments that are part of the document's text (a second reading's lines are not)."""
    return [segment for segment in segments if segment.span[1] > 0]


def _first(
    segments: list[Segment], test: Callable[[Segment], object], start: int = 0, stop: int | None = None
) -> int | None:
    end = len(segments) if stop is None else min(stop, len(segments))
    return next((i for i in range(start, end) if test(segments[i])), None)


def _on_first_page(segments: list[Segment]) -> int:
    """How many leading segments lie in the header window of page 1."""
    count = 0
    for segment in segments[:HEADER_WINDOW]:
        if segment.page != 1:
            break
        count += 1
    return count


def _read_identifier(b: _Builder) -> IdentifierParts | None:
    window = _on_first_page(b.segments)
    # "SỐ 1050/QĐ-SCT" in capitals inside an issuer name ("ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ …")
    # is not the number line: prefer "Số" as the number line writes it.
    index = _first(
        b.segments,
        lambda s: not _in_capitals_name(s.text) and parse_number_line(_unwrapped(b, s)),
        stop=window,
    )
    if index is None:
        index = _first(b.segments, lambda s: parse_number_line(_unwrapped(b, s)), stop=window)
    parts = parse_number_line(_unwrapped(b, b.segments[index])) if index is not None else None
    if index is None:
        index, parts = _number_line_without_so(b, window)
    if index is None or parts is None:
        b.issue("MISSING_IDENTIFIER", "identifier", _why_no_identifier(b.segments[:window]))
        return None
    b.anchors.number = index
    if b.segments[index].origin == "ocr":
        parts = mend_letter_read_twice(parts)
    pen = _pen_figures(b.segments[index])
    if parts.number is not None and pen:
        # OCR's reading of a handwritten number is no reading: the handwriting reader decides.
        parts.issues.append(("UNREADABLE_NUMBER", f"number {pen!r} is written in pen, not printed"))
        parts.number = parts.identifier = None
    d = b.doc
    d.identifier, d.number, d.symbol = parts.identifier, parts.number, parts.symbol
    d.issuer_code = parts.issuer_code
    for code, message in parts.issues:
        b.issue(code, "identifier", message)
    confidence = 0.6 if any(code != "BLANK_NUMBER" for code, _ in parts.issues) else 1.0
    b.evidence("identifier", [b.segments[index], *_symbol_wrapped_below(b, b.segments[index])], confidence)
    return parts


def _why_no_identifier(header: list[Segment]) -> str:
    label = next((s for s in header if s.column != "right" and NUMBER_LABEL.match(s.text)), None)
    if label is not None:
        return f"the number line {label.text!r} is not readable as a number and symbol"
    return "no 'Số …' number line in the header"


def _past_specks(segments: list[Segment], index: int) -> int:
    """The first row from `index` that is no speck: a ":" or "„" OCR read under a title is no
    subject's first row (a "-" there is the title's rule, where a subject may be missing)."""
    while index < len(segments) and segments[index].origin == "ocr" and _speck(segments[index].text):
        index += 1
    return index


def _speck(text: str) -> bool:
    """":", "„": no letter nor figure, and no rule's stroke ("-", "_": a title's rule)."""
    return not any(ch.isalnum() or ch in "-–—_" for ch in text)


def _unwrapped(b: _Builder, segment: Segment) -> str:
    """The number line's text with the rest of a symbol wrapped onto the row below."""
    return " ".join(s.text for s in (segment, *_symbol_wrapped_below(b, segment)))


def _symbol_wrapped_below(b: _Builder, segment: Segment) -> list[Segment]:
    """A long joint symbol wraps in the narrow header cell ("Số: 24/HDLN-BCA-BQP-BYT-" over
    "BCT-BTC-VKSNDTC-TANDTC"): the line under a number line ending in "-" that is all codes."""
    if not unify_dashes(segment.text).rstrip().endswith("-"):
        return []
    index = b.segments.index(segment)
    nearby = b.segments[index + 1 : index + 4]
    following = next((s for s in nearby if s.column == segment.column and s.page == segment.page), None)
    if following is not None and 0 < following.row - segment.row <= 2 and continues_symbol(following.text):
        return [following]
    return []


def _in_capitals_name(text: str) -> bool:
    """"SỐ 1050/QĐ-SCT" with no colon: a capitals line that cites, not the number line."""
    return bool(re.match(r"^\W{0,3}SỐ(?!\s*:)", text))


def _pen_figures(segment: Segment) -> str:
    """Figures on the line that OCR saw in blue ink beside black print: a clerk's pen. (A line
    all blue is a colour cast of the scan, not pen.)"""
    if not any(word.colour == "black" for word in segment.words):
        return ""
    return " ".join(w.text for w in segment.words if w.colour == "blue" and any(c.isdigit() for c in w.text))


def _number_line_without_so(b: _Builder, window: int) -> tuple[int | None, IdentifierParts | None]:
    """On a scan the handwritten number can blot out "Số" ("sẽ2 ) ŸBCT-ATMT"): a left-column
    line above the subject that ends in a symbol opening with a known code is the number line."""
    for index, segment in enumerate(b.segments[:window]):
        if is_vv_line(segment) or type_line(segment) or is_recipients_label(segment):
            break
        if segment.origin != "ocr" or segment.column == "right" or "-" not in segment.text:
            continue
        parts = parse_number_line(f"Số: {segment.text.split()[-1]}")
        if parts is not None and parts.number is None:
            message = f"{segment.text!r}: the number line, its 'Số' not readable"
            parts.issues.append(("OCR_REPAIRED", message))
            return index, parts
    return None, None


def _is_date_line(segment: Segment) -> DateLine | None:
    if len(segment.text) > 90:
        return None
    return parse_date_line(segment.text)


_NGAY_THANG = re.compile(r"\bng[àa]y\b.*\bth[áa]ng\b", re.IGNORECASE)


def _wrapped_date_line(b: _Builder, window: int) -> tuple[int, list[Segment], DateLine] | None:
    """"Sơn / La, ngày 11 tháng 3 / năm 2020": a date line a flattened table cut into rows;
    the row with "ngày … tháng" joined with the row after it, and the one before it."""
    for index in range(min(window, len(b.segments))):
        if not _NGAY_THANG.search(b.segments[index].text):
            continue
        found = []
        for first, last in ((index, index + 1), (index - 1, index + 1)):
            rows = b.segments[max(first, 0) : last + 1]
            joined = " ".join(s.text for s in rows)
            if len(joined) <= 90 and (line := parse_date_line(joined)) is not None:
                found.append((index, rows, line))
        # "Sơn La" over "La": the join whose place is a known province, else the shorter one.
        known = [f for f in found if f[2].place and vocab.province_name(f[2].place)]
        if known or found:
            return (known or found)[0]
    return None


def _mend_symbol_from_archive_copy(b: _Builder) -> None:
    """A symbol group OCR read with a marked vowel ("SXD-QLƠT") is the code of the drafting
    unit that the archive copy lists ("Lưu: VT, QLGT")."""
    d = b.doc
    archive_copy = next((item for item in d.distribution if item.startswith("Lưu")), None)
    mended = code_from_archive_copy(d.symbol, archive_copy) if d.symbol and archive_copy else None
    if d.symbol is None or mended is None:
        return
    read, code = mended
    d.symbol = d.symbol.replace(read, code)
    d.identifier = d.identifier.replace(read, code) if d.identifier else None
    d.issuer_code = d.issuer_code.replace(read, code) if d.issuer_code else None
    b.issue("OCR_REPAIRED", "identifier", f"symbol code {read!r} read as {code}, the archive copy's code")


def _mend_issuer_code_under_ink(b: _Builder, tail: str) -> None:
    """"…5CT-ATMT": the issuer's code lost its first letters to the handwritten number; the one
    known code of the issuer's name that ends so is meant (BỘ CÔNG THƯƠNG: BCT)."""
    d = b.doc
    issuer = match_key(d.issuer or "")
    codes = [c.code for c in vocab.issuer_codes() if match_key(c.name) == issuer and c.code.endswith(tail)]
    if len(codes) != 1 or codes[0] == tail or not d.symbol or not d.symbol.startswith(f"{tail}-"):
        return
    d.symbol = codes[0] + d.symbol[len(tail) :]
    d.identifier = f"{d.number}/{d.symbol}" if d.number else None
    d.issuer_code = codes[0]
    b.issue("OCR_REPAIRED", "identifier", f"issuer code {tail!r} read under ink as {codes[0]}, the issuer's")


def _read_date(b: _Builder) -> None:
    window = _on_first_page(b.segments)
    b.anchors.body_opens = _first(b.segments, _opens_body, stop=window)
    body = window if b.anchors.body_opens is None else b.anchors.body_opens
    found = ((i, _header_date_line(b.segments[i], i < body)) for i in range(min(window, len(b.segments))))
    index, line = next(((i, line) for i, line in found if line is not None), (None, None))
    rows = [b.segments[index]] if index is not None else []
    if index is None and (wrapped := _wrapped_date_line(b, body)) is not None:
        index, rows, line = wrapped
    if index is None and (garbled := _place_over_garbled_date(b, window)) is not None:
        index, line = garbled
        rows = [b.segments[index]]
    if index is None or line is None:
        b.issue("MISSING_DATE", "date", "no place and date line in the header")
        return
    if line.year is None and (year_below := _year_wrapped_below(b, index)) is not None:
        line, rows = year_below[0], [*rows, year_below[1]]
    b.anchors.date = index
    pen = _pen_figures(b.segments[index])
    if line.date is not None and pen:
        line.issues.append(("UNREADABLE_DATE", f"{pen!r} is written in pen, not printed"))
        line.date = None
    b.doc.place, b.doc.date = line.place, line.date
    for code, message in line.issues:
        b.issue(code, "date", message)
    repaired = any(code == "OCR_REPAIRED" for code, _ in line.issues)
    b.evidence("date", rows, 0.3 if not line.date else 0.6 if repaired else 1.0)
    if line.place:
        b.evidence("place", rows)


_YEAR_OPENS = re.compile(r"^\s*(?:19|20)\d\d\b")
# "Hà Nội, nướp ®hˆ thàng 4 nữm 2UAn": a province's name and a comma, then a date OCR garbled
# past reading (its "tháng" or "năm" still shows).
_PLACE_THEN_GARBLE = re.compile(
    r"^(?P<place>[^\W\d_][^,\d]{1,40}?)\s*,\s*(?P<rest>.*\b(?:th\w{1,2}ng|n\w{1,2}m)\b.*)$"
)


def _place_over_garbled_date(b: _Builder, window: int) -> tuple[int, DateLine] | None:
    """An OCR'd header's right-column row, above the body, that opens with a province's name and
    a comma over a date OCR garbled: the place, the date unread (never guessed)."""
    opens = b.anchors.body_opens
    body_row = b.segments[opens].row if opens is not None else None
    for index in range(min(window, len(b.segments))):
        segment = b.segments[index]
        found = _PLACE_THEN_GARBLE.match(segment.text) if segment.origin == "ocr" else None
        if found is None or segment.column == "left" or body_row is not None and segment.row > body_row:
            continue
        place = vocab.province_name(found["place"])
        if place is not None:
            message = f"{found['rest']!r} after the place is no readable date"
            return index, DateLine(place=place, date=None, year=None, issues=[("UNREADABLE_DATE", message)])
    return None


def _year_wrapped_below(b: _Builder, index: int) -> tuple[DateLine, Segment] | None:
    """"Quảng Ngãi, ngày 27 tháng 10 năm" / "2025": a date line wrapped in its column before
    its year, the year on the column's next row (the other column's rows come between)."""
    here = b.segments[index]
    below = next((s for s in b.segments[index + 1 : index + 8]
                  if s.page == here.page and s.column == here.column and 0 < s.row - here.row <= 2), None)
    if below is None or not _YEAR_OPENS.match(below.text):
        return None
    joined = parse_date_line(f"{here.text} {below.text}")
    return (joined, below) if joined is not None and joined.year is not None else None


def _header_date_line(segment: Segment, before_body: bool) -> DateLine | None:
    """A date line; below the addressee or the title only with its place: a bare "Ngày … tháng
    … năm" there is a signer's date on a form (phiếu trình), not the letter's."""
    line = _is_date_line(segment)
    return line if line is not None and (before_body or line.place) else None


def _opens_body(segment: Segment) -> bool:
    return is_recipients_label(segment) or type_line(segment) is not None


def _read_header(b: _Builder) -> Header:
    window = _on_first_page(b.segments)
    body = b.anchors.body_opens
    # A date line below the title (a form's, at its foot) does not carry the header down with it.
    dated = b.anchors.date if b.anchors.date is not None and (body is None or b.anchors.date < body) else None
    found = [i for i in (b.anchors.number, dated) if i is not None]
    header = read_header(b.segments[:window])
    for seg in (header.national_header, header.motto):
        if seg is not None:
            found.append(b.segments.index(seg))
    b.anchors.header_end = max(found, default=-1)
    issuer_zone = (
        b.segments[: b.anchors.number]
        if b.anchors.number is not None
        else (b.segments[: max(b.anchors.header_end, 0)])
    )
    issuer = read_issuer(issuer_zone, b.doc.issuer_code, header.national_header)
    if issuer.issuer is None and not issuer.joint and b.anchors.number is not None:
        # The header's lines came apart and the body's name follows the number (an OCR app's
        # copy: "Số 1458-CV/TU", then "TỈNH ỦY HÀ GIANG").
        below = _header_rows_below_number(b, b.anchors.number)
        issuer = read_issuer(below, b.doc.issuer_code, header.national_header, scattered=True)
    d = b.doc
    if header.national_header is not None:
        printed = header.national_header.text
        d.national_header, repaired = national_header_value(printed)
        if repaired:
            b.issue("OCR_REPAIRED", "national_header", f"{printed!r} read as the national header")
        b.evidence("national_header", [header.national_header])
    if header.motto is not None:
        d.motto = motto_value(header.motto.text)
    d.issuer, d.parent_issuer = issuer.issuer, issuer.parent_issuer
    b.joint_bodies = issuer.joint
    if any(s.origin == "ocr" for s in issuer.issuer_lines + issuer.parent_lines):
        _repair_header_phrases(b)
    b.evidence("issuer", issuer.issuer_lines)
    b.evidence("parent_issuer", issuer.parent_lines)
    if d.issuer is None:
        b.issue("MISSING_ISSUER", "issuer", "no issuing body above the number line")
    for name, mark in (("urgency", header.urgency), ("secrecy", header.secrecy)):
        if mark:
            setattr(d, name, mark[0])
            b.evidence(name, [mark[1]])
    return header


# "BAN CHÍNH SÁCH, CHIẾN LƯỢC WN": pen strokes read after a body's name as a word of one or
# two letters no Vietnamese word has ("TẬP ĐOÀN FPT", "DỰ ÁN WB" name a company, a donor).
_FOREIGN_TAIL = re.compile(r"\s+(?=[A-Z]{1,2}$)[A-Z]*[FJWZ][A-Z]*$")


def _without_pen_tail(name: str, text: str) -> str:
    """The name without such a word at its end, unless the letter prints that word elsewhere."""
    tail = _FOREIGN_TAIL.search(name)
    if tail is None or len(re.findall(rf"\b{tail[0].strip()}\b", text)) > 1:
        return name
    return name[: tail.start()]


def _header_rows_below_number(b: _Builder, number: int) -> list[Segment]:
    """The rows after the number line up to the title, the subject, "Kính gửi" or the body."""
    rows = []
    for segment in b.segments[number + 1 : _on_first_page(b.segments)]:
        if is_vv_line(segment) or type_line(segment) or is_recipients_label(segment):
            break
        if not is_upper_line(segment.text) and not _is_date_line(segment) and not is_rule_line(segment.text):
            break  # the body
        if loose_key(segment.text) != "duthao":  # a draft's mark is no body's name
            rows.append(segment)
    return rows


def _restore_lost_marks(b: _Builder) -> None:
    """A typed text with its marks (an OCR app's or a web page's copy) whose body or title lost
    a word's marks: "TỈNH UY ĐỒNG NAI", "T/M BAN THƯỜNG VU". Words without marks in a known
    phrase get the phrase's; a word typed with marks stays as typed, and so does a text typed
    without any."""
    d = b.doc
    for name in ("issuer", "parent_issuer"):
        value = getattr(d, name)
        if value and (restored := _with_lost_marks(value)) != value:
            setattr(d, name, restored)
            b.issue("MARKS_RESTORED", name, f"{value!r} read as {restored!r}", "info")
    if d.signatory is not None:
        for name in ("authority", "position"):
            value = getattr(d.signatory, name)
            if value and (restored := "\n".join(map(_with_lost_marks, value.splitlines()))) != value:
                setattr(d.signatory, name, restored)
                b.issue("MARKS_RESTORED", "signatory", f"{value!r} read as {restored!r}", "info")


def _with_lost_marks(line: str) -> str:
    """An unmarked word that every known phrase covering it spells one way, with marks: "TỈNH
    UY" → ỦY; "HẢI QUAN KHU" keeps QUAN (QUÂN KHU would spell it otherwise)."""
    if not is_upper_line(line):
        return line
    words = line.split()
    marked = [strip_diacritics(word) != word for word in words]
    if all(marked) or not any(marked):
        return line
    spellings = vocab.phrase_spellings(words)
    restored = [
        next(iter(spelled)) if not has_marks and len(spelled) == 1 and word.isalpha() else word
        for word, spelled, has_marks in zip(words, spellings, marked, strict=True)
    ]
    return " ".join(restored) if restored != words else line


def _repair_header_phrases(b: _Builder) -> None:
    """OCR drops tone marks in body names ("THÀNH PHÔ"): put back those of well-known phrases."""
    for name in ("issuer", "parent_issuer"):
        value = getattr(b.doc, name)
        if value:
            repaired, _ = vocab.repair_phrases(vocab.repair_body_head(_without_pen_tail(value, b.doc.text)))
            if repaired != value:
                setattr(b.doc, name, repaired)
                b.issue("OCR_REPAIRED", name, f"{value!r} read as {repaired!r}", "info")


def _repair_item_phrases(b: _Builder, name: Literal["distribution", "recipients"]) -> None:
    """Titles and bodies in an OCR'd list get their lost marks back ("Giảm độc Sở" → "Giám
    đốc Sở", "Uy ban nhân dân" → "Ủy ban nhân dân"), each word keeping its case and punctuation."""
    repaired = [vocab.repair_phrase_words(item) for item in getattr(b.doc, name)]
    changes = [change for _, item_changes in repaired for change in item_changes]
    if changes:
        setattr(b.doc, name, [item for item, _ in repaired])
        b.issue("OCR_REPAIRED", name, "words put right: " + ", ".join(changes), "info")


def _read_subject(b: _Builder) -> tuple[vocab.DocType | None, int]:
    """Type line and subject; returns the type from the type line and the last index used."""
    after = (b.anchors.number if b.anchors.number is not None else b.anchors.header_end) + 1
    window = min(len(b.segments), max(b.anchors.header_end, after) + 14)
    type_index = _first(b.segments, type_line, start=max(0, after - 1), stop=window)
    last = b.anchors.header_end
    line_type: vocab.DocType | None = None
    start: int | None = None
    run_on = ""
    if type_index is not None:
        found = type_line(b.segments[type_index])
        assert found is not None
        line_type, run_on = found
        b.evidence("doc_type", [b.segments[type_index]])
        last = max(last, type_index)
        start = type_index if run_on else _below(b.segments, type_index)
        if run_on and _qualifier_over_subject(b.segments, type_index, run_on):
            run_on, start = "", _below(b.segments, type_index)
        elif run_on.isupper() and len(run_on.split()) == 1:
            # "PHIẾU CHUYỂN ĐƠN", "BÁO CÁO NHANH": a word qualifies the title; the subject, if
            # any, is the line under it
            run_on, start = "", _below(b.segments, type_index)
        start = _past_specks(b.segments, start)
        if line_type.name in NO_SUBJECT_TYPES or start >= len(b.segments):
            start = None
        elif not run_on and not can_start_subject(b.segments[start]):
            start = None  # a type line with no subject under it
    else:
        # the number line unread, the "V/v" under it may sit among the letterhead's rows
        vv_from = after if b.anchors.number is not None else 0
        start = _first(
            b.segments, lambda s: is_vv_line(s) and s.column != "right", start=max(0, vv_from), stop=window
        )
        b.anchors.dispatch_subject = start is not None and is_dispatch_subject(b.segments[start])
        if start is None:  # a Party công văn prints its subject under the number without "V/v"
            start = _first(
                b.segments, _unlabelled_subject, start=max(0, after), stop=b.anchors.header_end + 4
            )
    if start is not None:
        subject = read_subject(b.segments, start, strip_lead=True)
        text = subject.text
        if run_on and text:
            text = _run_on_subject(text, subject.segments[0].text, run_on)
        b.doc.subject = _without_trailing_issuer(text, b.doc.issuer) if text else text
        b.evidence("subject", subject.segments)
        last = max(last, b.segments.index(subject.segments[-1]))
    return line_type, last


QUALIFIER_WORDS = 2  # "ĐIỀU ĐỘNG": a qualifier is a word or two, a subject run on is longer


def _qualifier_over_subject(segments: list[Segment], type_index: int, run_on: str) -> bool:
    """"LỆNH ĐIỀU ĐỘNG" over "Lực lượng, phương tiện …": the words after the type's name qualify
    the title (in capitals, no "VỀ"), and the subject is the sentence-case line printed under it."""
    # "QUYẾT ĐỊNH PHÊ DUYỆT KẾ HOẠCH …", "KẾ HOẠCH TỔ CHỨC …": a subject run on, not a qualifier
    if not run_on.isupper() or len(run_on.split()) > QUALIFIER_WORDS or run_on.startswith("VỀ"):
        return False
    below = _below(segments, type_index)
    if below >= len(segments):
        return False
    line = segments[below]
    # a subject in lower case (a Party title's) only under the qualifiers that are no subject's words
    cased = line.text[:1].isupper() or run_on in _QUALIFIERS
    return (line.row > segments[type_index].row and can_start_subject(line)
            and not is_upper_line(line.text) and cased)


_QUALIFIERS = frozenset({"NHANH", "KHẨN", "ĐỘT XUẤT", "TÓM TẮT", "HỎA TỐC"})


def _run_on_subject(text: str, line: str, run_on: str) -> str:
    """The subject run on after the type's name on its `line` ("QUYẾT ĐỊNH VỀ VIỆC CÔNG NHẬN XÃ
    MỸ YÊN, …"): `text` past the name's words (`run_on` was read without the line's
    punctuation), without its "VỀ VIỆC"."""
    if run_on in text:
        return VV.sub("", text[text.find(run_on) :], count=1)
    name_words = len(re.sub(r"[^\w\s]", " ", line).split()) - len(run_on.split())
    counted = 0
    for token in re.finditer(r"\S+", text):  # "QUYẾT ; ĐỊNH", "QUYẾT-ĐỊNH": words, not tokens
        if counted >= name_words > 0:
            return VV.sub("", text[token.start() :], count=1)
        counted += len(re.findall(r"\w+", token[0]))
    return VV.sub("", text, count=1)


def _below(segments: list[Segment], index: int) -> int:
    """The first segment after `index` printed under it (or after it on its row): the other
    column's rows above or beside a title set at the left margin come after it in reading
    order, not under it."""
    here = segments[index]

    def under(other: Segment) -> bool:
        return (other.page != here.page or other.row > here.row
                or (other.row == here.row and other.column == here.column))

    return next((i for i in range(index + 1, len(segments)) if under(segments[i])), len(segments))


def _without_trailing_issuer(subject: str, issuer: str | None) -> str:
    """"… TRONG TÌNH HÌNH MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM": a flattened decision runs its
    deciding body's name on after the subject; that name is not part of it."""
    if not issuer or len(subject) <= len(issuer) + 10:
        return subject
    head, tail = subject[: -len(issuer)].rstrip(), subject[-len(issuer) :]
    # In capitals as the header prints it: "… quản lý của Bộ Xây dựng" ends a sentence-case subject.
    return head if tail.isupper() and loose_key(tail) == loose_key(issuer) and head else subject


def _unlabelled_subject(segment: Segment) -> bool:
    text = segment.text
    return (
        segment.column != "right"
        and text[:1].islower()
        and not _is_date_line(segment)
        and not is_recipients_label(segment)
    )


def _read_recipients(b: _Builder, after: int) -> int:
    start = _first(
        b.segments, is_recipients_label, start=0, stop=min(len(b.segments), after + 25)
    )
    if start is None:
        start = _first(b.segments, is_one_addressee_label, start=0, stop=min(len(b.segments), after + 3))
    if start is None:
        return after
    recipients = read_recipients(b.segments, start)
    last = b.segments.index(recipients.segments[-1])
    also = last + 1
    if also < len(b.segments) and ALSO_TO.match(b.segments[also].text):
        more = read_recipients(b.segments, also)  # "Đồng kính gửi: …"
        recipients = Recipients(recipients.items + more.items, recipients.segments + more.segments)
        last = b.segments.index(more.segments[-1])
    b.doc.recipients = recipients.items
    if any(s.origin == "ocr" for s in recipients.segments):
        _repair_item_phrases(b, "recipients")
    b.evidence("recipients", recipients.segments)
    return max(after, last)


MAX_SPECK_CHARACTERS = 3


def _find_footer(b: _Builder) -> int | None:
    body = b.segments[b.anchors.body_start :]
    noi = find_noi_nhan(body)
    prefix = next((i for i, s in enumerate(body) if _opens_signature(body, i)), None)
    found = [i for i in (noi, prefix) if i is not None]
    if found:
        start = b.anchors.body_start + min(found)
        return _extend_up_to_signatures(b, start) or start
    return _footer_by_title(b) or _footer_by_name(b)


SIGNER_ROWS = 8  # rows from a signature's title down to its name, seal specks included


def _opens_signature(body: list[Segment], index: int) -> bool:
    """A prefix's line in capitals ("KT. CHỦ TỊCH"); a party's ("ĐẠI DIỆN BÊN A") only with a
    signer's row under it: in the text of minutes it may head who took part."""
    text = body[index].text
    found = vocab.signatory_prefix(text)
    if found is None or not is_upper_line(text):
        return False
    return found[0] != "ĐD" or any(_signers_row(s.text) for s in body[index + 1 : index + 1 + SIGNER_ROWS])


def _signers_row(text: str) -> bool:
    """A title in capitals ("PHÓ CHỦ TỊCH UBND XÃ"), the note where the signature goes ("(Ký, ghi
    rõ họ tên)") or a name: the rows of a signature block."""
    return (is_upper_line(text) and vocab.title_in(text) is not None) or text.lstrip().startswith("(Ký") \
        or is_person_name(text.strip())


def _footer_by_title(b: _Builder) -> int | None:
    """No "Nơi nhận" read and no prefix (a photo whose small print OCR lost): the signature's
    title in the right column with a name under it, the list beside it read on its own."""
    for i in range(b.anchors.body_start, len(b.segments)):
        segment = b.segments[i]
        if segment.column == "right" and _is_title(segment.text) and vocab.title_in(segment.text):
            below = b.segments[i + 1 : i + 1 + SIGNER_ROWS]
            if any(is_person_name(s.text) for s in below):
                while i - 1 >= b.anchors.body_start and _same_row(b.segments[i - 1], segment):
                    i -= 1  # "THƯ KÝ" at the left of "CHỦ TỌA": minutes signed side by side
                return i
    return None


def _same_row(a: Segment, b: Segment) -> bool:
    return (a.page, a.row) == (b.page, b.row)


def _footer_by_name(b: _Builder) -> int | None:
    """No "Nơi nhận" and no prefix: a head signing directly; find title lines above a name."""
    for i in range(len(b.segments) - 1, b.anchors.body_start, -1):
        if is_person_name(b.segments[i].text):
            return _extend_up_to_signatures(b, i + 1)
    return None


def _signature_above(b: _Builder, end: int) -> int | None:
    """Start of the signature rows ("TITLE / Name", or "THƯ KÝ  CHỦ TỌA / two names") that end
    just above index `end`, if there are any."""
    if end - 1 <= b.anchors.body_start or not is_person_name(b.segments[end - 1].text):
        return None
    start = end - 1
    while start - 1 > b.anchors.body_start and (
        _in_signature(b.segments[start - 1].text) or _short_ocr_scrap(b.segments[start - 1])
    ):
        start -= 1
    while start < end - 1 and _short_ocr_scrap(b.segments[start]):
        start += 1  # a speck above the titles is the body's, or nothing
    has_title = any(_is_title(s.text) for s in b.segments[start:end])
    return start if has_title and _is_title(b.segments[start].text) else None


def _short_ocr_scrap(segment: Segment) -> bool:
    """"Ù", "Am.": what OCR made of a signature's strokes or a seal between a title and a name;
    marks alone ("; |") also in a text, which may be an OCR'd one handed over as text."""
    letters = sum(ch.isalnum() for ch in segment.text)
    return letters == 0 or (segment.origin == "ocr" and letters <= MAX_SPECK_CHARACTERS)


def _in_signature(text: str) -> bool:
    return _is_title(text) or is_person_name(text) or bool(_SIGNED_ROW.match(text))


_SIGNED_ROW = re.compile(rf"^{SIGNED}(?:\s+{SIGNED})?$", re.IGNORECASE)  # beside another block's too


def _is_title(text: str) -> bool:
    return is_upper_line(text) and len(text) <= 60 and not text.rstrip().endswith((".", ";", ":"))


def _extend_up_to_signatures(b: _Builder, end: int) -> int | None:
    """Move a footer start up over the signature blocks printed above it (biên bản has two)."""
    start = None
    while (above := _signature_above(b, end)) is not None:
        start = end = above
    return start


def _body_segments(b: _Builder, end: int) -> list[Segment]:
    segments = [s for s in b.segments[b.anchors.body_start : end] if not is_rule_line(s.text)]
    # The authority line of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") sits above "Căn cứ".
    while segments and is_upper_line(segments[0].text) and not segments[0].text.startswith(("I.", "I-")):
        segments.pop(0)
    return segments


def _read_body(b: _Builder, body: Body) -> None:
    d = b.doc
    d.preamble = [p.text for p in body.preamble]
    d.directives = body.directives
    d.closing = [p.text for p in body.closing]
    for name, paragraphs in (("preamble", body.preamble), ("closing", body.closing)):
        b.evidence(name, [s for p in paragraphs for s in p.segments])
    b.evidence("directives", [s for p in body.paragraphs for s in p.segments])


def _read_footer(b: _Builder, start: int) -> None:
    footer = _without_attachment(b.segments[start:])
    used: set[int] = set()
    noi = find_noi_nhan(footer)
    distribution = read_distribution(footer, noi) if noi is not None else unlabelled_distribution(footer)
    if distribution is not None:
        if noi is None:
            message = "dashed rows under the body read as 'Nơi nhận' (its label not read)"
            b.issue("MISSING_LABEL", "distribution", message, "info")
        b.doc.distribution = distribution.items
        if any(s.origin == "ocr" for s in distribution.segments):
            _repair_item_phrases(b, "distribution")
        b.evidence("distribution", distribution.segments, 1.0 if noi is not None else 0.7)
        used = {id(s) for s in distribution.segments}
    rest = [s for s in footer if id(s) not in used]
    mark = next((s for s in rest if DRAFTER_MARK.match(s.text)), None)
    if mark is not None:
        b.doc.drafter_mark = mark.text
        rest.remove(mark)
    grid = signature_grid(rest) if b.joint_bodies else []
    if grid:
        main, co_signatories = _lead_and_co_signatories(grid, b.joint_bodies[0])
        b.doc.co_signatories = co_signatories
        _set_signatory(b, main.signatory, main.segments)
        return
    main, second = _read_signatures(rest, tuple(name for name in (b.doc.issuer, b.doc.parent_issuer) if name))
    if second is not None and _issuers_party_second(b, main, second):
        main, second = second, main  # a contract's party that issues it signs it
    if distribution is not None and b.second_look is not None and _incomplete(main.signatory):
        main = _signature_read_again(b, distribution.segments, main) or main
    if second is not None and second.signatory is not None:
        b.doc.co_signatories = [second.signatory, *_third_signer(rest, main, second)]
    _set_signatory(b, main.signatory, main.segments)


def _third_signer(rest: list[Segment], main: SignatureBlock, second: SignatureBlock) -> list[Signatory]:
    """A block under two side by side (minutes' "NGƯỜI CHỨNG KIẾN" under "NGƯỜI VI PHẠM" and
    "NGƯỜI LẬP BIÊN BẢN"): a known title over a person's name."""
    taken = {id(s) for s in main.segments + second.segments}
    last_row = max(s.row for s in main.segments + second.segments)
    below = [s for s in rest if id(s) not in taken and s.row > last_row]
    third = read_signature(below).signatory if below else None
    if third is None or not (third.name and is_person_name(third.name)):
        return []
    return [third] if vocab.title_in(third.position or "") else []


def _issuers_party_second(b: _Builder, main: SignatureBlock, second: SignatureBlock) -> bool:
    authorities = [block.signatory.authority if block.signatory else None for block in (main, second)]
    return issuers_party(authorities, b.doc.issuer or "", b.doc.text) == 1


_ATTACHMENT_HEAD = re.compile(r"^\W{0,3}PHỤ\s+LỤC\b|^\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\b")


def _without_attachment(footer: list[Segment]) -> list[Segment]:
    """The footer without the pages after its own that open another document: a Quy chế, a
    Quy định or an appendix attached after the signature (a national header, a type's title,
    "PHỤ LỤC", "(Ban hành kèm theo …)" on the page); a list going on onto the next page stays."""
    by_page: dict[int, list[Segment]] = {}
    starts: dict[int, int] = {}  # each page's first index in the footer
    for index, segment in enumerate(footer):
        by_page.setdefault(segment.page, []).append(segment)
        starts.setdefault(segment.page, index)
    first_page = footer[0].page if footer else 0
    later = (page for page, rows in by_page.items() if page > first_page and _opens_attachment(rows))
    opened = next(later, None)
    return footer if opened is None else footer[: starts[opened]]


def _opens_attachment(page: list[Segment]) -> bool:
    return any(national_header_kind(s.text) in ("state", "party") or is_motto(s.text)
               or type_line(s) is not None or _ATTACHMENT_HEAD.match(s.text) for s in page)


def _lead_and_co_signatories(
    grid: list[list[Segment]], lead_body: str
) -> tuple[SignatureBlock, list[Signatory]]:
    """A joint document's blocks: the lead body's is the signature, the others co-sign."""
    blocks = [read_signature(block) for block in grid]
    lead = lead_block(grid, lead_body)
    others = [block.signatory for i, block in enumerate(blocks) if i != lead and block.signatory is not None]
    return blocks[lead], others


_CONGRESS_NUMERAL = re.compile(r"\bLẦN THỨ ([IVXL]+)\b")


def _without_own_congress(references: list[Reference], issuer: str | None) -> list[Reference]:
    """A congress's resolution calling on all to carry out "Nghị quyết Đại hội lần thứ IX" names
    itself, no other document (the issuer: "ĐẠI HỘI … LẦN THỨ IX")."""
    own = _CONGRESS_NUMERAL.search(issuer or "") if (issuer or "").startswith("ĐẠI HỘI") else None
    if own is None:
        return references
    itself = re.compile(rf"^Nghị quyết Đại hội\b.*\blần thứ {own[1]}$")
    return [ref for ref in references if ref.identifier or not itself.match(ref.name or "")]


def _incomplete(signatory: Signatory | None) -> bool:
    """Damaged, or with no authority line: on a scan a seal over the first title line often
    loses it ("KT. CHỦ TỊCH" unread above "PHÓ CHỦ TỊCH"), so the zone is read again; or signed
    for the body by its head, the stack a seal over a deputy's "KT." line and "PHÓ" leaves
    ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" read of "… / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")."""
    if signatory is None or _damaged(signatory):
        return True
    return not signatory.authority or _for_the_body(signatory)


def _for_the_body(signatory: Signatory) -> bool:
    """"TM. <body>" over the head's own title, no deputy's ("PHÓ …")."""
    return signatory.prefixes == ["TM"] and not loose_key(signatory.position or "").startswith("pho")


def _damaged(signatory: Signatory | None) -> bool:
    """No block; or one whose position is no known title as read ("TI PHÓ CHỦ CH"), or holds
    more than its title with no authority line above ("TỈNH ỦY BÍ THƯ": "T/M" lost, the body
    run into the title); or with no position though its prefix needs one under it ("TM.
    THƯỜNG TRỰC HỘI ĐỒNG": only an acting head, "Q. CHỦ TỊCH", signs without one)."""
    if signatory is None:
        return True
    if signatory.position:
        more_than_title = vocab.title_in(signatory.position) != signatory.position
        return _damaged_position(signatory.position) or (more_than_title and not signatory.authority)
    last = (signatory.authority or "").splitlines()[-1:]
    acting = vocab.signatory_prefix(last[0]) if last else None
    return acting is None or acting[0] != "Q" or vocab.title_in(acting[1]) != acting[1]


def _damaged_position(position: str) -> bool:
    """No known title in it, or one with other words that are no syllables ("THƯỜNG VỤ IÖ,BÍ
    THƯ"); "GIÁM ĐỐC SỞ NỘI VỤ" is sound."""
    title = vocab.title_in(position)
    if title is None:
        return True
    title_words = {loose_key(word) for word in title.split()}
    others = [word for word in position.split() if loose_key(word) not in title_words]
    # a body's abbreviation is no damage: "CHÁNH VĂN PHÒNG HĐND VÀ UBND" (two letters may be ink)
    return not all((is_known_syllable(word) and is_vietnamese_word(word))
                   or (len(word) >= 3 and vocab.issuer_code(word)) for word in others)


def _signature_read_again(b: _Builder, listed: list[Segment], first: SignatureBlock) -> SignatureBlock | None:
    """A scan whose page reading lost the signature block or read it damaged (a seal in grey
    beside its titles): the zone beside the "Nơi nhận" list read again. A lost block is taken
    when the zone holds a known title; a damaged one is replaced only by a block whose position
    is a known title as read. The name is the page reading's, or left to its own second look."""
    page = listed[0].page
    if b.second_look is None or listed[0].origin != "ocr":
        return None
    try:
        block = read_signature(b.second_look(page, _box_on_first_page(listed)))
    except Exception:  # noqa: BLE001 - a failed second look leaves the block as the page read it
        return None
    signatory = block.signatory
    if signatory is None or not vocab.title_in(f"{signatory.authority or ''} {signatory.position or ''}"):
        return None
    read_first = first.signatory
    if read_first is not None and _damaged(signatory):
        return None
    if read_first is not None and not _damaged(read_first) and not _completes_block(signatory, read_first):
        return None
    if read_first is not None and read_first.authority and not (read_first.position or signatory.authority):
        # the page read the prefix line alone ("T/M BAN THƯỜNG VỤ"), the zone the lines under it
        # the seal hid from the page ("PHÓ BÍ THƯ"): the block is both
        signatory.authority, signatory.prefix = read_first.authority, read_first.prefix
        signatory.prefixes = read_first.prefixes
        block.segments[:0] = first.segments
    if signatory.name:
        # Only the titles are taken: the name's own second look (signer_name, sparse text under
        # the block) reads it better than this column reading, which misses marks ("Tuần").
        signatory.name = None
        block.segments.pop()
    if read_first is not None and read_first.name:  # the page reading of the name stands
        signatory.name = read_first.name
        block.segments.append(first.segments[-1])
    as_read = f", first read {read_first.position!r}" if read_first is not None else ""
    b.issue("SIGNATURE_READ_AGAIN", "signatory",
            f"signature block read again beside the 'Nơi nhận' list of page {page}{as_read}", "info")
    return block


def _completes_block(again: Signatory, first: Signatory) -> bool:
    """A sound block (with no authority, or signed for the body by its head) is replaced only by
    a reading whose authority lines have known prefixes, that adds a line or a word to it, and
    keeps the title first read: as its position ("CHỦ TỊCH" in "PHÓ CHỦ TỊCH"), or as its
    authority's title with a position under it (the page reading lost "TL." and the seal's
    title below: "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG")."""
    lines = (again.authority or "").splitlines()
    if not lines or any(vocab.signatory_prefix(line) is None for line in lines):
        return False
    if not first.position:
        return True
    title = loose_key(first.position)
    first_lines = (first.authority or "").splitlines()
    # … and it adds a line the page reading lost, or a word to the title ("PHÓ"): a reading of the
    # same lines ("T/M" for "TM.") is no better than the page's
    adds = len(lines) > len(first_lines) or len(loose_key(again.position or "")) > len(title)
    return adds and (loose_key(again.position or "").endswith(title) or (
        bool(again.position) and loose_key(lines[-1]).endswith(title)))


def _read_signatures(
    rest: list[Segment], seal_names: tuple[str, ...]
) -> tuple[SignatureBlock, SignatureBlock | None]:
    """The main signature (the right column) and a second one (biên bản: THƯ KÝ, left);
    `seal_names`: the issuer's names, which the seal's ring may be read as."""
    right = [s for s in rest if s.column == "right"]
    others = [s for s in rest if s.column != "right"]
    main = read_signature(right, seal_names)
    if main.signatory is None or main.signatory.name is None:
        # One column, or a stack that continues outside the right cell (text that lost its
        # table): read by rows; a second block may follow the first. A titled block on the
        # right whose name is unread is not merged with a block beside it on the left
        # ("THƯ KÝ" | "CHỦ TỌA"): that one is the second signer's.
        beside = _beside_right(rest) if main.signatory is not None else []
        by_rows = sorted((s for s in rest if s not in beside), key=lambda s: s.row)
        main = read_signature(by_rows, seal_names)
        others = beside + [s for s in by_rows if main.segments and s.row > main.segments[-1].row]
    second = read_signature(others)
    if not (second.signatory and second.signatory.name and second.segments != main.segments):
        return main, None
    if _the_secretary(main.signatory) and not _the_secretary(second.signatory):
        return second, main  # minutes whose left cell came first: the chair signs them
    return main, second


def _the_secretary(signatory: Signatory | None) -> bool:
    """"THƯ KÝ" of minutes: beside the chair, whose block is the main one."""
    return (signatory is not None and not signatory.authority
            and loose_key(signatory.position or "") == "thuky")


def _beside_right(segments: list[Segment]) -> list[Segment]:
    """Left-column segments on the rows of right-column ones: a block set beside the right one."""
    right_rows = {s.row for s in segments if s.column == "right"}
    return [s for s in segments if s.column == "left" and s.row in right_rows]


def _set_signatory(b: _Builder, signatory: Signatory | None, used: list[Segment]) -> None:
    b.doc.signatory = signatory
    if signatory is None:
        b.issue("MISSING_SIGNATORY", "signatory", "no signature block found")
        return
    b.evidence("signatory", used)
    if signatory.name is None:
        b.issue("MISSING_SIGNER_NAME", "signatory", "signature block without a readable name")
    if any(segment.origin == "ocr" for segment in used):
        b.signed_on_scan = True
        _repair_deputy_title(b, signatory)
        _repair_name_from_text(b, signatory, used)


def _repair_deputy_title(b: _Builder, signatory: Signatory) -> None:
    """Who signs "KT. CHỦ TỊCH" is a deputy: a position read as the same "CHỦ TỊCH", or as the
    end of the deputy's title ("TRƯỞNG" under "KT. BỘ TRƯỞNG"), lost its head word under the
    signature ink."""
    authority_lines = (signatory.authority or "").splitlines()
    if signatory.prefixes[-1:] != ["KT"] or not signatory.position or not authority_lines:
        return
    title = vocab.signatory_prefix(authority_lines[-1])
    deputy = vocab.deputy_title(title[1]) if title is not None else None
    if title is None or deputy is None:
        return
    read, head_words = loose_words(signatory.position), loose_words(title[1])
    deputy_words = loose_words(deputy)
    lost_head = read == head_words or deputy_words[-len(read) :] == read
    # the head's title and a function after it: "TRƯỞNG BAN THƯỜNG TRỰC" under "KT. TRƯỞNG BAN"
    with_function = read[: len(head_words)] == head_words and len(read) > len(head_words)
    if read and read != deputy_words and (lost_head or with_function):
        function = signatory.position.split()[len(head_words) :] if with_function else []
        repaired = " ".join([deputy, *function])
        message = f"position {signatory.position!r} under KT. read as {repaired!r}"
        b.issue("OCR_REPAIRED", "signatory", message)
        signatory.position = repaired


_BARE_PREFIX = re.compile(r"^(TM|KT|TL|TUQ|Q)\s+(?=\w)")


def _repair_authority_prefix(b: _Builder, signatory: Signatory) -> None:
    """The mark of a prefix lost on a scan ("KT GIÁM ĐỐC" → "KT. GIÁM ĐỐC", a Party "TM TỈNH ỦY"
    → "T/M TỈNH ỦY"), or the whole "KT." lost over a deputy ("BỘ TRƯỞNG" over "THỨ TRƯỞNG")."""
    authority, system = signatory.authority or "", b.doc.system or "state"
    lines = [_body_completed(_repair_authority_marks(line), b.doc.issuer) for line in authority.splitlines()]
    for index, line in enumerate(lines):
        bare = _BARE_PREFIX.match(line)
        if bare and (system == "state" or len(bare[1]) == 2):
            kind = bare[1]
            printed = f"{kind}." if system == "state" else f"{kind[0]}/{kind[1]}"
            lines[index] = printed + line[bare.end(1) :]
    if system == "state" and not signatory.prefixes and _deputy_under_head(lines, signatory.position):
        lines[0] = f"KT. {lines[0]}"
        signatory.prefixes, signatory.prefix = ["KT"], "KT"
    elif (head := _head_a_deputy_signs_for(lines, signatory)) is not None:
        lines[-1] = f"{'KT.' if system == 'state' else 'K/T'} {head}"
        signatory.prefixes[-1] = "KT"
        signatory.prefix = signatory.prefixes[0]
    elif _head_line_under_body(lines, signatory.position):
        lines[-1] = f"{'KT.' if system == 'state' else 'K/T'} {lines[-1]}"
        signatory.prefixes.append("KT")
    repaired = "\n".join(lines)
    if repaired != authority:
        b.issue("OCR_REPAIRED", "signatory", f"authority {authority!r} read as {repaired!r}")
        signatory.authority = repaired


def _body_completed(line: str, issuer: str | None) -> str:
    """"TM. THƯỜNG TRỰC HỘI ĐỒNG" under the seal, its "NHÂN DÂN" unread, for a council (or a
    committee) whose name says so."""
    found = vocab.signatory_prefix(line)
    if found is None or found[0] != "TM" or not line.endswith(BODY_NAME_ENDS) or not issuer:
        return line
    last = loose_key(" ".join(line.split()[-2:]))
    return f"{line} NHÂN DÂN" if f"{last}nhandan" in loose_key(issuer) else line


_GLUED_PREFIX = re.compile(r"^(TM|KT|TL|TUQ|T/M|K/T|T/L)\.(?=[A-ZĐÀ-Ỹ])")


def _repair_authority_marks(line: str) -> str:
    """"TM.UY BAN NHAN DAN" → "TM. ỦY BAN NHÂN DÂN": the space after the prefix and the
    marks of a known body's name, lost under the seal."""
    line = _GLUED_PREFIX.sub(r"\1. ", line)
    return vocab.repair_phrases(line)[0] if is_upper_line(line) else line


def _head_line_under_body(lines: list[str], position: str | None) -> bool:
    """"TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" over "PHÓ CHỦ TỊCH": the second line's "KT." lost."""
    unprefixed = len(lines) >= 2 and vocab.signatory_prefix(lines[-1]) is None
    return unprefixed and _deputy_under_head(lines[-1:], position)


def _head_a_deputy_signs_for(lines: list[str], signatory: Signatory) -> str | None:
    """"BỘ TRƯỞNG" of "T/L BỘ TRƯỞNG" over "THỨ TRƯỞNG" (a "KT." under the seal read as "7."):
    a deputy signs for its head only with KT., whatever other prefix was read."""
    found = vocab.signatory_prefix(lines[-1]) if lines else None
    if found is None or found[0] not in ("TL", "TM") or not signatory.prefixes:
        return None
    return found[1] if _deputy_under_head([found[1]], signatory.position) else None


def _deputy_under_head(lines: list[str], position: str | None) -> bool:
    """"BỘ TRƯỞNG" over "THỨ TRƯỞNG", "GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC": the deputy signs for
    the head, so a "KT." belongs above."""
    if len(lines) != 1 or not position or vocab.title_in(lines[0]) != lines[0]:
        return False
    head = loose_key(lines[0])
    deputy = loose_key(position)
    return deputy == "pho" + head or (head == "botruong" and deputy == "thutruong")


def _repair_name_from_text(b: _Builder, signatory: Signatory, used: list[Segment]) -> None:
    """The name under seal and signature often loses a mark ("Nguyên" for Nguyễn); the same
    name printed elsewhere in the letter (the distribution list, the body) is read better."""
    if not signatory.name:
        return
    honorific, name = split_honorific(signatory.name)  # "Đại tá " aside: the person's name
    printed = _printed_elsewhere(b, name, used)
    if printed is not None:
        better = printed
        b.issue("OCR_REPAIRED", "signatory", f"name {name!r} read as {better!r}, as printed in the text")
    else:
        better = repair_person_name(name)
        if better != name:
            b.issue("OCR_REPAIRED", "signatory", f"name {name!r} read as {better!r} (common names)")
    signatory.name = honorific + better


# A family name the seal garbled ("Suyến" for Nguyễn) is at most this many letters off.
FAMILY_NAME_LETTERS_OFF = 2


@dataclass
class _TextWindows:
    """Every run of `size` words of the letter's text outside some spans, with its spelling."""

    words: list[tuple[str, int]]
    keys: list[str]
    windows: list[int]
    spell: dict[int, str]

    @classmethod
    def of(cls, text: str, size: int, outside: list[tuple[int, int]]) -> _TextWindows:
        words = [(m.group(0), m.start()) for m in re.finditer(r"[^\W\d_]+", text)]
        keys = [loose_key(word) for word, _ in words]  # per word: loose_key's cache holds words
        windows = [i for i in range(len(words) - size + 1)
                   if not any(start <= words[i][1] < end for start, end in outside)]
        return cls(words, keys, windows, {i: " ".join(w for w, _ in words[i : i + size]) for i in windows})

    def spelled(self, read: str, after: frozenset[str] | None = None) -> list[str]:
        """The spellings of `read` in the windows: the same letters, marks aside; with `after`,
        only right after a word whose key is one of those."""
        key, size = "".join(loose_words(read)), len(read.split())
        return [self.spell[i] for i in self.windows if "".join(self.keys[i : i + size]) == key
                and (after is None or (i > 0 and self.keys[i - 1] in after))]


def _printed_elsewhere(b: _Builder, name: str, used: list[Segment]) -> str | None:
    """The one spelling of the name elsewhere in the text (outside the signature block): the
    same letters, marks aside; or, when the name read opens with a garbled family name, the
    same given names after a family name a letter or two off."""
    size, read_keys = len(name.split()), loose_words(name)
    in_text = _in_text(used) or used
    text = _TextWindows.of(b.doc.text, size, [(in_text[0].span[0], in_text[-1].span[1])])
    keys, windows, spell = text.keys, text.windows, text.spell
    same = set(text.spelled(name))
    if not same and _garbled_family_name(name):
        same = {spell[i] for i in windows if keys[i + 1 : i + size] == read_keys[1:]
                and edit_distance(keys[i], read_keys[0]) <= FAMILY_NAME_LETTERS_OFF
                and opens_with_family_name(spell[i])}
    same = {spelling for spelling in same if is_person_name(spelling) and spelling != name}
    return same.pop() if len(same) == 1 else None


def _repair_place_from_text(b: _Builder) -> None:
    """A place's name in the header, in bold capitals or italics, loses or swaps its marks more
    than in the running text ("QUẬN ỦY CẦM LỆ", "Câm Lệ, ngày …" where the body prints "Cẩm
    Lệ"): the body's one spelling of the same letters puts the place and the issuer right, each
    on its own (the date line may have read it right and the issuer not)."""
    place = b.doc.place
    if not place or not all(word.isalpha() for word in place.split()) or vocab.province_name(place):
        return  # "TP. Hồ Chí Minh", "Quận 8"; a province's name read right ("Huế", not "Huệ")
    header = [segment.span for segment in b.segments[: b.anchors.body_start]]
    if b.anchors.date is not None:
        header.append(b.segments[b.anchors.date].span)
    outside_header = _TextWindows.of(b.doc.text, len(place.split()), header)
    spellings = {_title_case(name) for name in outside_header.spelled(place, _PLACE_UNIT_KEYS)
                 if _is_proper_name(name)}
    if len(spellings) != 1:
        return
    better = spellings.pop()
    if not all(is_known_syllable(word) for word in better.split()):
        return  # the body misread it too ("Bình Phưóc"): no better reading
    if match_key(better) != match_key(place):
        b.doc.place = better
        b.issue("OCR_REPAIRED", "place", f"place {place!r} read as {better!r}, as printed in the text")
    for name in ("issuer", "parent_issuer"):
        value = getattr(b.doc, name)
        if value and (mended := _with_place_spelled(value, place, better)) != value:
            setattr(b.doc, name, mended)
            b.issue("OCR_REPAIRED", name, f"{value!r} read as {mended!r}, its place as printed in the text")


# A digital signature's stamp: its opening line and the labelled lines under it (as OCR may read
# them without marks; one stamp may open inside another's lines: a lookahead, so both are read).
_STAMP_BLOCK = re.compile(
    r"(?=(^[ \t]*(?:K[ýy]\s+b[ởo]i|Ng[ưu][ờo]i\s+k[ýy])\s*:[^\n]*(?:\n[^\n]*){0,5}))",
    re.MULTILINE | re.IGNORECASE,
)
_STAMP_DAY = re.compile(
    r"ng[àa]y\s*k[ýy]\s*:?\s*(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[./-](\d{1,2})[./-](\d{4}))",
    re.IGNORECASE,
)


def _stamp_days(stamps: str) -> list[dt.date]:
    """"Ngày ký: 08-04-2026 16:47:03", "Ngay ky 2026-04-08" in a stamp's lines."""
    days = []
    for found in _STAMP_DAY.finditer(stamps):
        year, month, day = found.group(1, 2, 3) if found[1] else found.group(6, 5, 4)
        with contextlib.suppress(ValueError):
            days.append(dt.date(int(year), int(month), int(day)))
    return days


_MONTH_AND_YEAR = re.compile(r"tháng\s*(\d{1,2})\s*,?\s*năm\s*((?:19|20)\d\d)")


def _number_and_day_from_digital_signature(b: _Builder) -> None:
    """A letter signed digitally whose number or day was left blank for the system to give
    ("Số:    /UBND-KT", "ngày    tháng 10 năm 2025"): the signature's lines give them ("Số văn
    bản: 1186/UBND-KT", "Thời gian ký: 14.10.2025 …"), when its symbol, month and year are the
    letter's own."""
    doc = b.doc
    if doc.number is not None and doc.date is not None:
        return  # nothing blank: the text is not searched
    stamps = "\n".join(block[1] for block in _STAMP_BLOCK.finditer(b.text))
    if doc.number is None and doc.symbol:
        symbol = r"\s*[-/]\s*".join(re.escape(part) for part in re.split(r"[-/]", doc.symbol))
        found = {m[1] for m in re.finditer(rf"Số\s+văn\s+bản\s*:\s*(\d{{1,5}})\s*/\s*{symbol}\b", stamps)}
        if len(found) == 1:
            doc.number = found.pop()
            doc.identifier = f"{doc.number}/{doc.symbol}"
            b.issue("NUMBER_FROM_SIGNATURE", "identifier", f"number {doc.number} from the digital signature")
    line = _MONTH_AND_YEAR.search(b.segments[b.anchors.date].text) if b.anchors.date is not None else None
    if doc.date is None and line is not None:
        month_year = (int(line[1]), int(line[2]))
        signed = signature_dates(b.text) + _stamp_days(stamps)
        days = {day for day in signed if (day.month, day.year) == month_year}
        if len(days) == 1:
            doc.date = days.pop().isoformat()
            b.issue("DATE_FROM_SIGNATURE", "date", f"day {doc.date} from the digital signature's time")


SURER_BY = 0.1  # OCR's confidence in one reading of a word over the other's, to take it


def _place_by_the_surer_reading(b: _Builder) -> None:
    """The place is printed twice, in the issuer's name (bold capitals) and in the date line
    (italics), and OCR may misread a mark in either ("Tây Nimh" under "TỈNH TÂY NINH"; "XÃ TIỀN
    PHONG" over "Tiên Phong, ngày"): a word read two ways is spelled as the reading that names a
    province when the other does not, else as the one OCR was surer of by a clear margin, or a
    little surer of when the other is it with marks lost; the other reading is put right to it."""
    place = b.doc.place
    if b.anchors.date is None or not place:
        return
    dated = _run_read_as(b.segments[b.anchors.date].words, place.split(), letters_off=None)
    found = _place_in_issuers_name(b, place)
    if dated is None or found is None:
        return
    printed, letters_off = found
    in_place, in_header = place.split(), [bare_word(word.text) for word in printed]
    # a province's name against no place's decides, when the two have the same letters
    header_province = not letters_off and vocab.province_name(" ".join(in_header)) is not None
    place_province = not letters_off and vocab.province_name(place) is not None
    for k, (date_word, header_word) in enumerate(zip(dated, printed, strict=True)):
        if match_key(in_place[k]) == match_key(in_header[k]):
            continue
        if header_province != place_province:
            surer = 1.0 if header_province else -1.0
        else:
            surer = _header_surer_by(header_word.confidence - date_word.confidence, in_place[k], in_header[k])
        if surer >= SURER_BY:
            in_place[k] = in_header[k][:1] + in_header[k][1:].lower()
        elif surer <= -SURER_BY:
            in_header[k] = in_place[k].upper()
    if (better := " ".join(in_place)) != place:
        b.doc.place = better
        b.issue("OCR_REPAIRED", "place", f"place {place!r} read as {better!r}, as the issuer's name has it")
    read, surer_read = " ".join(bare_word(word.text) for word in printed), " ".join(in_header)
    for name in ("issuer", "parent_issuer"):
        value = getattr(b.doc, name)
        if value and read != surer_read and (mended := _with_place_spelled(value, read, surer_read)) != value:
            setattr(b.doc, name, mended)
            b.issue("OCR_REPAIRED", name, f"{value!r} read as {mended!r}, its place as the date line has it")


def _header_surer_by(margin: float, dated: str, printed: str) -> float:
    """How much surer OCR was of the header's reading of a word than of the date line's: its
    confidence's margin, made a clear one when the margin is small but the other reading is
    this one with marks lost (OCR drops marks more than it adds them, and the two agree)."""
    if 0 < margin < SURER_BY and _marks_lost(dated, printed):
        return SURER_BY
    if -SURER_BY < margin < 0 and _marks_lost(printed, dated):
        return -SURER_BY
    return margin


def _marks_lost(read: str, other: str) -> bool:
    """"Binh" of "BÌNH", "ĐAO" of "Đảo": the same letters with marks of the other's lost, none
    changed or added."""
    mine = [base_and_marks(ch) for ch in unicodedata.normalize("NFC", read.lower())]
    theirs = [base_and_marks(ch) for ch in unicodedata.normalize("NFC", other.lower())]
    return (len(mine) == len(theirs) and mine != theirs
            and all(a == b and ma <= mb for (a, ma), (b, mb) in zip(mine, theirs, strict=True)))


def _place_in_issuers_name(b: _Builder, place: str) -> tuple[list[Word], int] | None:
    """The place's words in the issuer's name, else in the parent body's (a Sở's place is its
    province's): the same letters first ("XÃ HÀ LINH" under "UBND TỈNH HÀ TĨNH" is the place
    of "Hà Linh, ngày …"), else a word of a name of several a letter off; and how many
    letters off."""
    header = [s for s in b.segments[: b.anchors.body_start] if s.words and s.text.strip()]
    for name in (b.doc.issuer, b.doc.parent_issuer):
        key = loose_key(name or "")
        words = [word for s in header if key and loose_key(s.text) in key for word in s.words]
        for letters_off in (0, 1):
            if (run := _run_read_as(words, place.split(), letters_off)) is not None:
                return run, letters_off
    return None


def _run_read_as(words: list[Word], place: list[str], letters_off: int | None) -> list[Word] | None:
    """The run of `words` that reads `place`: word for word as read (`letters_off` None), or
    with the same letters, marks aside, or a letter off where one of the two is no syllable
    ("Nimh"), and `letters_off` words of the name a letter off ("Thảy Nguyên" / "THỦY NGUYÊN",
    never the whole name: "Thanh Hà" is not "Thanh Hải")."""
    read = [bare_word(word.text) for word in words]

    def off(seen: str, word: str) -> int | None:
        """0: the same letters; 1: a letter off; None: another word."""
        if seen == word or (letters_off is not None and loose_key(seen) == loose_key(word)):
            return 0
        if letters_off is not None and edit_distance(loose_key(seen), loose_key(word)) <= 1:
            return 0 if not (is_known_syllable(seen) and is_known_syllable(word)) else 1
        return None

    allowed = min(letters_off or 0, len(place) - 1)
    for start in range(len(read) - len(place) + 1):
        offs = [off(read[start + k], word) for k, word in enumerate(place)]
        if None not in offs and sum(o or 0 for o in offs) <= allowed:
            return words[start : start + len(place)]
    return None


# The words a place's name follows in running text ("huyện Bố Trạch", "Quận ủy Cẩm Lệ"): not a
# person's ("đồng chí Hà Tiến", "Nguyễn Thị Huệ").
_PLACE_UNIT_KEYS = frozenset({"tinh", "pho", "tp", "quan", "huyen", "xa", "phuong", "khu", "tran", "uy"})


def _with_place_spelled(name: str, place: str, better: str) -> str:
    """The issuer's name with the place's words in it spelled as `better` (its case kept)."""
    words, size, key = name.split(), len(place.split()), loose_words(place)
    for i in range(len(words) - size + 1):
        read = " ".join(words[i : i + size])
        if loose_words(read) == key and match_key(read) != match_key(better):
            pairs = zip(words[i : i + size], better.split(), strict=True)
            words[i : i + size] = [spelled.upper() if word.isupper() else spelled for word, spelled in pairs]
    return " ".join(words)


def _is_proper_name(words: str) -> bool:
    return all(word[:1].isupper() for word in words.split())


def _title_case(name: str) -> str:
    return " ".join(word[:1].upper() + word[1:].lower() for word in name.split())


def _garbled_family_name(name: str) -> bool:
    """"Suyến Thành Sỉnh": a name of three words or more whose first word is no family name
    even with its marks set aside, nor a known Vietnamese syllable ("Vù Văn Nam" is Vũ's name
    with a mark misread, put right by the common names, never another family's)."""
    words = name.split()
    return (len(words) >= 3 and not is_family_name_marks_aside(words[0])
            and not is_known_syllable(words[0]))


def _resolve_type(b: _Builder, parts: IdentifierParts | None, line_type: vocab.DocType | None) -> None:
    d = b.doc
    code = parts.doc_type_code if parts else None
    code_type = vocab.doc_type_by_code(code, d.system) if code else None
    d.doc_type_code = code
    if line_type and code_type and not _compatible(line_type, code_type):
        b.issue(
            "AMBIGUOUS_TYPE",
            "doc_type",
            f"type line says {line_type.name!r} but the symbol's code {code!r} means {code_type.name!r}",
        )
        return
    if line_type:
        d.doc_type = line_type.name
    elif code_type and parts is not None and parts.slash_restored and vocab.ends_an_issuer_code(code or ""):
        # Every type but the công văn prints its name as a title: with none found, a type code
        # read after a slash lost under ink, that also ends an issuer's code, is more likely
        # that code's tail ("2265/BCT-ATMT" read "…5CT-ATMT").
        d.doc_type, d.doc_type_code = "Công văn", None
        b.issue("AMBIGUOUS_TYPE", "doc_type", f"no type title, and the code {code!r} is read under ink")
        b.evidence("doc_type", [b.segments[b.anchors.number]] if b.anchors.number is not None else [], 0.5)
        _mend_issuer_code_under_ink(b, code or "")
    elif code_type and parts is not None and _a_committees_office(parts) and b.anchors.dispatch_subject:
        # "125-UB/CN" over "V/v …" and no title: the committee's office (CN, GT, TC …), no type
        d.doc_type, d.doc_type_code = "Công văn", None
        b.evidence("doc_type", [b.segments[b.anchors.number]] if b.anchors.number is not None else [], 0.8)
    elif code_type and parts is not None and _an_issuers_dispatch(b, parts):
        # "Số: 4127/CT-CS" over "V/v …" and no title: a công văn whose issuer's code is also a
        # type's (CT: Cục Thuế, not Chỉ thị); every other type prints its name as a title.
        d.doc_type, d.doc_type_code = "Công văn", None
        d.issuer_code = parts.symbol.split("-")[0]
        b.evidence("doc_type", [b.segments[b.anchors.number]] if b.anchors.number is not None else [], 0.8)
    elif code_type:
        d.doc_type = code_type.name
        b.evidence("doc_type", [b.segments[b.anchors.number]] if b.anchors.number is not None else [])
    elif parts is not None or d.subject is not None and d.recipients:
        d.doc_type = "Công văn"  # State công văn: issuer-unit symbol, no type line
        b.evidence(
            "doc_type",
            [b.segments[b.anchors.number]] if b.anchors.number is not None else [],
            1.0 if parts is not None else 0.6,
        )
    else:
        b.issue("MISSING_TYPE", "doc_type", "neither a type line nor a type code in the symbol")


def _an_issuers_dispatch(b: _Builder, parts: IdentifierParts) -> bool:
    """A State symbol whose first group is a type code that is also the issuer's (a known
    issuer's code, or the issuer's initials with or without its head's), and whose second group
    names no issuer ("CT-CS": Cục Thuế's Phòng Chính sách; "BTT-NV": a Bảo tàng tỉnh's unit;
    "TC-TV": a Sở Tài chính's office; "CT-UBND" is a chỉ thị of the UBND, "BC-SYT" a báo cáo),
    over a subject headed "V/v" with no type title."""
    first, *rest = parts.symbol.split("-")
    initials = _initials_of(b.doc.issuer or "")
    # the issuer's initials, or those after its head ("TC-TV": SỞ TÀI CHÍNH's office)
    issuers = vocab.issuer_code(first) is not None or initials.startswith(first) or initials[1:] == first
    issuers_unit = issuers and len(first) >= 2 and not (rest and vocab.issuer_code(rest[0]))
    return parts.system == "state" and b.anchors.dispatch_subject and issuers_unit


def _a_committees_office(parts: IdentifierParts) -> bool:
    """"125-UB/CN": a State committee's code before the slash (numbering before 1990)."""
    head, _, _ = parts.symbol.partition("/")
    return parts.system == "state" and "/" in parts.symbol and head == parts.issuer_code


def _initials_of(name: str) -> str:
    """"BẢO TÀNG TỈNH TUYÊN QUANG" → "BTTTQ": the letters a body's code is made of."""
    return "".join(word[0] for word in name.upper().split() if word[:1].isalpha())


def _compatible(line_type: vocab.DocType, code_type: vocab.DocType) -> bool:
    if line_type == code_type:
        return True
    if code_type.party_code == "QĐ" and line_type.party_code == "QĐi":
        return True  # a Party "QĐ" symbol is used for Quy định too (format reference §4.3)
    same_code = {line_type.state_code, line_type.party_code} & {code_type.state_code, code_type.party_code}
    return bool(same_code - {None})


def _resolve_system(b: _Builder, header: Header, parts: IdentifierParts | None) -> None:
    d = b.doc
    by_number = parts.system if parts else None
    prefixes = d.signatory.prefixes if d.signatory else []
    by_prefix = None
    if d.signatory and d.signatory.authority and "/" in d.signatory.authority.split("\n")[0][:4]:
        by_prefix = "party"
    elif prefixes:
        by_prefix = "state"
    d.system = header.system or by_number or by_prefix  # type: ignore[assignment]
    if d.system is None and d.issuer:
        d.system = "party" if vocab.is_party_body(d.issuer) else "state"
    if header.system and by_number and header.system != by_number:
        b.issue(
            "SYSTEM_MISMATCH",
            "system",
            f"header says {header.system} but the number is written the {by_number} way",
            "info",
        )


def _is_letter(d: Document, found_footer: bool) -> bool:
    signals = [
        d.national_header,
        d.identifier or d.symbol,
        d.date or d.place,
        d.subject,
        d.recipients,
        d.distribution,
        d.signatory,
        found_footer,
    ]
    return sum(bool(s) for s in signals) >= 2


def parse_pages(
    pages: list[Page], source: SourceInfo | None = None, second_look: SecondLook | None = None
) -> Document:
    """Parse pages of positioned words (from any loader) into a Document. `second_look` reads
    a scan's signature zone again when the page reading lost the block."""
    ocr_pages = [page for page in pages if page.origin == "ocr"]
    repairs = [change for page in ocr_pages for change in page.repairs + repair_ocr_page(page)]
    repairs += repair_heading_numerals(ocr_pages)
    segments, text = layout(pages)
    segments = without_signature_stamps(segments)
    if not segments:
        raise EmptyInputError("the input has no text")
    b = _Builder(segments, text, second_look=second_look)
    if repairs:
        more = f" and {len(repairs) - 8} more" if len(repairs) > 8 else ""
        b.issue("OCR_REPAIRED", None, f"words put right: {', '.join(repairs[:8])}{more}", "info")
    b.doc.text = text
    if source is not None:
        b.doc.source = source
    parts = _read_identifier(b)
    _read_date(b)
    header = _read_header(b)
    if parts is not None and header.system == "state" and (numbered := as_state_numbering(parts)):
        parts, b.doc.issuer_code = numbered, numbered.issuer_code
    line_type, last = _read_subject(b)
    last = _read_recipients(b, last)
    b.anchors.body_start = last + 1
    footer = _find_footer(b)
    _read_body(b, read_body(_body_segments(b, footer if footer is not None else len(segments))))
    if footer is not None:
        _read_footer(b, footer)
    else:
        b.issue("MISSING_SIGNATORY", "signatory", "no signature block found")
    if b.anchors.number is not None and b.segments[b.anchors.number].origin == "ocr":
        _mend_symbol_from_archive_copy(b)
    _resolve_type(b, parts, line_type)
    _resolve_system(b, header, parts)
    if b.signed_on_scan and b.doc.signatory:
        _repair_authority_prefix(b, b.doc.signatory)
    if ocr_pages:
        _repair_place_from_text(b)
        _place_by_the_surer_reading(b)
    else:
        _number_and_day_from_digital_signature(b)
    if not ocr_pages:
        _restore_lost_marks(b)
    b.doc.references = _without_own_congress(find_references(text, b.doc.identifier), b.doc.issuer)
    if not _is_letter(b.doc, footer is not None):
        raise NotALetterError("the text has none of the components of an official letter")
    return Document.model_validate(b.doc.model_dump())


def parse_text(text: str) -> Document:
    """Parse the text of a letter (a transcription, pdftotext output, an e-mail body …)."""
    if not isinstance(text, str):
        raise InputError(f"parse_text expects str, got {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise TooLargeError(f"{len(text):,} characters is more than one letter ({MAX_TEXT_CHARS:,})")
    if "\x00" in text:
        raise InputError("the text contains NUL bytes: binary data, not a letter")
    if not text.strip():
        raise EmptyInputError("the text is empty")
    from vbadmin.load.text import prepared_text, text_pages

    text, codes = prepared_text(text)  # a web copy's entities and page, a cell left in TCVN3
    doc = parse_pages(text_pages(text), SourceInfo(kind="text"))
    doc.issues += [Issue(code=code, field=None, severity="info", message=f"loader: {code}") for code in codes]
    return doc


OcrMode = Literal["auto", "always", "never"]


def parse(source: str | Path, ocr: OcrMode = "auto") -> Document:
    """Parse a file (text, PDF, image, DOCX) or, when given text, the text itself."""
    if isinstance(source, Path) or (isinstance(source, str) and _looks_like_path(source)):
        return parse_file(Path(source), ocr=ocr)
    return parse_text(source)


def _looks_like_path(value: str) -> bool:
    return "\n" not in value and len(value) < 4096 and Path(value).exists()


def parse_file(path: Path, ocr: OcrMode = "auto") -> Document:
    """Parse one file: text, PDF (text layer or OCR), image (multi-page TIFF too) or DOCX."""
    return parse_files([path], ocr=ocr)


def parse_files(paths: list[Path], ocr: OcrMode = "auto") -> Document:
    """Parse one letter kept as several files, in order: the page images of a scan."""
    from vbadmin.load import keep_first_and_last_images, load
    from vbadmin.signature_zone import read_signature_zone

    if not paths:
        raise EmptyInputError("no files given: a letter needs at least one page")
    loaded: list[LoadedSource] = []
    pages: list[Page] = []
    for path in paths:
        loaded.append(load(path, ocr=ocr))
        for page in loaded[-1].pages:
            if pages:  # each file's first page was the first of its own load, not the letter's
                page.pixels = None
            page.number = len(pages) + 1
            pages.append(page)
            keep_first_and_last_images(pages)  # a scan as 40 page images stays bounded too
    ocr_pages = [n for n, page in enumerate(pages, 1) if page.origin == "ocr"]
    info = SourceInfo(
        path=str(paths[0]),
        sha256=loaded[0].sha256,
        kind=loaded[0].kind,
        pages=len(pages),
        ocr_pages=ocr_pages,
    )
    second_look = partial(read_signature_zone, pages) if ocr_pages else None
    doc = parse_pages(pages, info, second_look)
    if ocr_pages:  # scans: the number and day the clerk wrote by hand, the "ĐẾN" stamp
        from vbadmin.handwriting import apply_handwriting
        from vbadmin.signer_name import reread_signer_name

        apply_handwriting(doc, pages)
        reread_signer_name(doc, pages)
    for code in dict.fromkeys(code for source in loaded for code in source.issues):
        doc.issues.append(Issue(code=code, field=None, message=f"loader: {code}", severity="info"))
    return doc
