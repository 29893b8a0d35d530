"""Group positioned words into visual rows (shared by the PDF text layer and OCR)."""

from __future__ import annotations

from statistics import median

from vbadmin.pages import Line, Word

# Two words sit on the same visual row when their vertical centres differ by less than this
# share of the line height: tolerant of baseline jitter and mixed font sizes, but a tight
# single-spaced paragraph (centres ~1.15 line heights apart) never merges.
ROW_TOLERANCE = 0.4


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
    return [Line(words=sorted(row, key=lambda w: w.x0)) for row in rows]


def _fits_row(row: list[Word], word: Word) -> bool:
    row_centre = sum(_centre(w) for w in row) / len(row)
    row_height = median(w.y1 - w.y0 for w in row)
    # max, not min: a hyphen or a dot is a sliver that must still join its row.
    height = max(row_height, word.y1 - word.y0, 1e-6)
    return abs(_centre(word) - row_centre) <= ROW_TOLERANCE * height
