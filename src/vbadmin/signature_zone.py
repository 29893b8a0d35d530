"""The signature block a scan's page reading lost or damaged, read again beside "Nơi nhận".

    lines = read_signature_zone(pages, page_number, distribution_box)

On a grey page (a greyscale scan, a scanned photocopy) the seal cannot be told from print by
its hue: its ring and lettering beside the title lines make tesseract's page segmentation take
the block for a picture (the titles are never read) or run the lettering into a title. The
block sits in the right cell of the footer, beside the "Nơi nhận" list: that zone is cut out
of the page image, only its darkest print is kept (a seal in grey prints lighter than black
type), and the crop is read as one column of text (psm 4, which skips the strokes that are
left). The parser takes the lines' titles only when they name a known title (parse.py,
`_signature_read_again`). On a black-and-white page the seal is as black as the print: there
its ring is found by its shape, and it and the signature's strokes are dropped by their size
(seal.py).
"""

from __future__ import annotations

from dataclasses import replace

from vbadmin import vocab
from vbadmin.errors import UnreadableError
from vbadmin.extract.signature import repair_title
from vbadmin.layout import Segment
from vbadmin.ocrfix import join_split_syllables
from vbadmin.pages import Line, Page
from vbadmin.signer_name import black_print, line_height

Box = tuple[float, float, float, float]

# The zone, in line heights around the top of the "Nơi nhận" list: the authority line of a
# decision ("TM. ỦY BAN NHÂN DÂN") sits a little above the label, the name some ten lines
# below it (the space to sign and seal).
LINES_ABOVE_LIST = 3.0
LINES_BELOW_LIST_TOP = 16.0
# The right cell starts after the list, but never left of 40 % of the page nor right of 55 %
# (a list row run on into the right cell by the page reading).
RIGHT_CELL_FROM = (0.40, 0.55)
PRINT_DARKNESS = 0.25  # the cut between the darkest ink and the paper (see black_print)


def signature_zone(page: Page, distribution_box: Box) -> tuple[int, int, int, int]:
    """The right cell of the footer beside the list whose box is given, in page pixels."""
    x0, y0, x1, _ = distribution_box
    height = line_height(page)
    low, high = RIGHT_CELL_FROM
    left = min(max(x1, low * page.width), high * page.width)
    return (
        int(left),
        max(0, int(y0 - LINES_ABOVE_LIST * height)),
        int(page.width),
        min(int(page.height), int(y0 + LINES_BELOW_LIST_TOP * height)),
    )


def read_signature_zone(pages: list[Page], page_number: int, distribution_box: Box) -> list[Segment]:
    """The lines of the zone beside the list on page `page_number`, read again from its black
    print, as right-column segments in page pixels ([] when the page has no image)."""
    from vbadmin.load.ocr import TesseractEngine

    page = pages[page_number - 1] if 1 <= page_number <= len(pages) else None
    if page is None or page.image is None or page.unit != "px" or not page.lines:
        return []
    zone = signature_zone(page, distribution_box)
    if zone[2] - zone[0] < 20 or zone[3] - zone[1] < 20:
        return []
    crop = page.image.crop(zone)
    lines: list[Line] = []
    # Without marks too large to be print first (a seal's ring and a signature as black as the
    # type); with them when that leaves no title (a ring seen where there is none).
    for marks_scale in (line_height(page), None):  # None: large marks kept
        try:
            print_only = black_print(crop, PRINT_DARKNESS, marks_scale)
            read = TesseractEngine(psm=4, timeout=30).read(print_only, page.number, page.dpi or 300)
        except UnreadableError:  # a failed second look leaves the block as the page reading had it
            return []
        lines = read.lines
        if any(vocab.title_in(repair_title(line.text)) for line in lines):
            break
    return [_segment(line, page, zone, row) for row, line in enumerate(lines)]


def _segment(line: Line, page: Page, zone: tuple[int, int, int, int], row: int) -> Segment:
    join_split_syllables(line)
    dx, dy = zone[0], zone[1]
    words = [replace(w, x0=w.x0 + dx, y0=w.y0 + dy, x1=w.x1 + dx, y1=w.y1 + dy) for w in line.words]
    return Segment(
        text=line.text, page=page.number, row=row, column="right", box=Line(words).box,
        unit="px", origin="ocr", confidence=line.confidence, words=words,
        # Not part of the document's text: read again from the image.
        span=(0, 0),
    )
