"""Opening a database: URL or path, SQLite settings, schema migration, clear errors, retries."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError

from vbadmin.errors import StoreError
from vbadmin.store.schema import metadata

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "vbadmin_version"  # same as migrations/env.py
BUSY_TIMEOUT_S = 30.0
SQLITE_MAGIC = b"SQLite format 3\x00"
WRITE = {"vbadmin_write": True}  # execution option: take SQLite's write lock at BEGIN

T = TypeVar("T")


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL from a URL or a bare file path (a path means SQLite)."""
    value = str(target)
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database before SQLite tries to use it."""
    if not path.parent.is_dir():
        raise StoreError(f"{path}: the folder {path.parent} does not exist")
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise StoreError(f"{path}: not a SQLite database (corrupt, or another kind of file)")


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN itself (pysqlite's implicit BEGIN is deferred).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    cursor.execute("PRAGMA foreign_keys = ON")
    mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
    if mode != "wal":  # persistent once set; readers no longer block the writer
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    # A writer must hold the lock from the start: a deferred transaction that reads and then
    # writes can fail with "database is locked" without waiting for the busy timeout.
    immediate = conn.get_execution_options().get("vbadmin_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    try:
        if make_url(url).get_backend_name() == "sqlite":
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
            event.listen(engine, "connect", _on_sqlite_connect)
            event.listen(engine, "begin", _on_sqlite_begin)
            return engine
        return create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ImportError, SQLAlchemyError) as error:
        raise StoreError(f"cannot use database {_safe(url)}: {error}") from error


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<bad URL>"


def alembic_config(connection: Connection) -> Config:
    """Programmatic Alembic configuration: no alembic.ini at run time."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _check_foreign(conn: Connection) -> None:
    """A database that holds tables but no vbadmin version is someone else's: leave it alone."""
    names = set(inspect(conn).get_table_names())
    if VERSION_TABLE in names:
        return
    ours = set(metadata.tables)
    clash = names & ours if conn.dialect.name != "sqlite" else names
    if clash:
        listed = ", ".join(sorted(clash)[:5])
        raise StoreError(f"the database holds tables ({listed}) but is not a vbadmin store")


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, one process at a time."""
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            # Serialise concurrent first opens; released at commit.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": 7_105_227})
        _check_foreign(conn)
        try:
            command.upgrade(alembic_config(conn), "head")
        except CommandError as error:
            raise StoreError(f"the database's schema is unknown to this vbadmin: {error}") from error


def is_locked(error: BaseException) -> bool:
    message = str(error).lower()
    return isinstance(error, OperationalError) and ("locked" in message or "busy" in message)


def with_retries(action: Callable[[], T], attempts: int = 8) -> T:
    """Run a write again when SQLite reports contention after its busy timeout."""
    for attempt in range(attempts):
        try:
            return action()
        except OperationalError as error:
            if not is_locked(error) or attempt == attempts - 1:
                raise
            time.sleep(min(2.0, 0.05 * 2**attempt) * (0.5 + random.random()))
    raise AssertionError("unreachable")


def open_engine(target: str | Path) -> Engine:
    """An engine on an up-to-date vbadmin schema, or StoreError saying what is wrong."""
    url = database_url(target)
    sqlite_path = _sqlite_file(url)
    if sqlite_path is not None:
        check_sqlite_file(sqlite_path)
    engine = make_engine(url)
    try:
        with_retries(lambda: upgrade(engine))
    except StoreError:
        engine.dispose()
        raise
    except (DBAPIError, SQLAlchemyError) as error:
        engine.dispose()
        raise StoreError(f"cannot open database {_safe(url)}: {_first_line(error)}") from error
    return engine


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
