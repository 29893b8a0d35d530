"""Alembic environment: the package's metadata, and the connection `Store` hands in.

Run by `vbadmin.store.engine.upgrade`; for a new revision during development:
`alembic -x url=sqlite:///dev.db -c /dev/null revision --autogenerate` is not needed —
build a Config the same way as `engine.alembic_config(url)` and call `command.revision`.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from vbadmin.store.schema import metadata

VERSION_TABLE = "vbadmin_version"  # not "alembic_version": a shared database may have its own


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copy
    )


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("vbadmin migrations run online only (they differ per backend)")
run_migrations_online()
