"""Synthetic number blanks: "Số: ____/QĐ-UBND" lines with a multi-digit number written in the gap.

The dev harness for everything after ink isolation (segmentation, the recogniser, confidence):
clerk-like styles (pen skeletons and handwriting fonts, one style per number), digits that touch
or overlap, slant, blue, violet or grey ink, blur, noise and JPEG, on a 200-dpi-like line.
The acceptance thresholds in crosscheck.py are chosen on these (seed 101), never on real scans.

    from vbadmin.handwriting.synth import number_benchmark
    rows = number_benchmark(seed=101, count=400)   # (label, candidate, confidence)
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from vbadmin.handwriting.blanks import Blank, read_blank
from vbadmin.handwriting.digits import DigitModel
from vbadmin.handwriting.train import SKELETONS, _ink_colour, _spline, available_fonts

SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def _number_text(rng: np.random.Generator) -> str:
    """Letter numbers: 1-4 digits, sometimes with a leading zero ("08")."""
    length = int(rng.choice([1, 2, 2, 3, 3, 4]))
    text = str(int(rng.integers(10 ** (length - 1), 10**length)))
    return "0" + text if length == 1 and rng.random() < 0.6 else text


def _draw_digit(
    draw: ImageDraw.ImageDraw,
    rng: np.random.Generator,
    digit: int,
    at: tuple[float, float],
    size: tuple[float, float],
    style: tuple[str, object],
    colour: tuple[int, int, int],
    pen: int,
) -> float:
    """One digit at `at` (left, top); returns its right edge."""
    kind, which = style
    x, y = at
    width, height = size
    if kind == "font":
        font = ImageFont.truetype(str(which), int(height * 1.15))
        draw.text((x, y - 0.15 * height), str(digit), font=font, fill=colour, stroke_width=max(0, pen // 3))
        return x + float(font.getlength(str(digit)))
    variants = SKELETONS[digit]
    strokes = variants[int(which) % len(variants)] if isinstance(which, int) else variants[0]
    for stroke in strokes:
        noisy = [(px + float(rng.normal(0, 0.04)), py + float(rng.normal(0, 0.03))) for px, py in stroke]
        draw.line([(x + px * width, y + py * height) for px, py in _spline(noisy)], fill=colour, width=pen)
    return x + width


def render_number_line(rng: np.random.Generator, text: str) -> tuple[np.ndarray, Blank]:
    """RGB of one "Số: <text>/QĐ-UBND" line and the Blank the page reader would have found."""
    paper = tuple(int(v) for v in rng.integers(236, 256, 3))
    image = Image.new("RGB", (760, 170), paper)
    draw = ImageDraw.Draw(image)
    serif = ImageFont.truetype(SERIF, int(rng.integers(26, 34)))
    left, base = 30, 70
    draw.text((left, base), "Số:", font=serif, fill=(20, 20, 20))
    so = draw.textbbox((left, base), "Số:", font=serif)
    line_height = float(so[3] - so[1])
    colour, _ = _ink_colour(rng)
    fonts = available_fonts()
    style: tuple[str, object]
    if fonts and rng.random() < 0.4:
        style = ("font", fonts[int(rng.integers(len(fonts)))])
    else:
        style = ("pen", int(rng.integers(0, 6)))
    height = float(rng.uniform(1.0, 1.7)) * line_height
    pen = int(rng.integers(2, 6))
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    ink_draw = ImageDraw.Draw(layer)
    x = so[2] + float(rng.uniform(0.6, 2.0)) * line_height
    top = so[3] - height + float(rng.uniform(-0.15, 0.35)) * line_height
    for ch in text:
        width = height * float(rng.uniform(0.5, 0.75))
        right = _draw_digit(ink_draw, rng, int(ch), (x, top), (width, height), style, colour, pen)
        x = right + float(rng.uniform(-0.18, 0.35)) * width  # < 0: the next digit touches this one
    shear = float(rng.uniform(-0.45, 0.2))
    centre = top + height / 2
    layer = layer.transform(
        layer.size, Image.Transform.AFFINE, (1, shear, -shear * centre, 0, 1, 0), Image.Resampling.BILINEAR
    )
    image.paste(layer, (0, 0), layer)
    symbol_x = int(x + float(rng.uniform(0.4, 1.2)) * line_height)
    draw.text((symbol_x, base), "/QĐ-UBND", font=serif, fill=(20, 20, 20))
    sym = draw.textbbox((symbol_x, base), "/QĐ-UBND", font=serif)
    rgb = np.asarray(image).astype(np.float32)
    rgb += rng.normal(0, float(rng.uniform(2, 8)), rgb.shape)
    buffer = io.BytesIO()
    Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8)).save(
        buffer, "JPEG", quality=int(rng.integers(50, 90))
    )
    out = np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    exclude = [
        (int(so[0]), int(so[1]), int(so[2]), int(so[3])),
        (int(sym[0]), int(sym[1]), int(sym[2]), int(sym[3])),
    ]
    return out, Blank("number", (so[2], sym[0]), (so[1], so[3]), line_height, exclude=exclude)


def number_benchmark(
    seed: int = 101, count: int = 400, model: DigitModel | None = None
) -> list[tuple[str, str, float]]:
    """(label, candidate, confidence) for `count` synthetic number blanks."""
    rng = np.random.default_rng(seed)
    rows: list[tuple[str, str, float]] = []
    for _ in range(count):
        text = _number_text(rng)
        rgb, blank = render_number_line(rng, text)
        reading = read_blank(rgb, blank, model)
        rows.append((text, reading.text, reading.confidence))
    return rows


def save_examples(folder: Path, seed: int = 101, count: int = 12) -> None:
    """Write a few rendered lines as PNG (to look at what the harness draws)."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = _number_text(rng)
        rgb, _ = render_number_line(rng, text)
        Image.fromarray(rgb).save(folder / f"{i:02d}_{text}.png")
