"""Urgency and secrecy stamps in red ink on page 1, read on their own.

    read_red_marks(page, read_line)   # rows added in place; never raises

Decree 30/2020 has the urgency marks ("HỎA TỐC", "THƯỢNG KHẨN", "KHẨN") stamped in a
single-line frame in bright red ink, as the secrecy marks are. On a colour scan the page is read
with red ink whitened (a seal's ring and lettering over the print make tesseract misread it), so
such a stamp is lost with the seal. Here the red ink of the page's upper part is drawn alone, the
frames of a mark's size are found in it (load/frames.py), and what each frame holds is read as
one line: it is kept only when it reads as an urgency or a secrecy mark. A grey or black-and-white
scan has no red: its stamps are read with the print, their frames erased before.
"""

from __future__ import annotations

import numpy as np

from vbadmin import vocab
from vbadmin.errors import UnreadableError
from vbadmin.load.frames import TOP_SHARE, erase_frames
from vbadmin.load.missed_rows import insert_in_place
from vbadmin.load.preprocess import red_ink
from vbadmin.load.subscripts import LineReader, crop_enlarged
from vbadmin.pages import Line, Page, Word

__all__ = ["read_red_marks"]

MIN_RED_SHARE = 0.0005  # of the upper part's pixels in red: less is no stamp
ENLARGE = 2
BLACK, WHITE = 0, 255


def read_red_marks(page: Page, read_line: LineReader) -> list[str]:
    """Add page 1's red stamps that read as urgency or secrecy marks as rows of their own;
    returns what was added. `page.image` is the page's colour copy in its words' geometry."""
    if page.number != 1 or page.image is None or page.image.mode != "RGB":
        return []
    rgb = np.asarray(page.image)
    red = red_ink(rgb[: int(rgb.shape[0] * TOP_SHARE)])
    if red.mean() < MIN_RED_SHARE:
        return []  # most pages: no red in the letterhead
    drawn = np.where(red, BLACK, WHITE).astype(np.uint8)
    inside, frames = erase_frames(drawn, page_height=rgb.shape[0])
    added: list[str] = []
    for rows, columns in frames:
        words = _read_frame(inside, (columns.start, rows.start, columns.stop, rows.stop), read_line)
        text = " ".join(w.text for w in words)
        if words and (vocab.urgency_of(text) or vocab.secrecy_of(text)):
            insert_in_place(page, Line(words=words))
            added.append(text)
    return added


def _read_frame(red_only: np.ndarray, box: tuple[int, int, int, int], read_line: LineReader) -> list[Word]:
    crop, left, top = crop_enlarged(red_only, box, ENLARGE)
    try:
        words = sorted(read_line(crop, ENLARGE), key=lambda w: w.x0)
    except UnreadableError:
        return []
    return [Word(w.text, left + w.x0 / ENLARGE, top + w.y0 / ENLARGE, left + w.x1 / ENLARGE,
                 top + w.y1 / ENLARGE, w.confidence, colour="red") for w in words]
