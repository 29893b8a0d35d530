"""Full-text search: FTS5 on SQLite, tsvector on PostgreSQL, both over a folded text.

Folding (no diacritics, lower case) is applied to what is indexed and to the query alike, so
"hoà", "hòa" and "hoa" find the same letters whatever the tone placement or keyboard.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from vbadmin.normalize import strip_diacritics


def fold(value: str) -> str:
    return strip_diacritics(value).lower()


def search_text(subject: str | None, body: str) -> str:
    return fold(f"{subject or ''}\n{body}")


def query_terms(query: str) -> list[str]:
    return re.findall(r"\w+", fold(query))


_SQLITE = text(
    "SELECT documents_fts.rowid AS id, -bm25(documents_fts) AS score FROM documents_fts "
    "WHERE documents_fts MATCH :match ORDER BY score DESC LIMIT :limit"
)
_POSTGRES = text(
    "SELECT id, ts_rank(to_tsvector('simple', search_text), query) AS score "
    "FROM documents, plainto_tsquery('simple', :terms) AS query "
    "WHERE to_tsvector('simple', search_text) @@ query ORDER BY score DESC LIMIT :limit"
)


def run_search(conn: Connection, query: str, limit: int) -> list[tuple[int, float]]:
    """(document id, score) pairs, best first; every term must occur (AND)."""
    terms = query_terms(query)
    if not terms:
        return []
    if conn.dialect.name == "sqlite":
        # Each term quoted: FTS5 syntax characters in the query can never become operators.
        match = " ".join(f'"{t}"' for t in terms)
        rows = conn.execute(_SQLITE, {"match": match, "limit": limit})
    elif conn.dialect.name == "postgresql":
        rows = conn.execute(_POSTGRES, {"terms": " ".join(terms), "limit": limit})
    else:
        return _fallback(conn, terms, limit)
    return [(int(r.id), float(r.score)) for r in rows]


def _fallback(conn: Connection, terms: list[str], limit: int) -> list[tuple[int, float]]:
    """Other backends: a parameterised LIKE per term, unranked."""
    where = " AND ".join(f"search_text LIKE :t{i}" for i in range(len(terms)))
    params: dict[str, object] = {f"t{i}": f"%{t}%" for i, t in enumerate(terms)}
    params["limit"] = limit
    rows = conn.execute(text(f"SELECT id FROM documents WHERE {where} LIMIT :limit"), params)
    return [(int(r.id), 1.0) for r in rows]
