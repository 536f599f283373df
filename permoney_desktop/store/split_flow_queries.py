"""SQL for the pre-summed split-line corrections (``split_flow_days``/``split_flow_months``):
their recompute for the months a write touched, a full rebuild, and the metrics' reads.

The corrections are what ``split_queries.correction_sql`` computes from the lines; summed per
day (and per month) they are a small table however many lines the book holds, so a metrics
read of the whole book adds a few thousand rows instead of two per line.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from permoney_desktop.store.balance_inputs import fetch
from permoney_desktop.store.split_queries import correction_sql

if TYPE_CHECKING:
    import sqlite3

    from permoney_desktop.store.balance_inputs import Conn

DAYS = "split_flow_days"
MONTHS = "split_flow_months"
_COLS = "date, category_id, merchant_id, currency, total, inflow"


def _run(conn: Conn, sql: str, args: Sequence[Any] = ()) -> None:
    run = getattr(conn, "exec_driver_sql", None)
    if run is not None:
        run(sql, tuple(args))
    else:
        cast("sqlite3.Connection", conn).execute(sql, tuple(args))


def _month_end(month: date) -> date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def refresh_months(conn: Conn, months: Iterable[date]) -> None:
    """Recompute the rows of ``months`` (first days) from the lines as they are now."""
    for month in sorted(set(months)):
        span = (month.isoformat(), _month_end(month).isoformat())
        for table in (DAYS, MONTHS):
            _run(conn, f"DELETE FROM {table} WHERE date BETWEEN ? AND ?", span)
        _run(
            conn,
            f"INSERT INTO {DAYS} ({_COLS}) SELECT * FROM"
            f" ({correction_sql('s.date', 's.date BETWEEN ? AND ?')}) c"
            " WHERE c.total != 0 OR c.inflow != 0",
            span,
        )
        # The month's row from its day rows just written: far fewer rows than its lines.
        _run(
            conn,
            f"INSERT INTO {MONTHS} ({_COLS})"
            " SELECT ?, category_id, merchant_id, currency, SUM(total), SUM(inflow)"
            f" FROM {DAYS} WHERE date BETWEEN ? AND ?"
            " GROUP BY category_id, merchant_id, currency"
            " HAVING SUM(total) != 0 OR SUM(inflow) != 0",
            (span[0], *span),
        )


def rebuild(conn: Conn) -> None:
    """Recompute every row (a book whose lines were written outside the write gate)."""
    for table in (DAYS, MONTHS):
        _run(conn, f"DELETE FROM {table}")
    days = fetch(conn, "SELECT DISTINCT date FROM entry_splits")
    refresh_months(conn, {date.fromisoformat(str(d)[:10]).replace(day=1) for (d,) in days})


def _sorted(out: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    return sorted(
        ((str(d)[:10], c, m, cur, int(t), int(i)) for d, c, m, cur, t, i in out),
        key=lambda r: (r[0], r[1] or 0, r[2] or 0, r[3], r[4], r[5]),
    )


def rows(conn: Conn, table: str = DAYS) -> list[tuple[Any, ...]]:
    """Every row of ``table`` as (ISO day, category, merchant, currency, total, inflow),
    sorted: for the integrity check and the tests, which compare it with a rebuild."""
    return _sorted(fetch(conn, f"SELECT {_COLS} FROM {table}"))


def recomputed(conn: Conn) -> list[tuple[Any, ...]]:
    """What ``rows`` must be: the day rows computed from every line now, written nowhere."""
    sql = correction_sql("s.date", "1 = 1")
    return _sorted(fetch(conn, f"SELECT * FROM ({sql}) c WHERE c.total != 0 OR c.inflow != 0"))


# -- the metrics' reads (same columns as their grouped sums) -----------------------------------


def book_lines_sql() -> str:
    """Base-currency corrections per month, others per day (``:base`` names the base)."""
    return (
        f"SELECT {_COLS} FROM {MONTHS} WHERE currency = :base"
        # Two ranges of the (currency, date) index instead of "!=", which scans every row:
        # both are empty in a book in one currency.
        f" UNION ALL SELECT {_COLS} FROM {DAYS} WHERE currency < :base"
        f" UNION ALL SELECT {_COLS} FROM {DAYS} WHERE currency > :base"
    )


def daily_lines_sql(where: str) -> str:
    """Per-day corrections where ``where`` (a condition on ``date``) holds."""
    return f"SELECT {_COLS} FROM {DAYS} WHERE {where}"
