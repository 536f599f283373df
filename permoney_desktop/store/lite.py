"""Stdlib ``sqlite3`` engines for a plain book, shaped like the part of SQLAlchemy the write path
uses, so a one-entry CLI write runs the same gate, journal and query modules without importing
SQLAlchemy (half a second of a command that should take a tenth).

What they answer: ``engine.connect()`` (a connection with ``begin()``), ``sessionmaker``-like
``reading()``/``writing()`` sessions (``begin()``, ``connection()``), ``raw_connection()``, and
on a connection ``exec_driver_sql(sql, params)`` returning a result with ``first``, ``one``,
``scalar``, ``fetchall``/``all``, iteration, ``rowcount`` and ``cursor``. Rows are tuples whose
columns are also attributes, as SQLAlchemy's are. The connections are set up exactly as
``store.engine`` sets up its pool's (WAL, synchronous NORMAL, foreign keys, busy timeout, our
own BEGIN), and statements are timed by ``store.slow_queries`` as the engines' are. Anything
else (ORM sessions, Core statements) is not here: a path that needs it uses the real engines,
``Book.use_stdlib`` is only switched on for commands tested on this path.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from permoney_desktop.store import slow_queries

BUSY_TIMEOUT_MS = 5000  # as store.engine


class LiteRow(tuple[Any, ...]):
    """A result row: a tuple whose columns are also attributes (``row.id``)."""

    __slots__ = ()
    _index: dict[str, int] = {}  # noqa: RUF012 - set per result shape by ``_row_class``

    def __getattr__(self, name: str) -> Any:
        try:
            return self[self._index[name]]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def _mapping(self) -> dict[str, Any]:
        return {name: self[i] for name, i in self._index.items()}


_ROW_CLASSES: dict[tuple[str, ...], type[LiteRow]] = {}


def _row_class(cursor: sqlite3.Cursor) -> type[LiteRow]:
    names = tuple(d[0] for d in cursor.description or ())
    cls = _ROW_CLASSES.get(names)
    if cls is None:
        index = {name: i for i, name in enumerate(names)}
        cls = _ROW_CLASSES[names] = type("LiteRow", (LiteRow,), {"__slots__": (), "_index": index})
    return cls


class LiteResult:
    """A statement's result, read the ways the store's query modules read SQLAlchemy's."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self.cursor = cursor
        self._cls = _row_class(cursor) if cursor.description else None

    @property
    def rowcount(self) -> int:
        return self.cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self.cursor.lastrowid

    def _wrap(self, row: Any) -> LiteRow | None:
        if row is None or self._cls is None:
            return None
        return self._cls(row)

    def fetchone(self) -> LiteRow | None:
        return self._wrap(self.cursor.fetchone())

    def first(self) -> LiteRow | None:
        row = self.fetchone()
        self.cursor.close()
        return row

    def fetchall(self) -> list[LiteRow]:
        cls = self._cls
        if cls is None:
            return []
        return [cls(r) for r in self.cursor.fetchall()]

    all = fetchall

    def one(self) -> LiteRow:
        rows = self.fetchall()
        if len(rows) != 1:
            raise LookupError(f"expected one row, got {len(rows)}")
        return rows[0]

    def one_or_none(self) -> LiteRow | None:
        rows = self.fetchall()
        if len(rows) > 1:
            raise LookupError(f"expected at most one row, got {len(rows)}")
        return rows[0] if rows else None

    def scalar(self) -> Any:
        row = self.cursor.fetchone()
        self.cursor.close()
        return None if row is None else row[0]

    def scalar_one(self) -> Any:
        return self.one()[0]

    def scalars(self) -> list[Any]:
        return [r[0] for r in self.cursor.fetchall()]

    def __iter__(self) -> Iterator[LiteRow]:
        return iter(self.fetchall())


def _is_many(params: Any) -> bool:
    return isinstance(params, list) and bool(params) and isinstance(params[0], tuple | list | dict)


class LiteConnection:
    """One pooled stdlib connection: ``exec_driver_sql`` and explicit transactions."""

    def __init__(self, engine: LiteEngine, raw: sqlite3.Connection) -> None:
        self.engine = engine
        self.raw = raw

    @property
    def connection(self) -> sqlite3.Connection:
        return self.raw

    def exec_driver_sql(self, sql: str, params: Any = ()) -> LiteResult:
        started = time.perf_counter()
        if _is_many(params):
            cursor = self.raw.executemany(sql, params)
        else:
            cursor = self.raw.execute(sql, params if params is not None else ())
        slow_queries.report_since(started, sql)
        return LiteResult(cursor)

    def in_transaction(self) -> bool:
        return self.raw.in_transaction

    def _begin_now(self) -> None:
        if not self.raw.in_transaction:
            self.raw.execute(f"BEGIN {self.engine.begin_mode}")

    @contextmanager
    def begin(self) -> Iterator[LiteConnection]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        self._begin_now()
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def commit(self) -> None:
        if self.raw.in_transaction:
            self.raw.execute("COMMIT")

    def rollback(self) -> None:
        if self.raw.in_transaction:
            self.raw.execute("ROLLBACK")

    def close(self) -> None:
        self.rollback()
        self.engine.give(self.raw)

    def __enter__(self) -> LiteConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LiteSession:
    """A session made by ``reading()``/``writing()``: one connection, begun on first use."""

    def __init__(self, engine: LiteEngine) -> None:
        self._engine = engine
        self._conn: LiteConnection | None = None

    def connection(self) -> LiteConnection:
        if self._conn is None:
            self._conn = self._engine.connect()
        self._conn._begin_now()  # as SQLAlchemy's autobegin (our BEGIN hook)
        return self._conn

    @contextmanager
    def begin(self) -> Iterator[LiteSession]:
        conn = self.connection()
        with conn.begin():
            yield self

    def commit(self) -> None:
        if self._conn is not None:
            self._conn.commit()

    def rollback(self) -> None:
        if self._conn is not None:
            self._conn.rollback()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> LiteSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Fairy:
    """What ``raw_connection()`` hands out: the DB-API connection, given back on close."""

    def __init__(self, engine: LiteEngine, raw: sqlite3.Connection) -> None:
        self.engine = engine
        self.dbapi_connection = raw

    def close(self) -> None:
        if self.dbapi_connection.in_transaction:
            self.dbapi_connection.execute("ROLLBACK")
        self.engine.give(self.dbapi_connection)


class LiteEngine:
    """Stdlib connections to one book file, pooled; transactions begin ``begin_mode``."""

    def __init__(self, path: Path, *, write: bool) -> None:
        self.path = path
        self.begin_mode = "IMMEDIATE" if write else "DEFERRED"
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def _new(self) -> sqlite3.Connection:
        raw = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=NORMAL")
        raw.execute("PRAGMA foreign_keys=ON")
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return raw

    def _take(self) -> sqlite3.Connection:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return self._new()

    def give(self, raw: sqlite3.Connection) -> None:
        with self._lock:
            self._idle.append(raw)

    def connect(self) -> LiteConnection:
        return LiteConnection(self, self._take())

    def raw_connection(self) -> _Fairy:
        return _Fairy(self, self._take())

    def dispose(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for raw in idle:
            raw.close()


class LiteEngines:
    """A book's read and write engines with their session factories (``store.book._Engines``'
    shape)."""

    def __init__(self, path: Path) -> None:
        self.read = LiteEngine(path, write=False)
        self.write = LiteEngine(path, write=True)

    def reading(self) -> LiteSession:
        return LiteSession(self.read)

    def writing(self) -> LiteSession:
        return LiteSession(self.write)
