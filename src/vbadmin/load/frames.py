"""Boxed marks in page 1's letterhead ("HỎA TỐC", "KHẨN", "MẬT" in a drawn rectangle): the
frame's strokes are erased before OCR, its words kept (a letter touching the frame keeps its
ink). Tesseract's page analysis took the frame with the word inside it for a picture and read
nothing of it when the page's DPI was not the one it was told (a 200-DPI scan saved without
its DPI: the boxed word lost, scratch comparison on the probe letters' renders); without the
frame it reads the word at any DPI.

Sizes are measured against the page's width, A4 whatever the DPI tag says.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

A4_WIDTH_INCHES = 8.27
TOP_SHARE = 0.45  # the marks sit in the letterhead, under the number or the date line
INK = 128  # darker than this is ink
# A mark's box: a word or two of 13-14 pt type with a margin, no table's cell or page rule.
FRAME_HEIGHT = (0.15, 0.7)  # inches
FRAME_WIDTH = (0.4, 3.5)
MIN_SIDE_COVER = 0.8  # each side of the box drawn along this share of its length at least
MAX_FILL = 0.3  # of the box's area: a frame is its border, not a blot
HALO_INCHES = 0.01


Box = tuple[slice, slice]  # rows, columns of a page's pixel array


def erase_text_frames(gray: Image.Image) -> tuple[Image.Image, int]:
    """The page with the frames of boxed marks in its upper part whitened, and how many."""
    erased, frames = erase_frames(np.asarray(gray.convert("L")))
    return (gray, 0) if not frames else (Image.fromarray(erased), len(frames))


def erase_frames(pixels: np.ndarray, page_height: int | None = None) -> tuple[np.ndarray, list[Box]]:
    """A grey page's pixels with the frames of boxed marks in its upper part whitened, and the
    frames' boxes (the pixels given back as they are when there is none); `page_height`: the
    page's, when `pixels` are its upper part only."""
    top = min(pixels.shape[0], int((page_height or pixels.shape[0]) * TOP_SHARE))
    ink = pixels[:top] < INK
    labels, _ = ndimage.label(ink)
    per_inch = pixels.shape[1] / A4_WIDTH_INCHES
    frames = [(index, box) for index, box in enumerate(ndimage.find_objects(labels), 1)
              if box is not None and _is_frame(labels[box] == index, per_inch)]
    if not frames:
        return pixels, []
    erased = pixels.copy()
    halo = max(1, round(HALO_INCHES * per_inch))
    lean = _lean(per_inch)
    for index, box in frames:
        # the box and a halo's width around it: the grey the scan left round the strokes
        rows = slice(max(0, box[0].start - halo), min(top, box[0].stop + halo))
        cols = slice(max(0, box[1].start - halo), box[1].stop + halo)
        at = (box[0].start - rows.start, box[1].start - cols.start)
        size = (box[0].stop - box[0].start, box[1].stop - box[1].start)
        sides = _sides(labels[rows, cols] == index, lean, at, size)
        # ("ị HỎA TỐC ˆ"), but only grey: a letter touching the frame (the dot of "MẬT") keeps its ink
        grown = ndimage.binary_dilation(sides, iterations=halo) & ((erased[rows, cols] >= INK) | sides)
        erased[rows, cols][grown] = 255
    return erased, [box for _, box in frames]


def _lean(per_inch: float) -> int:
    """How far a side's stroke may lean off the box's edge, in pixels (a page deskewed to a
    fraction of a degree)."""
    return max(1, round(0.02 * per_inch))


def _sides(component: np.ndarray, lean: int, at: tuple[int, int], size: tuple[int, int]) -> np.ndarray:
    """The frame's four strokes: its ink within a stroke's width (and its lean) of the frame's
    sides (a letter touching the inner edge is one piece with it, and stays). `component` is
    the frame's piece in a window round its box, which starts at `at` in it and is `size`."""
    (top, left), (height, width) = at, size
    box = component[top : top + height, left : left + width]
    stroke = _stroke_width(box) + lean
    offsets = _side_offsets(box, lean) or (0, 0, 0, 0)
    above, below, before, after = (top + offsets[0], top + height - offsets[1],
                                   left + offsets[2], left + width - offsets[3])
    band = np.zeros_like(component)
    band[above : above + stroke, left : left + width] = True
    band[below - stroke : below, left : left + width] = True
    band[top : top + height, before : before + stroke] = True
    band[top : top + height, after - stroke : after] = True
    return component & band


def _stroke_width(component: np.ndarray) -> int:
    """The left side's width: the run of ink the rows open with (their median), plus one."""
    runs = np.argmin(component, axis=1)  # the first white pixel of each row
    runs = runs[runs > 0]
    return int(np.median(runs)) + 1 if runs.size else 1


def _is_frame(component: np.ndarray, per_inch: float) -> bool:
    """A hollow rectangle of a mark's size: its four sides drawn, little ink inside them."""
    height, width = component.shape
    if not (FRAME_HEIGHT[0] <= height / per_inch <= FRAME_HEIGHT[1]
            and FRAME_WIDTH[0] <= width / per_inch <= FRAME_WIDTH[1] and width > 1.5 * height):
        return False
    if component.sum() > MAX_FILL * height * width:
        return False
    return _side_offsets(component, _lean(per_inch)) is not None


def _side_offsets(component: np.ndarray, edge: int) -> tuple[int, int, int, int] | None:
    """How far in from the box's top, bottom, left and right each side of the frame is drawn
    (along MIN_SIDE_COVER of its length, within a quarter of the box): 0 but where a letter's
    mark pokes out over it ("KHẨN" whose hat rises above the frame's top); None when a side is
    missing."""
    offsets = []
    for pixels in (component, component[::-1], component.T, component.T[::-1]):
        reach = max(1, pixels.shape[0] // 4)
        found = next((row for row in range(reach)
                      if pixels[row : row + edge].any(axis=0).mean() >= MIN_SIDE_COVER), None)
        if found is None:
            return None
        # the window's first row may lie above the stroke: the stroke's own first row
        window = pixels[found : found + edge].mean(axis=1)
        offsets.append(found + int(np.argmax(window >= window.max() / 2)))
    return offsets[0], offsets[1], offsets[2], offsets[3]
