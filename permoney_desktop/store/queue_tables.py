"""SQL of the worker's side tables in its queue file (never the book): metric refresh dates,
heartbeats and figures, and the probe for a waiting sync wake-up.

The queue file is Huey's SQLite database; these functions take its storage object (anything
with Huey's ``SqliteStorage.sql(query, params, commit=…, results=…)``) so the SQL lives here
while the worker keeps Huey. Nothing here records dirty balances: the book's syncs table does
(``store.sync_queries``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol


class QueueSql(Protocol):
    """The part of Huey's SQLite storage these functions use."""

    def sql(
        self, query: str, params: Any = None, commit: bool = False, results: bool = False
    ) -> Any: ...


# Older versions kept a copy of the accounts' dirty dates in ``permoney_dirty``; the book's
# syncs table always had every row of it, so it is dropped.
SIDE_TABLES = (
    "drop table if exists permoney_dirty",
    "create table if not exists permoney_metric_dates (day text primary key)",
    "create table if not exists permoney_state ("
    "key text primary key, value text not null, updated real not null)",
)


def is_unreadable(exc: BaseException) -> bool:
    """True when ``exc`` says the queue file is not a readable SQLite database."""
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)


def file_problem(queue_path: Path) -> str | None:
    """Why the queue file cannot be trusted (SQLite's own quick check), or None when it can."""
    if not queue_path.exists():
        return None
    try:
        conn = sqlite3.connect(f"{queue_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            lines = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if lines == ["ok"] else "; ".join(lines[:3])


def tune(conn: Any) -> None:
    """A new queue-file connection: no fsync per commit in WAL mode (see ``worker.queue``)."""
    conn.execute("pragma synchronous=NORMAL")


def create_side_tables(storage: QueueSql) -> None:
    for ddl in SIDE_TABLES:
        storage.sql(ddl, commit=True)


def sync_waiting(storage: QueueSql, queue: str, priority: int) -> bool:
    """Is a task of at least ``priority`` waiting in ``queue``? One indexed probe."""
    rows = storage.sql(
        "select 1 from task where queue = ? and priority >= ? limit 1",
        (queue, priority),
        results=True,
    )
    return bool(rows)


def add_metric_dates(storage: QueueSql, values: Iterable[str]) -> None:
    days = list(values)
    if days:
        marks = ", ".join("(?)" for _ in days)
        storage.sql(
            f"insert or ignore into permoney_metric_dates (day) values {marks}", days, commit=True
        )


def pop_metric_dates(storage: QueueSql) -> list[str]:
    rows = storage.sql("delete from permoney_metric_dates returning day", commit=True, results=True)
    return [str(r[0]) for r in rows]


def metric_dates_waiting(storage: QueueSql) -> bool:
    return bool(storage.sql("select 1 from permoney_metric_dates limit 1", results=True))


def put_state(storage: QueueSql, key: str, value: str, updated: float) -> None:
    storage.sql(
        "insert or replace into permoney_state (key, value, updated) values (?, ?, ?)",
        (key, value, updated),
        commit=True,
    )


def get_state(storage: QueueSql, key: str) -> str | None:
    rows = storage.sql("select value from permoney_state where key = ?", (key,), results=True)
    return None if not rows else str(rows[0][0])


def delete_state(storage: QueueSql, key: str) -> None:
    storage.sql("delete from permoney_state where key = ?", (key,), commit=True)


def states_with_prefix(storage: QueueSql, prefix: str) -> list[str]:
    rows = storage.sql(
        "select value from permoney_state where key like ?", (prefix + "%",), results=True
    )
    return [str(r[0]) for r in rows]


def _use_wal(conn: sqlite3.Connection) -> None:
    """WAL, as Huey opens the file (``worker.queue``): with ``tune``, a commit of the side
    tables then needs no fsync (a CLI write's heartbeat and metric dates took six on a file
    no worker had opened yet). A file another process holds busy keeps its mode for now."""
    try:
        conn.execute("pragma journal_mode=wal")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc):
            raise


class PlainQueueFile:
    """The queue file's side tables on one stdlib connection (``QueueSql``), for a process
    that needs them but not Huey: a CLI write's heartbeat and metric dates
    (``worker.inline_sync``). Creates the file and the side tables when missing; Huey adds
    its own tables when a worker first opens it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = sqlite3.connect(str(path), isolation_level=None, timeout=5.0)
        try:
            _use_wal(self.conn)
            tune(self.conn)
            for ddl in SIDE_TABLES[1:]:  # (the drop is an old upgrade: Huey's open does it)
                self.conn.execute(ddl)
        except BaseException:
            self.conn.close()
            raise

    @property
    def side(self) -> PlainQueueFile:
        return self

    def sql(
        self, query: str, params: Any = None, commit: bool = False, results: bool = False
    ) -> Any:
        # Autocommit: each statement is its own transaction, as Huey's ``commit=True`` is.
        cursor = self.conn.execute(query, params or ())
        return cursor.fetchall() if results else None

    def close(self) -> None:
        self.conn.close()
