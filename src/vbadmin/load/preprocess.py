"""Clean a page image before OCR: drop seal ink, crop photo margins, deskew, grayscale.

All analysis runs on numpy arrays of a downscaled copy so a 300-DPI A4 page takes a few
tens of milliseconds; only the final rotation/crop touches the full-resolution image.
"""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image

from vbadmin.load.frames import A4_WIDTH_INCHES, erase_text_frames
from vbadmin.pages import Page, Word

ANALYSIS_WIDTH = 1000  # px of the downscaled copy used for skew and margin analysis
MAX_SKEW = 3.0  # degrees searched either way
MIN_SKEW = 0.3  # below this a rotation costs more (blur) than it gains
WHITE = 255


@dataclass
class Preprocessed:
    image: Image.Image  # grayscale, seal ink removed, cropped and deskewed: the OCR input
    colour: Image.Image  # RGB with the same geometry, kept for reading blue handwriting later
    skew_degrees: float  # skew found and undone (counter-clockwise positive); 0 if left alone
    crop_box: tuple[int, int, int, int] | None  # crop applied to the original frame
    red_share: float  # share of pixels recognised as red/pink ink and whitened


def preprocess(image: Image.Image) -> Preprocessed:
    prepared = preprocess_for_ocr(image)
    return replace(prepared, colour=deskew(prepared.colour, prepared.skew_degrees))


def preprocess_for_ocr(image: Image.Image, boxed_marks: bool = True) -> Preprocessed:
    """Like preprocess, but the colour copy is only cropped, not yet deskewed: the OCR input is
    ready sooner, and `deskew(prepared.colour, prepared.skew_degrees)` can run while OCR does.
    `boxed_marks`: the page may hold a boxed mark whose frame is erased (page 1 only)."""
    image.load()  # two threads read it below: a lazily read file must not load in both at once
    colour = image if image.mode == "RGB" else image.convert("RGB")
    with ThreadPoolExecutor(max_workers=1) as pool:
        # The OCR input waits for this: look for a photo's margins while the seal ink goes.
        paper = pool.submit(find_paper_box, colour)
        gray, red_share = suppress_red(colour)
        crop_box = paper.result()
    if crop_box is not None:  # a phone photo of the sheet: its margins are not the page
        corners = find_paper_corners(colour)
        colour = colour.crop(crop_box) if corners is None else flatten_sheet(colour, corners)
        gray, red_share = suppress_red(colour)
        gray = even_lighting(gray, colour.convert("L"))
    else:
        gray = white_paper(gray)
    gray = without_halftone(without_specks(without_punch_holes(gray)), first_page=boxed_marks)
    angle = estimate_skew(gray)
    if abs(angle) <= MIN_SKEW:
        angle = 0.0
    prepared = deskew(gray, angle, bands=2)
    if boxed_marks:
        prepared, _ = erase_text_frames(prepared)  # "HỎA TỐC" in its box
    return Preprocessed(prepared, colour, angle, crop_box, red_share)


def deskew(image: Image.Image, angle: float, bands: int = 1) -> Image.Image:
    """Undo a skew found by estimate_skew (0: the image itself); corners are filled white.
    Bilinear: nearest neighbour would take a quarter of the time, but tesseract reads its jagged
    strokes worse (dev scans 0.976 → 0.970 field accuracy, real scans 0.855 → 0.848).

    `bands` > 1 rotates horizontal bands of the page in threads (Pillow releases the GIL): the
    pixels of one `image.rotate` (a rare one a grey level off, floating-point rounding) in a
    fraction of the time when a core is free. The OCR input waits for this rotation."""
    if angle == 0.0:
        return image
    white = WHITE if image.mode == "L" else (WHITE,) * len(image.getbands())
    if bands == 1:
        return image.rotate(-angle, resample=Image.Resampling.BILINEAR, fillcolor=white)
    matrix = _rotation_matrix(image.size, angle)
    edges = [round(image.height * i / bands) for i in range(bands + 1)]

    def band(top: int, bottom: int) -> Image.Image:
        a, b, c, d, e, f = matrix  # the band's row y is the page's row top + y
        shifted = (a, b, c + b * top, d, e, f + e * top)
        return image.transform((image.width, bottom - top), Image.Transform.AFFINE, shifted,
                               Image.Resampling.BILINEAR, fillcolor=white)

    with ThreadPoolExecutor(max_workers=bands) as pool:
        pieces = list(pool.map(band, edges[:-1], edges[1:]))
    rotated = Image.new(image.mode, image.size)
    for top, piece in zip(edges[:-1], pieces, strict=True):
        rotated.paste(piece, (0, top))
    return rotated


def _rotation_matrix(size: tuple[int, int], angle: float) -> tuple[float, ...]:
    """The inverse affine map of `image.rotate(-angle)` about the centre (Pillow's own
    formula), from a pixel of the rotated image to where it is read in the original."""
    radians = math.radians(angle)
    cos, sin = round(math.cos(radians), 15), round(math.sin(radians), 15)
    centre_x, centre_y = size[0] / 2, size[1] / 2
    return (
        cos, sin, cos * -centre_x + sin * -centre_y + centre_x,
        -sin, cos, -sin * -centre_x + cos * -centre_y + centre_y,
    )


# Blue or violet ballpoint: the blue channel bright (PEN_MIN_BLUE) and above green (and above
# red, or red not far above green: violet) by PEN_MARGIN. Navy print and print tinted by a
# scan's colour cast are darker than that and stay.
PEN_MARGIN = 40
PEN_MIN_BLUE = 120
# Within PEN_RIM pixels of such a stroke, what is bluish by PEN_RIM_MARGIN (and blue above
# RIM_MIN_BLUE) goes with it: the pale rim the scanner's blur and JPEG leave, and the dark
# core where the ink lies thick. Left, they read as specks or as strokes of a letter.
PEN_RIM_MARGIN = 8
RIM_MIN_BLUE = 60
PEN_RIM = 3
# Pen ink that is more than this share of the page's ink is no pen: the scan's colour cast;
# less than this share of the page (a few hundred pixels at 300 DPI, where one handwritten
# figure has a thousand) is the bluish tint of a dark stroke, and holes in it do harm.
MAX_PEN_SHARE_OF_INK = 0.3
MIN_PEN_SHARE_OF_PAGE = 1e-4
INK_LEVEL = 160  # gray level below which a pixel is ink, for that share


def suppress_red(colour: Image.Image) -> tuple[Image.Image, float]:
    """Grayscale copy where red/pink ink (seals, red stamps, signatures in red) and blue pen ink
    (a leader's note in the margin, a clerk's figures) are white, and the share of red pixels.

    A pixel is seal ink when red is bright and clearly above both green and blue; black
    print (all channels low) is untouched. Pen notes across the letterhead or the subject
    make tesseract misread the print under and beside them; the handwritten number and day
    are read from the colour copy by the handwriting reader, not by tesseract.
    """
    rgb = np.asarray(colour)
    ink = red_ink(rgb)
    gray = np.array(colour.convert("L"))
    red_share = float(ink.mean())
    _add_pen_ink(rgb, gray, ink)
    gray[ink] = WHITE
    return Image.fromarray(gray), red_share


def red_ink(rgb: np.ndarray) -> np.ndarray:
    """Where an RGB array holds red or pink ink: red bright and clearly above green and blue."""
    red = np.ascontiguousarray(rgb[..., 0])
    # In uint8: where red > 120, red - 45 and red - 30 cannot wrap, so these are the signed
    # differences red - green > 45 and red - blue > 30 without widening three channels.
    return (red > 120) & (red - 45 > rgb[..., 1]) & (red - 30 > rgb[..., 2])


def _add_pen_ink(rgb: np.ndarray, gray: np.ndarray, ink: np.ndarray) -> None:
    """Mark blue pen strokes and their pale rims in `ink`, unless the page is all bluish."""
    # Most pages have no pen: a look at every 4th pixel each way tells at a sixteenth of the cost.
    sampled = 16 * np.count_nonzero(_bluish(rgb[::4, ::4], PEN_MARGIN, PEN_MIN_BLUE))
    if sampled < MIN_PEN_SHARE_OF_PAGE * rgb.shape[0] * rgb.shape[1]:
        return
    pen = _bluish(rgb, PEN_MARGIN, PEN_MIN_BLUE)
    count = np.count_nonzero(pen)
    ink_count = np.count_nonzero(gray < INK_LEVEL)
    if count < MIN_PEN_SHARE_OF_PAGE * pen.size or count > MAX_PEN_SHARE_OF_INK * ink_count:
        return
    rows, cols = np.nonzero(np.any(pen, axis=1))[0], np.nonzero(np.any(pen, axis=0))[0]
    from scipy import ndimage  # only pages with pen on them need it

    top, bottom = max(0, rows[0] - PEN_RIM), rows[-1] + PEN_RIM + 1
    left, right = max(0, cols[0] - PEN_RIM), cols[-1] + PEN_RIM + 1
    near = ndimage.binary_dilation(pen[top:bottom, left:right], iterations=PEN_RIM)
    rim = _bluish(rgb[top:bottom, left:right], PEN_RIM_MARGIN, RIM_MIN_BLUE) & near
    ink[top:bottom, left:right] |= pen[top:bottom, left:right] | rim


def _bluish(rgb: np.ndarray, margin: int, min_blue: int) -> np.ndarray:
    """Pixels whose blue is above `min_blue` and rises above green (and red, or red near green:
    violet) by `margin`: blue/violet ballpoint (`handwriting.ink.blueness` grades them)."""
    red, green, blue = (np.ascontiguousarray(rgb[..., i]) for i in range(3))
    # In uint8: min(green, 215) + 40 cannot wrap, and where it is clipped (green > 215) red is
    # below green + 40 anyway; where blue > min_blue (≥ margin), blue - margin cannot wrap.
    above = np.maximum(green, np.minimum(red, np.minimum(green, 215) + 40))
    return (blue > min_blue) & (blue - margin > above)


def _small_gray(gray: Image.Image) -> np.ndarray:
    scale = min(1.0, ANALYSIS_WIDTH / gray.width)
    size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
    return np.asarray(gray.resize(size, Image.Resampling.BOX), dtype=np.uint8)


def estimate_skew(gray: Image.Image) -> float:
    """Skew of the text rows in degrees, counter-clockwise positive (PIL's rotate convention).

    Projection profiles: shear the ink pixels by each candidate angle and keep the one whose
    row histogram is sharpest (highest variance), coarse then fine.
    """
    small = _small_gray(gray)
    ys, xs = np.nonzero(small < _ink_threshold(small))
    if len(xs) < 200:
        return 0.0
    coarse = _best_angle(xs, ys, np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, 0.25))
    fine = _best_angle(xs, ys, np.arange(coarse - 0.25, coarse + 0.25 + 1e-9, 0.05))
    return round(float(fine), 2)


def _ink_threshold(small: np.ndarray) -> float:
    # Ink is well below the paper level; a fixed 160 fails on grey phone photos.
    paper = float(np.percentile(small, 90))
    return min(160.0, paper * 0.7)


def _best_angle(xs: np.ndarray, ys: np.ndarray, angles: np.ndarray) -> float:
    best, best_score = 0.0, -1.0
    centred_x = xs - xs.mean()
    for angle in angles:
        rows = np.round(ys + centred_x * np.tan(np.radians(angle))).astype(np.int64)
        histogram = np.bincount(rows - rows.min())
        score = float(np.var(histogram))
        if score > best_score:
            best, best_score = float(angle), score
    return best


def find_paper_box(colour: Image.Image) -> tuple[int, int, int, int] | None:
    """Bounding box of the bright sheet when a photo shows it on a dark background.

    Returns None unless the margins are clearly dark and the sheet clearly smaller than the
    frame, so ordinary scans (white to the edge) are never cropped.
    """
    small = _small_gray(colour.convert("L"))
    bright = small > 150
    rows = np.nonzero(bright.mean(axis=1) > 0.5)[0]
    cols = np.nonzero(bright.mean(axis=0) > 0.5)[0]
    if len(rows) == 0 or len(cols) == 0:
        return None
    top, bottom, left, right = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    height, width = small.shape
    if (bottom - top) * (right - left) > 0.92 * height * width:
        return None
    if (bottom - top) < 0.3 * height or (right - left) < 0.3 * width:
        return None  # a mostly dark image is not a sheet on a table
    insets = (top / height, 1 - bottom / height, left / width, 1 - right / width)
    if sum(inset > MIN_INSET for inset in insets) < 2:
        return None  # a dark block printed to one edge (a banner, a photo), not a table round a sheet
    outside = np.ones_like(bright)
    outside[top:bottom, left:right] = False
    # the median: the sheet's own corners and a shaded edge lie outside a tilted sheet's box too
    if np.median(small[outside]) > DARK_TABLE:
        return None  # margins are not dark: a light border, not a table top
    scale = colour.width / width
    return (
        int(left * scale), int(top * scale),
        min(colour.width, int(np.ceil(right * scale))),
        min(colour.height, int(np.ceil(bottom * scale))),
    )


DARK_TABLE = 110  # grey level of the table top round a photographed sheet, at most
MIN_INSET = 0.01  # share of the frame a photographed sheet's box lies in from two sides at least


# A photographed sheet's corners further in than this share of its size from its bounding box
# mean the camera saw it at a slant (perspective): its rows slope one way at the top and
# another at the bottom, which no single rotation undoes.
MIN_PERSPECTIVE = 0.01
BRIGHT_PAPER = 150  # grey level above which a photo's pixel is the sheet's paper
Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


def find_paper_corners(colour: Image.Image) -> Quad | None:
    """The four corners (top-left, bottom-left, bottom-right, top-right, in the frame's pixels)
    of a bright sheet photographed on a dark background at a slant; None when the sheet's edges
    run with the frame's (a crop does) or no sheet stands out. The sheet is its bright patch,
    or its paper lighter than the table (`_shaded_sheet`) when a shadow cut that patch in parts
    or took a bite out of it that leaves its outline unfilled."""
    small = _small_gray(colour.convert("L"))
    sheet = _sheet_region(small > BRIGHT_PAPER)
    shaded = _shaded_sheet(colour, small)
    if sheet is None or (shaded is not None and sheet.sum() < BRIGHT_PART * shaded.sum()):
        sheet = shaded  # a shadow across the whole sheet cut its bright patch in parts
    if sheet is None:
        return None
    corners, slanted, filled = _outline(sheet)
    if slanted and not filled and shaded is not None:
        corners, slanted, filled = _outline(shaded)
    if not (slanted and filled):
        return None
    scale = colour.width / small.shape[1]
    tl, bl, br, tr = ((float(x) * scale, float(y) * scale) for x, y in corners)
    return tl, bl, br, tr


def _outline(sheet: np.ndarray) -> tuple[list[tuple[int, int]], bool, bool]:
    """A sheet patch's corners (its extreme points along the two diagonals), whether they show a
    slant, and whether the patch fills their quadrilateral (else it is no sheet's outline)."""
    ys, xs = np.nonzero(sheet)
    total, difference = xs + ys, xs - ys
    corners = [
        (int(xs[np.argmin(total)]), int(ys[np.argmin(total)])),
        (int(xs[np.argmin(difference)]), int(ys[np.argmin(difference)])),
        (int(xs[np.argmax(total)]), int(ys[np.argmax(total)])),
        (int(xs[np.argmax(difference)]), int(ys[np.argmax(difference)])),
    ]
    left, right, top, bottom = xs.min(), xs.max(), ys.min(), ys.max()
    box_corners = [(left, top), (left, bottom), (right, bottom), (right, top)]
    insets = [max(abs(x - bx) / (right - left), abs(y - by) / (bottom - top))
              for (x, y), (bx, by) in zip(corners, box_corners, strict=True)]
    # a slant moves two corners or more; one corner in is a dog-ear of an upright sheet
    slanted = sum(inset >= MIN_PERSPECTIVE for inset in insets) >= 2
    return corners, slanted, len(xs) >= FILLED * _quad_area(corners)


# A shadow across the sheet (a hand's, the phone's) darkens its paper below the bright level:
# the sheet is then its paper lighter than the table by three quarters of the way to it.
SHADED_PAPER = 0.75
PAPER_TINT_MARGIN = 0.1  # paper in a shadow keeps its tint; skin, wood and kraft are far warmer
BRIGHT_PART = 0.75  # a bright patch smaller than this share of the shaded sheet is a part of it


def _shaded_sheet(colour: Image.Image, small: np.ndarray) -> np.ndarray | None:
    """The sheet's patch as its paper lighter than the table (the frame's edges) and of the
    bright paper's tint."""
    edges = (small[:2], small[-2:], small[:, :2], small[:, -2:])
    table = float(np.median(np.concatenate([edge.ravel() for edge in edges])))
    if table >= BRIGHT_PAPER:
        return None
    rgb = np.asarray(colour.resize((small.shape[1], small.shape[0]), Image.Resampling.BILINEAR))
    # the tint, as chroma over brightness: a shadow dims the paper's tint with its light
    tint = (rgb.max(axis=2).astype(np.float32) - rgb.min(axis=2)) / np.maximum(small, 1)
    bright = small > BRIGHT_PAPER
    paper_tint = float(np.median(tint[bright])) if bright.any() else 0.0
    paper = small > table + SHADED_PAPER * (BRIGHT_PAPER - table)
    return _sheet_region(paper & (tint <= paper_tint + PAPER_TINT_MARGIN))


LIGHTING_WINDOW = 0.06  # share of the page's width over which the paper's brightness is taken


WHITE_ENOUGH = 250  # a paper level from which tesseract reads a page as it is
# A letter's page is mostly paper; its print is the pixels well below the paper, and its darkest
# print a low percentile of those (not of the page: a last page holds a few lines, and once the
# seal's red is whitened its 1st percentile is paper's shadow).
PAPER_PERCENTILE, INK_PERCENTILE = 50, 10
MIN_INK_SHARE = 0.0002  # fewer dark pixels than this are specks, not print


def white_paper(gray: Image.Image) -> Image.Image:
    """A grey sheet's levels stretched, its paper to white and its darkest print to black: on
    paper of 239 tesseract's own threshold reads clean lines of print as garbage ("Số
    1125-TTr/BTCTU" as "SiIl 5 tI//BI(C TU") that it reads right once the paper is white."""
    small = _small_gray(gray)
    paper = float(np.percentile(small, PAPER_PERCENTILE))
    print_pixels = small[small < paper - MIN_CONTRAST / 2]
    if paper >= WHITE_ENOUGH or print_pixels.size < MIN_INK_SHARE * small.size:
        return gray
    # the lighter of the two would map a shaded block (a table's fill) to black on a sparse page
    ink = min(float(np.percentile(small, 1)), float(np.percentile(print_pixels, INK_PERCENTILE)))
    if paper - ink < MIN_CONTRAST:
        return gray
    scale = WHITE / (paper - ink)
    return gray.point([min(WHITE, max(0, round((level - ink) * scale))) for level in range(256)])


MIN_CONTRAST = 64  # paper and print this close are no letter to stretch (a blank or dark page)

# Specks: a fax's or a worn copier's salt, dots of ink a few pixels across, each far from any
# print. Tesseract reads rows of them as ":" or "l" among the letter's rows (a "Kính gửi:" with
# its addressees parted by a row of ":"). Only a page with many of them is cleaned.
SPECK_INCHES = 0.01  # a speck's side at most (a letter's dot is as small, but by its letter)
SPECK_CLEARANCE_INCHES = 0.05  # no print this close round it
MIN_SPECKS = 150  # fewer on a page: it is left as it is
MARGIN_SHARE, MIN_MARGIN_SPECKS = 0.06, 10  # the page's left strip, and specks in it that tell


def without_specks(gray: Image.Image) -> Image.Image:
    """The page with its isolated specks whitened when it has many of them, else as it is."""
    from scipy import ndimage  # imported here as elsewhere in this module: text-only runs need none

    pixels = np.asarray(gray)
    # a clean page's left margin holds no ink: most pages are told at a glance
    margin = pixels[:, : int(MARGIN_SHARE * pixels.shape[1])] < INK_LEVEL
    if ndimage.label(margin)[1] < MIN_MARGIN_SPECKS:
        return gray
    ink = pixels < INK_LEVEL
    labels, count = ndimage.label(ink)
    if count < MIN_SPECKS:
        return gray
    per_inch = pixels.shape[1] / A4_WIDTH_INCHES
    tiny = np.bincount(labels.ravel()) <= max(1.0, (SPECK_INCHES * per_inch) ** 2)
    tiny[0] = False
    small = tiny[labels]
    side = 2 * max(1, round(SPECK_CLEARANCE_INCHES * per_inch)) + 1
    near_print = ndimage.uniform_filter((ink & ~small).astype(np.float32), size=side) > 0.5 / side**2
    specks = small & ~near_print
    if ndimage.label(specks)[1] < MIN_SPECKS:
        return gray
    cleaned = pixels.copy()
    cleaned[specks] = WHITE
    return Image.fromarray(cleaned)


# Punch holes: a sheet filed in a binder has two round holes by its left edge (or its top), black
# on a scan with a dark lid or a photo on a dark table. Tesseract reads one as a word ("7)",
# "®"), and a word that far left makes the page's left column of one word: the footer's
# "Nơi nhận:" list was then taken for the right column and lost.
HOLE_STRIP_INCHES = (1.0, 0.7)  # holes lie this close to the sheet's left edge, or its top
HOLE_SIDE_INCHES = (0.15, 0.4)  # a hole's diameter (4 to 10 mm)
HOLE_ROUNDNESS = 0.2  # its box's sides differ by at most this share
HOLE_FILL = (0.68, 0.88)  # share of its box a disc fills (π/4 ≈ 0.79)


def without_punch_holes(gray: Image.Image) -> Image.Image:
    """The page with the dark discs by its left and top edges (punch holes) whitened."""
    from scipy import ndimage

    pixels = np.asarray(gray)
    per_inch = pixels.shape[1] / A4_WIDTH_INCHES
    left, top = (round(inches * per_inch) for inches in HOLE_STRIP_INCHES)
    holes = np.zeros(pixels.shape, dtype=bool)
    for region in (np.s_[:, :left], np.s_[:top, :]):
        ink = pixels[region] < INK_LEVEL
        pieces, _ = ndimage.label(ink)
        for index, found in enumerate(ndimage.find_objects(pieces), start=1):
            if found is not None and _hole_shaped(pieces[found] == index, per_inch):
                holes[region][found] |= pieces[found] == index
    if not holes.any():
        return gray
    cleaned = pixels.copy()
    cleaned[ndimage.binary_dilation(holes, iterations=2)] = WHITE  # and its grey rim
    return Image.fromarray(cleaned)


def _hole_shaped(piece: np.ndarray, per_inch: float) -> bool:
    """A filled disc of a punch hole's size."""
    height, width = piece.shape
    smallest, largest = (side * per_inch for side in HOLE_SIDE_INCHES)
    if not (smallest <= height <= largest and smallest <= width <= largest):
        return False
    if abs(height - width) > HOLE_ROUNDNESS * max(height, width):
        return False
    return HOLE_FILL[0] <= piece.mean() <= HOLE_FILL[1]


# Halftone: a fax or a black-and-white scanner in photo mode prints the red seal and the blue
# signature as a dither of single dots, most of them touching their neighbours by a corner
# only. Over the signer's title and name that lattice hides the print from tesseract ("PHÓ
# TRƯỞNG BAN" read "TRƯỞNG BAN", "Nguyễn Thị Hương Giang" read "¡ Hương Giang").
HALFTONE_WINDOW_INCHES = 0.05  # the square the dots' density is taken over
HALFTONE_DENSITY = 0.06  # share of that square's pixels that are lone dots: a dither
HALFTONE_MIN_SIDE_INCHES = 0.25  # a seal's or signature's dither; a dithered word is less tall
HALFTONE_PAD_INCHES = 0.03  # the dithered zone widened by this (its edge dots, its gaps)
HALFTONE_PIECE_INCHES = 0.012  # pieces of at most this squared area are the dither's dots
HALFTONE_THIN = 0.9  # larger pieces whose pixels nearly all touch at most two others: a chain
MIN_HALFTONE_SHARE = 0.0003  # fewer lone dots on the page: it is left as it is
MAX_GREY_SHARE = 0.01  # more pixels of mid grey: a grey scan, not a bi-level one
MID_GREY = (32, 224)  # levels of a grey scan's anti-aliased edges and shading
MIN_STROKE_SHARE = 0.15  # less of the ink in strokes three pixels thick: the print is dithered
STAMPS_SHARE = 0.3  # page 1's top: a dithered red urgency stamp there is a mark to read


def without_halftone(gray: Image.Image, first_page: bool = False) -> Image.Image:
    """The page with its dithered zones' dots whitened, the print over them kept: in a zone
    where lone dots away from print are dense, pieces of ink no bigger than a few dots go; a
    letter's stroke is one piece of many pixels (its sides touch) and stays. Only a bi-level
    page whose print is solid is looked at; on page 1 the top (the stamps) is left as it is."""
    pixels = np.asarray(gray)
    if np.count_nonzero((pixels > MID_GREY[0]) & (pixels < MID_GREY[1])) > MAX_GREY_SHARE * pixels.size:
        return gray  # a grey or colour scan: no dither (a JPEG's noise round black and white is none)
    ink = pixels < INK_LEVEL
    neighbours = _side_neighbours(ink)
    per_inch = pixels.shape[1] / A4_WIDTH_INCHES
    zone = _dithered_zone(ink, neighbours, per_inch, first_page)
    if zone is None:
        return gray
    cleaned = pixels.copy()
    cleaned[ink & ~_kept_in_zone(ink, neighbours, zone, per_inch)] = WHITE
    return Image.fromarray(cleaned)


def _dithered_zone(
    ink: np.ndarray, neighbours: np.ndarray, per_inch: float, first_page: bool
) -> np.ndarray | None:
    """Where lone dots (ink with no `neighbours` at its sides) away from any stroke are dense
    over a quarter inch or more; None when the page has no such zone or its print is itself
    dithered."""
    from scipy import ndimage  # imported here as elsewhere in this module: text-only runs need none

    lone = ink & (neighbours == 0)
    if np.count_nonzero(lone) < MIN_HALFTONE_SHARE * ink.size:
        return None
    strokes = ndimage.binary_opening(ink, structure=np.ones((3, 3), dtype=bool))
    if np.count_nonzero(strokes) < MIN_STROKE_SHARE * np.count_nonzero(ink):
        return None  # grey print dithered: its letters are dots too, and they stay
    # a dithered copy's print has dotted edges: only dots away from any stroke tell a dither
    lone &= ~ndimage.binary_dilation(strokes, iterations=2)
    if first_page:
        lone[: round(STAMPS_SHARE * lone.shape[0])] = False
    window = max(3, round(HALFTONE_WINDOW_INCHES * per_inch))
    dense = ndimage.uniform_filter(lone.astype(np.float32), size=window) > HALFTONE_DENSITY
    # widened first: the dither of a seal's ring and letters is one zone, a speck cluster small
    widened = ndimage.binary_dilation(dense, iterations=max(1, round(HALFTONE_PAD_INCHES * per_inch)))
    zone = _large_zones(widened, round(HALFTONE_MIN_SIDE_INCHES * per_inch))
    return zone if zone.any() else None


def _kept_in_zone(ink: np.ndarray, neighbours: np.ndarray, zone: np.ndarray, per_inch: float) -> np.ndarray:
    """The ink that stays: all of it outside the zone; inside, neither the dither's dots and
    chains nor dots glued to a letter's side (only what a 2×2 block of ink covers)."""
    from scipy import ndimage

    pieces, _ = ndimage.label(ink)  # pieces joined by their sides only: dots stay apart
    sizes = np.bincount(pieces.ravel())
    sizes[0] = np.iinfo(sizes.dtype).max
    # a dithered line is a chain of pixels each touching one or two others; a stroke has a body
    thin = np.bincount(pieces.ravel(), weights=(neighbours <= 2).ravel()) / np.maximum(sizes, 1)
    dots = (sizes <= max(4.0, (HALFTONE_PIECE_INCHES * per_inch) ** 2)) | (thin >= HALFTONE_THIN)
    dots[0] = False
    kept = ink & ~(zone & dots[pieces])
    solid = ndimage.binary_opening(kept, structure=np.ones((2, 2), dtype=bool))
    return kept & (~zone | solid)


def _large_zones(mask: np.ndarray, min_side: int) -> np.ndarray:
    """The mask's connected zones at least min_side tall and wide; the rest cleared."""
    from scipy import ndimage

    zones, _ = ndimage.label(mask, structure=np.ones((3, 3)))
    kept = np.zeros(mask.shape, dtype=bool)
    for index, found in enumerate(ndimage.find_objects(zones), start=1):
        rows, cols = found
        if rows.stop - rows.start >= min_side and cols.stop - cols.start >= min_side:
            kept[found] |= zones[found] == index
    return kept


def _side_neighbours(ink: np.ndarray) -> np.ndarray:
    """How many of each pixel's four side neighbours are ink."""
    padded = np.pad(ink, 1).astype(np.uint8)
    return padded[:-2, 1:-1] + padded[2:, 1:-1] + padded[1:-1, :-2] + padded[1:-1, 2:]


def even_lighting(gray: Image.Image, lit: Image.Image | None = None) -> Image.Image:
    """A photo's uneven light (a hand's shadow, a lamp's fall-off) divided out: each pixel over
    the paper's own brightness around it (a grey closing, smoothed), so that tesseract's
    one threshold finds print on the shaded side too and takes no shadow for a picture. `lit`:
    the photo's grey as taken, whose paper that is when `gray` had the seal's ink whitened (a
    whitened seal is brighter than the paper around it, which would then turn grey)."""
    from scipy import ndimage

    small = _small_gray(lit if lit is not None else gray).astype(np.float32)
    window = max(3, round(LIGHTING_WINDOW * small.shape[1]))
    # a closing (the brightest nearby, then its darkest): the print goes, and the paper's level
    # follows a shadow's soft edge instead of the light side's brightness leaking into it
    paper = ndimage.uniform_filter(ndimage.grey_closing(small, size=window), size=window)
    paper_image = Image.fromarray(paper).resize(gray.size, Image.Resampling.BILINEAR)
    paper_full = np.asarray(paper_image, dtype=np.float32)
    evened = np.asarray(gray, dtype=np.float32) * (WHITE / np.maximum(paper_full, 1.0))
    return Image.fromarray(np.clip(evened, 0, WHITE).astype(np.uint8))


FILLED = 0.9  # share of a sheet's quadrilateral its bright pixels fill


def _sheet_region(bright: np.ndarray) -> np.ndarray | None:
    """The largest connected patch of bright pixels (the sheet): a card or a cup beside it is
    no part of it."""
    from scipy import ndimage

    labels, count = ndimage.label(bright)
    if count == 0:
        return None
    sizes = np.bincount(labels.ravel())[1:]
    region = ndimage.binary_fill_holes(labels == (int(np.argmax(sizes)) + 1))  # the print: no holes
    return region if region.sum() >= 0.1 * region.size else None


def _quad_area(corners: list[tuple[int, int]]) -> float:
    """Shoelace area of a quadrilateral given corner by corner."""
    xs = [float(x) for x, _ in corners]
    ys = [float(y) for _, y in corners]
    return abs(sum(xs[i] * ys[i - 1] - xs[i - 1] * ys[i] for i in range(4))) / 2


def flatten_sheet(colour: Image.Image, corners: Quad) -> Image.Image:
    """The sheet inside `corners` mapped onto an upright rectangle of its mean side lengths."""
    tl, bl, br, tr = corners
    width = round((math.dist(tl, tr) + math.dist(bl, br)) / 2)
    height = round((math.dist(tl, bl) + math.dist(tr, br)) / 2)
    quad = (*tl, *bl, *br, *tr)
    return colour.transform((width, height), Image.Transform.QUAD, quad, Image.Resampling.BILINEAR,
                            fillcolor=(WHITE, WHITE, WHITE))


COLOUR_TOP_SHARE = 0.5  # the number and date lines sit in the top half of page 1


def rgb_array(image: Image.Image) -> np.ndarray:
    """An image as an RGB array (one copy out of Pillow; none more for an RGB image)."""
    return np.asarray(image if image.mode == "RGB" else image.convert("RGB"))


def deskewed_colour(
    colour: Image.Image, angle: float, page_number: int
) -> tuple[Image.Image, np.ndarray | None]:
    """The colour copy deskewed, and, for page 1, as an array (see `Page.pixels`)."""
    rotated = deskew(colour, angle)
    return rotated, rgb_array(rotated) if page_number == 1 else None


def tag_word_colours(page: Page, rgb: np.ndarray) -> None:
    """Set the colour (black/blue/red) of each word of the lines with figures in the top half
    of page 1 from the ink pixels inside its box (`rgb`: the page image as an array).

    Handwritten registration numbers and days are usually blue; knowing that lets a later
    stage distrust OCR's reading of them. Only the number and date lines use it (figures in
    pen beside black print), so the rest of the page is not looked at. Boxes are in pixels of
    the image.
    """
    if page.number != 1:
        return
    top = page.height * COLOUR_TOP_SHARE
    for line in page.lines:
        if any(word.y0 < top and any(c.isdigit() for c in word.text) for word in line.words):
            line.words = [
                replace(word, colour=_ink_colour(rgb, word)) if word.y0 < top else word for word in line.words
            ]


COLOUR_MAJORITY = 0.5  # share of a word's strokes in one ink for the word to be in that ink


def _ink_colour(rgb: np.ndarray, word: Word) -> str | None:
    """The ink most of the word's strokes are in: a printed figure that a pen note crosses is
    black, though the pen's blue is in its box too."""
    box = rgb[int(word.y0):int(math.ceil(word.y1)), int(word.x0):int(math.ceil(word.x1))]
    if box.size == 0:
        return None
    dark = box.sum(axis=2, dtype=np.uint16) < 3 * 170  # darker than paper: the strokes themselves
    strokes = np.count_nonzero(dark)
    if strokes < 5:
        return None
    red, green, blue = box[dark].astype(np.int16).T
    if np.count_nonzero((blue > red + 30) & (blue > green + 10)) > COLOUR_MAJORITY * strokes:
        return "blue"
    if np.count_nonzero((red > green + 40) & (red > blue + 30)) > COLOUR_MAJORITY * strokes:
        return "red"
    return "black"
