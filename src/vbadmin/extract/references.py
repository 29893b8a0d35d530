"""Citations of other documents: "Công văn số 1272-CV/TU ngày 22/11/2024 của Ban Thường vụ…".

Four kinds, each found by its own pattern: numbered citations (type word + number-symbol),
national technical regulations and standards ("QCVN 01:2019/BCT"), unnumbered Party
resolutions ("Nghị quyết Đại hội XIII của Đảng") and laws cited by name.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from functools import cache
from itertools import accumulate

from vbadmin import vocab
from vbadmin.extract.dateline import inline_date
from vbadmin.extract.identifier import IdentifierParts, compact_symbol_text, parse_symbol
from vbadmin.model import Reference
from vbadmin.normalize import UPPER_LETTER, loose_key, match_key, tone_on_main_vowel

# A department numbered in Roman after a dot ("TTCP-C.III"), a region apart ("198/KV XII-TH")
_SYM = r"[A-Za-zĐđ][A-Za-zĐđ0-9&]*(?:\.[IVX]{1,4}(?![\w])|(?<=/[A-ZĐ]{2})\s[IVX]{1,5}(?=-))?"
# Lower-case words a type word may take before "số": "Giấy phép khai thác khoáng sản điều
# chỉnh số 815/QĐ-UBND", "Giấy phép sử dụng vật liệu nổ công nghiệp số", an acronym among them
# ("sử dụng VLNCN"); a capitalised word, a body's name, ends the qualifier.
MAX_QUALIFIER_WORDS = 8
# Vietnamese lower-case letters with marks (the range à-ỹ holds capitals too: Ạ, Ả, …).
_LOWER_MARKED = "".join(
    ch for ch in map(chr, [*range(0xE0, 0x250), *range(0x1EA0, 0x1EFA)]) if ch.isalpha() and ch.islower()
)
_DASH = r"\s*[-–—]\s*"
_NUMSYM = (
    rf"(?P<numsym>\d{{1,5}}{_DASH}{_SYM}\s*/\s*{_SYM}(?:{_DASH}{_SYM})*(?:/[a-z]{{1,3}})?"
    # "23//BB": OCR's double slash; a firm's "26.06/GĐN-MB", "02/2026/VLN/CV-TA"; "27a/2022/UBTVQH15"
    # a printed form's series number has up to seven figures ("Biên bản … số 0028416/BB-VPHC")
    rf"|\d{{1,7}}(?:\.\d{{1,2}}|[a-z])?\s*//?\s*(?:(?:19|20)\d\d\s*/\s*)?{_SYM}(?:{_DASH}{_SYM})*(?:/[A-ZĐ]{_SYM}(?:{_DASH}{_SYM})*)?"
    rf"|\d{{1,5}}-(?:19|20)\d\d/{_SYM}(?:{_DASH}{_SYM})*"  # "19-2017/NQ-CP"
    r"|\d{1,5}-(?:CP|TTg|HĐBT|SL|CT)(?![\w/-]))"  # before 1997: "Nghị định số 64-CP", "Chỉ thị 406-TTg"
)
_DATE = (
    r"(?:\s*,?\s*(?P<date>ngày\s*\d{1,2}\s*"
    r"(?:[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d{1,2}\s*,?\s*năm\s+\d{4})))?"
)
_ISSUER_STOP = re.compile(
    r"\s+(?:về|V/v|v/v|ban\s+hành|phê\s+duyệt|quy\s+định|hướng\s+dẫn|triển\s+khai|đã|đề\s+nghị|"
    r"yêu\s+cầu|với|cho|trong|tại|theo|thì|nhằm|là|được|do|khi|và\s+[a-zđ]|để|ngày|năm\s+\d|số"
    # a normative document's name after its issuer, in sentence case ("Quy định chi tiết …")
    r"|Về|Ban\s+hành|Quy\s+định|Hướng\s+dẫn|Sửa\s+đổi|sửa\s+đổi|(?<!Chỉ\sđạo\s)thực\s+hiện)\b"
    r"|[,;.:()\"“”']|\s+-\s"
    # A line break ends the phrase before a blank line, a list item, a date line or a sentence's
    # opening ("Căn cứ", "Trên cơ sở"): a ";" OCR lost; else the paragraph's line wrapped inside
    # it ("của Sở Văn hóa và" / "Thể thao").
    r"|\n(?=\s*\n|\s*(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\))\s|[^\n,]{1,40},\s*ngày"
    r"|\s*(?:Căn\s+cứ|Thực\s+hiện|Theo|Trên\s+cơ\s+sở|Xét|Tại|Để|Nay|Sau\s+khi|Đồng\s+thời|Ngoài\s+ra"
    r"|Tuy\s+nhiên|Phúc\s+đáp|Triển\s+khai|Tiếp\s+theo|Kèm\s+theo|Trả\s+lời)\b)"
)
_UNNUMBERED = re.compile(
    # "Tiểu ban Văn kiện Đại hội …" is a body, not a document
    r"(?<![Tt]iểu\sban\s)(?P<name>(?:Nghị\s+quyết|Chỉ\s+thị|Kết\s+luận|Văn\s+kiện)\s+"
    # the Party organisation "của Mặt trận Tổ quốc, các đoàn thể" (since 2025) has a comma in its name
    r"(?:Đại\s+hội|Hội\s+nghị)(?:[^,;.\n()]|(?<=Tổ\squốc),\s+các\s+đoàn\s+thể\b|\n(?!\s*\n|[IVXL]+\.|\d+\.)){0,80}?"
    r"(?:lần\s+thứ\s+\w+|\b[IVXL]{1,6}\b)"
    # a plenum's committee ("Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII")
    r"(?:\s+(?:của\s+)?Ban\s+Chấp\s+hành\s+(?:Trung\s+ương(?:\s+Đảng)?"
    r"|Đảng\s+bộ\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)(?:\s+[A-ZĐ]\w*){0,3}))?"
    r"(?:\s+(?:của\s+Đảng|Đảng\s+bộ\s+(?:tỉnh|thành\s+phố)(?:\s+[A-ZĐ]\w*){0,3}|khóa\s+[IVXL]+|khoá\s+[IVXL]+))?"
    # a cell's congress resolution by its term ("Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 - 2027";
    # the "Văn kiện Đại hội … nhiệm kỳ 2025-2030" or the "dự thảo Nghị quyết" of a congress to
    # come is no document yet)
    r"|(?<!dự\sthảo\s)Nghị\s+quyết\s+Đại\s+hội(?:[^,;.\n()]|\n(?!\s*\n)){0,60}?nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4}"
    # a Party committee's working rules, by its term: "Quy chế làm việc của Ban Chấp hành Đảng
    # bộ tỉnh khóa XIX", "… Đảng bộ Trường nhiệm kỳ 2020 - 2025" (a People's Committee's are
    # issued by a numbered decision, cited by its number); not the rules a decision issues
    # ("… ban hành Quy chế làm việc …", "Ban hành kèm theo Quyết định này Quy chế …")
    r"|(?<![Bb]an\shành\s)(?<!này\s)Quy\s+chế\s+làm\s+việc\s+của\s+(?=Ban\s+Chấp\s+hành|Ban\s+Thường\s+vụ|Thường\s+trực|Đảng|Chi\s+bộ)"
    r"(?:[^,;.\n()]|\n(?!\s*\n)){5,80}?"
    r"(?:\bkh(?:óa|oá)\s+[IVXL]{1,6}\b|nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4}))"
    # named, then numbered: "Nghị quyết Hội nghị lần thứ tám … khóa XIII số 44-NQ/TW"
    r"(?:\s*,?\s+số\s*:?\s*" + _NUMSYM + ")?"
)
# Words that end a law's name: what follows is the sentence, not the name. "Luật Đất đai năm
# 2024" keeps its year (the law of 2013 is another one): see _LAW_NAME_REST.
# "số" with no number after it is part of a name ("Luật Công nghiệp công nghệ số"); a verb
# ("cần", "phải", "sẽ") never is ("khi sửa Luật Đất đai / cần …"); "về" as
# OCR reads it ("vẻ", "vế", "vể": no law's name has them; "vê" may be "vệ", of "Bảo vệ").
_LAW_STOP = (
    r"\s+(?:(?:ngày|năm\s+\d{4}|số(?=\s*:?\s*\d)|do|trên|được|đã|có|của|để|theo|tại|về|vẻ|vế|vể|với|cho|đến"
    r"|trong|như|thì|cần|phải|sẽ|đang|chưa|vào"
    r"|nêu|quy\s+định)\b|\d{1,5}/\d{4}/QH"
    # "và" before another document or a clause ("Luật Đất đai và giao đất …"), not inside a
    # name ("Luật Giáo dục quốc phòng và an ninh")
    r"|và\s+(?:các|những|một|hướng\s+dẫn|giao|triển\s+khai|thực\s+hiện|tổ\s+chức|chỉ\s+đạo|đề\s+nghị"
    r"|yêu\s+cầu|[A-ZĐ])"
    r"|\d{1,3}\b(?![/.,]\d))"  # a bare number: the next line's list item, not the name
)
# A wrapped name goes on onto the next line, unless that line is a date line ("Hà Nội, ngày"),
# the addressees' ("V/v hướng dẫn thi hành Luật Đất đai" / "Kính gửi: …") or the national
# header read after the subject's column.
_DATE_ROW = r"[^\n,]{1,40},\s*ngày"
# a name goes on onto the next row, unless a blank row, a date line, the national header or a
# sentence the next row opens comes between
_NEXT_LINE = (rf"\n(?!\s*\n|{_DATE_ROW}|\W{{0,3}}K[íi]nh\s+g|\s*(?:CỘNG\s+HÒA|ĐẢNG\s+CỘNG\s+SẢN|Độc\s+lập)\b"
              r"|\s*(?:Thực\s+hiện|Căn\s+cứ|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị)\b)")
# The charter of the Party or of a mass organisation, by its name: "Điều lệ Đoàn TNCS Hồ Chí
# Minh", "Điều lệ Hội Nông dân Việt Nam", "Điều lệ Công đoàn Việt Nam", "Điều lệ Đoàn". The name
# goes on in capitalised words, a word or two of lower case between them ("Nông dân Việt"),
# never a sentence's word ("Điều lệ Hội được Đại hội … thông qua"); "Hội đồng" is no organisation.
_NAME_WORD = rf"{UPPER_LETTER}[^\W\d_]*"
_SENTENCE_WORD = r"(?:được|đã|và|của|về|quy|theo|tại|do|để|cho|với|trong|ngày|thi|hướng)\b"
_NAME_WORD_MORE = rf"\s+(?:(?!{_SENTENCE_WORD})[a-zđ][^\W\d_]*\s+){{0,2}}(?!{_SENTENCE_WORD}){_NAME_WORD}"
_NAME_GOES_ON = rf"(?:{_NAME_WORD_MORE})*"
# A firm's or a body's own charter: "Điều lệ tổ chức và hoạt động của Tổng công ty Sông Đà - CTCP".
_BODY_CHARTER = (
    rf"(?:tổ\s+chức\s+và\s+hoạt\s+động\s+)?của\s+{_NAME_WORD}(?:{_NAME_WORD_MORE})+(?:\s+-\s+{_NAME_WORD})?"
)
# A national association's name runs to its "Việt Nam", a province's to the province's name,
# however many words in lower case it holds ("Hội Bảo trợ người khuyết tật và trẻ mồ côi Việt
# Nam", "Liên hiệp các Hội Văn học nghệ thuật tỉnh Thái Nguyên").
_TO_VIET_NAM = (
    rf"(?:\s+các\s+Hội)?\s+{_NAME_WORD}"  # a capital opens the name: "Điều lệ Hội và …" is no name
    r"(?:\s+(?!(?:được|đã|thông|ban|theo|tại|ngày|của|ở|trong|trên|với|cho|do|để)\b)[^\s;,.:()]+){0,12}?\s+"
    rf"(?:Việt\s+Nam|(?:tỉnh|thành\s+phố)\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"  # or a province's union
)
# the Party's charter ("Điều lệ Đảng Lao động Việt Nam" of 1951–1976 too); another party's goes on
# in capitals ("Điều lệ Đảng Nhân dân Cách mạng Lào")
_THE_PARTYS_CHARTER = (
    rf"\bĐiều\s+lệ\s+Đảng(?:\s+(?:Cộng\s+sản|Lao\s+động)\s+Việt\s+Nam)?(?![^\W\d_])"
    rf"(?![ \t]+(?!Kh[oó]a\b){UPPER_LETTER})"  # on its row ("… Việt Nam Khóa XI" goes on)
)
_PARTY_CHARTER = (
    r"\bĐiều\s+lệ\s+(?:Đảng(?:\s+Cộng\s+sản\s+Việt\s+Nam)?"
    rf"|(?:Hội(?!\s+đồng)|Liên\s+hiệp|Liên\s+minh|Liên\s+đoàn){_TO_VIET_NAM}"
    rf"|(?:Đoàn|Hội(?!\s+đồng)|Công\s+đoàn|Mặt\s+trận){_NAME_GOES_ON}|{_BODY_CHARTER})(?![^\W\d_])"
)
# a law's type word, and the laws an amending law names
_LAW_MISSPELT = r"Lu[âạ]t"  # "Luât": a mark lost in a transcription; the name gets "Luật"
_MISSPELT_LAW = re.compile(rf"^{_LAW_MISSPELT}\b")
_LAW_HEAD = (
    rf"\b(?:Bộ\s+luật|Luật|Pháp\s+lệnh|{_LAW_MISSPELT}(?=\s+[A-ZĐ]))\s+"
    rf"(?:sửa\s+đổi,\s+bổ\s+sung\s+(?:[^;.\n()]|{_NEXT_LINE}){{0,60}}?của\s+(?:các\s+)?Luật\s+)?"
)
# after the name's first letter: the rest of the name group (closed here); then what ends a name,
# and a law's number after it
_LAW_NAME_REST = (
    # "Luật Phòng cháy, chữa cháy …" keeps its comma; a name may wrap onto the next line
    rf"(?:[^,;:.()\n]|,\s+(?=[a-zđ])|{_NEXT_LINE}){{2,80}}?(?:\s+năm\s+(?:19|20)\d\d)?)"
)
_LAW_NAME_END = (
    rf"(?={_LAW_STOP}|,\s+(?:cụ\s+thể|trong\s+đó|theo\s+đó|(?:kể\s+)?từ|đến|ngày|nhằm|để)\b|,(?!\s+[a-zđ])|(?<=\d),|(?<=năm\s\d{{4}})\s|\s*[;:.()]|\n\s*\n"
    rf"|\n{_DATE_ROW}|\n\W{{0,3}}K[íi]nh\s+g|$)"
)
# "Luật Đầu tư số 143/2025/QH15"
_LAW_NUMBER = r"(?:\s+(?:số\s+)?(?P<numsym>\d{1,5}/\d{4}/(?:UBTV)?QH\d{1,2}))?"


def _known_law_end(text: str, start: int, end: int) -> int:
    """Where a law known whole ends when a shorter name was read at `start`, or at a law its
    name names ("… của Luật Địa chất và khoáng sản"): "… tại Tòa án nhằm" ends the name there."""
    for law in re.finditer(r"\bLuật\s", text[start:end]):
        whole = _known_law_pattern().match(text, start + law.start())
        if whole is not None and whole.end() > end:
            end = whole.end()
    return end


def _known_law_before_comma(text: str, start: int, end: int) -> int:
    """"Luật Người khuyết tật, chính sách trợ giúp …": a known law's whole name before a comma
    ends there, unless the name with the comma is a known law's too ("Luật Cán bộ, công chức")."""
    name = text[start:end]
    comma = name.find(",")
    if comma < 0 or _LAW_YEAR.search(name):
        return end  # "Luật Khiếu nại, tố cáo năm 1998": a name with its year is whole
    known = _known_law_keys()
    head, whole = _law_key(name[:comma]), _law_key(name)
    return start + comma if head in known and not any(law.startswith(whole) for law in known) else end


def _law_key(name: str) -> str:
    """A law's name after "Luật" / "Bộ luật" / "Pháp lệnh", in comparison form."""
    return match_key(re.sub(r"^(?:Bộ\s+luật|Luật|Pháp\s+lệnh)\s+", "", name.strip()))


@cache
def _known_law_keys() -> frozenset[str]:
    return frozenset(match_key(name) for name in (*vocab.law_names(), *vocab.law_names_with_stop_words()))


@cache
def _known_law_pattern() -> re.Pattern[str]:
    """A law named whole from the vocabulary: its name holds a stop word or "và"."""
    whole_names = (*vocab.law_names_with_stop_words(), *vocab.law_names_joined_by_and())
    known = "|".join(_spaced_either_tone(name) for name in whole_names)
    return re.compile(rf"\b(?:Luật|Pháp\s+lệnh)\s+(?i:{known})(?:\s+năm\s+(?:19|20)\d\d)?")


@cache
def _law_pattern() -> re.Pattern[str]:
    """A law's or the Party charter's name; a law whose enacted name holds a stop word ("Luật
    Trách nhiệm bồi thường của Nhà nước") is taken whole from the vocabulary."""
    known_law = _known_law_pattern().pattern
    # A name opens with a capital; in lower case only as a known law opens ("Luật tổ chức chính
    # quyền địa phương"), so that "Luật này thay thế Luật Đất đai" still finds the second.
    longest_first = sorted(vocab.law_name_openings(), key=len, reverse=True)
    openings = "|".join(_spaced(opening) for opening in longest_first)
    first = rf"(?:[A-ZĐ]|(?![{_LOWER_MARKED}])[À-Ỹ]|(?=(?i:{openings})\b)[a-zđ{_LOWER_MARKED}])"
    head = f"(?P<charter>{_THE_PARTYS_CHARTER})|{_PARTY_CHARTER}|{_CONSTITUTION}|{known_law}"
    # the Party's charter is named whole ("Điều lệ Đảng, nguyên tắc tập trung dân chủ"); the
    # other names end where _LAW_NAME_END says ("Điều lệ Hội thi giáo viên …" is no charter)
    law = f"{_LAW_HEAD}{first}{_LAW_NAME_REST}"
    return re.compile(f"(?P<name>{head}|{law}(?(charter)|{_LAW_NAME_END}){_LAW_NUMBER}")


# The Constitution, by its name: "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Hiến pháp năm
# 2013"; not "Hiến pháp" bare (the word), nor in the title of a resolution amending it (see
# _AMENDS_IT).
_CONSTITUTION = (
    r"\bHiến\s+pháp(?=\s+(?:nước|năm))(?:\s+nước\s+Cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam)?"
    r"(?:\s+năm\s+(?:19|20)\d\d)?"
)


def _spaced(name: str) -> str:
    return r"\s+".join(map(re.escape, name.split()))


def _spaced_either_tone(name: str) -> str:
    """The name's words spaced, each with its tone on either vowel ("Ủy" or "Uỷ", "Hòa" or "Hoà"),
    a comma between them printed or not ("Phòng cháy chữa cháy và cứu nạn, cứu hộ")."""
    def word(w: str) -> str:
        other = tone_on_main_vowel(w)
        return re.escape(w) if other == w else f"(?:{re.escape(w)}|{re.escape(other)})"
    return r",?\s+".join(word(w.rstrip(",")) for w in name.split())


# National technical regulations and standards: "QCVN 01:2019/BCT", "TCVN 6909:2001".
_STANDARD = re.compile(
    r"\b(?P<kind>QCVN|TCVN)\s*(?P<number>\d{1,4}[A-Z]?(?:-\d{1,3})?)\s*:\s*(?P<year>(?:19|20)\d\d)"
    r"(?:/(?P<issuer>[A-ZĐ]{2,10}))?"
)
_STANDARD_TYPES = {"QCVN": "Quy chuẩn kỹ thuật quốc gia", "TCVN": "Tiêu chuẩn quốc gia"}


def _standards(text: str) -> list[Reference]:
    found = []
    for match in _STANDARD.finditer(text):
        identifier = f"{match['kind']} {match['number']}:{match['year']}"
        if match["issuer"]:
            identifier += f"/{match['issuer']}"
        found.append(
            Reference(
                identifier=identifier,
                number=match["number"],
                doc_type=_STANDARD_TYPES[match["kind"]],
                text=match.group(0),
                span=match.span(),
            )
        )
    return found


@cache
def _numbered_pattern() -> re.Pattern[str]:
    names = {n for t in vocab.doc_types() for n in (t.name, *t.aliases)} | {"Văn bản"}
    # The spellings a type word takes, listed: a case-insensitive alternation is 3x slower.
    spellings = {v for n in names for v in (n, n.lower(), n.upper(), n[:1].upper() + n[1:].lower())}
    words = sorted((re.escape(n).replace(r"\ ", r"\s+") for n in spellings), key=len, reverse=True)
    lower = sorted({re.escape(n.lower()).replace(r"\ ", r"\s+") for n in names}, key=len, reverse=True)
    # A qualifier word is lower case and neither "này" ("Kế hoạch này thay thế công văn số 12":
    # the document cites a Công văn), a preposition ("các xã báo cáo số liệu về UBND huyện theo
    # biểu mẫu số 03": a verb's sentence) nor the start of another type word.
    qualifier_word = (rf"\s+(?!(?:này|theo|tại|về|của|cho|với|trong|từ|đến|{'|'.join(lower)})\b)"
                      rf"(?:[a-zđ{_LOWER_MARKED}]+|[A-ZĐ]{{2,8}}\b)")
    return re.compile(
        rf"(?P<type>{'|'.join(words)})(?P<qualifier>(?:{qualifier_word}){{0,{MAX_QUALIFIER_WORDS}}}?\s+(?i:s[ốô]))?"
        rf"\s*:?\s*{_NUMSYM}{_DATE}(?P<issuer>\s*,?\s+của\s+)?"
    )


def _issuer(text: str, match: re.Match[str]) -> tuple[str | None, int]:
    """The issuer phrase after "của", and where the citation ends in `text`.

    The pattern only consumes "của": the phrase itself is cut here at its first stop word,
    so that a second citation on the same line is still found.
    """
    if not match["issuer"]:
        return None, match.end()
    begin = match.end("issuer")
    limit = min(len(text), begin + 160)
    stop = _ISSUER_STOP.search(text, begin, limit)
    finish = stop.start() if stop else limit
    issuer = re.sub(r"\s+và$", "", re.sub(r"\s+", " ", text[begin:finish]).strip())
    return (issuer or None), (finish if issuer else match.start("issuer"))


@cache
def _type_name(word: str) -> tuple[str, str | None]:
    found = vocab.doc_type_by_name(word)
    if found is None:
        return word[:1].upper() + word[1:].lower(), None
    spelled = word[:1].upper() + re.sub(r"\s+", " ", word[1:])
    # as printed when it is the type's own name; an alias ("Thông cáo báo chí") is its type
    exact = match_key(spelled) == match_key(found.name)
    return (spelled if exact else found.name), (found.state_code or found.party_code)


_GLUED_DIGITS = re.compile(r"(?<=[A-Za-zĐđ])\d+$")  # a footnote's number: never "05" (a unit's)
_LEGISLATURE_CODES = {"QH", "UBTVQH"}  # QH15: the 15th National Assembly, two digits


def _without_footnote_mark(numsym: str) -> str:
    """A born-digital text glues a footnote's number to the symbol before it: "105/2025/NĐ-CP2",
    "42/2024/QH151". Digits after a known issuer code are a footnote mark, except the two
    digits of a legislature."""
    glued = _GLUED_DIGITS.search(numsym)
    if glued is None or glued.group().startswith("0"):
        return numsym
    letters = re.split(r"[-/\s]", numsym[: glued.start()])[-1]
    if letters.upper() in _LEGISLATURE_CODES:
        return numsym[: glued.start() + 2]
    if len(letters) >= 2 and vocab.issuer_code(letters) is not None and len(glued.group()) <= 2:
        return numsym[: glued.start()]  # not a programme's number ("UBDT-CT135")
    return numsym


# A firm's own numbering, cited as printed: a dotted number ("26.06/GĐN-MB", the day and
# month) or a symbol of three parts ("02/2026/VLN/CV-TA"); a number with a letter after it, as
# one issued between two others ("27a/2022/UBTVQH15").
_FIRMS_NUMBERING = re.compile(
    r"(?P<number>\d{1,5}(?:\.\d{1,2}|[a-d])?)/(?P<symbol>(?:(?:19|20)\d\d/)?[A-ZĐ][A-ZĐ0-9&]+(?:[-/][A-ZĐ][A-ZĐ0-9&]*)*)"
)


def _reference_parts(numsym: str) -> IdentifierParts | None:
    parts = parse_symbol(_without_footnote_mark(numsym))
    if parts is not None and parts.identifier is not None:
        return parts
    firms = _FIRMS_NUMBERING.fullmatch(compact_symbol_text(numsym))
    if firms is None:
        return None
    symbol = firms["symbol"]
    return IdentifierParts(
        identifier=firms.group(), number=firms["number"], symbol=symbol,
        issuer_code=re.split(r"[-/]", symbol)[-1], doc_type_code=None, system="state",
    )


def _numbered(text: str) -> list[Reference]:
    found = []
    for match in _numbered_pattern().finditer(text):
        parts = _reference_parts(match["numsym"])
        if parts is None or parts.identifier is None:
            continue
        doc_type, default_code = _type_name(match["type"])
        if _a_verb_before_another_number(match["type"], parts, default_code):
            continue
        found.append(_reference(text, match, parts, doc_type, parts.doc_type_code or default_code))
    return found


def _a_verb_before_another_number(word: str, parts: IdentifierParts, code: str | None) -> bool:
    """"Đề nghị Công ty báo cáo tình hình … số 12/GP-UBND": a type word in lower case is a
    verb when the symbol it reaches names another type."""
    return word[:1].islower() and bool(parts.doc_type_code) and bool(code) and \
        match_key(parts.doc_type_code or "") != match_key(code or "")


def _reference(text: str, match: re.Match[str], parts: IdentifierParts, doc_type: str | None,
               code: str | None) -> Reference:
    """The citation `match` found: its number and symbol, type, date and issuer."""
    issuer, end = _issuer(text, match)
    return Reference(
        identifier=parts.identifier,
        number=parts.number,
        symbol=parts.symbol,
        doc_type=doc_type,
        doc_type_code=code,
        date=inline_date(match["date"]) if match["date"] else None,
        issuer=issuer,
        text=text[match.start() : end],
        span=(match.start(), end),
    )


# "Nghị định số 11/2025/NĐ-CP … và số 67/2026/NĐ-CP": a second number, its type word back with
# the first, or a type word misspelt ("Quyết dinh số 1286/QĐ-TKV"); kept when its symbol names
# a known type.
_NUMBER_IN_SENTENCE = re.compile(
    rf"(?<=\s)số\s+{_NUMSYM}{_DATE}(?P<issuer>\s*,?\s+của\s+)?"
)


_SECOND_NUMBER = re.compile(r"(?:\svà|\shoặc|,)\s$")


def _misspelt_type_before(before: str) -> bool:
    """"Quyết dinh số …": the words before "số" are a type's name without its marks right."""
    words = before.split()
    tails = (" ".join(words[-size:]) for size in (1, 2, 3) if len(words) >= size)
    return any(loose_key(tail) in _type_name_keys() for tail in tails)


@cache
def _type_name_keys() -> frozenset[str]:
    return frozenset(loose_key(t.name) for t in vocab.doc_types())


class _SpanIndex:
    """Whether a position falls in one of many spans, in log time (a long letter cites
    thousands of numbers)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.begins = [begin for begin, _ in spans]
        self.reach = list(accumulate((end for _, end in spans), max))  # furthest end so far

    def __call__(self, position: int) -> bool:
        index = bisect_right(self.begins, position) - 1
        return index >= 0 and position < self.reach[index]


def _by_number_only(text: str, taken: list[tuple[int, int]]) -> list[Reference]:
    found = []
    inside_taken = _SpanIndex(taken)
    for match in _NUMBER_IN_SENTENCE.finditer(text):
        if inside_taken(match.start("numsym")):
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        opener = _list_opener(text, match.start())
        if not _SECOND_NUMBER.search(before) and not _misspelt_type_before(before) and opener is None:
            continue  # "Mẫu số 01/TB-TNĐT", "mỏ đá số 12/GP-UBND": no citation
        parts = _reference_parts(match["numsym"])
        if parts is None or parts.identifier is None or parts.doc_type_code is None:
            continue
        known = vocab.doc_type_by_code(parts.doc_type_code, parts.system)
        if known is not None:
            reference = _reference(text, match, parts, known.name, parts.doc_type_code)
            of_the_list = opener is not None and match_key(opener["type"]) == match_key(known.name)
            if opener is not None and of_the_list and reference.issuer is None:
                reference.issuer = _opener_issuer(opener["issuer"])
            found.append(reference)
    return found


# "Căn cứ các Nghị định của Chính phủ: số 43/2014/NĐ-CP …; số 45/2014/NĐ-CP …": numbers listed
# after their type and issuer, an item to each ";"
_LIST_OPENER = re.compile(r"\bcác\s+(?P<type>[A-ZĐ]\w*\s+\w+)\s+của\s+(?P<issuer>[^:;.\n]{2,80}?)\s*:\s*$")
_LIST_ITEM = re.compile(r"[ \t]*số\s")  # an item of the list: its number, on the list's row


def _opener_issuer(phrase: str) -> str:
    """"Chính phủ hướng dẫn thi hành Luật Đất đai" → "Chính phủ": the issuer cut at its stop word."""
    stop = _ISSUER_STOP.search(phrase)
    return re.sub(r"\s+", " ", phrase[: stop.start()] if stop else phrase).strip()


def _list_opener(text: str, start: int) -> re.Match[str] | None:
    """The opener of a list of numbers ("các Nghị định của Chính phủ:") that the number at `start`
    is an item of: right before it, or before the items that ";" ends before it."""
    begin, end = max(0, start - 1500), start
    while True:
        opener = _LIST_OPENER.search(text, begin, end)
        if opener is not None:
            return opener
        before = text[begin:end].rstrip()
        if not before.endswith(";"):
            return None
        end = begin + len(before) - 1  # the ";" that ends the item before
        previous = max(text.rfind(";", begin, end), text.rfind(":", begin, end))
        if previous < 0 or not _LIST_ITEM.match(text, previous + 1, end):
            return None  # an item that names its own type ("Căn cứ Nghị quyết số …") ends the list
        end = previous + 1


# "các Nghị quyết số 197/2025/QH15, 198/2025/QH15 ngày 17/5/2025 của Quốc hội", "Quyết định số
# 104/1999/QĐ-TTg, 170/2008/QĐ-TTg và 40/2011/QĐ-TTg": more numbers listed after a cited one,
# of its type; a date and an issuer after the last are all of theirs.
_LISTED_AFTER = re.compile(rf"(?:\s*,\s*|\s+và\s+){_NUMSYM}{_DATE}(?P<issuer>\s*,?\s+của\s+)?")
_NUMSYM_ALONE = re.compile(_NUMSYM)


def _other_type(parts: IdentifierParts, first: str | None) -> bool:
    """A listed number of another type than the first's (or with no number at all)."""
    code = parts.doc_type_code
    return parts.identifier is None or bool(code and first and code != first)


def _listed_numbers(text: str, cited: list[Reference]) -> list[Reference]:
    found: list[Reference] = []
    for first in cited:
        if first.date is not None or first.issuer is not None:
            continue  # "… số 12/QĐ-UBND ngày …, 15/QĐ-UBND": its own date ends its list
        number = _NUMSYM_ALONE.search(text, first.span[0], first.span[1])
        chain: list[Reference] = []
        at = number.end() if number else first.span[1]
        while (match := _LISTED_AFTER.match(text, at)) is not None:
            parts = _reference_parts(match["numsym"])
            if parts is None or _other_type(parts, first.doc_type_code):
                break
            chain.append(_reference(text, match, parts, first.doc_type, first.doc_type_code))
            if match["date"] is not None or match["issuer"] is not None:
                break  # a date or an issuer ends the list
            at = match.end("numsym")
        for ref in [first, *chain[:-1]] if chain else []:
            ref.date = ref.date or chain[-1].date
            ref.issuer = ref.issuer or chain[-1].issuer
        found += chain
    return found


# OCR's specks, spaces and a dangling "và" after a name
_LOWER_CASE_LAW = re.compile(r"(?:Bộ\s+luật|Luật|Pháp\s+lệnh)\s+(?!sửa\b)[a-zđ" + _LOWER_MARKED + "]")
_TRAILING_SPECKS = re.compile(r"(?:\s+(?:và|hoặc))?[\s`'‘’\"“”*^~_|-]*$")


# A law named in a cited decree's title ("Nghị định số 189/2025/NĐ-CP … quy định chi tiết một số
# điều của Luật Xử lý vi phạm hành chính", "… hướng dẫn thi hành Luật …"; a number listed after
# "các Nghị định của Chính phủ:"): the decree is cited, not the law.
_DETAILED_BY_DECREE = re.compile(
    r"(?:\b(?:Nghị\s+định|Thông\s+tư)\s+(?:số\s+)?|[:;]\s*số\s+)\d(?:[^;,.\n]|\.(?=\d)|,(?=\s+bổ\s+sung)|\n(?!\s*\n)){0,120}?"
    r"(?:[Qq]uy\s+định\s+(?:chi\s+tiết|thi\s+hành)|[Hh]ướng\s+dẫn\s+(?:thi\s+hành|thực\s+hiện))"
    r"(?:\s+(?:một\s+số\s+đi[ềểếêệ]u|và\s+biện\s+pháp|và\s+hướng\s+dẫn|thi\s+hành|của|đi[ềểếêệ]u))*\s+$"
)


# "(sau đây gọi là Luật BHYT)": the short name of a document cited just before
_ALIAS = re.compile(r"(?:gọi\s+(?:tắt\s+)?là|viết\s+tắt\s+là)\s*[“\"]?$")


_DATED = re.compile(r"\s*,?\s*ngày\s+\d")
# two laws a decree's title names ("A, B", "A và B", "A và Điều 77 của B")
_AND_BETWEEN = re.compile(r"\s*,\s*|\s+và\s+(?:(?:khoản\s+\d{1,3}\s+)?Điều\s+\d{1,3}[a-z]?\s+(?:của\s+)?)?")


# The Party's rules and guidance on carrying out its charter ("Quy định số 294-QĐ/TW … về thi
# hành Điều lệ Đảng", "Hướng dẫn số 06-HD/TW … về một số vấn đề cụ thể thi hành Điều lệ Đảng").
_CARRYING_OUT = re.compile(
    r"\b(?:Quy\s+định|Hướng\s+dẫn)\s+(?:số\s+)?\d{1,4}-(?:QĐ|HD)/(?:(?!\svà\s)[^;\n]){0,120}?\s"
    r"(?:về\s+)?(?:một\s+số\s+vấn\s+đề\s+cụ\s+thể\s+)?thi\s+hành\s+$"
)


def _in_a_decrees_title(text: str, start: int) -> bool:
    window = max(0, start - 250)
    return (_DETAILED_BY_DECREE.search(text, window, start) is not None
            or _CARRYING_OUT.search(text, window, start) is not None)


def _known_law(name: str) -> bool:
    """A law typed in lower case is cited when it opens like a known law's name."""
    words = match_key(_LAW_YEAR.sub("", name)).replace(",", " ").split()[1:]  # after "Luật", the year aside
    if words[:1] == ["luật"]:
        words = words[1:]  # "Bộ luật hình sự"
    openings = vocab.law_name_openings()
    return " ".join(words[:2]) in openings or (len(words) == 1 and words[0] in openings)


# An amending law names the laws it amends: "… của Luật Tổ chức Chính phủ và Luật Tổ chức
# chính quyền địa phương", "… của Luật A, Luật B và Luật C" is one name.
_AMENDING = re.compile(r"(?:Bộ\s+luật|Luật|Pháp\s+lệnh)\s+sửa\s+đổi")
_AND_A_LAW = re.compile(r"(?:\s*,\s*|\s+và\s+)(?=Luật\s+[A-ZĐ])")


def _amended_laws(text: str, pattern: re.Pattern[str], end: int) -> tuple[int, re.Match[str]] | None:
    """Where the laws an amending law names end ("… của Luật A, Luật B và Luật C"), and the last
    one's match: the list ends at its "và" ("… và Luật Đê điều, Luật Thủy lợi": Thủy lợi is cited
    apart); None when no "và" closes it."""
    while (joined := _AND_A_LAW.match(text, end)) and (law := pattern.match(text, joined.end())):
        end = _known_law_before_comma(text, law.start("name"), law.end("name"))
        if joined.group().strip() == "và":
            return end, law
    return None


# A resolution's title that amends the Constitution's articles or preamble ("sửa đổi, bổ sung một
# số điều của", "sửa đổi Lời nói đầu của"), up to the name: the name is in the title ("các nội
# dung sửa đổi, bổ sung của Hiến pháp" cites it).
_AMENDS_IT = re.compile(
    r"sửa\s+đổi[^;.]{0,100}?\b(?:điều|Lời\s+nói\s+đầu)\b[^;.]{0,40}?\bcủa\s+$", re.IGNORECASE)


def _window_before(start: int) -> tuple[int, int]:
    return max(0, start - 120), start


def _named(text: str, pattern: re.Pattern[str]) -> list[Reference]:
    found = []
    resume = 0  # a law named inside an amending law's name is no citation of its own
    aliases: set[str] = set()  # "(sau đây gọi là Luật BHYT)": that name, wherever it is used
    title_law_end = -1  # where the last law named in a decree's title ends
    for match in pattern.finditer(text):
        if match.start() < resume:
            continue
        end_of_name = match.end("name")
        end_of_name = _known_law_end(text, match.start("name"), end_of_name)
        if not match.groupdict().get("numsym"):
            end_of_name = _known_law_before_comma(text, match.start("name"), end_of_name)
        last = match  # the match whose number and date follow the name
        if _AMENDING.match(match["name"]) and (amended := _amended_laws(text, pattern, end_of_name)):
            end_of_name, last = amended  # "… và Luật Đê điều số 60/2020/QH14": the amending law's number
            resume = end_of_name
        name = _TRAILING_SPECKS.sub("", re.sub(r"\s+", " ", text[match.start("name") : end_of_name]))
        name = _MISSPELT_LAW.sub("Luật", name)
        if _LOWER_CASE_LAW.match(name) and not _known_law(name):
            continue  # "Luật này", "các Luật ở trên"; "Luật tổ chức chính quyền địa phương" is one
        if name.startswith("Hiến pháp") and _AMENDS_IT.search(text, *_window_before(match.start())):
            continue  # "… sửa đổi, bổ sung một số Điều của Hiến pháp …": the amending act is cited
        if _ALIAS.search(text, max(0, match.start("name") - 30), match.start("name")):
            aliases.add(match_key(name))
        # "… chi tiết thi hành … của Luật Phòng, chống thiên tai và Luật sửa đổi, bổ sung …"
        start = match.start("name")
        joined = _AND_BETWEEN.fullmatch(text, title_law_end, start) if title_law_end >= 0 else None
        # "…, Luật Nhà ở năm 2023", "…, Luật Tài nguyên nước số 28/2023/QH15": a decree's title
        # names no law's year, number or date: a citation of its own after the comma
        numbered = bool(match.groupdict().get("numsym"))
        own_mark = numbered or bool(_LAW_YEAR.search(name) or _DATED.match(text, end_of_name))
        after_a_title_law = joined is not None and not ("," in joined[0] and own_mark)
        in_title = _in_a_decrees_title(text, start) or after_a_title_law
        if in_title:
            title_law_end = end_of_name
        if in_title or match_key(name) in aliases:
            continue
        known = vocab.doc_type_by_name(name)
        tail = text[max(last.end(), end_of_name) : max(last.end(), end_of_name) + 40]
        date = inline_date(tail) if re.match(r"\s*,?\s*ngày", tail) else None
        parts = parse_symbol(last["numsym"]) if last.groupdict().get("numsym") else None
        end = last.end() if parts else end_of_name
        found.append(
            Reference(
                identifier=parts.identifier if parts else None,
                number=parts.number if parts else None,
                symbol=parts.symbol if parts else None,
                name=name,
                doc_type=known.name if known else None,
                date=date,
                text=text[match.start("name") : end],
                span=(match.start("name"), end),
            )
        )
    return found


_LAW_YEAR = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d\d$")  # "Luật Doanh nghiệp 2014" too
_BY_TERM = re.compile(r"nhiệm kỳ \d{4}|^quy chế làm việc")  # match_key form


def _dedupe_key(ref: Reference) -> str:
    if ref.identifier:
        return match_key(ref.identifier)
    name = match_key(ref.name or "")
    if name.startswith("điều lệ đảng"):
        return "điều lệ đảng"  # "Điều lệ Đảng Cộng sản Việt Nam", later "Điều lệ Đảng": one
    if _LAW_YEAR.search(name) or _BY_TERM.search(name):
        # a law's year, a term ("nhiệm kỳ 2025 - 2030", "khóa XV") is no congress's numeral:
        # two bodies' documents of one term are two
        return f"{ref.doc_type}|{name}"
    # a congress's numeral in capitals ("Đại hội XIII"): "vi" in "vi phạm" is a word
    numeral = [n.lower() for n in re.findall(r"\b(?:lần thứ )?([IVXL]+|\d+)\b", ref.name or "")]
    local = "đảng bộ" in name
    return f"{ref.doc_type}|{numeral[-1] if numeral else name}|{local}"


def find_references(text: str, own_identifier: str | None = None) -> list[Reference]:
    """Every document the text cites, once each, in order of first mention."""
    numbered = _numbered(text)
    named = _named(text, _UNNUMBERED) + _named(text, _law_pattern())
    taken = [ref.span for ref in numbered + named]
    by_number = _by_number_only(text, taken)
    listed = _listed_numbers(text, numbered + by_number)
    candidates = numbered + by_number + listed + _standards(text) + named
    candidates.sort(key=lambda r: r.span[0])
    own = match_key(own_identifier) if own_identifier else None
    kept: dict[str, Reference] = {}
    for ref in candidates:
        key = _dedupe_key(ref)
        if own and ref.identifier and match_key(ref.identifier) == own:
            continue
        if key in kept:  # a later, fuller mention completes the first (e.g. a dated body mention)
            first = kept[key]
            for name in ("date", "issuer", "doc_type", "doc_type_code"):
                if getattr(first, name) is None and getattr(ref, name) is not None:
                    setattr(first, name, getattr(ref, name))
            if _fuller_name(first.name, ref.name):
                first.name = ref.name  # "… Hội Nông dân tỉnh lần thứ XI", then "… tỉnh Ninh Bình …"
            continue
        kept[key] = ref
    mentions = Counter(_dedupe_key(ref) for ref in candidates)
    named_by_number = _names_beside_numbers(candidates, text)
    refs = [ref for key, ref in kept.items() if key not in named_by_number and not _local_twin(key, kept)]
    refs = _without_acronyms(_without_short_names(_without_names_of_numbered(refs)))
    return _without_misread_twins(_without_short_charters(refs), mentions)


def _local_twin(key: str, kept: dict[str, Reference]) -> bool:
    """"Nghị quyết Đại hội lần thứ VIII" in a letter that names the "Nghị quyết Đại hội đại biểu
    Đảng bộ Tổng công ty lần thứ VIII": the same local congress, named short (the Party's own
    congresses are named "của Đảng", "toàn quốc")."""
    if not key.endswith("|False") or not _CONGRESS_SHORT.match(kept[key].name or ""):
        return False
    return key.removesuffix("|False") + "|True" in kept


# A congress's resolution by its numeral alone, no body named ("… Hội Nông dân tỉnh lần thứ XVI"
# is another congress's)
_CONGRESS_SHORT = re.compile(r"^Nghị\s+quyết\s+Đại\s+hội\s+(?:đại\s+biểu\s+)?(?:lần\s+thứ\s+)?[IVXL]+$")


def _fuller_name(first: str | None, later: str | None) -> bool:
    """The later name is the first with a proper name put in at one place ("… Hội Nông dân tỉnh
    Ninh Bình lần thứ XI" after "… Hội Nông dân tỉnh lần thứ XI"), not another body's; or a
    congress named in full ("Đại hội đại biểu toàn quốc lần thứ VIII" after "Đại hội VIII")."""
    if not first or not later:
        return False
    short, long = first.split(), later.split()
    same_start = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    added = long[same_start : len(long) - (len(short) - same_start)]
    return (long[len(long) - (len(short) - same_start) :] == short[same_start:] and bool(added)
            and all(word[:1].isupper() or word in _CONGRESS_WORDS for word in added))


_CONGRESS_WORDS = frozenset({"đại", "biểu", "toàn", "quốc", "lần", "thứ"})  # "đại biểu toàn quốc lần thứ"


_IN_BRACKETS = re.compile(r"\s*\(\s*")


def _names_beside_numbers(candidates: list[Reference], text: str) -> set[str]:
    """Keys of resolutions named beside their own number in brackets ("Nghị quyết Hội nghị lần
    thứ tám … (Nghị quyết số 44-NQ/TW)", or the other way round): one document, the numbered."""
    found = set()
    for first, second in zip(candidates, candidates[1:], strict=False):
        if (first.identifier is None) == (second.identifier is None):
            continue
        named, numbered = (first, second) if first.identifier is None else (second, first)
        if (named.name or "").split(" ")[:2] != (numbered.doc_type or "").split(" ")[:2]:
            continue
        if _IN_BRACKETS.fullmatch(text[first.span[1] : second.span[0]]):
            found.add(_dedupe_key(named))
            numbered.name = numbered.name or named.name
    return found


# "Luật BHYT", "Luật DN 2014": a law's initials
_ACRONYM_LAW = re.compile(r"(?:Bộ\s+luật|Luật)\s+(?P<initials>[A-ZĐ]{2,6})(?:\s+(?:năm\s+)?(?:19|20)\d\d)?")


def _without_acronyms(refs: list[Reference]) -> list[Reference]:
    """"Luật Bảo hiểm y tế", later "Luật BHYT": one law, named in full once. A law the letter
    names only by its initials stays."""
    initials = {_initials(ref.name) for ref in refs if ref.name and not _ACRONYM_LAW.fullmatch(ref.name)}
    kept = []
    for ref in refs:
        short = _ACRONYM_LAW.fullmatch(ref.name or "")
        if short and not ref.identifier and short["initials"] in initials:
            continue
        kept.append(ref)
    return kept


def _initials(name: str) -> str:
    """"Luật Khám bệnh, chữa bệnh năm 2023" → "KBCB"."""
    words = re.sub(r"^(?:Bộ\s+luật|Luật)\s+|\s+(?:năm\s+)?(?:19|20)\d\d$", "", name).split()
    bare = unicodedata.normalize("NFD", "".join(word[0] for word in words))
    return "".join(ch for ch in bare if not unicodedata.combining(ch)).upper()


def _without_short_names(refs: list[Reference]) -> list[Reference]:
    """"Luật Hóa chất năm 2025", later "Luật Hóa chất": one law, named once with its year. With
    two years (the land laws of 2013 and 2024) a name without one stays as it is."""
    with_year: dict[str, list[Reference]] = {}
    for ref in refs:
        if ref.name and not ref.identifier and _LAW_YEAR.search(ref.name):
            with_year.setdefault(match_key(_LAW_YEAR.sub("", ref.name)), []).append(ref)
    kept = []
    for ref in refs:
        fuller = with_year.get(match_key(ref.name or ""), []) if not ref.identifier else []
        if len(fuller) == 1:
            _complete(fuller[0], ref)
            continue
        kept.append(ref)
    return kept


def _without_short_charters(refs: list[Reference]) -> list[Reference]:
    """"Điều lệ Hội Chữ thập đỏ Việt Nam", later "Điều lệ Hội": the one charter the letter names
    in full, named short (a letter cites its own association's charter)."""
    charters = [ref.name for ref in refs if ref.doc_type == "Điều lệ" and ref.name and not ref.identifier]

    def short_of_one(ref: Reference) -> bool:
        if ref.doc_type != "Điều lệ" or ref.identifier:
            return False
        return len([other for other in charters if other.startswith(f"{ref.name} ")]) == 1

    return [ref for ref in refs if not short_of_one(ref)]


def _without_misread_twins(refs: list[Reference], mentions: Counter[str]) -> list[Reference]:
    """"873/SXD-QLGTT" once and "873/SXD-QLGT" twice, on the same day: OCR misread one
    mention, so one reference. Twins have the same number, symbols one OCR slip apart (see
    `_one_slip_apart`) and no two dates; what the misread one alone gives (a date, an issuer)
    completes the one kept."""
    dropped: set[int] = set()
    for i in range(len(refs)):
        for j in range(i + 1, len(refs)):
            if i in dropped or j in dropped or not _twins(refs[i], refs[j]):
                continue
            gone = _misread_of(refs, i, j, mentions)
            if gone is not None:
                _complete(refs[i + j - gone], refs[gone])
                dropped.add(gone)
    return [ref for k, ref in enumerate(refs) if k not in dropped]


def _misread_of(refs: list[Reference], i: int, j: int, mentions: Counter[str]) -> int | None:
    """Which of two twins OCR misread: the one cut short in lower case, else the one mentioned
    once beside one mentioned more, else the later; None when both are mentioned more than once
    (two documents)."""
    for k in (i, j):
        if any(part.islower() for part in re.split(r"[-/]", refs[k].symbol or "")):
            return k
    once = [k for k in (i, j) if mentions[_dedupe_key(refs[k])] == 1]
    return once[-1] if once else None


def _complete(kept: Reference, gone: Reference) -> None:
    for name in ("date", "issuer", "doc_type", "doc_type_code"):
        if getattr(kept, name) is None:
            setattr(kept, name, getattr(gone, name))


def _twins(a: Reference, b: Reference) -> bool:
    if not (a.identifier and b.identifier and a.symbol and b.symbol) or a.number != b.number:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    head_a, head_b = a.identifier[: -len(a.symbol)], b.identifier[: -len(b.symbol)]
    return head_a == head_b and _one_slip_apart(a.symbol, b.symbol)


# Characters OCR takes for one another in symbols.
_CONFUSABLE = [set("OQ0"), set("Il1|"), set("ĐD")]


def _one_slip_apart(a: str, b: str) -> bool:
    """"QLGTT"/"QLGT" (a letter doubled), "GSOL"/"GSQL", "NĐ-c"/"NĐ-CP" (cut at a line break,
    the cut part read in lower case): one OCR slip, not two bodies' codes ("SXD"/"SGD")."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) == len(a) + 1:
        doubled = any(b[:k] + b[k + 1 :] == a and b[k] == b[k - 1] for k in range(1, len(b)))
        return doubled or _cut_short(a, b)
    if len(a) == len(b):
        slips = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return len(slips) == 1 and any({*slips[0]} <= group for group in _CONFUSABLE)
    return _cut_short(a, b)


def _cut_short(a: str, b: str) -> bool:
    """`a` is `b` cut short, its last part read in lower case ("NĐ-c" for "NĐ-CP")."""
    last = re.split(r"[-/]", a)[-1]
    return bool(last) and last.islower() and b.upper().startswith(a.upper())


def _without_names_of_numbered(refs: list[Reference]) -> list[Reference]:
    """"Luật Hóa chất" or "Luật Hóa chất năm 2025" cited once with its number ("số 69/2025/QH15")
    and once without is one reference; "Luật Đất đai năm 2013" beside "Luật Đất đai số
    31/2024/QH15" is another law."""
    numbered = {(match_key(r.name), r.identifier, r.date) for r in refs if r.name and r.identifier}

    def named_with_number(ref: Reference) -> bool:
        year = _LAW_YEAR.search(ref.name or "")
        name = match_key(_LAW_YEAR.sub("", ref.name or ""))
        # "Luật Di sản văn hóa ngày 29 tháng 6 năm 2001" beside "… số 45/2024/QH15 ngày 23/11/2024"
        other_day = ref.date is not None and any(name == numbered_name and date not in (None, ref.date)
                                                 for numbered_name, _, date in numbered)
        same = any(name == numbered_name and (year is None or year[0].split()[-1] in identifier)
                   for numbered_name, identifier, _ in numbered)
        return same and not other_day

    return [r for r in refs if r.identifier or not r.name or not named_with_number(r)]
