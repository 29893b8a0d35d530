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
    _rejoin_split_lines(rows)
    return [Line(words=sorted(row, key=lambda w: w.x0)) for row in rows if row]


SPLIT_LINE_OVERLAP = 0.3  # of a part's height: the two parts of one line overlap at least so
SPLIT_LINE_GAP = 2.0  # part heights between the two parts of one line, at most (a word space or two)


def _rejoin_split_lines(rows: list[list[Word]]) -> None:
    """A line OCR read as one that the words' centres put on two rows (a skewed or curved
    scan: "thực miền Nam (b/c);" above "- TCT Lương", its first words): its smaller part joins
    the larger, when the two parts sit side by side and overlap in height."""
    for above, below in zip(rows, rows[1:], strict=False):
        shared = {w.line_key for w in above} & {w.line_key for w in below} - {-1}
        for key in sorted(shared):
            upper = [w for w in above if w.line_key == key]
            lower = [w for w in below if w.line_key == key]
            if not _parts_of_one_line(upper, lower):
                continue
            smaller_below = len(lower) <= len(upper)
            part, source, target = (lower, below, above) if smaller_below else (upper, above, below)
            source[:] = [w for w in source if w.line_key != key]
            target.extend(part)


def _parts_of_one_line(upper: list[Word], lower: list[Word]) -> bool:
    """Side by side, a word space or two apart (one part wholly left of the other: not a speck
    of the seal far beside a title), overlapping in height, and words both (not specks)."""
    left, right = sorted((upper, lower), key=lambda part: min(w.x0 for w in part))
    gap = min(w.x0 for w in right) - max(w.x1 for w in left)
    top = max(min(w.y0 for w in upper), min(w.y0 for w in lower))
    bottom = min(max(w.y1 for w in upper), max(w.y1 for w in lower))
    height = min(max(w.y1 for w in part) - min(w.y0 for w in part) for part in (upper, lower))
    words = all(any(sum(ch.isalnum() for ch in w.text) >= 2 for w in part) for part in (upper, lower))
    return words and 0 <= gap <= SPLIT_LINE_GAP * height and bottom - top >= SPLIT_LINE_OVERLAP * height


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
