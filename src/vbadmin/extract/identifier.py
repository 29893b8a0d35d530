"""Number and symbol: `Số: 2781/QĐ-UBND` (State), `Số 1272-CV/TU` (Party), `30/2020/NĐ-CP`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from vbadmin import vocab
from vbadmin.normalize import repair_number, unify_dashes

# "Số" as printed or as OCR misreads it (Sô, Só, S6, Sỗ), optionally followed by a colon; a
# law's or the National Assembly's resolution's "Luật số:", "Nghị quyết số:" (the colon printed).
NUMBER_LINE = re.compile(
    r"^\W{0,3}(?:(?:Nghị\s+quyết|Luật|Pháp\s+lệnh|Lệnh)\s+số\s*:|S[ốoôóỗổồộơớờởỡợ6]\s*[:.;]?|SỐ\s*[:.;]?|SO\s*[:.;]?)"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Số:" (or OCR's "Sô:", "S6:") with its colon: the number line's label, even when what
# follows could not be read as a number and symbol ("Số: XÃ. IIC-CNHC").
NUMBER_LABEL = re.compile(r"^\W{0,3}S\S{1,2}\s*:")

# The number: digits, or what OCR made of a handwritten one ("Êđã"): kept, judged by _number.
_NUMBER = r"[^\s/-]{0,8}"
# Vietnamese letters too ("445-KL/TƯ"); a department numbered in Roman after a dot ("TTCP-C.III"),
# a bank's branch after a dot ("NHNo.QT-KHCN") or a unit in brackets after its code ("UBND-KTN(KT)")
_SYMBOL_PART = r"[A-Za-zĐđÀ-ỹ][A-Za-zĐđÀ-ỹ0-9&]*(?:\.[A-ZĐ][A-ZĐ0-9]{0,5}|\([A-ZĐ][A-ZĐ0-9]{0,5}\))?"
# NUMBER (maybe blank) "-" TYPE "/" ISSUER[-MORE] ["/" suffix]
_PARTY = re.compile(
    rf"^(?P<number>{_NUMBER})-(?P<type>{_SYMBOL_PART})/(?P<issuer>{_SYMBOL_PART}(?:-{_SYMBOL_PART})*)"
    rf"(?:/(?P<suffix>[a-z]{{1,3}}))?$"
)
# NUMBER (maybe blank) "/" [YEAR "/"] GROUP[-GROUP…]
_STATE = re.compile(
    rf"^(?P<number>{_NUMBER})/(?:(?P<year>(?:19|20)\d\d)/)?(?P<groups>{_SYMBOL_PART}(?:-{_SYMBOL_PART})*)$"
)


# NUMBER "-" ISSUER: the Government's and the Prime Minister's numbering before 1997 ("Nghị
# định số 64-CP", "Chỉ thị 406-TTg", the Council of Ministers' "29-HĐBT", the President's
# decrees of 1945–1959 "Sắc lệnh số 13-SL", the Council's chairman's "Chỉ thị số 200-CT"): no
# type code
_OLD_GOVERNMENT = re.compile(r"^(?P<number>\d{1,5})-(?P<issuer>CP|TTg|HĐBT|SL|CT)$")


# NUMBER "-" TYPE, no body's code: a unit's own numbering of the 1960s–70s ("Số: 17-QĐ")
_TYPE_ONLY = re.compile(r"^(?P<number>\d{1,5})-(?P<type>QĐ|QĐi|CV|TB|BC|KH|NQ|TTr|GT|GGT)$")  # CT: see above


# NUMBER "-" YEAR "/" GROUPS: the Government's resolutions of 2017–2018 ("19-2017/NQ-CP")
_NUMBER_YEAR = re.compile(
    rf"^(?P<number>\d{{1,5}})-(?P<year>(?:19|20)\d\d)/(?P<groups>{_SYMBOL_PART}(?:-{_SYMBOL_PART})*)$"
)


@dataclass
class IdentifierParts:
    identifier: str | None  # None when the number is blank
    number: str | None
    symbol: str
    issuer_code: str | None
    doc_type_code: str | None  # canonical code of a known type, None for a State công văn
    system: str  # "state" | "party"
    year: str | None = None
    issues: list[tuple[str, str]] = field(default_factory=list)  # (code, message)
    # The slash was lost under ink and put back: the code after it may have lost its first
    # letters too ("2265/BCT-ATMT" read "…5CT-ATMT"), so its type code is no evidence of type.
    slash_restored: bool = False


def compact_symbol_text(text: str) -> str:
    """Unify dashes and drop the spaces and stray marks around "-" and "/"."""
    text = unify_dashes(text).strip()
    text = _party_number_joined(re.sub(r"\s*([-/])\s*", r"\1", text))
    # A region numbered in Roman is printed apart from its letters ("286/KV XII-TH")
    text = re.sub(r"(?<=/[A-ZĐ]{2})\s(?=[IVX]{1,5}-)", "", text)
    text = re.sub(r"/{2,}", "/", text)  # OCR of a handwritten "1" beside the slash: "z///KH-VP"
    text = re.sub(r"(?<=/)['‘’`\"]+(?=[A-ZĐ])", "", text)  # and a pen mark after it: "z//'KH-VP"
    text = text.translate(_SYMBOL_LOOKALIKES)
    tokens = text.split()
    # The first token with a slash is the number-symbol; OCR noise may come before it.
    token = next((t for t in tokens if "/" in t), tokens[0] if tokens else "")
    return token.strip(".,;:*'\"`")


def _party_number_joined(text: str) -> str:
    """A Party number set apart from its type code by a space, not a hyphen ("34 CV/HU"): a
    known Party type, one group after the slash (not "235 I /UBND-VP", ink before a symbol)."""
    spaced = re.match(r"^(\d{1,5})\s+([A-ZĐ][A-Za-zĐđ]{0,3})/[A-ZĐ][A-ZĐ0-9]*(?:\s|$)", text)
    if spaced is None or vocab.doc_type_by_code(spaced[2], "party") is None:
        return text
    return f"{spaced[1]}-{text[spaced.end(1):].lstrip()}"


_SYMBOL_LOOKALIKES = str.maketrans({"Ñ": "N", "ñ": "n"})  # not Vietnamese: OCR for N


def _restore_slash(token: str) -> str | None:
    """"191UBND-KT" or "LZBYT-KH-TC" (the slash lost under a handwritten number): put a "/"
    before the first known code that starts a hyphenated symbol."""
    starts = [m.start() for m in re.finditer(rf"(?=({_SYMBOL_PART}(?:-{_SYMBOL_PART})+)$)", token)]
    for known in (vocab.issuer_code, lambda code: vocab.doc_type_by_code(code, "state")):
        for start in starts:
            if 0 < start <= 8 and known(token[start:].split("-")[0]):
                return f"{token[:start]}/{token[start:]}"
    return None


def _slash_and_number_lost(token: str) -> str | None:
    """"BYT-KH-TC" right after "Số:": the pen's number and the slash it covered did not come
    through; the symbol opens with a known code, so the number is blank."""
    head = token.split("-")[0]
    known = vocab.issuer_code(head) or vocab.doc_type_by_code(head, "state")
    return f"/{token}" if "-" in token and known else None


def parse_symbol(raw: str) -> IdentifierParts | None:
    """Parse "1272-CV/TU", "2781/QĐ-UBND", "/UBND-VP" (blank number); None if neither shape."""
    compact = compact_symbol_text(raw)
    party = _PARTY.match(compact)
    if party:
        return _party_parts(party)
    old = _OLD_GOVERNMENT.match(compact)
    if old is None and (type_only := _TYPE_ONLY.match(compact)):
        return _type_only_parts(type_only)
    if old:
        number, issues = _number(old["number"])
        return IdentifierParts(identifier=compact, number=number, symbol=old["issuer"],
                               issuer_code=old["issuer"], doc_type_code=None, system="state", issues=issues)
    state = _STATE.match(compact) or _NUMBER_YEAR.match(compact)
    if state and (glued := _party_type_under_ink(state)):
        return glued
    if state and _symbol_head(state["groups"].split("-")):
        return _state_parts(state)
    return None


def _type_only_parts(match: re.Match[str]) -> IdentifierParts | None:
    """"Số: 17-QĐ": a type's code, no body's."""
    number, issues = _number(match["number"])
    known = vocab.doc_type_by_code(match["type"], "state")
    if known is None:
        return None
    code = _canonical_code(known, match["type"], "state")
    return IdentifierParts(identifier=match.group(), number=number, symbol=match["type"], issuer_code=None,
                           doc_type_code=code, system="state", issues=issues)


def _symbol_head(groups: list[str]) -> bool:
    """"2£v/U": one letter is no symbol, but for a Lệnh's type code before an issuer's ("L-BCH")."""
    return len(groups[0]) > 1 or (len(groups) > 1 and vocab.doc_type_by_code(groups[0], "state") is not None)


def _party_type_under_ink(match: re.Match[str]) -> IdentifierParts | None:
    """"CJKH/TU": a Party number-symbol whose hyphen a handwritten number covered, the type
    code glued to what OCR made of the ink. Taken as Party when the letters before the slash
    end in a Party type code and no digit was read among them; the number is left to the
    handwriting reader."""
    head, groups = match["number"], match["groups"]
    if match.re is not _STATE or not head or "-" in groups or any(ch.isdigit() for ch in head):
        return None
    for cut in range(1, len(head) - 1):
        code = head[cut:]
        if code.isupper() and vocab.doc_type_by_code(code, "party") and vocab.issuer_code(groups):
            party = _PARTY.match(f"{head[:cut]}-{code}/{groups}")
            return _party_parts(party) if party else None
    return None


# A number issued between two others keeps its letter in the identifier ("125a/UBND-VP",
# "07b-CV/ĐU"); the number is its figures. Not o, i, l: OCR's readings of figures.
_LETTERED_NUMBER = re.compile(r"^\d{1,5}[a-hk]$")


def _printed_number(raw: str, number: str | None) -> str | None:
    """The number as the identifier prints it: with its letter, if it has one."""
    return f"{number}{raw[-1]}" if number and _LETTERED_NUMBER.match(raw) else number


def _number(raw: str) -> tuple[str | None, list[tuple[str, str]]]:
    if not raw:
        return None, [("BLANK_NUMBER", "the number is left blank (filled in by hand or unsigned)")]
    if _LETTERED_NUMBER.match(raw):
        return raw[:-1], []
    repaired, changed = repair_number(raw)
    if not repaired.isdigit():
        return None, [("UNREADABLE_NUMBER", f"number {raw!r} is not digits")]
    issues = [("OCR_REPAIRED", f"number {raw!r} read as {repaired}")] if changed else []
    return repaired, issues


def _party_parts(match: re.Match[str]) -> IdentifierParts:
    number, issues = _number(match["number"])
    type_code, issuer = match["type"], match["issuer"]
    symbol = f"{type_code}/{issuer}" + (f"/{match['suffix']}" if match["suffix"] else "")
    identifier = f"{_printed_number(match['number'], number)}-{symbol}" if number else None
    known = vocab.doc_type_by_code(type_code, "party")
    if known is None and _committee_and(type_code, issuer):
        # "125-UB/VP", "07-UB/QĐ": a State body's numbering before 1990, the committee's code,
        # then its office's or the type's
        after = vocab.doc_type_by_code(issuer, "state")
        type_after = _canonical_code(after, issuer, "state") if after else None
        return IdentifierParts(identifier, number, symbol, type_code, type_after, "state", issues=issues)
    canonical = _canonical_code(known, type_code, "party") if known else type_code
    return IdentifierParts(
        identifier=identifier,
        number=number,
        symbol=symbol,
        issuer_code=_without_drafting_unit(issuer),
        doc_type_code=canonical,
        system="party",
        issues=issues,
    )


def as_state_numbering(parts: IdentifierParts) -> IdentifierParts | None:
    """"123-TL/VP", "45-BNT/TC" under a State header: before 1990 State bodies numbered as the
    Party does, their own code before the slash (Bộ Thủy lợi's TL, no type) and their office's
    after it; None when the code before the slash is a type's."""
    head = parts.symbol.partition("/")[0]
    if parts.system != "party" or any(vocab.doc_type_by_code(head, system) for system in ("party", "state")):
        return None
    return replace(parts, issuer_code=head, doc_type_code=None, system="state")


def _committee_and(first: str, second: str) -> bool:
    code = vocab.issuer_code(first)
    return code is not None and code.system == "state" and vocab.issuer_code(second) is None


def mend_letter_read_twice(parts: IdentifierParts) -> IdentifierParts:
    """"ĐĐU" for ĐU on an OCR'd Party number line: an unknown issuer code whose first group
    is a known one with a letter read twice (the one such reading). Only for OCR: a typed
    "CCB" (Cựu chiến binh) is as printed."""
    if parts.system != "party" or not parts.issuer_code:
        return parts
    head, _, rest = parts.issuer_code.partition("-")
    single = vocab.single_letter_reading(head, vocab.issuer_code)
    if single is None:
        return parts
    type_code, _, issuer_and_suffix = parts.symbol.partition("/")
    symbol = f"{type_code}/{single}{issuer_and_suffix[len(head):]}"
    return replace(
        parts,
        identifier=f"{parts.number}-{symbol}" if parts.number else None,
        symbol=symbol,
        issuer_code=f"{single}-{rest}" if rest else single,
        issues=[*parts.issues, ("OCR_REPAIRED", f"issuer code {head!r} read as {single}")],
    )


_CODE_LETTER = re.compile(r"[A-Z0-9Đ&]")
_ARCHIVE_CODE = re.compile(r"[A-ZĐ][A-ZĐ0-9&]{1,11}")


def code_from_archive_copy(symbol: str, archive_copy: str) -> tuple[str, str] | None:
    """"SXD-QLƠT": a symbol group OCR read with a letter no code has (a marked vowel) is the
    drafting unit's code the archive copy lists ("Lưu: VT, QLGT") when exactly one code there
    has its length and its other letters: (group as read, code). None: nothing to mend. A Party
    symbol may print a marked letter ("KL/TƯ") and its archive copy has no codes: left alone."""
    if "/" in symbol:
        return None
    for group in symbol.split("-"):
        odd = [i for i, ch in enumerate(group) if not _CODE_LETTER.match(ch)]
        if len(odd) != 1 or not group.isupper():
            continue
        fits = {code for code in _ARCHIVE_CODE.findall(archive_copy) if len(code) == len(group)
                and all(a == b for i, (a, b) in enumerate(zip(group, code, strict=True)) if i != odd[0])}
        if len(fits) == 1:
            return group, fits.pop()
    return None


def _without_drafting_unit(issuer: str) -> str:
    """"TWĐTN-VP" → "TWĐTN", "TĐTN-PT" → "TĐTN": the Youth Union adds its drafting unit to its
    Party-style symbols; other Party symbols' groups ("BTCTU-BDVTU": joint bodies) stay, and so
    does a group that is a known body's code."""
    head, *units = issuer.split("-")
    if "ĐTN" not in head or not units or any(vocab.issuer_code(unit) for unit in units):
        return issuer
    return head


def _state_parts(match: re.Match[str]) -> IdentifierParts:
    number, issues = _number(match["number"])
    groups = [_capital_first(group) for group in match["groups"].split("-")]
    year = match["year"]
    known = vocab.doc_type_by_code(groups[0], "state") if len(groups) > 1 else None
    if known is None and len(groups) == 1 and (split := _glued_type_code(groups[0])):
        issues.append(("OCR_REPAIRED", f"symbol {groups[0]!r} read as {'-'.join(split)}"))
        groups, known = split, vocab.doc_type_by_code(split[0], "state")
    if (known is None and len(groups) > 1 and (single := _undouble(groups[0])) != groups[0]
            and vocab.issuer_code(groups[0]) is None):  # "BNN-KH": Bộ Nông nghiệp's, no "BN" doubled
        known = vocab.doc_type_by_code(single, "state")  # OCR doubled a letter: "QĐĐ" for "QĐ"
        if known is not None:
            issues.append(("OCR_REPAIRED", f"type code {groups[0]!r} read as {single}"))
            groups[0] = single
    if known is not None:
        type_code: str | None = _canonical_code(known, groups[0], "state")
        issuer_code = "-".join(_issuing_groups(groups[1:]))
    else:  # a State công văn: issuer-unit
        type_code, issuer_code = None, groups[0]
    symbol = "-".join(groups)
    written = f"{year}/{symbol}" if year else symbol
    identifier = f"{_printed_number(match['number'], number)}/{written}" if number else None
    if number and match.re is _NUMBER_YEAR:
        identifier = f"{number}-{year}/{symbol}"
    return IdentifierParts(
        identifier=identifier,
        number=number,
        symbol=symbol,
        issuer_code=issuer_code,
        doc_type_code=type_code,
        system="state",
        year=year,
        issues=issues,
    )


def _capital_first(code: str) -> str:
    """"bCT" → "BCT": a code's first letter OCR read small (a code is in capitals; only a
    Party type code ends with a small letter: "QĐi")."""
    return code[0].upper() + code[1:] if len(code) > 1 and code[0].islower() and code[1:].isupper() else code


def _issuing_groups(groups: list[str]) -> list[str]:
    """The issuers' codes after the type code ("KHLT-CAT-SGDĐT": a joint plan's two), up to a
    police unit's numbered code, the drafting unit's ("BC-CAT-PV01": PV01 drafted it), or the
    Fatherland Front's standing committee ("TT-MTTQ-BTT": its Ban Thường trực issues for it)."""
    issuers = groups[:1]
    for group in groups[1:]:
        if _POLICE_UNIT.match(group) or group == _FRONT_STANDING_COMMITTEE:
            break
        if _committees_unit(issuers, group):
            break
        issuers.append(group)
    return issuers


def _committees_unit(issuers: list[str], group: str) -> bool:
    """"BC-UBND-VX": after a People's Committee's code, one of its offices (Văn xã) drafted the
    letter; any other code is a co-issuer's ("UBND-MTTQ", "UBND-BCĐ138")."""
    unit = _DRAFTING_UNIT.match(group)
    return issuers[-1] == "UBND" and unit is not None and unit["unit"] in vocab.committee_offices()


_DRAFTING_UNIT = re.compile(r"^(?P<unit>[A-ZĐ]{2,4})(?:\([A-ZĐ]{1,4}\))?$")  # "KTN(KT)": a unit of the unit


# A police unit's code: letters and a two-figure number ("PV01", "PC06", "A05"); a steering
# board's "BCĐ138" co-issues.
_POLICE_UNIT = re.compile(r"^[A-Z]{1,2}\d{2}$")
_FRONT_STANDING_COMMITTEE = "BTT"


def _glued_type_code(group: str) -> list[str] | None:
    """"QĐUBND" (a hyphen lost) → ["QĐ", "UBND"] when both halves are known codes."""
    for cut in range(len(group) - 2, 1, -1):
        head, tail = group[:cut], group[cut:]
        if vocab.doc_type_by_code(head, "state") and vocab.issuer_code(tail):
            return [head, tail]
    return None


def _undouble(code: str) -> str:
    return re.sub(r"(.)\1+", r"\1", code)


def _canonical_code(known: vocab.DocType, printed: str, system: str) -> str:
    """Map case drift ("Ctr") to the canonical code ("CTr"); keep legacy codes as printed."""
    for code in (
        (known.party_code, known.state_code)
        if system == "party"
        else (
            known.state_code,
            known.party_code,
        )
    ):
        if code and code.casefold() == printed.casefold():
            return code
    return printed


_SYMBOL_TAIL = re.compile(rf"[A-ZĐ][A-ZĐ0-9&]*(?:-{_SYMBOL_PART})*")


def continues_symbol(text: str) -> bool:
    """Codes only, the rest of a symbol that wrapped: "BCT-BTC-VKSNDTC-TANDTC"."""
    return _SYMBOL_TAIL.fullmatch(re.sub(r"\s*-\s*", "-", unify_dashes(text).strip(" .,;"))) is not None


_RULE_AFTER = re.compile(r"(?<=[A-Za-zĐđ0-9])_+\s*$")


def parse_number_line(text: str) -> IdentifierParts | None:
    """Parse a line that starts with "Số"; None if it is not a number line."""
    match = NUMBER_LINE.match(text.strip())
    if not match or re.match(r"^\W{0,3}s[^\s:]*\s", text.strip()):
        return None  # "số 03/2009/TT-BXD ngày …" in lower case: a sentence wrapped, not "Số:"
    rest = _RULE_AFTER.sub("", match["rest"])  # "05/2023/QĐ-HĐQT_": the rule under it read on its row
    junk = _ink_before_number(rest)
    if _sentence(junk):
        return None  # "Sở Xây dựng nhận được Văn bản số 94/…": a sentence that cites a letter
    parts = _number_line_parts(rest)
    if parts is not None and parts.number is not None and junk:
        # "Số: ? 7 /NQ-CP": OCR read one figure of a number and something else it could not
        # (a handwritten "8"): the figure read is not the number.
        message = f"{junk!r} before {parts.number} not read: the number is unsure"
        parts.issues.append(("UNREADABLE_NUMBER", message))
        parts.number = parts.identifier = None
    return parts


def _sentence(junk: str) -> bool:
    """Words before the number-symbol, not specks of ink: the line is text, not "Số: …"."""
    return sum(1 for token in junk.split() if len(token) >= 2 and token.isalpha()) >= 3


def _ink_before_number(rest: str) -> str:
    """What stands between "Số" and the number-symbol token, but for stray punctuation."""
    tokens = _party_number_joined(re.sub(r"\s*([-/])\s*", r"\1", unify_dashes(rest).strip())).split()
    index = next((i for i, token in enumerate(tokens) if "/" in token), 0)
    return " ".join(t for t in tokens[:index] if t.strip(".:;,_…*'\"`"))


def _number_line_parts(rest: str) -> IdentifierParts | None:
    if "/" not in rest:
        hyphenated = [t for t in unify_dashes(rest).split() if "-" in t]
        token = hyphenated[0].strip(".,;:") if hyphenated else ""
        if token and (whole := parse_symbol(token)) is not None:
            return whole  # "Số: 17-QĐ", "Số: 13-SL": numbering with no slash of its own
        first = token != "" and unify_dashes(rest).split()[0] == hyphenated[0]
        restored = (_slash_and_number_lost(token) if first else None) or _restore_slash(token)
        if restored is None:
            return None
        parts = parse_symbol(restored)
        if parts is not None:
            parts.issues.append(("OCR_REPAIRED", f"number line {rest.strip()!r} read as {restored}"))
            parts.slash_restored = True
        return parts
    return parse_symbol(rest)
