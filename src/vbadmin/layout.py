"""Layout: visual rows of positioned words → column segments in reading order.

A letter's header and footer are two-column tables. A row whose words are separated by a
wide gap is split into a left and a right segment, so that the number and "V/v" subject
(left) never mix with the date line (right), nor "Nơi nhận" (left) with the signature
(right). The header and footer zones are then read column by column; the body row by row.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

from vbadmin import vocab
from vbadmin.normalize import clean_text, loose_key
from vbadmin.pages import Line, Page, Word

Column = Literal["left", "right", "full"]

# Minimum horizontal gap between two words, in multiples of the row height, that separates
# the two columns of a header or footer row. Text files use character cells (1 cell high).
_COLUMN_GAP_IN_ROW_HEIGHTS = {"char": 4.0, "pt": 2.2, "px": 2.2}
HEADER_ROWS = 14  # rows at the top of page 1 where flattened header components are looked for

# Where a component starts inside a line that flattened the two-column tables (web copies,
# OCR that ignored the columns): "BỘ Y TẾ CỘNG HÒA XÃ HỘI … Số: 384/BYT-KCB V/v …".
_HEADER_BOUNDARY = re.compile(
    r"CỘNG\s+H(?:ÒA|OÀ|ÕA)\s+XÃ|Độc\s+[lL]ập\s*[-–]|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
    r"|Số\s*:|Số\s+[\dOIl]{1,6}\s*[-–]\s*[A-ZĐ]|V/[vV]\s"
    r"|(?P<dateline>,\s*ngày\s*[\dOIl.…_ ]{0,6}tháng)"  # cut before the place: see _cut_of
    r"|Kính\s+gửi|Nơi\s+nhận(?!\s+[a-zđà-ỹ])"
    r"|(?<=năm \d{4})\s+(?=[A-ZĐÀ-Ỹ])"  # whatever follows a date line's year starts anew
    r"|(?<=[.]\s)(?P<caps>\w{2,}\s+\w+)"  # a body name in capitals after a sentence ("BỘ Y TẾ")
)
# In the footer: the label, and a signature's first line (a prefix, then a title in capitals
# whose first letters may carry marks: "KT. BỘ TRƯỞNG"; see _cut_of).
_FOOTER_BOUNDARY = re.compile(
    # the label, not "Nơi nhận ghi ở góc trái …" (a sentence about it: a word in lower case after it)
    r"(?=Nơi\s+nhận(?!\s+[a-zđà-ỹ])|(?<=\s)(?:TM|KT|TL|TUQ|T/M|K/T|T/L)[.\s]\s*(?P<title>[^\W\d_]{2}))"
)
_RULE_RUN = re.compile(r"\s*(?:-{3,}|_{3,}|\*{3,}|={3,})\s*")
_PAGE_NUMBER = re.compile(r"^[-–\s]*(?P<word>Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–\s]*$", re.IGNORECASE)


@dataclass
class Segment:
    """A run of words on one visual row and in one column."""

    text: str
    page: int
    row: int  # index of the visual row in the whole document
    column: Column
    box: tuple[float, float, float, float]
    unit: str
    origin: str
    confidence: float = 1.0
    gap_before: bool = False  # a blank gap (or page start) precedes this row
    indent: float = 0.0  # x0 minus the page's usual left margin, in row heights
    short: bool = False  # ends well before the usual right margin (a deliberate break)
    table_row: bool = False  # one of three cells or more on its row: a table's, no sentence
    span: tuple[int, int] = (0, 0)  # offsets into the assembled document text
    words: list[Word] = field(default_factory=list, repr=False)


def _row_height(line: Line, unit: str) -> float:
    if unit == "char":
        return 1.0
    return max(1.0, statistics.median(w.y1 - w.y0 for w in line.words))


def _split_row(line: Line, unit: str) -> list[list[Word]]:
    """Split a row at gaps wide enough to be a column boundary."""
    words = sorted(line.words, key=lambda w: w.x0)
    min_gap = _COLUMN_GAP_IN_ROW_HEIGHTS.get(unit, 2.2) * _row_height(line, unit)
    groups: list[list[Word]] = [[words[0]]]
    for previous, word in zip(words, words[1:], strict=False):
        if word.x0 - previous.x1 >= min_gap and not _is_blank_to_fill(previous.text, word.text):
            groups.append([word])
        else:
            groups[-1].append(word)
    return groups


# The space left for a handwritten number or day ("Số:       /QĐ-UBND", "ngày      tháng 5")
# is a wide gap that is not a column boundary.
_BEFORE_BLANK = re.compile(r"(?i)^(?:s[ốo]:?|ngày|tháng)$")
_SPACED_SYMBOL = re.compile(r"^[/-]\s+[A-ZĐ]{2,}")
_AFTER_BLANK = re.compile(r"(?i)^(?:[/-]\w|tháng$|năm$)")  # a lone "/" or "-" is a mark or a dash


def _is_blank_to_fill(before: str, after: str) -> bool:
    last, first = before.rsplit(maxsplit=1)[-1], after.split(maxsplit=1)[0]  # text runs hold several
    # "Số: 12      / UBND-VP": a number, then its separator and symbol set apart
    spaced_symbol = first in ("/", "-") and (last.isdigit() or _SPACED_SYMBOL.match(after) is not None)
    return bool(_BEFORE_BLANK.match(last) or _AFTER_BLANK.match(first)) or spaced_symbol


def _column_of(box: tuple[float, float, float, float], page_width: float) -> Column:
    x0, _, x1, _ = box
    middle = page_width / 2
    # Wholly in the left half and starting near the margin: a centred title is not a column.
    if x1 <= middle * 1.1 and x0 < middle * 0.5:
        return "left"
    if x0 < middle < x1 and abs((x0 + x1) / 2 - middle) < page_width * 0.05:
        return "full"  # centred on the page ("Kính gửi:", "QUYẾT ĐỊNH")
    if x0 >= middle * 0.9:
        return "right"
    return "full"


def _merge_to_two(groups: list[list[Word]], page_width: float) -> list[list[Word]]:
    """Header rows have at most two cells: merge extra gaps on the same side of the page."""
    if len(groups) <= 2:
        return groups
    middle = page_width / 2
    left = [w for g in groups if g[0].x0 < middle * 0.9 for w in g]
    right = [w for g in groups if g[0].x0 >= middle * 0.9 for w in g]
    return [part for part in (left, right) if part] or groups


def _place_after_a_tab(groups: list[list[Word]]) -> bool:
    """"ỦY BAN NHÂN DÂN <tab> TỈNH LÀO CAI": a body's name and its place on one row of a
    converted draft, not the two header cells (the right one holds the national motto)."""
    from vbadmin import vocab

    if len(groups) != 2:
        return False
    left, right = _segment_text(groups[0]), _segment_text(groups[1])
    return (
        vocab.starts_body_name(left) and vocab.starts_place_unit(right) and len(right.split()) <= 5
    )


def _page_margins(lines: list[Line], page_width: float) -> tuple[float, float]:
    lefts = [min(w.x0 for w in line.words) for line in lines if line.words]
    rights = [max(w.x1 for w in line.words) for line in lines if line.words]
    if not lefts:
        return 0.0, page_width
    left_margin = statistics.median_low(sorted(lefts)[: max(1, len(lefts) // 2)])
    right_margin = sorted(rights)[int(len(rights) * 0.8)] if rights else page_width
    return left_margin, right_margin


def _segment_text(words: list[Word]) -> str:
    return clean_text(" ".join(w.text for w in words)).strip()


def sub_segment(segment: Segment, start: int, end: int) -> Segment:
    """The part text[start:end] of a segment, its box cut in proportion."""
    x0, y0, x1, y1 = segment.box
    width = (x1 - x0) / max(1, len(segment.text))
    text = segment.text[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    box = (x0 + (start + lead) * width, y0, x0 + (start + lead + len(text)) * width, y1)
    offset = segment.span[0] + start + lead
    span = (offset, offset + len(text)) if segment.span[1] > 0 else (0, 0)  # (0, 0): not in the text
    return Segment(
        text=text,
        page=segment.page,
        row=segment.row,
        column=segment.column,
        box=box,
        unit=segment.unit,
        origin=segment.origin,
        confidence=segment.confidence,
        span=span,
    )


def _place_start(text: str, comma: int) -> int | None:
    """Where the place before ", ngày" begins: up to five capitalised words ("Thành phố" too,
    and a hyphen between two names: "Phan Rang - Tháp Chàm"); the longest that names a province
    wins ("… Dengue Gia Lai, ngày" → "Gia Lai")."""
    starts: list[int] = []
    words = list(re.finditer(r"\S+", text[:comma]))[-6:]
    for index, match in reversed(list(enumerate(words))):
        word = match.group(0)
        if word in ("-", "–") and starts:
            continue
        unit_and_number = " ".join(w.group(0) for w in words[max(0, index - 1) : index + 1])
        if not starts and _NUMBERED_UNIT.fullmatch(unit_and_number):
            continue  # "Quận 8, ngày …": the district's number
        if not (word[:1].isupper() and not word.isupper()) and word != "phố":
            break
        starts.append(match.start())
    provinces = [start for start in starts if vocab.province_name(text[start:comma])]
    candidates = provinces or starts
    if not candidates:
        return None
    before = list(re.finditer(r"\S+", text[: candidates[-1]]))
    if before and before[-1].group(0) in _PLACE_UNIT_ABBREVIATIONS:  # "TP. Hồ Chí Minh"
        return before[-1].start()
    if len(before) >= 2 and f"{before[-2].group(0)} {before[-1].group(0)}" in _PLACE_UNITS:
        return before[-2].start()  # "Thị xã Quảng Trị": the unit printed with the place
    return candidates[-1]


_NUMBERED_UNIT = re.compile(r"(?:Quận|Phường) \d{1,2}")
_PLACE_UNITS = frozenset({"Thị xã", "Thị trấn", "Thành phố"})
_PLACE_UNIT_ABBREVIATIONS = frozenset({"TP.", "Tp.", "TX.", "Tx.", "TT.", "Q.", "H."})
_PREFIX_ABBREVIATIONS = frozenset({"KT.", "TM.", "TL.", "TUQ."})  # "KT. GIÁM ĐỐC" is one title


def _cut_of(match: re.Match[str], text: str) -> int | None:
    """Where a component found by _HEADER_BOUNDARY or _FOOTER_BOUNDARY starts, or None if the
    match is not one."""
    groups = match.groupdict()
    if groups.get("dateline") is not None:
        return _place_start(text, match.start())
    caps = groups.get("caps")
    if caps is not None and (not caps.isupper() or len(text[: match.start()].split()) < 2):
        return None  # "QUYÉT. ĐỊNH …": one word and a speck are no sentence to end
    if caps is not None and (before := text[: match.start()].split()[-1]) in _PREFIX_ABBREVIATIONS:
        return match.start() - len(before) - 1  # "… VT-LT. TM. BAN BÍ THƯ": the prefix starts it
    if caps is not None and before in _PLACE_UNIT_ABBREVIATIONS:
        return None  # "ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH": an abbreviation's full stop ends nothing
    title = groups.get("title")
    if title is not None and not title.isupper():
        return None  # "Sở KT. Hà Nội": no title in capitals
    return match.start()


_LIST_ROW = re.compile(r"^\s*[-–+•]\s*\S")
SIGNED = r"\(\s*Đã\s+ký\s*\)"  # a copy's mark where the signature was: "(Đã ký)"
_SIGNED_MARK = re.compile(rf"\s{SIGNED}\s*$", re.IGNORECASE)
_ARCHIVE_ROW = re.compile(r"^\s*[-–+•]\s*Lưu\b")  # the list's last item: "- Lưu: VT, …"


def _title_run_on(text: str) -> int | None:
    """Where the signature's row starts at the end of a list row, when the "Nơi nhận" list and
    the signature block were read across as one column: "- Như trên, PHÓ BÍ THƯ THƯỜNG TRỰC",
    "- Lưu: VT, PC08. (Đã ký)", "- Lưu: VT, NNTN3. Y Ngọc"."""
    if not _LIST_ROW.match(text):
        return None
    if text.rstrip().endswith(")") and (signed := _SIGNED_MARK.search(text)):
        return signed.start() + 1
    if not text.rstrip()[-1:].isupper() and not _ARCHIVE_ROW.match(text):
        return None  # no title in capitals at its end, no name after the archive copy: most rows
    from vbadmin.extract.signature import is_person_name  # the layout stage comes first

    words = list(re.finditer(r"\S+", text))
    for size in range(min(6, len(words) - 2), 0, -1):
        tail = words[-size:]
        run_on = text[tail[0].start():]
        if words[-size - 1].group(0)[-1] not in ",;.":
            continue  # the list item ends before the signature's row
        if run_on.isupper() and vocab.title_in(run_on) == run_on:
            return tail[0].start()  # "- Như trên, PHÓ BÍ THƯ THƯỜNG TRỰC"
        if _ARCHIVE_ROW.match(text) and 2 <= size <= 4 and words[-size - 1].group(0)[-1] == "." \
                and is_person_name(run_on):
            return tail[0].start()  # "- Lưu: VT, NNTN3. Y Ngọc": the signer's name after the last item
    return None


def _signer_run_on(text: str) -> int | None:
    """Where "BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng" starts at the end of a flattened line (a head
    signing with no prefix, run on after the distribution list): a known title in capitals and
    a person's name, after other words. Checked on every row: most end otherwise."""
    words = text.split()
    if len(words) < 5 or not words[-1][:1].isupper() or words[-1].isupper():
        return None  # no Capitalised name at the end of the row
    from vbadmin import vocab
    from vbadmin.extract.signature import is_person_name

    for size in range(min(5, len(words) - 3), 1, -1):
        if not is_person_name(" ".join(words[-size:])):
            continue
        caps = 0
        while caps < len(words) - size and words[-size - caps - 1].rstrip(",").isupper():
            caps += 1
        title = " ".join(words[len(words) - size - caps : len(words) - size])
        if 2 <= caps < len(words) - size and vocab.title_in(title):
            return len(text) - len(" ".join(words[-size - caps :]))
    return None


def split_flattened(segment: Segment, in_header: bool) -> list[Segment]:
    """Cut a segment where a header or footer component starts mid-line; drop drawn rules."""
    text = segment.text
    cuts = {0, len(text)}
    footer = not in_header or bool(_FOOTER_START.match(text))  # "Nơi nhận" of a short letter
    pattern = _FOOTER_BOUNDARY if footer else _HEADER_BOUNDARY
    found = (_cut_of(m, text) for m in pattern.finditer(text))
    cuts |= {cut for cut in found if cut}
    if signer := _signer_run_on(text):  # in the header rows too: a short flattened letter
        cuts.add(signer)
    # (in the header's rows too: a short letter's footer lies there)
    signature = _signature_run_on(text, cuts)
    if signature:
        cuts.add(signature)
    pieces: list[tuple[int, int]] = []
    for start, end in zip(sorted(cuts), sorted(cuts)[1:], strict=False):
        last = start
        for rule in _RULE_RUN.finditer(text, start, end):
            pieces.append((last, rule.start()))
            last = rule.end()
        pieces.append((last, end))
    if len(pieces) == 1:
        return [segment]
    parts = [sub_segment(segment, a, b) for a, b in pieces]
    # The signature's piece is the right column's, so that the list reads on under its label.
    parts = [replace(part, column="right") if start == signature else part
             for part, (start, _) in zip(parts, pieces, strict=True)]
    return [p for p in parts if p.text] or [segment]


def _signature_run_on(text: str, cuts: set[int]) -> int | None:
    """Where the signature block's row starts on a footer row that the "Nơi nhận" list shares
    with it (the two columns read across as one): "Nơi nhận: T/M BAN THƯỜNG VỤ", "Nơi nhận:
    HIỆU TRƯỞNG", "- Như trên, PHÓ BÍ THƯ THƯỜNG TRỰC", "- Lưu: VT, PC08. (Đã ký)"."""
    later = sorted(cuts)[1:-1]
    if label := _FOOTER_START.match(text):
        if later:
            return later[0]
        title = text[label.end() :].strip()
        return text.index(title) if title and title.isupper() and vocab.title_in(title) == title else None
    return _title_run_on(text) if not later else None  # a row cut already is no simple list row


def _is_page_furniture(text: str, row_in_page: int, rows_in_page: int, page_number: int,
                       centred_foot_of_many: bool = False) -> bool:
    """Page numbers at the top (pages 2+) or bottom of a page ("2", "- 2 -", "Trang 2/3")."""
    at_edge = row_in_page == 0 or row_in_page >= rows_in_page - 1
    number = _PAGE_NUMBER.match(text)
    # "Trang 1/3" says what it is on any page; a bare "1" on page 1 may be a list's, unless
    # centred at the foot of the first of several pages
    return at_edge and number is not None and (page_number > 1 or number["word"] is not None
                                               or centred_foot_of_many)


def _centred(box: tuple[float, float, float, float], page: Page) -> bool:
    return abs((box[0] + box[2]) / 2 - page.width / 2) < page.width / 6


EDGE_ROWS = 2  # rows at a page's top and bottom where running headers and footers sit


# A letterhead's contact rows printed under a rule at a page's foot: "Địa chỉ: Số 02 Quang
# Trung, …; ĐT: 052.3822318; Fax: …", "E-mail: …".
_CONTACT_OPENING = re.compile(r"^(?:Địa\s+chỉ|Trụ\s+sở)\s*:.*\b(?:ĐT|Điện\s+thoại|Fax|Tel)\b", re.IGNORECASE)
_CONTACT_MORE = re.compile(r"^(?:E-?mail|Website|Fax|ĐT|Điện\s+thoại|Tel)\s*:", re.IGNORECASE)


def _contact_row(rows: list[Line], index: int, after_contact: bool) -> bool:
    """A contact row: one that opens so under a rule row in the page's lower half, or more of
    them after it (not a firm's header row that holds the date line too)."""
    if index < len(rows) / 2:
        return False
    text = _segment_text(rows[index].words)
    if after_contact and _CONTACT_MORE.match(text):
        return True
    above = "".join(w.text for w in rows[index - 1].words) if index > 0 else ""  # as printed: "____"
    rule_above = len(above) >= 3 and not any(ch.isalnum() for ch in above)  # of any length
    return rule_above and bool(_CONTACT_OPENING.match(text))


def _page_break_number(rows: list[Line], index: int, pitch: float, page: Page, due: int,
                       first: _FirstPage) -> bool:
    """A text copy's page break inside its one page: a page number ("2", "- 2 -") alone on its
    row, blank rows above and below it, the text going on under it; centred, or the number of
    the page due (a copy that lost the centring: "2" at the margin after page 1), which may
    also sit with no blank rows between a sentence's end and a point."""
    if page.unit != "char" or not 0 < index < len(rows) - 1:
        return False
    line = rows[index]
    number = _later_page_number(line)
    if number is None:
        return False
    _, y0, _, y1 = line.box
    above = y0 - max(w.y1 for w in rows[index - 1].words)
    below = min(w.y0 for w in rows[index + 1].words) - y1
    centred = _centred(line.box, page)
    figures = [int(figure) for figure in re.findall(r"\d+", number.group(0))]
    # "2", "Trang 2" head the page due; "Trang 1/2" ends the one before it
    is_due = figures[0] == due or (len(figures) == 2 and figures[0] == due - 1 < figures[1])
    before, after = _segment_text(rows[index - 1].words), _segment_text(rows[index + 1].words)
    if is_due and _ENDED.search(before) and _POINT_OPENS.match(after):
        return True  # a web viewer's copy keeps no blank rows: between a sentence's end and a point
    if is_due and _WORD_ENDS.search(before) and after[:1].islower():
        return True  # or inside a sentence: "… tại các khu" / "2" / "vực giáp ranh …"
    under = rows[index + 2] if index + 2 < len(rows) else None
    header_below = _running_header(rows[index + 1], under, page, first, pitch)  # "CVHKMN - Công văn 1847"
    return (centred or is_due) and above > 1.5 * pitch and (below > 0.9 * pitch or header_below)


# An archivist's mark in a transcription where the paper's next sheet begins: "[Tờ 2]", "[Trang 3]"
_ARCHIVE_PAGE_MARK = re.compile(r"^\s*\[\s*(?:[Tt]ờ|[Tt]rang)\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*\]\s*$")


def _sentence_goes_on(text: str) -> bool:
    """A row cut inside a sentence: it ends with a word in lower case or a comma."""
    return bool(re.search(r"[a-zđà-ỹ,]\s*$", text))


_WORD_ENDS = re.compile(r"[^\W\d_],?\s*$")  # a row cut after a word (a comma may follow it)


_ENDED = re.compile(r"[.;]\s*$")  # not a lead-in's ":" (its value may follow on a row alone)
_POINT_OPENS = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+\S")


_FOOTNOTE_RULE = re.compile(r"^_{5,}$")
_FOOTNOTE_MARK = re.compile(r"^\s*(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s*$")
FOOTNOTE_ROWS = 12  # a page's notes run to its end or its page number within so many rows


def _footnote_rows(rows: list[Line], page: Page) -> set[int]:
    """A page's footnotes, in its lower half: a note's number alone on its row ("1") under a
    short rule (underscores, a third of the page wide at most), the note's rows under it, to
    the page's number ("Trang 1/3": a text copy's page breaks inside its one page) or, on a
    page of an image or a PDF, to the page's end. A lone number with no rule above it is a
    page's number or a list's."""
    for index in range(max(1, len(rows) // 2), len(rows) - 1):
        if not _FOOTNOTE_MARK.match(_segment_text(rows[index].words)):
            continue
        above = rows[index - 1]
        printed = "".join(word.text for word in above.words)  # as printed: "____"
        rule = _FOOTNOTE_RULE.match(printed) and above.box[2] - above.box[0] <= page.width / 3
        reach = range(index + 1, min(len(rows), index + FOOTNOTE_ROWS))
        numbered = next((j for j in reach if _PAGE_NUMBER.match(_segment_text(rows[j].words).strip())), None)
        last = len(rows) - 1
        to_page_end = page.unit != "char" and last - index < FOOTNOTE_ROWS
        end = last if numbered is None and to_page_end else numbered
        if rule and end is not None:
            return set(range(index - 1, end + 1))
    return set()


def _later_page_number(line: Line) -> re.Match[str] | None:
    """"2", "- 2 -" alone on its row: a page's number, of a page after the first."""
    number = _PAGE_NUMBER.match(_segment_text(line.words))
    return number if number is not None and re.search(r"[2-9]|\d\d", number.group(0)) else None


def _running_rows(pages: list[Page]) -> set[str]:
    """Rows set apart at the same edge, top or bottom, of every page but one (two at least): a
    running header or footer ("Địa chỉ: … ĐT: …" under every page, below a gap or a rule). A
    line of the body that happens to wrap the same way on two pages is not set apart."""
    seen: dict[tuple[str, str], int] = {}
    written = 0  # pages with text: a copy's last form feed leaves an empty page after it
    for page in pages:
        rows = [line for line in page.lines if line.words]
        written += bool(rows)
        for edge, text in _set_apart_edge_rows(rows):
            seen[(edge, text)] = seen.get((edge, text), 0) + 1
    least = max(2, written - 1)
    return {text for (_, text), count in seen.items() if count >= least and _may_be_furniture(text)}


def _may_be_furniture(text: str) -> bool:
    """Three words or more, and no signer's name or title (in capitals, as a signature prints
    it: "Sở … Môi trường" holds no TRƯỞNG): a decision and its attached rules end two pages
    with the same signature block."""
    from vbadmin.extract.signature import is_person_name

    titled = text.upper() == text and vocab.title_in(text) is not None
    return len(text.split()) >= 3 and not is_person_name(text) and not titled


def _set_apart_edge_rows(rows: list[Line]) -> set[tuple[str, str]]:
    """("top" or "bottom", text) of the edge rows with a gap or a rule toward the body."""
    if len(rows) < 2 * EDGE_ROWS + 1:
        return set()
    pitch = _typical_pitch(rows)

    def rule(line: Line) -> bool:  # "____", "* * *"
        return not any(ch.isalnum() for w in line.words for ch in w.text)

    def apart(upper: int, lower: int) -> bool:
        gap = min(w.y0 for w in rows[lower].words) - max(w.y1 for w in rows[upper].words)
        return gap > 1.5 * pitch or rule(rows[upper]) or rule(rows[lower])

    last = len(rows) - 1
    top = [("top", i) for i in range(EDGE_ROWS) if apart(i, i + 1)]
    bottom = [("bottom", i) for i in range(last - EDGE_ROWS + 1, last + 1) if apart(i - 1, i)]
    return {(edge, _segment_text(rows[i].words)) for edge, i in top + bottom}


# The letter's own number on its number line ("Số: 1847/CVHKMN-ANHK"), which a later page's
# running header repeats ("CVHKMN - Công văn 1847").
_OWN_NUMBER = re.compile(r"^\W{0,3}S[ốoô]\s*:?\s*(?P<number>\d{1,6})\s*[/-]\s*[A-ZĐ]")
RUNNING_HEADER_WORDS = 12  # a later page's running header is a short row
RUNNING_HEADER_ROWS = 1  # and its first (its page number aside)


@dataclass
class _FirstPage:
    """What a later page's running header repeats from page 1: the header's rows (the body's
    name), as loose keys, and the letter's number."""

    header_keys: frozenset[str]
    number: str | None


def _first_page(pages: list[Page]) -> _FirstPage:
    rows = [line for line in pages[0].lines if line.words][:HEADER_ROWS] if pages else []
    cells_by_row = [[_segment_text(cell) for cell in _split_row(line, pages[0].unit)] for line in rows]
    numbers = (_OWN_NUMBER.match(cell) for cells in cells_by_row for cell in cells)
    number = next((found["number"] for found in numbers if found), None)
    keys: set[str] = set()
    for column in (0, -1):  # a body's name wrapped over rows of its column: "BAN ĐỐI NGOẠI" / "TRUNG ƯƠNG"
        names = [cells[column] for cells in cells_by_row if cells]
        keys |= {loose_key(" ".join(names[i:j])) for i in range(len(names)) for j in range(i + 1, i + 4)}
    return _FirstPage(frozenset(key for key in keys if len(key) >= 8), number)


def _running_header(line: Line, below: Line | None, page: Page, first: _FirstPage, pitch: float) -> bool:
    """A later page's running header at its top (after its page number): a short row above a
    rule, or one set apart by a blank row whose cells name the body of page 1's header or hold
    the letter's number ("Thư viện tỉnh Nghệ An      KH số 46/KH-TV", "CVHKMN - Công văn 1847")."""
    from vbadmin.extract.signature import is_person_name

    text = _segment_text(line.words)
    if below is None or len(text.split()) > RUNNING_HEADER_WORDS or not text[:1].isalnum():
        return False  # a list's row ("- Ban …;") is the body's
    if _POINT_OPENS.match(text) or is_person_name(text):
        return False  # a point ("2. Thời gian: …") or the signer's name above a footer's rule
    if _is_rule(below):
        return True
    apart = min(w.y0 for w in below.words) - max(w.y1 for w in line.words) > 1.5 * pitch
    cells = [_segment_text(cell) for cell in _split_row(line, page.unit)]
    return apart and all(_repeats_first_page(cell, first) for cell in cells)


def _at_top_a_running_header(line: Line, below: Line | None, page: Page, first: _FirstPage, pitch: float,
                             sentence_cut: bool) -> bool:
    """A later page's first row (its page number aside) that is its running header."""
    return _running_header(line, below, page, first, pitch) or (
        sentence_cut and _set_in_the_sentence(line, below, pitch))


def _repeats_first_page(cell: str, first: _FirstPage) -> bool:
    return loose_key(cell) in first.header_keys or _holds_number(cell, first.number)


def _set_in_the_sentence(line: Line, below: Line | None, pitch: float) -> bool:
    """A short row in capitals or title case, a blank row under it, between a sentence cut at
    the page's end and its rest in lower case: a running header ("Ban Đối ngoại Trung ương"),
    not the sentence's words."""
    text = _segment_text(line.words)
    if below is None or len(text.split()) > RUNNING_HEADER_WORDS or not text[:1].isupper():
        return False
    gap = min(w.y0 for w in below.words) - max(w.y1 for w in line.words)
    rest = _segment_text(below.words)
    goes_on = rest[:1].islower() and not _POINT_OPENS.match(rest)  # "a) Tổ chức …" opens a point
    return gap > 1.5 * pitch and goes_on and not re.search(r"[.;:,]$", text)


def _holds_number(text: str, number: str | None) -> bool:
    """The letter's number as a running header prints it: after "số" or a word of its type
    ("Công văn 1847", "KH số 46"), or before its symbol ("46/KH-TV"); not a day ("ngày 15/4")."""
    if number is None:
        return False
    escaped = re.escape(number)
    named = re.search(rf"(?:\bsố|\b(?:{_type_words()}))\s*:?\s*{escaped}(?![\d/.])", text, re.IGNORECASE)
    return named is not None or re.search(rf"(?<![\d/.]){escaped}/[A-ZĐ]", text) is not None


@cache
def _type_words() -> str:
    """The types' names and codes as a pattern's alternatives, the longest first."""
    words = {word for t in vocab.doc_types() for word in (t.name, t.state_code, t.party_code) if word}
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _is_rule(line: Line) -> bool:
    """"____", "-----": a row of no letter or figure, three marks long at least."""
    printed = "".join(word.text for word in line.words)
    return len(printed) >= 3 and not any(ch.isalnum() for ch in printed)


def page_segments(pages: list[Page]) -> list[Segment]:
    """Every page's rows split into column segments, in row order."""
    segments: list[Segment] = []
    row_index = 0
    running = _running_rows(pages) if len(pages) > 1 else set()
    first = _first_page(pages)
    for page in pages:
        rows = [line for line in (_without_edge_specks(line, page) for line in page.lines) if line.words]
        rows = [_without_stray_mark_at_end(line) for line in rows] if page.unit == "char" else rows
        left_margin, right_margin = _page_margins(rows, page.width)
        rows = [line for line in (_without_edge_specks(line, page, left_margin) for line in rows)
                if line.words]
        previous_bottom: float | None = None
        page_break = False
        breaks = 0
        pitch = _typical_pitch(rows)
        contact = False
        footnotes = _footnote_rows(rows, page)
        # rows of a later page read so far (its page number aside): its running header is first
        page_rows = 0 if page.number > 1 else RUNNING_HEADER_ROWS
        dropped_header = False
        for row_in_page, line in enumerate(rows):
            if row_in_page in footnotes:
                continue
            under_header, dropped_header = dropped_header, False
            if under_header and _is_rule(line):
                continue  # the running header's rule
            if page_rows < RUNNING_HEADER_ROWS and not _later_page_number(line):
                page_rows += 1
                below = rows[row_in_page + 1] if row_in_page + 1 < len(rows) else None
                cut = bool(segments) and _sentence_goes_on(segments[-1].text)  # the last page's
                if _at_top_a_running_header(line, below, page, first, pitch, cut):
                    dropped_header = True
                    continue
            height = _row_height(line, page.unit)
            top = min(w.y0 for w in line.words)
            after_contact, contact = contact, _contact_row(rows, row_in_page, contact)
            if contact:
                continue
            if (_page_break_number(rows, row_in_page, pitch, page, page.number + breaks + 1, first)
                    or after_contact and _later_page_number(line) is not None  # under contact rows
                    or _ARCHIVE_PAGE_MARK.match(_segment_text(line.words))):
                page_break = True  # the text goes on under it as if no page had ended
                breaks += 1
                page_rows = 0
                continue
            if previous_bottom is None or not any(s.page == page.number for s in segments[-1:]):
                # a page's first row: a paragraph of its own unless the last page's went on ("…
                # việc thực" / "hiện …")
                gap = not segments or not _sentence_goes_on(segments[-1].text)
            else:
                gap = (top - previous_bottom) > 0.9 * pitch and not page_break
            page_break = False
            previous_bottom = max(w.y1 for w in line.words)
            in_header = page.number == 1 and row_in_page < HEADER_ROWS
            # a letterhead repeated on every page is, on page 1, the header itself
            letterhead = page.number == 1 and row_in_page < EDGE_ROWS
            at_edge = row_in_page < EDGE_ROWS or row_in_page >= len(rows) - EDGE_ROWS
            if running and at_edge and not letterhead and _segment_text(line.words) in running:
                continue
            cells = _split_row(line, page.unit)
            groups = _merge_to_two(cells, page.width)
            if in_header and _place_after_a_tab(groups):
                groups = [groups[0] + groups[1]]
            for position, group in enumerate(groups):
                whole = _make_segment(group, page, row_index)
                if len(groups) == 2:  # a split row: its two cells are the two columns, whatever the width
                    whole.column = "left" if position == 0 else "right"
                foot = row_in_page == len(rows) - 1 and page is not pages[-1] and _centred(whole.box, page)
                furniture = _is_page_furniture(whole.text, row_in_page, len(rows), page.number, foot)
                if not whole.text or furniture:
                    continue
                for segment in split_flattened(whole, in_header):
                    segment.gap_before = gap
                    segment.indent = (segment.box[0] - left_margin) / height
                    segment.short = segment.box[2] < right_margin - 8 * height
                    segment.table_row = len(cells) >= 3
                    segments.append(segment)
            row_index += 1
    return segments


# A mark alone at a typed row's end that no text ends with: the scanner's border or a speck, as an
# OCR program's text copy keeps it ("… có hoàn cảnh |", "… theo hướng ~").
_STRAY_MARK_AT_END = re.compile(r"(?<=\S)\s+[|~_]$")


def _without_stray_mark_at_end(line: Line) -> Line:
    """A text copy's row without a stray mark after its last word (not a "|" table's row): a
    text copy's word is a run of words, the mark at its end."""
    last = line.words[-1]
    if any("|" in w.text for w in line.words[:-1]) or "|" in last.text[:-1]:
        return line
    if len(line.words) >= 2 and last.text in ("|", "~", "_"):  # set apart by spaces: a run of its own
        return replace(line, words=line.words[:-1])
    text = _STRAY_MARK_AT_END.sub("", last.text)
    if text == last.text:
        return line
    return replace(line, words=[*line.words[:-1], replace(last, text=text, x1=last.x0 + len(text))])


EDGE_SPECK_ZONE = 0.02  # of the page's width, at either edge
EDGE_SPECK_GAP = 3.0  # row heights of white between a border's speck and the row's text (a dash
# of a tightly cropped page sits by its item)
MARGIN_SPECK_GAP = 2.0  # the same for a speck in the margin, nearer the text


def _without_edge_specks(line: Line, page: Page, left_margin: float = 0.0) -> Line:
    """An OCR'd row without the marks read from the scanner's dark border at the page's edge
    ("|" before every list row of an archive's scan): wholly at the edge, no letter or figure
    or a box too thin for the letters read in it ("EM" a pixel wide); and a speck of dirt in
    the left margin, apart from the text ("©" before "Nơi nhận:" made the row two columns)."""
    if page.origin != "ocr":
        return line
    edge = EDGE_SPECK_ZONE * page.width
    height = _row_height(line, page.unit)
    # in the margin: left of the text's edge by a row's height
    zone = max(edge, left_margin - height) if left_margin > 0 else edge

    words = sorted(line.words, key=lambda w: w.x0)
    apart = EDGE_SPECK_GAP * height if zone == edge else MARGIN_SPECK_GAP * height

    def speck(index: int) -> bool:
        word = words[index]
        at_edge = word.x1 <= edge
        left = word.x1 <= zone and (index + 1 == len(words) or words[index + 1].x0 - word.x1 >= apart)
        right = word.x0 >= page.width - edge and (index == 0 or word.x0 - words[index - 1].x1 >= apart)
        sliver = word.x1 - word.x0 < (word.y1 - word.y0) / 2
        no_letters = not any(ch.isalnum() for ch in word.text)
        return (left and (no_letters or at_edge and sliver)) or (right and (sliver or no_letters))

    kept = [word for index, word in enumerate(words) if not speck(index)]
    return line if len(kept) == len(line.words) else Line(kept)


def _typical_pitch(rows: list[Line]) -> float:
    """Usual distance between the tops of consecutive rows minus a row's height."""
    gaps = []
    for above, below in zip(rows, rows[1:], strict=False):
        bottom = max(w.y1 for w in above.words)
        top = min(w.y0 for w in below.words)
        gaps.append(max(0.0, top - bottom))
    if not gaps:
        return 1.0
    heights = [max(w.y1 for w in r.words) - min(w.y0 for w in r.words) for r in rows]
    return max(statistics.median(gaps), 0.5 * statistics.median(heights))


def _make_segment(words: list[Word], page: Page, row: int) -> Segment:
    box = (
        min(w.x0 for w in words),
        min(w.y0 for w in words),
        max(w.x1 for w in words),
        max(w.y1 for w in words),
    )
    return Segment(
        text=_segment_text(words),
        page=page.number,
        row=row,
        column=_column_of(box, page.width),
        box=box,
        unit=page.unit,
        origin=page.origin,
        confidence=min(w.confidence for w in words),
        words=words,
    )


# The "Nơi nhận" label as OCR reads it; "vi nhận:", "Xi nhận:": the first letters of "Nơi" lost,
# then the colon must be there ("Xác nhận:", "Ký nhận:" are not it); "Nơi nhân:" with its
# dot lost, then too ("Nơi nhân dân …" opens a sentence); its last letter set apart ("Nơi nhậ
# n:"). "Nơi gửi:" and "Sao gửi:" head the list in letters of the 1950s–80s: a row of its own
# (or beside the signature's), no dashed item's ("- Nơi gửi: Phòng Nội vụ …" among points).
NOI_NHAN_LABEL = (r"N[ơo][iíì]\s*nh[ậa] ?n\s*[:;.]?|N[ơo][iíì]\s*nh[âấầạ]n\s*:|[\wơ]{0,2}[iíìl1]\s+nhận\s*:"
                  r"|(?<![-–+•]\s)(?<![-–+•])(?:Nơi|Sao)\s+gửi\s*:(?=\s*(?:$|[-–]\s)|\s+[A-ZĐ]|\s{2,})")
_FOOTER_START = re.compile(rf"^\W{{0,3}}(?:{NOI_NHAN_LABEL})", re.IGNORECASE)


def has_footer_label(page: Page) -> bool:
    """Whether a row of the page opens with the "Nơi nhận" label (the signature beside it)."""
    return any(_FOOTER_START.match(line.text) for line in page.lines)


def _header_rows(segments: list[Segment]) -> set[int]:
    """Rows at the top of page 1 that belong to the two-column header table."""
    rows: set[int] = set()
    last_right = None
    for segment in segments:
        if segment.page != 1:
            break
        if segment.column == "full":
            break
        if last_right is not None and segment.row > last_right and segment.column == "left" \
                and (_type_title(segment.text) or _BODY_OPENING.match(segment.text)):
            break  # a text whose rows lost their widths: the title, or the body, under the table ends it
        rows.add(segment.row)
        last_right = segment.row if segment.column == "right" else last_right
    return rows


# The body's first row under a header table, in a letter of short rows ("Kính gửi: …", "Căn cứ …",
# a point's number): the header ends above it.
_BODY_OPENING = re.compile(
    r"^\W{0,3}(?:K[íi]nh\s+g[ửu]i|Căn\s+cứ\b|(?:\d{1,2}|[IVX]{1,4})[.\-)]\s|Điều\s+\d)"
)


def _type_title(text: str) -> bool:
    """"THÔNG BÁO" alone on its row: a type's title, set under the header table."""
    return text.isupper() and vocab.doc_type_by_loose_name(text) is not None


def _footer_rows(segments: list[Segment]) -> set[int]:
    """From the "Nơi nhận" row to the end of that page, and the next page's rows when the
    footer goes on there."""
    for segment in segments:
        if _FOOTER_START.match(segment.text):
            rows = {s.row for s in segments if s.page == segment.page and s.row >= segment.row}
            return rows | _footer_going_on(segments, segment.page)
    return set()


_LIST_ITEM = re.compile(r"^[-–+•]\s")


def _footer_going_on(segments: list[Segment], page: int) -> set[int]:
    """The rows of the page after the footer's when they are the list's last items (left)
    and the signature's last lines (right), nothing else: the page broke inside the footer."""
    next_page = [s for s in segments if s.page == page + 1]
    cells = [bool(_LIST_ITEM.match(s.text)) for s in next_page if s.column != "right"]
    return {s.row for s in next_page} if cells and all(cells) else set()


def reading_order(segments: list[Segment]) -> list[Segment]:
    """Header and footer zones column by column (left, then right); the body row by row. The
    pages after the footer's (an attached Quy chế, an appendix, the list's last rows) follow
    the footer."""
    footer = _footer_rows(segments)
    header = _header_rows(segments) - footer  # a short letter's rows are all "left": no row twice
    footer_page = _signed_footer_page(segments, footer)
    rest = [s for s in segments if s.row not in header and s.row not in footer]
    later = [footer_page is not None and s.page > footer_page for s in rest]
    ordered = _column_major([s for s in segments if s.row in header])
    ordered += [s for s, after in zip(rest, later, strict=True) if not after]
    ordered += _column_major(_align_to_columns([s for s in segments if s.row in footer]))
    return ordered + [s for s, after in zip(rest, later, strict=True) if after]


_LABEL_ALONE = re.compile(rf"^\W{{0,3}}(?:{NOI_NHAN_LABEL})\s*$", re.IGNORECASE)


def _signed_footer_page(segments: list[Segment], footer: set[int]) -> int | None:
    """The page of the footer when it is the letter's own: the label alone in its cell
    ("Nơi nhận:", not "- Nơi nhận phiếu: …" in the body) with a signature's column beside it,
    or, in a text read as one column, a signature's prefix or title line under the list."""
    zone = [s for s in segments if s.row in footer]
    label = next((s for s in zone if _FOOTER_START.match(s.text)), None)
    if label is None or not _LABEL_ALONE.match(label.text):
        return None
    signed = any(s.column == "right" or vocab.signatory_prefix(s.text) or vocab.title_in(s.text) == s.text
                 for s in zone)
    return label.page if signed else None


def _align_to_columns(zone: list[Segment]) -> list[Segment]:
    """A lone row (the signer's name under the signature space) belongs to the column it sits in."""
    right_edges = [s.box[0] for s in zone if s.column == "right"]
    if not right_edges:
        return zone
    right_x0 = min(right_edges)
    left_x1 = max((s.box[2] for s in zone if s.column == "left"), default=0.0)
    for segment in zone:
        if segment.column != "right" and segment.box[0] >= min(right_x0, left_x1) * 0.9:
            segment.column = "right"
    return zone


def _column_major(segments: list[Segment]) -> list[Segment]:
    rank = {"left": 0, "full": 0, "right": 1}
    return sorted(segments, key=lambda s: (rank[s.column], s.row))


def assemble(segments: list[Segment]) -> str:
    """Join segments into the document text (one per line) and record each one's span."""
    parts: list[str] = []
    offset = 0
    for segment in segments:
        segment.span = (offset, offset + len(segment.text))
        parts.append(segment.text)
        offset += len(segment.text) + 1
    return "\n".join(parts)


def layout(pages: list[Page]) -> tuple[list[Segment], str]:
    """Pages → segments in reading order, and the document text their spans point into."""
    segments = reading_order(page_segments(pages))
    return segments, assemble(segments)


# A digital-signature stamp printed on the page ("Ký bởi: Sở Y tế / Cơ quan: Tỉnh Lâm Đồng /
# Thời gian ký: 12.03.2026 09:15:22 +07:00"): no part of the letter's structure, wherever the
# page puts it (a scan reads it as a right column over the title). Its lines, as OCR may read
# them without marks, by their labels' letters.
_STAMP_OPENING = ("kyboi", "nguoiky")
MAX_STAMP_LABEL = 16  # "Thời gian ký:" and its like open the line
_STAMP_LABELS = ("coquan", "thoigianky", "email", "nguoiky", "chucvu", "ngayky", "sovanban")


def without_signature_stamps(segments: list[Segment]) -> list[Segment]:
    """The segments less a digital-signature stamp's lines: "Ký bởi: …" and the labelled lines
    under it, and a "Thời gian ký: …" line anywhere. The document's text keeps them."""
    kept: list[Segment] = []
    in_stamp: Segment | None = None
    labels = [_stamp_label(segment) for segment in segments]
    for index, segment in enumerate(segments):
        label = labels[index]
        # "Người ký:" opens a stamp only with its signing time under it (a guide may list it)
        timed = label != "nguoiky" or bool({"thoigianky", "ngayky"} & set(labels[index + 1 : index + 6]))
        if (label in _STAMP_OPENING and timed) or label == "thoigianky":
            in_stamp = segment
            continue
        if in_stamp is not None and label in _STAMP_LABELS and segment.page == in_stamp.page \
                and segment.column == in_stamp.column:
            continue
        in_stamp = None
        kept.append(segment)
    return kept


def _stamp_label(segment: Segment) -> str:
    """"thoigianky" of "Thời gian ký: 14.10.2025 …": the label a stamp's line opens with; none
    for a list's item ("- Thời gian ký: ngày, giờ …" in a guide to the stamp), nor for a time
    line without a time."""
    text = segment.text.lstrip()
    head, colon, value = text[:MAX_STAMP_LABEL].partition(":")
    label = loose_key(head) if colon and not text.startswith(("-", "+", "–", "•")) else ""
    timeless = label in ("thoigianky", "ngayky") and not re.search(r"\d", value + text[MAX_STAMP_LABEL:])
    return "" if timeless else label


def is_rule_line(text: str) -> bool:
    """Horizontal rules drawn with characters, and the Party header's asterisk."""
    return bool(text) and not any(ch.isalnum() for ch in text) and len(text.strip()) <= 80
