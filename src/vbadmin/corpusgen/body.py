"""Bodies of the document types: preamble, numbered points (directives), closing."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .bank import CLOSINGS_PARTY, CLOSINGS_STATE, OPENERS, Topic
from .issuers import Issuer
from .layout import Line
from .people import person, recipients, upward
from .places import REFORM_DATE
from .refs import UNNUMBERED, CitedDoc, Citer
from .textutil import ROMAN, VI_LETTERS, date_short, lower_first

BODY_SIZE = 13.0


@dataclass
class Point:
    label: str
    text: str
    marker: str
    heading: bool = False
    children: list[Point] = field(default_factory=list)

    def gold(self) -> dict[str, Any]:
        return {"label": self.label, "text": self.text, "children": [c.gold() for c in self.children]}

    def lines(self) -> list[Line]:
        own = Line(f"{self.marker} {self.text}", bold=self.heading, align="J", size=BODY_SIZE, indent=10)
        return [own] + [line for c in self.children for line in c.lines()]


@dataclass
class Body:
    recipients: list[str] = field(default_factory=list)
    recipient_lines: list[Line] = field(default_factory=list)
    preamble: list[Line] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    first_distribution: str | None = None
    co_signer: tuple[str, str] | None = None  # (position, name) for the minutes' secretary
    chair: str | None = None  # the minutes' chair, who signs on the right

    def lines(self) -> list[Line]:
        out = list(self.recipient_lines) + list(self.preamble)
        out += [line for p in self.points for line in p.lines()]
        out += [para(c) for c in self.closing]
        return out


@dataclass
class Ctx:
    rng: random.Random
    issuer: Issuer
    topic: Topic
    day: date
    citer: Citer
    pool: list[CitedDoc]
    subject: str  # sentence case without lead word
    scale: int  # 1..4, drives length
    doc_name: str  # "Kế hoạch", for "Kế hoạch này"

    @property
    def party(self) -> bool:
        return self.issuer.system == "party"

    @property
    def post_reform(self) -> bool:
        return self.day >= REFORM_DATE

    def fill(self, template: str) -> str:
        rng = self.rng
        deadline = self.day + timedelta(days=rng.randint(7, 60))
        if self.issuer.province is not None and self.issuer.level != "central":
            area = self.issuer.province.unit_lower
        else:
            area = "cả nước"
        return template.format(
            year=self.day.year, next_year=self.day.year + 1, pct=rng.randint(55, 98),
            num=rng.randint(3, 240), area=area, lead=self.topic.lead,
            deadline=date_short(deadline, rng.choice([0, 1])),
        )

    def pick(self, items: tuple[str, ...] | list[str], k: int) -> list[str]:
        k = max(0, min(k, len(items)))
        return [self.fill(s) for s in self.rng.sample(list(items), k)]


def para(text: str, italic: bool = False, bold: bool = False, align: str = "J") -> Line:
    return Line(text, bold=bold, italic=italic, align=align, size=BODY_SIZE, indent=10)


def centred(text: str) -> Line:
    return Line(text, bold=True, align="C", size=BODY_SIZE)


def number_marker(ctx: Ctx, n: int) -> str:
    return f"{n}-" if ctx.party and ctx.rng.random() < 0.15 else f"{n}."


def numbered(ctx: Ctx, texts: list[str], children: bool = True) -> list[Point]:
    points = []
    dash = ctx.party and ctx.rng.random() < 0.3
    for i, text in enumerate(texts, 1):
        kids: list[Point] = []
        if children and ctx.rng.random() < 0.12 * ctx.scale and ctx.scale >= 2:
            kids = lettered(ctx.pick(ctx.topic.actions, ctx.rng.randint(2, 3)))
        points.append(Point(str(i), text, f"{i}-" if dash else f"{i}.", children=kids))
    return points


def lettered(texts: list[str]) -> list[Point]:
    return [Point(VI_LETTERS[i], t, f"{VI_LETTERS[i]})") for i, t in enumerate(texts)]


def roman(ctx: Ctx, sections: list[tuple[str, list[Point]]]) -> list[Point]:
    dash = ctx.party and ctx.rng.random() < 0.4
    return [Point(ROMAN[i], title, f"{ROMAN[i]}-" if dash else f"{ROMAN[i]}.", heading=True, children=kids)
            for i, (title, kids) in enumerate(sections)]


def articles(texts: list[str]) -> list[Point]:
    return [Point(f"Điều {i}", t, f"Điều {i}.") for i, t in enumerate(texts, 1)]


# ---------------------------------------------------------------- recipients


def kinh_gui(ctx: Ctx, names: list[str], label: str = "Kính gửi") -> list[Line]:
    end = "," if ctx.party else ";"
    if len(names) == 1:
        tail = ctx.rng.choice(["", "."])
        return [Line(f"{label}: {names[0]}{tail}", align="C", size=BODY_SIZE)]
    lines = [Line(f"{label}:", align="C", size=BODY_SIZE, gap=False)]
    for i, name in enumerate(names):
        last = i == len(names) - 1
        lines.append(Line(f"- {name}{'.' if last else end}", align="L", size=BODY_SIZE, indent=45,
                          gap=last))
    return lines


def add_recipients(ctx: Ctx, body: Body, k: int, label: str = "Kính gửi") -> None:
    body.recipients = recipients(ctx.rng, ctx.issuer, ctx.post_reform, k)
    body.recipient_lines = kinh_gui(ctx, body.recipients, label)


def recipient_count(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.3:
        return 1
    if roll < 0.85:
        return rng.randint(2, 6)
    return rng.randint(7, 15)


# ---------------------------------------------------------------- citations


def corpus_doc(ctx: Ctx) -> CitedDoc | None:
    """An earlier letter of the corpus this one can answer (same province first)."""
    earlier = [d for d in ctx.pool if d.day and d.day < ctx.day - timedelta(days=2)]
    if not earlier:
        return None
    prov = ctx.issuer.province.name if ctx.issuer.province else None
    same = [d for d in earlier if d.province == prov or d.province is None]
    return ctx.rng.choice(same) if same else None


def lead_citation(ctx: Ctx, verbs: tuple[str, ...] = ("Thực hiện", "Triển khai")) -> str | None:
    """A citation that opens the body: an earlier corpus letter, or else a national text."""
    doc = corpus_doc(ctx) if ctx.rng.random() < 0.7 else None
    if doc is None:
        verbs = ("Thực hiện", "Triển khai", "Căn cứ")
        ext = ctx.citer.pick_external(ctx.topic.key, ctx.issuer.system, 1)
        doc = ext[0] if ext else None
    if doc is None:
        return None
    return f"{ctx.rng.choice(verbs)} {ctx.citer.cite(doc)}"


def party_basis(ctx: Ctx) -> str:
    doc = UNNUMBERED[ctx.rng.randrange(2)]
    return ctx.citer.cite(doc)


def basis_lines(ctx: Ctx, k: int) -> list[Line]:
    """"Căn cứ …;" lines of a State decision, the last ends with a full stop."""
    docs = ctx.citer.pick_external(ctx.topic.key, "state", k)
    texts = [f"Căn cứ {ctx.citer.cite(d)};" for d in docs]
    extra = corpus_doc(ctx)
    if extra is not None and ctx.rng.random() < 0.5:
        texts.append(f"Căn cứ {ctx.citer.cite(extra)};")
    texts.append(f"Theo đề nghị của {ctx.topic.lead if ctx.issuer.code == 'UBND' else 'Chánh Văn phòng'}.")
    return [para(t, italic=True) for t in texts]


def party_basis_lines(ctx: Ctx, enact: str) -> list[Line]:
    texts = ["- Căn cứ Điều lệ Đảng;"]
    ctx.citer.cite(UNNUMBERED[2])
    ext = ctx.citer.pick_external(ctx.topic.key, "party", 2)
    texts += [f"- Căn cứ {ctx.citer.cite(d)};" for d in ext if d.system == "party"]
    texts.append(f"- Xét đề nghị của {ctx.topic.lead if ctx.topic.key == 'party' else 'Văn phòng'},")
    lines = [para(t) for t in texts]
    lines.append(para(enact))
    return lines


# ---------------------------------------------------------------- context paragraphs


def context_paragraphs(ctx: Ctx, n: int) -> list[Line]:
    paras = []
    for _ in range(n):
        sentences = ctx.pick(ctx.topic.context, ctx.rng.randint(1, 2 + ctx.scale))
        if ctx.rng.random() < 0.3:
            sentences.append(ctx.rng.choice(OPENERS[:3]))
        paras.append(para(" ".join(sentences)))
    return paras


def elaborate(ctx: Ctx, text: str) -> str:
    """Longer letters explain their points: add context sentences to some of them."""
    extra = [ctx.fill(s) for s in ctx.topic.context + OPENERS[:3]]
    while ctx.rng.random() < min(0.8, 0.27 * (ctx.scale - 1)):
        text += " " + ctx.rng.choice(extra)
    return text


def actions(ctx: Ctx, k: int) -> list[str]:
    items = [elaborate(ctx, a) for a in ctx.pick(ctx.topic.actions, k)]
    while len(items) < k:  # a long letter reuses the bank with an agency in front
        agency = ctx.rng.choice(["Các sở, ngành", "Các địa phương", "Các cơ quan, đơn vị", "Các cấp ủy"])
        items.append(f"{agency} {lower_first(ctx.fill(ctx.rng.choice(ctx.topic.actions)))}")
    return items


def closing(ctx: Ctx) -> list[str]:
    bank = CLOSINGS_PARTY if ctx.party else CLOSINGS_STATE
    return [ctx.fill(ctx.rng.choice(bank))]


def n_points(ctx: Ctx) -> int:
    return min(12, max(1, ctx.rng.randint(1, 3) + 2 * ctx.scale + (3 if ctx.scale == 4 else 0)))


# ---------------------------------------------------------------- the types


def build_cv(ctx: Ctx) -> Body:
    body = Body(first_distribution="Như trên")
    add_recipients(ctx, body, recipient_count(ctx.rng))
    cite = lead_citation(ctx, ("Thực hiện", "Phúc đáp", "Triển khai", "Theo đề nghị tại"))
    paras = context_paragraphs(ctx, ctx.rng.randint(0, max(1, ctx.scale - 1)))
    who = ctx.issuer.self_name
    ask = "yêu cầu" if ctx.party else ctx.rng.choice(["đề nghị", "yêu cầu"])
    lead = f"{who} {ask} các cơ quan, đơn vị thực hiện tốt một số nội dung sau:"
    if cite:
        lead = f"{cite}, {lead}"
    body.preamble = paras + [para(lead)]
    body.points = numbered(ctx, actions(ctx, n_points(ctx)))
    body.closing = closing(ctx)
    return body


def build_qd(ctx: Ctx) -> Body:
    body = Body(first_distribution="Như Điều 3")
    if ctx.party:
        body.preamble = [centred(f"BAN THƯỜNG VỤ {ctx.issuer.name}" if ctx.issuer.code != "TW"
                                 else "BỘ CHÍNH TRỊ")]
        body.preamble += party_basis_lines(ctx, "")[:-1]
    else:
        body.preamble = [centred(ctx.issuer.head_title)] + basis_lines(ctx, ctx.rng.randint(1, 3))
    body.preamble.append(centred("QUYẾT ĐỊNH:"))
    first = Point("Điều 1", f"{ctx.fill(ctx.rng.choice(['Ban hành kèm theo Quyết định này Kế hoạch', 'Phê duyệt Kế hoạch', 'Thành lập Tổ công tác']))} {ctx.subject}.", "Điều 1.")  # noqa: E501
    if ctx.scale >= 2:
        first.children = [Point(str(i), t, f"{i}.") for i, t in enumerate(actions(ctx, ctx.rng.randint(2, 2 + ctx.scale)), 1)]  # noqa: E501
    middle = [f"Giao {ctx.topic.lead} chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức triển khai thực hiện; định kỳ báo cáo kết quả theo quy định."]  # noqa: E501
    middle += actions(ctx, ctx.rng.randint(0, ctx.scale))
    last = ("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị "
            "và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.")
    pts = articles([first.text] + middle + [last])
    pts[0].children = first.children
    body.points = pts
    body.first_distribution = f"Như Điều {len(pts)}"
    return body


def build_nq(ctx: Ctx) -> Body:
    body = Body(first_distribution=None)
    if ctx.party:
        body.preamble = context_paragraphs(ctx, ctx.rng.randint(1, 2))
        body.preamble.append(para(f"{ctx.issuer.self_name} quyết nghị như sau:" if ctx.rng.random() < 0.5
                                  else f"Căn cứ {party_basis(ctx)}, {ctx.issuer.self_name} quyết nghị:"))
        secs = [("TÌNH HÌNH VÀ NGUYÊN NHÂN", numbered(ctx, ctx.pick(ctx.topic.context, 2), False)),
                ("MỤC TIÊU", numbered(ctx, ctx.pick(ctx.topic.results, ctx.rng.randint(1, 2)), False)),
                ("NHIỆM VỤ, GIẢI PHÁP", numbered(ctx, actions(ctx, 1 + ctx.scale))),
                ("TỔ CHỨC THỰC HIỆN", numbered(ctx, [closing(ctx)[0]], False))]
        body.points = roman(ctx, secs[: 2 + min(2, ctx.scale)])
        return body
    head = ctx.issuer.name if ctx.issuer.code != "CP" else "CHÍNH PHỦ"
    body.preamble = [centred(head)]
    if ctx.issuer.code == "HĐND":
        term = ctx.rng.choice(["XV", "XVI", "XVII", "X"])
        body.preamble.append(centred(f"KHÓA {term}, KỲ HỌP THỨ {ctx.rng.randint(2, 30)}"))
    body.preamble += basis_lines(ctx, ctx.rng.randint(1, 3))[:-1]
    body.preamble += submission_lines(ctx)
    body.preamble.append(centred("QUYẾT NGHỊ:"))
    texts = [f"Thông qua {ctx.subject}."] + actions(ctx, ctx.scale) + [
        "Nghị quyết này có hiệu lực kể từ ngày ký ban hành./."]
    body.points = articles(texts)
    return body


def submission_lines(ctx: Ctx) -> list[Line]:
    """"Xét Tờ trình số …" of a council resolution: a cited document of its own."""
    prov = ctx.issuer.province
    when = ctx.day - timedelta(days=ctx.rng.randint(5, 30))
    who = "Ủy ban nhân dân tỉnh" if ctx.issuer.code == "HĐND" else "Bộ trưởng Bộ Nội vụ"
    code = "UBND" if ctx.issuer.code == "HĐND" else "BNV"
    doc = CitedDoc("Tờ trình", f"{ctx.rng.randint(10, 300)}/TTr-{code}", when, who,
                   province=prov.name if prov else None)
    return [para(f"Xét {ctx.citer.cite(doc)}; ý kiến thảo luận của các đại biểu.", italic=True)]


def build_ct(ctx: Ctx) -> Body:
    body = Body()
    body.preamble = context_paragraphs(ctx, ctx.rng.randint(1, 1 + ctx.scale // 2))
    who = "Ban Thường vụ yêu cầu" if ctx.party else f"{'Thủ tướng Chính phủ' if ctx.issuer.code == 'TTg' else 'Chủ tịch ' + ctx.issuer.self_name} chỉ thị"  # noqa: E501
    body.preamble.append(para(f"Để khắc phục những hạn chế nêu trên, {who} các cơ quan, đơn vị thực hiện tốt các nhiệm vụ sau:"))  # noqa: E501
    body.points = numbered(ctx, actions(ctx, n_points(ctx)))
    body.closing = closing(ctx)
    return body


def build_kl(ctx: Ctx) -> Body:
    body = Body()
    meet = ctx.day - timedelta(days=ctx.rng.randint(1, 10))
    body.preamble = [para(f"Ngày {date_short(meet, 0)}, {ctx.issuer.self_name} họp nghe báo cáo về {ctx.subject}. "  # noqa: E501
                          f"Sau khi thảo luận, {ctx.issuer.self_name} kết luận như sau:")]
    texts = ctx.pick(ctx.topic.context, 1) + actions(ctx, n_points(ctx) - 1)
    body.points = numbered(ctx, texts)
    body.closing = closing(ctx)
    return body


def build_tb(ctx: Ctx) -> Body:
    body = Body()
    meet = ctx.day - timedelta(days=ctx.rng.randint(1, 7))
    chair = person(ctx.rng)
    body.preamble = [para(f"Ngày {date_short(meet, 0)}, đồng chí {chair} chủ trì cuộc họp về {ctx.subject}. "
                          "Tham dự có đại diện lãnh đạo các cơ quan, đơn vị liên quan."),
                     para(f"Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí {chair} kết luận như sau:")]  # noqa: E501
    cite = lead_citation(ctx, ("Thực hiện",)) if ctx.rng.random() < 0.5 else None
    if cite:
        body.preamble.insert(0, para(f"{cite}, {ctx.issuer.self_name} thông báo như sau:"))
    body.points = numbered(ctx, actions(ctx, n_points(ctx)))
    body.closing = [f"{ctx.issuer.self_name} thông báo để các cơ quan, đơn vị biết, thực hiện./."]
    return body


def _plan_sections(ctx: Ctx, middle_title: str, last_title: str) -> list[Point]:
    purpose = ctx.pick(ctx.topic.results, 1)[0]
    secs = [("MỤC ĐÍCH, YÊU CẦU",
             [Point("1", f"Mục đích: {purpose}", "1."),
              Point("2", "Yêu cầu: Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị; xác định rõ nhiệm vụ, thời hạn hoàn thành.", "2.")]),  # noqa: E501
            (middle_title, [Point(str(i), t, f"{i}.", children=lettered(actions(ctx, ctx.rng.randint(2, 3)))
                                  if ctx.rng.random() < 0.35 else [])
                            for i, t in enumerate(actions(ctx, 1 + ctx.scale), 1)]),
            (last_title, numbered(ctx, [f"{ctx.topic.lead} chủ trì, theo dõi, đôn đốc và tổng hợp kết quả thực hiện.",  # noqa: E501
                                        ctx.fill("Các cơ quan, đơn vị báo cáo kết quả trước ngày {deadline}.")], False))]  # noqa: E501
    return roman(ctx, secs)


def build_kh(ctx: Ctx) -> Body:
    body = Body()
    cite = lead_citation(ctx)
    lead = f"{ctx.issuer.self_name} ban hành Kế hoạch {ctx.subject} như sau:"
    body.preamble = [para(f"{cite}, {lead}" if cite else lead)]
    body.points = _plan_sections(ctx, "NỘI DUNG, NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN")
    body.closing = closing(ctx)
    return body


def build_hd(ctx: Ctx) -> Body:
    body = Body()
    cite = lead_citation(ctx)
    lead = f"{ctx.issuer.self_name} hướng dẫn {ctx.subject} như sau:"
    body.preamble = [para(f"{cite}, {lead}" if cite else lead)]
    body.points = _plan_sections(ctx, "NỘI DUNG HƯỚNG DẪN", "TỔ CHỨC THỰC HIỆN")
    body.closing = closing(ctx)
    return body


def build_ctr(ctx: Ctx) -> Body:
    body = Body()
    cite = lead_citation(ctx) or f"Thực hiện {party_basis(ctx)}"
    body.preamble = [para(f"{cite}, {ctx.issuer.self_name} xây dựng Chương trình {ctx.subject} như sau:")]
    body.points = _plan_sections(ctx, "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN")
    body.closing = closing(ctx)
    return body


def build_bc(ctx: Ctx) -> Body:
    body = Body()
    if ctx.rng.random() < 0.6:
        body.recipients = [upward(ctx.issuer)]
        body.recipient_lines = kinh_gui(ctx, body.recipients)
        body.first_distribution = "Như trên"
    cite = lead_citation(ctx, ("Thực hiện", "Theo yêu cầu tại"))
    lead = f"{ctx.issuer.self_name} báo cáo kết quả thực hiện như sau:"
    body.preamble = [para(f"{cite}, {lead}" if cite else lead)]
    secs = [("KẾT QUẢ THỰC HIỆN", numbered(ctx, ctx.pick(ctx.topic.results, 1 + ctx.scale // 2) +
                                          ctx.pick(ctx.topic.context, ctx.scale // 2), False)),
            ("TỒN TẠI, HẠN CHẾ", numbered(ctx, ctx.pick(ctx.topic.limits, 2), False)),
            ("NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI", numbered(ctx, actions(ctx, 1 + ctx.scale))),
            ("KIẾN NGHỊ, ĐỀ XUẤT", numbered(ctx, actions(ctx, 1), False))]
    body.points = roman(ctx, secs[: 2 + min(2, ctx.scale)])
    body.closing = [f"Trên đây là báo cáo của {ctx.issuer.self_name}, kính báo cáo./."]
    return body


def build_ttr(ctx: Ctx) -> Body:
    body = Body(first_distribution="Như trên")
    body.recipients = [upward(ctx.issuer)]
    body.recipient_lines = kinh_gui(ctx, body.recipients, "Kính gửi")
    body.preamble = [para(f"Căn cứ {ctx.citer.cite(d)};", italic=not ctx.party)
                     for d in ctx.citer.pick_external(ctx.topic.key, ctx.issuer.system, ctx.rng.randint(1, 2))]  # noqa: E501
    body.preamble.append(para(f"{ctx.issuer.self_name} kính trình {body.recipients[0]} xem xét {ctx.subject}, cụ thể như sau:"))  # noqa: E501
    secs = [("SỰ CẦN THIẾT", numbered(ctx, ctx.pick(ctx.topic.context, 2), False)),
            ("NỘI DUNG ĐỀ XUẤT", numbered(ctx, actions(ctx, 1 + ctx.scale))),
            ("KIẾN NGHỊ", numbered(ctx, [f"Đề nghị {body.recipients[0]} xem xét, cho ý kiến."], False))]
    body.points = roman(ctx, secs)
    body.closing = [f"{ctx.issuer.self_name} kính trình {body.recipients[0]} xem xét, quyết định./."]
    return body


def build_gm(ctx: Ctx) -> Body:
    body = Body()
    add_recipients(ctx, body, recipient_count(ctx.rng), f"{ctx.issuer.self_name} trân trọng kính mời")
    when = ctx.day + timedelta(days=ctx.rng.randint(1, 6))
    hour = ctx.rng.choice(["7 giờ 30 phút", "8 giờ 00", "14 giờ 00", "13 giờ 30 phút"])
    body.preamble = [para(f"Tới dự cuộc họp về {ctx.subject}."),
                     para(f"Chủ trì: Đồng chí {person(ctx.rng)}."),
                     para(f"Thời gian: {hour}, ngày {date_short(when, 0)}."),
                     para(f"Địa điểm: Phòng họp số {ctx.rng.randint(1, 6)}, trụ sở {ctx.issuer.self_name}."),
                     para("Nội dung cuộc họp:")]
    body.points = numbered(ctx, actions(ctx, ctx.rng.randint(1, 4)), False)
    body.closing = ["Đề nghị các đồng chí tham dự đúng thành phần, thời gian./."]
    return body


def build_bb(ctx: Ctx) -> Body:
    body = Body()
    start = ctx.rng.choice(["8 giờ 00", "8 giờ 30 phút", "14 giờ 00"])
    chair, secretary = person(ctx.rng), person(ctx.rng)
    body.preamble = [para(f"Thời gian bắt đầu: {start}, ngày {date_short(ctx.day, 3)}."),
                     para(f"Địa điểm: Hội trường {ctx.issuer.self_name}."),
                     para("Thành phần tham dự: Lãnh đạo và đại diện các cơ quan, đơn vị có liên quan."),
                     para(f"Chủ trì: Đồng chí {chair}."),
                     para(f"Thư ký: Đồng chí {secretary}."),
                     para("Nội dung cuộc họp:")]
    texts = ctx.pick(ctx.topic.results, 1) + ctx.pick(ctx.topic.context, 1) + actions(ctx, ctx.scale)
    body.points = numbered(ctx, texts, False)
    body.closing = ["Cuộc họp kết thúc vào 11 giờ 00 cùng ngày. Biên bản đã được đọc lại cho các thành viên "
                    "tham dự cùng nghe và nhất trí thông qua."]
    body.co_signer = ("NGƯỜI GHI BIÊN BẢN" if ctx.party else "THƯ KÝ", secretary)
    body.chair = chair
    return body


def build_cd(ctx: Ctx) -> Body:
    body = Body()
    head = ("THỦ TƯỚNG CHÍNH PHỦ" if ctx.issuer.code == "TTg"
            else ctx.issuer.head_title if ctx.issuer.level == "central" else f"CHỦ TỊCH {ctx.issuer.name}")
    add_recipients(ctx, body, recipient_count(ctx.rng), f"{head} điện")
    body.recipient_lines[0].bold = True
    body.preamble = context_paragraphs(ctx, ctx.rng.randint(1, 2))
    body.preamble.append(para("Để chủ động ứng phó, bảo đảm an toàn tính mạng và tài sản của Nhân dân, yêu cầu các cơ quan, đơn vị thực hiện ngay các nội dung sau:"))  # noqa: E501
    body.points = numbered(ctx, actions(ctx, n_points(ctx)), False)
    body.closing = ["Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."]
    return body


def build_qyd(ctx: Ctx) -> Body:
    body = Body()
    if ctx.party:
        body.preamble = party_basis_lines(ctx, f"{ctx.issuer.self_name} quy định {ctx.subject} như sau:")
    else:
        body.preamble = basis_lines(ctx, ctx.rng.randint(1, 2))
        body.preamble.append(para(f"{ctx.issuer.self_name} ban hành Quy định {ctx.subject} như sau:"))
    titles = ["Phạm vi điều chỉnh", "Đối tượng áp dụng", "Nguyên tắc thực hiện", "Trách nhiệm của các cơ quan, đơn vị",  # noqa: E501
              "Chế độ thông tin, báo cáo", "Khen thưởng và xử lý vi phạm", "Tổ chức thực hiện"]
    k = min(len(titles), 2 + ctx.scale)
    chosen = titles[: k - 1] + [titles[-1]]
    pts = articles(chosen)
    for p in pts[2:-1]:
        p.children = [Point(str(i), t, f"{i}.") for i, t in enumerate(actions(ctx, ctx.rng.randint(1, 3)), 1)]
    pts[-1].children = [Point("1", f"{ctx.topic.lead} có trách nhiệm hướng dẫn, theo dõi, kiểm tra việc thực hiện Quy định này.", "1."),  # noqa: E501
                        Point("2", "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh kịp thời để xem xét, sửa đổi, bổ sung cho phù hợp.", "2.")]  # noqa: E501
    body.points = pts
    return body


BUILDERS: dict[str, Callable[[Ctx], Body]] = {
    "cv": build_cv, "qd": build_qd, "nq": build_nq, "ct": build_ct, "kl": build_kl, "tb": build_tb,
    "kh": build_kh, "bc": build_bc, "ttr": build_ttr, "gm": build_gm, "hd": build_hd,
    "ctr": build_ctr, "bb": build_bb, "cd": build_cd, "qyd": build_qyd,
}
