"""Read-only balance queries on a plain DB-API connection (stdlib ``sqlite3``, no SQLAlchemy).

``permoney balances`` must start and answer in well under a second, and importing SQLAlchemy
alone costs most of that; so this reader works on any DB-API SQLite connection: a read-only
``sqlite3`` one opened here, or a raw connection borrowed from the book's read engine.
It reads the same materialized ``balances`` table the materializer writes.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from permoney_desktop.store import disk_space, slow_queries

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class AccountRecord:
    id: int
    name: str
    kind: str
    currency: str
    opening_balance: int
    archived: bool


@dataclass(frozen=True, slots=True)
class StoredDay:
    """A materialized day's closing level (as the user sees it) and its partial flag."""

    day: date
    end: int
    partial: bool


def is_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file (encrypted books need a key and the full stack)."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def connect_readonly(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    conn.execute("PRAGMA busy_timeout=5000")
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")  # loads the schema it reads next
    except sqlite3.OperationalError as exc:
        # On a full disk the WAL index cannot be made: read the file as it is, when no
        # change waits in the WAL (the main file alone is then the whole book).
        if not (disk_space.is_disk_trouble(exc) and disk_space.wal_is_empty(path)):
            raise
        conn.close()
        conn = sqlite3.connect(disk_space.immutable_uri(path), uri=True, isolation_level=None)
    return conn


def connect_server(url: str) -> Any:
    """A shared book's plain read connection (psycopg, no SQLAlchemy), answering the same SQL
    in the same shapes (``store.dialect.PgDbapi``); each snapshot one REPEATABLE READ
    transaction."""
    import psycopg

    from permoney_desktop.store import server_auth
    from permoney_desktop.store.dialect import PgDbapi

    conn = server_auth.plain_connect(url)
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    return PgDbapi(conn)


def connect_server_light(url: str, password: Callable[[], str | None]) -> Any:
    """A shared book's read connection without psycopg (``store.pg_wire``: the protocol on
    the standard library), answering the same SQL in the same shapes as ``connect_server``;
    ``password`` is asked only when the server wants one. Raises ``pg_wire.UnsupportedError``
    (before sending anything) for a URL or environment that needs libpq."""
    from permoney_desktop.store import pg_wire, server_auth

    return pg_wire.connect(server_auth.strip(url), server_auth.address(url).user, password)


class _Fetched:
    """A statement's rows, fetched whole (as every query here fetches them)."""

    def __init__(self, rows: list[Any]) -> None:
        self.rows = rows

    def fetchall(self) -> list[Any]:
        return self.rows

    def fetchone(self) -> Any:
        return self.rows[0] if self.rows else None


class _Timed:
    """The connection with each statement timed through the one slow-query hook
    (``store.slow_queries``), like every other read path."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def execute(self, sql: str, args: Sequence[Any] = ()) -> _Fetched:
        started = time.perf_counter()
        rows = self._conn.execute(sql, args).fetchall()
        slow_queries.report_since(started, sql)
        return _Fetched(rows)


class BalanceReader:
    """Queries over one connection; use ``with reader.snapshot():`` for a consistent view."""

    def __init__(self, conn: Any) -> None:
        self.conn = _Timed(conn)

    def snapshot(self) -> _Snapshot:
        return _Snapshot(self.conn)

    def schema_revision(self) -> str | None:
        try:
            row = self.conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            return None
        return None if row is None else str(row[0])

    def setting(self, key: str) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def accounts(self) -> list[AccountRecord]:
        rows = self.conn.execute(
            "SELECT id, name, kind, currency, opening_balance, archived FROM accounts "
            "ORDER BY sort_order, name"
        ).fetchall()
        return [AccountRecord(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]

    def latest_on_or_before(self, day: date) -> dict[int, StoredDay]:
        """Each account's latest materialized day on or before ``day``."""
        # A scalar subquery per account is one index seek each; SQLite flattens a join on a
        # correlated MAX into a scan of every balance row instead.
        rows = self.conn.execute(
            "SELECT id, (SELECT date || ' ' || \"end\" || ' ' || partial FROM balances "
            "WHERE account_id = accounts.id AND date <= ? ORDER BY date DESC LIMIT 1) "
            "FROM accounts",
            (day.isoformat(),),
        ).fetchall()
        result = {}
        for account_id, packed in rows:
            if packed is not None:
                d, end, partial = packed.split(" ")
                result[account_id] = StoredDay(date.fromisoformat(d), int(end), partial == "1")
        return result

    def spans(self) -> dict[int, tuple[date, date]]:
        """First and last materialized day of every account that has rows."""
        rows = self.conn.execute(
            "SELECT id, (SELECT MIN(date) FROM balances WHERE account_id = accounts.id), "
            "(SELECT MAX(date) FROM balances WHERE account_id = accounts.id) FROM accounts"
        ).fetchall()
        return {
            a: (date.fromisoformat(f), date.fromisoformat(t)) for a, f, t in rows if f is not None
        }

    def days_at(
        self, account_ids: Sequence[int], days: Iterable[date]
    ) -> dict[int, dict[date, StoredDay]]:
        """Rows of the given accounts on exactly the given days (for month ends)."""
        wanted = [d.isoformat() for d in days]
        result: dict[int, dict[date, StoredDay]] = {a: {} for a in account_ids}
        if not wanted or not account_ids:
            return result
        rows = self.conn.execute(
            'SELECT account_id, date, "end", partial FROM balances '
            f"WHERE account_id IN ({_marks(account_ids)}) AND date IN ({_marks(wanted)})",
            (*account_ids, *wanted),
        ).fetchall()
        for a, d, e, p in rows:
            day = date.fromisoformat(d)
            result[a][day] = StoredDay(day, e, bool(p))
        return result

    def days_between(
        self, account_ids: Sequence[int], start: date, end: date
    ) -> dict[int, dict[date, StoredDay]]:
        result: dict[int, dict[date, StoredDay]] = {a: {} for a in account_ids}
        if not account_ids:
            return result
        rows = self.conn.execute(
            'SELECT account_id, date, "end", partial FROM balances '
            f"WHERE account_id IN ({_marks(account_ids)}) AND date BETWEEN ? AND ?",
            (*account_ids, start.isoformat(), end.isoformat()),
        ).fetchall()
        for a, d, e, p in rows:
            day = date.fromisoformat(d)
            result[a][day] = StoredDay(day, e, bool(p))
        return result

    def rates(self) -> list[tuple[date, str, str, Decimal]]:
        rows = self.conn.execute(
            "SELECT date, from_currency, to_currency, rate FROM exchange_rates"
        ).fetchall()
        return [(date.fromisoformat(d), f, t, Decimal(r)) for d, f, t, r in rows]

    def pending(self) -> dict[int, date | None]:
        """Accounts with a pending or running sync, and the earliest dirty date of each."""
        rows = self.conn.execute(
            "SELECT account_id, MIN(COALESCE(window_start, '0001-01-01')) FROM syncs "
            "WHERE status IN ('pending', 'syncing') AND account_id IS NOT NULL "
            "GROUP BY account_id"
        ).fetchall()
        return {a: (None if w == "0001-01-01" else date.fromisoformat(w)) for a, w in rows}


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


class _Snapshot:
    """A read transaction, so every query of one answer sees the same committed state."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.began = False

    def __enter__(self) -> None:
        # Inside another snapshot this one is part of it: only the outermost begins and ends.
        self.began = not self.conn.in_transaction
        if self.began:
            self.conn.execute("BEGIN")

    def __exit__(self, *exc: object) -> None:
        if self.began and self.conn.in_transaction:
            self.conn.execute("COMMIT")
