"""Header: national header and motto, issuing body (and its parent), urgency and secrecy."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from vbadmin import vocab
from vbadmin.extract.identifier import NUMBER_LABEL
from vbadmin.extract.joint import joint_bodies
from vbadmin.layout import Segment, is_rule_line, sub_segment
from vbadmin.normalize import edit_distance, loose_key, match_key

_STATE_HEADER = "conghoaxahoichunghiavietnam"
_HEADER_END = "chunghiavietnam"  # the least of the national header's end that is never a body's name
SENTENCE_NOT_HEADER = 1.5  # a line in sentence case this much longer than the header is a sentence


def _similar(key: str, target: str) -> bool:
    """Fuzzy containment for OCR'd fixed phrases: allow a few wrong letters."""
    if target in key:
        return True
    if not 0.7 * len(target) <= len(key) <= 1.4 * len(target):
        return False
    head, allowed = key[: len(target) + 3], max(2, len(target) // 6)
    # Cut the target into allowed + 1 pieces: `allowed` edits cannot touch them all, so a
    # close match keeps one piece intact. Most lines fail this cheap test.
    size = len(target) // (allowed + 1)
    if not any(target[i : i + size] in head for i in range(0, size * (allowed + 1), size)):
        return False
    return edit_distance(head, target) <= allowed


def as_printed(text: str, canonical: str) -> tuple[str, bool]:
    """The fixed phrase as printed when it is read right (either tone placement), else the
    canonical phrase: (value, repaired). OCR garbles these lines often ("CỘNG HOÀ XÃ `-— 'HỦ")."""
    printed = re.sub(r"^\W+|\W+$", "", text)
    if match_key(printed) == match_key(canonical):
        return printed, False
    return canonical, True


@cache
def _mass_org_header_keys() -> tuple[tuple[str, ...], frozenset[str]]:
    heads, wholes = vocab.mass_org_headers()
    return tuple(loose_key(h) for h in heads), frozenset(loose_key(w) for w in wholes)


@cache
def _national_header_keys() -> tuple[tuple[str, vocab.NationalHeader], ...]:
    return tuple((loose_key(h.name), h) for h in vocab.national_headers())


def _national_header(text: str, key: str) -> vocab.NationalHeader | None:
    """The State or Party header the line's key holds, or one OCR garbled a little; a former
    one only as a whole row, or over its motto ("… Quốc hội nước Việt Nam Dân chủ Cộng hòa" is
    a subject's row)."""
    bare = _without_a_motto(key)  # "VIỆT NAM DÂN CHỦ CỘNG HÒA Độc lập - Tự do - Hạnh phúc" on one row
    headers = [(k, h) for k, h in _national_header_keys()
               if h.current or len(bare) <= len(k) + _FORMER_HEADER_SLACK]
    printed = next((h for k, h in headers if k in key), None)
    return printed or next((h for k, h in headers if _similar(key, k)), None)


_FORMER_HEADER_SLACK = 3  # letters OCR may add to a former header's row (specks, a rule's dash)


def _without_a_motto(key: str) -> str:
    for motto_key, _ in _motto_keys():
        key = key.replace(motto_key, "")
    return key


def _is_header_line(text: str, key: str) -> bool:
    if not is_upper_line(text) and len(key) > SENTENCE_NOT_HEADER * len(_STATE_HEADER):
        return False
    # "thành lập Đảng Cộng sản Việt Nam (03/02/1930 -" is a subject's wrapped row
    return not text.lstrip()[:1].islower()


def national_header_value(text: str) -> tuple[str, bool]:
    """(value, repaired) for a national or Party header line; mass organisations as printed."""
    key = loose_key(text)
    header = _national_header(text, key) if _is_header_line(text, key) else None
    return (text, False) if header is None else as_printed(text, header.name)


def national_header_kind(text: str) -> str | None:
    """ "state", "party" or "mass" when the text is the national / Party header line ("… Đảng
    Cộng sản Việt Nam do Xã Nà Phặc ban hành", a web copy's sentence naming it, is not)."""
    key = loose_key(text)
    if not _is_header_line(text, key):
        return None
    if header := _national_header(text, key):
        return header.system
    heads, wholes = _mass_org_header_keys()
    if any(key.startswith(h) for h in heads) or key in wholes:
        return "mass"
    return None


@cache
def _motto_keys() -> tuple[tuple[str, str], ...]:
    return tuple((loose_key(m), m) for m in vocab.mottos())


def _motto(text: str) -> str | None:
    key = loose_key(text)
    return next((motto for k, motto in _motto_keys() if _similar(key, k)), None)


def is_motto(text: str) -> bool:
    return _motto(text) is not None


def motto_value(text: str) -> str:
    """The motto as printed when it is read right, else the motto OCR garbled."""
    return as_printed(text, _motto(text) or vocab.mottos()[0])[0]


def is_upper_line(text: str) -> bool:
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 2 and sum(map(str.isupper, letters)) / len(letters) >= 0.85


@dataclass
class Header:
    national_header: Segment | None = None
    system: str | None = None
    motto: Segment | None = None
    urgency: tuple[str, Segment] | None = None
    secrecy: tuple[str, Segment] | None = None
    circulation: tuple[str, Segment] | None = None


@dataclass
class Issuer:
    """The issuing body's lines and, above them, its parent body's lines; for a joint document
    the names of its bodies, in the order of the symbol's codes."""

    issuer_lines: list[Segment] = field(default_factory=list)
    parent_lines: list[Segment] = field(default_factory=list)
    joint: list[str] = field(default_factory=list)

    @property
    def issuer(self) -> str | None:
        if self.joint:
            return " - ".join(self.joint)
        return " ".join(s.text for s in self.issuer_lines).rstrip(",") or None

    @property
    def parent_issuer(self) -> str | None:
        return " ".join(s.text for s in self.parent_lines).rstrip(",") or None


def find_marks(segments: list[Segment], header: Header) -> None:
    """Urgency, secrecy and circulation stamps: whole-line marks anywhere in the header zone."""
    for segment in segments:
        text = segment.text.strip(" []|")
        if header.urgency is None and (value := vocab.urgency_of(text)):
            header.urgency = (value, segment)
        elif header.secrecy is None and (value := vocab.secrecy_of(text)):
            header.secrecy = (value, segment)
        elif header.circulation is None and (value := vocab.circulation_of(text)):
            header.circulation = (value, segment)


def _is_issuer_candidate(segment: Segment, national_header: Segment | None) -> bool:
    """A mass organisation's header line that is not the letter's national header (the State
    or Party one is printed too) is a body's name: "HỘI CỰU CHIẾN BINH VIỆT NAM"."""
    text = segment.text
    kind = national_header_kind(text)
    return (
        segment.column != "right"
        and is_upper_line(text)
        and not is_rule_line(text)
        and (kind is None or (kind == "mass" and segment is not national_header))
        and not is_motto(text)
        and vocab.urgency_of(text) is None
        and vocab.secrecy_of(text) is None
        and not _star_misread(segment)
        and not _ink_read_as_marks(segment)
        and not NUMBER_LABEL.match(text)
    )



def _ink_read_as_marks(segment: Segment) -> bool:
    """"Q#2)Á/": a stamp's or a seal's ink above the issuer, read as marks more than letters and
    figures (not "SỐ 1050/QĐ-SCT" under "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH")."""
    chars = [ch for ch in segment.text if not ch.isspace()]
    return segment.origin == "ocr" and sum(ch.isalnum() for ch in chars) < 0.6 * len(chars)


def _star_misread(segment: Segment) -> bool:
    """"ĐK", "X": the Party header's star under the issuer as OCR reads it; no body's name is one
    word of two letters."""
    words = segment.text.split()
    return segment.origin == "ocr" and len(words) == 1 and len(loose_key(words[0])) <= 2


def split_parent(lines: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """Split issuer lines into (parent, issuer) where a line starts a new body name.

    "UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG" → parent + issuer; "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI"
    is one wrapped name; the issuing body is the last name, the parent the one before it.
    """
    # A single word ("TRƯỜNG" under "SỞ NÔNG NGHIỆP VÀ MÔI") continues a wrapped name.
    # A line that ends on a head ("ĐẢNG ỦY TRƯỜNG" over "ĐẠI HỌC TIỀN GIANG") goes on below.
    starts = [0]
    for i, s in enumerate(lines[1:], 1):
        # the name above, wrapped or not ("TỔNG CÔNG TY BƯU" / "ĐIỆN VIỆT NAM"), over a unit
        # that opens a body only under its group ("BƯU ĐIỆN TỈNH NINH BÌNH")
        above = lines[i - 1].text
        name_above = _joined(lines[starts[-1] : i]) if _ends_a_groups_name(above) else above
        if (len(s.text.split()) > 1 and vocab.starts_body_name(_head_repaired(s, s.text))
                and not _names_nothing_yet(above)
                and not _NAME_GOES_ON.search(above)
                and vocab.opens_body_under(s.text, _joined(lines[:i]), name_above)
                and not vocab.goes_on_name_above(s.text, above)
                and not _word_wrapped_at_head(above, s.text)):
            starts.append(i)
    if len(starts) < 2:
        return [], lines
    last = starts[-1]
    return lines[starts[-2] : last], lines[last:]


def _ends_a_groups_name(row: str) -> bool:
    """A row a group's name ends on, wrapped or not: "… VIỆT NAM" or a province's name."""
    return loose_key(row).endswith("vietnam") or _ends_on_province(row.split())


def _joined(lines: list[Segment]) -> str:
    return " ".join(line.text for line in lines)


# A row that ends so has more of its name below: "TRUNG TÂM THÔNG TIN -" / "THƯ VIỆN", "BAN
# QUẢN LÝ DI TÍCH VÀ" / "BẢO TÀNG TỈNH".
_NAME_GOES_ON = re.compile(r"(?:[-–,]|\bVÀ)\s*$")


def _word_wrapped_at_head(above: str, line: str) -> bool:
    """"BẢO HIỂM XÃ HỘI CƠ" / "SỞ THỌ XUÂN": a word ("cơ sở") wrapped before its last syllable,
    which is a one-word head. A line above that ends on a word ("XÃ HỘI" / "SỞ XÂY DỰNG": no
    "hội sở") or on a province ("… QUẢNG BÌNH" / "CÔNG TY") ends a name."""
    from vbadmin.lexicon import is_word

    words = above.split()
    if vocab.head_length(line) != 1 or is_word(words[-2:]) or _ends_on_province(words):
        return False
    return is_word([words[-1], line.split()[0]])


def _ends_on_province(words: list[str]) -> bool:
    return any(vocab.province_name(" ".join(words[j:])) for j in range(max(0, len(words) - 3), len(words)))


_HEADS_NAMING_NOTHING_YET = frozenset({"TRƯỜNG", "BAN", "SỞ", "CỤC", "VIỆN"})


def _names_nothing_yet(text: str) -> bool:
    """"ĐẢNG ỦY TRƯỜNG", "TRƯỜNG": a row that ends on a head word after nothing but a head (not
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", whose last word ends a name)."""
    if text.endswith(("ĐẢNG BỘ", "ĐẢNG ĐOÀN", "BAN CÁN SỰ ĐẢNG", "ĐẠI BIỂU")):
        # "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ" / "TỔNG CÔNG TY …", "ĐẢNG ĐOÀN" / "LIÊN ĐOÀN LAO ĐỘNG
        # TỈNH": whose Đảng bộ, Đảng đoàn or Ban cán sự comes next; "BAN CHỈ ĐẠO BẦU CỬ ĐẠI
        # BIỂU" / "QUỐC HỘI …": delegates of what
        return True
    if text.strip() in _ROWS_NAMING_NOTHING_YET:
        return True  # "CỤC QUẢN LÝ" / "THI HÀNH ÁN DÂN SỰ", "HỘI ĐỒNG" / "ĐỘI TNTP …"
    *before, last = text.split()
    rest = " ".join(before)
    head_only = not rest or rest in ("CHI", "TỔNG") or (len(before) <= 2 and vocab.starts_body_name(rest))
    return last in _HEADS_NAMING_NOTHING_YET and head_only


_ROWS_NAMING_NOTHING_YET = frozenset({"CỤC QUẢN LÝ", "BAN QUẢN LÝ", "HỘI ĐỒNG", "TRUNG TÂM"})


def _head_repaired(segment: Segment, text: str) -> str:
    """OCR's misread marks on a body name's head ("SƠ XÂY DỰNG") do not hide where it starts."""
    return vocab.repair_body_head(text) if segment.origin == "ocr" else text


def read_header(header_zone: list[Segment]) -> Header:
    """National header, motto and stamps from the segments of the header zone."""
    header = Header()
    taken: str | None = None
    for segment in header_zone:
        kind = national_header_kind(segment.text)
        # A mass organisation's own header gives way to the State or Party one: "HỘI CỰU
        # CHIẾN BINH VIỆT NAM" over the issuer's name, under "CỘNG HÒA …" across the page.
        if kind and (taken is None or (taken == "mass" and kind != "mass")):
            header.national_header, taken = segment, kind
            header.system = "party" if kind in ("party", "mass") else "state"
        elif header.motto is None and is_motto(segment.text):
            header.motto = segment
    find_marks(header_zone, header)
    return header


def _split_bodies(segment: Segment) -> list[Segment]:
    """ "UBND TỈNH GIA LAI SỞ Y TẾ" (a flattened header) → the parent body and the issuer:
    a new body name starting after a place ("TỈNH GIA LAI", or a province by its bare name:
    "SỞ GD&ĐT HÀ TĨNH TRƯỜNG THPT …")."""
    words = list(re.finditer(r"\S+", segment.text))
    texts = [w.group(0) for w in words]
    for i in range(2, len(words) - 1):
        before = " ".join(texts[:i])
        after = segment.text[words[i].start() :]
        if (vocab.starts_body_name(_head_repaired(segment, after)) and vocab.starts_body_name(before)
                and _ends_with_place(texts[:i]) and not _word_wrapped_at_head(before, after)):
            cut = words[i].start()
            return [
                sub_segment(segment, 0, cut),
                *_split_bodies(sub_segment(segment, cut, len(segment.text))),
            ]
    return [segment]


def _ends_with_place(words: list[str]) -> bool:
    """The words end on a place: a unit and its name ("TỈNH GIA LAI"), or a province by its bare
    name after a body's word at least ("SỞ GD&ĐT HÀ TĨNH")."""
    tails = [" ".join(words[j:]) for j in range(len(words) - 1)]
    return any(vocab.starts_place_unit(tail) for tail in tails) or any(
        vocab.province_name(tail) for tail in tails[1:]
    )


_STRAY_AT_ENDS = " _-*.,|—─"  # and the motto's rule read onto the issuer's row ("ĐẢNG ĐOÀN ———")


def _trimmed(segment: Segment) -> Segment:
    """Without the stray marks a scan or a flattened table leaves at a line's ends ("DÂN _")."""
    text = segment.text
    start = len(text) - len(text.lstrip(_STRAY_AT_ENDS))
    end = len(text.rstrip(_STRAY_AT_ENDS))
    if text[end : end + 1] == ",":
        end += 1  # "CỤC ĐỔI MỚI SÁNG TẠO," / "CHUYỂN ĐỔI XANH …": the name's own comma
    elif segment.origin != "ocr" and re.match(r" [-–—]\s*$", text[end:]):
        end += 2  # typed "TRUNG TÂM THÔNG TIN -" / "THƯ VIỆN": the name's own dash
    return segment if (start, end) == (0, len(text)) else sub_segment(segment, start, end)


def _without_header_tail(segment: Segment) -> Segment:
    """"UỶ BAN NHÂN DÂN TỈNH … HẾỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM": a long issuer's name ran
    into the national header beside it and OCR read them as one row; the header's words at the
    end are no body's name (nor "HỘI …" a new body)."""
    if segment.origin != "ocr":
        return segment
    words = list(re.finditer(r"\S+", segment.text))
    for start in range(1, len(words) - 1):
        key = loose_key(segment.text[words[start].start() :])
        if len(key) >= len(_HEADER_END) and _STATE_HEADER.endswith(key):  # not "VĂN HÓA - XÃ HỘI"
            return sub_segment(segment, 0, words[start].start())
    return segment


def read_issuer(
    issuer_zone: list[Segment], issuer_code: str | None, national_header: Segment | None,
    scattered: bool = False,
) -> Issuer:
    """The issuing body (and its parent) from the segments above the number line; the bodies
    of a joint document when the symbol names one code for each ("BCA-BQP-BYT");
    `national_header`: the line `read_header` took as the national header; `scattered`: the
    zone is a text whose header lines came apart (an OCR app's copy), where the body's name
    need not be one run of rows."""
    stamp = _received_stamp_rows(issuer_zone)
    zone = [s for s in issuer_zone if s.row not in stamp]
    candidate_lines = [s for s in zone if _is_issuer_candidate(s, national_header)]
    lines = [_without_header_tail(_trimmed(s)) for s in candidate_lines]
    candidates = [part for line in lines for part in _split_bodies(line)]
    # A joint header is a grid of names whose cells wrap apart: its rows need not be contiguous.
    joint = joint_bodies(" ".join(s.text for s in candidates), issuer_code)
    if joint:
        return Issuer(issuer_lines=candidates, joint=joint)
    parent, issuer = split_parent(candidates if scattered else _contiguous(candidates))
    if scattered and _above(issuer, parent):
        parent, issuer = issuer, parent  # "CỤC THỦY LỢI" came out above "BỘ NÔNG NGHIỆP …"
    return Issuer(issuer_lines=issuer, parent_lines=parent)


# A received stamp over the letterhead: "ĐẾN Số: 1273" (a figure or "Số"/"Ngày" after it), the
# receiving body's name on the row above, "Ngày: …", "Chuyển: …" on the rows under it.
_RECEIVED = re.compile(r"^\W{0,2}ĐẾN\b\s*(?:$|[:.]|Số|Ngày|\d)")
_RECEIVED_MORE = re.compile(r"^\W{0,2}(?:Số|Ngày|Giờ|Chuyển|Lưu\s+hồ\s+sơ(?:\s+số)?)\s*:", re.IGNORECASE)
STAMP_TOP_ROWS = 3  # a stamp sits in the zone's first rows, over the letterhead
STAMP_ROWS_UNDER = 3


def _received_stamp_rows(zone: list[Segment]) -> set[int]:
    """The rows of a received stamp at the top of the header zone (none when there is none)."""
    rows = sorted({s.row for s in zone})
    by_row = {row: " ".join(s.text for s in zone if s.row == row) for row in rows}
    for row in rows[:STAMP_TOP_ROWS]:
        if not _RECEIVED.match(by_row[row]):
            continue
        stamp = {row} | ({row - 1} if row - 1 in by_row and row - 1 == rows[0] else set())
        for under in range(row + 1, row + 1 + STAMP_ROWS_UNDER):
            if under in by_row and _RECEIVED_MORE.match(by_row[under]):
                stamp.add(under)
        return stamp
    return set()


# Bodies that are no other body's part in a letterhead: a ministry (not the army's "BỘ CHỈ HUY
# QUÂN SỰ", under a QUÂN KHU), a province's People's Committee, a provincial Party committee.
_TOP_BODIES = re.compile(
    r"^(?:BỘ(?! CHỈ HUY| TƯ LỆNH| ĐỘI)|ỦY BAN NHÂN DÂN TỈNH|UBND TỈNH|TỈNH ỦY|THÀNH ỦY)\b"
)


def _above(issuer: list[Segment], parent: list[Segment]) -> bool:
    """Whether the body read as the issuer heads the one read as its parent."""
    issuer_name, parent_name = " ".join(s.text for s in issuer), " ".join(s.text for s in parent)
    return bool(parent) and bool(_TOP_BODIES.match(match_key(issuer_name).upper())) \
        and not _TOP_BODIES.match(match_key(parent_name).upper())


def _contiguous(lines: list[Segment]) -> list[Segment]:
    """Issuer lines are consecutive rows of one column: stop at the first break."""
    if not lines:
        return []
    kept = [lines[0]]
    for segment in lines[1:]:
        if segment.page != kept[-1].page or not _next_row_of_column(kept[-1], segment):
            break
        kept.append(segment)
    return kept


# On a page, a gap between two rows of a column up to this share of the upper row's height is
# a line's spacing, not a blank line.
ROW_SPACING = 0.6


def _next_row_of_column(above: Segment, below: Segment) -> bool:
    """Rows of a column follow one another: at most one row between them, or, on a page, no
    blank line (the other column's date line and its rule may sit at heights between them:
    "ĐẢNG ỦY ĐẶC" / "KHU PHÚ QUỐC" beside "Phú Quốc, ngày …")."""
    if below.row - above.row <= 2:
        return True
    height = above.box[3] - above.box[1]
    return above.unit != "char" and below.box[1] - above.box[3] <= ROW_SPACING * height
