"""Scheduled-transaction queries: schedules, their handled occurrences, catch-up marks,
rejected recurring proposals, and the history the recurring detector reads."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection


SCHEDULE_COLUMNS = (
    "id",
    "name",
    "account_id",
    "to_account_id",
    "amount",
    "currency",
    "payee",
    "category_id",
    "tags",
    "notes",
    "frequency",
    "interval",
    "day",
    "weekday",
    "nth",
    "weekend",
    "start",
    "end",
    "count",
    "active_from",
    "mode",
)
_SELECT = "SELECT " + ", ".join(f's."{c}"' for c in SCHEDULE_COLUMNS)
# The names shown beside a schedule: its account, the transfer's other account, the category.
_NAMES = (
    ", a.name, t.name, c.name FROM schedules s JOIN accounts a ON a.id = s.account_id"
    " LEFT JOIN accounts t ON t.id = s.to_account_id"
    " LEFT JOIN categories c ON c.id = s.category_id"
)


def schedules(conn: Connection, ids: Iterable[int] | None = None) -> list[tuple[Any, ...]]:
    """Schedule rows (``SCHEDULE_COLUMNS`` + account, to-account and category names), by id;
    every schedule when ``ids`` is None."""
    sql = _SELECT + _NAMES
    params: tuple[Any, ...] = ()
    if ids is not None:
        sql += " WHERE s.id IN (SELECT value FROM json_each(?))"
        params = (json.dumps(list(ids)),)
    return [tuple(r) for r in conn.exec_driver_sql(sql + " ORDER BY s.id", params)]


def handled(conn: Connection, ids: Iterable[int] | None = None) -> dict[int, dict[date, str]]:
    """Per schedule: its handled occurrences (nominal date → 'posted' or 'skipped')."""
    sql = "SELECT schedule_id, occurrence, status FROM schedule_postings"
    params: tuple[Any, ...] = ()
    if ids is not None:
        sql += " WHERE schedule_id IN (SELECT value FROM json_each(?))"
        params = (json.dumps(list(ids)),)
    out: dict[int, dict[date, str]] = {}
    for sid, day, status in conn.exec_driver_sql(sql, params):
        out.setdefault(int(sid), {})[date.fromisoformat(str(day))] = str(status)
    return out


def posting_ids(conn: Connection, schedule_id: int, since: date) -> list[int]:
    """Ids of a schedule's handled occurrences on or after ``since`` (nominal dates)."""
    rows = conn.exec_driver_sql(
        "SELECT id FROM schedule_postings WHERE schedule_id = ? AND occurrence >= ?",
        (schedule_id, since.isoformat()),
    )
    return [int(r[0]) for r in rows]


def marks(conn: Connection) -> dict[int, date]:
    """Per schedule: the due date up to which the catch-up has run."""
    rows = conn.exec_driver_sql("SELECT schedule_id, through FROM schedule_marks")
    return {int(s): date.fromisoformat(str(d)) for s, d in rows}


def set_marks(conn: Connection, through: Mapping[int, date | None]) -> None:
    """Set (or, with None, clear) catch-up marks. Deliberately outside the undo journal."""
    clear = [(sid,) for sid, day in through.items() if day is None]
    keep = [(sid, day.isoformat()) for sid, day in through.items() if day is not None]
    if clear:
        conn.exec_driver_sql("DELETE FROM schedule_marks WHERE schedule_id = ?", clear)
    if keep:
        conn.exec_driver_sql(
            "INSERT INTO schedule_marks (schedule_id, through) VALUES (?, ?)"
            " ON CONFLICT (schedule_id) DO UPDATE SET through = excluded.through",
            keep,
        )


def rejections(conn: Connection) -> set[tuple[int, str]]:
    """Every rejected recurring proposal as (account id, payee key)."""
    rows = conn.exec_driver_sql("SELECT account_id, payee_key FROM recurring_rejections")
    return {(int(a), str(p)) for a, p in rows}


def history(conn: Connection, since: date | None = None) -> list[tuple[int, str, str, int, str]]:
    """Plain transactions with a payee as (account id, payee, date, amount, currency), ordered
    by account and payee: the recurring detector's input (transfers and valuations excluded)."""
    sql = (
        "SELECT account_id, payee, date, amount, currency FROM entries"
        " WHERE kind = 'transaction' AND payee != ''"
    )
    params: tuple[Any, ...] = ()
    if since is not None:
        sql += " AND date >= ?"
        params = (since.isoformat(),)
    rows = conn.exec_driver_sql(sql, params)
    return rows.all()  # type: ignore[return-value]


def category_of_payee(conn: Connection, account_id: int, payee: str) -> int | None:
    """The category most used on ``payee``'s transactions in the account (a proposal's)."""
    row = conn.exec_driver_sql(
        "SELECT category_id FROM entries WHERE account_id = ? AND lower(payee) = lower(?)"
        " AND kind = 'transaction' AND category_id IS NOT NULL"
        " GROUP BY category_id ORDER BY COUNT(*) DESC, category_id LIMIT 1",
        (account_id, payee),
    ).first()
    return None if row is None else int(row[0])
