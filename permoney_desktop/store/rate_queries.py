"""Exchange-rate queries: one stored rate, every rate in list order, and the accounts a new
rate can move (entries in another currency than their account's) with their first such day."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from permoney_desktop.store.dialect import is_postgres

if TYPE_CHECKING:
    from sqlalchemy import Connection


def stored_rate(conn: Connection, day: str, base: str, quote: str) -> tuple[int, str] | None:
    """The (id, rate text) stored for ``base``→``quote`` on ``day`` (ISO), or None."""
    row = conn.exec_driver_sql(
        "SELECT id, rate FROM exchange_rates WHERE date = ? AND from_currency = ?"
        " AND to_currency = ?",
        (day, base, quote),
    ).first()
    return None if row is None else (int(row[0]), str(row[1]))


_MOVED_BY_RATES = (
    "SELECT e.account_id, MIN(e.date) FROM entries e JOIN accounts a"
    " ON a.id = e.account_id JOIN json_each(?) p"
    " ON e.currency = json_extract(p.value, '$[0]')"
    " AND a.currency = json_extract(p.value, '$[1]')"
    " AND e.date >= json_extract(p.value, '$[2]') GROUP BY e.account_id"
)
_MOVED_BY_RATES_PG = (
    "SELECT e.account_id, MIN(e.date) FROM entries e JOIN accounts a"
    " ON a.id = e.account_id JOIN jsonb_array_elements(CAST(? AS jsonb)) AS p(value)"
    " ON e.currency = p.value ->> 0 AND a.currency = p.value ->> 1"
    " AND e.date >= CAST(p.value ->> 2 AS date) GROUP BY e.account_id"
)


def accounts_moved_by_rates(
    conn: Connection, firsts: Iterable[tuple[str, str, str]]
) -> list[tuple[int, str]]:
    """(account id, first day) of each account holding entries in currency A while the account
    is in currency B, on or after day D, for each (A, B, D) of ``firsts`` (days ISO)."""
    sql = _MOVED_BY_RATES_PG if is_postgres(conn) else _MOVED_BY_RATES
    rows = conn.exec_driver_sql(sql, (json.dumps([list(f) for f in firsts]),))
    return [(int(account_id), str(day)) for account_id, day in rows]


def all_rates(conn: Connection) -> list[tuple[str, str, str, str]]:
    """Every rate as (date, from, to, rate text), by pair then date."""
    rows = conn.exec_driver_sql(
        "SELECT date, from_currency, to_currency, rate FROM exchange_rates"
        " ORDER BY from_currency, to_currency, date"
    )
    return [(d, b, q, r) for d, b, q, r in rows]


def rate_pairs(conn: Connection) -> set[tuple[str, str]]:
    """Every (from, to) currency pair the book holds a rate for."""
    return {
        (str(a), str(b))
        for a, b in conn.exec_driver_sql(
            "SELECT DISTINCT from_currency, to_currency FROM exchange_rates"
        )
    }
