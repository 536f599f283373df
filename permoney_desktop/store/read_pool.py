"""The one pool of plain stdlib-``sqlite3`` read connections per book, for the hot read paths.

SQLAlchemy's session and result layers cost ~1.5 ms per query, which an edit (eight small
register reads) cannot afford; so a plain book's hot reads run on plain connections, lent to
one statement at a time (autocommit: each statement reads the latest committed snapshot).
An encrypted book keeps its engine's (keyed) connections. Either way a caller gets a ``Rows``:
``rows(sql, args)`` returns the cursor's rows as they come (tuples), and every statement is
timed through ``slow_queries``.

Connections are pooled, not kept per thread: Qt's pool threads are not Python threads, so
each task ran under a fresh thread state (a new ``threading.local``) and opened a connection
that nothing closed; a long session leaked hundreds of descriptors. Open connections are
bounded by the reads running at once; at most ``IDLE_MAX`` wait idle.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from permoney_desktop.store import slow_queries

if TYPE_CHECKING:
    from permoney_desktop.store.book import Book

BUSY_TIMEOUT_MS = 5000
IDLE_MAX = 4  # the GUI thread plus a few background reads


class Rows(Protocol):
    """Something that runs one SQL statement and returns all its rows."""

    def rows(self, sql: str, args: Sequence[Any] = ()) -> list[Any]: ...


class ReadPool:
    """Plain read connections to one book file (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.idle: list[sqlite3.Connection] = []
        self.lock = threading.Lock()
        self.closed = False

    def take(self) -> sqlite3.Connection:
        with self.lock:
            if self.idle:
                return self.idle.pop()  # the most recently used: its page cache is warm
        conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only=ON")
        return conn

    def give(self, conn: sqlite3.Connection) -> None:
        with self.lock:
            if not self.closed and len(self.idle) < IDLE_MAX:
                self.idle.append(conn)
                return
        conn.close()

    def close(self) -> None:
        with self.lock:
            conns, self.idle, self.closed = self.idle, [], True
        for conn in conns:
            conn.close()

    def rows(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        started = time.perf_counter()
        conn = self.take()
        try:
            rows = conn.execute(sql, tuple(args)).fetchall()
        finally:
            self.give(conn)
        slow_queries.report_since(started, sql)
        return rows


class EngineRows:
    """``Rows`` on an encrypted or a shared book: one read session per statement on its
    engine (timed by the engine's own slow-query hook)."""

    def __init__(self, book: Book) -> None:
        self.book = book

    def rows(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        with self.book.reading() as session:
            return list(session.connection().exec_driver_sql(sql, tuple(args)).fetchall())


_POOLS: weakref.WeakKeyDictionary[Book, ReadPool] = weakref.WeakKeyDictionary()
_POOLS_LOCK = threading.Lock()


def reader(book: Book) -> Rows:
    """The book's reads: its plain pool, or its engine for an encrypted book."""
    if book.key is not None or book.read_only or book.url is not None:
        # A read-only book on a full disk reads through its engine, and so does a shared
        # book (its engine speaks the store's SQL through ``store.dialect``).
        return EngineRows(book)
    pool = _POOLS.get(book)
    if pool is None:
        with _POOLS_LOCK:
            pool = _POOLS.get(book)
            if pool is None:
                pool = _POOLS[book] = ReadPool(Path(book.path))
    return pool


def close(book: Book) -> None:
    """Close the book's plain read connections (a later read opens a new pool)."""
    with _POOLS_LOCK:
        pool = _POOLS.pop(book, None)
    if pool is not None:
        pool.close()
