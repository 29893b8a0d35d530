"""Alembic environment: the package's metadata, and the connection `Store` hands in.

At run time `vbadmin.store.engine.upgrade` passes an open connection (no alembic.ini). For a new
revision during development, build a `Config` with `script_location` set to this folder and
`sqlalchemy.url` to a scratch database, then call `alembic.command.revision(config, autogenerate=True)`.
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
