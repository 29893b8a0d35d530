"""Controlled vocabularies: document types, signing prefixes, marks, places, bodies, codes.

The data lives in JSON files next to this module (package data, read through
`importlib.resources`); this module only loads it into frozen dataclasses and offers lookups.

Two comparison rules are used throughout:
- codes (type and issuer abbreviations) compare case-insensitively but keep Đ apart from D
  (`HĐ` is not `HD`, `QĐ` is not `QD`, §6.3);
- words and names compare with `match_key` (NFC, tone placement folded, lower case), so
  `UỶ`/`ỦY` and `HOÁ`/`HÓA` are the same.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from vbadmin.normalize import (
    clean_text,
    collapse_spaces,
    edit_distance,
    loose_key,
    match_key,
    strip_diacritics,
    unify_dashes,
)

__all__ = [
    "DocType",
    "IssuerCode",
    "Province",
    "Province2025",
    "body_head_words",
    "circulation_of",
    "citation_leads",
    "doc_type_by_code",
    "doc_type_by_loose_name",
    "doc_type_by_name",
    "doc_types",
    "family_names",
    "is_party_body",
    "issuer_code",
    "issuer_codes",
    "lexicon_phrases",
    "opens_body_under",
    "law_names",
    "goes_on_name_above",
    "committee_offices",
    "middle_names",
    "mottos",
    "national_headers",
    "party_body_words",
    "place_unit_words",
    "position_titles",
    "province_name",
    "provinces",
    "provinces_2025",
    "secrecy_of",
    "signatory_prefix",
    "single_letter_reading",
    "starts_body_name",
    "starts_place_unit",
    "title_in",
    "unnumbered_citation_words",
    "urgency_of",
]


@cache
def _data(name: str) -> Any:
    return json.loads(files(__name__).joinpath(name).read_text(encoding="utf-8"))


def _code_key(code: str) -> str:
    """Key for abbreviations: upper case, Đ kept distinct from D (str.upper never folds them)."""
    return unify_dashes(clean_text(code)).strip().upper()


def _starts_with_words(text: str, prefix: str) -> bool:
    """`text` starts with `prefix`; a prefix ending in a letter must not cut a longer word."""
    if not text.startswith(prefix):
        return False
    rest = text[len(prefix) : len(prefix) + 1]
    return not (prefix[-1:].isalnum() and rest.isalnum())


def _by_length(items: list[tuple[str, Any]]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(items, key=lambda item: -len(item[0])))


# --- document types -----------------------------------------------------------------------


@dataclass(frozen=True)
class DocType:
    name: str
    upper: str
    state_code: str | None
    party_code: str | None
    aliases: tuple[str, ...]
    legacy_codes: tuple[str, ...]
    normative: bool


@cache
def doc_types() -> tuple[DocType, ...]:
    return tuple(
        DocType(
            name=d["name"],
            upper=d["upper"],
            state_code=d["state_code"],
            party_code=d["party_code"],
            aliases=tuple(d["aliases"]),
            legacy_codes=tuple(d["legacy_codes"]),
            normative=d["normative"],
        )
        for d in _data("doc_types.json")
    )


@cache
def _code_index() -> dict[str, dict[str, DocType]]:
    index: dict[str, dict[str, DocType]] = {"state": {}, "party": {}, "legacy": {}}
    for doc_type in doc_types():
        for system, code in (("state", doc_type.state_code), ("party", doc_type.party_code)):
            if code:
                index[system].setdefault(_code_key(code), doc_type)
        for code in doc_type.legacy_codes:
            index["legacy"].setdefault(_code_key(code), doc_type)
    return index


_SEARCH_ORDER: dict[str | None, tuple[str, ...]] = {
    None: ("state", "party", "legacy"),
    "state": ("state", "legacy", "party"),
    "party": ("party", "legacy", "state"),
}


def doc_type_by_code(code: str, system: str | None = None) -> DocType | None:
    """Type for an abbreviation (`QĐ`, `QyĐ`, `CTr`, `QĐi`, legacy `GT` …); None if unknown.

    `system` ("state" or "party") decides which list is tried first: `TT` is Thông tư in
    State symbols and Thông tri in Party symbols. Party `QĐ` gives Quyết định; callers tell
    a Party Quy định from the type word.
    """
    if system not in _SEARCH_ORDER:
        raise ValueError(f"system must be 'state', 'party' or None, not {system!r}")
    key = _code_key(code)
    index = _code_index()
    return next((index[s][key] for s in _SEARCH_ORDER[system] if key in index[s]), None)


@cache
def _name_index() -> tuple[tuple[str, DocType], ...]:
    pairs = [(match_key(n), t) for t in doc_types() for n in (t.name, *t.aliases)]
    return _by_length(pairs)


def doc_type_by_name(text: str) -> DocType | None:
    """Type whose name or alias starts `text` (longest match first), any case or tone style."""
    key = match_key(text)
    return next((t for name, t in _name_index() if _starts_with_words(key, name)), None)


@cache
def _loose_name_index() -> dict[str, DocType]:
    return {loose_key(n): t for t in doc_types() for n in (t.name, *t.aliases)}


def doc_type_by_loose_name(text: str) -> DocType | None:
    """Type whose name or alias is the WHOLE text, diacritics ignored ("QUYÉT ĐỊNH" from OCR).

    Safe because no two type names share a diacritic-free key (checked in the tests)."""
    return _loose_name_index().get(loose_key(text))


@cache
def _loose_title_index() -> tuple[tuple[str, str], ...]:
    return tuple((loose_key(title), title) for title in position_titles())


def title_in(text: str) -> str | None:
    """The longest signer title whose diacritic-free form occurs in `text` ("GIÁM ĐÓC" → "GIÁM ĐỐC")."""
    key = loose_key(text)
    return next((title for loose, title in _loose_title_index() if loose in key), None)


# --- signing prefixes -----------------------------------------------------------------------


@cache
def _prefix_index() -> tuple[tuple[str, str], ...]:
    pairs = [(v.upper(), p["kind"]) for p in _data("signatory_prefixes.json") for v in p["variants"]]
    return _by_length(pairs)


@cache
def _capitals_only_prefixes() -> frozenset[str]:
    return frozenset(p["kind"] for p in _data("signatory_prefixes.json") if p.get("capitals_only"))


def signatory_prefix(line: str) -> tuple[str, str] | None:
    """`("KT", "CHỦ TỊCH")` for "KT. CHỦ TỊCH"; Party forms map to the same kinds (T/M → TM);
    `("ĐD", "BÊN A")` for "ĐẠI DIỆN BÊN A" (in capitals: "Đại diện Sở …" is prose)."""
    if line.lstrip()[:1] not in "TKQtkqĐ":  # every prefix starts so: most lines end here, cheaply
        return None
    text = collapse_spaces(clean_text(line))
    upper = text.upper()
    for variant, kind in _prefix_index():
        capitals_only = kind in _capitals_only_prefixes()
        if not _starts_with_words(text if capitals_only else upper, variant):
            continue
        if capitals_only and ":" in text:
            continue  # "ĐẠI DIỆN ĐOÀN KIỂM TRA:", "ĐẠI DIỆN BÊN GIAO: …": who took part, in minutes
        rest = text[len(variant) :].lstrip(" .")  # a dot OCR read twice: "TM..ỦY BAN"
        if not rest or rest[0].isalpha():
            return kind, rest.rstrip()
    return None


# --- marks ---------------------------------------------------------------------------------

_FRAME = re.compile(r"^[\W_]+|[\W_]+$")


@lru_cache(maxsize=65536)  # each header line is looked up as urgency, secrecy and circulation
def _mark_key(text: str) -> str:
    return _FRAME.sub("", match_key(text))


@cache
def _mark_index(kind: str) -> dict[str, str]:
    return {
        match_key(v): m["canonical"]
        for m in _data("marks.json")[kind]
        for v in (m["canonical"], *m["variants"])
    }


def urgency_of(text: str) -> str | None:
    """Canonical urgency ("Hỏa tốc", "Thượng khẩn", "Khẩn") when the whole line is one; in
    capitals, with any marks OCR put on its letters ("HỒA TỐC", "KHĂN")."""
    return _mark_of("urgency", text)


def secrecy_of(text: str) -> str | None:
    """Canonical secrecy ("Tuyệt mật", "Tối mật", "Mật") when the whole line is one; in
    capitals, with any marks OCR put on its letters ("TOI MÂT", "MẠT")."""
    return _mark_of("secrecy", text)


def _mark_of(kind: str, text: str) -> str | None:
    found = _mark_index(kind).get(_mark_key(text))
    if found is None and text.strip().isupper():  # a boxed stamp's capitals, their marks misread
        found = _loose_mark_index(kind).get(loose_key(_mark_key(text)))
    return found


@cache
def _loose_mark_index(kind: str) -> dict[str, str]:
    return {loose_key(key): canonical for key, canonical in _mark_index(kind).items()}


@cache
def _circulation_index() -> dict[str, str]:
    return {match_key(m): m for m in _data("marks.json")["circulation"]}


def circulation_of(text: str) -> str | None:
    """Canonical circulation instruction ("LƯU HÀNH NỘI BỘ" …) when the whole line is one."""
    return _circulation_index().get(_mark_key(text))


# --- provinces -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Province:
    """One of the 63 provincial units before the 2025 merger."""

    code: str
    name: str  # as written in the date line
    official: str
    successor: str  # the unit it belongs to from 01/07/2025
    variants: tuple[str, ...]


@dataclass(frozen=True)
class Province2025:
    """One of the 34 provincial units from 01/07/2025."""

    name: str
    kind: str  # "city" or "province"
    official: str
    formed_from: tuple[str, ...]
    variants: tuple[str, ...]


def _variants(name: str) -> tuple[str, ...]:
    return tuple(_data("provinces.json")["variants"].get(name, ()))


@cache
def provinces() -> tuple[Province, ...]:
    return tuple(
        Province(p["code"], p["name"], p["official"], p["successor"], _variants(p["name"]))
        for p in _data("provinces.json")["before_2025"]
    )


@cache
def provinces_2025() -> tuple[Province2025, ...]:
    return tuple(
        Province2025(p["name"], p["kind"], p["official"], tuple(p["formed_from"]), _variants(p["name"]))
        for p in _data("provinces.json")["after_2025"]
    )


_UNIT_WORD = re.compile(r"^(?:tỉnh|thành phố|tp\.?|thủ đô)\s+")


def _place_key(text: str) -> str:
    key = re.sub(r"\s*-\s*", " - ", match_key(text))
    key = re.sub(r"\.\s*", ". ", key).strip(" .,;:")
    stripped = _UNIT_WORD.sub("", key)
    return stripped or key


@cache
def _place_index() -> dict[str, str]:
    units: list[Province | Province2025] = [*provinces(), *provinces_2025()]
    index: dict[str, str] = {}
    for unit in units:
        for form in (unit.name, unit.official, *unit.variants):
            index.setdefault(_place_key(form), unit.name)
    return index


def province_name(text: str) -> str | None:
    """Date-line name ("Thanh Hóa", "Thành phố Hồ Chí Minh") for a name or known variant."""
    return _place_index().get(_place_key(text))


# --- bodies --------------------------------------------------------------------------------


@cache
def _body_words(field: str) -> tuple[str, ...]:
    return tuple(_data("bodies.json")[field])


def body_head_words() -> tuple[str, ...]:
    return _body_words("body_head_words")


@dataclass(frozen=True)
class NationalHeader:
    """A header a letter's right column opens with ("VIỆT NAM DÂN CHỦ CỘNG HÒA", 1945–1976)."""

    name: str
    system: str  # "state" | "party"
    current: bool  # a former one is a header only as a whole row (or over its motto)


@cache
def national_headers() -> tuple[NationalHeader, ...]:
    return tuple(NationalHeader(h["name"], h["system"], h["current"])
                 for h in _data("national_headers.json")["headers"])


@cache
def mottos() -> tuple[str, ...]:
    return tuple(_data("national_headers.json")["mottos"])


def mass_org_headers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A mass organisation's own headers: (printed at the head of a longer line too, printed
    only as a line of their own: a central committee's name in the left column is the same)."""
    return _body_words("mass_org_headers"), _body_words("mass_org_whole_headers")


def place_unit_words() -> tuple[str, ...]:
    return _body_words("place_unit_words")


def party_body_words() -> tuple[str, ...]:
    return _body_words("party_body_words")


@cache
def _word_keys(field: str) -> tuple[str, ...]:
    return tuple(sorted({match_key(w) for w in _body_words(field)}, key=len, reverse=True))


def _starts_any(line: str, field: str) -> bool:
    key = match_key(line)
    return any(_starts_with_words(key, word) for word in _word_keys(field))


@cache
def web_page_rows(where: str) -> tuple[str, ...]:
    """A web page's rows "above" or "below" the letter it shows (web_page.json)."""
    return tuple(_data("web_page.json")[where])


def opens_only_under_its_group(line: str) -> bool:
    """"ĐIỆN LỰC LONG HỒ", "VIỄN THÔNG …": a head that names a body only under its group's row."""
    key = match_key(line)
    heads = _data("bodies.json")["heads_under_the_row"]
    return any(_starts_with_words(key, match_key(head)) for head in heads)


def opens_body_under(line: str, above: str, row_above: str) -> bool:
    """Whether a head that opens a body only under some parents ("THƯỜNG TRỰC" under a HĐND or
    a Front in the rows `above`, "ĐIỆN LỰC" right under a power company's `row_above`) may open
    `line`; True for every other head."""
    for field, parent in (("heads_under", above), ("heads_under_the_row", row_above)):
        parents = next((kinds for head, kinds in _data("bodies.json")[field].items()
                        if _starts_with_words(match_key(line), match_key(head))), None)
        if parents is not None:
            return any(_starts_with_words(match_key(parent), match_key(kind)) for kind in parents)
    return True


@cache
def committee_offices() -> frozenset[str]:
    """A People's Committee's offices' codes ("VX", "KT", "NC"), as its letters' symbols name them."""
    return frozenset(_body_words("committee_offices"))


def goes_on_name_above(line: str, above: str) -> bool:
    """Whether `line` opens with a head that goes on the name of the row `above` ("ĐẠI HỘI XX
    ĐẢNG BỘ TỈNH" under "TIỂU BAN VĂN KIỆN": the congress's subcommittee)."""
    openers = next((kinds for head, kinds in _data("bodies.json")["heads_going_on"].items()
                    if _starts_with_words(match_key(line), match_key(head))), ())
    return any(_starts_with_words(match_key(above), match_key(kind)) for kind in openers)


def head_length(line: str) -> int:
    """How many words the longest body head `line` opens with has ("BỘ TƯ LỆNH …": 3); 0."""
    key = match_key(line)
    return max((len(word.split()) for word in _word_keys("body_head_words") if _starts_with_words(key, word)),
               default=0)


def _first_word_upper(line: str) -> bool:
    words = clean_text(line).split(maxsplit=1)
    return bool(words) and words[0] == words[0].upper()


def starts_body_name(line: str) -> bool:
    """True when `line` begins the name of a body (SỞ …, UBND …, TỈNH UỶ …, ĐOÀN KIỂM TRA).

    The head word must be in capitals, as in a header: "Sở Công Thương nhận được …" is prose.
    """
    return (
        _first_word_upper(line)
        and _starts_any(line, "body_head_words")
        and not _starts_any(line, "head_exclusions")
    )


@cache
def _heads_by_key(words: int) -> dict[str, str | None]:
    """Body heads of one or two words ("SỞ", "CHI NHÁNH") by their mark-free key; None where
    two share one."""
    found: dict[str, str | None] = {}
    for head in body_head_words():
        if len(head.split()) == words:
            key = loose_key(head)
            found[key] = head if found.get(key, head) == head else None
    return found


# Words as printed that a body's head is one mark from, and that open capitals lines
# themselves: "SỐ" (the number), "PHONG TRÀO", "BẢN ĐỒ", a family name ("VŨ VĂN AN").
_NOT_HEADS = frozenset({"SỐ", "SÔ", "PHONG", "BẢN", "BẠN", "VŨ", "VÕ", "HỒI", "HỐI", "TRƯỞNG"})


def repair_body_head(line: str) -> str:
    """"SƠ XÂY DỰNG" → "SỞ XÂY DỰNG": an OCR'd body name whose one-word head lost or changed
    its marks (the head only: the rest of the name may be a proper name)."""
    words = line.split()
    # "CHI NHANH TINH BINH", "BAO HIEM XA HỌI KHU", "VĂN PHONG" (the head alone): a head that lost
    # its marks
    for size in (4, 3, 2):
        if len(words) >= size and all(w.isalpha() and w.isupper() for w in words[: size + 1]):
            meant = _heads_by_key(size).get(loose_key(" ".join(words[:size])))
            if meant and not _other_head_as_printed(words[0], meant):
                return " ".join([meant, *words[size:]])
    head, _, rest = line.partition(" ")
    following = rest.split(maxsplit=1)[0] if rest.strip() else ""
    if not (head.isalpha() and head.isupper() and following.isalpha()) or head in _NOT_HEADS:
        return line  # "SỐ 1050/QĐ-SCT", "SỐ I050/QĐ-SCT": a number, not a body
    meant = _heads_by_key(1).get(loose_key(head))
    if not meant or meant == head or _word_as_printed(head, following, meant):
        return line
    return f"{meant} {rest}"


def _word_as_printed(head: str, following: str, meant: str) -> bool:
    """"VIÊN CHỨC NĂM 2025" (a wrapped "HỘI ĐỒNG TUYỂN DỤNG / VIÊN CHỨC"): the word as printed
    makes a word letters use often with the next one, the head it is one mark from makes none
    ("VIỆN CHỨC"); "PHÓNG THANH TRA" is PHÒNG's, "phóng thanh" no word of letters."""
    from vbadmin.lexicon import is_common_word, is_word  # the lexicon is built from these vocabularies

    return is_common_word([head, following]) and not is_word([meant, following])


def _other_head_as_printed(word: str, meant: str) -> bool:
    """"VIỆN THÔNG TIN …": a one-word head as printed ("VIỆN") that a longer head would respell
    ("VIỄN THÔNG") opens its own name."""
    first = meant.split()[0]
    return match_key(word) != match_key(first) and match_key(word) in _word_keys("body_head_words")


def starts_place_unit(line: str) -> bool:
    """True when `line` begins with a place (TỈNH LÀO CAI) that continues a wrapped body name."""
    return (
        _first_word_upper(line)
        and _starts_any(line, "place_unit_words")
        and not _starts_any(line, "head_exclusions")
        and not starts_body_name(line)
    )


@cache
def _party_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _word_keys("party_body_words"))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)(?! ban nhân dân)")


def is_party_body(line: str) -> bool:
    """True when the line names a Party body (TỈNH UỶ …, VĂN PHÒNG TỈNH ỦY, CHI BỘ …)."""
    return _party_pattern().search(match_key(line)) is not None


# --- issuer codes --------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuerCode:
    code: str
    name: str
    system: str  # "state" or "party"


@cache
def issuer_codes() -> tuple[IssuerCode, ...]:
    return tuple(IssuerCode(i["code"], i["name"], i["system"]) for i in _data("issuer_codes.json"))


@cache
def _issuer_index() -> dict[str, IssuerCode]:
    return {_code_key(i.code): i for i in issuer_codes()}


def ends_an_issuer_code(code: str) -> bool:
    """Whether `code` is the end of a longer known issuer code ("CT" of "BCT")."""
    key = _code_key(code)
    return any(known != key and known.endswith(key) for known in _issuer_index())


def single_letter_reading(code: str, known: Callable[[str], object]) -> str | None:
    """The one known code that `code`, itself unknown, is with a doubled letter read once
    ("ĐĐU" → ĐU, "HĐĐND" → HĐND); None when `code` is known or no single reading is."""
    if known(code):
        return None
    readings = {code[:i] + code[i + 1 :] for i in range(1, len(code)) if code[i] == code[i - 1]}
    found = [reading for reading in readings if known(reading)]
    return found[0] if len(found) == 1 else None


def issuer_code(code: str) -> IssuerCode | None:
    """Known issuer code (case-insensitive, Đ ≠ D); a legislature suffix is ignored (QH15)."""
    key = _code_key(code)
    index = _issuer_index()
    return index.get(key) or index.get(re.sub(r"(?<=QH)\d+$", "", key))


# --- citations -----------------------------------------------------------------------------


@cache
def citation_leads() -> tuple[str, ...]:
    """Words that introduce a citation ("Căn cứ", "Thực hiện" …), longest first."""
    return tuple(sorted(_data("citations.json")["leads"], key=len, reverse=True))


@cache
def unnumbered_citation_words() -> tuple[str, ...]:
    """Words of citations that carry no number ("Đại hội", "Hội nghị lần thứ" …)."""
    return tuple(_data("citations.json")["unnumbered_patterns_words"])


@cache
def closing_openings() -> tuple[str, ...]:
    """How a closing paragraph opens ("Trên đây là", "Trong quá trình thực hiện" …)."""
    return tuple(_data("body.json")["closing_openings"])


@cache
def closing_phrases() -> tuple[str, ...]:
    """Thanks that close a letter wherever they stand in a short paragraph (body.json)."""
    return tuple(_data("body.json")["closing_phrases"])


@cache
def closing_verbs() -> tuple[str, ...]:
    """The verbs of a closing sentence that reports or submits the letter ("báo cáo" …)."""
    return tuple(_data("body.json")["closing_verbs"])


@cache
def law_names_joined_by_and() -> tuple[str, ...]:
    """Laws whose name joins two words by "và" ("Khoa học và công nghệ"): printed "Khoa học và
    Công nghệ" too, where "và" before a capital would end a name."""
    return tuple(name for name in _data("laws.json")["names"] if " và " in name)


def law_names() -> tuple[str, ...]:
    """Known laws' and codes' names after "Luật" / "Bộ luật", as enacted."""
    return tuple(_data("laws.json")["names"])


@cache
def law_name_openings() -> frozenset[str]:
    """The first two words of every known law's name (one for a one-word name), match_key form."""
    names = [*_data("laws.json")["names"], *law_names_with_stop_words()]
    return frozenset(" ".join(match_key(name).replace(",", " ").split()[:2]) for name in names)


@cache
def numeral_context_words() -> frozenset[str]:
    """Words a Roman numeral follows ("khóa", "thứ", "vực" …), match_key form."""
    return frozenset(match_key(word) for word in _data("citations.json")["numeral_context_words"])


@cache
def law_names_with_stop_words() -> tuple[str, ...]:
    """Laws and ordinances whose enacted name holds "của", "theo", "tại" or "có", the name after
    "Luật" or "Pháp lệnh"."""
    return tuple(_data("citations.json")["law_names_with_stop_words"])


@cache
def position_titles() -> tuple[str, ...]:
    """Signer titles printed in signature blocks (UPPER), longest first."""
    titles: list[str] = _data("positions.json")["titles"]
    return tuple(sorted(titles, key=len, reverse=True))


def deputy_title(head: str) -> str | None:
    """Who signs "KT. <head>": "PHÓ CHỦ TỊCH" for CHỦ TỊCH, "THỨ TRƯỞNG" for BỘ TRƯỞNG; None
    when that is no known title (a head misread)."""
    deputies: dict[str, str] = _data("positions.json")["deputies"]
    deputy = next((d for h, d in deputies.items() if match_key(h) == match_key(head)), f"PHÓ {head}")
    return deputy if match_key(deputy) in _title_keys() else None


@cache
def _title_keys() -> frozenset[str]:
    return frozenset(match_key(title) for title in position_titles())


@cache
def family_names() -> tuple[str, ...]:
    """Common Vietnamese family names ("Nguyễn", "Đinh")."""
    return tuple(_data("person_names.json")["family_names"])


@cache
def _honorific_pattern() -> re.Pattern[str]:
    data = _data("honorifics.json")
    ranks = "|".join(sorted(map(re.escape, data["ranks"]), key=len, reverse=True))
    degrees = "|".join(sorted(map(re.escape, data["degrees"]), key=len, reverse=True))
    # "PGS.TS. " / "PGS. TS " / "Thượng tướng " / "Đại tá, BSCKII. ": degrees in their own
    # case, ranks in any.
    degree_run = rf"(?:(?:{degrees})(?:\.\s*|\s+))"
    return re.compile(rf"^(?:(?i:{ranks})(?:\s+|,\s*(?={degree_run})){degree_run}*|{degree_run}+)(?=\S)")


def honorific_length(text: str) -> int:
    """How many leading characters of `text` are a rank or degrees printed before a name
    ("Thượng tướng ", "PGS.TS. "); 0 when it opens with none."""
    match = _honorific_pattern().match(text)
    return match.end() if match else 0


@cache
def middle_names() -> tuple[str, ...]:
    """Common middle names ("Thị", "Văn")."""
    return tuple(_data("person_names.json")["middle_names"])


# --- OCR repair of header phrases ------------------------------------------------------------

_HEADER_WORDS_EXTRA = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM", "NHÂN DÂN", "TRUNG ƯƠNG",
)


@cache
def lexicon_phrases() -> tuple[str, ...]:
    """The names of the vocabularies (bodies, titles, places, document types), in capitals."""
    return (
        *body_head_words(), *place_unit_words(), *party_body_words(),
        *(title for title in position_titles() if title not in _body_words("titles_not_respelt")),
        *(code.name.upper() for code in issuer_codes()),
        *(p.name.upper() for p in provinces()), *(p.name.upper() for p in provinces_2025()),
        *(t.upper for t in doc_types()), *_HEADER_WORDS_EXTRA, *_body_words("name_phrases"),
        *(f"{unit} {p.name.upper()}" for unit in ("TỈNH", "THÀNH PHỐ") for p in provinces()),
    )


@cache
def _phrase_index() -> dict[tuple[str, ...], tuple[str, ...] | None]:
    """Two- and three-word phrases of body names, places and titles, keyed by their words'
    diacritic-free forms; a key shared by two different spellings maps to None (ambiguous)."""
    index: dict[tuple[str, ...], tuple[str, ...] | None] = {}
    three_only = set(_body_words("three_words_only"))  # a head too ("THI HÀNH ÁN DÂN SỰ": "AN DÂN")
    # A phrase never spans a comma: "TỈNH ỦY, THÀNH ỦY" lists two names, "TỈNH ỦY THÀNH" is none.
    for name in lexicon_phrases():
        if name in three_only:
            continue
        for part in name.split(","):
            words = tuple(fold_spelling(collapse_spaces(part)).split())
            for size in (2, 3):
                for start in range(len(words) - size + 1):
                    phrase = words[start : start + size]
                    _add_unambiguous(index, tuple(loose_key(word) for word in phrase), phrase)
    # Bodies' names whose words make places' and people's names two by two ("AN DÂN", "AN
    # TỊNH", "LÝ THỊ"): three words at a time only.
    for name in _body_words("known_body_names"):
        words = tuple(name.split())
        for start in range(len(words) - 2):
            phrase = words[start : start + 3]
            _add_unambiguous(index, tuple(loose_key(word) for word in phrase), phrase)
    return index


def _add_unambiguous(
    index: dict[Any, tuple[str, ...] | None], key: Any, phrase: tuple[str, ...] | None
) -> None:
    """Index `phrase` under `key`; a key two different spellings share maps to None."""
    index[key] = phrase if index.get(key, phrase) == phrase else None


@cache
def _single_place_units() -> frozenset[str]:
    """"phường", "xã", "tỉnh": one-word place units, as match keys."""
    return frozenset(key for key in _word_keys("place_unit_words") if " " not in key)


def fold_spelling(text: str) -> str:
    return match_key(text).upper()


@cache
def _three_word_phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    index = _phrase_index().items()
    return tuple(("".join(key), phrase) for key, phrase in index if phrase and len(key) == 3)


def _near_phrase(words: list[str]) -> tuple[str, ...] | None:
    """The one known three-word phrase within one letter of `words` ("ỦV BAN NHÂN")."""
    key = "".join(loose_key(word) for word in words)
    near = {phrase for joined, phrase in _three_word_phrases() if edit_distance(joined, key) <= 1}
    return near.pop() if len(near) == 1 else None


@cache
def _glued_phrases() -> dict[str, tuple[str, ...] | None]:
    """Two-word phrases keyed by their words' keys run together ("hungyen"): OCR drops the
    space between big capitals."""
    index: dict[str, tuple[str, ...] | None] = {}
    for key, phrase in _phrase_index().items():
        if len(key) == 2 and all(len(part) >= 2 for part in key):
            joined = "".join(key)
            _add_unambiguous(index, joined, phrase)
    return index


def _unglued(words: list[str]) -> tuple[list[str], bool]:
    """"HƯNGYÊN" → "HƯNG", "YÊN" when that is a known phrase; other words as they are."""
    out: list[str] = []
    for word in words:
        phrase = _glued_phrases().get(loose_key(word)) if len(word) >= 5 and word.isupper() else None
        out.extend(phrase or [word])
    return out, len(out) != len(words)


def phrase_spellings(words: list[str]) -> list[set[str]]:
    """For each word of an UPPER-case typed line, the spellings the known phrases that cover it
    give it ("HẢI QUAN KHU": QUAN from HẢI QUAN, QUÂN from QUÂN KHU). A phrase that spells a
    word typed with marks otherwise ("PHƯỜNG AN" is no "PHƯƠNG ÁN"), or a two-word one whose
    respelt edge word makes a word as typed with the next ("BAN AN TOÀN": no "BẢN ÁN"), covers
    nothing."""
    index = _phrase_index()
    keys = [loose_key(word) for word in words]
    typed = [fold_spelling(word.rstrip(_TRAILING_MARKS)) for word in words]
    spellings: list[set[str]] = [set() for _ in words]
    for size in (2, 3):
        for start in range(len(words) - size + 1):
            found = index.get(tuple(keys[start : start + size])) or ()
            phrase = [word.rstrip(_TRAILING_MARKS) for word in found]
            if size == 2 and found and _word_across_the_edge(words, start, size, found):
                continue
            if any(strip_diacritics(typed[start + i]) != typed[start + i] and typed[start + i] != word
                   for i, word in enumerate(phrase)):
                continue
            for offset, word in enumerate(phrase):
                spellings[start + offset].add(word)
    return spellings


def repair_phrases(text: str, fuzzy: bool = False) -> tuple[str, bool]:
    """Put back the tone marks OCR lost in well-known header phrases of an UPPER-case line:
    "THÀNH PHÔ HẢI PHÒNG" → "THÀNH PHỐ HẢI PHÒNG". Words OCR read right are kept as printed."""
    words, changed = _unglued(text.split())
    keys = [loose_key(word) for word in words]
    index = _phrase_index()
    # The words of a three-word phrase (read right or put right) are not changed by an
    # overlapping two-word one (the longer context wins); among two-word phrases the last one
    # read wins ("ỦY THÀNH" then "THANH HÓA": TỈNH ỦY THANH HÓA).
    repaired: set[int] = set()
    for size in (3, 2):
        for start in range(len(words) - size + 1):
            phrase = index.get(tuple(keys[start : start + size]))
            window = words[start : start + size]
            if phrase is None and fuzzy and size == 3:
                phrase = _near_phrase(window)
            if phrase is None or any(
                (start + i in repaired or _place_unit_at_edge(window, i))
                and fold_spelling(window[i].rstrip(_TRAILING_MARKS)) != phrase[i].rstrip(_TRAILING_MARKS)
                for i in range(size)
            ):
                # "CỤC HẢI QUAN KHU VỰC": QUÂN KHU may not undo CỤC HẢI QUAN; "PHƯỜNG AN
                # XUYÊN": a place unit read as printed is no "PHƯƠNG ÁN"
                continue
            if size == 2 and _word_across_the_edge(words, start, size, phrase):
                continue  # "BAN AN TOÀN": AN makes a word with TOÀN as read, no "BẢN ÁN"
            # Words compared and replaced without the punctuation after them, which each word
            # keeps as printed ("BỘ TRƯỞNG, CHỦ NHIỆM").
            bare = [w.rstrip(_TRAILING_MARKS) for w in window]
            meant = [p.rstrip(_TRAILING_MARKS) for p in phrase]
            if size == 3:  # read right or put right, the words stand
                repaired.update(range(start, start + size))
            if [fold_spelling(w) for w in bare] != meant:
                after = [w[len(b) :] for w, b in zip(window, bare, strict=True)]
                words[start : start + size] = [m + a for m, a in zip(meant, after, strict=True)]
                keys[start : start + size] = [loose_key(word) for word in phrase]
                changed = True
    return (" ".join(words), True) if changed else (text, False)


def _place_unit_at_edge(window: list[str], i: int) -> bool:
    """A place unit read as printed ("PHƯỜNG", "QUẬN") at a phrase's edge, where it may open a
    place's name; inside three words of a name ("CHỈ HUY QUẬN SỰ") it is that name's word."""
    inside = len(window) == 3 and i == 1
    return not inside and match_key(window[i]) in _single_place_units()


_TRAILING_MARKS = ".,;:"


def _word_across_the_edge(words: list[str], start: int, size: int, phrase: tuple[str, ...]) -> bool:
    """The phrase would respell its first or last word, which makes a word as read with the
    word outside the phrase."""
    from vbadmin.lexicon import is_word

    def respelt(i: int) -> bool:
        return fold_spelling(words[start + i].rstrip(_TRAILING_MARKS)) != phrase[i].rstrip(_TRAILING_MARKS)

    end = start + size
    return (start > 0 and respelt(0) and is_word(words[start - 1 : start + 1])) or (
        end < len(words) and respelt(size - 1) and is_word(words[end - 1 : end + 1]))


_WORD_PARTS = re.compile(r"^(\W*)(.*?)(\W*)$")


def repair_phrase_words(text: str) -> tuple[str, list[str]]:
    """The marks OCR lost in well-known phrases (titles, bodies' names; whole, of two words at
    least) inside a line of any case, each word keeping its case and the punctuation
    around it: "Giảm độc Sở" → "Giám đốc Sở". A word a longer phrase holds is not changed by a
    shorter one ("Chi cục Hải quan khu vực" is no "QUÂN KHU"). Returns the line and the changes
    made ("Giảm→Giám")."""
    parts = [_word_parts(word) for word in text.split()]
    cores = [core for _, core, _ in parts]
    keys = [loose_key(core) if core.isalpha() else "" for core in cores]  # "": no word, no phrase
    changes: list[str] = []
    held: set[int] = set()  # words a longer phrase matched, read right or put right
    for size in (4, 3, 2):
        for start in range(len(cores) - size + 1):
            window = tuple(keys[start : start + size])
            phrase = None if "" in window else _whole_phrase_index().get(window)
            span = set(range(start, start + size))
            if phrase is None or span & held or not _one_phrase_as_printed(parts, start, size):
                continue
            held |= span
            for offset, meant in enumerate(phrase):
                core = cores[start + offset]
                if fold_spelling(core) != meant:
                    cores[start + offset] = _cased_like(meant, core)
                    changes.append(f"{core}→{cores[start + offset]}")
    if not changes:
        return text, []
    return " ".join(lead + core + tail for (lead, _, tail), core in zip(parts, cores, strict=True)), changes


def _one_phrase_as_printed(parts: list[tuple[str, str, str]], start: int, size: int) -> bool:
    """Words `start`… of a line that may be one title's or body's name as printed: no
    punctuation between them ("Thống, Kế toán" is no THỐNG KÊ); two words neither a person's
    name in title case ("Hải Quân", "Bảo Tăng"), nor a word as read ("học viên", "Hải quan"),
    nor a word's end or start with the words beside them ("kỹ thuật viên trưởng", "bị thu hồi")."""
    from vbadmin.lexicon import is_word

    if any(tail.strip() for _, _, tail in parts[start : start + size - 1]):
        return False
    cores = [core for _, core, _ in parts]
    pair = cores[start : start + size]
    if size != 2 or _body_word_after(cores, start + size):
        return True  # "Giảm độc Sở Nội vụ", "Văn phong UBND tỉnh": a title or a body before a body's name
    names_case = all(core[:1].isupper() and core[1:].islower() for core in pair)
    # the words around them, with no punctuation between: "kỹ thuật viên", "thu hồi"
    before = [cores[start - back : start + 1] for back in (1, 2)
              if start - back >= 0 and not any(tail.strip() for _, _, tail in parts[start - back : start])]
    joined_after = start + 2 < len(cores) and not parts[start + 1][2].strip()
    after = [cores[start + 1 : start + 3]] if joined_after else []
    around = [*before, *after]
    return not names_case and not is_word(pair) and not any(is_word(words) for words in around)


def _body_word_after(cores: list[str], index: int) -> bool:
    """The word at `index` opens a body's or a place's name ("Sở", "UBND", "tỉnh")."""
    return index < len(cores) and match_key(cores[index]) in _body_first_words()


@cache
def _body_first_words() -> frozenset[str]:
    heads = (*body_head_words(), *place_unit_words(), *party_body_words())
    return frozenset(match_key(head.split()[0]) for head in heads)


@cache
def _whole_phrase_index() -> dict[tuple[str, ...], tuple[str, ...] | None]:
    """Titles and bodies' names of 2-4 words, whole (in running text a part of one, as "TỈNH
    PHÚ" of "TỈNH PHÚ YÊN", would match "tỉnh phụ trách"), keyed like _phrase_index. No place
    names: they are people's names too ("Bà Lê Thanh Hoa" is not "Thanh Hóa")."""
    names = (
        *body_head_words(), *party_body_words(), *position_titles(),
        *(code.name.upper() for code in issuer_codes()),
    )
    index: dict[tuple[str, ...], tuple[str, ...] | None] = {}
    for name in names:
        phrase = tuple(fold_spelling(collapse_spaces(name)).split())
        if 2 <= len(phrase) <= 4:
            _add_unambiguous(index, tuple(loose_key(word) for word in phrase), phrase)
    return index


def _word_parts(word: str) -> tuple[str, str, str]:
    match = _WORD_PARTS.match(word)
    assert match is not None  # the pattern matches any string
    return match.group(1), match.group(2), match.group(3)


def _cased_like(meant: str, like: str) -> str:
    """`meant` (in capitals) written in the case of `like`: ĐỐC, Đốc or đốc."""
    if like.isupper():
        return meant
    return meant[:1] + meant[1:].lower() if like[:1].isupper() else meant.lower()
