"""The normalise stage for OCR'd pages: what OCR misread in words and in cited numbers is put
right in the page's words before layout, so that every extractor sees the repaired text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from vbadmin import vocab
from vbadmin.lexicon import is_known_syllable, repair_page_marks, split_glued
from vbadmin.normalize import fold_lookalikes, loose_key, repair_number
from vbadmin.pages import Line, Page, Word
from vbadmin.roman import restore_roman_strokes

# "23//BB-VPHC", "01//2011/TT-BNV": a slash doubled; "464/0Đ-BCT": Q read as 0 or O before Đ.
_DOUBLED_SLASH = re.compile(r"(?<=\d)/{2,}(?=[A-ZĐ]|\d{4}/)")
_Q_AS_ZERO = re.compile(r"(?<=[/-])[0O]Đ(?=[-/]|$)")
# "GSOL", "OH15", "BOP": Q read as O in a code's initials before L, H or P (quản lý, Quốc hội,
# quốc phòng); an O before other letters may be an initial of its own ("ONMT": ô nhiễm).
_Q_AS_O = re.compile(r"(?<=[/A-ZĐ-])O(?=[LHP](?:[A-ZĐ0-9-]|$))")
# "1382l/CHQ": the number's last 1 read as l, I or |.
_ONE_AS_L = re.compile(r"(?<=\d)[lI|](?=/[A-ZĐ])")


# "I18-KH/ĐUCATW", "l12/KH-UBND": the number's first 1 read as I or l (a "|" is as often a
# table's rule or a speck glued to the number).
_LEADING_ONE = re.compile(r"^[Il](?=\d{2,}[/-][A-ZĐ])")
# "QHI5", "QHI15": the legislature's number after QH with its 1 read as I (or an I added).
_LEGISLATURE = re.compile(r"(?<=QH)[Il|](?P<digits>\d{1,2})\b")
# "UBKTTCI5": a code's term (a National Assembly committee's 15) with its 1 read as I.
_TERM_ONE = re.compile(r"(?<=[A-ZĐ]{2})[Il|](?=\d(?:$|[-/]))")
# "CAT-PXOI": a police unit's two figures (PC01, PX05) read as O and I.
# A regional unit's number 5 read as S at its code's end ("VKSKVS" for VKSKV5: Viện kiểm sát
# khu vực 5); its Roman numerals (KVXII) stay.
_REGION_FIVE = re.compile(r"(?<=[A-Z]KV)S(?=$|[-/])")
_POLICE_FIGURES = re.compile(r"(?<=[-/]P[A-Z])[0-9OIl]{2}(?=$|[-/])")


# A number's figures (one at least) and look-alikes (0 as O or Q, 6 as ó, 8 as §, 1 as I or l
# after a figure: "0I-KL/TW") before its symbol: "/QĐ-UBND", "/2026/NĐ-CP", Party "-CV/TU"
# (not a date's "/3/2026").
_NUMBER_HEAD = re.compile(r"^(?=[OoQó§]*\d)[\dOoQó§][\dOoQó§Il]{1,4}(?=[-/](?:\d{4}/)?[A-ZĐ])")


_FIGURE_LOOKALIKES = str.maketrans("OIl", "011")


# A State symbol after a number OCR could not read (the clerk's pen): "đ#ZŠ/QD-UBND"
_SYMBOL_AFTER_INK = re.compile(r"(?<=/)(?P<type>[A-ZĐ]{2,})(?=-[A-ZĐ])")


def repair_symbol_token(token: str) -> str:
    """A number-symbol token as OCR misread it, put right: "23//BB-VPHC" → "23/BB-VPHC"."""
    if "/" not in token:
        return token
    if not any(ch.isdigit() for ch in token):  # only its type code, read where a type stands
        return _SYMBOL_AFTER_INK.sub(lambda found: _type_code_reading(found["type"]), token, count=1)
    # "8ó/KH-BCA", "31§-CV/TU": a 6 read as ó, an 8 as § (strokes read as I: see _LEADING_ONE)
    token = _NUMBER_HEAD.sub(lambda head: repair_number(head[0])[0], token)
    number, slash, symbol = _DOUBLED_SLASH.sub("/", token).partition("/")
    symbol = _Q_AS_O.sub("Q", _Q_AS_ZERO.sub("QĐ", slash + symbol))
    symbol = _LEGISLATURE.sub(lambda m: m["digits"].rjust(2, "1"), symbol)
    symbol = _TERM_ONE.sub("1", symbol)
    symbol = _POLICE_FIGURES.sub(lambda m: m[0].translate(_FIGURE_LOOKALIKES), symbol)
    symbol = _REGION_FIVE.sub("5", symbol)
    repaired = _LEADING_ONE.sub("1", _ONE_AS_L.sub("1", number + symbol))
    parts = [_single_reading(part) for part in re.split(r"([-/])", repaired)]
    type_at = next((i for i, part in enumerate(parts) if i >= 2 and part[:1].isalpha()), None)
    if type_at is not None:
        party = parts[type_at + 1 : type_at + 2] == ["/"]  # "21-KLU/TW": the type before the slash
        parts[type_at] = _type_code_reading(parts[type_at], party)
        if type_at == len(parts) - 1:  # "81/2025/UBTVQH15": a resolution's issuer, no type
            parts[type_at] = _issuer_code_reading(parts[type_at])
        parts[type_at + 1 :] = [_issuer_code_reading(part) for part in parts[type_at + 1 :]]
    return "".join(parts)


# A type code's letters as OCR misreads them: Q read as O ("NO-CP"), a stroke read as an extra
# I, l or | ("KIL/TW"). Type codes are few, so one that is plainly meant can be told.
_EXTRA_STROKES = "Il|"
_SPECK_LETTERS = "UVJ"  # what a speck before the slash is read as: "KLU/TW"


def _type_code_reading(group: str, party: bool = False) -> str:
    """The one type code an unknown code in the type's place misreads ("NO" → NQ, "QD" → QĐ, "TI" → TT;
    in a Party symbol, where the type is sure to stand, "KLU" → KL: a speck before the slash),
    or as read (a State công văn's "CTU-KH" has its issuer's code there)."""
    if not group[:1].isupper() or _is_type_code(group):
        return group
    readings = {group[:i] + "Q" + group[i + 1 :] for i, ch in enumerate(group) if ch == "O"}
    readings |= {group[:i] + "Đ" + group[i + 1 :] for i, ch in enumerate(group) if ch == "D"}  # bar lost
    readings |= {group[:i] + group[i + 1 :] for i, ch in enumerate(group) if ch in _EXTRA_STROKES and i > 0}
    readings |= _t_readings(group)
    if party and len(group) >= 3 and group[-1] in _SPECK_LETTERS:
        readings.add(group[:-1])
    known = [reading for reading in readings if _is_type_code(reading)]
    return known[0] if len(known) == 1 and not vocab.issuer_code(group) else group


_STROKE_LETTERS = ("T", "L")  # what a small print's upright stroke, read as an I, may be
MAX_STROKE_MISREADS = 2


def _t_readings(group: str) -> set[str]:
    """A small T or L read as an I, once or twice: "TI" for TT, "IW" for TW, "KI" for KL,
    "BICIW" for BTCTW."""
    readings = {group}
    for _ in range(MAX_STROKE_MISREADS):
        readings |= {
            reading[:i] + letter + reading[i + 1 :]
            for reading in readings
            for i, ch in enumerate(reading)
            if ch == "I"
            for letter in _STROKE_LETTERS
        }
    return readings - {group}


def _issuer_code_reading(group: str) -> str:
    """The one issuer's code an unknown code after the type misreads ("IW" → TW), or as read."""
    if len(group) < 2 or not group.isupper() or not group[0].isalpha() or _known_code(group):
        return group
    readings = _t_readings(group)
    if group[0] == "I" and len(group) >= 4:
        readings.add(group[1:])  # a stroke before the code: "ITWĐTN"
    known = [reading for reading in readings if vocab.issuer_code(reading)]
    return known[0] if len(known) == 1 else group


def _is_type_code(code: str) -> bool:
    return bool(vocab.doc_type_by_code(code, "state") or vocab.doc_type_by_code(code, "party"))


def _single_reading(group: str) -> str:
    """"QĐĐ", "HĐĐND", "TTTr": a code with a letter read twice, when one known code is meant."""
    if len(group) < 3 or not group[0].isupper():
        return group
    return vocab.single_letter_reading(group, _known_code) or group


def _known_code(code: str) -> bool:
    return bool(vocab.issuer_code(code)) or _is_type_code(code)


# "triỀn", "tẾ": one marked vowel in capitals inside a lower-case word, its marks taken for a
# capital's (the word list then puts the marks right). "iPhone", "mRNA" keep theirs.
_CAPITAL_INSIDE = re.compile(r"^[a-zà-ỹđ]+(?P<capital>[À-Ỹ])[a-zà-ỹđ]*$")


def repair_word_case(word: str) -> str:
    core = word.rstrip(".,;:)")
    match = _CAPITAL_INSIDE.match(core)
    if not match or not match["capital"].isupper() or not core[0].islower():  # À-Ỹ spans "ô" too
        return word
    return core.lower() + word[len(core) :]


# "ÑLN" for NLN: Vietnamese has no ñ; a speck over an N is read so.
_N_WITH_TILDE = str.maketrans("Ññ", "Nn")


# "ĐÐ": tesseract reads one bold Đ as Đ and an Icelandic eth ("GD&ĐÐT", "01-QC/ĐÐU").
_D_READ_TWICE = re.compile("Đ\u00d0|đ\u00f0")


def repair_n_with_tilde(word: str) -> str:
    """Also the Đ look-alikes ("ÐZ": OCR's eth for a Đ), before symbols are repaired."""
    return fold_lookalikes(_D_READ_TWICE.sub(lambda m: m.group()[0], word.translate(_N_WITH_TILDE)))


def repair_ocr_page(page: Page) -> list[str]:
    """Repair an OCR'd page's words in place; returns "read→repaired" for each change."""
    changes = restore_roman_strokes(page)
    for line in page.lines:
        changes += _drop_stray_marks(line)
        changes += _repair_each_word(line, repair_n_with_tilde)
        changes += _repair_each_word(line, repair_word_case)
        changes += _split_glued_words(line)
        changes += join_split_syllables(line)
    changes += [f"{r.read}→{r.repaired}" for r in repair_page_marks(page)]
    for line in page.lines:
        changes += _rejoin_split_numbers(line)  # before the symbol repair: "1382 l/CHQ-GSOL"
        changes += _one_read_twice(line)
        changes += _repair_each_word(line, repair_symbol_token)
        changes += _rejoin_split_codes(line)
        changes += _repair_article_word(line)
        changes += _repair_date_words(line)
        changes += _repair_number_words(line)
    changes += _lower_committee_words(page)
    changes += _split_glued_labels(page)
    changes += _repair_first_item_label(page)
    return changes


# A number in running text with a 1 read as I or l, a 0 after a figure read as O: "II1 doanh
# nghiệp", "2I1 dự án", "tăng 3O%". Not a leading O or a Q ("Q1": Quận 1; "O2"), nor a table's
# rule "|" beside a figure; a line's first word with a point's mark ("I1-") is the numbering's.
_NUMBER_WORD = re.compile(
    r"^(?P<lead>[(\[]?)(?P<number>(?=[\dOIl]*\d)(?=[\dOIl]*[OIl])[\dIl][\dOIl]+)(?P<trail>[.,;:)%]*)$"
)
# after "ngày" or "tháng", a day's or month's two figures: "ngày O1 tháng 01"
_DAY_OR_MONTH = re.compile(
    r"^(?P<lead>)(?P<number>(?=[\dOIl]?\d)(?=[\dOIl]?[OIl])[\dOIl]{2})(?P<trail>[.,;:]?)$"
)
_DATE_WORDS = ("ngày", "tháng")
_POINT_MARK = re.compile(r"[.\-–)]$")


def _repair_number_words(line: Line) -> list[str]:
    changes = []
    for index, word in enumerate(line.words):
        after_date_word = index > 0 and line.words[index - 1].text.lower() in _DATE_WORDS
        match = (_DAY_OR_MONTH if after_date_word else _NUMBER_WORD).match(word.text)
        if match is None or (index == 0 and _POINT_MARK.search(word.text)):
            continue
        repaired = match["lead"] + repair_number(match["number"])[0] + match["trail"]
        changes.append(f"{word.text}→{repaired}")
        word.text = repaired
    return changes


# "Tỉnh Ủy" in sentence case: OCR reads the small ủ, its hook above, as the capital. A Party
# committee's "ủy" after its level is lower case ("Ủy ban" is another word).
_COMMITTEE_LEVELS = frozenset({"Tỉnh", "Huyện", "Thành", "Thị", "Quận", "Đảng"})
_CAPITAL_UY = frozenset({"Ủy", "Uỷ"})


def _lower_committee_words(page: Page) -> list[str]:
    """On the page's lines in order, so that "Tỉnh" at a line's end and "Ủy," opening the next
    are read together."""
    changes: list[str] = []
    before: Word | None = None
    for line in page.lines:
        changes += _lower_committee_word(line, before)
        before = line.words[-1] if line.words else None
    return changes


def _lower_committee_word(line: Line, last_above: Word | None) -> list[str]:
    changes = []
    words = line.words
    for before, word, after in zip([last_above, *words[:-1]], words, [*words[1:], None], strict=True):
        core = word.text.rstrip(",;.:)")
        if before is last_above and before is not None and core == word.text and after is not None:
            continue  # across a line break only "Ủy," ending its phrase, not "Ủy viên", "Ủy nhiệm"
        following = after.text.lower() if after is not None else ""
        if (core in _CAPITAL_UY and before is not None and before.text in _COMMITTEE_LEVELS
                and not following.startswith("ban")):
            repaired = "ủy" + word.text[len(core) :]
            changes.append(f"{word.text}→{repaired}")
            word.text = repaired
    return changes


# "I.MỤC ĐÍCH, YÊU CẦU": a heading's label read without the space after its mark.
_GLUED_LABEL = re.compile(r"^(?P<label>(?:[IVX]{1,4}|\d{1,2})\.)(?P<rest>[A-ZĐÀ-Ỹ]{2,}[,:]?)$")


def _split_glued_labels(page: Page) -> list[str]:
    changes = []
    for line in page.lines:
        match = _GLUED_LABEL.match(line.words[0].text) if line.words else None
        if match is None or not match["rest"].isupper():
            continue
        word = line.words[0]
        middle = word.x0 + (word.x1 - word.x0) * len(match["label"]) / len(word.text)
        line.words[:1] = [replace(word, text=match["label"], x1=middle),
                          replace(word, text=match["rest"], x0=middle)]
        changes.append(f"{word.text}→{match['label']} {match['rest']}")
    return changes


# "Điêu 3", "Điểu 4": a word one mark from "Điều" before an article's number is "Điều".
_ARTICLE_LIKE = re.compile(r"^([ĐđDd])i[êểễếệ]u$")  # not ề: "Điều" needs no repair
_ARTICLE_NUMBER = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,6})\b")


def _repair_article_word(line: Line) -> list[str]:
    changes = []
    for word, following in zip(line.words, line.words[1:], strict=False):
        match = _ARTICLE_LIKE.match(word.text)
        if match and _ARTICLE_NUMBER.match(following.text):
            repaired = ("Đ" if match[1].isupper() else "đ") + "iều"
            changes.append(f"{word.text}→{repaired}")
            word.text = repaired
    return changes


_YEAR = re.compile(r"^(?:19|20)\d\d\b")
# "năm" with a mark OCR added or swapped (plain "nam" is a word: "bóng chuyền nam 2026")
_YEAR_WORD_MISREAD = {"nắm", "nằm", "nẳm", "nẵm", "nặm", "nấm", "nầm", "nẩm", "nẫm", "nậm", "nám", "nàm"}
# "tháng II năm 2025", "tháng TÌ": the month 11 read as a numeral, an italic 1's serif as a T
_MONTH_ONES = re.compile(r"^(?!\d+\b)(?:[IlÌÍ1]{1,2}|T[IlÌÍ1]|[IlÌÍ1]T)(?=[.,;]?$)")  # a lone T: 1 or 7


def _repair_date_words(line: Line) -> list[str]:
    """"hè nắm 2026": the word before a year is "năm" when OCR gave it other marks; "tháng II":
    the ones of a month read as letters."""
    changes = []
    for word, following in zip(line.words, line.words[1:], strict=False):
        if word.text in _YEAR_WORD_MISREAD and _YEAR.match(following.text):
            changes.append(f"{word.text}→năm")
            word.text = "năm"
        elif word.text.lower() == "tháng" and _MONTH_ONES.match(following.text):
            month = _MONTH_ONES.sub(lambda ones: "1" * len(ones[0]), following.text)
            changes.append(f"{following.text}→{month}")
            following.text = month
    return changes


# A mark read on its own ("QUỐC HỘI ˆ VÀ"): the hat of a capital on the row below, a speck.
_STRAY_MARK = re.compile("^[\u02b0-\u036f`´¨~^]+$")


def _drop_stray_marks(line: Line) -> list[str]:
    def stray(word: Word) -> bool:
        return bool(_STRAY_MARK.match(word.text)) and not (word.text == "~" and _dash_of_an_item(word, line))

    kept = [word for word in line.words if not stray(word)]
    if not kept or len(kept) == len(line.words):
        return []  # a row of one speck stays a row
    dropped = [f"{word.text}→" for word in line.words if stray(word)]
    line.words = kept
    return dropped


def _dash_of_an_item(tilde: Word, line: Line) -> bool:
    """"~ UBND xã,": a list's dash read as a tilde opens the row before an item's capital; the
    lists know it ("~ được công bố" goes on a sentence: a speck)."""
    ordered = sorted(line.words, key=lambda word: word.x0)
    return len(ordered) > 1 and tilde is ordered[0] and ordered[1].text[:1].isupper()


def _repair_each_word(line: Line, repair: Callable[[str], str]) -> list[str]:
    changes = []
    for word in line.words:
        repaired = repair(word.text)
        if repaired != word.text:
            changes.append(f"{word.text}→{repaired}")
            word.text = repaired
    return changes


# A cited number's 1 read twice, as a stroke and a figure ("2I1-KL/TW" for 21-KL/TW, "13I1-QĐ/TW"
# for 131): a stroke beside a 1 in a number before its symbol, read with little confidence.
_ONE_TWICE = re.compile(r"^(?P<head>\d+)(?:[Il|]1|1[Il|])(?P<tail>\d*[-/][A-ZĐ])")
DOUBTFUL_NUMBER = 0.6


def _one_read_twice(line: Line) -> list[str]:
    changes = []
    for word in line.words:
        found = _ONE_TWICE.match(word.text)
        if found and word.confidence < DOUBTFUL_NUMBER:
            repaired = f"{found['head']}1{word.text[found.start('tail'):]}"
            changes.append(f"{word.text}→{repaired}")
            word.text = repaired
    return changes


# A syllable's first consonants set apart from its vowel ("THƯỜNG V Ụ", "NH ÂN"): letters
# with no vowel never make a word, and the gap between them is narrower than a space.
_ONSET_ONLY = re.compile(r"^(?:[BCDĐGHKLMNPRSTVX]{1,3}|[bcdđghklmnprstvx]{1,3}|[BCDĐGHKLMNPRSTVX][hgr]?)$")
_OPENS_WITH_VOWEL = re.compile(r"^[AĂÂEÊIOÔƠUƯYaăâeêioôơuưyÀ-ỹ]", re.IGNORECASE)
SYLLABLE_GAP = 0.2  # of the line's height: a space between words is wider (0.35), this one 0.08


def join_split_syllables(line: Line) -> list[str]:
    """"V Ụ" → "VỤ": a syllable OCR read in two pieces, joined when together they are a known
    syllable, in one case, set closer than words are."""
    changes = []
    words: list[Word] = []
    for word in line.words:
        last = words[-1] if words else None
        if last is not None and _split_syllable(last, word, line):
            joined = replace(last, text=last.text + word.text, x1=word.x1, y0=min(last.y0, word.y0),
                             y1=max(last.y1, word.y1), confidence=min(last.confidence, word.confidence))
            changes.append(f"{last.text} {word.text}→{joined.text}")
            words[-1] = joined
            continue
        words.append(word)
    line.words = words
    return changes


def _split_syllable(head: Word, rest: Word, line: Line) -> bool:
    core = rest.text.rstrip(".,;:)")
    if not (_ONSET_ONLY.match(head.text) and core.isalpha() and _OPENS_WITH_VOWEL.match(core)):
        return False
    joined = head.text + core
    same_case = joined.isupper() or joined.islower() or (joined[:1].isupper() and joined[1:].islower())
    height = max(1.0, line.box[3] - line.box[1])
    gap = rest.x0 - head.x1
    return (same_case and gap <= SYLLABLE_GAP * height and gap < SPACE_SHARE * _word_space(line)
            and is_known_syllable(joined))


SPACE_SHARE = 0.5  # of the line's usual word space: "TH ẤP" (tiểu học Ấp Bắc) is set a space apart


def _word_space(line: Line) -> float:
    """The line's usual gap between words (its median), a space wide; infinite with one gap."""
    gaps = sorted(b.x0 - a.x1 for a, b in zip(line.words, line.words[1:], strict=False))
    return gaps[len(gaps) // 2] if len(gaps) >= 3 else float("inf")


def _split_glued_words(line: Line) -> list[str]:
    """"phổthông" → "phổ thông": the word's box is shared out by letters."""
    changes = []
    words: list[Word] = []
    for word in line.words:
        core = word.text.rstrip(".,;:)")
        halves = split_glued(core)
        if halves is None:
            words.append(word)
            continue
        left, right = halves
        middle = word.x0 + (word.x1 - word.x0) * len(left) / len(core)
        words.append(replace(word, text=left, x1=middle))
        words.append(replace(word, text=right + word.text[len(core) :], x0=middle))
        changes.append(f"{word.text}→{left} {right}")
    line.words = words
    return changes


_SPLIT_ONE = re.compile(r"^[lI|]/[A-ZĐ]")


_NUMBER_WITH_SYMBOL = re.compile(r"^\d{1,4}/[A-ZĐ0-9]")
_ONE_STROKES = ("I", "l", "|")  # a 1 set apart, read as a stroke: "số I 190/SYT-NVY"
# Of the line's height: OCR's gap inside such a number is no wider than a word space (measured
# 0.33 on a 300-DPI scan, as wide as the spaces beside it); a column's gap is far wider.
SPLIT_GAP = 0.4


def _split_after_so(words: list[Word], index: int) -> bool:
    """"số 1 120/QĐ-UBND": a cited number's first figure set apart by OCR ("số 1" then a
    number-symbol is no Vietnamese)."""
    before, word = words[index - 1], words[index]
    height = max(word.y1 - word.y0, 1.0)
    return (index >= 2 and loose_key(words[index - 2].text) == "so"
            and (before.text.isdigit() or before.text in _ONE_STROKES)
            and len(before.text) <= 2 and bool(_NUMBER_WITH_SYMBOL.match(word.text))
            and word.x0 - before.x1 < SPLIT_GAP * height)


def _rejoin_split_numbers(line: Line) -> list[str]:
    """"1382 l/CHQ-GSQL": the number's last digit, a 1 read as l, cut off with the symbol;
    "số 1 120/QĐ-UBND": its first figure set apart."""
    changes = []
    words = line.words
    index = 1
    while index < len(words):
        before, word = words[index - 1], words[index]
        if _split_after_so(words, index):
            joined = ("1" if before.text in _ONE_STROKES else before.text) + word.text
            changes.append(f"{before.text} {word.text}→{joined}")
            words[index - 1] = replace(before, text=joined, x1=word.x1)
            del words[index]
            continue
        if before.text.isdigit() and _SPLIT_ONE.match(word.text):
            joined = before.text + "1" + word.text[1:]
            changes.append(f"{before.text} {word.text}→{joined}")
            words[index - 1] = replace(before, text=joined, x1=word.x1)
            del words[index]
            continue
        index += 1
    return changes


_LAST_CODE = re.compile(r"(?<=[-/])(?P<code>[A-ZĐ]{1,6})$")


def _split_code(head: str, tail: str) -> bool:
    short_capitals = 1 <= len(tail) <= 2 and tail.isupper()
    return short_capitals and not vocab.issuer_code(head) and vocab.issuer_code(head + tail) is not None


def _rejoin_split_codes(line: Line) -> list[str]:
    """"464/QĐ-BC T": a space OCR put inside the issuer's code, when the halves joined are a
    known code and the first half is not."""
    changes = []
    words = line.words
    index = 0
    while index < len(words) - 1:
        word, following = words[index], words[index + 1]
        match = _LAST_CODE.search(word.text) if "/" in word.text else None
        tail = following.text.rstrip(".,;:")
        if match and _split_code(match["code"], tail):
            changes.append(f"{word.text} {following.text}→{word.text}{following.text}")
            word.text += following.text
            word.x1 = following.x1
            del words[index + 1]
        index += 1
    return changes


_ITEM_LABEL = re.compile(r"^(?:\d{1,2}|[IVXl]{1,4})[.,\-]$")


def _repair_first_item_label(page: Page) -> list[str]:
    """"I. Mục đích: …" then "2. Yêu cầu: …": the first item of a numbered run read with I for
    its 1 (in sentence case: a Roman heading is printed in capitals)."""
    changes = []
    labelled = [line for line in page.lines if len(line.words) > 1 and _ITEM_LABEL.match(line.words[0].text)]
    for line, following in zip(labelled, labelled[1:], strict=False):
        first, second = line.words[0], line.words[1]
        sentence_case = second.text[:1].isupper() and second.text[1:2].islower()
        if first.text in ("I.", "l.", "I,") and sentence_case and following.words[0].text[:2] == "2.":
            changes.append(f"{first.text}→1.")
            first.text = "1."
    return changes


# "H. NỘI DUNG, NHIỆM VỤ", "IH. TỒN TẠI": tesseract reads the serifed "II" or "III" of a
# heading's Roman numeral as "H", "IH", "HI"; the heading then runs on into the paragraph above.
_ROMAN_MISREADINGS = {"H", "Il", "lI", "ll", "IH", "HI", "Hl", "lH", "IIl", "IlI", "lII"}
_HEADING_LABEL = re.compile(r"^(?P<numeral>[IHl]{1,3})(?P<mark>[.,\-])$")


def _heading_in_capitals(words: list[Word]) -> bool:
    """The words after a label are a heading in capitals ("NỘI DUNG, NHIỆM VỤ")."""
    letters = [w.text for w in words if any(ch.isalpha() for ch in w.text)]
    return bool(letters) and all(w.isupper() for w in letters) and any(len(w) >= 2 for w in letters)


_ROMAN_HEADINGS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_HEADING_NUMERAL = re.compile(r"^(?P<numeral>[IVX]{1,4}|1)(?P<mark>[.,\-])$")


def repair_heading_numerals(pages: list[Page]) -> list[str]:
    """The Roman numerals of a letter's headings in capitals, in order across its OCR'd pages.
    A misread numeral is the number due ("H." or "IH." is II. after I., III. after II.; "H."
    is left where letter headings reach "G."); one read with an I too few repeats the one
    before ("II." twice for II., III.); the first, read "1.", is I. before II."""
    letter_headings = any(line.words[0].text == "G." for page in pages for line in page.lines if line.words)
    lines = [line for page in pages for line in page.lines
             if len(line.words) > 1 and _heading_in_capitals(line.words[1:])]
    changes = _misread_numerals(lines, letter_headings)
    headings = [line.words[0] for line in lines if _HEADING_NUMERAL.match(line.words[0].text)]
    numerals = [_HEADING_NUMERAL.match(word.text)["numeral"] for word in headings]  # type: ignore[index]
    for index, word in enumerate(headings):
        read = numerals[index]
        before = numerals[index - 1] if index else None
        after = numerals[index + 1] if index + 1 < len(numerals) else None
        meant = None
        if read == "1" and before is None and after == "II":
            meant = "I"
        elif read == before and read in _ROMAN_HEADINGS[:-1]:
            following = _ROMAN_HEADINGS[_ROMAN_HEADINGS.index(read) + 1]
            # not where the next heading is that one: "I., I., II." numbers again (an annex)
            meant = following if following == read + "I" and after != following else None
        if meant is not None:
            repaired = meant + word.text[len(read) :]
            changes.append(f"{word.text}→{repaired}")
            word.text, numerals[index] = repaired, meant
    return changes


_DUE_AFTER = {"I": "II", "1": "II", "II": "III"}  # the numeral a misread one is, after these


def _misread_numerals(headings: list[Line], letter_headings: bool) -> list[str]:
    """Misread numerals of headings read as the number due ("IH." is II. after I., III. after
    II.: the same misreading stands for both; see repair_heading_numerals)."""
    previous = None
    changes = []
    for line in headings:
        first = line.words[0]
        match = _HEADING_LABEL.match(first.text)
        misread = match is not None and match["numeral"] in _ROMAN_MISREADINGS
        meant = _DUE_AFTER.get(previous or "") if misread else None
        if match and meant and not (match["numeral"] == "H" and letter_headings):
            repaired = meant + ("." if match["mark"] == "," else match["mark"])
            changes.append(f"{first.text}→{repaired}")
            first.text = repaired
        numeral = _HEADING_NUMERAL.match(first.text)
        previous = numeral["numeral"] if numeral else previous
    return changes
