"""Put back the tone marks OCR lost, using a list of Vietnamese words (normalise stage).

Tesseract often loses or swaps the stacked marks of a vowel that has a circumflex or a breve,
mostly in capitals: "HÓA CHÁT" for HÓA CHẤT, "ĐÔNG THỜI" for ĐỒNG THỜI, "NGUY HIẾM" for NGUY
HIỂM. Each of these misreadings is itself a valid syllable, so a spelling check cannot see
them; a word list can: "hóa chát" is no word, "hóa chất" is.

A run of OCR'd syllables (with the words it goes on from and into across a line break) is
segmented into words of the list (2–4 syllables) with dynamic programming. A segment may read
one of its syllables with other marks on a vowel printed with ^ or ˘ (where OCR errs most), or,
when the syllable as read is in no word of the list, with another tone ("hoản thành"), at a
cost; syllables that already make a word as read are never changed (a longer word may take
them as they are: "vật liệu nỗ" → "vật liệu nổ"), and Title Case pairs (names) are left alone.
A syllable is changed only when the best segmentation beats both the text as read and every
other reading of that syllable by a margin; otherwise the text stays as read. A syllable
Vietnamese cannot have ("câp") is read as the one of the same letters that is far more common
than any other ("cấp").
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from vbadmin.normalize import TONES, loose_key, match_key
from vbadmin.pages import Line, Page, Word

MAX_WORD_SYLLABLES = 4
_HATS = {"\u0302", "\u0306"}  # circumflex, breve: where OCR loses or swaps marks most
_I_DOT_MISREADINGS = {"\u0309", "\u0300"}  # hook above, grave
_ACUTE = "\u0301"
MARK_CHANGE = 0.5  # the marks of one vowel printed with ^ or ˘; nothing else is changed
MARGIN_OVER_AS_READ = 0.5
RARE_AS_READ = 10  # words of the list a syllable is in, below which it is rare as read
MARGIN_OVER_OTHER_READING = 0.25
# A syllable Vietnamese cannot have is read as its likeliest neighbour only when that one is
# common and far more common than the next.
MIN_SYLLABLE_COUNT = 5
SYLLABLE_ODDS = 3.0


@dataclass(frozen=True, slots=True)
class Repair:
    index: int  # position in the syllables given to `restore_marks`
    read: str
    repaired: str


@cache
def _word_list() -> frozenset[tuple[str, ...]]:
    """Words of 2–4 syllables as tuples of `match_key` syllables: the shipped list, phrases
    kept as read (phrases_kept.txt) and the names in the vocabularies (bodies, titles, places,
    document types)."""
    from vbadmin import vocab

    text = files("vbadmin.vocab").joinpath("words.txt").read_text(encoding="utf-8")
    # The shipped list is already in comparison form (a test checks it): no per-line work.
    words = {tuple(line.split()) for line in text.splitlines() if line and not line.startswith("#")}
    kept = files("vbadmin.vocab").joinpath("phrases_kept.txt").read_text(encoding="utf-8")
    words |= {tuple(line.split()) for line in kept.splitlines() if line and not line.startswith("#")}
    for phrase in vocab.lexicon_phrases():
        syllables = tuple(match_key(phrase).split())
        if 2 <= len(syllables) <= MAX_WORD_SYLLABLES and all(s.isalpha() for s in syllables):
            words.add(syllables)
    return frozenset(words)


def is_word(syllables: Sequence[str]) -> bool:
    """Whether the syllables, as printed (any case), make a word of the word list ("cơ sở")."""
    return tuple(match_key(syllable.lower()) for syllable in syllables) in _word_list()


@cache
def _words_by_skeleton() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Words keyed by their mark-free syllables: the readings a misread run could have."""
    index: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    skeleton = {syllable: loose_key(syllable) for word in _word_list() for syllable in word}
    for word in _word_list():
        index[tuple(skeleton[s] for s in word)].append(word)
    return {key: tuple(sorted(words)) for key, words in index.items()}


def warm_up() -> None:
    """Build the word list's indexes now (≈ 0.1 s), e.g. in a process that forks workers."""
    _words_by_skeleton()
    _syllables_by_skeleton()


def base_and_marks(char: str) -> tuple[str, set[str]]:
    """A letter and the marks on it: "ầ" → ("a", {circumflex, grave})."""
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0], set(decomposed[1:])


def change_cost(
    read: str, meant: str, capitals: bool = False, unknown: bool = False, in_words: int | None = None,
    impossible: bool = False,
) -> float:
    """What it costs to believe that OCR read `meant` as `read` (same letters, other marks);
    `capitals`: the word was printed in capitals (its marks run together more); `unknown`: the
    syllable as read is in no word of the list, so any tone may be the one misread ("hoản
    thành" for hoàn thành); `in_words`: how many words of the list have the syllable as read,
    when a horn or a đ's bar misread may be believed of it (`_rare_misreading`). A plain
    vowel's tone misread ("Báo đảm" for Bảo đảm) is not believed: "tại khoản" would become
    "tài khoản", "cùng cấp" "cung cấp". `impossible`: the syllable as read cannot be Vietnamese
    ("vướng mãc": a c-final syllable takes the rising or the heavy tone): any one vowel's marks
    may have been misread."""
    if read == meant:
        return 0.0
    if len(read) != len(meant):
        return float("inf")
    cost = 0.0
    for a, b in zip(read, meant, strict=True):
        if a == b:
            continue
        misread = (_misread_hatted_vowel(a, b, capitals) or (unknown and _other_tone(a, b))
                   or (impossible and base_and_marks(a)[0] == base_and_marks(b)[0])
                   or (in_words is not None and _rare_misreading(a, b, in_words, capitals))
                   or (a, b) in _TILDE_AS_HAT)
        if not misread:
            return float("inf")
        cost += MARK_CHANGE
    return cost if cost <= MARK_CHANGE else float("inf")


# A small tilde read as a hat with an acute: "chặt chế" for chặt chẽ.
_TILDE_AS_HAT = {("ế", "ẽ"), ("Ế", "Ẽ")}
_HORN = "\u031b"
_BARRED_D = {("đ", "d"), ("d", "đ"), ("Đ", "D"), ("D", "Đ")}


# How many words of the list may have a syllable whose đ's bar or horn OCR misread: the list's
# counts are of compounds, so a common function word ("được", "đã", "với") counts few too.
BARELY_IN_WORDS = 2


def _rare_misreading(read: str, meant: str, in_words: int, capitals: bool) -> bool:
    """OCR's misreadings believed of a syllable (almost) in no word of the list as read, where
    the word list then tells: a d read with a bar or a đ without ("đữ liệu", "xây đựng"), a horn
    lost or added with the rest kept (also, in capitals, of a syllable rare as read: "TỔ CHÚC"
    for TỔ CHỨC), a tone added to a vowel ("tắng" for tăng: in no word at all)."""
    if (read, meant) in _BARRED_D:
        return in_words <= BARELY_IN_WORDS
    base_read, marks_read = base_and_marks(read)
    base_meant, marks_meant = base_and_marks(meant)
    if base_read != base_meant:
        return False
    tones_read, tones_meant = marks_read & TONES, marks_meant & TONES
    if marks_read - TONES == marks_meant - TONES:
        return in_words == 0 and bool(tones_read) and not tones_meant  # (names aside: _word_cost)
    horn = tones_read == tones_meant and (marks_read ^ marks_meant) == {_HORN}
    return horn and (in_words <= BARELY_IN_WORDS or (capitals and in_words < RARE_AS_READ))


def _other_tone(read: str, meant: str) -> bool:
    """The same vowel, hat and horn, read with another tone than its own (never with a tone
    added to or taken from a vowel: text typed without marks stays as typed)."""
    base_read, marks_read = base_and_marks(read)
    base_meant, marks_meant = base_and_marks(meant)
    tones_read, tones_meant = marks_read & TONES, marks_meant & TONES
    return (base_read == base_meant and marks_read - TONES == marks_meant - TONES
            and bool(tones_read) and bool(tones_meant))


def _misread_hatted_vowel(read: str, meant: str, capitals: bool = False) -> bool:
    """OCR's misreadings of a vowel's hat (^ or ˘): the tone lost or swapped under the hat ("Ồ"
    as "Ô", "Ể" as "Ế"), or the hat lost or added with the tone kept ("Ấ" as "Á", "ả" as "ẳ").
    Nothing else: a tone OCR added under a hat ("thiên" as "thiện"), a horn ("của" for "cửa"),
    "tỉnh" for "tính" or "bảng" for "băng" are rarer than the real words, and believing them
    does more harm."""
    base_read, marks_read = base_and_marks(read)
    base_meant, marks_meant = base_and_marks(meant)
    if base_read != base_meant:
        return False
    if base_read in "iI" and not marks_meant and marks_read <= _I_DOT_MISREADINGS:
        return True  # the dot of an i read as a hook or a grave: "chỉ bộ" for "chi bộ"
    hat, hat_read = marks_meant & _HATS, marks_read & _HATS
    tone, tone_read = marks_meant - hat, marks_read - hat_read
    if hat and hat_read:
        return hat == hat_read and bool(tone)  # the tone under a ^ or ˘ lost or swapped
    if hat or hat_read:
        # A hat lost or added, the tone kept; or, on a capital, the hat and the tone stacked
        # on it run together into one acute ("NÓ" for NỔ).
        return tone == tone_read or (bool(hat) and bool(tone) and capitals and tone_read == {_ACUTE})
    return False


# A constraint on the reading of one position: (index, reading) must (True) or must not
# (False) be used.
_Constraint = tuple[int, str, bool]


def _allowed(index: int, reading: str, constraint: _Constraint | None) -> bool:
    if constraint is None or constraint[0] != index:
        return True
    return (reading == constraint[1]) == constraint[2]


def _best_reading(
    keys: Sequence[str | None], cases: Sequence[str], locked: Sequence[bool],
    constraint: _Constraint | None = None, may_change: bool = True,
) -> tuple[float, list[str | None]]:
    """Best segmentation score of the run and the syllables it reads (None: left as read)."""
    n = len(keys)
    score = [0.0] + [float("-inf")] * n
    choice: list[tuple[int, tuple[str, ...] | None]] = [(0, None)] * (n + 1)
    skeletons = [loose_key(k) if k else None for k in keys]
    for end in range(1, n + 1):
        if _allowed(end - 1, keys[end - 1] or "", constraint):
            score[end], choice[end] = score[end - 1], (end - 1, None)
        for size in range(2, min(MAX_WORD_SYLLABLES, end) + 1):
            start = end - size
            window = keys[start:end]
            if any(k is None for k in window):
                continue
            skeleton = tuple(s or "" for s in skeletons[start:end])
            changeable = may_change and _one_word_case(cases[start:end])
            # Capitals (headers, titles, names of bodies) lose marks more often and are set
            # phrases: two misread syllables in a word ("CHUYÊN ĐỎI" for CHUYỂN ĐỔI) are allowed.
            capitals = all(c == "upper" for c in cases[start:end])
            for word in _words_by_skeleton().get(skeleton, ()):
                if any(locked[start + o] and window[o] != word[o] for o in range(size)):
                    continue  # a word read as printed is kept; a longer word may take it whole
                cost = _word_cost(window, word, start, constraint, changeable, capitals)
                if score[start] + size - cost > score[end]:
                    score[end], choice[end] = score[start] + size - cost, (start, word)
    return score[n], _readings(choice, n)


def _in_words_as_read(keys: Sequence[str | None]) -> list[bool]:
    """Syllables that form a word of the list as read: never changed ("hiệu lực kể từ" is not
    "hiếu lực kế từ"); a longer word may take them only as they are."""
    locked = [False] * len(keys)
    words = _word_list()
    for start in range(len(keys)):
        for size in range(2, MAX_WORD_SYLLABLES + 1):
            window = keys[start : start + size]
            if len(window) == size and None not in window and tuple(window) in words:
                locked[start : start + size] = [True] * size
    return locked


def _word_cost(
    window: Sequence[str | None], word: tuple[str, ...], start: int,
    constraint: _Constraint | None, may_change: bool, capitals: bool = False,
) -> float:
    """What reading `window` as `word` costs, up to one misread syllable (two in capitals, or
    two that lost the tones under their hats in a common word: "thâm quyên" for thẩm quyền)."""
    most = 2 * MARK_CHANGE if capitals or _tones_under_hats(window, word) else MARK_CHANGE
    cost = 0.0
    for offset, (read, meant) in enumerate(zip(window, word, strict=True)):
        if not _allowed(start + offset, meant, constraint) or (read != meant and not may_change):
            return float("inf")
        # The merged acute of capitals is believed only of a syllable rare as read ("NÓ"),
        # not of a common word ("NÓI TIẾNG", "CÓ PHẦN").
        # a name is in no word of the list, yet printed right ("NGUYỄN VĂN" is no "nguyên văn")
        key = read or ""
        in_words = RARE_AS_READ if key in _name_syllables() else _syllable_counts().get(key, 0)
        rare = in_words < RARE_AS_READ
        cost += change_cost(key, meant, capitals and rare, unknown=not in_words, in_words=in_words,
                            impossible=not in_words and _tone_impossible(key))
    return cost if cost <= most else float("inf")


def _tones_under_hats(window: Sequence[str | None], word: tuple[str, ...]) -> bool:
    """Whether `word` is one official letters use often (words_common.txt) and every syllable
    it reads differently from `window` lost the tone of a vowel printed with a hat, which OCR
    loses most ("cô phân" for cổ phần; not "tiến về" for tiền vệ)."""
    if word not in _common_words():
        return False
    pairs = zip(window, word, strict=True)
    return all(read == meant or _hat_tone_misread(read or "", meant) for read, meant in pairs)


def is_common_word(syllables: Sequence[str]) -> bool:
    """Whether the syllables, as printed (any case), make a word official letters use often."""
    return tuple(match_key(syllable.lower()) for syllable in syllables) in _common_words()


@cache
def _common_words() -> frozenset[tuple[str, ...]]:
    text = files("vbadmin.vocab").joinpath("words_common.txt").read_text(encoding="utf-8")
    return frozenset(tuple(line.split()) for line in text.splitlines() if line and not line.startswith("#"))


def _hat_tone_misread(read: str, meant: str) -> bool:
    """`read` is `meant` with the tone of its one vowel printed with a hat lost ("quyên")."""
    if len(read) != len(meant):
        return False
    changed = [(a, b) for a, b in zip(read, meant, strict=True) if a != b]
    if len(changed) != 1:
        return False
    base_read, marks_read = base_and_marks(changed[0][0])
    base_meant, marks_meant = base_and_marks(changed[0][1])
    hat = marks_meant & _HATS
    # the tone lost, not swapped: two swapped tones make other words of correct text ("vẫn để"
    # is no "vấn đề", "phần đầu" no "phấn đấu")
    return base_read == base_meant and bool(hat) and marks_read == hat and bool(marks_meant - hat)


def _readings(choice: list[tuple[int, tuple[str, ...] | None]], n: int) -> list[str | None]:
    readings: list[str | None] = [None] * n
    end = n
    while end > 0:
        start, word = choice[end]
        if word is not None:
            readings[start:end] = list(word)
        end = start
    return readings


def restore_marks(syllables: Sequence[str | None]) -> list[Repair]:
    """Repairs for a run of syllables as OCR read them (None breaks the run: a number, a
    symbol, punctuation). Only changes that win by a clear margin are returned."""
    undoubled = [_undoubled(s) if s else None for s in syllables]
    keys = [match_key(s) if s else None for s in undoubled]
    cases = [_case(s) if s else "" for s in syllables]
    repairs = {repair.index: repair for repair in _words_repaired(undoubled, keys, cases)}
    for index, syllable in enumerate(undoubled):
        if syllable and index not in repairs and (meant := _likeliest_syllable(syllable, cases)):
            repairs[index] = Repair(index, syllable, _same_case(meant, syllable))
    for index, (read, syllable) in enumerate(zip(syllables, undoubled, strict=True)):
        if read and syllable and read != syllable and index not in repairs:
            repairs[index] = Repair(index, read, syllable)
    return sorted((Repair(r.index, syllables[r.index] or "", r.repaired) for r in repairs.values()),
                  key=lambda repair: repair.index)


def _undoubled(syllable: str) -> str:
    """"MỒÔI", "CHẤÁP": OCR read one vowel twice, with two sets of marks. Vietnamese doubles
    no vowel but o, before a final c or ng, with at most a tone on the second o ("xoong", "rơ
    moóc", the place names "Tằng Loỏng", "Toòng"); "ưu" is two vowels."""
    chars = list(syllable)
    for i in range(len(chars) - 1):
        (base_a, marks_a), (base_b, marks_b) = base_and_marks(chars[i]), base_and_marks(chars[i + 1])
        if _HORN in marks_a:
            continue  # "ưu" (lưu, cứu) is a vowel pair, not a vowel read twice ("VỤỰC" is)
        if _double_o(base_a, marks_a, base_b, marks_b, syllable[i + 2 :]):
            continue
        if base_a.lower() == base_b.lower() and base_a.lower() in "aeiouy" and marks_a != marks_b:
            if not marks_a or not marks_b:  # "xuúc": the plain one is the extra
                drop = i if not marks_a else i + 1
            else:  # "CHẤÁP", "MỒÔI": the plainer one, which the word list may complete
                drop = i if len(marks_a) >= len(marks_b) else i + 1
            return "".join(chars[:drop] + chars[drop + 1 :])
    return syllable


def _double_o(base_a: str, marks_a: set[str], base_b: str, marks_b: set[str], rest: str) -> bool:
    """"oó", "oỏ" before a final c or ng: the double o of "moóc", "Loỏng"."""
    return (base_a.lower() == base_b.lower() == "o" and not marks_a and not marks_b & _HATS
            and rest.lower() in ("c", "ng"))


def _words_repaired(
    syllables: Sequence[str | None], keys: list[str | None], cases: list[str]
) -> list[Repair]:
    """Syllables that make the run a sequence of words of the list, by a clear margin."""
    if sum(1 for k in keys if k) < 2:
        return []
    locked = _in_words_as_read(keys)
    best, readings = _best_reading(keys, cases, locked)
    if all(reading is None or reading == key for key, reading in zip(keys, readings, strict=True)):
        return []  # most runs: the best reading is the text as read
    as_read, _ = _best_reading(keys, cases, locked, may_change=False)
    if best - as_read < MARGIN_OVER_AS_READ:
        return []
    repairs = []
    for index, (key, reading) in enumerate(zip(keys, readings, strict=True)):
        if reading is None or reading == key:
            continue
        otherwise, _ = _best_reading(keys, cases, locked, constraint=(index, reading, False))
        if best - otherwise >= MARGIN_OVER_OTHER_READING:
            read = syllables[index] or ""
            repairs.append(Repair(index, read, _same_case(reading, read)))
    return repairs


@cache
def _name_syllables() -> frozenset[str]:
    """Family and middle names, in comparison form."""
    from vbadmin import vocab

    return frozenset(match_key(name) for name in (*vocab.family_names(), *vocab.middle_names()))


@cache
def _syllable_counts() -> dict[str, int]:
    """How many words of the list each syllable is part of: a rough measure of how common."""
    counts: dict[str, int] = defaultdict(int)
    for word in _word_list():
        for syllable in word:
            counts[syllable] += 1
    return dict(counts)


def is_known_syllable(word: str) -> bool:
    """Whether some word of the list has this syllable."""
    return match_key(word) in _syllable_counts()


def split_glued(token: str) -> tuple[str, str] | None:
    """"phổthông" → ("phổ", "thông"): two syllables OCR read without the space between them,
    when exactly one cut gives a word of the list and the token is no syllable itself."""
    if len(token) < 4 or not token.isalpha() or not (token.islower() or token.isupper()):
        return None
    if is_known_syllable(token):
        return None
    words = _word_list()
    cuts = [
        (token[:cut], token[cut:]) for cut in range(1, len(token))
        if (match_key(token[:cut]), match_key(token[cut:])) in words
    ]
    return cuts[0] if len(cuts) == 1 else None


@cache
def _syllables_by_skeleton() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = defaultdict(list)
    for syllable in _syllable_counts():
        index[loose_key(syllable)].append(syllable)
    return {key: tuple(found) for key, found in index.items()}


_STOP_FINAL = re.compile(r"(?:p|t|c|ch)$")
_RISING_OR_HEAVY = {"\u0301", "\u0323"}


# "ie", "ye", "uo" are always written "iê", "yê", "uô" (or "ươ"): without the hat or the horn
# no syllable has them ("KHUYÉN" is KHUYẾN with its hat lost).
_HATLESS_PAIR = re.compile(r"[iy]e|uo")


def _stop_final_untoned(key: str) -> bool:
    """Ending in p, t, c or ch without the rising or the heavy tone such a syllable takes."""
    decomposed = unicodedata.normalize("NFD", key)
    return bool(_STOP_FINAL.search(key)) and not set(decomposed) & _RISING_OR_HEAVY


def _tone_impossible(key: str) -> bool:
    """"mãc": marked and untoned as its ending forbids (unmarked, "tat" is text typed without
    marks)."""
    return not key.isascii() and _stop_final_untoned(key)


def _impossible_syllable(key: str) -> bool:
    """"câp", "HIÊT": a syllable that ends in p, t, c or ch takes the rising or the heavy tone;
    OCR lost it. "khuyén", "tiép": an "ie", "ye" or "uo" with a tone but without its hat (with
    no mark at all, "tuyen dung" is text typed without marks, not a hat lost)."""
    if _stop_final_untoned(key):
        return True  # unmarked too, unlike _tone_impossible
    decomposed = unicodedata.normalize("NFD", key)
    if not set(decomposed) & TONES:
        return False
    toneless = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONES))
    return bool(_HATLESS_PAIR.search(toneless))


def _likeliest_syllable(read: str, cases: Sequence[str]) -> str | None:
    """A syllable Vietnamese cannot have ("câp") read as the syllable of the same letters that
    is far more common than any other ("cấp"). Capitalised words may be names: left as read.
    (A syllable merely in no word of the list may be common: "xảy" of "xảy ra".)"""
    key = match_key(read)
    counts = _syllable_counts()
    if key in counts or _case(read) == "title" or not _impossible_syllable(key):
        return None
    ranked = sorted(
        ((counts[s], s) for s in _syllables_by_skeleton().get(loose_key(key), ())
         if change_cost(key, s) <= MARK_CHANGE),
        reverse=True,
    )
    if not ranked or ranked[0][0] < MIN_SYLLABLE_COUNT:
        return None
    if len(ranked) > 1 and ranked[0][0] < SYLLABLE_ODDS * ranked[1][0]:
        return None
    return ranked[0][1]


def _case(syllable: str) -> str:
    if syllable.isupper():
        return "upper"
    return "title" if syllable[:1].isupper() else "lower"


def _one_word_case(cases: Sequence[str]) -> bool:
    """Syllables written as one word: all capitals, all lower case, or a Capital to open a
    sentence. "tỉnh Nguyễn" or "Thành Sinh" is a name beside a word, or a name: left alone."""
    first, rest = cases[0], set(cases[1:])
    return (first == "upper" and rest == {"upper"}) or (first in ("lower", "title") and rest == {"lower"})


def _same_case(syllable: str, like: str) -> str:
    if like.isupper():
        return syllable.upper()
    if like[:1].isupper():
        return syllable[:1].upper() + syllable[1:]
    return syllable


def is_syllable_word(core: str) -> bool:
    """A word the repair may touch: letters only, lower case, Capitalised or UPPER case."""
    return core.isalpha() and (core.islower() or core.isupper() or core[1:].islower())



_LEADING = re.compile(r"^[^\w]*")
_TRAILING = re.compile(r"[^\w]*$")


def _core(text: str) -> tuple[str, str, str]:
    """Leading punctuation, the letters, trailing punctuation: "(để" → ("(", "để", "")."""
    lead = _LEADING.match(text)
    trail = _TRAILING.search(text)
    start = lead.end() if lead else 0
    end = max(start, trail.start() if trail else len(text))
    return text[:start], text[start:end], text[end:]


def _runs(line: Line) -> list[list[tuple[Word, str] | None]]:
    """The line's words as runs of (word, syllable); a wide gap, punctuation or a word that
    is not a syllable (a number, a code, "p/h") ends a run."""
    height = max(1.0, line.box[3] - line.box[1])
    runs: list[list[tuple[Word, str] | None]] = [[]]
    previous: Word | None = None
    for word in line.words:
        lead, core, trail = _core(word.text)
        if previous is not None and (lead or word.x0 - previous.x1 > 1.5 * height):
            runs.append([])
        runs[-1].append((word, core) if core and is_syllable_word(core) else None)
        if trail:
            runs.append([])
        previous = word
    return [run for run in runs if run]


def repair_page_marks(page: Page) -> list[Repair]:
    """Put back lost marks in an OCR'd page's words, in place; returns what was changed.

    Each run is read with the words that go on from the line above and into the line below
    (a word cut by a line's end: "NGUY" / "HIÊM"), but only its own words are changed."""
    runs = [_runs(line) for line in page.lines]
    # only a run that opens its stretch of a line (not one after a comma inside it) goes on
    # from the line above
    heads = [[run for run in line_runs if _opens_its_stretch(line, run)] for line, line_runs in zip(
        page.lines, runs, strict=True)]
    done: list[Repair] = []
    for i, line_runs in enumerate(runs):
        for run in line_runs:
            head = any(run is h for h in heads[i])
            before = _continued_from(page, runs, i, run) if head else []
            after = _continued_in(page, heads, i, run)
            done += _repair_run(before + run + after, len(before), len(before) + len(run))
    return done


JOIN_CONTEXT = 3  # syllables each side of a line break looked at together
MIN_WRAPPED_RUN = 4  # words in a line's last run for it to be a wrapped line of running text

_Run = list[tuple[Word, str] | None]


def _continued_from(page: Page, runs: list[list[_Run]], i: int, run: _Run) -> _Run:
    """The last words of the run of the line above that goes on in `run`."""
    if i == 0:
        return []
    tail = next((t for t in runs[i - 1] if _continues_on(page.lines[i - 1], t, run)), None)
    return tail[-JOIN_CONTEXT:] if tail else []


def _continued_in(page: Page, heads: list[list[_Run]], i: int, run: _Run) -> _Run:
    """The first words of the run of the line below (of its `heads`) that `run` goes on in."""
    if i + 1 == len(heads):
        return []
    head = next((h for h in heads[i + 1] if _continues_on(page.lines[i], run, h)), None)
    return head[:JOIN_CONTEXT] if head else []


def _repair_run(run: _Run, start: int, end: int) -> list[Repair]:
    """Repair the words run[start:end], reading the whole run."""
    syllables = [item[1] if item else None for item in run]
    repairs = [r for r in restore_marks(syllables) if start <= r.index < end]
    for repair in repairs:
        item = run[repair.index]
        assert item is not None
        lead, _, trail = _core(item[0].text)
        item[0].text = lead + repair.repaired + trail
    return repairs


def _continues_on(line: Line, tail: _Run, head: _Run) -> bool:
    """A run of the line goes on in a run of the next line: a run of some length that ends its
    column without punctuation, and the next run starts just below it, at its left edge or
    centred under it (not a short header line, not the other column)."""
    tail_words = [item[0] for item in tail if item]
    head_words = [item[0] for item in head if item]
    if len(tail_words) < MIN_WRAPPED_RUN or not head_words or tail[-1] is None:
        return False  # too short for running text, or cut short by a number or a mark
    last = tail_words[-1]
    after = line.words.index(last) + 1
    column_ends = after == len(line.words) or _columns_apart(last, line.words[after], last.y1 - last.y0)
    if _core(last.text)[2] or not column_ends:
        return False  # ends in punctuation, or a mark ended the run, not the column
    height = max(1.0, line.box[3] - line.box[1])
    below = 0 <= head_words[0].y0 - tail_words[-1].y1 < height
    # Left-aligned, or centred under it (a subject under the number line); a run after a comma
    # starts where its stretch of the line does ("…, nhập khẩu hóa chất cần kiểm" / "soát …")
    left = _stretch_start(line, tail_words[0])
    middle = (left + last.x1) / 2
    return below and left - 2 * height < head_words[0].x0 < middle


def _opens_its_stretch(line: Line, run: _Run) -> bool:
    """Whether a line's stretch of words begins with the run."""
    words = [item[0] for item in run if item]
    return bool(words) and _stretch_start(line, words[0]) == words[0].x0


def _stretch_start(line: Line, first: Word) -> float:
    """Where the stretch of the line's words that holds `first` begins: words a word space or
    two apart, not across a gap between columns."""
    index = line.words.index(first)
    while index > 0:
        before, word = line.words[index - 1], line.words[index]
        if _columns_apart(before, word, word.y1 - word.y0):
            break
        index -= 1
    return line.words[index].x0


def _columns_apart(before: Word, after: Word, height: float) -> bool:
    """Two words of a line further apart than a word space or two (`height`: a word's): the
    gap between two columns."""
    return after.x0 - before.x1 > COLUMN_GAP * height


COLUMN_GAP = 1.5  # in word heights
