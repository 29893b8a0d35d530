"""The synthetic corpus generator and its renderer."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from vbadmin.corpusgen import generate_corpus, materialise, render_pdf, render_scan, write_corpus

SEED = 20261127
REQUIRED = {
    "system", "national_header", "parent_issuer", "issuer", "identifier", "number", "symbol",
    "issuer_code", "doc_type", "doc_type_code", "place", "date", "subject", "urgency", "secrecy",
    "recipients", "preamble", "directives", "closing", "signatory", "distribution", "references",
}
DATE_LINE = re.compile(r"ngày (\d+) tháng (\d+) năm (\d{4})$")


@pytest.fixture(scope="module")
def corpus() -> list:
    return generate_corpus(320, SEED)


def test_same_seed_same_bytes() -> None:
    a, b = generate_corpus(25, 7), generate_corpus(25, 7)
    assert [x.text for x in a] == [y.text for y in b]
    assert [json.dumps(x.gold, ensure_ascii=False) for x in a] == [
        json.dumps(y.gold, ensure_ascii=False) for y in b]


def test_different_seeds_differ() -> None:
    assert [x.text for x in generate_corpus(10, 1)] != [x.text for x in generate_corpus(10, 2)]


def test_types_systems_splits(corpus: list) -> None:
    types = {x.gold["doc_type"] for x in corpus}
    assert len(types) >= 14
    assert {x.gold["system"] for x in corpus} == {"state", "party"}
    splits = [x.split for x in corpus]
    assert 0.35 < splits.count("dev") / len(splits) < 0.65
    assert len({x.doc_id for x in corpus}) == len(corpus)


def test_gold_keys_and_dates(corpus: list) -> None:
    for letter in corpus:
        gold = letter.gold
        assert gold.keys() >= REQUIRED, letter.doc_id
        if gold["date"] is not None:
            date.fromisoformat(gold["date"])
        assert 1 <= len(gold["directives"]) <= 12, letter.doc_id
        assert len(gold["recipients"]) <= 15


def test_identifier_and_fields_in_text(corpus: list) -> None:
    for letter in corpus:
        squeezed = letter.text.replace(" ", "")
        gold = letter.gold
        assert gold["identifier"].replace(" ", "") in squeezed, letter.doc_id
        assert gold["issuer"].split()[-1] in letter.text
        assert gold["signatory"]["name"] in letter.text
        for item in gold["distribution"]:
            assert item in letter.text
        for ref in gold["references"]:
            assert (ref["identifier"] or ref["name"]) in letter.text, (letter.doc_id, ref)


def test_date_padding(corpus: list) -> None:
    for letter in corpus:
        if letter.gold["date"] is None:
            continue
        line = next(s for s in letter.text.splitlines() if DATE_LINE.search(s))
        day, month, _ = DATE_LINE.search(line).groups()  # type: ignore[union-attr]
        assert len(day) == 2
        assert (len(month) == 2) == (int(month) <= 2 or int(month) >= 10)


def test_reform_places(corpus: list) -> None:
    for letter in corpus:
        gold = letter.gold
        if gold["date"] and gold["date"] >= "2025-07-01":
            assert "HUYỆN" not in gold["issuer"] and gold["issuer_code"] != "HU"


def test_pdf_text_layer(corpus: list, tmp_path: Path) -> None:
    letter = next(x for x in corpus if x.gold["system"] == "state")
    for font in ("freeserif", "termes"):
        path = render_pdf(letter, tmp_path / f"{font}.pdf", font)
        with pdfplumber.open(path) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        squeezed = text.replace(" ", "")
        assert letter.gold["identifier"] in squeezed
        assert letter.gold["issuer"].split()[-1] in text
        assert pdf is not None


def test_scan_size(corpus: list, tmp_path: Path) -> None:
    letter = corpus[0]
    pages = render_scan(letter, tmp_path / "clean", "clean", seed=1)
    img = Image.open(pages[0])
    assert img.size == (round(210 / 25.4 * 300), round(297 / 25.4 * 300))
    photo = render_scan(letter, tmp_path / "photo", "photo", seed=1)
    assert Image.open(photo[0]).size == (round(210 / 25.4 * 200), round(297 / 25.4 * 200))
    again = render_scan(letter, tmp_path / "photo2", "photo", seed=1)
    assert photo[0].read_bytes() == again[0].read_bytes()


def test_write_and_materialise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VBADMIN_CACHE", str(tmp_path / "cache"))
    letters = write_corpus(4, SEED, tmp_path / "gen")
    manifest = json.loads((tmp_path / "gen" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["seed"] == SEED and len(manifest["documents"]) == 4
    doc_dir = tmp_path / "gen" / letters[0].split / letters[0].doc_id
    assert (doc_dir / "source.txt").read_text(encoding="utf-8") == letters[0].text
    pdfs = materialise(doc_dir, "pdf")
    assert pdfs[0].exists() and str(pdfs[0]).startswith(str(tmp_path / "cache"))
