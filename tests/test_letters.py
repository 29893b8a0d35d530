"""Table-driven: 16 hand-written dev letters (corpus/dev/hand-d*) and 864 probe letters of other
issuers (corpus/dev/probe-*) → their hand-written gold records, field by field (issue #2). Each
letter covers other types, systems and artefacts (corpus/README.md lists them)."""

from pathlib import Path

import pytest

from vbadmin.corpus import iter_corpus
from vbadmin.evaluate import LIST_FIELDS, SCALAR_FIELDS, score_document
from vbadmin.parse import parse_text

ROOT = Path(__file__).resolve().parents[1] / "corpus"
LETTERS = [d for d in iter_corpus(ROOT, "dev") if d.doc_id.startswith("hand-d")]


def test_there_are_enough_letters_of_enough_kinds():
    assert len(LETTERS) >= 15
    assert len({d.gold["doc_type"] for d in LETTERS}) >= 10
    assert {d.gold["system"] for d in LETTERS} == {"state", "party"}


@pytest.mark.parametrize("letter", LETTERS, ids=[d.doc_id for d in LETTERS])
def test_letter_parses_to_its_gold_record(letter):
    record = parse_text((letter.folder / "source.txt").read_text(encoding="utf-8"))
    score = score_document(letter.doc_id, record.model_dump(mode="json"), letter.gold)
    scored = set(score.scalars) | set(score.lists)
    assert scored >= {"identifier", "issuer", "date", "subject", "signatory.name", "recipients", "directives"}
    assert score.mistakes == []


PROBES = [d for d in iter_corpus(ROOT, "dev") if d.doc_id.startswith("probe-")]


@pytest.mark.parametrize("letter", PROBES, ids=[d.doc_id for d in PROBES])
def test_probe_letter_parses_to_its_gold_record(letter):
    record = parse_text((letter.folder / "source.txt").read_text(encoding="utf-8"))
    score = score_document(letter.doc_id, record.model_dump(mode="json"), letter.gold)
    assert {"identifier", "issuer", "date", "subject", "signatory.name"} <= set(score.scalars)
    assert score.mistakes == []


def test_every_component_is_labelled_somewhere():
    keys = {key for d in LETTERS for key in d.gold} | {
        f"signatory.{k}" for d in LETTERS for k in (d.gold.get("signatory") or {})
    }
    wanted = {name for name in SCALAR_FIELDS if not name.startswith("received")} | set(LIST_FIELDS)
    assert wanted <= keys
