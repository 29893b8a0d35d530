"""Dashed lists shared by "Kính gửi" (recipients) and "Nơi nhận" (distribution)."""

from __future__ import annotations

import re
from collections.abc import Callable

from vbadmin import vocab
from vbadmin.layout import Segment
from vbadmin.lexicon import is_known_syllable
from vbadmin.normalize import UPPER_LETTER, edit_distance, loose_key

# An OCR'd dash may come out as "_", set apart or glued to the item ("_BQLDA ĐTXD"), as "~" set
# apart ("~ Đoàn ĐBQH tỉnh"; "~50%" is a figure), or with a speck before it ("~- Lưu: VT", "_- …").
_DASH = re.compile(r"^\s*(?:[~`'’_]\s*)?(?:[-–—+•·*]|_(?=\s|[A-ZĐ])|~(?=\s))\s*")
# "(b/C)", "(để b/©)": OCR of the usual note "(b/c)" (báo cáo); on OCR'd rows also "(b/€)",
# "(b/©C)", "(b/)", the slash read as a letter, "(bíc)", the b as an h ("(h/c)", "(hb/C)") or
# lost ("(/C)"); "(B/c)" is printed so too: a B only with a garbled c ("(B/©)").
_REPORT_NOTE = re.compile(r"\((để\s+)?b[ií]?/[cCeE©]\)")
_OCR_REPORT_NOTE = re.compile(
    r"\((để\s+)?(?:(?:h?b|h)(?:[ií]?/[cCeE©€]?[cC]?|[íìl|][cC])|B[bh]?/[©€eE][cC]?|Bb/[cC]|/[cC©])\)"
)
# "(để p/h)" as OCR reads it: "(đê p/h)", "(dể b/c)", "(đẻ b/c)"
_TO_NOTE = re.compile(r"\([đd][eêếềểễệèéẻẽẹ]\s+(?=\w{1,2}/\w{1,2}\)|[a-zđà-ỹ])")
# "(để ph)", "(để p//h)" on an OCR'd row: the slash of "p/h" (phối hợp) lost or doubled.
_COORDINATION_NOTE = re.compile(r"\((để\s+)?p[l|/]{0,2}h\)")
# "(Đ/c)" closing an OCR'd item is "(b/c)" read with the b as a Đ: "đồng chí" heads a name.
_REPORT_NOTE_AS_COMRADE = re.compile(r"\((để\s+)?Đ/[cC]\)$")
# An abbreviation in capitals whose Đ lost its bar ("TT HDND huyện") or whose U took a horn
# ("ƯBND tỉnh"): a known code read so.
_CAPITALS_MISREAD = re.compile(r"\b[A-ZĐƯ]*[DƯ][A-ZĐƯ]*\b")
# The archive copy "Lưu: VT" as OCR reads it: "Luu: VT".
_LUU = r"L(?:uu|ưư|ựu|ưu)"
_ARCHIVE = re.compile(rf"^{_LUU}\s*[:;]\s*", re.IGNORECASE)
# Its first code is the records office, VT (văn thư), which OCR reads "VF", "VI", "VỊ", or
# in small print with its comma as a tilde, "VŨ", or its T and comma as one letter, "VE", "VD",
# "VTE" (on an OCR'd row whose codes have no VT: "VI" may be a unit's own code in typed text;
# "VP" is one's, the office's).
_RECORDS_OFFICE = re.compile(
    r"^(Lưu: )(?:VF|VI|VỊ|VĨ|VÍ|V1|VL|VIF|VŨ|VỮ|VU|VÙ|VÚ|VỤ|VE|VÈ|VÉ|VẺ|VD|VTE|VLŨ)(?=[,.;\s]|$)"
)
_VT = re.compile(r"\bVT\b")
_MISREAD_CAPITAL = {"D": "Đ", "Ư": "U"}
# Between two of the archive copy's codes on an OCR'd row, the comma read as a full stop, or
# its space lost: "Lưu: VT. KT", "VT,. XD", "VT,NVTW" (a code is capitals and figures, so
# "CN(M.Cường)" keeps its note).
_CODE_SEPARATOR = re.compile(r"(\b[A-ZĐ][A-ZĐ0-9&]{1,11})\s*[.,;]+\s*(?=[A-ZĐ][A-ZĐ0-9&]{1,11}\b)")
# The comma lost after the first code, VT: "Lưu: VT VP" (two codes elsewhere may be one unit's
# name: "VP UBND tỉnh", "TT CNTT").
_RECORDS_OFFICE_SPACE = re.compile(r"^VT\s+(?=[A-ZĐ][A-ZĐ0-9&]{1,11}\b)")
# A speck OCR read as a quote before an item's first word ("'TT. HĐND tỉnh"); not a double
# quote, which may open a name in quotes.
_LEADING_SPECK = re.compile(r"^['‘`]+(?=\w)")
# A full stop inside an OCR'd item between words in lower case is a comma misread: "Thủ
# tướng. các Phó Thủ tướng", "UBND các huyện. thị xã" (not after an abbreviation: "TP. trực
# thuộc TW", "Q. chủ tịch", "v.v. các đơn vị").
_STOP_IN_ITEM = re.compile(r"(?<=\w\w)\.\s+(?=\w)")
_INLINE_ITEM = re.compile(r"[;,]\s+(?=[-–—•]\s)")
# An OCR'd item's dash read as a colon: ": VKSND thành phố Đà Nẵng (để b/c);"
_DASH_AS_COLON = re.compile(rf"^\s*:\s+(?={UPPER_LETTER})")
_END_PUNCT = re.compile(r"[;,.:]\s*$")
_AS_ABOVE = loose_key("Như trên")  # the usual first item: the addressees of "Kính gửi"
_AS_ABOVE_JOINED = _AS_ABOVE.replace(" ", "")
# "TT" (thường trực), "CT" (chủ tịch), "PCT" with a T read as an F or an I: "FT Huyện ủy", "CF"
_T_MISREAD = {"FT": "TT", "TF": "TT", "FF": "TT", "FI": "TT", "ET": "TT", "CF": "CT", "PCF": "PCT"}
_T_MISREAD_WORD = re.compile(rf"\b(?:{'|'.join(_T_MISREAD)})\b")
# "PCO6": the 0 of a unit's number (PC06, C06) read as an O between its letters and a figure.
_O_IN_UNIT_CODE = re.compile(r"\b([A-ZĐ]{1,4})O(\d{1,2})\b")


# OCR: a slash and what follows it after an item's end mark, the signature's strokes read on
# the item's row ("Lưu: VT, QLNS. /0lu"); the letter's "./." stays.
_STROKES_AFTER_END = re.compile(r"([.;])\s+/(?!\.).*$")


def starts_with_dash(text: str) -> bool:
    return bool(_DASH.match(text))


def clean_item(text: str, ocr: bool = False) -> str:
    """Drop the leading dash and the trailing separator of a list item; `ocr`: the item was
    read by OCR, and OCR's usual misreadings of its notes and codes are put right."""
    text = _DASH.sub("", text).strip()
    if ocr:  # the signature's strokes read on the item's row, after its end: "…, QLNS. /0lu"
        text = _STROKES_AFTER_END.sub(r"\1", text)
    # OCR reads the closing ";" as ":" too, or adds a speck ("…; /": a stroke of the signature)
    text = re.sub(r"(?:[\s;,.:'`\"_-]|(?<=[\s;,])[/|\\])+$", "", text)
    if not any(ch.isalnum() for ch in text):
        return ""  # a rule or a speck, not an item
    if ocr:  # typed "(đề xuất)" is as typed
        if _reads_as_above(text):
            return "Như trên"  # read without its space or with other marks: "Nhưtrên", "Nhu trén"
        text = _TO_NOTE.sub("(để ", text)
        text = _LEADING_SPECK.sub("", text)
    text = (_OCR_REPORT_NOTE if ocr else _REPORT_NOTE).sub(r"(\1b/c)", text)
    text = _ARCHIVE.sub("Lưu: ", text)
    if ocr:
        text = _COORDINATION_NOTE.sub(r"(\1p/h)", text)
        text = _REPORT_NOTE_AS_COMRADE.sub(r"(\1b/c)", text)
        text = _CAPITALS_MISREAD.sub(_known_code_restored, text)
        text = _T_MISREAD_WORD.sub(lambda word: _T_MISREAD[word[0]], text)
        text = _O_IN_UNIT_CODE.sub(r"\g<1>0\2", text)
        if not _VT.search(text):
            text = _RECORDS_OFFICE.sub(r"\1VT", text)
        if text.startswith("Lưu: "):
            codes = _RECORDS_OFFICE_SPACE.sub("VT, ", text[len("Lưu: ") :])
            text = "Lưu: " + _CODE_SEPARATOR.sub(r"\1, ", codes)
        text = _STOP_IN_ITEM.sub(_comma_misread, text)
    return re.sub(r"\s+", " ", text)


def _reads_as_above(text: str) -> bool:
    """"Như trên" as OCR reads it: with other marks, no space, or its "tr" read as a letter
    ("Nhưưên"): at most two letters apart from it, and nothing else on the row."""
    key = loose_key(text).replace(" ", "")
    return key == _AS_ABOVE_JOINED or (
        key.startswith("nh") and key.endswith("en") and 5 <= len(key) <= 8
        and edit_distance(key, _AS_ABOVE_JOINED) <= 2
    )


def _known_code_restored(word: re.Match[str]) -> str:
    read = word[0]
    if len(read) < 3 or vocab.issuer_code(read):
        return read
    if "Ư" in read and is_known_syllable(read):
        return read  # "THƯ" of "BÍ THƯ" is a word, no code
    readings = [read[:i] + _MISREAD_CAPITAL[ch] + read[i + 1 :] for i, ch in enumerate(read) if ch in "DƯ"]
    known = [code for code in readings if vocab.issuer_code(code)]
    return known[0] if len(known) == 1 else read


def _comma_misread(stop: re.Match[str]) -> str:
    before, after = stop.string[stop.start() - 2 : stop.start()], stop.string[stop.end()]
    return ", " if before.isalpha() and before.islower() and after.islower() else stop[0]


def _wraps_on(item: str, row: str) -> bool:
    """Across a gap (a list set with space between its lines), a row goes on with an item that
    has no end mark when it opens in lower case ("trực thuộc;"), with the item's enumeration
    ("- … các huyện: Lệ Thủy, Quảng Ninh, Bố" / "Trạch, Quảng Trạch;"), or after a joining
    word ("- Giám đốc các Sở: … Giáo dục và" / "Đào tạo;")."""
    if _END_PUNCT.search(item) or _STANDARD_ITEM.match(_DASH.sub("", item)):
        return False  # the archive copy ends the list: a file's path under it is none of it
    first = next(iter(row.split()), "")
    lower_word = first.rstrip(",;.").isalpha() and first[:1].islower()
    return lower_word or (":" in item and bool(re.match(r"\s*\w+,", row))) or bool(_OPEN_ENDED.search(item))


# An item cut after a word that joins it to more ("Giáo dục và" / "Đào tạo;"): no item ends so.
_OPEN_ENDED = re.compile(r"\s(?:và|của|các|cho|với|về|tại|hoặc)$")


def _continues(items: list[str], row: str) -> bool:
    """The last item without an end mark goes on in the next row, and so does one that ends in
    a comma when it enumerates after a colon ("- Các Sở: Công Thương, Tài chính," / "Xây
    dựng;"), when the row is in lower case ("- Ban Tuyên giáo các huyện ủy, thị ủy," / "đảng ủy
    trực thuộc Tỉnh ủy,": Party items end in commas, but no item opens in lower case), or when
    the items before it, or the row, end in semicolons (then a comma is no item's end: "- Chỉ
    huy trưởng Bộ Chỉ huy Quân sự tỉnh," / "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh.";
    "- Sở … các tỉnh Đắk Lắk, Gia Lai," / "Lâm Đồng;")."""
    item = items[-1]
    if not _END_PUNCT.search(item) or (item.count("(") > item.count(")") and not item.rstrip().endswith(".")):
        return True  # no end mark, or a bracket left open ("… tỉnh (Công an tỉnh," / "Viện …)")
    # the items end in ";" (the row under a first item too: "… Đắk Lắk, Gia Lai," / "Lâm Đồng;")
    semicolon_list = any(earlier.rstrip().endswith(";") for earlier in [*items[:-1], row])
    wrapped = semicolon_list and not _STANDARD_ITEM.match(row)  # "Lưu: VT" opens an item, dash or not
    return item.rstrip().endswith(",") and (":" in item or row.lstrip()[:1].islower() or wrapped)


_STANDARD_ITEM = re.compile(r"\s*(?:Lưu\b|Như\s+(?:trên|Điều|điều|khoản))")
_ARCHIVE_COPY = re.compile(r"\s*Lưu\s*(?::|VT\b|Văn\s+phòng)")  # "Lưu: VT", not "Lưu ý"


_ARCHIVE_ITEM = re.compile(rf"\s*{_LUU}\b", re.IGNORECASE)


def _ends_archive_item(item: str, row: Segment) -> bool:
    """A rule, or a body's name in capitals (a copy's header: after the item's end mark or a gap,
    or with its place), is no more of the archive copy's codes ("Lưu: VT, NC" / "BHXH." goes
    on)."""
    text = row.text
    if not any(ch.isalnum() for ch in text):
        return True
    ended = bool(_END_PUNCT.search(item)) or row.gap_before or len(text.split()) >= COPY_HEADER_WORDS
    return ended and text.isupper() and vocab.starts_body_name(text.strip())


COPY_HEADER_WORDS = 3  # "UBND TỈNH NINH THUẬN": a body and its place; codes wrap a word or two
MAX_SCRAP_WORDS = 4  # longer rows are text, not a misread item: the list is not there


def _scrap_before_items(following: list[Segment], index: int, stop: Callable[[Segment], bool]) -> bool:
    """A short OCR'd row that is no item ("tệ cứ,", "= NHH TÊN:": the first item misread), when
    the next row with letters or figures opens a dashed item of the list."""
    scrap = following[index]
    if scrap.origin != "ocr" or len(scrap.text.split()) > MAX_SCRAP_WORDS:
        return False
    for segment in following[index + 1 :]:
        if stop(segment):
            return False
        if any(ch.isalnum() for ch in segment.text):
            return starts_with_dash(segment.text)
    return False


def _words(text: str) -> list[str]:
    """The words of two letters or more (not specks)."""
    return [w for w in text.split() if sum(ch.isalpha() for ch in w) >= 2]


def _opens_as_item(text: str) -> bool:
    """Two words or more, the first with a capital, not a title in capitals: "Như trên", "UBND
    tỉnh (b/c)", but not "PHÓ CHỦ TỊCH" (a signature's row)."""
    return len(_words(text)) >= 2 and text.lstrip()[:1].isupper() and not text.isupper()


def _first_item_without_dash(text: str) -> bool:
    """"Như trên;" right under the label, its dash lost (OCR read it onto a row of its own):
    a short row of words that opens with a capital and ends as an item ends (not "tệ cứ,", a
    scrap of the body OCR put there)."""
    letters = next((ch for ch in text if ch.isalpha()), "")
    ends_as_item = text.rstrip().endswith((";", ","))
    return len(text) <= 60 and ends_as_item and letters.isupper() and len(_words(text)) >= 2


def _item_lost_its_dash(
    last: str, row: Segment, below: list[Segment], stop: Callable[[Segment], bool]
) -> bool:
    """"Bộ Tài chính;" between dashed items, its dash not printed or not read: right after an
    item that ends in ";" or a Party list's "," (a "." ends the list), a row that opens and
    ends as an item, when the next row with letters is a dashed item of the list, or one more
    such row, or the archive copy's ("TT. HĐND tỉnh;" / "Chủ tịch UBND tỉnh;" / "Lưu: VT,
    XD.": a photo lost the dashes)."""
    text = row.text
    ocr = row.origin == "ocr"
    if row.gap_before or not _ends_listed_item(last) or not _undashed_item(text, ocr):
        return False
    if _ARCHIVE_COPY.match(text):
        return True  # the archive copy ("Lưu: VT.") ends the list: no item need follow
    following = next((s for s in below if any(ch.isalnum() for ch in s.text)), None)
    if following is None or stop(following):
        return False
    next_row = following.text
    more = next_row.rstrip().endswith(";") or bool(_ARCHIVE_COPY.match(next_row))
    return starts_with_dash(next_row) or (_undashed_item(next_row, ocr) and more)


def _ink_between_items(text: str, below: list[Segment], stop: Callable[[Segment], bool]) -> bool:
    """A row of no word (no known syllable of two letters or more, no abbreviation in capitals:
    "CVP, PCVP;" is an item's) right over a dashed item."""
    bare = [word.strip(",.;:") for word in text.split()]
    if any(len(word) >= 2 and (is_known_syllable(word) or word.isupper()) for word in bare):
        return False
    following = next((s for s in below if any(ch.isalnum() for ch in s.text)), None)
    return following is not None and not stop(following) and starts_with_dash(following.text)


def _ends_listed_item(item: str) -> bool:
    """An item's end that more items follow: ";", or a Party list's "," ("- Như trên,")."""
    return item.rstrip().endswith((";", ","))


def _undashed_item(text: str, ocr: bool = False) -> bool:
    # OCR reads an item's closing ";" as ":" too ("Sở Tài chính, Sở NN&PTNT tỉnh:"); a sentence
    # leading in to points ("… đề nghị các đơn vị thực hiện như sau:") is none
    if ocr and text.rstrip().endswith(":"):
        return _opens_as_item(text) and not _LEADS_IN.search(text)
    return _opens_as_item(text) and text.rstrip().endswith((";", ".", ","))


# A sentence leading in to points: "… đề nghị các đơn vị thực hiện như sau:", "… gồm:"
_LEADS_IN = re.compile(
    r"\b(?:đề\s+nghị|yêu\s+cầu|như\s+sau|sau\s*:|gồm|cụ\s+thể|thông\s+báo)\b", re.IGNORECASE)


def _signature_row_between_items(
    following: list[Segment], index: int, stop: Callable[[Segment], bool], last_item: str = ""
) -> bool:
    """A footer read row by row across its two columns: "Nơi nhận:" / "T/M BAN THƯỜNG VỤ" /
    "- Như trên," / "PHÓ BÍ THƯ" / "- Ban …": the signature's rows between two items are skipped
    (a few: the list going on onto the next page under the signature's title lines)."""
    rows = 1 if last_item.rstrip().endswith(".") else SIGNATURE_ROWS_BETWEEN  # an ended list: one row
    for after in following[index + 1 : index + 1 + rows]:
        if not stop(after):
            return starts_with_dash(after.text)
    return False


SIGNATURE_ROWS_BETWEEN = 4  # a three-level authority and the signer's title


def collect_items(
    first: str,
    following: list[Segment],
    stop: Callable[[Segment], bool],
    ocr: bool = False,
) -> tuple[list[str], list[Segment]]:
    """Collect dashed items starting with `first` (text after the label) and the rows below;
    `ocr`: the label's row was read by OCR (its items get OCR's misreadings put right).

    A row without a dash continues the previous item while that item has no end mark;
    the list ends at the first row that neither starts an item nor continues one.
    """
    items: list[str] = []
    used: list[Segment] = []
    if first.strip():
        items.append(first.strip())
    for index, segment in enumerate(following):
        text = segment.text
        if segment.origin == "ocr" and (colon := _DASH_AS_COLON.match(text)):
            text = f"- {text[colon.end():]}"
        if stop(segment):
            if _signature_row_between_items(following, index, stop, items[-1] if items else ""):
                continue
            break
        if items and _ARCHIVE_ITEM.match(_DASH.sub("", items[-1])) and _ends_archive_item(items[-1], segment):
            break  # under the archive copy, the list's last item, a copy's block ("SAO Y") follows
        if not any(ch.isalnum() for ch in text):
            continue  # a speck the scanner left ("`...") is not an item
        if starts_with_dash(text) or (not items and _first_item_without_dash(text)):
            items.append(text)
        elif items and _continues(items, text) and (not segment.gap_before or _wraps_on(items[-1], text)):
            items[-1] = f"{items[-1]} {text}"
        elif items and _item_lost_its_dash(items[-1], segment, following[index + 1 :], stop):
            items.append(text)
        elif items and segment.origin == "ocr" and _ink_between_items(text, following[index + 1 :], stop):
            continue  # "l", "hHÌC,": the seal's or the signature's ink read between two items
        elif not items and _scrap_before_items(following, index, stop):
            # "tệ cứ," right above the dashed items is the first item misread: skipped (one row
            # only: the next row with letters must be dashed). "Như trên" (its dash and end
            # mark lost) is the first item as read.
            if not _opens_as_item(text):
                continue
            items.append(text)
        else:
            break
        used.append(segment)
    # A flattened list keeps its items on one line: "X; - Y; - Z."
    items = [part for item in items for part in _INLINE_ITEM.split(item)]
    ocr = ocr or any(segment.origin == "ocr" for segment in used)
    return [cleaned for item in items if (cleaned := clean_item(item, ocr))], used
