"""Open image files safely: size checked before decoding, frames as pages, EXIF applied."""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from vbadmin.errors import UnreadableError

MAX_PIXELS = 60_000_000  # ~ A3 at 600 DPI; anything larger is a bomb or not a letter
DEFAULT_DPI = 300


def open_image_pages(path: Path, max_pages: int) -> tuple[list[Image.Image], int, int]:
    """RGB pages of an image file (one per TIFF frame), the frame count and the DPI.

    Raises UnreadableError for corrupt files and for images above MAX_PIXELS; the size is
    read from the header, so a 20000x20000 bomb is rejected before any pixel is decoded.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                _check_size(image.size)
                dpi = _dpi(image)
                frames = getattr(image, "n_frames", 1)
                if frames == 1 and image.mode == "RGB" and _upright(image):
                    image.load()  # the common scan: decoded once, no copies
                    return [image], frames, dpi
                pages = _frame_pages(image, max_pages)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UnreadableError(f"image too large to decode safely: {exc}") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise UnreadableError(f"cannot decode image {path.name}: {exc}") from exc
    return pages, frames, dpi


def _check_size(size: tuple[int, int]) -> None:
    width, height = size
    if width * height > MAX_PIXELS:
        raise UnreadableError(
            f"image of {width}x{height} pixels exceeds the {MAX_PIXELS // 1_000_000} MP limit"
        )


def _frame_pages(image: Image.Image, max_pages: int) -> list[Image.Image]:
    """Each frame converted as it is reached: the iterator seeks one image object from frame
    to frame, so frames kept unconverted would all be the last one."""
    pages = []
    for index, frame in enumerate(ImageSequence.Iterator(image)):
        if index >= max_pages:
            break
        _check_size(frame.size)  # TIFF frames may each declare a different size
        pages.append(_page_image(frame))
    return pages


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
    # Phone photos claim 72 DPI; treat implausible values as unknown.
    return value if 100 <= value <= 1200 else DEFAULT_DPI
