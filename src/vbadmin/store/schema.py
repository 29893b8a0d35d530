"""The tables. The full record is kept as JSON (lossless `get`); the rows beside it exist to be
queried: links, directive matrices, recipients, evidence, search."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names so that Alembic migrations can refer to them on every backend.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Identity: "issuer|identifier|year" (None without identifier) and the content hash.
    identity_key: Mapped[str | None] = mapped_column(String(400), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    identifier: Mapped[str | None] = mapped_column(String(200))
    identifier_key: Mapped[str | None] = mapped_column(String(200), index=True)
    number: Mapped[str | None] = mapped_column(String(40))
    symbol: Mapped[str | None] = mapped_column(String(160))
    issuer_code: Mapped[str | None] = mapped_column(String(60))
    doc_type: Mapped[str | None] = mapped_column(String(80))
    doc_type_code: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(12))  # report / notice / dispatch
    system: Mapped[str | None] = mapped_column(String(8))
    issuer: Mapped[str | None] = mapped_column(Text)
    parent_issuer: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))  # ISO: sorts and compares as text
    year: Mapped[int | None] = mapped_column(Integer)
    subject: Mapped[str | None] = mapped_column(Text)
    signatory: Mapped[str | None] = mapped_column(Text)
    source_path: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text)  # folded subject + body: what search reads
    record: Mapped[str] = mapped_column(Text)  # Document.model_dump_json()
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)

    directives: Mapped[list[DirectiveRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DirectiveRow.position"
    )
    recipients: Mapped[list[RecipientRow]] = relationship(
        cascade="all, delete-orphan", order_by="RecipientRow.position"
    )
    distribution: Mapped[list[DistributionRow]] = relationship(
        cascade="all, delete-orphan", order_by="DistributionRow.position"
    )
    references: Mapped[list[ReferenceRow]] = relationship(
        cascade="all, delete-orphan",
        order_by="ReferenceRow.position",
        foreign_keys="ReferenceRow.citing_id",
    )
    evidence: Mapped[list[EvidenceRow]] = relationship(cascade="all, delete-orphan")


class DirectiveRow(Base):
    """One node of the directive tree; `path` is the labels from the root ("1", "1.a")."""

    __tablename__ = "directives"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("directives.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)  # pre-order index within the document
    depth: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)

    document: Mapped[DocumentRow] = relationship(back_populates="directives")
    children: Mapped[list[DirectiveRow]] = relationship(back_populates="parent")
    parent: Mapped[DirectiveRow | None] = relationship(back_populates="children", remote_side=[id])


class RecipientRow(Base):
    __tablename__ = "recipients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text)  # resolve.body_key: folded for fuzzy matching


class DistributionRow(Base):
    __tablename__ = "distribution"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)


class ReferenceRow(Base):
    """A citation made by `citing_id`; `resolved_id` is the stored letter it names, if known."""

    __tablename__ = "references"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    citing_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    identifier: Mapped[str | None] = mapped_column(String(200))
    identifier_key: Mapped[str | None] = mapped_column(String(200), index=True)
    doc_type: Mapped[str | None] = mapped_column(String(80))
    doc_type_code: Mapped[str | None] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(10))
    issuer: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    resolved_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(12), default="unresolved")
    candidates: Mapped[int] = mapped_column(Integer, default=0)  # how many letters matched


class EvidenceRow(Base):
    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(80))
    page: Mapped[int | None] = mapped_column(Integer)
    box_x0: Mapped[float | None] = mapped_column(Float)
    box_y0: Mapped[float | None] = mapped_column(Float)
    box_x1: Mapped[float | None] = mapped_column(Float)
    box_y1: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(8))
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16))
    confidence: Mapped[float] = mapped_column(Float)
    ocr_confidence: Mapped[float | None] = mapped_column(Float)


Index("ix_references_status", ReferenceRow.status)
Index("ix_documents_year", DocumentRow.year)

metadata = Base.metadata
