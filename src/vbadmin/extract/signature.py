"""Signature block: authority (with prefix stack), position, signer's name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from vbadmin import vocab
from vbadmin.extract.header import is_upper_line
from vbadmin.layout import SIGNED, Segment
from vbadmin.lexicon import is_known_syllable, is_word
from vbadmin.model import Signatory
from vbadmin.normalize import edit_distance, is_vietnamese_word, loose_key, loose_words, match_key

# Lines that sit in the signature block but are not part of it.
_NOISE = re.compile(
    r"^\(?\s*(đã\s*ký|ký|ký tên|ký,|chữ ký|đóng dấu|ghi rõ)|^(ký bởi|cơ quan|thời gian ký|email|"
    r"e-mail|người ký)\b|@|^\W*$",
    re.IGNORECASE,
)
# "H'Lin", "Y'Bih", "Ksor": minorities' given names may join a capital with an apostrophe, or
# set it apart ("K' Điệp", a K'Ho name).
_NAME_WORD = re.compile(r"^[A-ZÀ-ỸĐ](?:['’]$|(?:['’][A-ZÀ-ỸĐ])?[a-zà-ỹđ]*\.?$)")
# A prefix inside a line in capitals (OCR reads the stop of "KT." as a comma too: "TM, DV" in a
# firm's name is no prefix)
_PREFIX_INSIDE = re.compile(r"(?:(?<=\s)|^)(?:(?:TM|KT|TL|TUQ|T/M|K/T|T/L|Q)[.\s]|KT,\s)\s*(?=[A-ZĐÀ-Ỹ])")
_FLAT_STACK = re.compile(r"\s+[-–]\s+(?=[A-ZÀ-ỸĐ ]{3,}$)")


# Capitalised words that head a part of the text, never a name: "Chương I", "Điều 3".
_NOT_NAME_HEADS = {"Chương", "Điều", "Mục", "Phần", "Phụ", "Khoản", "Điểm", "Tiểu", "Nơi", "Kính"}
_ROMAN = re.compile(r"^[IVXLC]+\.?$")


def is_person_name(text: str) -> bool:
    """Nguyễn Mạnh Hùng: 2–6 capitalised words, letters only (not "Chương I")."""
    words = text.split()
    return (
        2 <= len(words) <= 6
        and all(_NAME_WORD.match(w) and w[0].isupper() for w in words)  # À-Ỹ spans "ô" too
        and not words[-1].endswith(("'", "’"))  # "K'" is set apart from the word it belongs to
        and not text.isupper()
        and words[0] not in _NOT_NAME_HEADS
        and not any(_ROMAN.match(w) for w in words)
    )


@dataclass
class SignatureBlock:
    signatory: Signatory | None = None
    segments: list[Segment] = field(default_factory=list)


def split_name_tail(text: str) -> tuple[str, str]:
    """Split "… THỨ TRƯỞNG Nguyễn Thị Xuyên" into the capitals and the trailing name."""
    words = text.split()
    for size in range(min(6, len(words) - 1), 1, -1):
        tail = " ".join(words[-size:])
        if is_person_name(tail) and is_upper_line(" ".join(words[:-size])):
            head = words[:-size]
            # A rank or degrees before the name ("THỨ TRƯỞNG PGS. TS. Lê Văn An") go with it.
            kept = _honorific_words_before(head, words[-size])
            return " ".join(head[: len(head) - kept]), " ".join([*head[len(head) - kept :], tail])
    return text, ""


def _split_at_prefixes(text: str) -> list[str]:
    """ "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" → one line per prefix."""
    cuts = [m.start() for m in _PREFIX_INSIDE.finditer(text) if m.start() > 0]
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]


def _split_title(line: str) -> list[str]:
    """ "KT. BỘ TRƯỞNG THỨ TRƯỞNG" → ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"]: a known title after the
    prefix followed by another known title."""
    found = vocab.signatory_prefix(line)
    if found and found[0] in BODY_PREFIXES:
        return _split_body_title(line, found[1])
    if not found:
        return [line]
    rest = found[1]
    titles = vocab.position_titles()
    for title in titles:
        tail = rest[len(title) :].strip()
        if rest.startswith(title + " ") and any(tail.startswith(t) for t in titles):
            return [line[: len(line) - len(rest)] + title, tail]
    return [line]


def _split_body_title(line: str, body: str) -> list[str]:
    """ "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC" → the body signed for and the signer's own
    title at the end, when two words of a body's name are left before it ("TM. BAN GIÁM ĐỐC"
    is one body)."""
    words = body.split()
    for size in range(min(5, len(words) - 2), 1, -1):
        title = " ".join(words[-size:])
        # not when the word before opens a head the title's words go on ("BỘ TƯ LỆNH": a body)
        if title in vocab.position_titles() and vocab.head_length(" ".join(words[-size - 1 :])) < 2:
            return [" ".join(line.split()[: len(line.split()) - size]), title]
    return [line]


# "(Đã ký)" inside a signature block read across as one line: the signer's mark, no title
_SIGNED_INSIDE = re.compile(rf"\s*{SIGNED}\s*", re.IGNORECASE)


def explode(lines: list[Segment]) -> list[tuple[str, Segment]]:
    """Undo flattened signature blocks: one (text, segment) per printed line."""
    out: list[tuple[str, Segment]] = []
    pending_prefix = ""
    for segment in lines:
        text = f"{pending_prefix} {segment.text}".strip() if pending_prefix else segment.text.strip()
        text = _SIGNED_INSIDE.sub(" ", text).strip() if _SIGNED_INSIDE.search(text[:-1]) else text
        found = vocab.signatory_prefix(text)
        if found and not found[1]:  # a bare "TL." line: its title is on the next line
            pending_prefix = text
            continue
        pending_prefix = ""
        if segment.origin == "ocr":
            text = _SPECIALIST_DEGREE.sub(_specialist_degree, text)
        upper, name = split_name_tail(text)
        for part in _split_at_prefixes(upper) if is_upper_line(upper) else [upper]:
            out += [(piece, segment) for piece in _split_title(part)]
        if name:
            out.append((name, segment))
    return out


def _title_in_capitals(text: str) -> str:
    """"Bí THƯ": OCR wrote a marked capital in lower case. A line with a word in capitals that
    is a known title once in capitals is that title."""
    upper = text.upper()
    has_capitals = any(word.isupper() and len(word) >= 2 for word in text.split())
    return upper if upper != text and has_capitals and vocab.title_in(upper) == upper else text


# Specks of the seal's or the signature's ink OCR glued to a line of the block: before its first
# letter ("``.Đại tá Hoàng Văn Sinh", "„.TRƯỞNG") or as a stop between two words of a title in
# capitals ("TRƯỞNG.CÔNG AN XÃ"; a prefix's stop, "KT.CHỦ TỊCH", follows two or three letters).
_LEADING_SPECKS = re.compile(r"^[`'‘’“”„\".,·:;~_]+(?=[A-ZĐÀ-Ỹa-zđà-ỹ])")
_PREFIX_OPENS = re.compile(r"(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\W")
_STOP_BETWEEN_WORDS = re.compile(r"(?<=[A-ZĐÀ-Ỹ]{4})\.(?=[A-ZĐÀ-Ỹ]{2})")


_TONE_MARKS = frozenset("\u0300\u0301\u0309\u0303\u0323")  # huyền, sắc, hỏi, ngã, nặng


def _of_syllables(name: str) -> bool:
    """Every word a syllable's shape: a vowel and one tone mark at most. A name read through ink
    that OCR had to mend is taken only so ("Phạnấ", "Wđ" are ink in letters)."""
    _, person = split_honorific(name)  # "ThS.", "Đại tá": no syllables to test
    return all(_syllable_shaped(bare_word(word)) for word in person.split())


def _syllable_shaped(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    tones = sum(ch in _TONE_MARKS for ch in decomposed)
    return tones <= 1 and any(ch in "aeiouy" for ch in letters)


def _without_glued_specks(text: str) -> str:
    """The line without the specks glued to it; one that opens with a prefix after its specks
    (".TM: ỦY. BAN …") is left as read, a damaged block the list's zone is read again for."""
    despecked = _LEADING_SPECKS.sub("", text)
    return text if _PREFIX_OPENS.match(despecked) else _STOP_BETWEEN_WORDS.sub(" ", despecked)


def read_signature(lines: list[Segment], seal_names: tuple[str, ...] = ()) -> SignatureBlock:
    """Read authority lines, position lines and the name, top to bottom. `seal_names`: the
    issuer's names, which a seal's ring under the title may be read as."""
    authority: list[str] = []
    prefixes: list[str] = []
    position: list[str] = []
    used: list[Segment] = []
    seal = False  # the seal's lettering was read under the title: its lines are no title
    # A name with letters Vietnamese does not have ("Cù ÁŠ": pen over the seal read as print)
    # gives way to a sound name on the line right under it; else it is the name.
    suspect: tuple[str, Segment] | None = None
    exploded = explode(lines)
    for index, (text, segment) in enumerate(exploded):
        if _NOISE.search(text):
            continue
        as_read = text
        if segment.origin == "ocr":
            text = _title_in_capitals(_without_glued_specks(text))
        name = _name_of(text, segment.origin == "ocr")
        if name and not text.startswith(as_read.lstrip()[:1]) and not _of_syllables(name):
            name = None  # "`Wđ Thành Nhân": a speck before words of no syllable: ink, no name
        if name is None and position and (capitals := name_in_capitals(text, seal_names)):
            # a name in mixed case below wins: the capitals are a title's line or a seal's
            name = None if _name_below(exploded[index + 1 : index + 4]) else capitals
        if suspect is not None and not (name and of_vietnamese_name(name)):
            break
        if name and (authority or position):
            if segment.origin == "ocr" and not of_vietnamese_name(name):
                suspect = (name, segment)
                continue
            used.append(segment)
            return SignatureBlock(_signatory(authority, prefixes, position, name), used)
        if authority and not position and segment.origin == "ocr":
            text = _title_after_ink(text)
        # "7/wi BAN THƯỜNG VỤ": a damaged prefix's letters may be lower case; the rest is not
        damaged = not position and segment.origin == "ocr" and _damaged_prefix(text)
        if not is_upper_line(text.split(maxsplit=1)[-1] if damaged else text):
            if position and segment.origin == "ocr" and _name_line_unread(text) and not any(
                _name_of(after, True) for after, _ in exploded[index + 1 : index + 3]
            ):
                break  # what is printed under the name ("PHÓ GIÁM ĐỐC": the signer's rank) is not ours
            continue
        if position and (seal or _seal_lettering(text, position, seal_names)):
            seal = True
            continue
        if position and not vocab.signatory_prefix(text):
            position.append(repair_title(text))
        elif damaged:
            kind, line = _repair_damaged_prefix(text)  # "Ti. ỦV BAN NHÂN DÂN"
            prefixes.append(kind)
            authority.append(line)
        else:
            _add_title_line(text, authority, prefixes, position, segment.origin == "ocr")
        used.append(segment)
    if suspect is not None:
        return SignatureBlock(_signatory(authority, prefixes, position, suspect[0]), [*used, suspect[1]])
    if authority or position:
        return SignatureBlock(_signatory(authority, prefixes, position, None), used)
    return SignatureBlock(None, [])


def _name_below(rows: list[tuple[str, Segment]]) -> bool:
    return any(_name_of(text, segment.origin == "ocr") for text, segment in rows)


def name_in_capitals(text: str, seal_names: tuple[str, ...] = ()) -> str | None:
    """"VŨ ĐÌNH THUẬN": a name printed in capitals under the title (older letters): three to
    five words of letters, the first a family name with its marks; not a title, a body's or a
    province's name, nor words of the issuer's name (the seal's ring)."""
    words = text.split()
    if not (3 <= len(words) <= 5 and text.isupper() and all(w.isalpha() for w in words)):
        return None
    if match_key(words[0]) not in family_keys() or vocab.title_in(text) or vocab.starts_body_name(text):
        return None
    # a province's name ("HỒ CHÍ MINH" of the Youth Union's seal too) or the issuer's words: the seal's ring
    seal = _run_of(loose_words(text), [loose_words(name) for name in seal_names])
    return None if vocab.province_name(text) or seal else text


def _title_after_ink(text: str) -> str:
    """"PïïS) CHU TỊCH": a title line whose first word signature ink made letters of no
    syllable, in lower case; the title in capitals after it (put right as a title, the head
    word lost: the deputy's title under KT. is restored later)."""
    words = text.split()
    capitals = len(words)
    while capitals > 0 and words[capitals - 1].isupper() and words[capitals - 1].isalpha():
        capitals -= 1
    ink, title = words[:capitals], " ".join(words[capitals:])
    if not ink or is_upper_line(text) or len(words) - capitals < 2:
        return text
    if any(is_known_syllable(bare_word(word)) for word in ink):
        return text
    repaired = repair_title(title)
    return repaired if vocab.title_in(repaired) == repaired else text


def _seal_lettering(text: str, position: list[str], seal_names: tuple[str, ...]) -> bool:
    """"HUYỆN ỦY" / "ĐỨC LINH" under "BÍ THƯ": words of the issuer's name under a whole title,
    that no title goes on with, are the seal's ring read as print (the body signs in the
    authority line above)."""
    words = [word for word in loose_words(text) if word]  # the ring's star is no word
    if len(words) < 2 or len(position) != 1 or vocab.title_in(position[0]) != position[0]:
        return False
    longer = f"{position[0]} {text}"
    if vocab.title_in(longer) == longer:
        return False  # "PHÓ CHỦ TỊCH" / "THƯỜNG TRỰC" of "BAN THƯỜNG TRỰC": the title goes on
    names = [loose_words(name) for name in seal_names]
    # the ring names the body, and its province from the parent's name: "SỞ Y TẾ TỈNH HƯNG YÊN"
    return any(_run_of(words, names) or _run_of(words[:cut], names) and _run_of(words[cut:], names)
               for cut in range(1, len(words)))


def _run_of(words: list[str], names: list[list[str]]) -> bool:
    """Whether the words are a run of one of the names' words, in order."""
    return any(named[i : i + len(words)] == words
               for named in names for i in range(len(named) - len(words) + 1))


# OCR's readings of a prefix under signature ink: "Ti.", "TA!", "17M", "K.T,", "XT."; its first
# letter lost before the slash kept ("_-#/M") or read as another capital before "M." ("EM.")
_DAMAGED_PREFIX = re.compile(r"^(?:[TKQXx1I7Z][\w/.]{0,3}[.!:,]?|[\W_]{0,3}[\w#]{0,2}/M\.?|[A-ZĐ]M\.)$")
# "T/M" whose slash OCR read as a letter ("TÁM BAN THƯỜNG VỤ", "TÀI BẢN THƯỜNG"): a word
# only before a body's name that it does not begin.
_SLASH_AS_LETTER = re.compile(r"^T\w{1,2}$")
# "TU." before a title: TUQ. whose Q was lost ("TL." has no U to lose).
_UQ_LOST = re.compile(r"^T[UƯ]\W*$")
_NAME_DIGITS = str.maketrans({"7": "T", "0": "O", "1": "I", "5": "S"})


def _damaged_prefix(text: str) -> bool:
    first, *rest = text.split(maxsplit=1)
    if not rest or vocab.signatory_prefix(text) is not None:
        return False
    if _SLASH_AS_LETTER.match(first):  # not "THỨ TRƯỜNG": a title, misread
        body = vocab.repair_phrases(rest[0], fuzzy=True)[0]
        title = vocab.title_in(repair_title(text))
        return (len(body.split()) > 1 and vocab.starts_body_name(body) and not vocab.starts_body_name(text)
                and title is None)
    return bool(_DAMAGED_PREFIX.match(first)) and not first.isalpha()


def _repair_damaged_prefix(text: str) -> tuple[str, str]:
    """Rebuild a prefix that signature ink damaged from what follows it: a body's name follows
    TM. ("Ti. ỦV BAN NHÂN DÂN" → "TM. ỦY BAN NHÂN DÂN"), a title follows KT./TL./TUQ. Party forms
    (T/M) when OCR kept the slash or read it as 7 ("17M")."""
    token, rest = text.split(maxsplit=1)
    rest, _ = vocab.repair_phrases(rest, fuzzy=True)
    titled = vocab.title_in(rest) is not None and not vocab.starts_body_name(rest)
    kind = "KT" if token[:1] in "KXx" else "Q" if token[:1] == "Q" else "TM"
    if titled and kind == "TM":
        kind = "TUQ" if _UQ_LOST.match(token) else "TL"
    if kind != "TM":
        rest = repair_title(rest, after_prefix=True)  # "KT. CC TRƯƠNG"
    # the slash kept, read as 7 ("17M", not "x7." for KT.) or as a letter ("TÁM"): a Party form
    slash_as_seven = re.search(r"7[MLTmlt]", token) is not None
    party = "/" in token or slash_as_seven or (len(token) == 3 and token.isalpha())
    party = party and kind != "TUQ"  # a State form only
    printed = {"TM": "T/M", "KT": "K/T", "TL": "T/L", "Q": "Q."}[kind] if party else f"{kind}."
    return kind, f"{printed} {rest}"


def repair_person_name(name: str) -> str:
    """A signer's name as OCR misread it under the seal, its family name and middle name put
    right when one common name is plainly meant: "Đỉnh Công Dũng" → "Đinh Công Dũng" (same
    letters, other marks), "Mai Tnị Hồng" → "Mai Thị Hồng", "Trịnt. Chí" → "Trịnh Chí" (no such
    syllable, a letter or two off). Names that are not plainly one are kept."""
    words = name.split()
    if len(words) < 2:
        return name
    words[0] = _plainly_one(words[0], vocab.family_names(), same_letters=True) or words[0]
    # The middle word is a middle name only after a family name: "Y Thuân Niê" (Ê Đê: the
    # family name last) keeps its rare given name.
    if len(words) >= 3 and match_key(words[0]) in family_keys():
        if _THI_MISREAD.fullmatch(loose_key(words[1])) and words[1] != "Thị":
            words[1] = "Thị"  # the commonest middle name, its h and dot lost to the seal: "Tj", "Tnj"
        else:
            words[1] = _plainly_one(words[1], vocab.middle_names(), same_letters=False) or words[1]
    return " ".join(words)


# "Thị" as OCR reads it under a seal's ink: "Thi", "Tị", "Tj", "Tnj", "Tìnj", "Thj".
_THI_MISREAD = re.compile(r"t(?:h|n|in|ih)?[ij]")


def _plainly_one(word: str, names: tuple[str, ...], same_letters: bool) -> str | None:
    """The one name of `names` that `word` misreads; None when `word` is a name of the list or
    no single one fits. Another spelling of the same letters counts for family names (the
    list holds the common ones); letters off only when `word` is no Vietnamese syllable."""
    core = word.strip(".,;:")
    key = match_key(core)
    if key in {match_key(n) for n in names}:
        return None
    near = [n for n in names if loose_key(n) == loose_key(core)] if same_letters else []
    if near or is_known_syllable(core) or len(key) < 2:  # "Chí" is a middle name too, though not listed
        return near[0] if len(near) == 1 else None
    ranked = sorted((edit_distance(match_key(n), key), n) for n in names)
    best, name = ranked[0]
    clear = len(ranked) == 1 or ranked[1][0] > best
    return name if clear and best <= (2 if len(key) >= 5 else 1) else None


def _name_of(text: str, ocr: bool) -> str | None:
    """The signer's name, with the rank or degrees printed before it ("Thượng tướng Nguyễn Văn
    Long"), also when OCR put a digit for a letter ("Định 7hị Thu Sơn") or read a speck of
    signature ink beside it ("hy Trương Thanh Hoài"); a degree OCR misread before it was put
    right by `explode`."""
    honorific, person = split_honorific(text)
    if honorific:
        name = _person_name_of(person, ocr)
        return f"{honorific}{name}" if name else None
    return _person_name_of(text, ocr)


# A specialist doctor's degree before a name as OCR reads its level's strokes: "BSCKNH.",
# "BSCKTT." (II), "BSCKl." (I).
_SPECIALIST_DEGREE = re.compile(r"(?<!\S)BSCK(?P<level>[A-Z1Il|]{1,2})\.?(?=\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ])")


def _specialist_degree(found: re.Match[str]) -> str:
    if found["level"] in ("I", "II", "1"):
        return found[0]  # as printed
    return "BSCK" + "I" * len(found["level"]) + found[0][4 + len(found["level"]) :]


def _person_name_of(text: str, ocr: bool) -> str | None:
    if is_person_name(text):
        return text
    if not ocr:
        return None
    repaired = text.translate(_NAME_DIGITS)
    if repaired != text and _plausible_name(repaired):  # "1y Và", pen strokes, is no "Iy Và"
        return repaired
    repaired = _APOSTROPHE_LOST.sub(_apostrophe, text)
    if repaired != text and is_person_name(repaired):
        return repaired
    repaired = _STROKE_BETWEEN_WORDS.sub(" ", text)
    if repaired != text and is_person_name(repaired) and _of_syllables(repaired):
        return repaired
    restored = _family_initial_restored(text.translate(_NAME_DIGITS))
    if restored is not None and _plausible_name(repair_person_name(restored)):
        return restored
    return name_in_line(text, specks_only=True)


# "Hoàng-Thị Thanh Huyền": a signature's stroke through the gap between two words of the name,
# read as a hyphen (no Vietnamese name is hyphenated).
_STROKE_BETWEEN_WORDS = re.compile(r"(?<=[a-zà-ỹđ])[-–—~](?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")


def _family_initial_restored(text: str) -> str | None:
    """"¡han Trung Bá": the seal hid the family name's capital; the one common family name that
    the rest of the word ends ("Phan") puts it back. "tioàng Văn Thuần": a bold H read as two
    upright strokes ("ti", "li", "1i") is that capital too."""
    first, _, rest = text.partition(" ")
    tail = re.sub(r"^\W+", "", first)
    if not rest or not tail or not tail[0].islower():
        return None
    key, strokes = match_key(tail), _CAPITAL_AS_STROKES.match(tail)
    found = [
        name for name in vocab.family_names() if len(name) > 1 and (
            match_key(name[1:]) == key or (strokes and name[0] in "HNU" and match_key(name[1:]) == key[2:]))
    ]
    return f"{found[0]} {rest}" if len(found) == 1 else None


# A capital of two uprights (H, N, U) read as two letters of one stroke each, before at least
# two more letters: "tioàng".
_CAPITAL_AS_STROKES = re.compile(r"^[tlfij1I|][ilj1I|](?=\w{2})")


# "HYên Niê": the apostrophe of an Ê Đê, Jrai or K'Ho name ("H'Yên", "Y'Bih", "K'Điệp") lost.
_APOSTROPHE_LOST = re.compile(r"(?<!\S)([HYK])([A-ZĐÀ-Ỹ])(?=[a-zđà-ỹ])")


def _apostrophe(lost: re.Match[str]) -> str:
    """"HYên" → "H'Yên"; "HOàng", a capital OCR wrote twice, is no such name (it stays)."""
    word = re.match(r"\w+", lost.string[lost.start():])
    whole = lost[1] + lost[2].lower() + (word[0][2:] if word else "")
    return lost[0] if is_known_syllable(whole) else f"{lost[1]}'{lost[2]}"


def _name_line_unread(text: str) -> bool:
    """An OCR'd line that is a name with a word damaged by the seal or the signature
    ("teàng Văn Thuân"): two words or more of a name's shape in Vietnamese letters, one of them a
    common syllable (a given name may be rare: "Thuân"), and no title."""
    words = [bare_word(word) for word in text.split()]
    named = [w for w in words if _NAME_WORD.match(w) and len(w) >= 2 and of_vietnamese_letters(w)]
    return (2 <= len(words) <= 5 and len(named) >= 2 and any(is_known_syllable(w) for w in named)
            and vocab.title_in(text.upper()) is None)


def _plausible_name(text: str) -> bool:
    """A person's name of words of two letters or more, all but the given name (which may be
    a rare syllable: "Thuân") syllables of the word list ("Phùng Ì Ngọc" has a speck of
    signature ink for its middle word) or, first, a family name (no word has "Nguyễn")."""
    words = text.split()
    return (
        is_person_name(text)
        and all(len(loose_key(w)) >= 2 for w in words)
        and (is_known_syllable(words[0]) or match_key(words[0]) in family_keys())
        and all(is_known_syllable(w) for w in words[1:-1])
    )


EDGE_JUNK = re.compile(r"^\W+|\W+$")


@cache
def family_keys() -> frozenset[str]:
    return frozenset(match_key(name) for name in vocab.family_names())


def name_in_line(text: str, specks_only: bool = False) -> str | None:
    """A person's name in one OCR'd line, with other words around it: "hy Trương Thanh Hoài",
    "Phạm Huy Nam Sơn ‘". The family name (after repair) must be a known one, so seal text
    ("Hóa Chất") and scribbles are not taken for a name. `specks_only`: the other words may
    only be specks (two letters at most, or no letters)."""
    kept = [(w, raw) for raw in text.split() if (w := EDGE_JUNK.sub("", raw))]
    words = [w for w, _ in kept]
    families = family_keys()
    for size in range(min(5, len(words)), 1, -1):
        for start in range(len(words) - size + 1):
            rank = _honorific_words_before(words[:start], words[start])
            others = words[: start - rank] + words[start + size :]
            if specks_only and any(len(loose_key(w)) > 2 for w in others):
                continue
            if start + size < len(words) and _name_word(words[start + size]):
                continue  # "Phạm Hux" of "Phạm Hux Nam Sơn": a name is read whole or not at all
            if words[start][:1].islower():
                continue  # "ơng Thanh Hoài": the end of a word whose head a seal's ring hid
            candidate = repair_person_name(" ".join(words[start : start + size]))
            if _plausible_name(candidate) and match_key(candidate.split()[0]) in families:
                return " ".join([*(raw for _, raw in kept[start - rank : start]), candidate])
    return None


def split_honorific(name: str) -> tuple[str, str]:
    """("Thượng tướng ", "Nguyễn Văn Long"): a rank or degrees printed before a name, and the
    person's name."""
    length = vocab.honorific_length(name)
    return name[:length], name[length:]


def _honorific_words_before(before: list[str], first: str) -> int:
    """How many of the words before a name are a rank or degrees printed with it (0–3)."""
    for count in range(min(3, len(before)), 0, -1):
        honorific = " ".join(before[-count:])
        if vocab.honorific_length(f"{honorific} {first}") == len(honorific) + 1:
            return count
    return 0


def _name_word(word: str) -> bool:
    """A word that could go on a name: capitalised, of two letters or more (not a speck of
    signature ink read as "J" or "Ô"); misread or not ("Phạm Văn" of "Phạm Văn Hux Sơn")."""
    return word.istitle() and len(loose_key(word)) >= 2


_CLEAN_TITLE = re.compile(r"^[A-ZĐÀ-Ỹ ,.-]+$")


def repair_title(text: str, after_prefix: bool = False) -> str:
    """A signer title as OCR misread it, put right when a known title is plainly meant:
    "GIÁM ĐÓC" (a wrong tone mark), "Ờ P - P HO GIAM ĐỌC ( VÀ" or "CHỦ TỊCH P SE" (signature
    ink read as letters around it). A longer position ("GIÁM ĐỐC SỞ NỘI VỤ") is left alone.
    After a prefix ("Q. UUIÁM ĐÔC") only a title can follow: it may be two letters off."""
    despeckled = _despeckled_title(text)
    if despeckled:
        return despeckled
    if (reordered := _words_reordered(text)) is not None:
        return reordered
    title = vocab.title_in(text)
    if title is not None and (put_right := _title_word_misread(text, title)) is not None:
        text = put_right  # "PHÓ TRƯỜNG BAN THƯỜNG TRỰC"
    if title is None:
        misread = _misread_title(text, PREFIXED_TITLE if after_prefix else LONG_TITLE)
        return misread or _misread_title_of_body(text) or text
    if text == title:
        return text
    if loose_key(text) == loose_key(title):
        return title
    if (of_body := _title_of_body(text, title)) is not None:
        return of_body
    if (qualified := _title_marks_lost_before_words(text, title)) is not None:
        return qualified
    noisy = not _CLEAN_TITLE.match(text) or any(c.islower() for c in text)
    if title in text:
        leftover = text.replace(title, " ", 1).split()
    else:
        title_words = {loose_key(word) for word in title.split()}
        leftover = [word for word in text.split() if loose_key(word) not in title_words]
    # "P SE": ink, not words; "SỞ Y TẾ" of "GIÁM ĐỐC SỞ Y TẾ" is a body's name of short words
    short = all(len(loose_key(word)) <= 2 for word in leftover)
    specks = short and not vocab.starts_body_name(" ".join(leftover)) and not _names_its_body(title, leftover)
    # "THÓ CHỈ HUY TRƯỞNG", "CC TRƯƠNG": a longer known title a letter away holds the one found
    # (not for words all Vietnamese syllables: "TỔ TRƯỞNG", "HỘI TRƯỞNG" are titles as printed)
    longer = _misread_title(text)
    unread_word = not all(is_known_syllable(word) for word in leftover)
    if longer and title in longer and longer != title and (unread_word or not (noisy or specks)):
        return longer
    return title if noisy or specks else text


def _names_its_body(title: str, leftover: list[str]) -> bool:
    """ "Y TẾ" after "TRƯỞNG TY" / "TRƯỞNG PHÒNG": a title ending on a body's word goes on with
    the body's name (a word, however short its syllables), no ink ("TRƯỞNG PHÒNG VÀ")."""
    body_word = vocab.starts_body_name(title.split()[-1])
    return len(leftover) >= 2 and body_word and is_word(leftover)


def _title_word_misread(text: str, title: str) -> str | None:
    """The line put right when it holds a title of three words or more found by its letters, one
    of them read as its twin of other marks ("PHÓ TRƯỜNG BAN": TRƯỜNG for TRƯỞNG), that the header
    phrases put right; a title of two may be another as printed ("TRƯỞNG BẢN NÀ LƠI", a village's
    head, is no "TRƯỞNG BAN")."""
    if len(title.split()) < 3 or title in text or title not in (phrased := vocab.repair_phrases(text)[0]):
        return None
    # its last word as printed may open another name: "PHÓ TRƯỞNG BẢN NÀ LƠI" (a village's deputy head)
    start = len(phrased[: phrased.index(title)].split())
    last = start + len(title.split()) - 1
    return phrased if phrased.split()[last] == text.split()[last] else None


def _words_reordered(text: str) -> str | None:
    """"PHÓ TRƯỞNG CỤC": a title's words in another order (a word the seal's ink lowered, read
    as a row of its own below), when the words as read are no title."""
    words = sorted(text.split())
    if len(words) < 3 or text in vocab.position_titles():
        return None
    same = [title for title in vocab.position_titles() if sorted(title.split()) == words]
    return same[0] if len(same) == 1 else None


LONG_TITLE = 10  # letters (marks aside) from which a title may be two letters off
PREFIXED_TITLE = 7  # the same after a prefix, where nothing but a title is printed


def _misread_title(text: str, two_off_from: int = LONG_TITLE) -> str | None:
    """"PHO GIAM ĐOỌC", "CHÁNH 1ĂN PHÒNG": the one known title one letter away from the line;
    for a long line two letters ("PHÓ CHỦ TIẾN": the dot and the CH of TỊCH lost in a blur)."""
    key = loose_key(text)
    if len(key) < 6:
        return None
    for most in (1, 2) if len(key.replace(" ", "")) >= two_off_from else (1,):
        near = [t for t in vocab.position_titles() if edit_distance(loose_key(t), key) <= most]
        if near:
            return near[0] if len(near) == 1 else None
    return None


def _title_of_body(text: str, title: str) -> str | None:
    """"VU TRƯỞNG VU PHÁP CHẾ": the title's letters, marks lost, before a body's name."""
    words, size = text.split(), len(title.split())
    if loose_key(" ".join(words[:size])) != loose_key(title) or len(words) == size:
        return None
    body = vocab.repair_body_head(" ".join(words[size:]))
    return f"{title} {body}" if vocab.starts_body_name(body) and body != " ".join(words[size:]) else None


def _title_marks_lost_before_words(text: str, title: str) -> str | None:
    """"PHO CHU TỊCH PHỤ TRÁCH": the title's letters, some of its marks lost (none changed:
    "THỦ TRƯỞNG" is no "THỨ TRƯỞNG", "TRƯỞNG BẢN" no "TRƯỞNG BAN"), before words of its own (a
    qualifier, a body's name, not specks of one or two letters): the title put right, the words
    kept."""
    words, size = text.split(), len(title.split())
    head, rest = words[:size], words[size:]
    pairs = zip(head, title.split(), strict=False)
    lost = len(head) == size and all(_marks_lost(printed, meant) for printed, meant in pairs)
    specks = all(len(word) <= 2 for word in rest) and not vocab.starts_body_name(" ".join(rest))
    if " ".join(head) == title or not lost or not rest or specks:
        return None
    return f"{title} {' '.join(rest)}" if all(is_known_syllable(word) for word in rest) else None


def _marks_lost(printed: str, meant: str) -> bool:
    """`printed` is `meant` with some of its marks lost, none changed ("ĐÓC" of ĐỐC, "CHU" of
    CHỦ; not "THỦ" of THỨ)."""
    printed_letters, meant_letters = _letters_and_marks(printed), _letters_and_marks(meant)
    return len(printed_letters) == len(meant_letters) and all(
        base == meant_base and marks <= meant_marks
        for (base, marks), (meant_base, meant_marks) in zip(printed_letters, meant_letters, strict=True))


def _letters_and_marks(word: str) -> list[tuple[str, frozenset[str]]]:
    """Each letter's base and its marks ("Đ" is D with its bar)."""
    letters: list[tuple[str, set[str]]] = []
    for ch in unicodedata.normalize("NFD", word.replace("Đ", "D\u0335").replace("đ", "d\u0335")):
        if unicodedata.combining(ch) and letters:
            letters[-1][1].add(ch)
        else:
            letters.append((ch, set()))
    return [(base, frozenset(marks)) for base, marks in letters]


def _misread_title_of_body(text: str) -> str | None:
    """"VỤ TRƯỞNC VỤ PHÁP CHẾ", "VU TRƯỞNG VU PHÁP CHẾ": a misread title before the name of
    the body it heads; the title and the body's head put right, the rest of the name kept."""
    words = text.split()
    for cut in range(1, len(words)):
        head, body = " ".join(words[:cut]), vocab.repair_body_head(" ".join(words[cut:]))
        if not vocab.starts_body_name(body):
            continue
        same_letters = [t for t in vocab.position_titles() if loose_key(t) == loose_key(head)]
        title = same_letters[0] if len(same_letters) == 1 else _misread_title(head)
        if title is not None:
            return f"{title} {body}"
    return None


def _despeckled_title(text: str) -> str | None:
    """"CHÁNH VĂN x PHÒNG", "PHÓ R CHỦ TỊCH": a title in capitals cut by a speck of signature
    ink that OCR read as a letter or a mark; the known title when the words left are exactly it."""
    words = [word for word in text.split() if len(loose_key(word)) > 1]
    if len(words) == len(text.split()):
        return None
    title = vocab.title_in(" ".join(words))
    return title if title and loose_key(title) == loose_key(" ".join(words)) else None


def _split_flat_stack(text: str) -> tuple[str, str]:
    """ "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH" (a flattened text layer) → authority, position."""
    match = _FLAT_STACK.search(text)
    title = vocab.title_in(text[match.end() :]) if match else None
    if not match or title is None or not text[match.end() :].startswith(title):
        return text, ""  # "TM. BAN KINH TẾ - NGÂN SÁCH": a body's name with its dash
    return text[: match.start()], text[match.end() :]


BODY_NAME_ENDS = ("HỘI ĐỒNG", "ỦY BAN", "UỶ BAN")
BODY_PREFIXES = ("TM", "ĐD")  # a body's name follows them ("TM. ỦY BAN …", "ĐẠI DIỆN BÊN A")


def _wrapped_body_name(authority: str, text: str) -> str | None:
    """"TM. THƯỜNG TRỰC HỘI ĐỒNG" / "NHÂN DÂN [PHÓ CHỦ TỊCH]": the body's name wrapped onto
    the next line (a title may follow on it). Returns what follows "NHÂN DÂN", or None."""
    if not any(loose_key(authority).endswith(loose_key(end)) for end in BODY_NAME_ENDS):
        return None
    words = text.split()
    if len(words) < 2 or loose_key(" ".join(words[:2])) != "nhandan":
        return None
    return " ".join(words[2:])


def _body_name_run_on(authority: str, text: str) -> str | None:
    """The authority line with a word OCR set on a line of its own, when the two make a known
    body's name only together ("BAN THƯỜNG" + "VỊ" → "BAN THƯỜNG VỤ")."""
    found = vocab.signatory_prefix(authority)
    if found is None or found[0] != "TM" or len(text.split()) != 1:
        return None
    joined, _ = vocab.repair_phrases(f"{found[1]} {text}", fuzzy=True)
    alone, _ = vocab.repair_phrases(found[1], fuzzy=True)
    if joined == f"{alone} {text}" or not vocab.starts_body_name(joined):
        return None
    return f"{authority[: len(authority) - len(found[1])]}{joined}"


def _names_the_heads_body(authority: str, text: str) -> bool:
    """"KT. BỘ TRƯỞNG" over "BỘ CÔNG AN", "KT. CHÁNH ÁN" over "TÒA ÁN NHÂN DÂN": the body the
    head named by the prefix leads (a word of the title names it), as joint documents print it.
    A line holding a title, or a misread one ("VỤ TRƯỞNC VỤ PHÁP CHẾ"), is the signer's own."""
    found = vocab.signatory_prefix(authority)
    if found is None or found[0] == "TM" or not found[1]:
        return False
    shared = {loose_key(w) for w in found[1].split()} & {loose_key(w) for w in text.split()}
    return bool(shared - _TITLE_ONLY_WORDS) and vocab.starts_body_name(text) and vocab.title_in(text) is None


# A body's name wrapped before "và" ("SỞ GIÁO DỤC / VÀ ĐÀO TẠO"): no title opens so; or after
# it ("ĐẠI DIỆN SỞ KHOA HỌC VÀ" / "CÔNG NGHỆ"): no authority ends so.
_WRAPPED_AT_AND = re.compile(r"^VÀ\s")
_CUT_AT_AND = re.compile(r"\sVÀ$")
_TITLE_ONLY_WORDS = {"truong", "pho"}  # in titles of every rank: they name no body


def _add_title_line(
    text: str, authority: list[str], prefixes: list[str], position: list[str], ocr: bool = False
) -> None:
    head, tail = _split_flat_stack(unicodedata.normalize("NFC", text))  # the prefix is cut by length
    found = vocab.signatory_prefix(head)
    if found and authority and position and _wrapped_rows(position):
        # "T/M ỦY BAN KHÁNG CHIẾN HÀNH" / "CHÍNH TỈNH THANH HÓA" / "K/T CHỦ TỊCH": no title comes
        # before a prefix line, the rows between are the body's name wrapped
        authority[-1] = " ".join([authority[-1], *position])
        position.clear()
    if found:
        prefixes.append(found[0])
        # After TM. comes a body's name ("T/M BAN BÍ THƯ"), after the others a title.
        body_follows = found[0] in BODY_PREFIXES or not found[1]
        title = found[1] if body_follows else repair_title(found[1], after_prefix=True)
        read = head[: len(head) - len(found[1])]
        # The prefix and a space before the title, as printed ("TL.CHỦ TỊCH" typed or OCR'd
        # runs them together); on a scan the prefix in capitals (OCR reads "kT.") and its dot
        # once ("TM..ỦY BAN").
        printed = re.sub(r"\.{2,}", ".", read.strip().upper()) if ocr else read.strip()
        authority.append(f"{printed} {title}".strip())
        if tail:
            position.append(repair_title(tail))
    elif authority and not position and vocab.starts_place_unit(text):
        authority[-1] = f"{authority[-1]} {text}"  # "TM. ỦY BAN NHÂN DÂN / TỈNH LÀO CAI"
    elif authority and not position and (joined := _body_name_run_on(authority[-1], text)) is not None:
        authority[-1] = joined  # "T/M BAN THƯỜNG" / "VỊ" (the seal's ring wrapped the line)
    elif authority and not position and (_WRAPPED_AT_AND.match(text) or _CUT_AT_AND.search(authority[-1])):
        authority[-1] = f"{authority[-1]} {text}"  # "KT. CỤC TRƯỞNG CỤC VĂN THƯ / VÀ LƯU TRỮ …"
    elif authority and not position and _names_the_heads_body(authority[-1], text):
        authority[-1] = f"{authority[-1]} {text}"  # "KT. BỘ TRƯỞNG / BỘ CÔNG AN"
    elif authority and not position and (rest := _wrapped_body_name(authority[-1], text)) is not None:
        authority[-1] = f"{authority[-1]} {text[: len(text) - len(rest)].strip()}"
        if rest:
            position.append(repair_title(rest))
    else:
        position.append(repair_title(text))


def _wrapped_rows(rows: list[str]) -> bool:
    """Rows of a name in clean capitals, no title among them."""
    return all(_CLEAN_TITLE.match(row) and _words_not_specks(row) and vocab.title_in(row) is None
               for row in rows)


def _body_name_wrapped(authority: list[str], position: list[str]) -> tuple[list[str], list[str]]:
    """"T/M UỶ BAN NHÂN DÂN TỈNH HÀ" / "TÂY" / "CHỦ TỊCH": the body signed for wraps onto rows
    of its own; the signer's title is the last row."""
    found = vocab.signatory_prefix(authority[-1]) if authority else None
    if (found is None or found[0] not in BODY_PREFIXES or len(position) < 2
            or position[-1] not in vocab.position_titles() or not _wrapped_rows(position[:-1])):
        return authority, position
    return [*authority[:-1], " ".join([authority[-1], *position[:-1]])], position[-1:]


def _split_stacked_titles(authority: list[str], position: list[str]) -> tuple[list[str], list[str]]:
    """Two whole titles stacked with no prefix line ("BỘ TRƯỞNG" / "THỨ TRƯỞNG", the "KT." lost):
    the first is the authority, the second the signer's own title."""
    titles = set(vocab.position_titles())
    if not authority and len(position) == 2 and all(line in titles for line in position):
        return position[:1], position[1:]
    # "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / "PHÓ CHỦ TỊCH": the head's line under the body's, its
    # "KT." lost, over the deputy's own title
    if authority and len(position) == 2 and position[0] in titles and position[1] == f"PHÓ {position[0]}":
        return [*authority, position[0]], position[1:]
    return authority, position


def _authority_wrapped(authority: list[str], position: list[str]) -> tuple[list[str], list[str]]:
    """"KT. VỤ TRƯỞNG VỤ TÍN DỤNG" / "CÁC NGÀNH KINH TẾ" / "PHÓ VỤ TRƯỞNG": the body a head's
    title names wraps onto lines of their own; the signer's title is the last line."""
    if not authority or len(position) < 2 or position[-1] not in vocab.position_titles():
        return authority, position
    found = vocab.signatory_prefix(authority[-1])
    head_title = vocab.title_in(found[1]) if found else None
    wrapped = position[:-1]
    if (
        found is None
        or head_title is None
        or loose_key(found[1]) == loose_key(head_title)  # no body named after the title
        or any(vocab.title_in(line) or not _CLEAN_TITLE.match(line) or not _words_not_specks(line)
               for line in wrapped)
    ):
        return authority, position
    return [*authority[:-1], " ".join([authority[-1], *wrapped])], position[-1:]


def _words_not_specks(line: str) -> bool:
    """Two words or more, or one syllable of three letters at least ("DỤNG" of "VỤ TÍN" / "DỤNG"):
    not a speck."""
    words = line.split()
    return len(words) >= 2 or (len(words) == 1 and len(words[0]) >= 3 and is_known_syllable(words[0]))


def _signatory(authority: list[str], prefixes: list[str], position: list[str], name: str | None) -> Signatory:
    authority, position = _split_stacked_titles(authority, position)
    authority, position = _authority_wrapped(authority, position)
    authority, position = _body_name_wrapped(authority, position)
    if len(position) > 1:  # "CHỦ TỊCH" / "P SE": the second line is signature ink
        position = [repair_title(" ".join(position))]
    return Signatory(
        authority="\n".join(authority) or None,
        position=" ".join(position) or None,
        name=name,
        prefix=prefixes[0] if prefixes else None,
        prefixes=prefixes,
    )


@cache
def _loose_family_keys() -> frozenset[str]:
    return frozenset(loose_key(name) for name in vocab.family_names())


def is_family_name_marks_aside(word: str) -> bool:
    """"Vù", "Lê": a family name once its marks are set aside (its marks may be misread)."""
    return loose_key(bare_word(word)) in _loose_family_keys()


def opens_with_family_name(name: str) -> bool:
    """The first word is a family name; one with letters Vietnamese does not have is compared
    without its marks: "Phäm Huy" (seal ink over "Phạm") opens with one, "Đảng" does not."""
    words = name.split()
    if not words:
        return False
    first = bare_word(words[0])
    if of_vietnamese_letters(first):
        return match_key(first) in family_keys()
    return is_family_name_marks_aside(first)


def bare_word(text: str) -> str:
    """A word without the punctuation OCR put around it, in NFC."""
    return unicodedata.normalize("NFC", EDGE_JUNK.sub("", text))


def of_vietnamese_name(name: str) -> bool:
    return all(of_vietnamese_letters(bare_word(word)) for word in name.split())


def of_vietnamese_letters(word: str) -> bool:
    """Vietnamese letters, with the apostrophe or hyphen of minorities' names ("H'Luyến")."""
    parts = [part for part in re.split(r"['’‘-]", word) if part]
    return bool(parts) and all(is_vietnamese_word(part) for part in parts)
