"""Text normalisation: Unicode NFC, Đ look-alikes, dashes, spaces, tone placement, OCR repairs.

Two kinds of output:
- `clean_text` keeps the letter as printed (tone placement included) but fixes encoding
  noise so that spans and displayed values are faithful;
- `match_key` / `fold_tones` / `strip_diacritics` build comparison keys only.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters that look like Đ/đ but are not (§6.3 of the format reference).
_LOOKALIKES = str.maketrans(
    {
        "\u00d0": "\u0110",
        "\u00f0": "\u0111",
        "\u0189": "\u0110",
        # Slash look-alikes that text layers put inside numbers: "1105⁄KH-ĐKT".
        "\u2044": "/",
        "\u2215": "/",
        "\uff0f": "/",
    }
)

# Every hyphen-like character becomes "-" (§6.6); soft hyphens and zero-width marks vanish.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_DASH_TO_HYPHEN = str.maketrans({c: "-" for c in _DASHES})
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = str.maketrans(
    {
        c: " "
        for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
    }
)

# Every character the three tables above replace: most text has none, and translate is slow.
_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, {**_LOOKALIKES, **_INVISIBLE, **_SPACES}))) + "]")

# Cyrillic letters drawn like Latin ones: typists slip them into abbreviations ("ВСТ-ВТC" in a
# joint symbol). A word whose Cyrillic letters all have a Latin twin is read as Latin; a word
# with any other Cyrillic letter is left as it is (a font's garbage is judged elsewhere).
CYRILLIC_TWINS = "АВСЕНІЈКМОРЅТХУаеіјорсух"
_CYRILLIC_AS_LATIN = str.maketrans(CYRILLIC_TWINS, "ABCEHIJKMOPSTXYaeijopcyx")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")  # a cheap test first: the word pattern backtracks
_WORD_WITH_CYRILLIC = re.compile(r"\w*[\u0400-\u04ff]\w*")


def _cyrillic_twins_as_latin(word: re.Match[str]) -> str:
    latin = word.group(0).translate(_CYRILLIC_AS_LATIN)
    return word.group(0) if any("\u0400" <= ch <= "\u04ff" for ch in latin) else latin


# Markup left by transcriptions: **bold**, __underline__, ^{*} superscripts.
_NUMBER_FORMS = re.compile("[\u2160-\u2188]")
_MARKUP = re.compile(r"\*\*|__|\^\{[^}]*\}|\^\*")


def fold_lookalikes(text: str) -> str:
    """Đ/đ look-alikes (Icelandic "Ð", OCR's reading of a bold Đ) and slash look-alikes."""
    return text.translate(_LOOKALIKES)


def clean_text(text: str) -> str:
    """Normalise encoding noise while keeping the text as printed.

    NFC, Đ look-alikes, dashes inside tokens kept as printed but unified to "-" only where
    they join symbol parts (done by the identifier extractor), odd spaces to " ", invisible
    characters removed, line endings unified, transcription markup removed, Cyrillic twins of
    Latin letters in an otherwise Latin-looking word made Latin.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = unicodedata.normalize("NFC", text)
    if _TRANSLATED.search(text):
        text = text.translate(_LOOKALIKES).translate(_INVISIBLE).translate(_SPACES)
    text = text.replace("\u2026", "...")
    if _CYRILLIC.search(text):
        text = _WORD_WITH_CYRILLIC.sub(_cyrillic_twins_as_latin, text)
    text = _MARKUP.sub("", text)
    # Roman numerals from the Unicode number block (Ⅻ) become Latin letters.
    return _NUMBER_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def unify_dashes(text: str) -> str:
    return text.translate(_DASH_TO_HYPHEN)


# Tone placement: "hòa" (tone on the first vowel) vs "hoà" (tone on the main vowel) (§6.2).
# We fold everything to the first-vowel form ("hòa", "thủy"), which most State text uses.
TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # the five tone marks, combining
_GLIDE_PAIRS = {"oa", "oe", "uy"}
_OPEN_SYLLABLE = re.compile(
    r"(?i)([a-zđ]*?)(o[\u0300\u0301\u0303\u0309\u0323]?[ae]|u[\u0300\u0301\u0303\u0309\u0323]?y)"
    r"([\u0300\u0301\u0303\u0309\u0323]?)(?![a-zà-ỹđ\u0300-\u036f])"
)


def _move_tone_to_first_vowel(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    match = _OPEN_SYLLABLE.fullmatch(decomposed)
    if not match:
        return word
    onset, nucleus, trailing_tone = match.groups()
    if not trailing_tone or onset.lower().endswith("q"):
        return word  # tone already first, or "qu" + y (quý never varies)
    if nucleus[:2].lower() not in _GLIDE_PAIRS:
        return word
    moved = nucleus[0] + trailing_tone + nucleus[1:]
    return unicodedata.normalize("NFC", onset + moved)


def tone_on_main_vowel(word: str) -> str:
    """The other placement of "hòa", "ủy", "khỏe": "hoà", "uỷ", "khoẻ" (older texts')."""
    decomposed = unicodedata.normalize("NFD", word)
    match = _OPEN_SYLLABLE.fullmatch(decomposed)
    if not match or match[3] or match[1].lower().endswith("q"):
        return word
    onset, nucleus = match[1], match[2]
    tone = nucleus[1:2]
    if tone not in TONES or (nucleus[0] + nucleus[2:]).lower() not in _GLIDE_PAIRS:
        return word
    return unicodedata.normalize("NFC", onset + nucleus[0] + nucleus[2:] + tone)


_WORD = re.compile(r"[^\W\d_]+")


def fold_tones(text: str) -> str:
    """Fold main-vowel tone placement (hoà, uỷ) to first-vowel placement (hòa, ủy)."""
    return _WORD.sub(lambda m: _move_tone_to_first_vowel(m.group(0)), text)


def collapse_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=65536)  # vocabularies compare the same header words again and again
def match_key(text: str) -> str:
    """Comparison key that keeps diacritics: NFC, Đ fixed, tones folded, lower case, one space."""
    text = clean_text(text)
    text = fold_tones(unify_dashes(text))
    return collapse_spaces(text).lower()


def strip_diacritics(text: str) -> str:
    """For search and fuzzy header matching only. Đ becomes D here: never use it on symbols."""
    decomposed = unicodedata.normalize("NFD", clean_text(text))
    return decomposed.translate(_STRIP_MARKS)


# Combining marks (all of U+0300–U+036F) vanish; Đ/đ lose their stroke.
_STRIP_MARKS = {**dict.fromkeys(range(0x300, 0x370)), ord("Đ"): "D", ord("đ"): "d"}


@lru_cache(maxsize=65536)
def loose_key(text: str) -> str:
    """Diacritic-free, lower-case, alphanumeric-only key for fuzzy matching of fixed phrases."""
    return re.sub(r"[^a-z0-9]+", "", strip_diacritics(text).lower())


def loose_words(text: str) -> list[str]:
    """Each word's loose_key: "Thành phố Hồ Chí Minh" → ["thanh", "pho", "ho", "chi", "minh"]."""
    return [loose_key(word) for word in text.split()]


# OCR confusions inside numbers: O/o → 0, I/l/| → 1 (§6.5); ó → 6 and § → 8 (tesseract's
# Vietnamese model reads a printed 6 and 8 so). Applied only to number tokens.
_DIGIT_LOOKALIKES = str.maketrans(
    {"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "Q": "0", "ó": "6", "§": "8"}
)
_LOOKALIKE_CHARS = "OoIl|Qó§"


def read_as_digits(token: str) -> str:
    """The token with every digit look-alike read as its digit ("I§" → "18")."""
    return token.translate(_DIGIT_LOOKALIKES)


def repair_number(token: str) -> tuple[str, bool]:
    """Repair a token that should be all digits. Returns (repaired, changed)."""
    if not token or token.isdigit():
        return token, False
    digits_or_lookalikes = sum(ch.isdigit() or ch in _LOOKALIKE_CHARS for ch in token)
    if digits_or_lookalikes != len(token):
        return token, False
    # Without a real digit, only a run of strokes is a number: "II" is 11, but "O" or "Il"
    # alone may be a letter.
    if not any(ch.isdigit() for ch in token) and not (len(token) >= 2 and set(token) <= set("I|")):
        return token, False
    return read_as_digits(token), True


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions all cost 1).

    Bit-parallel (Myers 1999, Hyyrö's formulation): one column of the dynamic-programming
    table is a pair of bit vectors over the characters of `a` (+1 / -1 vertical steps), so
    each character of `b` costs a few integer operations instead of len(a) Python steps.
    """
    if not a or not b:
        return len(a) or len(b)
    positions: dict[str, int] = {}  # character → bit mask of where it occurs in a
    for i, char in enumerate(a):
        positions[char] = positions.get(char, 0) | 1 << i
    mask, last = (1 << len(a)) - 1, 1 << (len(a) - 1)
    up, down, distance = mask, 0, len(a)  # vertical +1 / -1 steps; distance of the last row
    for char in b:
        equal = positions.get(char, 0)
        vertical = equal | down
        horizontal = (((equal & up) + up) ^ up) | equal
        right_up = down | ~(horizontal | up)  # horizontal +1 steps
        right_down = up & horizontal  # horizontal -1 steps
        if right_up & last:
            distance += 1
        elif right_down & last:
            distance -= 1
        right_up = (right_up << 1) | 1
        right_down <<= 1
        up = (right_down | ~(vertical | right_up)) & mask
        down = right_up & vertical
    return distance



_VIET_LOWER = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
# f, j, w and z are no Vietnamese letters, but loan words and minorities' names use them.
VIETNAMESE_LETTERS = frozenset(_VIET_LOWER + _VIET_LOWER.upper() + "fjwzFJWZ")
_NAME_LETTERS = VIETNAMESE_LETTERS | frozenset("ŏŭĕŎŬĔ")  # and Ê-đê names these: "Y Ŏ", "H'Ŭn"


def is_vietnamese_word(word: str) -> bool:
    """Letters of the Vietnamese alphabet only, with its marks and the letters of minorities'
    names ("Sơn", not "Äơn": OCR's misreading of seal ink, or a letter of another language).
    Expects NFC text."""
    return bool(word) and all(char in _NAME_LETTERS for char in word)


# Regex classes of Vietnamese letters by case ("[a-zà-ỹ]" spans capitals too: Ă, Đ, Ơ, Ư, Ạ…Ỹ).
_VOWELS_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
LOWER_LETTER = f"[a-zđ{_VOWELS_LOWER}]"
UPPER_LETTER = f"[A-ZĐ{_VOWELS_LOWER.upper()}]"
