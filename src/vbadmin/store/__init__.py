"""Storage of parsed letters (SQLite or PostgreSQL) with citations resolved in both directions.

    from vbadmin.store import Store
    with Store("letters.db") as store:
        store.add(vbadmin.parse("cv-318.pdf"))
        store.followups("318-CV/TU")
"""

from vbadmin.store.records import DirectiveCoverage, DocSummary, Followups, Link, Passage, SearchHit
from vbadmin.store.store import Store, content_hash, identity_key

__all__ = [
    "DirectiveCoverage",
    "DocSummary",
    "Followups",
    "Link",
    "Passage",
    "SearchHit",
    "Store",
    "content_hash",
    "identity_key",
]
