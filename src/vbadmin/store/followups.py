"""Follow-ups of one letter: who answered, which points they addressed, who has not reported."""

from __future__ import annotations

from collections import defaultdict

from vbadmin import resolve
from vbadmin.store.records import DirectiveCoverage, DocSummary, Followups, Passage
from vbadmin.store.schema import DocumentRow


def _passages(doc: DocumentRow) -> list[tuple[str, str]]:
    """(path, text) of a follow-up's numbered points; its whole body when it has none."""
    points = [(d.path, d.text) for d in doc.directives]
    return points or [("", doc.text)]


def _issuer_names(doc: DocumentRow) -> list[str]:
    names = [doc.issuer or ""]
    if doc.parent_issuer:
        names.append(f"{doc.issuer or ''} {doc.parent_issuer}")
    return [n for n in names if n.strip()]


def _issuer_label(doc: DocumentRow) -> str:
    return " / ".join(p for p in (doc.parent_issuer, doc.issuer) if p) or doc.issuer_code or "?"


def directive_matrix(cited: DocumentRow, citing: list[DocumentRow]) -> list[DirectiveCoverage]:
    directives = [(d.path, d.text) for d in cited.directives]
    coverage = [DirectiveCoverage(path, text) for path, text in directives]
    for doc in citing:
        passages = _passages(doc)
        for match in resolve.match_passages(directives, passages):
            path, text = passages[match.passage]
            coverage[match.directive].addressed_by.append(
                Passage(doc.identifier, path, text, round(match.score, 3), match.how)
            )
    return coverage


def reporting(cited: DocumentRow, citing: list[DocumentRow]) -> tuple[dict[str, list[str]], list[str]]:
    """Recipients of the letter matched to the issuers of the letters that cite it."""
    reported: dict[str, list[str]] = {}
    missing: list[str] = []
    for recipient in (r.name for r in cited.recipients):
        answers = [
            doc.identifier or f"#{doc.id}"
            for doc in citing
            if any(resolve.same_body(recipient, name) for name in _issuer_names(doc))
        ]
        if answers:
            reported[recipient] = answers
        else:
            missing.append(recipient)
    return reported, missing


def build_followups(cited: DocumentRow, citing: list[DocumentRow]) -> Followups:
    from vbadmin.store.store import summary  # the row → summary helper lives with the store

    by_kind: dict[str, list[DocSummary]] = defaultdict(list)
    by_issuer: dict[str, list[DocSummary]] = defaultdict(list)
    for doc in sorted(citing, key=lambda d: (d.date or "", d.identifier or "")):
        by_kind[doc.kind].append(summary(doc))
        by_issuer[_issuer_label(doc)].append(summary(doc))
    reported, missing = reporting(cited, citing)
    return Followups(
        summary(cited), dict(by_kind), dict(by_issuer), directive_matrix(cited, citing), reported, missing
    )
