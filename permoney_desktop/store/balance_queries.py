"""SQL of the materializer: its account and stored edges in one snapshot, its rows and its syncs
bookkeeping (its entry inputs come from ``store.balance_inputs``, shared with the GUI).

Every function issues a bounded number of statements whatever the size of the account (the
row writer one per run of shifted days, at most ``services.materialize.MAX_SHIFT_RUNS``), so a
materialization costs a constant number of round trips (tested). Statements go straight to the
driver with ISO date strings: the row volume (a million entries) makes SQLAlchemy's per-row
type processing the dominant cost otherwise, and dates are stored as ISO text anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from permoney_desktop.store.dialect import is_postgres

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from permoney_desktop.store.book import Book

T = TypeVar("T")

# The connection every function here takes: services name it through this module, so they
# import no database library themselves (the type checker's; ``Any`` when running).
if TYPE_CHECKING:
    Conn = Connection
else:
    Conn = Any


def in_read_snapshot(book: Book, fn: Callable[[Connection], T]) -> T:
    """``fn`` on a read connection inside one transaction (a consistent WAL snapshot)."""
    with book.read_engine.connect() as conn, conn.begin():
        return fn(conn)


def in_write_transaction(book: Book, fn: Callable[[Connection], T]) -> T:
    """``fn`` on the write connection inside one (IMMEDIATE) transaction, committed after."""
    with book.write_engine.connect() as conn, conn.begin():
        return fn(conn)


@dataclass(frozen=True, slots=True)
class AccountState:
    id: int
    kind: str
    currency: str
    opening_balance: int
    opening_date: date | None
    data_version: int


@dataclass(frozen=True, slots=True)
class StoredEdge:
    """A stored balance row the materializer needs: the first one, or the seed."""

    day: date
    start: int
    end: int
    currency: str
    partial: bool


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def load_account(conn: Connection, account_id: int) -> AccountState | None:
    row = conn.exec_driver_sql(
        "SELECT id, kind, currency, opening_balance, opening_date, data_version "
        "FROM accounts WHERE id = ?",
        (account_id,),
    ).first()
    if row is None:
        return None
    return AccountState(row[0], row[1], row[2], row[3], _day(row[4]), row[5] or 0)


def data_version(conn: Connection, account_id: int) -> int | None:
    row = conn.exec_driver_sql(
        "SELECT data_version FROM accounts WHERE id = ?", (account_id,)
    ).first()
    return None if row is None else int(row[0] or 0)


def load_edges(
    conn: Connection, account_id: int, window_start: date | None
) -> tuple[StoredEdge | None, StoredEdge | None]:
    """The account's first stored row (is the opening unchanged?) and the seed: the latest
    stored row on or before the day before ``window_start`` (None when it is None).

    Rows before the window are still valid, and a window past the stored last day means
    nothing happened in between (the window is the earliest dirty date), so the last stored
    row seeds an append without a full rebuild.
    """
    seed_day = None
    if window_start is not None:
        seed_day = date.fromordinal(window_start.toordinal() - 1).isoformat()
    edges = conn.exec_driver_sql(
        'SELECT date, start, "end", currency, partial FROM balances WHERE account_id = ? AND '
        "(date = (SELECT MIN(date) FROM balances WHERE account_id = ?) OR "
        "date = (SELECT MAX(date) FROM balances WHERE account_id = ? AND date <= ?))",
        (account_id, account_id, account_id, seed_day),
    ).all()
    first_row = seed = None
    for d, start, end, cur, partial in edges:
        edge = StoredEdge(date.fromisoformat(d), start, end, cur, bool(partial))
        if first_row is None or edge.day < first_row.day:
            first_row = edge
        if seed_day is not None and d <= seed_day and (seed is None or edge.day > seed.day):
            seed = edge
    return first_row, seed


def account_ids(conn: Connection) -> list[int]:
    return [r[0] for r in conn.exec_driver_sql("SELECT id FROM accounts ORDER BY id")]


def load_rates(conn: Connection, currencies: Iterable[str]) -> list[tuple[date, str, str, Decimal]]:
    """Every stored rate between any two of ``currencies`` (both directions)."""
    codes = sorted(set(currencies))
    marks = ", ".join("?" for _ in codes)
    rows = conn.exec_driver_sql(
        f"SELECT date, from_currency, to_currency, rate FROM exchange_rates "
        f"WHERE from_currency IN ({marks}) AND to_currency IN ({marks})",
        (*codes, *codes),
    ).all()
    return [(date.fromisoformat(d), f, t, Decimal(r)) for d, f, t, r in rows]


BalanceRow = tuple[str, str, int, int, int, int, int, int]
"""A row to store: ``(date, currency, start, inflows, outflows, adjustment, end, partial)``."""

StoredRow = tuple[str, str, int, int, int, int, int, int]
"""A stored row as read back, in the same column order as ``BalanceRow``."""


def stored_rows(conn: Connection, account_id: int, since: date | None) -> list[StoredRow]:
    """The account's stored rows from ``since`` (all when None), in date order."""
    return list(
        conn.exec_driver_sql(
            'SELECT date, currency, start, inflows, outflows, adjustment, "end", partial '
            "FROM balances WHERE account_id = ? AND date >= ? ORDER BY date",
            (account_id, _iso(since) or "0001-01-01"),
        ).cursor.fetchall()
    )


_LEVELS_TEXT = (
    "SELECT group_concat(date || ',' || \"end\" || ',' || partial, ';') FROM "
    '(SELECT date, "end", partial FROM balances WHERE account_id = ? AND date >= ? '
    "ORDER BY date)"
)
# PostgreSQL keeps no order through a subquery into an aggregate unless told.
_LEVELS_TEXT_PG = (
    "SELECT string_agg(date || ',' || \"end\" || ',' || partial, ';' ORDER BY date) "
    "FROM balances WHERE account_id = ? AND date >= ?"
)


def levels_text(conn: Connection, account_id: int, since: date | None) -> str:
    """The account's stored ``date,end,partial`` from ``since`` (all when None) in date order,
    joined with ``;`` into one text: one row to fetch, however many days (see
    ``services.materialize.confirmed_levels``)."""
    sql = _LEVELS_TEXT_PG if is_postgres(conn) else _LEVELS_TEXT
    row = conn.exec_driver_sql(sql, (account_id, _iso(since) or "0001-01-01")).first()
    return "" if row is None or row[0] is None else str(row[0])


def write_rows(
    conn: Connection,
    account_id: int,
    *,
    keep_from: date | None,
    keep_until: date | None,
    upserts: Sequence[BalanceRow],
    shifts: Sequence[tuple[str, str, int]],
    stale: Sequence[str] = (),
) -> None:
    """Bring the account's rows to a computed state, given as the difference from the stored
    rows: rows outside ``keep_from``..``keep_until`` (the account's new span; no rows when
    either is None) are deleted, so no stale head or tail survives an edit that shrinks the
    span; each of ``upserts`` is written whole; each ``(first, last, delta)`` of ``shifts``
    adds ``delta`` to the start and end of every stored row from ``first`` to ``last`` (a
    run of days whose levels moved by the same amount and nothing else: one statement)."""
    conn.exec_driver_sql(
        "DELETE FROM balances WHERE account_id = ? AND (date < ? OR date > ?)",
        (account_id, _iso(keep_from) or "9999-12-31", _iso(keep_until) or "0001-01-01"),
    )
    for first, last, delta in shifts:
        conn.exec_driver_sql(
            'UPDATE balances SET start = start + ?, "end" = "end" + ? '
            "WHERE account_id = ? AND date BETWEEN ? AND ?",
            (delta, delta, account_id, first, last),
        )
    if upserts and is_postgres(conn) and len(upserts) >= _ARRAY_ROWS:
        # One statement over arrays (a column each): an executemany made the server plan and
        # run one INSERT per day, 3,650 of them for ten years.
        columns = [list(c) for c in zip(*upserts, strict=True)]
        conn.exec_driver_sql(_UPSERT_ARRAYS.format(account=int(account_id)), tuple(columns))
    elif upserts:
        conn.exec_driver_sql(
            "INSERT INTO balances (account_id, date, currency, start, inflows, outflows, "
            f'adjustment, "end", partial) VALUES ({int(account_id)}, ?, ?, ?, ?, ?, ?, ?, ?) '
            f"{_ON_CONFLICT}",
            list(upserts),
        )


_ON_CONFLICT = (
    "ON CONFLICT (account_id, date) DO UPDATE SET currency = excluded.currency, "
    "start = excluded.start, inflows = excluded.inflows, outflows = excluded.outflows, "
    'adjustment = excluded.adjustment, "end" = excluded."end", partial = excluded.partial'
)
_ARRAY_ROWS = 50
_UPSERT_ARRAYS = (
    "INSERT INTO balances (account_id, date, currency, start, inflows, outflows, adjustment,"
    ' "end", partial) SELECT {account}, CAST(d AS date), c, s, i, o, a, e, p FROM unnest('
    "CAST(? AS text[]), CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS bigint[]),"
    " CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS smallint[]))"
    f" AS t(d, c, s, i, o, a, e, p) {_ON_CONFLICT}"
)


# -- syncs bookkeeping -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Claim:
    sync_ids: tuple[int, ...]
    window_start: date | None  # None: no pending window (rebuild everything asked for)


def claim_pending(conn: Connection, account_id: int, now: datetime) -> Claim | None:
    """Mark the account's pending sync rows 'syncing'; None when nothing was pending."""
    rows = conn.exec_driver_sql(
        "UPDATE syncs SET status = 'syncing', started_at = ?, attempts = attempts + 1 "
        "WHERE account_id = ? AND status = 'pending' RETURNING id, window_start",
        (now.isoformat(sep=" "), account_id),
    ).all()
    if not rows:
        return None
    windows = [date.fromisoformat(w) for _i, w in rows if w is not None]
    full = any(w is None for _i, w in rows)
    return Claim(tuple(r[0] for r in rows), None if full or not windows else min(windows))


def insert_syncing(
    conn: Connection, account_id: int, window_start: date | None, version: int, now: datetime
) -> int:
    """A run nobody asked for through the pending queue (an explicit materialize)."""
    stamp = now.isoformat(sep=" ")
    row = conn.exec_driver_sql(
        "INSERT INTO syncs (account_id, kind, status, window_start, data_version, created_at, "
        "started_at, attempts) VALUES (?, 'account', 'syncing', ?, ?, ?, ?, 1) RETURNING id",
        (account_id, _iso(window_start), version, stamp, stamp),
    ).one()
    return int(row[0])


def absorb_pending(conn: Connection, account_id: int) -> tuple[bool, date | None]:
    """Fold pending rows written during a run into it: (found any, earliest window).

    The running sync recomputes from the merged window, so the requests are deleted rather
    than left to trigger another run of the same work.
    """
    rows = conn.exec_driver_sql(
        "DELETE FROM syncs WHERE account_id = ? AND status = 'pending' RETURNING window_start",
        (account_id,),
    ).all()
    windows = [date.fromisoformat(w) for (w,) in rows if w is not None]
    return bool(rows), (min(windows) if windows else None)


def finish(
    conn: Connection,
    sync_ids: Sequence[int],
    *,
    status: str,
    window_start: date | None,
    version: int | None,
    finished: datetime | None,
    duration_ms: int | None,
    error: str | None,
) -> None:
    marks = ", ".join("?" for _ in sync_ids)
    conn.exec_driver_sql(
        f"UPDATE syncs SET status = ?, window_start = ?, data_version = ?, finished_at = ?, "
        f"duration_ms = ?, error = ? WHERE id IN ({marks})",
        (
            status,
            _iso(window_start),
            version,
            None if finished is None else finished.isoformat(sep=" "),
            duration_ms,
            error,
            *sync_ids,
        ),
    )


def requeue(
    conn: Connection, account_id: int, window_start: date | None, version: int, now: datetime
) -> None:
    """Leave a pending request behind a failed run so its dirty window is not forgotten."""
    existing = conn.exec_driver_sql(
        "SELECT id, window_start FROM syncs WHERE account_id = ? AND status = 'pending'",
        (account_id,),
    ).first()
    if existing is None:
        conn.exec_driver_sql(
            "INSERT INTO syncs (account_id, kind, status, window_start, data_version, "
            "created_at, attempts) VALUES (?, 'account', 'pending', ?, ?, ?, 0)",
            (account_id, _iso(window_start), version, now.isoformat(sep=" ")),
        )
        return
    old = _day(existing[1])
    merged = None if old is None or window_start is None else min(old, window_start)
    conn.exec_driver_sql(
        "UPDATE syncs SET window_start = ? WHERE id = ?", (_iso(merged), existing[0])
    )


def pending(conn: Connection) -> dict[int, date | None]:
    """Accounts with a pending sync and the earliest dirty date of each (None: everything)."""
    rows = conn.exec_driver_sql(
        "SELECT account_id, MIN(COALESCE(window_start, '0001-01-01')) FROM syncs "
        "WHERE status = 'pending' AND account_id IS NOT NULL GROUP BY account_id"
    ).all()
    return {a: (None if w == "0001-01-01" else date.fromisoformat(w)) for a, w in rows}


def reset_syncing(conn: Connection) -> int:
    """Turn rows left 'syncing' by a crashed process back into pending requests.

    Where the account already has a pending request, the stale run's window is merged into it
    and the stale row deleted, keeping one pending row per account.
    """
    stale = conn.exec_driver_sql(
        "SELECT id, account_id, window_start FROM syncs WHERE status = 'syncing'"
    ).all()
    for sync_id, account_id, window in stale:
        other = conn.exec_driver_sql(
            "SELECT id, window_start FROM syncs WHERE account_id = ? AND status = 'pending'",
            (account_id,),
        ).first()
        if other is None:
            conn.exec_driver_sql(
                "UPDATE syncs SET status = 'pending', started_at = NULL WHERE id = ?", (sync_id,)
            )
            continue
        merged = None if window is None or other[1] is None else min(window, other[1])
        conn.exec_driver_sql("UPDATE syncs SET window_start = ? WHERE id = ?", (merged, other[0]))
        conn.exec_driver_sql("DELETE FROM syncs WHERE id = ?", (sync_id,))
    return len(stale)


def delete_syncs(conn: Connection, ids: Sequence[int]) -> None:
    if ids:
        marks = ", ".join("?" for _ in ids)
        conn.exec_driver_sql(f"DELETE FROM syncs WHERE id IN ({marks})", tuple(ids))
