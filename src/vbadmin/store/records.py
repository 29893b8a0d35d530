"""Plain results the store returns (dataclasses, JSON-ready through `asdict`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class DocSummary:
    id: int
    identifier: str | None
    date: str | None
    doc_type: str | None
    kind: str
    issuer: str | None
    subject: str | None


@dataclass(frozen=True)
class Link:
    """One citation seen from one end: the other letter's identifier/date, and the letter if stored."""

    identifier: str | None
    date: str | None
    status: str  # resolved / unresolved / ambiguous
    reference: str  # the citation as printed in the citing letter
    document: DocSummary | None


@dataclass(frozen=True)
class Passage:
    document: str | None  # identifier of the follow-up letter
    path: str
    text: str
    score: float
    how: str  # "label" or "similar"


@dataclass
class DirectiveCoverage:
    path: str
    text: str
    addressed_by: list[Passage] = field(default_factory=list)


@dataclass
class Followups:
    document: DocSummary
    by_kind: dict[str, list[DocSummary]]
    by_issuer: dict[str, list[DocSummary]]
    directives: list[DirectiveCoverage]
    reported: dict[str, list[str]]  # recipient → identifiers of its follow-ups
    not_reported: list[str]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SearchHit:
    document: DocSummary
    score: float
