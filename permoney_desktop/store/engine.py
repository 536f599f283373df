"""Engines for a book: a read engine and a write engine, on SQLite or PostgreSQL.

SQLite: per-connection pragmas; reads use deferred transactions (a WAL snapshot, never
blocked by a writer). Writes begin ``IMMEDIATE`` so a read-then-write transaction takes the
write lock up front instead of dying on a stale snapshot (SQLITE_BUSY_SNAPSHOT, which
busy_timeout cannot help).

PostgreSQL (``make_server_engine``): the same two guarantees. Reads run REPEATABLE READ (one
snapshot per transaction, never blocked by a writer). Every write transaction first takes
the book's transaction-scoped advisory lock, so writers take turns exactly as SQLite's
IMMEDIATE makes them: each write's reads see every earlier commit, and the store's
read-then-write SQL needs no second version. Driver-level SQL goes through ``store.dialect``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from permoney_desktop.store import slow_queries

BUSY_TIMEOUT_MS = 5000


def _configure(engine: Engine, begin: str, foreign_keys: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy (our begin hook), not pysqlite's legacy mode, decide when BEGIN runs.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(f"BEGIN {begin}")


def _cipher_args(path: Path, key: bytes | None) -> dict[str, Any]:
    """For an encrypted book: sqlcipher3 as the DB-API, keyed before anything else runs."""
    if key is None:
        return {}
    from permoney_desktop.store import cipher

    # A creator (not a connect listener) so that SQLAlchemy's own first-connect queries
    # already run on a keyed connection.
    return {
        "module": cipher.dbapi(),
        "creator": lambda: cipher.connect(path, key, check_same_thread=False),
    }


def make_engine(
    path: Path,
    *,
    write: bool,
    foreign_keys: bool = True,
    key: bytes | None = None,
    immutable: bool = False,
) -> Engine:
    """An engine on the book at ``path``; ``write`` engines begin IMMEDIATE transactions.

    With ``key`` the book is a SQLCipher file opened through sqlcipher3. ``immutable``: read
    the file as it is, writing nothing beside it (a book on a full disk, read-only).
    """
    url = f"sqlite:///{path}"
    if immutable:
        url = f"sqlite:///{Path(path).resolve().as_uri()}?mode=ro&immutable=1&uri=true"
    engine = create_engine(
        url,
        # Connections are cheap on SQLite; a small pool keeps the GUI and worker threads apart.
        pool_size=4,
        max_overflow=8,
        pool_pre_ping=False,
        **_cipher_args(path, key),
    )
    _configure(engine, "IMMEDIATE" if write else "DEFERRED", foreign_keys)
    slow_queries.install(engine)
    return engine


# pg_advisory_xact_lock's key for "the book's write lock" (advisory locks are per database).
WRITE_LOCK_KEY = 0x5045524D  # "PERM"
SERVER_CONNECT_TIMEOUT_S = 10


def make_server_engine(url: str, *, write: bool, pool_size: int = 4) -> Engine:
    """An engine on a shared book's PostgreSQL database (``url`` as the user gave it)."""
    from permoney_desktop.store import dialect, server_auth

    # The password (if any) is never part of the engine's URL, which SQLAlchemy may show in
    # logs and errors: each new connection is handed it by ``server_auth.install``.
    engine = create_engine(
        dialect.sqlalchemy_url(server_auth.strip(url)),
        pool_size=pool_size,
        max_overflow=8,
        # A server restarts or drops idle connections; SQLite files never do.
        pool_pre_ping=True,
        isolation_level="READ COMMITTED" if write else "REPEATABLE READ",
        connect_args={
            "connect_timeout": SERVER_CONNECT_TIMEOUT_S,
            "application_name": "permoney",
        },
    )
    dialect.install(engine)
    server_auth.install(engine, url)
    if write:

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")

    slow_queries.install(engine)
    return engine


def make_migration_engine(path: Path, key: bytes | None = None) -> Engine:
    """A single-connection engine for Alembic: foreign keys off so batch mode can copy tables."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, **_cipher_args(path, key))
    _configure(engine, "IMMEDIATE", foreign_keys=False)
    return engine


def is_busy_error(exc: BaseException) -> bool:
    """True for SQLITE_BUSY / SQLITE_LOCKED errors, and PostgreSQL's serialization failures,
    deadlocks and lock timeouts (worth a retry with backoff)."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) in ("40001", "40P01", "55P03"):
        return True
    name = getattr(orig, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return True
    # sqlcipher3 has its own exception classes; match them by name as well.
    is_operational = isinstance(orig, sqlite3.OperationalError) or (
        type(orig).__name__ == "OperationalError"
    )
    return is_operational and "locked" in str(orig)


# The unique index that gives each (account, bank id) one entry (``schema.EntryRow``).
EXTERNAL_ID_INDEX = "ix_entries_account_external"


def is_duplicate_external_id(exc: BaseException) -> bool:
    """True for a unique violation of (account, external id): another writer (two people
    importing the same file at once) inserted the same bank row first."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) == "23505":
        diag = getattr(orig, "diag", None)
        return getattr(diag, "constraint_name", None) == EXTERNAL_ID_INDEX
    text = str(orig)
    return "UNIQUE constraint failed" in text and "entries.external_id" in text
