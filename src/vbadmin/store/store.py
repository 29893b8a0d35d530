"""`Store`: keep parsed letters in SQLite or PostgreSQL and follow the citations between them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, delete, or_, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from vbadmin import resolve
from vbadmin.errors import StoreError
from vbadmin.model import Directive, Document
from vbadmin.normalize import collapse_spaces
from vbadmin.store import graph
from vbadmin.store.engine import WRITE, open_engine, with_retries
from vbadmin.store.followups import build_followups
from vbadmin.store.records import DocSummary, Followups, Link, SearchHit
from vbadmin.store.schema import (
    DirectiveRow,
    DistributionRow,
    DocumentRow,
    EvidenceRow,
    RecipientRow,
    ReferenceRow,
)
from vbadmin.store.search import run_search, search_text

DocRef = Document | str | int  # a record, an identifier, or a row id


def content_hash(doc: Document) -> str:
    """The file's sha256 when known, else that of the normalised text (spacing folded)."""
    if doc.source.sha256:
        return doc.source.sha256
    basis = collapse_spaces(doc.text) or doc.model_dump_json(exclude={"source"})
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def identity_key(doc: Document) -> str | None:
    """(issuer, identifier, year): one number a year per issuer, so this names one letter."""
    key = resolve.identifier_key(doc.identifier)
    if key is None:
        return None
    issuer = (doc.issuer_code or "").upper() or resolve.body_key(doc.issuer or "")
    return f"{issuer}|{key}|{resolve.year_of(doc.date) or ''}"


def summary(row: DocumentRow) -> DocSummary:
    return DocSummary(row.id, row.identifier, row.date, row.doc_type, row.kind, row.issuer, row.subject)


def _walk(
    nodes: Sequence[Directive], prefix: str = "", depth: int = 0
) -> Iterator[tuple[Directive, str, int]]:
    for node in nodes:
        path = f"{prefix}.{node.label}" if prefix else node.label
        yield node, path, depth
        yield from _walk(node.children, path, depth + 1)


class Store:
    """Parsed letters in a database, with their citations resolved in both directions.

    `Store("letters.db")` or `Store("sqlite:///letters.db")` or
    `Store("postgresql+psycopg://user:pw@host/db")`; the schema is migrated on open.
    """

    def __init__(self, url: str | Path = "vbadmin.db") -> None:
        self.engine: Engine = open_engine(url)
        self._writer = self.engine.execution_options(**WRITE)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- sessions ----------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        try:
            with Session(self.engine) as session:
                yield session
        except (DBAPIError, SQLAlchemyError) as error:
            raise StoreError(f"database error: {_first_line(error)}") from error

    # --- writing -----------------------------------------------------------------------------

    def add(self, doc: Document) -> int:
        """Store a letter (or update it when it is already there) and return its row id."""
        try:
            return with_retries(lambda: self._add_once(doc))
        except StoreError:
            raise
        except (DBAPIError, SQLAlchemyError) as error:
            raise StoreError(f"cannot store {doc.identifier or 'letter'}: {_first_line(error)}") from error

    def _add_once(self, doc: Document) -> int:
        with Session(self._writer) as session, session.begin():
            if session.get_bind().dialect.name == "postgresql":
                # Writers one at a time, so a letter and the one it cites never miss each other.
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": 7_105_228})
            row = self._existing(session, doc)
            old_key = row.identifier_key if row else None
            if row is None:
                row = DocumentRow()
                session.add(row)
            else:
                _clear_children(session, row.id)
            _fill(row, doc)
            session.flush()
            _add_children(session, row.id, doc)
            session.flush()
            self._relink(session, row, old_key)
            return row.id

    def _existing(self, session: Session, doc: Document) -> DocumentRow | None:
        by_hash = session.scalar(select(DocumentRow).where(DocumentRow.content_hash == content_hash(doc)))
        key = identity_key(doc)
        by_key = session.scalar(select(DocumentRow).where(DocumentRow.identity_key == key)) if key else None
        if by_hash and by_key and by_hash.id != by_key.id:
            raise StoreError(
                f"{doc.identifier}: this text is stored as {by_hash.identifier} ({by_hash.date}) "
                f"but its identifier belongs to another stored letter ({by_key.date})"
            )
        return by_hash or by_key

    def _relink(self, session: Session, row: DocumentRow, old_key: str | None) -> None:
        """Resolve this letter's citations, and every citation that may name it (either order)."""
        keys = {k for k in (row.identifier_key, old_key) if k}
        affected = {row.id}
        if keys:
            naming = select(ReferenceRow.citing_id).where(
                or_(ReferenceRow.identifier_key.in_(keys), ReferenceRow.resolved_id == row.id)
            )
            affected |= set(session.scalars(naming))
        for citing_id in sorted(affected):
            _resolve_citations(session, citing_id)

    # --- reading -----------------------------------------------------------------------------

    def get(self, identifier: str, year: int | None = None) -> Document | None:
        """The stored letter with this identifier (and year); StoreError if several match."""
        with self._reading() as session:
            row = self._one(session, identifier, year)
            return Document.model_validate_json(row.record) if row else None

    def _one(self, session: Session, identifier: str, year: int | None) -> DocumentRow | None:
        query = select(DocumentRow).where(DocumentRow.identifier_key == resolve.identifier_key(identifier))
        if year is not None:
            query = query.where(DocumentRow.year == year)
        rows = list(session.scalars(query.order_by(DocumentRow.date)))
        if len(rows) > 1:
            found = ", ".join(f"{r.date or 'undated'} ({r.issuer or r.issuer_code})" for r in rows)
            raise StoreError(f"{identifier} names {len(rows)} stored letters: {found}; give the year")
        return rows[0] if rows else None

    def _locate(self, session: Session, doc: DocRef) -> DocumentRow:
        row: DocumentRow | None
        if isinstance(doc, int):
            row = session.get(DocumentRow, doc)
        elif isinstance(doc, str):
            row = self._one(session, doc, None)
        else:
            row = self._existing(session, doc)
        if row is None:
            name = doc if isinstance(doc, str | int) else doc.identifier
            raise StoreError(f"{name}: not in the store")
        return row

    def summary(self, doc: DocRef) -> DocSummary:
        with self._reading() as session:
            return summary(self._locate(session, doc))

    def cites(self, doc: DocRef) -> list[Link]:
        """What the letter cites, each with the stored letter it resolved to (if any)."""
        with self._reading() as session:
            row = self._locate(session, doc)
            refs = session.scalars(
                select(ReferenceRow).where(ReferenceRow.citing_id == row.id).order_by(ReferenceRow.position)
            )
            return [_outgoing(session, ref) for ref in refs]

    def cited_by(self, doc: DocRef) -> list[Link]:
        """The stored letters whose citations resolved to this one, oldest first."""
        with self._reading() as session:
            row = self._locate(session, doc)
            return _incoming(session, row.id)

    def followups(self, doc: DocRef) -> Followups:
        """Who answered a letter, which of its points they addressed, and who has not reported."""
        with self._reading() as session:
            row = self._locate(session, doc)
            citing_ids = sorted({ref.citing_id for ref in _resolved_to(session, row.id)})
            citing = [r for r in (session.get(DocumentRow, i) for i in citing_ids) if r is not None]
            return build_followups(row, citing)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Letters whose subject or body contain every word of the query (diacritics optional)."""
        with self._reading() as session:
            hits = run_search(session.connection(), query, limit)
            rows = {
                r.id: r
                for r in session.scalars(select(DocumentRow).where(DocumentRow.id.in_([i for i, _ in hits])))
            }
            return [SearchHit(summary(rows[i]), score) for i, score in hits if i in rows]

    def export_graph(self, path: str | Path, format: Literal["graphml", "dot"] = "graphml") -> Path:
        """Write the citation graph (letters as nodes, citations as edges) to a file."""
        with self._reading() as session:
            docs = list(session.scalars(select(DocumentRow).order_by(DocumentRow.id)))
            refs = list(session.scalars(select(ReferenceRow).where(ReferenceRow.identifier_key.is_not(None))))
            return graph.write(Path(path), format, docs, refs)

    def count(self) -> int:
        with self._reading() as session:
            return len(list(session.scalars(select(DocumentRow.id))))


# --- rows from a record ------------------------------------------------------------------------


def _fill(row: DocumentRow, doc: Document) -> None:
    row.identity_key = identity_key(doc)
    row.content_hash = content_hash(doc)
    row.identifier = doc.identifier
    row.identifier_key = resolve.identifier_key(doc.identifier)
    row.number, row.symbol, row.issuer_code = doc.number, doc.symbol, doc.issuer_code
    row.doc_type, row.doc_type_code = doc.doc_type, doc.doc_type_code
    row.kind = resolve.kind_of(doc.doc_type, doc.doc_type_code)
    row.system, row.issuer, row.parent_issuer = doc.system, doc.issuer, doc.parent_issuer
    row.date, row.year = doc.date, resolve.year_of(doc.date)
    row.subject = doc.subject
    sig = doc.signatory
    row.signatory = " | ".join(p for p in (sig.position, sig.name) if p) if sig else None
    row.source_path = doc.source.path
    row.text = doc.text
    row.search_text = search_text(doc.subject, doc.text)
    row.record = doc.model_dump_json()


def _clear_children(session: Session, doc_id: int) -> None:
    for table in (DirectiveRow, RecipientRow, DistributionRow, EvidenceRow):
        session.execute(delete(table).where(table.document_id == doc_id))
    session.execute(delete(ReferenceRow).where(ReferenceRow.citing_id == doc_id))
    session.expire_all()


def _add_children(session: Session, doc_id: int, doc: Document) -> None:
    parents: dict[str, DirectiveRow] = {}
    for position, (node, path, depth) in enumerate(_walk(doc.directives)):
        parent = parents.get(path.rsplit(".", 1)[0]) if depth else None
        parents[path] = DirectiveRow(
            document_id=doc_id, parent=parent, position=position, depth=depth,
            path=path[:200], label=node.label[:80], text=node.text,
        )  # fmt: skip
        session.add(parents[path])
    for position, name in enumerate(doc.recipients):
        session.add(
            RecipientRow(document_id=doc_id, position=position, name=name, name_key=resolve.body_key(name))
        )
    for position, name in enumerate(doc.distribution):
        session.add(DistributionRow(document_id=doc_id, position=position, name=name))
    for position, ref in enumerate(doc.references):
        session.add(
            ReferenceRow(
                citing_id=doc_id, position=position, identifier=ref.identifier,
                identifier_key=resolve.identifier_key(ref.identifier), doc_type=ref.doc_type,
                doc_type_code=ref.doc_type_code, date=ref.date, issuer=ref.issuer, name=ref.name,
                text=ref.text, span_start=ref.span[0], span_end=ref.span[1], status="unresolved",
                candidates=0,
            )
        )  # fmt: skip
    for name, ev in doc.evidence.items():
        box = ev.box or (None, None, None, None)
        span = ev.span or (None, None)
        session.add(
            EvidenceRow(
                document_id=doc_id, field=name, page=ev.page, box_x0=box[0], box_y0=box[1], box_x1=box[2],
                box_y1=box[3], unit=ev.unit, span_start=span[0], span_end=span[1], source=ev.source,
                confidence=ev.confidence, ocr_confidence=ev.ocr_confidence,
            )
        )  # fmt: skip


# --- resolution --------------------------------------------------------------------------------


def _candidate(row: DocumentRow) -> resolve.Candidate:
    return resolve.Candidate(row.id, row.identifier, row.doc_type_code, row.date, row.issuer)


def _resolve_citations(session: Session, citing_id: int) -> None:
    """Re-resolve every numbered citation of one letter against the store as it is now."""
    citing = session.get(DocumentRow, citing_id)
    if citing is None:
        return
    refs = list(
        session.scalars(
            select(ReferenceRow)
            .where(ReferenceRow.citing_id == citing_id, ReferenceRow.identifier_key.is_not(None))
            .order_by(ReferenceRow.position)
        )
    )
    citations = resolve.fill_dates(
        [resolve.Citation(r.identifier, r.doc_type_code, r.date, r.issuer, citing.date) for r in refs]
    )
    for ref, citation in zip(refs, citations, strict=True):
        rows = session.scalars(
            select(DocumentRow).where(
                DocumentRow.identifier_key == ref.identifier_key, DocumentRow.id != citing_id
            )
        )
        result = resolve.resolve(citation, [_candidate(r) for r in rows])
        ref.status, ref.resolved_id, ref.candidates = (
            result.status,
            result.document_id,
            len(result.candidates),
        )


def _resolved_to(session: Session, doc_id: int) -> list[ReferenceRow]:
    query = select(ReferenceRow).where(ReferenceRow.resolved_id == doc_id, ReferenceRow.status == "resolved")
    return list(session.scalars(query.order_by(ReferenceRow.citing_id, ReferenceRow.position)))


def _outgoing(session: Session, ref: ReferenceRow) -> Link:
    target = session.get(DocumentRow, ref.resolved_id) if ref.resolved_id else None
    status = ref.status if ref.identifier_key else "unresolved"
    identifier = ref.identifier or ref.name
    return Link(identifier, ref.date, status, ref.text, summary(target) if target else None)


def _incoming(session: Session, doc_id: int) -> list[Link]:
    links: dict[int, Link] = {}
    for ref in _resolved_to(session, doc_id):
        citing = session.get(DocumentRow, ref.citing_id)
        if citing is not None and citing.id not in links:
            links[citing.id] = Link(citing.identifier, citing.date, ref.status, ref.text, summary(citing))
    return sorted(links.values(), key=lambda link: (link.date or "", link.identifier or ""))


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__
