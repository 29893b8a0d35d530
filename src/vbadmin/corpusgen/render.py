"""Rendering: a born-digital A4 PDF (fpdf2) and page images (clean, degraded, photo)."""

from __future__ import annotations

import glob
import math
import random
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from .layout import Layout, Line

A4_W, A4_H = 210.0, 297.0
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 30.0, 15.0, 20.0, 20.0
CONTENT_W = A4_W - MARGIN_L - MARGIN_R
LEFT_COL = (MARGIN_L - 8.0, 86.0)  # x, width of the left header column
RIGHT_COL = (MARGIN_L + 72.0, A4_W - MARGIN_R - (MARGIN_L + 72.0))
PT = 0.3528  # mm per point
BLANK_NUMBER = "\u00a0" * 12

FONT_FILES: dict[str, dict[str, tuple[str, ...]]] = {
    "freeserif": {
        "": ("FreeSerif.ttf",), "B": ("FreeSerifBold.ttf",), "I": ("FreeSerifItalic.ttf",),
        "BI": ("FreeSerifBoldItalic.ttf",),
    },
    "termes": {
        "": ("texgyretermes-regular.otf",), "B": ("texgyretermes-bold.otf",),
        "I": ("texgyretermes-italic.otf",), "BI": ("texgyretermes-bolditalic.otf",),
    },
    "dejavu": {
        "": ("DejaVuSerif.ttf",), "B": ("DejaVuSerif-Bold.ttf",), "I": ("DejaVuSerif-Italic.ttf",),
        "BI": ("DejaVuSerif-BoldItalic.ttf",),
    },
}
FONT_DIRS = ("/usr/share/fonts", "/usr/share/texmf/fonts", "/usr/local/share/fonts")
HAND_FONTS = ("dkg.ttf", "dkgIt.ttf", "Breip.ttf")


class LetterLike(Protocol):
    doc_id: str
    gold: dict[str, Any]
    layout: dict[str, Any]
    degradation: dict[str, Any]


def find_font_file(filename: str) -> str | None:
    for root in FONT_DIRS:
        hits = sorted(glob.glob(f"{root}/**/{filename}", recursive=True))
        if hits:
            return hits[0]
    try:
        out = subprocess.run(["fc-list", "--format", "%{file}\n"], capture_output=True, text=True,
                             check=False, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return next((p for p in out.splitlines() if p.endswith("/" + filename)), None)


def font_paths(font: str) -> dict[str, str]:
    if font not in FONT_FILES:
        raise ValueError(f"unknown font {font!r}; choose one of {sorted(FONT_FILES)}")
    paths = {}
    for style, names in FONT_FILES[font].items():
        path = next((p for p in (find_font_file(n) for n in names) if p), None)
        if path is None:
            raise FileNotFoundError(f"font file {names[0]} for {font} not found (install fonts-freefont-ttf, "
                                    "fonts-texgyre or fonts-dejavu)")
        paths[style] = path
    return paths


# ---------------------------------------------------------------- PDF


@dataclass
class RenderInfo:
    """Where the renderer put the parts a scan simulation draws over (mm, page 1-based)."""

    number_box: tuple[float, float, float, float]  # x, y, w, h of the number (or its blank)
    signature_page: int
    signature_box: tuple[float, float, float, float]
    pages: int


def _make_pdf(font: str) -> Any:
    from fpdf import FPDF

    class LetterPDF(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:
                self.set_font(font, "", 13)
                x, y = self.get_x(), self.get_y()
                self.set_xy(MARGIN_L, 8)
                self.cell(CONTENT_W, 6, str(self.page_no()), align="C")
                self.set_xy(x, max(y, MARGIN_T))

    pdf = LetterPDF(format="A4", unit="mm")
    for style, path in font_paths(font).items():
        pdf.add_font(font, style, path)
    pdf.set_margins(MARGIN_L, MARGIN_T, MARGIN_R)
    pdf.set_auto_page_break(True, MARGIN_B)
    pdf.set_creator("vbadmin.corpusgen")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 1, 1))
    return pdf


def _style(line: Line) -> str:
    return ("B" if line.bold else "") + ("I" if line.italic else "") + ("U" if line.underline else "")


def _set(pdf: Any, font: str, line: Line, size: float | None = None) -> None:
    pdf.set_font(font, _style(line), size or line.size)


def _fit_size(pdf: Any, font: str, line: Line, width: float) -> float:
    size = line.size
    _set(pdf, font, line, size)
    while size > 8 and pdf.get_string_width(line.text) > width - 1:
        size -= 0.5
        _set(pdf, font, line, size)
    return size


def _column(pdf: Any, font: str, lines: list[Line], x: float, width: float, y: float) -> float:
    for line in lines:
        _fit_size(pdf, font, line, width)
        h = line.size * PT * 1.25
        pdf.set_xy(x, y)
        pdf.cell(width, h, line.text, align="C")
        y += h
        if line.rule:
            w = min(width * 0.6, max(20.0, pdf.get_string_width(line.text) * 0.5))
            if line.size >= 14 or "Hạnh phúc" in line.text or "Độc lập" in line.text:
                w = pdf.get_string_width(line.text)
            pdf.set_line_width(0.3)
            pdf.line(x + (width - w) / 2, y + 0.4, x + (width + w) / 2, y + 0.4)
            y += 1.5
    return y


Box = tuple[float, float, float, float]


def _header(pdf: Any, font: str, lay: Layout, blank_number: bool) -> tuple[float, Box]:
    lx, lw = LEFT_COL
    rx, rw = RIGHT_COL
    y = MARGIN_T - 5
    yl = _column(pdf, font, lay.header_left, lx, lw, y) + 1.5
    yr = _column(pdf, font, lay.header_right, rx, rw, y) + 1.5
    row = max(yl, yr)
    number = lay.number
    shown = BLANK_NUMBER if blank_number else number.number
    pdf.set_font(font, "", 13)
    text = f"{number.prefix}{shown}{number.suffix}"
    tw = pdf.get_string_width(text)
    x0 = lx + (lw - tw) / 2
    box = (x0 + pdf.get_string_width(number.prefix), row, pdf.get_string_width(shown), 13 * PT * 1.3)
    pdf.set_xy(lx, row)
    pdf.cell(lw, 13 * PT * 1.3, text, align="C")
    if lay.date_line:
        pdf.set_font(font, "I", 13)
        pdf.set_xy(rx, row)
        pdf.cell(rw, 13 * PT * 1.3, lay.date_line, align="C")
    y = _column(pdf, font, lay.header_left_after, lx, lw, row + 13 * PT * 1.3 + 1)
    for mark in lay.marks:
        pdf.set_font(font, "B", 13)
        w = pdf.get_string_width(mark) + 6
        pdf.set_xy(lx + (lw - w) / 2, y + 1)
        pdf.cell(w, 7, mark, border=1, align="C")
        y += 9
    return max(y, row + 13 * PT * 1.3) + 4, box


def _body_line(pdf: Any, font: str, line: Line) -> None:
    _set(pdf, font, line)
    h = line.size * PT * 1.35
    if line.align == "J":
        pdf.set_x(MARGIN_L)
        pdf.multi_cell(CONTENT_W, h, "\u00a0" * 6 + line.text, align="J", new_x="LMARGIN", new_y="NEXT")
    elif line.align == "L":
        pdf.set_x(MARGIN_L + line.indent)
        pdf.multi_cell(CONTENT_W - line.indent, h, line.text, align="L", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_x(MARGIN_L)
        pdf.multi_cell(CONTENT_W, h, line.text, align="C", new_x="LMARGIN", new_y="NEXT")
    if line.rule:
        w = 40.0
        y = pdf.get_y() + 0.5
        pdf.line(MARGIN_L + (CONTENT_W - w) / 2, y, MARGIN_L + (CONTENT_W + w) / 2, y)
        pdf.ln(2)
    if line.gap:
        pdf.ln(1.8)


def _footer_column(pdf: Any, font: str, lines: list[Line], x: float, width: float, y: float,
                   align: str) -> float:
    for line in lines:
        _set(pdf, font, line)
        h = line.size * PT * 1.3
        pdf.set_xy(x, y)
        pdf.multi_cell(width, h, line.text or " ", align=align, new_x="LEFT", new_y="NEXT")
        y = pdf.get_y()
    return y


def _footer(pdf: Any, font: str, lay: Layout) -> tuple[int, tuple[float, float, float, float]]:
    need = max(len(lay.footer_left), len(lay.footer_right)) * 6.0 + 4
    if pdf.get_y() + need > A4_H - MARGIN_B:
        pdf.add_page()
    y = pdf.get_y() + 3
    pdf.set_auto_page_break(False)
    left_align = "C" if lay.footer_left and lay.footer_left[0].text.isupper() else "L"
    _footer_column(pdf, font, lay.footer_left, MARGIN_L, 82, y, left_align)
    rx, rw = MARGIN_L + 80, CONTENT_W - 80
    end = _footer_column(pdf, font, lay.footer_right, rx, rw, y, "C")
    pdf.set_auto_page_break(True, MARGIN_B)
    return pdf.page_no(), (rx, y, rw, end - y)


def render_layout(lay: Layout, path: Path, font: str, blank_number: bool = False) -> RenderInfo:
    pdf = _make_pdf(font)
    pdf.add_page()
    y, number_box = _header(pdf, font, lay, blank_number)
    pdf.set_y(y)
    for line in lay.title:
        _body_line(pdf, font, Line(**{**line.__dict__, "gap": False}))
    pdf.ln(4)
    for line in lay.body:
        _body_line(pdf, font, line)
    sig_page, sig_box = _footer(pdf, font, lay)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return RenderInfo(number_box, sig_page, sig_box, pdf.page_no())


def render_pdf(letter: LetterLike, path: str | Path, font: str = "freeserif") -> Path:
    """A born-digital A4 PDF of ``letter`` with a real text layer."""
    out = Path(path)
    render_layout(Layout.from_dict(letter.layout), out, font)
    return out


# ---------------------------------------------------------------- scans

Level = Literal["clean", "degraded", "photo"]


def _rasterise(pdf_path: Path, dpi: int) -> list[Any]:
    import pypdfium2 as pdfium

    size = (round(A4_W / 25.4 * dpi), round(A4_H / 25.4 * dpi))  # pdfium rounds up: crop to A4
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        pages = [doc[i].render(scale=dpi / 72.0).to_pil().convert("RGB") for i in range(len(doc))]
    finally:
        doc.close()
    return [page.crop((0, 0, *size)) if page.size != size else page for page in pages]


def _mm(value: float, dpi: int) -> int:
    return int(round(value * dpi / 25.4))


def _degrade(img: Any, rng: random.Random, quality_blur: float) -> Any:
    import numpy as np
    from PIL import Image, ImageFilter

    gray = img.convert("L").rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC,
                                   fillcolor=255)
    gray = gray.filter(ImageFilter.GaussianBlur(quality_blur))
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 9, (gray.height, gray.width))
    arr = np.clip(np.asarray(gray, dtype=np.float32) + noise, 0, 255).astype("uint8")
    return Image.fromarray(arr, mode="L")


def _hand_font(size: int) -> Any:
    from PIL import ImageFont

    for name in HAND_FONTS:
        path = find_font_file(name)
        if path:
            return ImageFont.truetype(path, size), True
    fallback = find_font_file("FreeSerifItalic.ttf") or find_font_file("DejaVuSerif-Italic.ttf")
    return (ImageFont.truetype(fallback, size) if fallback else ImageFont.load_default()), False


def _handwrite(img: Any, text: str, box: tuple[float, float, float, float], dpi: int,
               rng: random.Random) -> None:
    from PIL import Image, ImageDraw

    x, y, w, h = (_mm(v, dpi) for v in box)
    font, _ = _hand_font(int(h * 1.25))
    cx = int(x + max(0, (w - int(font.getlength(text))) // 2))
    for ch in text:
        size = (int(h * 1.6), int(h * 1.8))
        glyph = Image.new("RGBA", size, (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((2, 0), ch, font=font, fill=(25, 45, 170, 235))
        glyph = glyph.rotate(rng.uniform(-10, 6), resample=Image.Resampling.BICUBIC)
        img.paste(glyph, (cx, y - int(h * 0.55) + rng.randint(-3, 3)), glyph)
        cx += int(font.getlength(ch)) + rng.randint(-1, 3)


def _seal(img: Any, centre: tuple[int, int], radius: int, label: str, rng: random.Random) -> Any:
    from PIL import Image, ImageDraw, ImageFont

    overlay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    red = (215, 30, 35, 150)
    cx, cy = centre
    for r, width in ((radius, max(3, radius // 18)), (int(radius * 0.68), max(2, radius // 30))):
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=width)
    path = find_font_file("DejaVuSans-Bold.ttf") or find_font_file("FreeSansBold.ttf")
    font = ImageFont.truetype(path, max(10, radius // 6)) if path else ImageFont.load_default()
    text = f"{label} * "
    for i, ch in enumerate(text):
        angle = -math.pi / 2 + 2 * math.pi * i / len(text)
        ring = radius * 0.84
        px, py = cx + ring * math.cos(angle), cy + ring * math.sin(angle)
        glyph = Image.new("RGBA", (radius // 3, radius // 3), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((radius // 12, 0), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        overlay.alpha_composite(glyph, (int(px - glyph.width / 2), int(py - glyph.height / 2)))
    star = [(cx + radius * 0.25 * math.cos(a) * (1 if k % 2 == 0 else 0.4),
             cy + radius * 0.25 * math.sin(a) * (1 if k % 2 == 0 else 0.4))
            for k, a in enumerate(-math.pi / 2 + math.pi * j / 5 for j in range(10))]
    draw.polygon(star, fill=red)
    overlay = overlay.rotate(rng.uniform(-25, 25), center=centre)
    return Image.alpha_composite(img.convert("RGBA"), overlay).convert("RGB")


def _photo_page(img: Any, page: int, info: RenderInfo, letter: LetterLike, dpi: int,
                rng: random.Random) -> Any:
    from PIL import ImageFilter

    if page == 1:
        _handwrite(img, str(letter.gold.get("number") or letter.layout["number"]["number"]),
                   info.number_box, dpi, rng)
    if page == info.signature_page:
        x, y, w, h = info.signature_box
        centre = (_mm(x + w * 0.28, dpi), _mm(y + h * 0.55, dpi))
        label = str(letter.gold.get("issuer") or "CƠ QUAN").upper()
        img = _seal(img, centre, _mm(19, dpi), label, rng)
    img = img.rotate(rng.uniform(-1.0, 1.0), fillcolor=(250, 248, 240))
    return img.filter(ImageFilter.GaussianBlur(0.5))


def render_scan(letter: LetterLike, out_dir: str | Path, level: Level = "clean", seed: int = 0,
                font: str | None = None) -> list[Path]:
    """Page images of ``letter``: clean (300 DPI PNG), degraded (300 DPI JPEG), photo (200 DPI JPEG)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{letter.doc_id}:{level}:{seed}")
    dpi = 200 if level == "photo" else 300
    pdf_path = out / f"_{level}.pdf"
    info = render_layout(Layout.from_dict(letter.layout), pdf_path,
                         font or letter.degradation.get("font", "freeserif"), blank_number=level == "photo")
    pages = _rasterise(pdf_path, dpi)
    pdf_path.unlink()
    paths = []
    for i, img in enumerate(pages, 1):
        if level == "clean":
            path = out / f"page-{i}.png"
            img.convert("L").save(path, dpi=(dpi, dpi))
        elif level == "degraded":
            path = out / f"page-{i}.jpg"
            _degrade(img, rng, rng.uniform(0.6, 1.0)).save(path, quality=70, dpi=(dpi, dpi))
        else:
            path = out / f"page-{i}.jpg"
            _photo_page(img, i, info, letter, dpi, rng).save(path, quality=80, dpi=(dpi, dpi))
        paths.append(path)
    return paths
