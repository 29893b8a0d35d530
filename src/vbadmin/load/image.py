"""Open image files safely: size checked before decoding, frames as pages, EXIF applied."""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from vbadmin.errors import UnreadableError

MAX_PIXELS = 60_000_000  # ~ A3 at 600 DPI; anything larger is a bomb or not a letter
DEFAULT_DPI = 300
# Pages below MIN_OCR_DPI are enlarged to OCR_DPI before OCR. A one-off comparison on the dev
# scans brought down to 100 DPI gave 0.889 field accuracy without, 0.971 with (120 DPI: 0.953 →
# 0.964; 150 DPI: no change); `vbadmin eval --input scan-low` (docs/accuracy.md) keeps the figure.
MIN_OCR_DPI = 150
OCR_DPI = 300
MAX_ENLARGEMENT = 4.0
# Pages above MAX_OCR_DPI (archives scan at 400 or 600) are reduced to OCR_DPI: at 600 DPI the
# real scan 813 took 2.2 times as long and 3 times the memory, and its "V/v" subject was lost.
# A one-off comparison (a scratch script, not a repo command) on the real scans rendered at 600
# DPI as JPEG: field accuracy 0.806 read at 600, 0.824 reduced with Lanczos, 0.806 with a box
# filter.
MAX_OCR_DPI = 400
# Reduced only when the pixels agree with the DPI: a sheet at least this wide (inches) at that
# DPI (a 300-DPI page tagged 600 would be 4.1 inches wide, and is read as it is).
MIN_SHEET_SHORT_SIDE = 5.5
MAX_DPI_TAG = 1200  # no scanner of letters goes beyond
LOWEST_DPI = 72  # below this a small image is no page of a letter (an icon, a thumbnail)
A4_SHORT_SIDE = 8.27  # inches: letters are printed on A4 (Decree 30/2020/NĐ-CP, 36-HD/VPTW)
A4_SHAPE = (1.3, 1.55)  # long side / short side of a whole A4 page in an image (1.414)
# A scanner's whole A4 sheet (a phone's 4:3 photo, 1.33, and US Letter, 1.29, are not): with
# no DPI tag, or one that makes it smaller than A5, its pixels say whether it is resampled for
# OCR (below MIN_OCR_DPI, above MAX_OCR_DPI). Between them it is read as at 300 DPI: told 200
# for a 200-DPI scan, tesseract read its signature blocks worse (a scratch comparison on 48
# probe letters rendered at 200 DPI: 639 / 768 fields told 200, 649 told 300, the boxed marks
# read either way since load/frames.py erases their frames).
SCANNED_A4_SHAPE = (1.38, 1.46)
MAX_SHEET_SHORT_SIDE = 12.0  # inches: up to A3 (11.7), an appendix's sheet; no letter is larger


class ImagePages:
    """The RGB pages of an image file (one per TIFF frame, at most `max_pages`), decoded one at
    a time as they are iterated: a 50-page archive TIFF is 1.7 GB once decoded.

        with ImagePages(path, max_pages) as pages:
            pages.frame_count, pages.dpi
            for image in pages: ...

    Raises UnreadableError for corrupt files and for images above MAX_PIXELS; the size is read
    from the header, so a 20000x20000 bomb is rejected before any pixel is decoded.
    """

    def __init__(self, path: Path, max_pages: int) -> None:
        self.path, self.max_pages = path, max_pages
        self.frame_count, self.dpi = 0, DEFAULT_DPI

    def __enter__(self) -> ImagePages:
        with _decoding(self.path):
            self._image = Image.open(self.path)
            try:
                _check_size(self._image.size)
                self.dpi = _dpi(self._image)
                self.frame_count = getattr(self._image, "n_frames", 1)
            except BaseException:
                self._image.close()
                raise
        return self

    def __exit__(self, *exc: object) -> None:
        self._image.__exit__(*exc)  # closes the file; decoded pages stay usable

    def __iter__(self) -> Iterator[Image.Image]:
        image = self._image
        page: Image.Image
        for index in range(min(self.frame_count, self.max_pages)):
            with _decoding(self.path):
                if self.frame_count == 1 and image.mode == "RGB" and _upright(image):
                    image.load()  # the common scan: decoded once, no copies
                    page = image
                else:
                    # Converted now: seeking reuses one image object from frame to frame.
                    image.seek(index)
                    _check_size(image.size)  # TIFF frames may each declare a different size
                    page = _page_image(image)
            yield page


@contextmanager
def _decoding(path: Path) -> Iterator[None]:
    """Pillow's errors, and a decompression bomb it only warns of, as UnreadableError."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UnreadableError(f"image too large to decode safely: {exc}") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise UnreadableError(f"cannot decode image {path.name}: {exc}") from exc


def _check_size(size: tuple[int, int]) -> None:
    width, height = size
    if width * height > MAX_PIXELS:
        raise UnreadableError(
            f"image of {width}x{height} pixels exceeds the {MAX_PIXELS // 1_000_000} MP limit"
        )


def _upright(image: Image.Image) -> bool:
    """No EXIF orientation to apply (tag 0x0112 absent or 1)."""
    return image.getexif().get(0x0112, 1) == 1


def _page_image(frame: Image.Image) -> Image.Image:
    oriented = ImageOps.exif_transpose(frame) or frame
    if oriented.mode in ("RGBA", "LA", "P", "PA"):
        # Transparent regions are paper, not black.
        rgba = oriented.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return oriented.convert("RGB")


def _dpi(image: Image.Image) -> int:
    raw = image.info.get("dpi")
    try:
        value = round(float(raw[0])) if raw else 0
    except (TypeError, ValueError, IndexError):
        value = 0
    short, long = sorted(image.size)
    shape = long / max(short, 1)
    scanned_a4 = SCANNED_A4_SHAPE[0] <= shape <= SCANNED_A4_SHAPE[1]
    # A sheet of paper's size at that DPI: a 300-DPI scan tagged 100 is not, nor an A4 sheet
    # smaller than A5 (a 300-DPI scan halved for e-mail, its tag kept)
    sheet = short / value if value else 0.0
    if 100 <= value <= MAX_DPI_TAG and sheet <= MAX_SHEET_SHORT_SIDE and not (
            scanned_a4 and sheet < MIN_SHEET_SHORT_SIDE):
        return value
    # Unknown or implausible (phone photos claim 72): a whole A4 page in fewer pixels than at
    # MIN_OCR_DPI (but in enough to be read at all) is a low-resolution copy (a web download,
    # a fax), a scanner's A4 sheet in more than at MAX_OCR_DPI an archive's scan; anything
    # else is taken for a 300-DPI scan or a photo.
    estimated = round(short / A4_SHORT_SIDE)
    if A4_SHAPE[0] <= shape <= A4_SHAPE[1] and LOWEST_DPI <= estimated < MIN_OCR_DPI:
        return estimated
    if scanned_a4 and MAX_OCR_DPI < estimated <= MAX_DPI_TAG:
        return estimated
    return DEFAULT_DPI


def scaled_for_ocr(image: Image.Image, dpi: int) -> tuple[Image.Image, int]:
    """The page at the resolution tesseract reads best, and its new DPI: a page below
    MIN_OCR_DPI enlarged (Lanczos) towards OCR_DPI (tesseract reads the small print of a
    low-resolution page, list dashes, the "Nơi nhận" block, marks, far better enlarged; bounded
    by MAX_ENLARGEMENT and MAX_PIXELS); one above MAX_OCR_DPI, a whole sheet at that DPI,
    reduced to OCR_DPI."""
    if dpi > MAX_OCR_DPI and min(image.size) / dpi >= MIN_SHEET_SHORT_SIDE:
        factor = OCR_DPI / dpi
        size = (round(image.width * factor), round(image.height * factor))
        return image.resize(size, Image.Resampling.LANCZOS), OCR_DPI
    if dpi >= MIN_OCR_DPI:
        return image, dpi
    room = math.sqrt(MAX_PIXELS / max(1, image.width * image.height))
    factor = min(OCR_DPI / dpi, MAX_ENLARGEMENT, room)
    size = (math.floor(image.width * factor), math.floor(image.height * factor))
    if size[0] <= image.width:
        return image, dpi
    return image.resize(size, Image.Resampling.LANCZOS), round(dpi * factor)
