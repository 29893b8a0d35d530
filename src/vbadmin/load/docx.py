"""DOCX letters rendered to a character grid, body paragraphs and tables in document order.

A letter's header is a borderless two-column table (issuer | national motto, number | date).
Each table row is laid out side by side, cells separated by a wide gap, so the layout stage
sees two columns exactly as it does in `pdftotext -layout` output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vbadmin.errors import UnreadableError
from vbadmin.load.text import text_pages
from vbadmin.pages import Page

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
COLUMN_GAP = 8  # spaces between table cells: wider than any gap inside a sentence

_INLINE_TEXT = {f"{W}t": None, f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n",
                f"{W}noBreakHyphen": "-", f"{W}softHyphen": ""}


def docx_pages(path: Path) -> list[Page]:
    return text_pages(docx_text(path), origin="docx")


def docx_text(path: Path) -> str:
    import docx  # python-docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises KeyError/BadZipFile/XML errors
        raise UnreadableError(f"cannot open {path.name} as DOCX: {exc}") from exc
    bullets = _BulletLevels(document)
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        lines += _block_lines(block, bullets)
    return "\n".join(lines)


def _block_lines(block: Any, bullets: _BulletLevels) -> list[str]:
    if block.tag == f"{W}p":
        return _paragraph_text(block, bullets).split("\n")
    if block.tag == f"{W}tbl":
        return _table_lines(block, bullets)
    return []  # section properties, bookmarks


def _paragraph_text(paragraph: Any, bullets: _BulletLevels) -> str:
    parts = []
    for node in paragraph.iter(*_INLINE_TEXT):
        replacement = _INLINE_TEXT[node.tag]
        parts.append(node.text or "" if replacement is None else replacement)
    text = "".join(parts)
    if text.strip() and bullets.is_bullet(paragraph):
        text = "- " + text.lstrip()
    return text


def _table_lines(table: Any, bullets: _BulletLevels) -> list[str]:
    lines: list[str] = []
    for row in table.iterchildren(f"{W}tr"):
        cells = [_cell_lines(cell, bullets) for cell in row.iterchildren(f"{W}tc")]
        lines += _side_by_side(cells)
    return lines


def _cell_lines(cell: Any, bullets: _BulletLevels) -> list[str]:
    lines: list[str] = []
    for block in cell.iterchildren():
        lines += [line.expandtabs(8).rstrip() for line in _block_lines(block, bullets)]
    # Empty paragraphs at the end of a cell are Word's spacing, not content.
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _side_by_side(cells: list[list[str]]) -> list[str]:
    """Lay cells out as columns: each starts after the widest line of the ones before it."""
    height = max((len(cell) for cell in cells), default=0)
    rows = [""] * height
    column = 0
    for cell in cells:
        if not any(line.strip() for line in cell):
            continue
        for i, line in enumerate(cell):
            rows[i] = rows[i].ljust(column) + line
        column = max(len(row) for row in rows) + COLUMN_GAP
    return rows


class _BulletLevels:
    """Which (numId, ilvl) pairs of the numbering part are bullets rather than numbers."""

    def __init__(self, document: Any) -> None:
        self._bullets: set[tuple[str, str]] = set()
        self._style_numbering = self._numbering_by_style(document)
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # no numbering part: no lists
        abstract_bullets = self._abstract_bullet_levels(numbering)
        for num in numbering.iterchildren(f"{W}num"):
            abstract = num.find(f"{W}abstractNumId")
            if abstract is None:
                continue
            for level in abstract_bullets.get(abstract.get(f"{W}val"), set()):
                self._bullets.add((num.get(f"{W}numId"), level))

    @staticmethod
    def _abstract_bullet_levels(numbering: Any) -> dict[str, set[str]]:
        levels: dict[str, set[str]] = {}
        for abstract in numbering.iterchildren(f"{W}abstractNum"):
            for level in abstract.iterchildren(f"{W}lvl"):
                fmt = level.find(f"{W}numFmt")
                if fmt is not None and fmt.get(f"{W}val") == "bullet":
                    levels.setdefault(abstract.get(f"{W}abstractNumId"), set()).add(
                        level.get(f"{W}ilvl"))
        return levels

    @staticmethod
    def _numbering_by_style(document: Any) -> dict[str, Any]:
        """styleId -> numPr: "List Bullet" and friends number through their style."""
        found = {}
        for style in document.styles.element.iterchildren(f"{W}style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                found[style.get(f"{W}styleId")] = num_pr
        return found

    def is_bullet(self, paragraph: Any) -> bool:
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        if num_pr is None:
            style = paragraph.find(f"{W}pPr/{W}pStyle")
            num_pr = self._style_numbering.get(style.get(f"{W}val")) if style is not None else None
        if num_pr is None:
            return False
        num_id = num_pr.find(f"{W}numId")
        level = num_pr.find(f"{W}ilvl")
        key = (num_id.get(f"{W}val") if num_id is not None else None,
               level.get(f"{W}val") if level is not None else "0")
        return key in self._bullets
