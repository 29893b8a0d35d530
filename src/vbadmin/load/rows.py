"""Group positioned words into visual rows (shared by the PDF text layer and OCR)."""

from __future__ import annotations

from statistics import median

from vbadmin.pages import Line, Word

# Two words sit on the same visual row when their vertical centres differ by less than this
# share of the line height: tolerant of baseline jitter and mixed font sizes, but a tight
# single-spaced paragraph (centres ~1.15 line heights apart) never merges.
ROW_TOLERANCE = 0.4
_LIST_MARKS = frozenset("-–—•+")  # not "*": a seal's speck as often as a bullet
MARK_SLACK = 0.2  # a mark may stick out of its row by this share of the row's height
MARK_REACH = 3.0  # row heights between a list's dash and its item's first word, at most
SETTLE_RATIO = 0.5  # a word moves to the next row when it sits at most half as far from it


def _centre(word: Word) -> float:
    return (word.y0 + word.y1) / 2


def group_into_rows(words: list[Word]) -> list[Line]:
    """Cluster words by vertical centre, top to bottom; each row is sorted left to right.

    Rows deliberately span the whole page width: the two header columns of a letter end up
    on one row and a later layout stage splits them.
    """
    rows: list[list[Word]] = []
    for word in sorted(words, key=_centre):
        if rows and _fits_row(rows[-1], word):
            rows[-1].append(word)
        else:
            rows.append([word])
    _settle(rows)
    return [Line(words=sorted(row, key=lambda w: w.x0)) for row in rows if row]


def _settle(rows: list[list[Word]]) -> None:
    """Move the last words taken into a row down to the next row when they sit far closer to
    it. Two columns set a little apart in height ("Như trên;" on the left, "PHÓ CỤC TRƯỞNG"
    20 px lower on the right) share rows; taken top down, the first word of the lower column
    joins the row above and leaves its own line."""
    for above, below in zip(rows, rows[1:], strict=False):
        while len(above) > 1 and _closer_below(above, below):
            below.insert(0, above.pop())  # the highest word of the row below now


def _closer_below(above: list[Word], below: list[Word]) -> bool:
    word = above[-1]  # rows are filled in order of centre: the lowest word is the last
    rest = above[:-1]
    from_above = abs(_centre(word) - sum(_centre(w) for w in rest) / len(rest))
    from_below = abs(_centre(word) - sum(_centre(w) for w in below) / len(below))
    return from_below < SETTLE_RATIO * from_above and _fits_row(below, word)


def _fits_row(row: list[Word], word: Word) -> bool:
    if _mark_within(row, word):
        return True
    row_centre = sum(_centre(w) for w in row) / len(row)
    row_height = median(w.y1 - w.y0 for w in row)
    # specks (a signature's scraps read as "5", "Ầ") must not set a row of words' height
    words = [w.y1 - w.y0 for w in row if sum(ch.isalnum() for ch in w.text) >= 2]
    row_height = max(row_height, median(words)) if words else row_height
    # max, not min: a hyphen or a dot is a sliver that must still join its row.
    height = max(row_height, word.y1 - word.y0, 1e-6)
    return abs(_centre(word) - row_centre) <= ROW_TOLERANCE * height


def _mark_within(row: list[Word], word: Word) -> bool:
    """A list's dash or bullet that lies within the row's height belongs to it, wherever its
    centre: some fonts set the dash on the baseline ("-" under "Tòa án nhân dân tối cao;").
    Other specks (a seal's "¬", "^") are not drawn in."""
    if not word.text or any(ch not in _LIST_MARKS for ch in word.text):
        return False
    top, bottom = min(w.y0 for w in row), max(w.y1 for w in row)
    slack = MARK_SLACK * (bottom - top)
    # it opens the row's text: just left of its first word (not a seal's speck further on)
    first = min(row, key=lambda w: w.x0)
    opens_row = word.x1 <= first.x0 + slack and first.x0 - word.x1 <= MARK_REACH * (bottom - top)
    return opens_row and top - slack <= word.y0 and word.y1 <= bottom + slack
