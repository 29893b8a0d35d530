"""Rows of the letterhead the page reading skipped, read on their own.

    reread_missed_header_rows(page, image, read_line)   # rows added in place; never raises

Tesseract's page segmentation now and then takes a row of the two-column letterhead for a
picture and reads nothing of it: "ĐẶC KHU BẠCH LONG VĨ" / "Độc lập - Tự do - Hạnh phúc" between
the bodies' names and the number line, their underlines close below, or a framed "KHẨN" and the
"Kính gửi:" row under a long subject. Only gaps that open at the top of page 1 are looked at
(one may end below it): where two rows read lie further apart than the letterhead's rows ever
do, a band of ink a line of print high between them, that no word covers, is cut into its
cells (runs of ink apart by more than a few line heights) and each cell is read as one line.
A cell's reading is kept only when every word is read with confidence and is Vietnamese or a
code; rules (one stroke high) and specks are never read.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from vbadmin.errors import UnreadableError
from vbadmin.load.subscripts import LineReader
from vbadmin.load.unread_runs import INK_LEVEL, ink_bands, print_height, read_box
from vbadmin.pages import Line, Page, Word

__all__ = ["reread_missed_header_rows"]

HEADER_SHARE = 0.3  # of the page's height from its top: the letterhead
ROW_GAP = 2.2  # line heights between two rows read beyond which a row may have been skipped
CELL_GAP = 3.0  # line heights of blank between two cells of a row
MIN_CELL_WIDTH = 2.0  # line heights: narrower ink is a speck or a seal's edge
SPECK_HEIGHT, SPECK_CONFIDENCE = 0.7, 0.35  # a row this low, read this unsure, is a speck
PAD = 0.3  # line heights around a cell's ink


def reread_missed_header_rows(page: Page, image: Image.Image, read_line: LineReader) -> list[str]:
    """Add the letterhead's rows the page reading skipped to page 1's lines; returns the rows
    added. `image` is the page in the geometry of its word boxes."""
    height = print_height(page)
    if page.number != 1 or height is None:
        return []
    gaps = _gaps(page, height, image.height * HEADER_SHARE)
    if not gaps:
        return []  # most pages: no pixels to look at
    gray = np.asarray(image.convert("L"))
    added: list[str] = []
    for top, bottom in gaps:
        for band in ink_bands(gray, top, bottom, height):
            cells = _cells(gray, band, height)
            words = [word for cell in cells for word in _read_cell(gray, cell, height, read_line)]
            if words:  # one row, its cells side by side, as the page reading gives a row
                insert_in_place(page, Line(words=words))
                added.append(" ".join(w.text for w in words))
    return added


def insert_in_place(page: Page, line: Line) -> None:
    """Before the first row read lower on the page (the rows as read keep their own order)."""
    top = min(w.y0 for w in line.words)
    below = (i for i, row in enumerate(page.lines) if row.words and min(w.y0 for w in row.words) > top)
    page.lines.insert(next(below, len(page.lines)), line)


def _gaps(page: Page, height: float, limit: float) -> list[tuple[int, int]]:
    """Spans opening at the page's top (above `limit`) that no row read reaches into, too tall
    to be a gap between the letterhead's rows (measured from the lowest bottom so far: a speck
    read inside a taller row ends no gap)."""
    rows = sorted((min(w.y0 for w in line.words), max(w.y1 for w in line.words))
                  for line in page.lines if line.words and not _speck_row(line, height))
    gaps, lowest = [], None
    for top, bottom in rows:
        if top >= limit and (lowest is None or lowest >= limit):
            break  # a gap that opens in the letterhead may end below it (a "Kính gửi" row lost)
        if lowest is not None and top - lowest > ROW_GAP * height:
            gaps.append((int(lowest), int(top)))
        lowest = bottom if lowest is None else max(lowest, bottom)
    return gaps


def _speck_row(line: Line, height: float) -> bool:
    """A row read from a speck, no print: lower than a line of print and read with no
    confidence (the Party header's star read as "bói")."""
    low = max(w.y1 for w in line.words) - min(w.y0 for w in line.words) < SPECK_HEIGHT * height
    return low and all(w.confidence < SPECK_CONFIDENCE for w in line.words)


def _cells(gray: np.ndarray, band: tuple[int, int], height: float) -> list[tuple[int, int, int, int]]:
    """The band's runs of ink apart by more than CELL_GAP line heights: its columns' cells."""
    top, bottom = band
    columns = np.nonzero((gray[top:bottom] < INK_LEVEL).any(axis=0))[0]
    if columns.size == 0:
        return []
    splits = np.nonzero(np.diff(columns) > CELL_GAP * height)[0]
    starts = [columns[0], *columns[splits + 1]]
    ends = [*columns[splits], columns[-1]]
    return [(int(x0), top, int(x1) + 1, bottom) for x0, x1 in zip(starts, ends, strict=True)
            if x1 - x0 >= MIN_CELL_WIDTH * height]


def _read_cell(gray: np.ndarray, cell: tuple[int, int, int, int], height: float,
               read_line: LineReader) -> list[Word]:
    pad = PAD * height
    # A band cut where a gap between rows read starts may touch the marks of the row above:
    # when the cell padded above and below reads badly, the band alone is read.
    for upright_pad in (pad, 0.0):
        box = (cell[0] - pad, cell[1] - upright_pad, cell[2] + pad, cell[3] + upright_pad)
        try:
            words = read_box(gray, box, read_line)
        except UnreadableError:
            return []
        if words:
            return words
    return []
