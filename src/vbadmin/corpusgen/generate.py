"""The synthetic corpus: letters written from random choices, with gold built from the same choices."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .bank import TOPICS, Topic
from .body import BUILDERS, Body, Ctx
from .issuers import Issuer, Stack, pick_issuer
from .layout import Layout, Line, NumberLine, layout_text
from .people import distribution, person
from .places import REFORM_DATE
from .refs import CitedDoc, Citer
from .textutil import cap_first, date_words, pad_number, styled, wrap

# key: (sentence-case name, State code, Party code); None = the system does not issue it
DOC_TYPES: dict[str, tuple[str, str | None, str | None]] = {
    "cv": ("Công văn", "", "CV"),
    "qd": ("Quyết định", "QĐ", "QĐ"),
    "nq": ("Nghị quyết", "NQ", "NQ"),
    "ct": ("Chỉ thị", "CT", "CT"),
    "kl": ("Kết luận", None, "KL"),
    "tb": ("Thông báo", "TB", "TB"),
    "kh": ("Kế hoạch", "KH", "KH"),
    "bc": ("Báo cáo", "BC", "BC"),
    "ttr": ("Tờ trình", "TTr", "TTr"),
    "gm": ("Giấy mời", "GM", None),
    "hd": ("Hướng dẫn", "HD", "HD"),
    "ctr": ("Chương trình", "CTr", "CTr"),
    "bb": ("Biên bản", "BB", "BB"),
    "cd": ("Công điện", "CĐ", None),
    "qyd": ("Quy định", "QyĐ", "QĐi"),
}
TYPE_WEIGHTS = {"cv": 20, "qd": 9, "nq": 5, "ct": 5, "kl": 4, "tb": 8, "kh": 9, "bc": 8, "ttr": 5,
                "gm": 5, "hd": 5, "ctr": 4, "bb": 4, "cd": 4, "qyd": 4}
CITABLE = {"cv", "qd", "nq", "ct", "kl", "kh", "hd", "ctr", "tb", "qyd"}
URGENCY = (("Hỏa tốc", "HỎA TỐC"), ("Thượng khẩn", "THƯỢNG KHẨN"), ("Khẩn", "KHẨN"))
SECRECY = (("Tuyệt mật", "TUYỆT MẬT"), ("Tối mật", "TỐI MẬT"), ("Mật", "MẬT"))
FONTS = ("freeserif", "termes", "dejavu")
LEVELS = ("clean", "degraded", "photo")


@dataclass
class GeneratedLetter:
    doc_id: str
    split: str  # "dev" | "test"
    text: str
    gold: dict[str, Any]
    layout: dict[str, Any]
    degradation: dict[str, Any]


@dataclass
class Ident:
    number: str
    identifier: str
    symbol: str
    code: str | None  # doc_type_code
    line: NumberLine


def split_of(doc_id: str) -> str:
    return "dev" if hashlib.sha256(doc_id.encode()).digest()[0] % 2 == 0 else "test"


# ---------------------------------------------------------------- choices


def pick_type(rng: random.Random) -> str:
    keys = list(TYPE_WEIGHTS)
    return rng.choices(keys, weights=[TYPE_WEIGHTS[k] for k in keys])[0]


def pick_system(rng: random.Random, key: str) -> str:
    _, state_code, party_code = DOC_TYPES[key]
    if state_code is None:
        return "party"
    if party_code is None:
        return "state"
    return "party" if rng.random() < (0.5 if key == "cv" else 0.4) else "state"


def pick_day(rng: random.Random) -> date:
    if rng.random() < 0.5:
        start, days = date(2019, 1, 2), (REFORM_DATE - date(2019, 1, 2)).days
    else:
        start, days = REFORM_DATE, (date(2026, 6, 30) - REFORM_DATE).days
    day = start + timedelta(days=rng.randrange(days))
    return day + timedelta(days=1) if day.weekday() == 6 else day


TOPIC_OF_CODE = {
    "STC": "tax", "BTC": "tax", "SYT": "health", "BYT": "health", "SGDĐT": "education",
    "BGDĐT": "education", "SXD": "construction", "BXD": "construction", "SNNMT": "land",
    "STNMT": "land", "BNNMT": "agriculture", "BTNMT": "land", "SKHCN": "digital", "BKHCN": "digital",
    "STTTT": "digital", "BTCTW": "party", "BTCTU": "party", "UBKTTU": "party", "SNV": "digital",
}


def pick_topic(rng: random.Random, key: str, issuer: Issuer) -> Topic:
    by_key = {t.key: t for t in TOPICS}
    if issuer.code in TOPIC_OF_CODE and rng.random() < 0.85:
        return by_key[TOPIC_OF_CODE[issuer.code]]
    if key == "cd":
        return by_key["disaster"] if rng.random() < 0.8 else by_key["health"]
    if issuer.system == "party" and rng.random() < 0.5:
        return by_key["party"]
    return rng.choice([t for t in TOPICS if t.key != "party" or issuer.system == "party"])


def pick_scale(rng: random.Random) -> int:
    return rng.choices([1, 2, 3, 4], weights=[30, 30, 24, 16])[0]


# ---------------------------------------------------------------- number and symbol


def raw_number(rng: random.Random, issuer: Issuer, key: str, day: date) -> int:
    if rng.random() < 0.08:
        return rng.randint(1, 9)
    rate = {"cv": 8.0, "qd": 3.0, "tb": 2.0, "bc": 2.0, "kh": 1.0}.get(key, 0.4)
    rate *= {"central": 2.0, "province": 1.0, "district": 0.3, "commune": 0.2}[issuer.level]
    if issuer.system == "party":
        start = date(2025, 10, 1) if day >= date(2025, 10, 1) else date(2020, 10, 1)
        elapsed = (day - start).days
        rate *= 0.5
    else:
        elapsed = day.timetuple().tm_yday
    return max(1, int(elapsed * rate * rng.uniform(0.5, 1.2)))


def make_ident(rng: random.Random, issuer: Issuer, key: str, day: date, unit: str) -> Ident:
    _, state_code, party_code = DOC_TYPES[key]
    n = raw_number(rng, issuer, key, day)
    if issuer.system == "party":
        code = party_code or ""
        if key == "qyd" and rng.random() < 0.5:
            code = "QĐ"
        symbol = f"{code}/{issuer.code}"
        number = pad_number(n)
        return Ident(number, f"{number}-{symbol}", symbol, code, NumberLine("Số ", number, f"-{symbol}"))
    if key == "cv":
        symbol = f"{issuer.code}-{unit}"
        number = pad_number(n)
        return Ident(number, f"{number}/{symbol}", symbol, None, NumberLine("Số: ", number, f"/{symbol}"))
    code = state_code or ""
    symbol = f"{code}-{issuer.code}"
    normative = key in ("qd", "qyd") and issuer.code in ("UBND", "TTg") and rng.random() < 0.3
    if normative:
        number = pad_number(rng.randint(1, 60))
        ident = f"{number}/{day.year}/{symbol}"
        return Ident(number, ident, symbol, code, NumberLine("Số: ", number, f"/{day.year}/{symbol}"))
    number = pad_number(n)
    return Ident(number, f"{number}/{symbol}", symbol, code, NumberLine("Số: ", number, f"/{symbol}"))


# ---------------------------------------------------------------- header, title, footer


def header_lines(issuer: Issuer) -> tuple[list[Line], list[Line], str]:
    left: list[Line] = []
    if issuer.parent:
        left.append(Line(issuer.parent, size=12.5 if issuer.system == "state" else 13))
    for i, text in enumerate(issuer.lines):
        last = i == len(issuer.lines) - 1
        left.append(Line(text, bold=True, size=12.5 if issuer.system == "state" else 13,
                         rule=last and issuer.system == "state"))
    if issuer.system == "party":
        left.append(Line("*", size=13))
        national = "ĐẢNG CỘNG SẢN VIỆT NAM"
        right = [Line(national, bold=True, size=14, rule=True)]
    else:
        national = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        right = [Line(national, bold=True, size=12.5),
                 Line("Độc lập - Tự do - Hạnh phúc", bold=True, size=13, rule=True)]
    return left, right, national


def subject_print(rng: random.Random, key: str, system: str, subject: str) -> tuple[str, str]:
    """(printed trích yếu, gold subject); gold drops a leading "V/v" / "Về việc" only."""
    if key == "cv":
        lead = "V/v " if system == "state" else rng.choice(["V/v ", "V/v ", "về việc ", ""])
        return lead + subject, subject
    if key == "bb":
        text = f"Cuộc họp về {subject}" if system == "state" else f"hội nghị về {subject}"
        return text, text
    if key == "gm":
        return f"Về việc dự họp {subject}", f"dự họp {subject}"
    if system == "party":
        lead = rng.choice(["về ", "về ", "về việc "])
        return lead + subject, subject if lead == "về việc " else lead + subject
    lead = rng.choice(["Về việc ", "Về ", ""]) if key not in ("qd", "cd") else "Về việc "
    printed = lead + subject if lead else cap_first(subject)
    return printed, subject if lead == "Về việc " else printed


def signature_lines(stack: Stack, name: str, party: bool) -> list[Line]:
    lines = [Line(a, bold=True, size=13.5) for a in stack.authority]
    if stack.position:
        lines.append(Line(stack.position, bold=not party, size=13.5))
    lines += [Line("", size=13.5)] * 3
    lines.append(Line(name, bold=True, size=13.5))
    return lines


def distribution_lines(items: list[str], party: bool) -> list[Line]:
    label = Line("Nơi nhận:", bold=not party, italic=not party, underline=party,
                 size=13 if party else 12, align="L")
    end = "," if party else ";"
    out = [label]
    for i, item in enumerate(items):
        out.append(Line(f"- {item}{'.' if i == len(items) - 1 else end}", size=11, align="L"))
    return out


def signatory_gold(stack: Stack, name: str) -> dict[str, Any]:
    return {"authority": "\n".join(stack.authority) or None, "position": stack.position, "name": name}


# ---------------------------------------------------------------- the letter


@dataclass
class Draft:
    """Everything chosen for one letter, in first-vowel tone style."""

    key: str
    issuer: Issuer
    day: date
    ident: Ident
    subject_printed: str
    subject_gold: str
    body: Body
    citer: Citer
    stack: Stack
    signer: str
    dist: list[str]
    urgency: tuple[str, str] | None
    secrecy: tuple[str, str] | None


def draft_letter(rng: random.Random, pool: list[CitedDoc]) -> Draft:
    key = pick_type(rng)
    system = pick_system(rng, key)
    day = pick_day(rng)
    issuer = pick_issuer(rng, system, key, day)
    topic = pick_topic(rng, key, issuer)
    subject = topic.subjects[rng.randrange(len(topic.subjects))]
    citer = Citer(rng, day)
    doc_name = DOC_TYPES[key][0]
    ctx = Ctx(rng, issuer, topic, day, citer, pool, "", pick_scale(rng), doc_name)
    ctx.subject = ctx.fill(subject)
    body = BUILDERS[key](ctx)
    unit = rng.choice(issuer.units)
    ident = make_ident(rng, issuer, key, day, unit)
    printed, gold_subject = subject_print(rng, key, issuer.system, ctx.subject)
    stack = rng.choice(issuer.stacks)
    signer = body.chair or person(rng)
    dist = [] if key == "bb" else distribution(rng, issuer, body.first_distribution, day >= REFORM_DATE, unit)
    urgency = rng.choice(URGENCY) if rng.random() < (0.8 if key == "cd" else 0.1) else None
    secrecy = rng.choice(SECRECY) if rng.random() < 0.05 else None
    return Draft(key, issuer, day, ident, printed, gold_subject, body, citer, stack, signer, dist,
                 urgency, secrecy)


def chair_stack(draft: Draft) -> Stack:
    if draft.key != "bb":
        return draft.stack
    return Stack((), "CHỦ TRÌ HỘI NGHỊ" if draft.issuer.system == "party" else "CHỦ TỌA", "none")


@dataclass
class Styles:
    header: Callable[[str], str]
    body: Callable[[str], str]
    footer: Callable[[str], str]


def pick_styles(rng: random.Random) -> Styles:
    head = rng.random() < 0.35
    body = rng.random() < 0.25
    foot = head if rng.random() < 0.7 else not head
    return Styles(lambda s: styled(s, head), lambda s: styled(s, body), lambda s: styled(s, foot))


def restyle_lines(lines: list[Line], fn: Callable[[str], str]) -> list[Line]:
    for line in lines:
        line.text = fn(line.text)
    return lines


def restyle(value: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [restyle(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: restyle(v, fn) for k, v in value.items()}
    return value


def build_layout(draft: Draft, st: Styles, rng: random.Random) -> tuple[Layout, str]:
    issuer, party = draft.issuer, draft.issuer.system == "party"
    left, right, national = header_lines(issuer)
    restyle_lines(left + right, st.header)
    marks = [st.header(m[1]) if m[1] == "HỎA TỐC" else m[1] for m in (draft.urgency, draft.secrecy) if m]
    date_line = None if draft.key == "bb" else st.header(f"{issuer.place}, {date_words(draft.day)}")
    after: list[Line] = []
    title: list[Line] = []
    subject = st.body(draft.subject_printed)
    if draft.key == "cv":
        after = [Line(t, size=12, italic=party, align="C") for t in wrap(subject, 42)]
    else:
        title = [Line(DOC_TYPES[draft.key][0].upper(), bold=True, size=15 if party else 14)]
        sub = wrap(subject, 68)
        title += [Line(t, bold=True, size=14 if party else 13.5, rule=(i == len(sub) - 1))
                  for i, t in enumerate(sub)]
    body = restyle_lines(draft.body.lines(), st.body)
    footer_right = restyle_lines(signature_lines(chair_stack(draft), draft.signer, party), st.footer)
    if draft.key == "bb" and draft.body.co_signer:
        position, name = draft.body.co_signer
        footer_left = signature_lines(Stack((), position, "none"), name, party)
    else:
        footer_left = restyle_lines(distribution_lines(draft.dist, party), st.footer)
    layout = Layout(issuer.system, left, right, draft.ident.line, date_line, after, marks, title, body,
                    footer_left, footer_right, blank_between_paragraphs=rng.random() < 0.6)
    return layout, st.header(national)


def build_gold(draft: Draft, st: Styles, national: str) -> dict[str, Any]:
    issuer, body = draft.issuer, draft.body
    gold: dict[str, Any] = {
        "system": issuer.system,
        "national_header": national,
        "parent_issuer": st.header(issuer.parent) if issuer.parent else None,
        "issuer": st.header(issuer.name),
        "identifier": draft.ident.identifier,
        "number": draft.ident.number,
        "symbol": draft.ident.symbol,
        "issuer_code": issuer.code,
        "doc_type": DOC_TYPES[draft.key][0],
        "doc_type_code": draft.ident.code,
        "place": None if draft.key == "bb" else st.header(issuer.place),
        "date": None if draft.key == "bb" else draft.day.isoformat(),
        "subject": st.body(draft.subject_gold),
        "urgency": draft.urgency[0] if draft.urgency else None,
        "secrecy": draft.secrecy[0] if draft.secrecy else None,
        "recipients": restyle(list(body.recipients), st.body),
        "preamble": [line.text for line in body.preamble],  # already restyled with the layout
        "directives": restyle([p.gold() for p in body.points], st.body),
        "closing": restyle(list(body.closing), st.body),
        "signatory": restyle(signatory_gold(chair_stack(draft), draft.signer), st.footer),
        "distribution": restyle(list(draft.dist), st.footer),
        "references": restyle(draft.citer.gold(), st.body),
    }
    if draft.key == "bb" and body.co_signer:
        position, name = body.co_signer
        gold["co_signatories"] = [{"authority": None, "position": position, "name": name}]
    return gold


def pool_entry(draft: Draft) -> CitedDoc | None:
    if draft.key not in CITABLE:
        return None
    subject = draft.subject_gold
    lead = "về " if draft.issuer.system == "party" else "về việc "
    prov = draft.issuer.province.name if draft.issuer.province else None
    return CitedDoc(DOC_TYPES[draft.key][0], draft.ident.identifier, draft.day, draft.issuer.cite_name,
                    lead + subject if not subject.lower().startswith("về") else subject,
                    system=draft.issuer.system, province=prov)


def degradation(rng: random.Random) -> dict[str, Any]:
    return {"font": rng.choices(FONTS, weights=[45, 40, 15])[0],
            "scan_level": rng.choices(LEVELS, weights=[40, 35, 25])[0],
            "scan_seed": rng.randrange(2**31)}


def make_letter(rng: random.Random, index: int, pool: list[CitedDoc]) -> GeneratedLetter:
    draft = draft_letter(rng, pool)
    styles = pick_styles(rng)
    layout, national = build_layout(draft, styles, rng)
    gold = build_gold(draft, styles, national)
    deg = degradation(rng)
    if deg["scan_level"] == "photo":
        gold["handwritten"] = {"number": draft.ident.number, "day": None}
    entry = pool_entry(draft)
    if entry is not None:
        pool.append(entry)
    doc_id = f"g{index:04d}-{draft.key}-{draft.issuer.system}"
    deg.update(doc_type=gold["doc_type"], signatory_kind=chair_stack(draft).kind, level=draft.issuer.level)
    return GeneratedLetter(doc_id, split_of(doc_id), layout_text(layout), gold, layout.to_dict(), deg)


def generate_corpus(n: int, seed: int) -> list[GeneratedLetter]:
    """``n`` letters, deterministic for a given ``seed``."""
    rng = random.Random(seed)
    pool: list[CitedDoc] = []
    return [make_letter(rng, i, pool) for i in range(1, n + 1)]
