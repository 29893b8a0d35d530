"""Score parsed records against gold labels.

Normalisation before comparison (both sides): NFC, Đ look-alikes, dashes unified, whitespace
collapsed, tone placement folded (hoà = hòa). Case and diacritics are kept.

- Scalar fields: exact match after normalisation. A gold key that is absent is not scored.
- List fields (recipients, distribution, directives, references): precision/recall/F1 over
  the multiset of normalised items (directives as "label path | text", references by
  identifier or, for unnumbered ones, by name).
- A document is all-correct when every scored scalar matches and every list has F1 = 1.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from vbadmin.model import Document
from vbadmin.normalize import clean_text, collapse_spaces, edit_distance, fold_tones, unify_dashes

SCALAR_FIELDS = (
    "system", "national_header", "parent_issuer", "issuer", "identifier", "number", "symbol",
    "issuer_code", "doc_type", "doc_type_code", "place", "date", "subject", "urgency", "secrecy",
    "signatory.authority", "signatory.position", "signatory.name",
    "received.number", "received.date", "received.body",
)  # fmt: skip
LIST_FIELDS = ("recipients", "distribution", "directives", "references")


def norm(value: Any) -> str | None:
    if value is None:
        return None
    text = fold_tones(unify_dashes(clean_text(str(value))))
    return collapse_spaces(text.replace("\n", " "))


def _get(record: Mapping[str, Any], dotted: str) -> tuple[bool, Any]:
    """(present, value) for "signatory.name"-style keys."""
    node: Any = record
    for part in dotted.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return False, None
        node = node[part]
    return True, node


def _directive_items(nodes: list[Mapping[str, Any]], path: str = "") -> list[str]:
    items = []
    for node in nodes or []:
        label = f"{path}.{node.get('label')}" if path else str(node.get("label"))
        items.append(f"{norm(label)} | {norm(node.get('text'))}")
        items += _directive_items(node.get("children") or [], label)
    return items


def _reference_items(refs: list[Mapping[str, Any]]) -> list[str]:
    return [norm(r.get("identifier")) or f"name:{norm(r.get('name'))}" for r in refs or []]


def list_items(name: str, record: Mapping[str, Any]) -> list[str]:
    value = record.get(name) or []
    if name == "directives":
        return _directive_items(value)
    if name == "references":
        return _reference_items(value)
    return [norm(v) or "" for v in value]


@dataclass
class Counts:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class ListCounts:
    true_positive: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocScore:
    doc_id: str
    mistakes: list[tuple[str, Any, Any]] = field(default_factory=list)  # field, expected, got
    scalars: dict[str, bool] = field(default_factory=dict)
    lists: dict[str, ListCounts] = field(default_factory=dict)
    cer: float | None = None
    tags: dict[str, str] = field(default_factory=dict)

    @property
    def all_correct(self) -> bool:
        return all(self.scalars.values()) and all(c.f1 == 1.0 for c in self.lists.values())


def score_document(doc_id: str, predicted: Mapping[str, Any], gold: Mapping[str, Any]) -> DocScore:
    score = DocScore(doc_id)
    for name in SCALAR_FIELDS:
        present, expected = _get(gold, name)
        if not present:
            continue
        _, got = _get(predicted, name)
        ok = norm(expected) == norm(got)
        score.scalars[name] = ok
        if not ok:
            score.mistakes.append((name, expected, got))
    for name in LIST_FIELDS:
        if name not in gold:
            continue
        expected_items, got_items = Counter(list_items(name, gold)), Counter(list_items(name, predicted))
        counts = ListCounts(
            sum((expected_items & got_items).values()), sum(got_items.values()), sum(expected_items.values())
        )
        score.lists[name] = counts
        if counts.f1 < 1.0:
            missing = sorted((expected_items - got_items).elements())
            extra = sorted((got_items - expected_items).elements())
            score.mistakes.append((name, missing, extra))
    return score


CER_WINDOW = 3000  # characters compared from the start of each text (the header and first page)


def char_error_rate(reference: str, hypothesis: str, window: int = CER_WINDOW) -> float:
    """Levenshtein distance / len(reference) on whitespace-collapsed NFC text.

    Only the first `window` characters are compared: the quadratic alignment of two whole
    multi-page letters would dominate an evaluation run.
    """
    ref = collapse_spaces(unicodedata.normalize("NFC", reference))[:window]
    hyp = collapse_spaces(unicodedata.normalize("NFC", hypothesis))[:window]
    if not ref:
        return 0.0 if not hyp else 1.0
    return edit_distance(ref, hyp) / len(ref)


@dataclass
class Report:
    documents: list[DocScore]

    def field_counts(self, docs: Iterable[DocScore] | None = None) -> dict[str, Counts]:
        counts: dict[str, Counts] = {}
        for doc in self.documents if docs is None else docs:
            for name, ok in doc.scalars.items():
                c = counts.setdefault(name, Counts())
                c.correct += ok
                c.total += 1
        return counts

    def list_counts(self, docs: Iterable[DocScore] | None = None) -> dict[str, ListCounts]:
        counts: dict[str, ListCounts] = {}
        for doc in self.documents if docs is None else docs:
            for name, lc in doc.lists.items():
                c = counts.setdefault(name, ListCounts())
                c.true_positive += lc.true_positive
                c.predicted += lc.predicted
                c.expected += lc.expected
        return counts

    def overall(self, docs: list[DocScore] | None = None) -> dict[str, Any]:
        docs = self.documents if docs is None else docs
        fields = self.field_counts(docs)
        lists = self.list_counts(docs)
        micro = ListCounts(
            sum(c.true_positive for c in lists.values()),
            sum(c.predicted for c in lists.values()),
            sum(c.expected for c in lists.values()),
        )
        correct, total = sum(c.correct for c in fields.values()), sum(c.total for c in fields.values())
        cers = [d.cer for d in docs if d.cer is not None]
        return {
            "documents": len(docs),
            "field_accuracy": correct / total if total else 1.0,
            "micro_f1": micro.f1,
            "all_correct_rate": sum(d.all_correct for d in docs) / len(docs) if docs else 1.0,
            "cer": sum(cers) / len(cers) if cers else None,
        }

    def breakdown(self, tag: str) -> dict[str, dict[str, Any]]:
        groups: dict[str, list[DocScore]] = {}
        for doc in self.documents:
            groups.setdefault(doc.tags.get(tag, "?"), []).append(doc)
        return {value: self.overall(docs) for value, docs in sorted(groups.items())}

    def worst(self, n: int = 10) -> list[DocScore]:
        return sorted(self.documents, key=lambda d: (-len(d.mistakes), d.doc_id))[:n]

    def to_json(self) -> dict[str, Any]:
        return {
            "overall": self.overall(),
            "fields": {k: {"accuracy": v.accuracy, "n": v.total} for k, v in self.field_counts().items()},
            "lists": {
                k: {"precision": v.precision, "recall": v.recall, "f1": v.f1}
                for k, v in self.list_counts().items()
            },
            "by": {tag: self.breakdown(tag) for tag in ("doc_type", "system", "input")},
            "worst": [
                {"doc_id": d.doc_id, "mistakes": [list(m) for m in d.mistakes]}
                for d in self.worst()
                if d.mistakes
            ],
            "documents": [
                {"doc_id": d.doc_id, "tags": d.tags, "mistakes": [list(m) for m in d.mistakes]}
                for d in self.documents
            ],
        }


def _as_mapping(record: Document | Mapping[str, Any]) -> Mapping[str, Any]:
    return record.model_dump(mode="json") if isinstance(record, Document) else record


def evaluate(
    records: Iterable[Document | Mapping[str, Any]],
    golds: Iterable[Mapping[str, Any]],
    ids: Iterable[str] | None = None,
) -> Report:
    """Score records (Documents or dicts) against gold dicts, pairwise in order."""
    id_list = list(ids) if ids is not None else None
    scores = []
    for index, (record, gold) in enumerate(zip(records, golds, strict=True)):
        doc_id = id_list[index] if id_list else str(index)
        scores.append(score_document(doc_id, _as_mapping(record), gold))
    return Report(scores)
