"""Is a PDF text layer real Vietnamese, legacy-encoded mojibake, or garbage?

Born-digital Vietnamese PDFs often carry a text layer that looks fine on screen but extracts
as nonsense: subset fonts without a ToUnicode map give Cyrillic/Armenian look-alikes
(`UBND 7ӌ1+ LÀO CAI`) or pdfminer's `(cid:NN)`; old documents typed in TCVN3 (.VnTime) or
VNI-Windows fonts extract as Latin-1 mojibake (`Uû ban nh©n d©n`). Legacy encodings can be
converted back exactly; everything else has to be OCR'd.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import cache, lru_cache, partial
from importlib import resources
from typing import Literal

from vbadmin.normalize import CYRILLIC_TWINS, TONES, VIETNAMESE_LETTERS

Assessment = Literal["good", "legacy_tcvn3", "legacy_vni", "garbled", "empty"]

_DIACRITIC_LETTERS = frozenset(ch for ch in VIETNAMESE_LETTERS if ord(ch) > 0x7F)

# Typography that legitimately appears in official letters besides ASCII.
_ALLOWED_SYMBOLS = frozenset("–—‘’“”…•·§°№×±≤≥€%‰«»¼½¾²³µ©®™→←↑↓√∑∆−­\u00a0\u200b\ufeff")

# Look-alike scripts and marks that never belong to Vietnamese text (font-encoding garbage).
_FOREIGN_BLOCKS = (
    (0x0250, 0x02FF),  # IPA, spacing modifiers (˱)
    (0x0334, 0x036F),  # combining marks other than the Vietnamese tone marks
    (0x0370, 0x03FF),  # Greek and Coptic
    (0x0400, 0x052F),  # Cyrillic
    (0x0530, 0x058F),  # Armenian
    (0x2500, 0x259F),  # box drawing, blocks
    (0xE000, 0xF8FF),  # private use area (symbol fonts)
    (0xFFF0, 0xFFFF),  # specials incl. U+FFFD replacement character
)

# Cyrillic capitals/smalls identical to Latin ones: typists slip them into abbreviations
# ("ВТC"), which is a typo, not a broken font, so they do not count as garbage.
_LATIN_HOMOGLYPHS = frozenset(CYRILLIC_TWINS)

_CID = re.compile(r"\(cid:\d+\)")
_WORD = re.compile(r"[^\W\d_]+")

# Vietnamese words that survive as plain ASCII when a font drops every diacritic.
_BARE_WORDS = (
    "cua va cac nhung duoc trong theo nam ngay thang tinh cong viec nguoi khong quy dinh ve "
    "thuc hien ban nhan dan hoa xa hoi chu nghia viet doc lap tu do hanh phuc so nay de voi "
    "co mot tai kinh gui quyet van bao cao nghi dinh thong tu"
)
_BARE_VIETNAMESE = frozenset(_BARE_WORDS.split())

# Lookalike glyphs some converted fonts emit; the intended letter is unambiguous.
_LOOKALIKE_REPAIRS = str.maketrans({"\u01a2": "Ư", "\u01a3": "ư"})

# TCVN3 bytes that are not letters in Latin-1: seeing several of them is a strong tell.
_TCVN3_SYMBOLS = frozenset("¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾×÷ÆÇÈÉËÌÎÏÐÑÒÓÔÕÖØÜÝÞßþ")
# VNI modifier bytes glued after a vowel ("Coäng", "hoøa", "chuû").
_VNI_PATTERN = re.compile(r"(?i)[aeiouy][ùøûõïâáàåãäêéèúüë]|[ñÑ][a-zA-Z]|[ôö][ùøûõï]")


@cache
def _legacy_tables() -> dict[str, dict[str, str]]:
    raw = resources.files("vbadmin").joinpath("vocab/legacy_encodings.json").read_text("utf-8")
    data = json.loads(raw)
    return {"tcvn3": data["tcvn3"], "vni": data["vni"]}


@cache
def _vni_regex() -> re.Pattern[str]:
    keys = sorted(_legacy_tables()["vni"], key=len, reverse=True)
    return re.compile("|".join(re.escape(key) for key in keys))


@cache
def _tcvn3_table() -> dict[int, str]:
    return str.maketrans(_legacy_tables()["tcvn3"])


def convert_tcvn3(text: str) -> str:
    """Convert TCVN3 (ABC, .VnTime) mojibake read as Latin-1/cp1252 into Unicode NFC."""
    return unicodedata.normalize("NFC", text.translate(_tcvn3_table()))


def convert_tcvn3_typed(text: str) -> str:
    """TCVN3 typed text converted, the rows its capitals font printed in capitals put back in
    them (see capitals_of_header_rows)."""
    return "\n".join(capitals_of_header_rows(line) for line in convert_tcvn3(text).split("\n"))


def capitals_of_header_rows(line: str) -> str:
    """TCVN3 has no capitals with marks: a letterhead, a title or a signature block was typed in
    small letters for a capitals font (.VnTimeH), and converts to small letters. Each cell that
    is such a row, short, is put back in capitals: a body's name, the national header, a type's
    title alone, a signature's prefix line or title, a heading numbered in Roman."""
    return "".join(_in_capitals(cell) for cell in _CELLS.split(line))


_CELLS = re.compile(r"(\t+| {3,})")
_ROMAN_HEADING = re.compile(r"^[IVX]{1,4}\.\s")


def _in_capitals(cell: str) -> str:
    from vbadmin import vocab
    from vbadmin.extract.header import national_header_kind

    text = cell.strip()
    words = len(text.split())
    if not text or text == text.upper() or words > 12 or text.endswith((".", ";", ":", ",")):
        return cell
    upper = text.upper()
    header_row = (
        (words <= 10 and vocab.starts_body_name(upper) and not text.startswith("ty "))  # "công" / "ty …"
        or national_header_kind(upper) in ("state", "party")
        or vocab.doc_type_by_name(text) is not None and words <= 3
        or (words <= 8 and vocab.signatory_prefix(upper) is not None)
        or (words <= 6 and vocab.title_in(upper) == upper)
        or bool(_ROMAN_HEADING.match(text))
    )
    return cell.replace(text, upper) if header_row else cell


def convert_vni(text: str) -> str:
    """Convert VNI-Windows mojibake read as Latin-1/cp1252 into Unicode NFC."""
    table = _legacy_tables()["vni"]
    converted = _vni_regex().sub(lambda match: table[match.group(0)], text)
    return unicodedata.normalize("NFC", converted)


def repair_lookalikes(text: str) -> str:
    """Fix glyph look-alikes with a single possible reading (Ƣ/ƣ for Ư/ư in 'ƢƠ' fonts)."""
    return text.translate(_LOOKALIKE_REPAIRS)


@lru_cache(maxsize=4096)  # called once per distinct character of a page
def _is_foreign(ch: str) -> bool:
    if ch in _LATIN_HOMOGLYPHS:
        return False
    code = ord(ch)
    return any(low <= code <= high for low, high in _FOREIGN_BLOCKS)


@lru_cache(maxsize=4096)
def _is_unexpected(ch: str) -> bool:
    """Outside the Vietnamese alphabet, ASCII and ordinary letter typography."""
    if ch.isspace() or ord(ch) < 0x80 or ch in VIETNAMESE_LETTERS or ch in _ALLOWED_SYMBOLS:
        return False
    if ch in _LATIN_HOMOGLYPHS:
        return False
    # Decomposed tone marks are fine: they compose to Vietnamese letters under NFC.
    return ch not in "\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323"


def vietnamese_word_share(text: str) -> float:
    """Share of words that look like accented Vietnamese syllables.

    Real Vietnamese prose has ~40-60 % such words; mojibake and diacritic-less text far fewer.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if not words:
        return 0.0
    return sum(1 for word in words if _is_accented_syllable(word)) / len(words)


@lru_cache(maxsize=65536)  # letters repeat the same few thousand words
def _is_accented_syllable(word: str) -> bool:
    """Vietnamese letters only, some diacritic, and at most one tone: mojibake converted
    with the wrong table tends to stack tones ("ẹoọc")."""
    if not set(word) <= VIETNAMESE_LETTERS or not any(c in _DIACRITIC_LETTERS for c in word):
        return False
    return sum(1 for c in unicodedata.normalize("NFD", word) if c in TONES) <= 1


def _legacy_encoding(text: str) -> Assessment | None:
    """The legacy encoding whose conversion turns the most words into Vietnamese, if any.

    Both converters are tried when their tell-tale bytes are present: VNI text is full of
    Latin-1 letters that TCVN3 would also "convert", so only the better result counts.
    """
    candidates: dict[Assessment, float] = {}
    if sum(count for ch, count in Counter(text).items() if ch in _TCVN3_SYMBOLS) >= 3:
        candidates["legacy_tcvn3"] = vietnamese_word_share(convert_tcvn3(text))
    if len(_VNI_PATTERN.findall(text)) >= 3:
        candidates["legacy_vni"] = vietnamese_word_share(convert_vni(text))
    if not candidates:
        return None
    best = max(candidates, key=lambda name: candidates[name])
    return best if candidates[best] > vietnamese_word_share(text) + 0.1 else None


def _lost_diacritics(text: str) -> bool:
    """Vietnamese function words everywhere, yet hardly any diacritic: the font dropped them."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 30:
        return False
    bare = sum(1 for w in words if w in _BARE_VIETNAMESE) / len(words)
    accented = sum(1 for w in words if not _DIACRITIC_LETTERS.isdisjoint(w)) / len(words)
    return bare > 0.15 and accented < 0.05


def assess_text_layer(text: str) -> Assessment:
    """Classify a page's extracted text: usable, convertible legacy encoding, garbled or empty."""
    text = repair_lookalikes(unicodedata.normalize("NFC", text))
    cid_count = len(_CID.findall(text))
    # Each distinct character is classified once: a page has thousands of characters but a
    # hundred or so distinct ones.
    visible = {ch: n for ch, n in Counter(_CID.sub("", text)).items() if not ch.isspace()}
    total = sum(visible.values())
    letters = sum(n for ch, n in visible.items() if ch.isalpha())
    if letters < 10 and cid_count < 3:
        return "empty"
    if cid_count >= 3:
        return "garbled"
    foreign = sum(n for ch, n in visible.items() if _is_foreign(ch))
    if foreign >= 3 and foreign / total > 0.002:
        return "garbled"
    legacy = _legacy_encoding(text)
    if legacy is not None:
        return legacy
    unexpected = sum(n for ch, n in visible.items() if _is_unexpected(ch))
    if unexpected / total > 0.03 or _lost_diacritics(text):
        return "garbled"
    return "good"


def convert_legacy(text: str, assessment: Assessment) -> str:
    """Apply the converter matching an assessment; other text only gets look-alike repairs."""
    if assessment == "legacy_tcvn3":
        return convert_tcvn3(text)
    if assessment == "legacy_vni":
        return convert_vni(text)
    return repair_lookalikes(text)


# --- text damaged in part ---------------------------------------------------------------------
#
# A letter copied from a web page or an old e-mail may carry damage in part of its lines only:
# HTML entities ("&#7910;y ban"), UTF-8 read once as Windows-1252 ("á»¦y ban"), Windows-1258
# read as Windows-1252 ("SÕÒ KHOA HOòC"), a cell left in TCVN3 or VNI in a Unicode letter. Each
# damaged line is read back by the repair that makes the most of its words Vietnamese.

_ENTITY = re.compile(r"&(?:#\d{2,5}|#x[0-9a-fA-F]{2,4}|[a-zA-Z]{2,8});")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# UTF-8's lead byte of a Vietnamese letter, then a continuation byte, both as Windows-1252
_UTF8_AS_CP1252 = re.compile("[ÃÄÅÆá][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
# Windows-1258's tone marks (combining, after their vowel) as Windows-1252 letters
_CP1258_AS_CP1252 = re.compile("(?i)[aeiouyâêôăơư][ÌìÒÞò]")
MIN_GAIN_SHARE = 0.1  # a repaired line has this share of its words more known syllables (one at least)


def repair_damaged_lines(text: str) -> tuple[str, bool]:
    """Entities unescaped and invisible spaces dropped; then, when the text shows damage of a
    kind, each of its lines read back by the repair that best makes it Vietnamese. Returns the
    text and whether any line changed."""
    repaired = _INVISIBLE.sub("", text)
    if sum(html.unescape(entity) != entity for entity in _ENTITY.findall(repaired)) >= 3:
        # each entity alone: html.unescape would also read "KH&CN" or "CNXD&GT" (no ";") as one
        repaired = _ENTITY.sub(lambda entity: html.unescape(entity.group()), repaired)
    repairs = _repairs_for(repaired)
    if repairs:
        repaired = "\n".join(_best_reading(line, repairs) for line in repaired.split("\n"))
    return repaired, repaired != text


# A kind of damage: how many of its tells a text holds, whether a line may hold it, and the
# repair that reads it back
_Repair = tuple[Callable[[str], int], Callable[[str], object], Callable[[str], "str | None"]]


def _repairs_for(text: str) -> list[_Repair]:
    """The repairs for the damage the text shows three tells of or more."""
    kinds: list[_Repair] = [
        (_count(_UTF8_AS_CP1252), _UTF8_AS_CP1252.search, partial(_redecoded, "utf-8")),
        # Windows-1258's ă, ơ, ư, đ read as ã, õ, ý, ð: letters a sound line holds too
        (_count(_CP1258_AS_CP1252), _CP1258_LETTERS.search, partial(_redecoded, "cp1258")),
        (_tcvn3_tells, _tcvn3_tells, convert_tcvn3_typed),
        (_vni_tells, _vni_line, convert_vni),
    ]
    return [kind for kind in kinds if kind[0](text) >= 3]


def _count(pattern: re.Pattern[str]) -> Callable[[str], int]:
    return lambda text: len(pattern.findall(text))


def _tcvn3_tells(text: str) -> int:
    return len(_TCVN3_TELL.findall(text))


def _vni_tells(text: str) -> int:
    return len(_VNI_TELL.findall(text))


def shows_legacy_bytes(text: str) -> bool:
    """Three bytes or more of TCVN3 or VNI that no Unicode letter holds: worth assessing."""
    return _tcvn3_tells(text) + _vni_tells(text) >= 3


_CP1258_LETTERS = re.compile("[ÌìÒÞòÝýÕõÃãÐð]")


def _vni_line(line: str) -> bool:
    return bool(_vni_tells(line)) or _VNI_PATTERN.search(line) is not None


# Bytes of the legacy encodings that a Unicode letter never holds (not the Vietnamese capitals
# "Ò", "Õ" TCVN3 also uses, nor quotes, "§", "µ" of µg, "Ø" of a pipe's diameter): several of them
# tell a line left in one.
_TCVN3_TELLS = (_TCVN3_SYMBOLS | {"\xad"}) - VIETNAMESE_LETTERS - frozenset("«»§×·µØ")  # \xad: TCVN3's ư
_VNI_TELLS = frozenset("øûïåäëüöñÑÖÜËÄÅÏÛ")
_TCVN3_TELL = re.compile("[" + re.escape("".join(sorted(_TCVN3_TELLS))) + "]")
_VNI_TELL = re.compile("[" + re.escape("".join(sorted(_VNI_TELLS))) + "]")


def _best_reading(line: str, repairs: list[_Repair]) -> str:
    """The line read back by a repair for a damage it may hold, the one that makes more of its
    words known syllables (of two letters at least: a converted "Ø" is no "ỉ")."""
    if line.isascii():
        return line
    readings = [reading for _, may_hold, repair in repairs
                if may_hold(line) and (reading := repair(line)) is not None]
    best = max(readings, key=_known_syllables, default=line)
    gain = _known_syllables(best) - _known_syllables(line)
    return best if gain >= max(1, MIN_GAIN_SHARE * len(line.split())) else line


def _known_syllables(text: str) -> int:
    """How many words are Vietnamese syllables: "Như trên" 2, VNI read as TCVN3 "Nhử treõn" 1,
    mojibake "TÃ‚M" none."""
    from vbadmin.lexicon import is_known_syllable

    cores = (token.strip(_PUNCTUATION) for token in unicodedata.normalize("NFC", text).split())
    return sum(1 for core in cores if len(core) > 1 and core.isalpha() and is_known_syllable(core))


_PUNCTUATION = ".,;:!?()[]\"'“”‘’-–—/"


def _redecoded(encoding: str, line: str) -> str | None:
    """The line's words as the Windows-1252 bytes they were read from, decoded as they were
    written (a word that was no such bytes, or is sound, stays); None when no word changed."""
    parts = _SPACES.split(line)  # not at a no-break space: UTF-8's "à" is "Ã" and one
    words = [part if part.isascii() else _word_redecoded(encoding, part) or part for part in parts]
    return "".join(words) if words != parts else None


_SPACES = re.compile(r"([ \t]+)")


def _word_redecoded(encoding: str, word: str) -> str | None:
    data = bytearray()
    for ch in word:
        try:
            data += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            data.append(ord(ch))  # a byte Windows-1252 leaves undefined, kept as its code
    try:
        return unicodedata.normalize("NFC", bytes(data).decode(encoding))
    except UnicodeDecodeError:
        return None
