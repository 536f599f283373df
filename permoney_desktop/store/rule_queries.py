"""SQL for categorization rules: the rule rows, and the entries ``apply_rules`` reads and tags."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Row


# The columns of a rule row, in the order ``services.rules`` reads them.
_RULE_COLS = "id, name, position, enabled, conditions, category_id, merchant, tags, rename_payee"


def rule_rows(conn: Connection) -> list[tuple[Any, ...]]:
    """Every rule in evaluation order: ``(id, name, position, enabled, conditions,
    category_id, merchant, tags, rename_payee)``."""
    rows = conn.exec_driver_sql(f"SELECT {_RULE_COLS} FROM rules ORDER BY position, id").all()
    return [tuple(r) for r in rows]


def next_position(conn: Connection) -> int:
    """The position after the last rule (1 in a book without rules)."""
    return int(
        conn.exec_driver_sql("SELECT COALESCE(MAX(position), 0) + 1 FROM rules").scalar() or 1
    )


def rule_exists(conn: Connection, rule_id: int) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM rules WHERE id = ?", (rule_id,)).first() is not None


def transactions_to_apply(
    conn: Connection, account_ids: Sequence[int] | None, since: date | None
) -> Sequence[Row[*tuple[Any, ...]]]:
    """Transactions of the accounts (all when None) from ``since`` on: ``(id, account_id, date,
    amount, currency, payee, notes, category_id, merchant name, user_fields)``."""
    where = ["e.kind = 'transaction'"]
    params: list[object] = []
    if account_ids is not None:
        where.append("e.account_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([int(a) for a in account_ids]))
    if since is not None:
        where.append("e.date >= ?")
        params.append(since.isoformat())
    return conn.exec_driver_sql(
        "SELECT e.id, e.account_id, e.date, e.amount, e.currency, e.payee, e.notes,"
        " e.category_id, m.name, e.user_fields FROM entries e"
        " LEFT JOIN merchants m ON m.id = e.merchant_id WHERE " + " AND ".join(where),
        tuple(params),
    ).all()


def entry_tag_pairs(conn: Connection, entry_ids: Iterable[int]) -> set[tuple[int, int]]:
    """The ``(entry_id, tag_id)`` links the entries already have."""
    return {
        (int(e), int(t))
        for e, t in conn.exec_driver_sql(
            "SELECT entry_id, tag_id FROM entry_tags WHERE entry_id IN"
            " (SELECT value FROM json_each(?))",
            (json.dumps(sorted(entry_ids)),),
        )
    }
