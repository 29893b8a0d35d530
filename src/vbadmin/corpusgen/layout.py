"""The structured page parts a renderer needs, and the plain text in reading order."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Line:
    text: str
    bold: bool = False
    italic: bool = False
    size: float = 13.0
    align: str = "C"  # "C" centre, "L" left, "J" justified paragraph, "R" right
    underline: bool = False
    rule: bool = False  # a short horizontal rule under this line
    indent: float = 0.0  # first-line indent in mm (paragraphs) or block indent (lists)
    gap: bool = True  # in the plain text, a paragraph break may follow (False inside a list)


@dataclass
class NumberLine:
    prefix: str  # "Số: " or "Số "
    number: str  # "1272", "09"
    suffix: str  # "/QĐ-UBND" or "-CV/TU"

    @property
    def text(self) -> str:
        return f"{self.prefix}{self.number}{self.suffix}"


@dataclass
class Layout:
    system: str
    header_left: list[Line]
    header_right: list[Line]
    number: NumberLine
    date_line: str | None
    header_left_after: list[Line] = field(default_factory=list)  # V/v subject of a công văn
    marks: list[str] = field(default_factory=list)  # urgency / secrecy stamps, UPPER
    title: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    footer_left: list[Line] = field(default_factory=list)
    footer_right: list[Line] = field(default_factory=list)
    blank_between_paragraphs: bool = True

    def to_dict(self) -> dict[str, Any]:
        """A compact dict: line attributes equal to their defaults are left out."""
        data = asdict(self)
        defaults = asdict(Line(""))
        for key, value in data.items():
            if isinstance(value, list) and value and isinstance(value[0], dict):
                data[key] = [{k: v for k, v in item.items() if k == "text" or v != defaults[k]}
                             for item in value]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Layout:
        def lines(key: str) -> list[Line]:
            return [Line(**item) for item in data.get(key, [])]

        return cls(
            system=data["system"],
            header_left=lines("header_left"),
            header_right=lines("header_right"),
            number=NumberLine(**data["number"]),
            date_line=data.get("date_line"),
            header_left_after=lines("header_left_after"),
            marks=list(data.get("marks", [])),
            title=lines("title"),
            body=lines("body"),
            footer_left=lines("footer_left"),
            footer_right=lines("footer_right"),
            blank_between_paragraphs=bool(data.get("blank_between_paragraphs", True)),
        )


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def layout_text(layout: Layout) -> str:
    """The letter as plain text, header parts in reading order, then body, then footer."""
    out: list[str] = []
    out += _texts(layout.header_left)
    out += _texts(layout.header_right)
    out.append(layout.number.text)
    out += layout.marks
    if layout.date_line:
        out.append(layout.date_line)
    out += _texts(layout.header_left_after)
    out += _texts(layout.title)
    out.append("")
    sep = [""] if layout.blank_between_paragraphs else []
    for line in layout.body:
        out.append(line.text)
        if line.gap:
            out += sep
    if not sep:
        out.append("")
    out += _texts(layout.footer_right)
    out.append("")
    out += _texts(layout.footer_left)
    return "\n".join(out).rstrip() + "\n"
