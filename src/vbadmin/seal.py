"""Marks too large to be print, and a seal's rings, taken out of a black-and-white crop.

    kept = without_large_marks(ink, line_height)   # ink: a boolean array, True where dark

On a black-and-white scan (or a grey one, where red prints as dark as black) the seal and the
signature cannot be told from the type by their colour. They can by their size: a letter or a
word is at most a couple of line heights tall, while a seal's ring is some ten across and a
signature is a long stroke. Dropping every large mark would drop the letters that touch the
ring too ("CHỦ TỊCH" beside the seal, "Trương" under it), so a seal's ring is found first: a
circle fitted to the mark's ink (RANSAC: three points give a circle; the one whose ink goes
furthest round wins), and only the ring's band is taken out. The letters it touched are then
marks of their own, and stay; what is still large (the signature, the emblem) goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Mask = NDArray[np.bool_]
    Floats = NDArray[np.floating[Any]]

# A mark taller or wider than these, in line heights, is no letter nor word.
LARGEST_MARK = (2.5, 12.0)
# A seal's ring: its radius in line heights (seals are 3.5–4.5 cm across, a line about 5 mm),
# and how far round it must be seen, in 10° steps: among the large marks (a ring thresholded to
# black and white breaks into arcs, and the short ones are no larger than print), then in all
# the ink (the title's letters and the signature hide some of it).
RING_RADIUS = (3.0, 9.0)
RING_SEEN_IN_LARGE_MARKS = 15
RING_SEEN = 27
TRIES = 300
POINTS = 3000


def without_large_marks(ink: Mask, line_height: float) -> Mask:
    """`ink` without seals' rings and marks too large to be print."""
    large = _large_marks(ink, line_height)
    if not large.any():
        return ink
    seal = _seal(ink, large, line_height)
    if seal is not None:
        ink = ink & ~seal
        large = _large_marks(ink, line_height)
    return ink & ~large


def _large_marks(ink: Mask, line_height: float) -> Mask:
    """The ink of the marks (8-connected runs of ink) too large to be print."""
    import numpy as np
    from scipy import ndimage

    labels, _ = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    tallest, widest = (limit * line_height for limit in LARGEST_MARK)
    large = [index for index, found in enumerate(ndimage.find_objects(labels), 1)
             if found is not None and (found[0].stop - found[0].start > tallest
                                       or found[1].stop - found[1].start > widest)]
    return np.isin(labels, large)


def _seal(ink: Mask, large: Mask, line_height: float) -> Mask | None:
    """The seal found among the large marks: its ring's band and every mark wholly within the
    ring (its lettering, its emblem, the signature's strokes there); None when there is none.
    A letter half inside keeps that half: it is the title's or the name's."""
    import numpy as np
    from scipy import ndimage

    rows_of_ink, columns_of_ink = np.nonzero(large)
    ys, xs = rows_of_ink.astype(float), columns_of_ink.astype(float)
    if len(xs) < 100:
        return None
    rng = np.random.default_rng(0)  # the same crop gives the same reading
    chosen = rng.choice(len(xs), min(POINTS, len(xs)), replace=False)
    circle = _fit_ring(xs[chosen], ys[chosen], line_height, rng)
    if circle is None:
        return None
    cx, cy, radius = circle
    rows_of_ink, columns_of_ink = np.nonzero(ink)
    dx, dy = columns_of_ink - cx, rows_of_ink - cy
    if _seen_round(dx, dy, radius, line_height)[0] < RING_SEEN:
        return None
    inner, outer = _ring_band(dx, dy, radius, line_height)
    # Only the square around the ring is looked at: a mark reaching out of it is not within.
    reach = radius + outer + 2
    top, left = max(0, int(cy - reach)), max(0, int(cx - reach))
    bottom, right = min(ink.shape[0], int(cy + reach) + 1), min(ink.shape[1], int(cx + reach) + 1)
    rows = np.arange(top, bottom, dtype=np.float32)[:, None]
    columns = np.arange(left, right, dtype=np.float32)[None, :]
    distance = np.hypot(columns - np.float32(cx), rows - np.float32(cy)) - np.float32(radius)
    band = (distance >= inner) & (distance <= outer)
    labels, count = ndimage.label(ink[top:bottom, left:right] & ~band, structure=np.ones((3, 3), dtype=bool))
    furthest_out = ndimage.maximum(distance, labels, np.arange(1, count + 1))
    within = np.flatnonzero(np.asarray(furthest_out) < inner) + 1
    seal = np.zeros_like(ink)
    seal[top:bottom, left:right] = band | np.isin(labels, within)
    return seal


def _fit_ring(xs: Floats, ys: Floats, line_height: float,
              rng: np.random.Generator) -> tuple[float, float, float] | None:
    """The circle of a seal's size whose ink goes furthest round, or None when none is seen
    far enough round; of equals, the one with the most ink on it."""
    smallest, largest = (size * line_height for size in RING_RADIUS)
    best: tuple[tuple[int, int], float, float, float] | None = None
    for _ in range(TRIES):
        picked = rng.choice(len(xs), 3, replace=False)
        circle = _circle_through(xs[picked], ys[picked])
        if circle is None or not smallest <= circle[2] <= largest:
            continue
        cx, cy, radius = circle
        seen = _seen_round(xs - cx, ys - cy, radius, line_height)
        if best is None or seen > best[0]:
            best = (seen, cx, cy, radius)
    if best is None or best[0][0] < RING_SEEN_IN_LARGE_MARKS:
        return None
    return best[1], best[2], best[3]


def _seen_round(dx: Floats, dy: Floats, radius: float,
                line_height: float) -> tuple[int, int]:
    """How far round the circle (centred at dx = dy = 0) ink lies on it, in 10° steps, and how
    much ink does."""
    import numpy as np

    on_ring = np.abs(np.hypot(dx, dy) - radius) < max(2.0, 0.08 * line_height)
    angles = np.arctan2(dy[on_ring], dx[on_ring])
    return len(np.unique(np.floor((angles + np.pi) / (2 * np.pi) * 36))), int(on_ring.sum())


def _circle_through(xs: Floats, ys: Floats) -> tuple[float, float, float] | None:
    (x1, x2, x3), (y1, y2, y3) = xs, ys
    determinant = 2 * (x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2))
    if abs(determinant) < 1e-6:
        return None  # three points in a line
    s1, s2, s3 = x1 * x1 + y1 * y1, x2 * x2 + y2 * y2, x3 * x3 + y3 * y3
    cx = (s1 * (y2 - y3) + s2 * (y3 - y1) + s3 * (y1 - y2)) / determinant
    cy = (s1 * (x3 - x2) + s2 * (x1 - x3) + s3 * (x2 - x1)) / determinant
    return float(cx), float(cy), float(((x1 - cx) ** 2 + (y1 - cy) ** 2) ** 0.5)


def _ring_band(dx: Floats, dy: Floats, radius: float,
               line_height: float) -> tuple[float, float]:
    """How far inside and outside the fitted circle the ring's ink reaches: the run of
    distances around the busiest one where the ink is at least a quarter as dense, plus a
    pixel of blur either side."""
    import numpy as np

    reach = int(0.6 * line_height)
    offsets = np.rint(np.hypot(dx, dy) - radius).astype(int)
    counts = np.bincount(offsets[np.abs(offsets) <= reach] + reach, minlength=2 * reach + 1)
    dense = counts >= 0.25 * counts.max()
    low = high = int(np.argmax(counts))
    while low > 0 and dense[low - 1]:
        low -= 1
    while high < len(dense) - 1 and dense[high + 1]:
        high += 1
    return low - reach - 1.0, high - reach + 1.0
