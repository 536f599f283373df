"""SQL for entry status and statement reconciliations: candidates, cleared sums, history."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from permoney_desktop.store.journal import Journal, Row

if TYPE_CHECKING:
    from sqlalchemy import Connection

_RECON_COLS = (
    "id, account_id, statement_date, statement_balance, currency, state, adjustment_id,"
    " started_at, finished_at"
)


def _ids(ids: Sequence[int]) -> str:
    return json.dumps([int(i) for i in ids])


def statuses(conn: Connection, ids: Sequence[int]) -> dict[int, Row]:
    """``id → (account_id, kind, status, date, amount, currency)`` for the given entries."""
    rows = conn.exec_driver_sql(
        "SELECT id, account_id, kind, status, date, amount, currency FROM entries"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (_ids(ids),),
    )
    return {int(r[0]): tuple(r[1:]) for r in rows}


def open_reconciliation(conn: Connection, account_id: int | None) -> Row | None:
    """The open reconciliation of the account (or the most recently started one)."""
    if account_id is None:
        sql = f"SELECT {_RECON_COLS} FROM reconciliations WHERE state = 'open' ORDER BY id DESC"
        row = conn.exec_driver_sql(sql).first()
    else:
        sql = (
            f"SELECT {_RECON_COLS} FROM reconciliations"
            " WHERE state = 'open' AND account_id = ? ORDER BY id DESC"
        )
        row = conn.exec_driver_sql(sql, (int(account_id),)).first()
    return None if row is None else tuple(row)


def open_count(conn: Connection) -> int:
    return int(
        conn.exec_driver_sql("SELECT count(*) FROM reconciliations WHERE state = 'open'").scalar()
        or 0
    )


def last_finished(conn: Connection, account_id: int | None) -> Row | None:
    """The account's (or the book's) most recently finished reconciliation."""
    sql = f"SELECT {_RECON_COLS} FROM reconciliations WHERE state = 'finished'"
    if account_id is None:
        row = conn.exec_driver_sql(sql + " ORDER BY finished_at DESC, id DESC LIMIT 1").first()
    else:
        row = conn.exec_driver_sql(
            sql + " AND account_id = ? ORDER BY id DESC LIMIT 1", (int(account_id),)
        ).first()
    return None if row is None else tuple(row)


def reconciliations(conn: Connection, account_id: int) -> list[Row]:
    """Every reconciliation of the account with its entry count, newest first."""
    rows = conn.exec_driver_sql(
        f"SELECT {_RECON_COLS}, (SELECT count(*) FROM reconciled_entries l"
        " WHERE l.reconciliation_id = r.id) FROM reconciliations r"
        " WHERE account_id = ? ORDER BY id DESC",
        (int(account_id),),
    )
    return [tuple(r) for r in rows]


def reconciled_edits(conn: Connection, account_id: int) -> list[Row]:
    """``(id, entry_id, change, created_at)`` of the account's forced changes, newest first."""
    rows = conn.exec_driver_sql(
        "SELECT id, entry_id, change, created_at FROM reconciled_edits"
        " WHERE account_id = ? ORDER BY id DESC",
        (int(account_id),),
    )
    return [tuple(r) for r in rows]


def linked_entries(conn: Connection, reconciliation_id: int) -> list[int]:
    rows = conn.exec_driver_sql(
        "SELECT entry_id FROM reconciled_entries WHERE reconciliation_id = ? ORDER BY entry_id",
        (int(reconciliation_id),),
    )
    return [int(i) for (i,) in rows]


def reconciliation_of(conn: Connection, entry_id: int) -> date | None:
    """The statement date of the latest finished reconciliation that holds the entry."""
    found = conn.exec_driver_sql(
        "SELECT r.statement_date FROM reconciled_entries l JOIN reconciliations r"
        " ON r.id = l.reconciliation_id WHERE l.entry_id = ? AND r.state = 'finished'"
        " ORDER BY r.id DESC LIMIT 1",
        (int(entry_id),),
    ).scalar()
    return None if found is None else date.fromisoformat(str(found)[:10])


def anchor_on_or_before(conn: Connection, account_id: int, day: date) -> tuple[date, int] | None:
    """The account's latest valuation on or before ``day`` (the last of its day): (day, level)."""
    row = conn.exec_driver_sql(
        "SELECT date, amount FROM entries WHERE account_id = ? AND kind = 'valuation'"
        " AND date <= ? ORDER BY date DESC, id DESC LIMIT 1",
        (int(account_id), day.isoformat()),
    ).first()
    return None if row is None else (date.fromisoformat(str(row[0])), int(row[1]))


def anchor_days(conn: Connection, account_id: int, on_or_after: date) -> list[tuple[int, date]]:
    """``(entry id, day)`` of the account's valuations on or after a day, earliest first."""
    rows = conn.exec_driver_sql(
        "SELECT id, date FROM entries WHERE account_id = ? AND kind = 'valuation'"
        " AND date >= ? ORDER BY date, id",
        (int(account_id), on_or_after.isoformat()),
    )
    return [(int(i), date.fromisoformat(str(d))) for i, d in rows]


def opening(conn: Connection, account_id: int) -> tuple[int, str, str] | None:
    """``(opening balance, currency, kind)`` of an account, or None if it does not exist."""
    row = conn.exec_driver_sql(
        "SELECT opening_balance, currency, kind FROM accounts WHERE id = ?", (int(account_id),)
    ).first()
    return None if row is None else (int(row[0]), str(row[1]), str(row[2]))


def _window(after: date | None) -> tuple[str, tuple[Any, ...]]:
    if after is None:
        return "", ()
    return " AND date > ?", (after.isoformat(),)


def reconciled_sum(
    conn: Connection, account_id: int, currency: str, after: date | None, upto: date
) -> int:
    """Σ amount of the account's reconciled flows in its currency in (``after``, ``upto``]."""
    extra, params = _window(after)
    found = conn.exec_driver_sql(
        "SELECT coalesce(sum(amount), 0) FROM entries WHERE account_id = ? AND date <= ?"
        " AND kind != 'valuation' AND status = 'reconciled' AND currency = ?" + extra,
        (int(account_id), upto.isoformat(), currency, *params),
    ).scalar()
    return int(found or 0)


def candidates(
    conn: Connection, account_id: int, currency: str, after: date | None, upto: date
) -> tuple[list[tuple[int, str, int, str, str]], int]:
    """``(id, ISO day, amount, payee, status)`` of the account's flows in its currency in
    (``after``, ``upto``] that are not reconciled, in (date, id) order; and how many such
    flows are in another currency (the same scan: a window can hold ten thousand entries)."""
    extra, params = _window(after)
    rows = conn.exec_driver_sql(
        "SELECT id, date, amount, payee, status, currency FROM entries WHERE account_id = ?"
        " AND date <= ? AND kind != 'valuation' AND status != 'reconciled'"
        + extra
        + " ORDER BY date, id",
        (int(account_id), upto.isoformat(), *params),
    ).fetchall()
    mine = [r[:5] for r in rows if r[5] == currency]
    return mine, len(rows) - len(mine)


def cleared_ids(
    conn: Connection, account_id: int, currency: str, after: date | None, upto: date
) -> list[int]:
    """The cleared flows a finish reconciles (same window as ``candidates``)."""
    extra, params = _window(after)
    rows = conn.exec_driver_sql(
        "SELECT id FROM entries WHERE account_id = ? AND date <= ? AND kind != 'valuation'"
        " AND status = 'cleared' AND currency = ?" + extra + " ORDER BY id",
        (int(account_id), upto.isoformat(), currency, *params),
    )
    return [int(i) for (i,) in rows]


def delete_links(journal: Journal, entry_ids: Sequence[int]) -> None:
    """Unlink entries from the reconciliations that hold them (journaled), before the entries
    themselves are deleted: a cascade would not be in the undo step."""
    journal.delete_where(
        "reconciled_entries", "entry_id IN (SELECT value FROM json_each(?))", (_ids(entry_ids),)
    )


def has_anchor_from(conn: Connection, account_ids: Sequence[int], day: date) -> bool:
    """Whether any of the accounts has a valuation on or after ``day`` (a cheap first look)."""
    found = conn.exec_driver_sql(
        "SELECT 1 FROM entries WHERE account_id IN (SELECT value FROM json_each(?))"
        " AND kind = 'valuation' AND date >= ? LIMIT 1",
        (_ids(account_ids), day.isoformat()),
    ).first()
    return found is not None


def absorbed_groups(
    conn: Connection, first_id: int, last_id: int, ids: Sequence[int] | None
) -> list[tuple[int, int, int, str]]:
    """For the entries with ids in [first_id, last_id] (and in ``ids`` when given), grouped by
    the balance anchor that absorbs them (the account's earliest valuation on or after the
    entry's day): ``(account_id, anchor id, entries, earliest ISO day)``."""
    extra, params = (
        ("", ())
        if ids is None
        else (
            " AND e.id IN (SELECT value FROM json_each(?))",
            (_ids(ids),),
        )
    )
    rows = conn.exec_driver_sql(
        "SELECT account_id, anchor, count(*), min(date) FROM (SELECT e.account_id, e.date,"
        " (SELECT v.id FROM entries v WHERE v.account_id = e.account_id"
        " AND v.kind = 'valuation' AND v.date >= e.date ORDER BY v.date, v.id LIMIT 1) AS anchor"
        " FROM entries e WHERE e.id BETWEEN ? AND ? AND e.kind != 'valuation'" + extra + ")"
        " WHERE anchor IS NOT NULL GROUP BY account_id, anchor ORDER BY account_id, anchor",
        (int(first_id), int(last_id), *params),
    )
    return [(int(a), int(v), int(n), str(d)) for a, v, n, d in rows]


def entry_spans(
    conn: Connection, first_id: int, last_id: int, ids: Sequence[int] | None
) -> list[tuple[int, str]]:
    """``(account_id, earliest ISO day)`` of the given entries' accounts."""
    extra, params = (
        ("", ())
        if ids is None
        else (
            " AND id IN (SELECT value FROM json_each(?))",
            (_ids(ids),),
        )
    )
    rows = conn.exec_driver_sql(
        "SELECT account_id, min(date) FROM entries WHERE id BETWEEN ? AND ?"
        " AND kind != 'valuation'" + extra + " GROUP BY account_id",
        (int(first_id), int(last_id), *params),
    )
    return [(int(a), str(d)) for a, d in rows]
