"""Issuing bodies at every level, State and Party, with their codes and signing stacks."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from .places import REFORM_DATE, Province, pick_commune, pick_district, pick_province


@dataclass(frozen=True)
class Stack:
    """A signing stack: prefixed authority lines (maybe none) and the signer's title."""

    authority: tuple[str, ...]
    position: str | None
    kind: str  # label for statistics: "TM", "TM+KT", "KT", "TL", "TUQ", "Q", "T/M", "none", …


@dataclass
class Issuer:
    system: str  # "state" | "party"
    level: str  # "central" | "province" | "district" | "commune"
    parent: str | None
    lines: list[str]  # the issuer name as printed, UPPER, one entry per line
    code: str  # issuer code in the symbol
    place: str  # date-line place
    cite_name: str  # how another document cites it, after "của"
    self_name: str  # how it names itself in its own body
    types: tuple[str, ...]  # doc-type keys it issues
    stacks: list[Stack]
    units: tuple[str, ...] = ("VP",)  # drafting units (State công văn symbol, "Lưu" line)
    archive: str = "VT"  # Party archive line ("Văn phòng Tỉnh ủy")
    province: Province | None = None
    head_title: str = "CHỦ TỊCH"  # for the authority line of a Quyết định
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return " ".join(self.lines)


S_TYPES_UBND = ("cv", "qd", "ct", "kh", "tb", "bc", "ttr", "gm", "cd", "ctr", "qyd")
S_TYPES_SO = ("cv", "qd", "kh", "bc", "ttr", "gm", "hd", "tb", "bb")
P_TYPES_TU = ("cv", "nq", "ct", "kl", "qd", "qyd", "tb", "kh", "bc", "ctr", "bb")
P_TYPES_BAN = ("cv", "hd", "kh", "bc", "ttr", "tb", "bb")
P_TYPES_LOCAL = ("cv", "nq", "ct", "kl", "tb", "kh", "bc", "ctr", "bb", "qd")

UBND_STACKS = [
    Stack(("TM. ỦY BAN NHÂN DÂN",), "CHỦ TỊCH", "TM"),
    Stack(("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "TM+KT"),
    Stack(("KT. CHỦ TỊCH",), "PHÓ CHỦ TỊCH", "KT"),
    Stack((), "CHỦ TỊCH", "none"),
    Stack(("Q. CHỦ TỊCH",), None, "Q"),
]
SO_STACKS = [
    Stack((), "GIÁM ĐỐC", "none"),
    Stack(("KT. GIÁM ĐỐC",), "PHÓ GIÁM ĐỐC", "KT"),
    Stack(("KT. GIÁM ĐỐC",), "PHÓ GIÁM ĐỐC", "KT"),
    Stack(("TL. GIÁM ĐỐC",), "CHÁNH VĂN PHÒNG", "TL"),
    Stack(("TUQ. GIÁM ĐỐC",), "TRƯỞNG PHÒNG", "TUQ"),
    Stack(("Q. GIÁM ĐỐC",), None, "Q"),
]
MINISTRY_STACKS = [
    Stack((), "BỘ TRƯỞNG", "none"),
    Stack(("KT. BỘ TRƯỞNG",), "THỨ TRƯỞNG", "KT"),
    Stack(("KT. BỘ TRƯỞNG",), "THỨ TRƯỞNG", "KT"),
    Stack(("TL. BỘ TRƯỞNG",), "CHÁNH VĂN PHÒNG", "TL"),
    Stack(("TUQ. BỘ TRƯỞNG",), "VỤ TRƯỞNG VỤ PHÁP CHẾ", "TUQ"),
]
PARTY_COMMITTEE_STACKS = [
    Stack(("T/M BAN THƯỜNG VỤ",), "BÍ THƯ", "T/M"),
    Stack(("T/M BAN THƯỜNG VỤ",), "PHÓ BÍ THƯ", "T/M"),
    Stack(("T/L BAN THƯỜNG VỤ",), "CHÁNH VĂN PHÒNG", "T/L"),
]
PARTY_BAN_STACKS = [
    Stack((), "TRƯỞNG BAN", "none"),
    Stack(("K/T TRƯỞNG BAN",), "PHÓ TRƯỞNG BAN", "K/T"),
    Stack(("K/T TRƯỞNG BAN",), "PHÓ TRƯỞNG BAN", "K/T"),
]
PARTY_OFFICE_STACKS = [
    Stack((), "CHÁNH VĂN PHÒNG", "none"),
    Stack(("K/T CHÁNH VĂN PHÒNG",), "PHÓ CHÁNH VĂN PHÒNG", "K/T"),
    Stack(("Q. CHÁNH VĂN PHÒNG",), None, "Q"),
]

MINISTRIES = (
    # name lines, code, cite name, drafting units, lead topic, valid from, valid until
    (["BỘ TÀI CHÍNH"], "BTC", "Bộ Tài chính", ("NSNN", "QLN", "TCT", "VP")),
    (["BỘ Y TẾ"], "BYT", "Bộ Y tế", ("KCB", "DP", "VP", "KH-TC")),
    (["BỘ GIÁO DỤC", "VÀ ĐÀO TẠO"], "BGDĐT", "Bộ Giáo dục và Đào tạo", ("GDPT", "QLCL", "VP")),
    (["BỘ NỘI VỤ"], "BNV", "Bộ Nội vụ", ("TCBC", "CQĐP", "VP", "VTLT")),
    (["BỘ XÂY DỰNG"], "BXD", "Bộ Xây dựng", ("HĐXD", "KTXD", "VP", "QLN")),
    (["BỘ CÔNG THƯƠNG"], "BCT", "Bộ Công Thương", ("ATMT", "XNK", "VP", "CN")),
    (["BỘ KHOA HỌC", "VÀ CÔNG NGHỆ"], "BKHCN", "Bộ Khoa học và Công nghệ", ("CĐSQG", "VP", "KHTC")),
)
LATE_MINISTRY = (["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"], "BNNMT", "Bộ Nông nghiệp và Môi trường",
                 ("QLĐĐ", "TL", "VP", "KHTC"))
EARLY_MINISTRY = (["BỘ TÀI NGUYÊN", "VÀ MÔI TRƯỜNG"], "BTNMT", "Bộ Tài nguyên và Môi trường",
                  ("QLĐĐ", "ĐCKS", "VP"))
MINISTRY_MERGE_DATE = date(2025, 3, 1)

DEPARTMENTS = (
    ("SỞ TÀI CHÍNH", "STC", "Sở Tài chính", ("NS", "QLG", "TCĐT", "VP")),
    ("SỞ Y TẾ", "SYT", "Sở Y tế", ("NVY", "NVD", "VP", "KHTC")),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT", "Sở Giáo dục và Đào tạo", ("GDTrH", "KTQLCL", "VP")),
    ("SỞ XÂY DỰNG", "SXD", "Sở Xây dựng", ("QLXD", "QLGT", "VP", "QHKT")),
    ("SỞ CÔNG THƯƠNG", "SCT", "Sở Công Thương", ("CN", "QLTM", "VP")),
    ("SỞ NỘI VỤ", "SNV", "Sở Nội vụ", ("TCBC", "XDCQ", "VP")),
)
LATE_DEPARTMENTS = (
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "SNNMT", "Sở Nông nghiệp và Môi trường", ("KS", "QLĐĐ", "KHTC")),
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN", "Sở Khoa học và Công nghệ", ("CĐS", "QLKH", "VP")),
)
EARLY_DEPARTMENTS = (
    ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "STNMT", "Sở Tài nguyên và Môi trường", ("QLĐĐ", "KS", "VP")),
    ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "STTTT", "Sở Thông tin và Truyền thông", ("BCVT", "CNTT", "VP")),
)


def _rand_parent_ubnd(rng: random.Random, prov: Province) -> str:
    return rng.choice(["UBND ", "ỦY BAN NHÂN DÂN "]) + prov.unit_upper


def _central_state(rng: random.Random, day: date) -> Issuer:
    choice = rng.randrange(10)
    if choice == 0:
        return Issuer("state", "central", None, ["CHÍNH PHỦ"], "CP", "Hà Nội", "Chính phủ",
                      "Chính phủ", ("nq",), [Stack(("TM. CHÍNH PHỦ",), "THỦ TƯỚNG", "TM")],
                      head_title="CHÍNH PHỦ")
    if choice == 1:
        return Issuer("state", "central", None, ["THỦ TƯỚNG CHÍNH PHỦ"], "TTg", "Hà Nội",
                      "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", ("ct", "cd", "qd", "cv"),
                      [Stack((), "THỦ TƯỚNG", "none"), Stack(("KT. THỦ TƯỚNG",), "PHÓ THỦ TƯỚNG", "KT")],
                      units=("KTTH", "CN", "NN", "QHĐP"), head_title="THỦ TƯỚNG CHÍNH PHỦ")
    if choice == 2:
        return Issuer("state", "central", None, ["VĂN PHÒNG CHÍNH PHỦ"], "VPCP", "Hà Nội",
                      "Văn phòng Chính phủ", "Văn phòng Chính phủ", ("cv", "tb", "gm"),
                      [Stack(("KT. BỘ TRƯỞNG, CHỦ NHIỆM",), "PHÓ CHỦ NHIỆM", "KT"),
                       Stack(("TL. THỦ TƯỚNG",), "VỤ TRƯỞNG", "TL")],
                      units=("KGVX", "KTTH", "NN", "CN", "V.I"))
    if choice == 3:
        return Issuer("state", "central", "BỘ NỘI VỤ", ["CỤC VĂN THƯ VÀ LƯU TRỮ", "NHÀ NƯỚC"],
                      "VTLTNN", "Hà Nội", "Cục Văn thư và Lưu trữ nhà nước",
                      "Cục Văn thư và Lưu trữ nhà nước", ("cv", "hd", "kh", "bc", "tb", "qd"),
                      [Stack((), "CỤC TRƯỞNG", "none"), Stack(("KT. CỤC TRƯỞNG",), "PHÓ CỤC TRƯỞNG", "KT")],
                      units=("NVTW", "NVĐP", "VP"), head_title="CỤC TRƯỞNG CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC")
    pool = list(MINISTRIES) + [LATE_MINISTRY if day >= MINISTRY_MERGE_DATE else EARLY_MINISTRY]
    lines, code, cite, units = rng.choice(pool)
    return Issuer("state", "central", None, list(lines), code, "Hà Nội", cite, cite,
                  ("cv", "qd", "ct", "kh", "tb", "bc", "hd", "gm", "ctr", "cd", "ttr", "bb"),
                  MINISTRY_STACKS, units=units, head_title="BỘ TRƯỞNG " + " ".join(lines))


def _province_state(rng: random.Random, day: date) -> Issuer:
    prov = pick_province(rng, day)
    choice = rng.randrange(10)
    if choice < 4:
        return Issuer("state", "province", None, ["ỦY BAN NHÂN DÂN", prov.unit_upper], "UBND",
                      prov.name, rng.choice(["Ủy ban nhân dân ", "UBND "]) + prov.unit_lower,
                      "Ủy ban nhân dân tỉnh" if not prov.is_city else "Ủy ban nhân dân Thành phố",
                      S_TYPES_UBND, UBND_STACKS, units=("KT", "VX", "NC", "TH", "XD", "NLN"),
                      province=prov, head_title="CHỦ TỊCH ỦY BAN NHÂN DÂN " + prov.unit_upper)
    if choice == 4:
        return Issuer("state", "province", None, ["HỘI ĐỒNG NHÂN DÂN", prov.unit_upper], "HĐND",
                      prov.name, "Hội đồng nhân dân " + prov.unit_lower, "Hội đồng nhân dân tỉnh",
                      ("nq", "tb", "bc", "kh"),
                      [Stack((), "CHỦ TỊCH", "none"),
                       Stack(("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",), "PHÓ CHỦ TỊCH", "TM")],
                      units=("VP", "BKTNS"), province=prov)
    if choice == 5:
        return Issuer("state", "province", _rand_parent_ubnd(rng, prov), ["VĂN PHÒNG"], "VPUBND",
                      prov.name, "Văn phòng UBND " + prov.unit_lower, "Văn phòng UBND tỉnh",
                      ("tb", "cv", "gm", "bc"),
                      [Stack(("TL. CHỦ TỊCH",), "CHÁNH VĂN PHÒNG", "TL"),
                       Stack(("KT. CHÁNH VĂN PHÒNG",), "PHÓ CHÁNH VĂN PHÒNG", "KT"),
                       Stack((), "CHÁNH VĂN PHÒNG", "none")],
                      units=("TH", "KT", "VX"), province=prov)
    pool = list(DEPARTMENTS) + list(LATE_DEPARTMENTS if day >= MINISTRY_MERGE_DATE else EARLY_DEPARTMENTS)
    name, code, cite, units = rng.choice(pool)
    lines = [name] if len(name) <= 24 else _split_name(name)
    return Issuer("state", "province", _rand_parent_ubnd(rng, prov), lines, code, prov.name,
                  f"{cite} {prov.unit_lower}", cite, S_TYPES_SO, SO_STACKS, units=units,
                  province=prov, head_title="GIÁM ĐỐC " + name)


def _split_name(name: str) -> list[str]:
    words = name.split()
    cut = len(words) // 2 + (1 if words[len(words) // 2 - 1] == "VÀ" else 0)
    if "VÀ" in words:
        cut = words.index("VÀ")
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def _local_state(rng: random.Random, day: date) -> Issuer:
    prov = pick_province(rng, day)
    loc = pick_district(rng) if day < REFORM_DATE else pick_commune(rng)
    return Issuer("state", "district" if loc.kind == "huyện" else "commune", None,
                  ["ỦY BAN NHÂN DÂN", loc.unit_upper], "UBND", loc.name,
                  f"Ủy ban nhân dân {loc.kind} {loc.name}", f"Ủy ban nhân dân {loc.kind}",
                  ("cv", "qd", "kh", "tb", "bc", "ttr", "gm", "bb", "ct"), UBND_STACKS,
                  units=("VP", "KT", "VHXH"), province=prov,
                  head_title="CHỦ TỊCH ỦY BAN NHÂN DÂN " + loc.unit_upper)


def _central_party(rng: random.Random) -> Issuer:
    choice = rng.randrange(4)
    if choice < 2:
        stacks = [Stack(("T/M BỘ CHÍNH TRỊ",), None, "T/M"), Stack(("T/M BAN BÍ THƯ",), None, "T/M")]
        return Issuer("party", "central", None, ["BAN CHẤP HÀNH TRUNG ƯƠNG"], "TW", "Hà Nội",
                      "Bộ Chính trị", "Bộ Chính trị", ("nq", "ct", "kl", "qyd", "tb", "qd"), stacks)
    if choice == 2:
        return Issuer("party", "central", "BAN CHẤP HÀNH TRUNG ƯƠNG", ["VĂN PHÒNG"], "VPTW", "Hà Nội",
                      "Văn phòng Trung ương Đảng", "Văn phòng Trung ương Đảng",
                      ("cv", "hd", "tb", "bc"), PARTY_OFFICE_STACKS,
                      archive="Văn phòng Trung ương Đảng")
    return Issuer("party", "central", "BAN CHẤP HÀNH TRUNG ƯƠNG", ["BAN TỔ CHỨC"], "BTCTW", "Hà Nội",
                  "Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương", ("cv", "hd", "bc", "kh", "ttr"),
                  PARTY_BAN_STACKS, archive="Ban Tổ chức Trung ương")


def _province_party(rng: random.Random, day: date) -> Issuer:
    prov = pick_province(rng, day)
    committee = f"{prov.committee_word} {prov.short_upper}"
    cword = "Thành ủy" if prov.is_city else "Tỉnh ủy"
    choice = rng.randrange(10)
    if choice < 5:
        stacks = PARTY_COMMITTEE_STACKS + [Stack((f"T/M {prov.committee_word}",), "BÍ THƯ", "T/M")]
        return Issuer("party", "province", None, [committee], "TU", prov.name,
                      f"Ban Thường vụ {cword}", f"Ban Thường vụ {cword}", P_TYPES_TU, stacks,
                      archive=f"Văn phòng {cword}", province=prov)
    bans = [("BAN TỔ CHỨC", "BTCTU", "Ban Tổ chức", PARTY_BAN_STACKS),
            ("VĂN PHÒNG", "VPTU", "Văn phòng", PARTY_OFFICE_STACKS),
            ("ỦY BAN KIỂM TRA", "UBKTTU", "Ủy ban Kiểm tra",
             [Stack(("T/M ỦY BAN KIỂM TRA",), "CHỦ NHIỆM", "T/M"),
              Stack(("T/M ỦY BAN KIỂM TRA",), "PHÓ CHỦ NHIỆM", "T/M")])]
    if day >= MINISTRY_MERGE_DATE:
        bans.append(("BAN TUYÊN GIÁO VÀ DÂN VẬN", "BTGDVTU", "Ban Tuyên giáo và Dân vận", PARTY_BAN_STACKS))
    else:
        bans.append(("BAN TUYÊN GIÁO", "BTGTU", "Ban Tuyên giáo", PARTY_BAN_STACKS))
    name, code, cite, stacks = rng.choice(bans)
    lines = [name] if len(name) <= 24 else _split_name(name)
    return Issuer("party", "province", committee, lines, code, prov.name, f"{cite} {cword}",
                  f"{cite} {cword}", P_TYPES_BAN, stacks, archive=f"{cite} {cword}", province=prov)


def _local_party(rng: random.Random, day: date) -> Issuer:
    prov = pick_province(rng, day)
    parent = "ĐẢNG BỘ " + prov.unit_upper
    if day < REFORM_DATE:
        loc = pick_district(rng)
        stacks = PARTY_COMMITTEE_STACKS[:2] + [Stack(("T/M HUYỆN ỦY",), "BÍ THƯ", "T/M")]
        return Issuer("party", "district", parent, [f"HUYỆN ỦY {loc.name.upper()}"], "HU", loc.name,
                      "Ban Thường vụ Huyện ủy", "Ban Thường vụ Huyện ủy", P_TYPES_LOCAL, stacks,
                      archive="Văn phòng Huyện ủy", province=prov)
    loc = pick_commune(rng)
    stacks = [Stack(("T/M ĐẢNG ỦY",), "BÍ THƯ", "T/M"), Stack(("T/M ĐẢNG ỦY",), "PHÓ BÍ THƯ", "T/M"),
              Stack(("T/M BAN THƯỜNG VỤ",), "BÍ THƯ", "T/M")]
    return Issuer("party", "commune", parent, [f"ĐẢNG ỦY {loc.unit_upper}"], "ĐU", loc.name,
                  f"Ban Thường vụ Đảng ủy {loc.kind} {loc.name}", "Ban Thường vụ Đảng ủy",
                  P_TYPES_LOCAL, stacks, archive="Đảng ủy", province=prov)


def pick_issuer(rng: random.Random, system: str, doc_type: str, day: date) -> Issuer:
    """Draw issuers until one issues ``doc_type`` (a few tries, then any level that does)."""
    for _ in range(500):
        issuer = _draw(rng, system, day)
        if doc_type in issuer.types:
            return issuer
    raise ValueError(f"no {system} issuer for {doc_type}")


def _draw(rng: random.Random, system: str, day: date) -> Issuer:
    roll = rng.random()
    if system == "state":
        if roll < 0.25:
            return _central_state(rng, day)
        if roll < 0.75:
            return _province_state(rng, day)
        return _local_state(rng, day)
    if roll < 0.2:
        return _central_party(rng)
    if roll < 0.7:
        return _province_party(rng, day)
    return _local_party(rng, day)
