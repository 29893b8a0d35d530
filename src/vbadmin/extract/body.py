"""Body: paragraphs, the numbered directive tree, preamble and closing paragraphs."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from vbadmin import vocab
from vbadmin.layout import Segment
from vbadmin.lexicon import is_known_syllable
from vbadmin.model import Directive
from vbadmin.normalize import UPPER_LETTER, read_as_digits

# Markers, tried in order. Each gives a kind (nesting level by first appearance) and a label.
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    # "Điều I.": OCR reads the bold 1 of an article as I (articles are never Roman); "Điều 1. –", a
    # dash after the label, as typewritten decisions had it
    ("article", re.compile(r"^(Điều)\s+(\d{1,3}|[Il](?=\s*[.:]))\s*[.:]?(?:\s*[-–—](?=\s))?\s*")),
    # a normative text's Phần > Chương > Mục (a section of a chapter: "Mục 1") over its articles
    ("part", re.compile(r"^(Phần)\s+([IVXLC]{1,6}|\d{1,2})\b\s*[.:]?\s*")),
    ("chapter", re.compile(r"^(Chương)\s+([IVXLC]{1,6}|\d{1,2})\b\s*[.:]?\s*")),
    ("section", re.compile(r"^(Mục)\s+([IVXLC]{1,6}|\d{1,2})\b\s*[.:]?\s*")),
    ("roman", re.compile(r"^()([IVXL]{1,6})\s*[.\-–)]\s+")),
    ("dotted", re.compile(r"^()(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+")),
    ("arabic", re.compile(r"^()(\d{1,2})\s*[.\-–)]\s+")),
    # "a)", or "a." or the Party's "a-" before a capital ("a. Trong 9 tháng, …")
    ("letter", re.compile(rf"^()([a-zđ])(?:\s*\)\s+|\.\s+(?={UPPER_LETTER})|[\-–]\s+(?={UPPER_LETTER}|\d))")),
    # "Thứ nhất, …", "Thứ hai, …": a comment letter's points in words (not a weekday: "Thứ hai,
    # ngày 05/01/2026")
    ("ordinal", re.compile(r"^(Thứ)\s+(nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,\s+(?!ngày\b|\d)")),
    # "(1)", "(2)": points numbered in brackets
    ("bracketed", re.compile(r"^\(()(\d{1,2})\)\s+")),
    ("dash", re.compile(r"^()([-–—•·])\s+")),
    ("plus", re.compile(r"^()(\+)\s+")),
]
_HEADINGS = ("roman", "article", "part", "chapter", "section")  # kinds a "1." opens under
# OCR's readings of a point's number, its mark right after it: "§." for 8., "I1-" for 1- (a
# speck before it), "9," for 9. Believed only where the numbering says that number is due
# (`_due_points`); a lone stroke ("|- …": a rule's speck) only where a "2." follows too.
_MISREAD_POINT = re.compile(rf"^([§Il|O\d]{{1,3}})[.,\-–)]\s+(?={UPPER_LETTER})")
_STROKES = "Il|"
# A second Roman heading, as printed or as OCR misreads its numeral ("Il.", "H.", "IH.").
_SECOND_ROMAN = re.compile(r"^(?:II|Il|lI|ll|H|IH|HI)\s*[.\-–)]\s")
_ENDS_SENTENCE = re.compile(r"[.;:!?…]\s*$|\./\.$")
_ENDS_FULL = re.compile(r"[.:!?…]\s*$")  # a sentence or a lead-in ended, not a list's ";"
_ENACTING = re.compile(
    r"^(QUYẾT\s+(ĐỊNH|NGHỊ)|CHỈ\s+THỊ|KẾT\s+LUẬN|QUY\s+ĐỊNH|THÔNG\s+BÁO)\s*:\s*$", re.IGNORECASE
)


@dataclass(frozen=True)
class _Numbering:
    """What the whole body's numbering tells about one misread marker."""

    labels: frozenset[str]  # every marker's label as read
    second_roman: bool  # a "II." heading, as printed or misread


@dataclass
class Paragraph:
    text: str
    segments: list[Segment]

    @property
    def span(self) -> tuple[int, int]:
        return self.segments[0].span[0], self.segments[-1].span[1]


@dataclass
class Body:
    preamble: list[Paragraph] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)


def marker_of(text: str) -> tuple[str, str, str] | None:
    """(kind, label, rest) when the paragraph starts with a numbering marker."""
    for kind, pattern in _MARKERS:
        match = pattern.match(text)
        if match:
            word, number = match.group(1), match.group(2)
            if kind == "article":
                number = read_as_digits(number)
            label = f"{word} {number}" if word else number
            if kind == "dotted":  # "1.2.1" under "1.2": a level for each dot
                kind = f"dotted{label.count('.')}"
            return kind, label, text[match.end() :].strip()
    return None


def _rows(segments: list[Segment]) -> list[Segment]:
    """Merge the segments of one row back together: the body is one column."""
    merged: list[Segment] = []
    for segment in segments:
        if merged and merged[-1].row == segment.row:
            last = merged[-1]
            merged[-1] = Segment(
                text=f"{last.text} {segment.text}",
                page=last.page,
                row=last.row,
                column="full",
                box=last.box,
                unit=last.unit,
                origin=last.origin,
                confidence=min(last.confidence, segment.confidence),
                gap_before=last.gap_before,
                indent=last.indent,
                short=segment.short,
                span=(last.span[0], segment.span[1]),
            )
        else:
            merged.append(segment)
    return merged


def _starts_paragraph(previous: Segment, current: Segment, set_in_margin: float | None = None) -> bool:
    if current.gap_before or current.page != previous.page and current.indent > 1:
        return True
    if set_in_margin is not None and _wraps_to_margin(previous, current, set_in_margin):
        return False  # a sentence that ended at the line's end: the paragraph goes on
    ended = bool(_ENDS_SENTENCE.search(previous.text))
    misread = current.origin == "ocr" and _MISREAD_POINT.match(current.text)
    noted = previous.text.rstrip().endswith(")")  # "(Danh mục … tại Phụ lục I kèm theo)" / "2. …"
    opens_point = marker_of(current.text) or misread
    if opens_point and (ended or noted or previous.short or _set_in_alike(previous, current)):
        return True
    if current.indent >= 1.5 and (ended or previous.short):
        return True
    runs_on = not previous.short and not _ENDS_FULL.search(previous.text)
    if previous.indent >= 1.5 and current.indent < 0.5 and runs_on:
        return False  # an indented first line run to the margin goes on at the margin ("…; / Giám đốc …")
    first = current.text[:1]
    if first == "(" and ended and current.text[1:2].isupper():
        first = current.text[1]  # "(Có dự thảo Kế hoạch kèm theo)" after a sentence's end
    return (previous.short and (ended or first.isupper())) or (ended and first.isupper())


def _wraps_to_margin(previous: Segment, current: Segment, margin: float) -> bool:
    """A row at the body's margin under a row run to the right margin, opening no point and no
    closing: a closing typed at the margin ("Trân trọng./.", a last request ending "./.") is
    one, whatever the points' layout."""
    text = current.text.rstrip()
    return (current.indent - margin < 0.5 and not previous.short and current.page == previous.page
            and not marker_of(text) and not text.endswith("./.") and not _opens_closing(text))


MIN_SET_IN_POINTS = 2  # points set in, and wrapped rows back at the margin, that tell the layout


def _set_in_margin(rows: list[Segment]) -> float | None:
    """The body's margin when its points open set in and their wrapped rows go on at the
    margin, every one (a Word paragraph's first-line indent, as a PDF's layout copy keeps it):
    there a row at the margin opens nothing, even under a sentence that ended at the line's
    end. None for any other layout."""
    points = [row for row in rows if marker_of(row.text)]
    wraps = [row for above, row in zip(rows, rows[1:], strict=False)
             if marker_of(above.text) and not above.short and not marker_of(row.text)
             and not _ENDS_SENTENCE.search(above.text)]
    if len(points) < MIN_SET_IN_POINTS or len(wraps) < MIN_SET_IN_POINTS:
        return None
    margin = min(row.indent for row in rows)
    set_in = all(row.indent - margin >= 1.5 for row in points)
    return margin if set_in and all(row.indent - margin < 0.5 for row in wraps) else None


def _set_in_alike(previous: Segment, current: Segment) -> bool:
    """Both rows set in as far as a paragraph's first line, the row above opening a point: a
    line that wraps goes on at the margin, so a numbered row set in like the heading above it
    is a point of its own (a hanging indent's wrapped rows, "- xã hội" of "kinh tế - xã hội",
    are set in alike too, under a row that opens nothing)."""
    return (current.indent >= 1.5 and abs(current.indent - previous.indent) < 0.5
            and marker_of(previous.text) is not None)


_WRAPPED_AT_HYPHEN = re.compile(r"(?<=[^\W\d_])-$")


def _joined(text: str, more: str) -> str:
    """Lines of one paragraph joined by a space; a code wrapped at its hyphen ("Nghị định số
    35/2019/NĐ-" / "CP") is one word, and so is a syllable an OCR program hyphenated at the
    line's end ("thực hi-" / "ện": "hiện" is a syllable, "hi" and "ện" are not both)."""
    hyphenated = _SYLLABLE_HYPHENATED.search(text)
    if hyphenated and more[:1].islower():
        rest = more.split(maxsplit=1)[0].rstrip(".,;:")
        halves_are_words = is_known_syllable(hyphenated[1]) and is_known_syllable(rest)
        if is_known_syllable(hyphenated[1] + rest) and not halves_are_words:
            return text[:-1] + more
    return text + ("" if _WRAPPED_AT_HYPHEN.search(text) else " ") + more


_SYLLABLE_HYPHENATED = re.compile(r"(?:^|\s)([^\W\d_A-ZĐ]+)-$")


TABLE_CELL_INDENT = 8  # row heights: a row set this far in under a table's row is a cell's wrap


def _specks(segment: Segment) -> bool:
    """"x . Z/", "VÀ . »": a scan's ink spread over a row in cells, a word of two letters at most."""
    words = [word for word in segment.text.split() if sum(ch.isalpha() for ch in word) >= 2]
    return segment.origin == "ocr" and len(words) < 2


def _without_tables(segments: list[Segment]) -> list[Segment]:
    """The segments but a table's rows, and the wrapped text of a cell under one ("Tăng (+),"
    / "giảm (-)" far to the right on the next row; "không dùng tiền mặt …,   chi nhánh tỉnh"
    in two cells, then "trường học, bệnh viện" set under the first)."""
    rows = {s.row for s in segments if s.table_row}
    # a lone stretched line is none; a header row's cell may wrap onto the row below it
    tables = {row for row in rows if rows & {row - 2, row - 1, row + 1, row + 2}}
    cells = Counter(s.row for s in segments)
    kept: list[Segment] = []
    previous: Segment | None = None  # the last segment of the row above
    wraps: set[int] = set()  # rows of cells' wrapped text
    for segment in segments:
        in_table = segment.table_row and (segment.row in tables or _specks(segment))
        wrapped = previous is not None and _cell_wrap(segment, previous, tables, wraps, cells)
        if segment.row in wraps or wrapped:
            wraps.add(segment.row)
        elif not in_table:
            kept.append(segment)
        if previous is None or segment.row != previous.row:
            previous = segment
    return kept


def _cell_wrap(
    segment: Segment, above: Segment, tables: set[int], wraps: set[int], cells: Counter[int]
) -> bool:
    """A row right under a table's row or a cell's wrap, no point of its own: under the table's
    row, set in far or in cells of its own; under a wrap, a cell's text going on in lower case,
    in cells or at the wrap's edge (a paragraph after the table opens with a capital)."""
    if segment.row != above.row + 1 or segment.gap_before or marker_of(segment.text) is not None:
        return False
    if above.row not in tables and above.row not in wraps:
        return False
    if above.table_row:
        return segment.indent >= TABLE_CELL_INDENT or cells[segment.row] >= 2
    goes_on = segment.text.lstrip()[:1].islower()
    return goes_on and (cells[segment.row] >= 2 or abs(segment.box[0] - above.box[0]) < 1)


def paragraphs(segments: list[Segment]) -> list[Paragraph]:
    """The body's paragraphs; a table's rows are data, no part of any (its cells in a row)."""
    result: list[Paragraph] = []
    rows = _rows(_without_tables(segments))
    set_in_margin = _set_in_margin(rows)
    for index, segment in enumerate(rows):
        if index and not _starts_paragraph(rows[index - 1], segment, set_in_margin):
            result[-1].text = _joined(result[-1].text, segment.text)
            result[-1].segments.append(segment)
        else:
            result.append(Paragraph(segment.text, [segment]))
    return [p for p in result if not _ENACTING.match(p.text) and p.text.strip() != "./."]


# A footnote's mark in a web copy's text: "năm 2021[2].", "văn bản chỉ đạo¹;" (not "m²", "km²").
# (not inside a word: "ho¹t" is a legacy font's "ạ" that a conversion left)
_FOOTNOTE_MARK = re.compile(r"(?<=\w)\[\d{1,2}\]|(?<=[^\W\d_]{2})[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?![^\W\d_])")
_UNIT_BEFORE = re.compile(r"(?:^|[\d\s])(?:[kcdmh]?m)$")  # "m²", "10km²", "2,5 mm²", "5 dm³"


_SPACED_END = re.compile(r"\s+(?=\./\.$)")  # "thi hành Quyết định này ./."


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", _FOOTNOTE_MARK.sub(_footnote_dropped, text)).strip()
    return _SPACED_END.sub("", text)


def _footnote_dropped(mark: re.Match[str]) -> str:
    return mark[0] if mark[0][0] != "[" and _UNIT_BEFORE.search(mark.string[: mark.start()]) else ""


def build_tree(items: list[Paragraph]) -> Body:
    """Nest markers by order of first appearance (like Markdown lists)."""
    body = Body(paragraphs=items)
    stack: list[tuple[str, Directive]] = []
    trailing: list[Paragraph] = []
    numbering = _Numbering(
        labels=frozenset(marker[1] for paragraph in items if (marker := marker_of(paragraph.text))),
        second_roman=any(_SECOND_ROMAN.match(paragraph.text) for paragraph in items),
    )
    for paragraph in items:
        ocr = paragraph.segments[0].origin == "ocr"
        marker = marker_of(paragraph.text)
        if marker is None and ocr:
            marker = _misread_point(paragraph.text, _due_points(stack), numbering)
        if marker is None or (marker[0] in ("dash", "plus") and not stack):
            if stack:
                trailing.append(paragraph)
            else:
                body.preamble.append(paragraph)
            continue
        _absorb(stack, trailing)
        kind, label, rest = marker
        if ocr:
            kind, label = _repair_ocr_marker(kind, label, rest, stack, numbering)
        elif _one_read_as_ell(kind, label, stack, numbering):
            kind, label = "arabic", "1"
        node = Directive(label=label, text=_clean(rest), span=paragraph.span)
        kinds = [k for k, _ in stack]
        if kind in kinds:
            del stack[kinds.index(kind) :]
        (stack[-1][1].children if stack else body.directives).append(node)
        stack.append((kind, node))
    _finish(stack, trailing, body)
    return body


_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]


def _next_roman(label: str) -> str | None:
    return _ROMANS[_ROMANS.index(label) + 1] if label in _ROMANS[:-1] else None


def _due_points(stack: list[tuple[str, Directive]]) -> set[str]:
    """The arabic numbers a point may have next: the one after the open arabic point, and 1
    under a heading (Roman, article, part) or at the start."""
    kinds = [k for k, _ in stack]
    due = set()
    if "arabic" in kinds and (label := stack[kinds.index("arabic")][1].label).isdigit():
        due.add(str(int(label) + 1))
    if not stack or stack[-1][0] in _HEADINGS:
        due.add("1")
    return due


def _misread_point(text: str, due: set[str], numbering: _Numbering) -> tuple[str, str, str] | None:
    """(kind, label, rest) of a paragraph opening with a misread number that is due."""
    match = _MISREAD_POINT.match(text)
    if match is None:
        return None
    read = match[1]
    if not any(ch.isdigit() or ch == "§" for ch in read) and "2" not in numbering.labels:
        return None  # a stroke alone, no numbering going on: a speck
    for reading in (read, read[1:] if read[0] in _STROKES else ""):
        if reading and (number := read_as_digits(reading)) in due:
            return "arabic", number, text[match.end() :].strip()
    return None


def _repair_ocr_marker(
    kind: str, label: str, rest: str, stack: list[tuple[str, Directive]], numbering: _Numbering
) -> tuple[str, str]:
    """OCR reads "1." as "I." and "III." as "II.": put a marker right when the numbering around
    it says which it must be; a point numbered 0 is the one due. Printed text keeps its
    numbering as it is, errors included."""
    due = _due_points(stack)
    if kind == "arabic" and not label.strip("0") and len(due) == 1:
        return kind, due.pop()
    if kind == "roman" and label == "I" and _first_arabic_read_as_roman(rest, stack, numbering):
        return "arabic", "1"
    if kind == "roman" and stack:
        return kind, _roman_in_sequence(label, stack)
    return kind, label


def _one_read_as_ell(
    kind: str, label: str, stack: list[tuple[str, Directive]], numbering: _Numbering
) -> bool:
    """"l. Phòng Nghiệp vụ" opening the points under a Roman heading of an OCR'd text: the
    letter l comes only after k, so with no "k" it is a 1 (a "2." following)."""
    if kind != "letter" or label != "l" or "k" in numbering.labels or "2" not in numbering.labels:
        return False
    return bool(stack) and stack[-1][0] in _HEADINGS


def _first_arabic_read_as_roman(rest: str, stack: list[tuple[str, Directive]], numbering: _Numbering) -> bool:
    """"I." that is "1.": first under a Roman heading; or in sentence case (a Roman heading is
    in capitals), with no second Roman heading in the body, first under an article or opening
    an arabic numbering that a "2." goes on ("I- Đẩy mạnh …" then "2- …")."""
    if stack and stack[-1][0] == "roman":
        return True
    if rest.isupper() or numbering.second_roman:
        return False
    if stack and stack[-1][0] == "article":
        return True
    return "roman" not in [k for k, _ in stack] and "2" in numbering.labels


def _roman_in_sequence(label: str, stack: list[tuple[str, Directive]]) -> str:
    """A Roman heading read with one stroke lost or gained ("II." for III.) is the one due."""
    kinds = [k for k, _ in stack]
    expected = _next_roman(stack[kinds.index("roman")][1].label) if "roman" in kinds else None
    if expected and set(label) == {"I"} and abs(len(label) - len(expected)) == 1 and set(expected) == {"I"}:
        return expected
    return label


def _absorb(stack: list[tuple[str, Directive]], trailing: list[Paragraph]) -> None:
    """Unnumbered paragraphs between two points continue the innermost open point."""
    if stack and trailing:
        node = stack[-1][1]
        node.text = _clean(functools.reduce(_joined, (p.text for p in trailing), node.text))
    trailing.clear()


def _finish(stack: list[tuple[str, Directive]], trailing: list[Paragraph], body: Body) -> None:
    """After the last point: a heading-only point keeps what follows up to a paragraph that
    opens a closing ("Trên đây là …"); otherwise all of it is closing (a decision's execution
    clause set as a paragraph of its own after its last article too)."""
    if stack and trailing and not _ENDS_SENTENCE.search(stack[-1][1].text):
        cut = next((i for i, p in enumerate(trailing) if i and _opens_closing(p.text)), len(trailing))
        closing = trailing[cut:]
        _absorb(stack, trailing[:cut])
        trailing = closing
    body.closing = list(trailing)


CLOSING_WORDS = 25  # a closing sentence is short
# The issuer answering or announcing, for the addressee to know: "Thuế tỉnh Vĩnh Long trả lời để
# Công ty biết và thực hiện.", "Văn phòng … thông báo để các cơ quan … biết, thực hiện./." (not
# a request for an answer: "Đề nghị Sở … trả lời để UBND huyện thực hiện")
_REPLY_FORMULA = re.compile(
    r"^(?!(?:Kính\s+)?[Đđ]ề\s+nghị)[^.;]{0,80}?\b(?:trả\s+lời\s+(?:để|cho)\s+[^.;]{0,60}?\b(?:được\s+)?biết\b"
    r"|thông\s+báo\s+(?:để|cho)\s+[^.;]{0,80}?\bbiết(?:[,\s]+(?:và\s+)?(?:thực\s+hiện|phối\s+hợp))*\s*(?:\./\.|\.)?\s*$)"
)
# The issuer submitting the letter: "Sở Y tế kính trình UBND tỉnh xem xét, quyết định./."
_SUBMISSION = re.compile(r"\bkính\s+trình\b[^.;]{0,100}?\bxem\s+xét\b[^.;]{0,40}(?:\./\.|\.)?\s*$")


def _opens_closing(text: str) -> bool:
    """"Trên đây là …", a short paragraph of thanks, a reply's formula ("Thuế tỉnh … trả lời để
    Công ty biết và thực hiện."), or one short sentence ending the letter that reports or
    submits it ("Công an tỉnh Bạc Liêu báo cáo./.")."""
    if any(text.startswith(opening) for opening in vocab.closing_openings()):
        return True
    short = len(text.split()) <= CLOSING_WORDS
    if short and any(phrase in text.lower() for phrase in vocab.closing_phrases()):
        return True
    if _REPLY_FORMULA.match(text) or (short and _SUBMISSION.search(text)):
        return True
    sentence = text.removesuffix("./.").rstrip(" .")
    # the verb ends the sentence: the issuer reports ("… báo cáo./."), where "Các đơn vị báo
    # cáo kết quả … trước ngày 15/12./." tells others to
    return (text.endswith("./.") and short and "." not in sentence
            and any(sentence.endswith(f" {verb}") for verb in vocab.closing_verbs()))


def read_body(segments: list[Segment]) -> Body:
    return build_tree(paragraphs(segments))
