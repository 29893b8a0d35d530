"""Every gold.json in the corpus is valid against corpus/gold.schema.json (issue #4)."""

import json
from pathlib import Path

import jsonschema
import pytest

from vbadmin.corpus import iter_corpus

ROOT = Path(__file__).resolve().parents[1] / "corpus"
SCHEMA = json.loads((ROOT / "gold.schema.json").read_text(encoding="utf-8"))
DOCS = list(iter_corpus(ROOT))


def test_corpus_has_the_promised_size():
    hand_test = [d for d in DOCS if d.split == "test" and d.doc_id.startswith("hand-")]
    assert len(hand_test) >= 20
    assert len(DOCS) >= 300


@pytest.mark.parametrize("doc", DOCS, ids=[f"{d.split}/{d.doc_id}" for d in DOCS])
def test_gold_is_valid(doc):
    jsonschema.validate(doc.gold, SCHEMA)


def test_schema_rejects_a_bad_gold():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"date": "22/11/2024", "urgency": "very"}, SCHEMA)


def test_pdf_ocr_input_is_the_real_born_digital_pdfs():
    from vbadmin.corpus import sources_for

    real = [d for d in DOCS if d.split == "real"]
    born_digital = [d for d in real if d.gold.get("kind") == "born_digital"]
    scans = [d for d in real if d.gold.get("kind") == "scan"]
    generated = next(d for d in DOCS if d.split == "dev" and (d.folder / "layout.json").exists())
    assert born_digital and scans
    for doc in born_digital:
        (pdf,) = sources_for(doc, ROOT, "pdf-ocr")
        assert pdf.suffix == ".pdf" and pdf == sources_for(doc, ROOT, "pdf")[0]
    assert all(sources_for(doc, ROOT, "pdf-ocr") == [] for doc in scans)
    assert sources_for(generated, ROOT, "pdf-ocr") == []  # generated letters have their own scans


def test_scan_low_input_is_each_scan_page_as_a_100_dpi_jpeg(tmp_path, monkeypatch):
    """A real scan's pages (a PDF of page images, or PNGs), rendered or scaled to 100 DPI."""
    import pypdfium2 as pdfium
    from PIL import Image

    from vbadmin.corpus import sources_for

    monkeypatch.setenv("VBADMIN_CACHE", str(tmp_path))
    real = {d.doc_id: d for d in DOCS if d.split == "real"}
    pdf_scan = real["bct-cuchc_813-HC-CNHC_2026_congvan"]
    (pdf,) = sources_for(pdf_scan, ROOT, "scan")
    copies = sources_for(pdf_scan, ROOT, "scan-low")
    document = pdfium.PdfDocument(pdf)
    page_count, width_in = len(document), document[0].get_size()[0] / 72
    document.close()
    assert len(copies) == page_count
    with Image.open(copies[0]) as first:
        assert first.format == "JPEG" and round(first.info["dpi"][0]) == 100
        assert abs(first.width - 100 * width_in) <= 2
    png_scan = real["hungyen-vphdnd_288-KH-VP_2017_kehoach"]  # two PNG pages without a DPI: 300
    pngs = sources_for(png_scan, ROOT, "scan")
    lows = sources_for(png_scan, ROOT, "scan-low")
    assert len(lows) == len(pngs) == 2
    with Image.open(pngs[0]) as page, Image.open(lows[0]) as low:
        assert abs(low.width - page.width / 3) <= 1
    assert sources_for(real["laocai_1696-QD-UBND_2026_quyetdinh_uyquyen"], ROOT, "scan-low") == []


def test_scan_grey_input_is_each_scan_page_as_a_grey_300_dpi_jpeg(tmp_path, monkeypatch):
    """An archive's greyscale scan: the same pages, no colour left to tell a seal by."""
    import numpy as np
    from PIL import Image

    from vbadmin.corpus import sources_for

    monkeypatch.setenv("VBADMIN_CACHE", str(tmp_path))
    real = {d.doc_id: d for d in DOCS if d.split == "real"}
    png_scan = real["hungyen-vphdnd_288-KH-VP_2017_kehoach"]  # two PNG pages without a DPI: 300
    pngs = sources_for(png_scan, ROOT, "scan")
    greys = sources_for(png_scan, ROOT, "scan-grey")
    assert len(greys) == len(pngs) == 2
    with Image.open(pngs[1]) as page, Image.open(greys[1]) as grey:
        assert grey.format == "JPEG" and grey.mode == "L" and round(grey.info["dpi"][0]) == 300
        assert grey.size == page.size
        # the same picture: the page's own grey levels, up to JPEG's loss
        difference = np.abs(np.asarray(page.convert("L"), dtype=int) - np.asarray(grey, dtype=int))
        assert difference.mean() < 3
    low = sources_for(png_scan, ROOT, "scan-low")
    assert low[0].parent != greys[0].parent  # each copy kind has its own folder


def test_scan_pen_input_writes_a_note_in_blue_across_page_ones_letterhead(tmp_path, monkeypatch):
    """An incoming letter back from the leader's desk: page 1 carries a ballpoint note over the
    top of its left column, the other pages are the scan's own; the same note every run."""
    import numpy as np
    from PIL import Image

    from vbadmin.corpus import sources_for

    monkeypatch.setenv("VBADMIN_CACHE", str(tmp_path))
    real = {d.doc_id: d for d in DOCS if d.split == "real"}
    png_scan = real["hungyen-vphdnd_288-KH-VP_2017_kehoach"]
    pngs = sources_for(png_scan, ROOT, "scan")
    pens = sources_for(png_scan, ROOT, "scan-pen")
    assert len(pens) == len(pngs) == 2

    def blue_share(image: Image.Image, box: tuple[int, int, int, int]) -> float:
        rgb = np.asarray(image.convert("RGB").crop(box), dtype=int)
        return float(((rgb[..., 2] > rgb[..., 0] + 60) & (rgb[..., 2] > rgb[..., 1] + 40)).mean())

    with Image.open(pngs[0]) as page, Image.open(pens[0]) as pen:
        width, height = pen.size
        top_left = (0, 0, width // 2, height // 4)
        assert blue_share(pen, top_left) > 10 * blue_share(page, top_left) + 0.002
        assert blue_share(pen, (0, height // 2, width, height)) < 0.001  # the rest is the scan's
    with Image.open(pngs[1]) as page, Image.open(pens[1]) as pen:
        whole = (0, 0, pen.width, pen.height)
        assert blue_share(pen, whole) < blue_share(page, whole) + 0.0005  # its own pen only
