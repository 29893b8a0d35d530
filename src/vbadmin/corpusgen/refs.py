# ruff: noqa: E501  (a table of real citations: long subject strings)
"""Documents that letters cite, and the citer that writes a citation and records its gold."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .textutil import date_short


@dataclass(frozen=True)
class CitedDoc:
    doc_type: str  # sentence case: "Nghị định"
    identifier: str | None
    day: date | None
    issuer: str | None  # after "của"
    subject: str = ""  # "về công tác văn thư" (may be empty)
    name: str | None = None  # for unnumbered documents and laws
    system: str = "state"
    topics: tuple[str, ...] = ()
    province: str | None = None  # corpus documents: the issuer's province


def _d(text: str) -> date:
    day, month, year = (int(p) for p in text.split("/"))
    return date(year, month, day)


def _law(name: str, when: str, topics: tuple[str, ...] = ()) -> CitedDoc:
    return CitedDoc("Luật", None, _d(when), None, name=name, topics=topics)


EXTERNAL: tuple[CitedDoc, ...] = (
    CitedDoc("Nghị định", "30/2020/NĐ-CP", _d("05/3/2020"), "Chính phủ", "về công tác văn thư"),
    CitedDoc("Nghị định", "45/2020/NĐ-CP", _d("08/4/2020"), "Chính phủ",
             "về thực hiện thủ tục hành chính trên môi trường điện tử", topics=("digital",)),
    CitedDoc("Nghị định", "123/2020/NĐ-CP", _d("19/10/2020"), "Chính phủ",
             "quy định về hóa đơn, chứng từ", topics=("tax",)),
    CitedDoc("Nghị định", "66/2021/NĐ-CP", _d("06/7/2021"), "Chính phủ",
             "quy định chi tiết thi hành một số điều về phòng, chống thiên tai", topics=("disaster",)),
    CitedDoc("Nghị định", "06/2021/NĐ-CP", _d("26/01/2021"), "Chính phủ",
             "quy định chi tiết một số nội dung về quản lý chất lượng, thi công xây dựng và bảo trì công trình xây dựng",
             topics=("construction",)),
    CitedDoc("Nghị định", "88/2024/NĐ-CP", _d("15/7/2024"), "Chính phủ",
             "quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất", topics=("land",)),
    CitedDoc("Quyết định", "06/QĐ-TTg", _d("06/01/2022"), "Thủ tướng Chính phủ",
             "phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030",
             topics=("digital",)),
    CitedDoc("Thông tư", "01/2011/TT-BNV", _d("19/01/2011"), "Bộ Nội vụ",
             "hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính"),
    CitedDoc("Nghị quyết", "202/2025/QH15", _d("12/6/2025"), "Quốc hội",
             "về việc sắp xếp đơn vị hành chính cấp tỉnh"),
    CitedDoc("Nghị quyết", "57-NQ/TW", _d("22/12/2024"), "Bộ Chính trị",
             "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
             system="party", topics=("digital",)),
    CitedDoc("Nghị quyết", "18-NQ/TW", _d("25/10/2017"), "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII",
             "về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
             system="party", topics=("party",)),
    CitedDoc("Quy định", "08-QĐi/TW", _d("25/10/2018"), "Ban Chấp hành Trung ương",
             "về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương",
             system="party", topics=("party",)),
    CitedDoc("Chỉ thị", "35-CT/TW", _d("14/6/2024"), "Bộ Chính trị",
             "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
             system="party", topics=("party",)),
    CitedDoc("Nghị quyết", "60-NQ/TW", _d("12/4/2025"), "Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII",
             "", system="party", topics=("party",)),
    CitedDoc("Hướng dẫn", "36-HD/VPTW", _d("03/4/2018"), "Văn phòng Trung ương Đảng",
             "về thể thức và kỹ thuật trình bày văn bản của Đảng", system="party"),
    CitedDoc("Quy định", "66-QĐ/TW", _d("06/02/2017"), "Ban Bí thư",
             "về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng", system="party"),
    _law("Luật Tổ chức chính quyền địa phương", "19/6/2015"),
    _law("Luật Đất đai", "18/01/2024", ("land",)),
    _law("Luật Ngân sách nhà nước", "25/6/2015", ("tax",)),
    _law("Luật Quản lý thuế", "13/6/2019", ("tax",)),
    _law("Luật Phòng, chống thiên tai", "19/6/2013", ("disaster",)),
    _law("Luật Giáo dục", "14/6/2019", ("education",)),
    _law("Luật Khám bệnh, chữa bệnh", "09/01/2023", ("health",)),
    _law("Luật Xây dựng", "18/6/2014", ("construction",)),
    _law("Luật Giao dịch điện tử", "22/6/2023", ("digital",)),
    _law("Luật Trồng trọt", "19/11/2018", ("agriculture",)),
)
LAW_2025 = _law("Luật Tổ chức chính quyền địa phương", "16/6/2025")

UNNUMBERED: tuple[CitedDoc, ...] = (
    CitedDoc("Nghị quyết", None, None, None, name="Nghị quyết Đại hội XIII của Đảng", system="party"),
    CitedDoc("Nghị quyết", None, None, None,
             name="Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", system="party"),
    CitedDoc("Điều lệ", None, None, None, name="Điều lệ Đảng", system="party"),
)


def gold_of(doc: CitedDoc) -> dict[str, Any]:
    return {
        "identifier": doc.identifier,
        "doc_type": doc.doc_type,
        "date": doc.day.isoformat() if doc.day else None,
        "issuer": doc.issuer,
        "name": doc.name,
    }


@dataclass
class Citer:
    """Writes citations for one letter and keeps the gold list of what was cited."""

    rng: random.Random
    today: date
    cited: list[CitedDoc] = field(default_factory=list)

    def cite(self, doc: CitedDoc, with_subject: bool = True) -> str:
        if doc not in self.cited:
            self.cited.append(doc)
        if doc.identifier is None and doc.doc_type != "Luật":
            return doc.name or ""
        if doc.identifier is None:
            return f"{doc.name} ngày {date_short(doc.day, 3)}" if doc.day else str(doc.name)
        return self._numbered(doc, with_subject)

    def _numbered(self, doc: CitedDoc, with_subject: bool) -> str:
        rng = self.rng
        so = "số " if rng.random() < 0.85 else ""
        comma = "," if doc.system == "party" and rng.random() < 0.3 else ""
        style = rng.choice([0, 0, 1, 3, 3] + ([2] if doc.system == "party" else []))
        text = f"{doc.doc_type} {so}{doc.identifier}{comma}"
        if doc.day:
            text += f" ngày {date_short(doc.day, style)}"
        if doc.issuer:
            text += f" của {doc.issuer}"
        if with_subject and doc.subject:
            text += f" {doc.subject}"
        return text

    def gold(self) -> list[dict[str, Any]]:
        return [gold_of(d) for d in self.cited]

    def pick_external(self, topic: str, system: str, k: int) -> list[CitedDoc]:
        pool = [d for d in EXTERNAL if d.day and d.day < self.today
                and (not d.topics or topic in d.topics) and (system == "party" or d.system == "state")]
        if self.today >= date(2025, 7, 1):
            pool.append(LAW_2025)
        self.rng.shuffle(pool)
        pool.sort(key=lambda d: 0 if topic in d.topics else 1)
        return pool[:k]
