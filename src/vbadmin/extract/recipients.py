"""The "Kính gửi" block: one addressee per string, no dashes, no trailing punctuation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vbadmin.extract.lists import clean_item, collect_items, starts_with_dash
from vbadmin.layout import Segment

# "Kính gửi" (in the 1950s–60s "Gửi:" over dashed addressees), also with other marks on "gửi"
# ("Kính gừi:", "Kính gũi:", "Kính dửi:", as OCR reads it); a phiếu chuyển's "Kính chuyển:"
KINH_GUI = re.compile(
    r"^\W{0,3}(?:(?:Đồng\s+)?K[íi]nh\s*(?:[gd][ửuừứữụũ]i|tr[ìi]nh|chuy[ểê]n(?=\s*:))|(?-i:G)ửi(?=\s*:\s*(?:[-–]|$)))"
    r"\s*[:;.]?\s*\**\s*",
    re.IGNORECASE,
)
# "Đồng kính gửi:" under the addressees: more addressees (sent for their information)
ALSO_TO = re.compile(r"^\W{0,3}Đồng\s+k[íi]nh\s+g", re.IGNORECASE)
# Giấy mời and công điện name their addressees in a sentence: "… trân trọng kính mời:", "… điện:",
# or the sentence wraps before its last words ("… trân trọng" / "kính mời:", "… trân" / "trọng
# kính mời:", "… trân trọng kính" / "mời:"); OCR reads "trân" with other marks ("trần").
INVITES = re.compile(
    # (a web copy's paragraph is one long line)
    r"^(?:.{0,400}?tr[âầấẩẫậ]n\s+trọng\s+kính\s+mời|.{0,120}?\bđiện|\W{0,3}(?:(?:trọng\s+)?kính\s+)?mời)\s*:\s*",
    re.IGNORECASE,
)


@dataclass
class Recipients:
    items: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)


# "Gửi: Ủy ban hành chính tỉnh Hà Đông." right under the subject (the 1950s–60s), one addressee
# on the label's row: looked for there only (a form in the body has its "Gửi: …" too)
GUI_ONE = re.compile(r"^\W{0,3}(?-i:G)ửi\s*:\s*(?=[A-ZĐÀ-Ỹ])")


def is_one_addressee_label(segment: Segment) -> bool:
    return bool(GUI_ONE.match(segment.text))


def is_recipients_label(segment: Segment) -> bool:
    """"Kính gửi: …", or the sentence that introduces the invitees of a giấy mời / công điện."""
    return bool(KINH_GUI.match(segment.text) or INVITES.match(segment.text))


def read_recipients(segments: list[Segment], start: int) -> Recipients:
    """Read the addressees from the "Kính gửi" segment at `start` and the rows below it."""
    label = segments[start]
    label_pattern = next((p for p in (KINH_GUI, GUI_ONE) if p.match(label.text)), INVITES)
    first = label_pattern.sub("", label.text, count=1)
    if first and not starts_with_dash(first):
        # One-line form: "Kính gửi: Bộ Nội vụ" or "Kính gửi: Bộ Nội vụ; Bộ Tài chính."
        first, wrapped = _with_wrapped_rows(first, segments, label)
        first = _BODY_OPENS.split(first, maxsplit=1)[0]
        parts = [clean_item(p) for p in first.split(";")]
        return Recipients([p for p in parts if p], [label, *wrapped])
    used_beside: list[Segment] = []
    if not first.strip():
        # "Kính gửi:" with its addressee far to the right on the same row (a wide tab).
        beside = [s for s in segments if s.row == label.row and s.box[0] > label.box[2]]
        if beside:
            first, used_beside = beside[0].text, beside[:1]
            if _one_addressee(first, segments, label):  # "Kính gửi:<tab>Ủy ban nhân dân xã Thoại Sơn."
                return Recipients([clean_item(first)], [label, *used_beside])
    # The rows below the label, whatever column the reading order put them in.
    below = sorted((s for s in segments if s.row > label.row), key=lambda s: (s.row, s.box[0]))
    items, used = collect_items(first, below, _ends_list, label.origin == "ocr")
    if not items and label_pattern is INVITES and below and _INVITEE.match(below[0].text):
        # "… trân trọng kính mời:" / "Ông Huỳnh Minh Tâm, Giám đốc …" with no dash: the one invitee
        return Recipients([clean_item(below[0].text)], [label, below[0]])
    return Recipients(items, [label, *used_beside, *used])


# One invitee alone on the row under "… kính mời:", undashed: a person by the form of address
# (not a form's blank: "Ông (Bà): ……")
_INVITEE = re.compile(r"^\s*(?:Ông|Bà|Đồng\s+chí|Đ/c|Quý)\s+(?![(:])(?!.*(?:…|\.\.\.))\S.*[^:]\s*$")


# A flattened copy runs the body on after the addressee: "… (PV GAS) Phúc đáp Công văn số …",
# "… Trung ương Trong thời gian qua, …". The body opens with one of these after a lower-case
# word or a bracket, never inside an addressee's name.
_BODY_OPENS = re.compile(
    r"(?<=[a-zà-ỹđ)])\s+(?=(?:Phúc\s+đáp|Thực\s+hiện\s+(?:[a-zà-ỹđ]|Luật|Công\s+văn|Quyết\s+định|Kế\s+hoạch"
    r"|Chỉ\s+thị|Nghị\s+(?:quyết|định)|Thông\s+(?:báo|tư)|Văn\s+bản|Kết\s+luận|Hướng\s+dẫn|Chương\s+trình)"
    r"|Trong\s+thời\s+gian|Thời\s+gian\s+qua|Căn\s+cứ"
    r"|Theo\s+(?:đề\s+nghị|báo\s+cáo|quy\s+định)|Nhằm|Vừa\s+qua|Tiếp\s+theo|Ngày\s+\d)\b)"
)


# An addressee cut off before its end: "Kính gửi: Ủy ban nhân dân các huyện, thị xã," /
# "thành phố."
_UNFINISHED = re.compile(r"(?:,|\s-|\svà)\s*$")
_ENDED = re.compile(r"[.;:!?]\s*$")
MAX_WRAPPED_ROWS = 3
ALIGNED = 1.5  # row heights (or characters) between an addressee's start and its wrapped row's


def _with_wrapped_rows(first: str, segments: list[Segment], label: Segment) -> tuple[str, list[Segment]]:
    """The one-line form's text with the rows it wraps onto, while it plainly goes on: after a
    comma, or with no end mark on a row that starts under the addressee's first word, or up to
    its last words of a name set apart under it ("Nguyên.")."""
    below = sorted((s for s in segments if s.row > label.row and s.page == label.page), key=lambda s: s.row)
    start = _addressee_start(label)
    wrapped: list[Segment] = []
    previous = label
    for segment in below[:MAX_WRAPPED_ROWS]:
        if (segment.row != previous.row + 1 or starts_with_dash(segment.text) or _ENDED.search(first)
                or segment.text.lstrip().startswith("(")):  # "(Theo Kế hoạch số …)": a note
            break
        height = _row_height(segment)
        under = start is not None and abs(segment.box[0] - start) <= ALIGNED * height
        # the last words set apart start under the addressee, right of where it starts
        set_apart = start is not None and segment.box[0] >= start - ALIGNED * height and _last_words(segment)
        if not (_UNFINISHED.search(first) and not segment.gap_before
                or under and not segment.gap_before or set_apart):
            break
        first, wrapped, previous = f"{first} {segment.text}", [*wrapped, segment], segment
    return first, wrapped


LAST_WORDS = 3


def _last_words(segment: Segment) -> bool:
    """"Nguyên." under "… trên địa bàn tỉnh Thái": up to three words of a name that end the
    addressee (centred or set apart as they may be); a list label, a figure or the body's
    "./." is no addressee's end."""
    text = segment.text.strip()
    words = text.rstrip(".;").split()
    return (0 < len(words) <= LAST_WORDS and text[-1:] in (".", ";") and not text.endswith("./.")
            and all(word.isalpha() for word in words) and not KINH_GUI.match(text))


def _addressee_start(label: Segment) -> float | None:
    """Where the addressee after "Kính gửi:" starts on the label's row."""
    if label.unit == "char":  # a text's row: one word per run of text, columns are characters
        found = KINH_GUI.match(label.text)
        return label.box[0] + found.end() if found else None
    for before, word in zip(label.words, label.words[1:], strict=False):
        if before.text.endswith(":"):
            return word.x0
    return None


def _row_height(segment: Segment) -> float:
    return 1.0 if segment.unit == "char" else segment.box[3] - segment.box[1]


# An addressee beside the label ended by a stop: the only one (a list's items end with ";"),
# unless it is a dashed item or a dashed addressee follows it.
_ONE_ADDRESSEE = re.compile(r"\w\s*\.\s*$")
# The body's grounds under the addressee, dashed as a list's items are ("- Căn cứ Điều lệ …;");
# undashed, "Căn cứ" may be an addressee's wrapped name ("Khu di tích lịch sử" / "Căn cứ …").
_GROUNDS = re.compile(r"^\s*[-–]\s*Căn\s+cứ\b")


def _one_addressee(first: str, segments: list[Segment], label: Segment) -> bool:
    if not _ONE_ADDRESSEE.search(first) or starts_with_dash(first):
        return False
    below = next((s for s in segments if s.row > label.row and s.page == label.page), None)
    return below is None or not starts_with_dash(below.text) or bool(_GROUNDS.match(below.text))


def _ends_list(segment: Segment) -> bool:
    return segment.column == "right" or bool(_GROUNDS.match(segment.text))
