"""OCR engines: anything that turns a page image into a Page of pixel-positioned words."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, runtime_checkable

from PIL import Image

from vbadmin.errors import UnreadableError
from vbadmin.load.rows import group_into_rows
from vbadmin.pages import Line, Page, Word


class OcrEngine(Protocol):
    name: str

    def read(self, image: Image.Image, page_number: int, dpi: int) -> Page:
        """Recognise one page image; boxes in pixels of `image`."""
        ...


@runtime_checkable
class LineReadingEngine(Protocol):
    """An engine that can also read one cut-out line (a second look at small print)."""

    def read_line(self, image: Image.Image, dpi: int) -> list[Word]:
        """Words of a one-line image, boxes in its pixels."""
        ...


@runtime_checkable
class StartingEngine(Protocol):
    """An engine that can be started before its page is ready (a model to load first): the
    loader calls `start(page_number)` before decoding or rendering the page."""

    def start(self, page_number: int) -> PendingRead:
        ...


@runtime_checkable
class OrientingEngine(Protocol):
    """An engine that can tell how a page lies: scanned upside down or sideways."""

    def turn_to_upright(self, image: Image.Image) -> int:
        """Degrees (0, 90, 180, 270) to turn the image clockwise to read it; 0 when unsure."""
        ...


class PendingRead(Protocol):
    """A started read: `finish` hands it the page; closing it stops a read never finished."""

    def finish(self, image: Image.Image, dpi: int) -> Page:
        ...

    def close(self) -> None:
        ...


class TesseractEngine:
    """Tesseract through its command line (one subprocess per page), as pytesseract runs it:
    pytesseract's command and TSV parser, but the page's file name goes in through a pipe, so
    tesseract can be started first and load its model while the page is being prepared."""

    def __init__(self, lang: str = "vie", psm: int = 3, timeout: float = 120.0) -> None:
        self.lang = lang
        self.psm = psm
        self.timeout = timeout
        self.name = f"tesseract-{lang}-psm{psm}"

    def read(self, image: Image.Image, page_number: int, dpi: int) -> Page:
        with self.start(page_number) as pending:
            return pending.finish(image, dpi)

    def start(self, page_number: int) -> TesseractRead:
        """Start tesseract before the page is known (the page's file carries its DPI)."""
        from pytesseract import pytesseract

        command = [pytesseract.tesseract_cmd, "stdin", "stdout", "-l", self.lang, "--psm", str(self.psm)]
        return TesseractRead([*command, "tsv"], page_number, self.timeout)

    def read_line(self, image: Image.Image, dpi: int) -> list[Word]:
        """Recognise an image of one line (a crop), words in its pixels: a second look."""
        page = TesseractEngine(self.lang, psm=7, timeout=self.timeout).read(image, 0, dpi)
        return [word for line in page.lines for word in line.words]

    def turn_to_upright(self, image: Image.Image) -> int:
        """Tesseract's orientation detection (psm 0); 0 when it finds too few letters to tell,
        or is not sure."""
        import pytesseract

        try:
            found = pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT, timeout=30)
            sure = float(found.get("orientation_conf", 0)) >= MIN_ORIENTATION_CONFIDENCE
            return int(found.get("rotate", 0)) % 360 if sure else 0
        except Exception:  # noqa: BLE001 - a page whose lie cannot be told stays as it lies
            return 0


# Tesseract's orientation confidence below which a page is left as it lies: upright and turned
# pages of real scans score 15–19, a page with too little text near 0.
MIN_ORIENTATION_CONFIDENCE = 2.0


class TesseractRead:
    """One tesseract process reading one page, named on its stdin when it is ready."""

    def __init__(self, command: list[str], page_number: int, timeout: float) -> None:
        self.page_number, self.timeout = page_number, timeout
        # Tesseract's OpenMP threads fight each other on a shared machine: one thread per
        # process is ~50x faster here, and pages are parallelised at a higher level if at all.
        # Set for the whole process: the stamp reader runs tesseract through pytesseract too.
        os.environ["OMP_THREAD_LIMIT"] = "1"
        try:
            self.process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
        except OSError as exc:
            raise UnreadableError(f"tesseract could not be started: {exc}") from exc

    def finish(self, image: Image.Image, dpi: int) -> Page:
        from pytesseract.pytesseract import file_to_dict

        out, err = self._read(image, dpi)
        if self.process.returncode:
            message = err.decode("utf-8", "replace").strip()
            raise UnreadableError(f"tesseract failed on page {self.page_number}: {message}")
        data = file_to_dict(out.decode("utf-8", "replace"), "\t", -1)
        return Page(
            number=self.page_number, width=float(image.width), height=float(image.height),
            unit="px", origin="ocr", lines=_rows(tesseract_words(data)), dpi=dpi,
        )

    def _read(self, image: Image.Image, dpi: int) -> tuple[bytes, bytes]:
        """Tesseract's output for the page. It takes a list of image files on stdin: piping the
        image itself is slower (it reads a pipe byte by byte: +0.15 s a page). The file's header
        gives the DPI, which tesseract reads as it would read --dpi (the same words and boxes)."""
        try:
            with tempfile.TemporaryDirectory(prefix="vbadmin-ocr-", ignore_cleanup_errors=True) as folder:
                path = Path(folder) / "page.bmp"
                _save_uncompressed(image, path, dpi)
                out, err = self.process.communicate(f"{path}\n".encode(), timeout=self.timeout)
                return out, err
        except subprocess.TimeoutExpired as exc:
            message = f"tesseract took over {self.timeout:g} s on page {self.page_number}"
            raise UnreadableError(message) from exc
        except OSError as exc:  # no room for the page's file, or no temporary folder to write
            raise UnreadableError(f"page {self.page_number} could not be handed to tesseract: {exc}") from exc

    def close(self) -> None:
        if self.process.returncode is None:  # never finished (the page failed, or a timeout)
            self.process.kill()
            self.process.communicate()

    def __enter__(self) -> TesseractRead:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def _rows(words: list[Word]) -> list[Line]:
    return [Line(words=drop_overlapping(line.words)) for line in group_into_rows(words)]


def _save_uncompressed(image: Image.Image, path: Path, dpi: int) -> None:
    """The page as BMP: PNG compression of a 300-DPI page costs a quarter of a second, BMP
    costs nothing and tesseract reads it natively."""
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    image.save(path, format="BMP", dpi=(dpi, dpi))


def tesseract_words(data: dict[str, list[Any]]) -> list[Word]:
    """Words from pytesseract's image_to_data dict; layout rows and empty tokens dropped."""
    words = []
    for i, raw_text in enumerate(data["text"]):
        text = str(raw_text).strip()
        confidence = float(data["conf"][i])
        if not text or confidence < 0:
            continue
        left, top = float(data["left"][i]), float(data["top"][i])
        line = (int(data["block_num"][i]) * 1000 + int(data["par_num"][i])) * 1000 + int(data["line_num"][i])
        words.append(Word(
            text=text, x0=left, y0=top,
            x1=left + float(data["width"][i]), y1=top + float(data["height"][i]),
            confidence=min(confidence / 100.0, 1.0), line_key=line,
        ))
    return words


TOUCHING = 0.1  # of a word's height: a gap narrower than any space between two printed words
SAME_WIDTH = 0.6  # the narrower of two readings of one stretch is at least this share as wide


def drop_overlapping(words: list[Word]) -> list[Word]:
    """Tesseract sometimes reads a stretch of a line twice, as two overlapping words ("Điền3"
    over "Điêu", "Bái" over "Bái;"): of two words of one row, about as wide, whose boxes
    overlap by half the narrower one's width and half the taller one's height, the one read
    with more confidence is kept. Punctuation (a dash, an underline) is never taken for a
    reading of a word. (Half the taller one's height: a tall label's box reaches into the row
    below without being a reading of its words.) The same word read twice with no space
    between the two ("Yên Yên", a narrow "thông" inside "thông") is one word; a word printed
    twice ("từ từ") has a space between."""
    ordered = sorted(words, key=lambda w: w.x0)
    dropped: set[int] = set()
    for i, first in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            second = ordered[j]
            tall = max(first.y1 - first.y0, second.y1 - second.y0)
            if second.x0 >= first.x1 + TOUCHING * tall or i in dropped:
                break
            if j not in dropped and _duplicated(first, second):
                dropped.add(i if first.confidence < second.confidence else j)
    return [w for i, w in enumerate(ordered) if i not in dropped] if dropped else words


def _duplicated(a: Word, b: Word) -> bool:
    if not (_has_alphanumeric(a) and _has_alphanumeric(b)):
        return False  # a dash or an underline under a label is no second reading of a word
    overlap_x = min(a.x1, b.x1) - max(a.x0, b.x0)
    overlap_y = min(a.y1, b.y1) - max(a.y0, b.y0)
    narrow, wide = sorted((a.x1 - a.x0, b.x1 - b.x0))
    tall = max(a.y1 - a.y0, b.y1 - b.y0)
    if a.text == b.text and overlap_x > -TOUCHING * tall and overlap_y >= 0.5 * tall:
        return True  # the same word twice with no space between: "Yên Yên", "thông" in "thông"
    # Two readings of one stretch are about as wide; a short word inside a wide box is a word
    # the wide box was drawn too wide over ("phố" over "phố Hồ").
    return narrow >= SAME_WIDTH * wide and overlap_x >= 0.5 * narrow and overlap_y >= 0.5 * tall


def _has_alphanumeric(word: Word) -> bool:
    return any(ch.isalnum() for ch in word.text)
