"""Document type line and trích yếu (subject): "QUYẾT ĐỊNH / Về việc …" or "V/v …"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vbadmin import vocab
from vbadmin.extract.dateline import parse_date_line
from vbadmin.extract.header import is_motto, is_upper_line, national_header_kind
from vbadmin.extract.recipients import is_recipients_label
from vbadmin.layout import Segment, is_rule_line
from vbadmin.normalize import LOWER_LETTER, UPPER_LETTER, match_key

# OCR's readings of a small "v" after the slash: "V/%", "V/›", "V/w", or nothing at all; of an
# italic "V/v": "V7", "V%", "Vy" (a faded copy's), or a lone "V" (no word of a subject's first row)
_VV_AS_OCR_READS_IT = rf"V(?:[/7][%›»y&]?[vwW]?|[%y])?(?=\s+{LOWER_LETTER})"
VV = re.compile(
    r"^\W{0,2}(?:V/v|V/V|v/v|V\.v|Về\s+việc|về\s+việc|VỀ\s+VIỆC"
    rf"|{_VV_AS_OCR_READS_IT})\s*[:.]?\s*"
)
# "V/v" (not "Về việc"): the mark of a công văn's subject, which no other type uses.
_DISPATCH_VV = re.compile(rf"^\W{{0,2}}(?:V/v|V/V|v/v|V\.v|{_VV_AS_OCR_READS_IT})")
# Lines that start the body, never a subject's continuation (capitalised: a wrapped subject
# line may well begin with "thực hiện …").
_BODY_START = re.compile(
    r"^\W{0,3}(Căn\s+cứ|CĂN\s+CỨ|Kính\s+(gửi|trình)|Thực\s+hiện|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Nơi\s+nhận)"
)
# A note in brackets under the title ("(Kèm theo Quyết định số …)", "(Ban hành kèm theo …)")
# opens with a capital; a subject wraps onto "(mở rộng), nhiệm kỳ …" in lower case.
_BRACKETED_NOTE = re.compile(r"^\(\s*(?:(?:i|ii|iii|iv|v|vi)\)|[^\W\d_])")
# A name in brackets that the row goes on after, in lower case, is the subject wrapped: "bão số 3"
# / "(Yagi) tại các khu công nghiệp".
_NAME_IN_BRACKETS = re.compile(rf"^\(\s*[^()]{{1,40}}\)\s*[,;]?\s+{LOWER_LETTER}")


@dataclass
class Subject:
    text: str | None = None
    segments: list[Segment] = field(default_factory=list)


def type_line(segment: Segment) -> tuple[vocab.DocType, str] | None:
    """(type, rest) when the segment is a type name in capitals: "QUYẾT ĐỊNH" or
    "QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG …" (the subject run on after the type)."""
    # OCR sprinkles stray marks into big title letters ("QUYẾT: ĐỊNH"): compare words only.
    text = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", segment.text)).strip()
    if not is_upper_line(text):
        return _type_before_about(segment.text)
    found = vocab.doc_type_by_name(text)
    if found is None:  # OCR may miss a tone mark ("QUYÉT ĐỊNH"): a loose match of the line
        loose = vocab.doc_type_by_loose_name(text)
        if loose:
            return loose, ""
        words = text.split()
        for size in range(min(len(words) - 1, 4), 0, -1):  # or of its head, the subject run on
            loose = vocab.doc_type_by_loose_name(" ".join(words[:size]))
            if loose:
                return loose, " ".join(words[size:])
        return None
    if _is_whole_name(text, found):
        return found, ""
    words = text.split()
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        if _is_whole_name(head, found):
            rest = " ".join(words[size:])
            # an old title naming only who decides ("QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN HUYỆN"): no
            # subject on it ("… CỦA BỘ TRƯỞNG … VỀ VIỆC …" has one)
            return found, "" if _BY_WHOM.match(rest) and not _ABOUT_IN.search(rest) else rest
    return None


_BY_WHOM = re.compile(r"^CỦA\s")
_ABOUT_IN = re.compile(r"\s(?:VỀ|TẠI|V/V)\s")


# A title run on with its subject in sentence case on one line, as a web copy flattens it:
# "CHỈ THỊ về tăng cường …", "QUYẾT ĐỊNH Về việc …".
_ABOUT = re.compile(r"^(?:về|Về|V/v)\s")


def _type_before_about(text: str) -> tuple[vocab.DocType, str] | None:
    words = text.split()
    for size in range(min(4, len(words) - 1), 0, -1):
        head, rest = " ".join(words[:size]), " ".join(words[size:])
        found = vocab.doc_type_by_name(head) if head.isupper() else None
        if found is not None and _is_whole_name(head, found) and _ABOUT.match(rest):
            return found, rest
    return None


def _is_whole_name(text: str, found: vocab.DocType) -> bool:
    key = match_key(text)
    names = [found.upper, found.name, *found.aliases]
    return any(key == match_key(name) for name in names)


def _continues(segment: Segment, previous: Segment, column: str) -> bool:
    return (
        (not segment.gap_before or _close_wrap(segment, previous))
        and segment.page == previous.page
        and segment.row - previous.row <= 1
        and (segment.column == column or "full" in (segment.column, column))
        and not is_rule_line(segment.text)
        and not _BODY_START.match(segment.text)
        and not _bracketed_note(segment.text)
        and not _is_other_component(segment.text)
    )


def _bracketed_note(text: str) -> bool:
    note = _BRACKETED_NOTE.match(text)
    if note is None or _NAME_IN_BRACKETS.match(text):
        return False
    return note.group().endswith(")") or note.group()[-1].isupper()


def _close_wrap(segment: Segment, previous: Segment) -> bool:
    """A subject wrapped under itself with wide line spacing (bold titles are set looser than
    the body, so the row counts as after a gap): less than a row's height of white between
    the two rows on a page, and the wrapped row sits under the one above."""
    if segment.unit == "char" or segment.page != previous.page:
        return False
    height = previous.box[3] - previous.box[1]
    white = segment.box[1] - previous.box[3]
    centre = (segment.box[0] + segment.box[2]) / 2
    return white < 0.8 * height and previous.box[0] <= centre <= previous.box[2]


def _is_other_component(text: str) -> bool:
    """Header parts that can sit on the subject's rows in flattened text."""
    return bool(
        parse_date_line(text)
        or national_header_kind(text)
        or is_motto(text)
        or vocab.urgency_of(text)
        or vocab.secrecy_of(text)
    )


def read_subject(segments: list[Segment], start: int, strip_lead: bool) -> Subject:
    """Subject lines from `start`: consecutive rows of one column up to a gap or rule."""
    first = segments[start]
    lines = [first]
    other = {"left": "right", "right": "left"}.get(first.column)
    # The header is read column by column: the other column's rows come in between.
    previous = first
    rows = [s for s in segments[start + 1 :] if s.column != other]
    for index, segment in enumerate(rows):
        if _ink_specks(segment) and segment.page == previous.page and segment.row - previous.row <= 1:
            previous = segment  # ":" read from a pen stroke's rim between two subject lines
            continue
        if _starts_other_part(segment, first, rows[index + 1 : index + 2]) or not _continues(
                segment, previous, first.column):
            break
        if _paragraph_after(segment, lines) or _BODY_ROW.match(segment.text):
            break
        lines.append(segment)
        previous = segment
    text = " ".join(s.text for s in lines)
    if strip_lead:
        text = VV.sub("", text, count=1)
    text = re.sub(r"\s+", " ", text).strip(" -_.;,")
    return Subject(text or None, lines)


def _paragraph_after(segment: Segment, lines: list[Segment]) -> bool:
    """A web copy's row, one a paragraph with no blank row between: a capital opening a row of
    a paragraph's length, more than twice as wide as the subject's widest, is the body's first
    paragraph (a centred subject's wrapped line is shorter)."""
    widest = max(s.box[2] - s.box[0] for s in lines)
    text = segment.text.lstrip()
    opens = bool(text) and (text[0].isupper() or text[0].isdigit())
    return opens and len(text) > PARAGRAPH_CHARS and segment.box[2] - segment.box[0] > 2 * widest


PARAGRAPH_CHARS = 150  # longer than any subject's row
# A web copy's body rows under the subject with no blank row or rule between: a point's number
# opening a sentence ("1. Về kết quả …", "II. NHIỆM VỤ"), or a sentence leading in to the points
# ("Sau khi nghe …, Ban Thường vụ kết luận như sau:"); a subject neither opens so nor ends so
# (a word after the number: "V. I. Lênin" wraps a subject).
_BODY_ROW = re.compile(
    rf"^\s*(?:(?:\d{{1,2}}|[IVX]{{1,4}})\.\s+{UPPER_LETTER}[^\W\d_]|{UPPER_LETTER}.{{40,}}:\s*$)"
)


def _ink_specks(segment: Segment) -> bool:
    """An OCR'd row of a mark or two and no letter or figure, that is no rule ("---", "*")."""
    text = segment.text.strip()
    return (segment.origin == "ocr" and 0 < len(text) <= 3
            and not any(ch.isalnum() or ch in _RULE_MARKS for ch in text))


_RULE_MARKS = frozenset("-–—_=~*")


def _starts_other_part(segment: Segment, first: Segment, following: list[Segment]) -> bool:
    """The addressee sentence, or a line in capitals under a sentence-case subject (the
    authority line of a decision: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", the last such line: "…
    THAY ĐỔI" / "TỔ TRƯỞNG TỔ BẦU CỬ SỐ 15" over it is the subject's)."""
    first_in_capitals = is_upper_line(VV.sub("", first.text))
    capitals_after_sentence = _words_in_capitals(segment.text) and not first_in_capitals
    # "(cấp lần đầu: ngày 16 tháng 7 năm 2026)" under a subject in capitals: a note, not more of
    # it (a subject in capitals may go on in sentence case: "CỦA BỘ CHÍNH TRỊ" / "về …")
    text = segment.text.lstrip()
    sentence_after_capitals = (
        first_in_capitals and text.startswith("(") and _has_letters(text) and not is_upper_line(text)
    )
    authority = _authority_line(segment.text) and not any(_authority_line(s.text) for s in following)
    return is_recipients_label(segment) or capitals_after_sentence or sentence_after_capitals or authority


def _words_in_capitals(text: str) -> bool:
    """A line of words in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN"), not a symbol that wrapped
    ("31/2021/NĐ-CP" of "… Nghị định số" / "31/2021/NĐ-CP")."""
    words = [word for word in text.split() if word.isalpha() and len(word) >= 2]
    return is_upper_line(text) and len(words) >= 2


def _has_letters(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= 2


def _authority_line(text: str) -> bool:
    """"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", "BỘ TRƯỞNG BỘ Y TẾ": who decides, the line
    under a decision's subject (a subject in capitals runs into it otherwise)."""
    title = vocab.title_in(text)
    if title is None or not text.startswith(title):
        return False
    body = text[len(title) :].strip()
    # "… GIỮ CHỨC VỤ" / "GIÁM ĐỐC ĐIỆN LỰC LONG HỒ": a group's unit is named so only under its group
    return vocab.starts_body_name(body) and not vocab.opens_only_under_its_group(body)


# A body's sentence that names what follows it, as a certificate or an invitation opens: "…
# xác nhận:", "… chứng nhận:", "… trân trọng kính mời:" (a subject may wrap after a colon).
_LEAD_IN = re.compile(r"\s(?:xác\s+nhận|chứng\s+nhận|giới\s+thiệu|cam\s+đoan|kính\s+mời)\s*:\s*$")


def can_start_subject(segment: Segment) -> bool:
    """Not the addressee line, the legal basis or another header part."""
    text = segment.text
    legal_basis = re.match(r"^\W{0,3}(Căn\s+cứ|CĂN\s+CỨ)", text)
    # "Trường Đại học Cần Thơ xác nhận:" under "GIẤY XÁC NHẬN": the body's lead-in; minutes'
    # "Hôm nay, hồi 09 giờ …" under a bare "BIÊN BẢN": their first paragraph
    lead_in = bool(_LEAD_IN.search(text)) or bool(_MINUTES_OPENING.match(text))
    return not (is_recipients_label(segment) or legal_basis or lead_in or _is_other_component(text))


_MINUTES_OPENING = re.compile(r"^\W{0,3}(?:Hôm\s+nay|Vào\s+(?:hồi|lúc))\b")


def is_dispatch_subject(segment: Segment) -> bool:
    """A subject headed "V/v …", as a công văn's is."""
    return bool(_DISPATCH_VV.match(segment.text))


def is_vv_line(segment: Segment) -> bool:
    return bool(VV.match(segment.text))
