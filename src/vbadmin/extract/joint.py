"""Joint documents (văn bản liên tịch, hướng dẫn liên ngành): several bodies issue one letter.

The symbol names a code for each body in order ("24/HDLN-BCA-BQP-BYT"), the header sets their
names side by side or one under another, and each body's head signs in a block of its own, the
blocks set in a grid. The record's issuer is the bodies' names joined by " - "; its signatory
is the lead body's (the first named), the other blocks are co-signatories.
"""

from __future__ import annotations

import re

from vbadmin import vocab
from vbadmin.layout import Segment, sub_segment
from vbadmin.normalize import clean_text, loose_key, loose_words, match_key
from vbadmin.pages import Word

COLUMN_GAP = 2.0  # row heights between two blocks set side by side


def joint_bodies(header_text: str, issuer_code: str | None) -> list[str]:
    """The names of a joint document's bodies: the header's words cut where each of the
    symbol's codes starts a body's name, by its initials ("BỘ CÔNG AN" for BCA), as printed
    ("UBND") or by the code's known name. Empty unless every code starts a body's name, in
    order, the first at the header's first word (a parent body above means one issuer)."""
    codes = (issuer_code or "").split("-")
    words = [w for w in header_text.split() if any(ch.isalnum() for ch in w)]
    if len(codes) < 2 or not words:
        return []
    starts: list[int] = []
    for code in codes:
        after = starts[-1] + 1 if starts else 0
        start = next((i for i in range(after, len(words)) if _names_code(words[i:], code)), None)
        if start is None or (not starts and start != 0):
            return []
        if starts and start - 1 > starts[-1] and _school_head_skipped(words, start):
            start -= 1  # "TRƯỜNG ĐẠI HỌC NÔNG LÂM" is ĐHNL: its code skips the head word
        elif starts and start - 2 > starts[-1] and loose_key(" ".join(words[start - 2 : start])) == "uyban":
            start -= 2  # "ỦY BAN MTTQ VIỆT NAM XÃ …" is MTTQ: its code skips "ỦY BAN"
        starts.append(start)
    names = [" ".join(words[a:b]) for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
    if not all(vocab.starts_body_name(name) for name in names):
        return []
    return [_as_known(name, code) for name, code in zip(names, codes, strict=True)]


# a school's code names it without "Trường" ("ĐHNL"); these end a name with "TRƯỜNG"
_WORDS_BEFORE_TRUONG = frozenset({"moi", "thi", "quang", "chien"})


def _school_head_skipped(words: list[str], start: int) -> bool:
    """"TRƯỜNG" before the code's words heads a school's name, unless it ends the name before it
    ("MÔI TRƯỜNG", "THỊ TRƯỜNG")."""
    before = loose_key(words[start - 2]) if start >= 2 else ""
    return loose_key(words[start - 1]) == "truong" and before not in _WORDS_BEFORE_TRUONG


def _names_code(words: list[str], code: str) -> bool:
    """Whether the words open with the body the code stands for."""
    key = loose_key(code)
    if not key:
        return False
    if loose_key(words[0]) == key or _initials_are(words, key):
        return True
    known = vocab.issuer_code(code)
    return known is not None and loose_key(" ".join(words)).startswith(loose_key(known.name))


def _initials_are(words: list[str], key: str) -> bool:
    """Whether the words' initials open with the code, "và" skipped as codes skip it ("SỞ GIÁO
    DỤC VÀ ĐÀO TẠO" is SGDĐT); an abbreviation among the words gives all its letters ("BAN
    QLDA ĐẦU TƯ …" is BQLDA)."""
    if not key:
        return True
    if not words:
        return False
    word, rest = words[0], words[1:]
    word_key = loose_key(word)
    if not word_key or word_key == "va":
        return _initials_are(rest, key)
    whole = word.isupper() and len(word_key) > 1 and key.startswith(word_key)
    return (key.startswith(word_key[0]) and _initials_are(rest, key[1:])) or (
        whole and _initials_are(rest, key[len(word_key) :])
    )


def _as_known(name: str, code: str) -> str:
    """A name that is the code's known body with marks lost to a font or OCR ("VIỆN KIỂM SÁT
    NHÂN DÂN TÓI CAO") is written as that body's name."""
    known = vocab.issuer_code(code)
    if known is None or loose_key(name) != loose_key(known.name) or match_key(name) == match_key(known.name):
        return name
    return known.name.upper()


def signature_grid(segments: list[Segment]) -> list[list[Segment]]:
    """The signature blocks of a grid, each as its own lines, top row first and right to left
    in a row; empty when the segments hold fewer than two blocks.

    A block opens where a prefix starts its authority ("KT. BỘ TRƯỞNG"); the blocks opened on
    one row share the rows below it, up to the next row that opens blocks, cut between the
    authority lines' ends; a row of openings right under such a row stacks their prefixes. A
    block whose authority has no prefix is not seen."""
    rows = sorted({s.row for s in segments})
    openers = {row: _openings(segments, row) for row in rows}
    # a row that opens blocks right under one that did stacks their prefixes: "TM. ỦY BAN NHÂN
    # DÂN HUYỆN" / "KT. CHỦ TỊCH" is one block
    opening_rows = [row for row in rows if openers[row] and not openers.get(row - 1)]
    if sum(len(openers[row]) for row in opening_rows) < 2:
        return []
    blocks: list[list[Segment]] = []
    for top, below in zip(opening_rows, [*opening_rows[1:], None], strict=True):
        cuts = _cuts(openers[top])
        rows_of_grid_row = [s for s in segments if s.row >= top and (below is None or s.row < below)]
        columns: list[list[Segment]] = [[] for _ in openers[top]]
        for segment in rows_of_grid_row:
            for column, part in _parts_by_column(segment, cuts):
                columns[column].append(part)
        blocks += reversed(columns)
    return [block for block in blocks if block]


def _openings(segments: list[Segment], row: int) -> list[tuple[float, float]]:
    """(x0, x1) of each authority line that opens a block on the row: from its prefix to the
    next opening or the row's end. On a row where a prefix opens one, a title after a wide gap
    opens another (a head who signs in person: "BỘ TRƯỞNG BỘ TÀI CHÍNH")."""
    words = sorted((w for s in segments if s.row == row for w in _words_of(s)), key=lambda w: w.x0)
    starts = [i for i in range(len(words)) if _opens_block(words, i)]
    if not starts:
        return []
    starts = sorted({*starts, *(i for i in range(1, len(words)) if _title_after_gap(words, i))})
    ends = [*(start - 1 for start in starts[1:]), len(words) - 1]
    return [(words[a].x0, words[b].x1) for a, b in zip(starts, ends, strict=True)]


def _words_of(segment: Segment) -> list[Word]:
    """The segment's words; a part cut from a row's text has none: its words are placed in its
    box in proportion to their characters."""
    if segment.words:
        return segment.words
    x0, y0, x1, y1 = segment.box
    width = (x1 - x0) / max(1, len(segment.text))
    return [Word(m.group(0), x0 + m.start() * width, y0, x0 + m.end() * width, y1)
            for m in re.finditer(r"\S+", segment.text)]


def _opens_block(words: list[Word], index: int) -> bool:
    title = " ".join(w.text for w in words[index : index + 4])
    found = vocab.signatory_prefix(title)
    return found is not None and bool(found[1])


def _title_after_gap(words: list[Word], index: int) -> bool:
    gap = words[index].x0 - words[index - 1].x1
    if gap < COLUMN_GAP * (words[index].y1 - words[index].y0):
        return False
    text = " ".join(w.text for w in words[index : index + 4])
    title = vocab.title_in(text)
    return title is not None and text.startswith(title)


def _cuts(openings: list[tuple[float, float]]) -> list[float]:
    """Boundaries between the columns of the blocks opened on one row."""
    return [(left[1] + right[0]) / 2 for left, right in zip(openings, openings[1:], strict=False)]


def _column_of(word: Word, cuts: list[float]) -> int:
    centre = (word.x0 + word.x1) / 2
    return sum(centre > cut for cut in cuts)


def _parts_by_column(segment: Segment, cuts: list[float]) -> list[tuple[int, Segment]]:
    """The segment cut where its words cross into another block's column."""
    words = _words_of(segment)
    if not words:
        return []
    parts: list[tuple[int, Segment]] = []
    cursor = 0
    run_start, run_column = 0, _column_of(words[0], cuts)
    for word in words:
        printed = clean_text(word.text).strip()
        found = segment.text.find(printed, cursor)
        start = cursor if found < 0 else found
        column = _column_of(word, cuts)
        if column != run_column:
            parts.append((run_column, sub_segment(segment, run_start, start)))
            run_start, run_column = start, column
        cursor = start + len(printed)
    parts.append((run_column, sub_segment(segment, run_start, len(segment.text))))
    return [(column, part) for column, part in parts if part.text]


def lead_block(blocks: list[list[Segment]], lead_body: str) -> int:
    """The block signed for the lead body: the first whose lines name it, else the first whose
    authority names it without its place ("ĐẠI DIỆN SỞ KHOA HỌC VÀ CÔNG NGHỆ" for the Sở of
    the province), else the first."""
    key = loose_key(lead_body)
    for index, block in enumerate(blocks):
        if key and key in loose_key(" ".join(s.text for s in block[:4])):
            return index
    for index, block in enumerate(blocks):
        found = vocab.signatory_prefix(block[0].text) if block else None
        named = _ORGAN.sub("", found[1]) if found else ""
        body = loose_key(named) if named and vocab.starts_body_name(named) else ""
        if body and key.startswith(body):
            return index
    return 0


# A body's standing organ signing for it: "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH" names the Hội
_ORGAN = re.compile(r"^(?:BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH|(?:BAN\s+)?THƯỜNG\s+TRỰC)\s+(?=\S+\s+\S)")


def issuers_party(authorities: list[str | None], issuer: str, text: str) -> int | None:
    """Of blocks signed for the parties of a contract or a memorandum ("ĐẠI DIỆN BÊN A" |
    "ĐẠI DIỆN BÊN B"), the one that stands for the issuer: its authority names it, or names
    the party ("BÊN A") whose line in the text does ("BÊN A (…): VĂN PHÒNG UBND TỈNH …");
    None when not one block does."""
    found = [vocab.signatory_prefix((authority or "").split("\n")[0]) for authority in authorities]
    if not issuer.strip() or any(f is None or f[0] != "ĐD" or not f[1] for f in found):
        return None
    parties = [f[1] for f in found if f is not None]
    standing = [i for i, party in enumerate(parties) if _stands_for(party, issuer, text)]
    return standing[0] if len(standing) == 1 else None


def _stands_for(party: str, issuer: str, text: str) -> bool:
    """The party's name opens the issuer's, or the issuer's opens it ("SỞ Y TẾ" and "SỞ Y TẾ
    TỈNH …", not "CƠ SỞ Y TẾ"), or the party's line in the text names the issuer."""
    if _one_opens_the_other(loose_words(party), loose_words(issuer)):
        return True
    line = re.search(rf"(?m)^\s*{re.escape(party)}\b[^:\n]{{0,60}}:\s*(?P<name>.+)$", text)
    return line is not None and loose_key(issuer) in loose_key(line["name"])


def _one_opens_the_other(a: list[str], b: list[str]) -> bool:
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and longer[: len(shorter)] == shorter

