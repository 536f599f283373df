"""The entry rows both balance computations read (``domain.balance_events`` turns them into events).

The materializer calls these on its SQLAlchemy connection (its read snapshot); the GUI's
provisional figures on a plain stdlib ``sqlite3`` connection from the read pool. Either way the
statements go straight to the driver with ISO date strings and come back as plain tuples: at a
million entries SQLAlchemy's per-row processing would be the dominant cost, and importing it
would slow the GUI's first paint.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from permoney_desktop.domain.balance_events import DayRow, EntryRow
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.store import read_pool, slow_queries
from permoney_desktop.store.dialect import is_postgres

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy import Connection

    from permoney_desktop.store.book import Book

    Conn = sqlite3.Connection | Connection

VALUATION = EntryKind.VALUATION.value
_CHUNK = 500  # dates per IN list: well under SQLite's bound-parameter limit


@contextmanager
def snapshot(book: Book) -> Iterator[Conn]:
    """A connection holding one read snapshot for the block, so a day's sums and its special
    entries agree even while another process writes: a plain connection borrowed from the
    book's read pool inside BEGIN … COMMIT, or the engine's (keyed) one for an encrypted book."""
    pool = read_pool.reader(book)
    if not isinstance(pool, read_pool.ReadPool):
        with book.read_connection() as conn:
            yield conn
        return
    plain = pool.take()
    try:
        plain.execute("BEGIN")
        try:
            yield plain
        finally:
            plain.execute("COMMIT")  # a read transaction: nothing to write, only the snapshot
    finally:
        pool.give(plain)


def fetch(conn: Conn, sql: str, args: Sequence[Any] = ()) -> list[Any]:
    """All rows of one statement as plain tuples, on either kind of connection."""
    run = getattr(conn, "exec_driver_sql", None)
    if run is not None:  # SQLAlchemy: its events (slow queries, statement counts) see it
        return list(run(sql, tuple(args)).cursor.fetchall())
    started = time.perf_counter()
    rows = cast("sqlite3.Connection", conn).execute(sql, tuple(args)).fetchall()
    slow_queries.report_since(started, sql)
    return rows


def entry_span(conn: Conn, account_id: int) -> tuple[date, date] | None:
    """The first and last day with an entry of the account, or None without entries."""
    # Two scalar subqueries: SQLite answers a lone MIN or MAX with one index seek, but both in
    # one SELECT scan every entry of the account.
    rows = fetch(
        conn,
        "SELECT (SELECT MIN(date) FROM entries WHERE account_id = ?), "
        "(SELECT MAX(date) FROM entries WHERE account_id = ?)",
        (account_id, account_id),
    )
    if not rows or rows[0][0] is None:
        return None
    return date.fromisoformat(rows[0][0]), date.fromisoformat(rows[0][1])


def entries_beyond(conn: Conn, account_id: int, since: date, limit: int) -> bool:
    """Has the account more than ``limit`` entries on or after ``since``? A bounded probe:
    it reads at most ``limit`` + 1 entries of the covering index, however many there are."""
    rows = fetch(
        conn,
        "SELECT 1 FROM entries WHERE account_id = ? AND date >= ? ORDER BY date LIMIT 1 OFFSET ?",
        (account_id, since.isoformat(), limit),
    )
    return bool(rows)


def rows_from(
    conn: Conn, account_id: int, currency: str, since: date | None = None
) -> tuple[list[DayRow], list[EntryRow]]:
    """The account's day rows and special entries from ``since`` (all history when None)."""
    where, args = " AND date >= ?", [(since or date.min).isoformat()]
    days = _day_rows(conn, account_id, currency, where, args)
    if not any(d[3] for d in days):
        return days, []
    return days, _entry_rows(conn, account_id, currency, where, args)


def rows_on(
    conn: Conn, account_id: int, currency: str, days: Iterable[date]
) -> tuple[list[DayRow], list[EntryRow]]:
    """The account's day rows and special entries on exactly the given days."""
    wanted = sorted({d.isoformat() for d in days})
    out: list[DayRow] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        out += _day_rows(conn, account_id, currency, _in(chunk), chunk)
    special = [d[0] for d in out if d[3]]
    entries: list[EntryRow] = []
    for start in range(0, len(special), _CHUNK):
        chunk = special[start : start + _CHUNK]
        entries += _entry_rows(conn, account_id, currency, _in(chunk), chunk)
    return out, entries


def _in(days: Sequence[str]) -> str:
    return f" AND date IN ({','.join('?' for _ in days)})"


def _day_rows(
    conn: Conn, account_id: int, currency: str, where: str, args: Sequence[Any]
) -> list[DayRow]:
    # One pass over the account's entries, summed per day in SQL with no text comparison per
    # entry (they cost more than the sums): every entry's amount and absolute amount, and how
    # many are special (a valuation, or a foreign-currency flow). The covering index
    # ix_entries_account_date answers it without touching the table.
    special = _SPECIAL_PG if is_postgres(conn) else _SPECIAL
    return fetch(
        conn,
        f"SELECT date, SUM(amount), SUM(abs(amount)), {special} "
        f"FROM entries WHERE account_id = ?{where} GROUP BY date",
        (VALUATION, currency, account_id, *args),
    )


# How many of a day's entries are special; PostgreSQL sums no booleans.
_SPECIAL = "SUM(kind = ? OR currency != ?)"
_SPECIAL_PG = "SUM(CASE WHEN kind = ? OR currency != ? THEN 1 ELSE 0 END)"


def _entry_rows(
    conn: Conn, account_id: int, currency: str, where: str, args: Sequence[Any]
) -> list[EntryRow]:
    # Special entries are rare; on a day that has them they come back one by one.
    return fetch(
        conn,
        "SELECT date, kind, amount, id, currency FROM entries "
        f"WHERE account_id = ?{where} AND (kind = ? OR currency != ?) ORDER BY date, id",
        (account_id, *args, VALUATION, currency),
    )


def valuation_days(conn: Conn) -> dict[int, set[date]]:
    """The days on which each account has a valuation (a balance anchor)."""
    out: dict[int, set[date]] = {}
    for acc, d in fetch(
        conn, "SELECT DISTINCT account_id, date FROM entries WHERE kind = ?", (VALUATION,)
    ):
        out.setdefault(acc, set()).add(date.fromisoformat(d))
    return out
