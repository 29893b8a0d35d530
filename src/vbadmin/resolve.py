"""Pure functions that link letters: reference resolution, follow-up kinds, passage similarity,
recipient ↔ issuer matching. No database here, so each rule can be tested and swapped alone.

Resolution never guesses: a reference links to a document only when exactly one candidate is
left after the filters; several → "ambiguous", none → "unresolved" (retried when letters arrive).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Literal

from vbadmin.normalize import match_key, strip_diacritics

Status = Literal["resolved", "unresolved", "ambiguous"]
Kind = Literal["report", "notice", "dispatch"]


@dataclass(frozen=True)
class Candidate:
    """What resolution needs to know of a stored document."""

    id: int
    identifier: str | None
    doc_type_code: str | None
    date: str | None  # ISO
    issuer: str | None = None


@dataclass(frozen=True)
class Citation:
    """What resolution needs to know of a reference (and of the letter that makes it)."""

    identifier: str | None
    doc_type_code: str | None
    date: str | None
    issuer: str | None = None
    citing_date: str | None = None  # a letter cannot cite one issued after it


@dataclass(frozen=True)
class Resolution:
    status: Status
    document_id: int | None
    candidates: tuple[int, ...]


def identifier_key(identifier: str | None) -> str | None:
    """The comparison key of an identifier: spacing, dashes, case and tone placement folded."""
    if not identifier:
        return None
    return re.sub(r"\s+", "", match_key(identifier))


def year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _compatible(citation: Citation, cand: Candidate) -> bool:
    if citation.date and cand.date and year_of(citation.date) != year_of(cand.date):
        return False
    return not (citation.citing_date and cand.date and cand.date > citation.citing_date)


def _narrow(citation: Citation, cands: list[Candidate]) -> list[Candidate]:
    """Apply the finer tests only while they keep at least one candidate (they disambiguate)."""
    tests: list[Callable[[Candidate], bool]] = [
        lambda c: bool(citation.date) and c.date == citation.date,
        lambda c: bool(citation.doc_type_code) and c.doc_type_code == citation.doc_type_code,
        lambda c: bool(citation.issuer and c.issuer) and same_body(citation.issuer or "", c.issuer or ""),
    ]
    for test in tests:
        kept = [c for c in cands if test(c)]
        if kept:
            cands = kept
    return cands


def resolve(citation: Citation, candidates: Iterable[Candidate]) -> Resolution:
    """Link one reference to the one stored document it cites, or say why not."""
    key = identifier_key(citation.identifier)
    if key is None:
        return Resolution("unresolved", None, ())
    same = [c for c in candidates if identifier_key(c.identifier) == key]
    left = _narrow(citation, [c for c in same if _compatible(citation, c)])
    ids = tuple(sorted(c.id for c in left))
    if len(ids) == 1:
        return Resolution("resolved", ids[0], ids)
    return Resolution("ambiguous" if ids else "unresolved", None, ids)


def fill_dates(citations: Sequence[Citation]) -> list[Citation]:
    """An undated mention takes the date the same letter gives elsewhere for that identifier.

    "V/v thực hiện Công văn số 318-CV/TU" in the subject and "Công văn số 318-CV/TU ngày
    05/3/2025" in the body are one citation: the letter itself says which 318 it means.
    """
    dated: dict[str, str] = {}
    for c in citations:
        key = identifier_key(c.identifier)
        if key and c.date:
            dated.setdefault(key, c.date)
    out = []
    for c in citations:
        key = identifier_key(c.identifier)
        if key and not c.date and key in dated:
            c = replace(c, date=dated[key])
        out.append(c)
    return out


# --- follow-up kinds -------------------------------------------------------------------------

_REPORT_CODES = {"BC"}
_NOTICE_CODES = {"TB"}


def kind_of(doc_type: str | None, doc_type_code: str | None) -> Kind:
    """report = Báo cáo, notice = Thông báo, dispatch = Công văn and everything else."""
    code = (doc_type_code or "").upper()
    name = strip_diacritics(doc_type or "").lower()
    if code in _REPORT_CODES or name.startswith("bao cao"):
        return "report"
    if code in _NOTICE_CODES or name.startswith("thong bao"):
        return "notice"
    return "dispatch"


# --- passage similarity ----------------------------------------------------------------------

# Words of every letter: they carry no topic, so they only inflate overlaps.
_STOPWORDS = frozenset(
    re.findall(
        r"\w+",
        "va cua cac cho trong ve voi theo den tai da duoc la co nhung mot de thuc hien ket qua bao cao "
        "so ngay nam thang tinh uy ban thuong vu dang tren nay sau tu khi",
    )
)


def tokens(text: str) -> list[str]:
    """Folded word tokens (no diacritics, lower case) without stop words and numbers."""
    words = re.findall(r"[a-z]+", strip_diacritics(text).lower())
    return [w for w in words if w not in _STOPWORDS and len(w) > 1]


def tfidf_vectors(texts: Sequence[str]) -> list[dict[str, float]]:
    """TF-IDF over the given passages only (smoothed idf: a word in every passage still counts)."""
    docs = [Counter(tokens(t)) for t in texts]
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs)
    return [{w: tf * (math.log((1 + n) / (1 + df[w])) + 1.0) for w, tf in d.items()} for d in docs]


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b.get(w, 0.0) for w, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


@dataclass(frozen=True)
class Match:
    directive: int  # index into the directives given
    passage: int  # index into the passages given
    score: float
    how: Literal["label", "similar"]


# Measured on the test chains (docs/store.md): label match needs some shared topic, a bare
# similarity match needs more.
LABEL_THRESHOLD = 0.15
SIMILAR_THRESHOLD = 0.35


def match_passages(
    directives: Sequence[tuple[str, str]],
    passages: Sequence[tuple[str, str]],
    label_threshold: float = LABEL_THRESHOLD,
    similar_threshold: float = SIMILAR_THRESHOLD,
) -> list[Match]:
    """Which passages (label, text) address which directives (label, text).

    A numbered point with the directive's label counts when it also shares some vocabulary
    (reports often renumber); any passage counts when its TF-IDF cosine is high enough.
    """
    vectors = tfidf_vectors([t for _, t in directives] + [t for _, t in passages])
    dvecs, pvecs = vectors[: len(directives)], vectors[len(directives) :]
    found = []
    for i, (dlabel, _) in enumerate(directives):
        for j, (plabel, _) in enumerate(passages):
            score = cosine(dvecs[i], pvecs[j])
            if plabel and plabel == dlabel and score >= label_threshold:
                found.append(Match(i, j, score, "label"))
            elif score >= similar_threshold:
                found.append(Match(i, j, score, "similar"))
    return found


# --- recipients ↔ issuers --------------------------------------------------------------------

_RECIPIENT_NOISE = re.compile(r"\b(kinh gui|dong chi|d/c|cac|(de )?bao cao|b/c|de biet|de thuc hien)\b")


def body_key(name: str) -> str:
    """A loose key of an office's name: no diacritics, case, punctuation or courtesy words."""
    text = strip_diacritics(name).lower()
    text = _RECIPIENT_NOISE.sub(" ", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def same_body(recipient: str, issuer: str, threshold: float = 0.85) -> bool:
    """Whether a recipient line names the office that issued a letter (fuzzy, folded).

    "Ban Tuyên giáo Tỉnh ủy" ~ "TỈNH ỦY BÌNH ĐỊNH / BAN TUYÊN GIÁO": every word of the shorter
    name appears in the longer one, or the two keys are near-identical strings.
    """
    a, b = body_key(recipient), body_key(issuer)
    if not a or not b:
        return False
    short, long = sorted((a.split(), b.split()), key=len)
    if len(short) >= 2 and set(short) <= set(long):
        return True
    return SequenceMatcher(None, a, b).ratio() >= threshold
