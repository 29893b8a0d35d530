"""Pen ink: separate what the clerk wrote from the printed page, and cut it into digits.

Shared by the blank reader (real scans) and the trainer (synthetic digits go through the
same extraction, so the recogniser sees training inputs exactly as it will see real ones).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy import ndimage

InkMode = Literal["blue", "red", "dark"]
Box = tuple[int, int, int, int]
Cut = tuple[int, int]

BLUE_MARGIN = 28  # B above max(R, G) by this much: ballpoint blue/violet, not grey print
RED_MARGIN = 40  # R above max(G, B): stamp ink


def blueness(rgb: np.ndarray) -> np.ndarray:
    """0..1 strength of blue/violet pen ink per pixel (violet has R high too, so compare to G)."""
    r, g, b = (rgb[..., i].astype(np.float32) for i in range(3))
    lift = b - np.maximum(g, np.minimum(r, g + 40))
    return np.clip((lift - BLUE_MARGIN / 2) / 60.0, 0.0, 1.0)


def redness(rgb: np.ndarray) -> np.ndarray:
    """0..1 strength of red/purple stamp ink."""
    r, g, b = (rgb[..., i].astype(np.float32) for i in range(3))
    lift = r - np.maximum(g, b * 0.8)
    return np.clip((lift - RED_MARGIN / 2) / 70.0, 0.0, 1.0)


def darkness(rgb: np.ndarray) -> np.ndarray:
    """0..1 ink darkness against the local paper level (any colour)."""
    gray = rgb.astype(np.float32).mean(axis=2) if rgb.ndim == 3 else rgb.astype(np.float32)
    paper = float(np.percentile(gray, 90)) if gray.size else 255.0
    return np.clip((paper - gray - 40.0) / 100.0, 0.0, 1.0)


def ink_map(rgb: np.ndarray, mode: InkMode) -> np.ndarray:
    if mode == "blue":
        return blueness(rgb)
    if mode == "red":
        return redness(rgb)
    return darkness(rgb)


def colour_share(rgb: np.ndarray) -> float:
    """Share of the region's dark-ish ink that is blue: decides colour vs position isolation."""
    dark = darkness(rgb) > 0.3
    if dark.sum() < 20:
        return 0.0
    return float((blueness(rgb)[dark] > 0.3).mean())


@dataclass
class Glyph:
    """One handwritten digit candidate: its ink crop and its box in region coordinates."""

    ink: np.ndarray
    x0: int
    y0: int
    x1: int
    y1: int


def components(ink: np.ndarray, line_height: float, threshold: float = 0.35) -> tuple[np.ndarray, list[Box]]:
    """The ink mask and the boxes of its pieces left to right, broken strokes of one digit merged.

    Sizes are relative to the typed line height, the only scale that is reliable on a page.
    """
    mask = hysteresis(ink, threshold)
    mask = ndimage.binary_closing(mask, structure=np.ones((3, 3)))
    labels, count = ndimage.label(mask, structure=np.ones((3, 3)))
    boxes: list[list[int]] = []
    min_size = max(3.0, 0.12 * line_height)
    for index, found in enumerate(ndimage.find_objects(labels), start=1):
        if found is None:
            continue
        ys, xs = found
        height, width = ys.stop - ys.start, xs.stop - xs.start
        area = int((labels[found] == index).sum())
        if max(height, width) < min_size or area < 0.02 * line_height**2:
            continue  # specks, dust, dots of the dotted line
        if width > 4 * height and width > 0.9 * line_height:
            continue  # an underline or a dotted rule, not a digit
        boxes.append([xs.start, ys.start, xs.stop, ys.stop])
    merged = _merge_overlapping(sorted(boxes), line_height)
    return mask, [(b[0], b[1], b[2], b[3]) for b in merged]


def hysteresis(ink: np.ndarray, high: float = 0.35, low_share: float = 0.5) -> np.ndarray:
    """Ink above `high`, plus fainter ink (above low_share × high) touching it: a thin diagonal
    drawn fast stays joined to its digit, while faint specks on their own stay out."""
    strong = ink > high
    weak = ink > high * low_share
    labels, count = ndimage.label(weak, structure=np.ones((3, 3)))
    if count == 0:
        return strong
    keep = np.zeros(count + 1, bool)
    keep[np.unique(labels[strong])] = True
    keep[0] = False
    return np.asarray(keep[labels])


def split_options(mask: np.ndarray, box: Box, digit_height: float, max_pieces: int = 4) -> list[list[Cut]]:
    """Ways to cut one piece of ink into 1..k digits (k from its width): the hypotheses a
    recogniser-scored search chooses from. Each is a list of (x0, x1) in box coordinates."""
    x0, y0, x1, y1 = box
    width = x1 - x0
    most = max(1, min(max_pieces, int(width / max(1.0, 0.28 * digit_height))))
    options = [[(0, width)]]
    profile = ndimage.uniform_filter1d(mask[y0:y1, x0:x1].sum(axis=0).astype(np.float32), 3)
    for pieces in range(2, most + 1):
        options.append(_cuts(profile, pieces))
    return options


def glyphs_for(ink: np.ndarray, box: Box, cuts: list[Cut], threshold: float = 0.35) -> list[Glyph]:
    """The glyphs of one hypothesis, each trimmed to its own rows."""
    x0, y0, x1, y1 = box
    glyphs: list[Glyph] = []
    for sx0, sx1 in cuts:
        part = ink[y0:y1, x0 + sx0 : x0 + sx1]
        rows = np.nonzero(part.max(axis=1) > threshold)[0] if part.size else np.array([])
        if rows.size == 0:
            continue
        top, bottom = y0 + int(rows[0]), y0 + int(rows[-1]) + 1
        glyphs.append(Glyph(ink[top:bottom, x0 + sx0 : x0 + sx1], x0 + sx0, top, x0 + sx1, bottom))
    return glyphs


def segment(ink: np.ndarray, line_height: float, threshold: float = 0.35) -> list[Glyph]:
    """Connected components left to right, wide ones cut by their own height (no recogniser)."""
    mask, boxes = components(ink, line_height, threshold)
    glyphs: list[Glyph] = []
    for box in boxes:
        glyphs += glyphs_for(ink, box, _split_wide(mask[box[1] : box[3], box[0] : box[2]], box[3] - box[1]))
    return glyphs


def _merge_overlapping(boxes: list[list[int]], line_height: float) -> list[list[int]]:
    """Pieces of one digit overlap in x (a 5's flag, a 7's bar, a broken 0)."""
    merged: list[list[int]] = []
    for box in boxes:
        if merged:
            last = merged[-1]
            overlap = min(last[2], box[2]) - max(last[0], box[0])
            narrower = min(last[2] - last[0], box[2] - box[0])
            if overlap > 0.5 * narrower or (overlap > 0 and narrower < 0.25 * line_height):
                merged[-1] = [
                    min(last[0], box[0]),
                    min(last[1], box[1]),
                    max(last[2], box[2]),
                    max(last[3], box[3]),
                ]
                continue
        merged.append(box)
    return merged


def _split_wide(mask: np.ndarray, height: int) -> list[tuple[int, int]]:
    """Cut a component wider than one digit at the thinnest columns (touching digits)."""
    width = mask.shape[1]
    digit_width = max(1.0, 0.62 * height)
    pieces = int(round(width / digit_width))
    if width < 1.25 * digit_width or pieces < 2:
        return [(0, width)]
    profile = ndimage.uniform_filter1d(mask.sum(axis=0).astype(np.float32), 3)
    return _cuts(profile, pieces)


def _cuts(profile: np.ndarray, pieces: int) -> list[Cut]:
    """Cut a column profile into `pieces` near equal widths, at the thinnest columns nearby."""
    width = len(profile)
    digit_width = width / pieces
    cuts = [0]
    for k in range(1, pieces):
        centre = int(k * digit_width)
        lo, hi = (
            max(cuts[-1] + 2, centre - int(digit_width / 3)),
            min(width - 2, centre + int(digit_width / 3)),
        )
        cut = lo + int(np.argmin(profile[lo:hi])) if hi > lo else centre
        cuts.append(cut)
    cuts.append(width)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b - a > 1]
