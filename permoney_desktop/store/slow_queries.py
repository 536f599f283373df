"""Slow-query timing for every read and write path: a warning past 100 ms, an error past 1 s,
with the statement's text but never its parameter values (they are someone's finances).

The book's SQLAlchemy engines are timed through their cursor events (``install``); the plain
stdlib-``sqlite3`` paths (the register's read pool, the book's fast reads) time themselves and
report through ``report``: one log, one set of counts, one line format for the health page.
This module imports no SQLAlchemy at load time (the plain paths run before it is imported).
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger("permoney.sql")
lock_log = logging.getLogger("permoney.sql.lock")

WARN_MS = 100.0
ERROR_MS = 1000.0
MAX_SQL_CHARS = 500
_KEY = "permoney_query_started"


class SlowQueryCounts:
    """How many statements crossed each limit in this process (for health and tests).

    A plain class, not a dataclass: this module loads on the CLI's fast paths, where building
    a dataclass costs more than everything else here."""

    __slots__ = ("errors", "slowest_ms", "warnings")

    def __init__(self) -> None:
        self.warnings = 0
        self.errors = 0
        self.slowest_ms = 0.0


COUNTS = SlowQueryCounts()
_COUNTS_LOCK = threading.Lock()
_TIMED: weakref.WeakSet[Engine] = weakref.WeakSet()


def _shorten(statement: str) -> str:
    text = " ".join(statement.split())
    return text if len(text) <= MAX_SQL_CHARS else text[: MAX_SQL_CHARS - 1] + "…"


def report(
    elapsed_ms: float,
    statement: str,
    *,
    executemany: bool = False,
    warn_ms: float | None = None,
    error_ms: float | None = None,
) -> None:
    """Count and log ``statement`` if it took ``warn_ms`` (default ``WARN_MS``) or longer; a
    no-op otherwise. Past ``error_ms`` (default ``ERROR_MS``) it is an error."""
    warn_ms = WARN_MS if warn_ms is None else warn_ms
    error_ms = ERROR_MS if error_ms is None else error_ms
    if elapsed_ms < warn_ms:
        return
    with _COUNTS_LOCK:
        COUNTS.slowest_ms = max(COUNTS.slowest_ms, elapsed_ms)
        if elapsed_ms >= error_ms:
            COUNTS.errors += 1
        else:
            COUNTS.warnings += 1
    level = logging.ERROR if elapsed_ms >= error_ms else logging.WARNING
    kind = " (executemany)" if executemany else ""
    log.log(level, "slow query %.0f ms%s: %s", elapsed_ms, kind, _shorten(statement))


def lock_wait(elapsed_ms: float, statement: str) -> None:
    """A ``BEGIN`` that waited for another writer's lock: contention, not a slow query, so it
    is neither counted nor warned about; its own debug log (``-v``) keeps the wait visible."""
    if elapsed_ms >= WARN_MS:
        lock_log.debug("waited %.0f ms for the book's write lock (%s)", elapsed_ms, statement)


def report_since(started: float, statement: str) -> None:
    """``report`` for a statement begun at ``time.perf_counter()`` value ``started``."""
    elapsed_ms = (time.perf_counter() - started) * 1000
    if elapsed_ms >= WARN_MS:
        report(elapsed_ms, statement)


def install(engine: Engine, *, warn_ms: float = WARN_MS, error_ms: float = ERROR_MS) -> None:
    """Time every statement ``engine`` runs (idempotent per engine)."""
    from sqlalchemy import event

    with _COUNTS_LOCK:
        if engine in _TIMED:
            return
        _TIMED.add(engine)

    @event.listens_for(engine, "before_cursor_execute")
    def _before(
        conn: Any, cursor: Any, statement: str, params: Any, context: Any, executemany: bool
    ) -> None:
        conn.info.setdefault(_KEY, []).append(time.perf_counter())

    @event.listens_for(engine, "after_cursor_execute")
    def _after(
        conn: Any, cursor: Any, statement: str, params: Any, context: Any, executemany: bool
    ) -> None:
        stack = conn.info.get(_KEY)
        if not stack:
            return
        elapsed_ms = (time.perf_counter() - stack.pop()) * 1000
        if statement.startswith("BEGIN"):
            lock_wait(elapsed_ms, statement)
        else:
            report(
                elapsed_ms, statement, executemany=executemany, warn_ms=warn_ms, error_ms=error_ms
            )
