"""Budget and goal queries: the budget rows, goal rows with their links, and the where-clauses
budget and goal writes run through the undo journal."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection


BudgetRowTuple = tuple[int, date, int, str]  # category, month, amount, currency
GoalTuple = tuple[int, str, int, str, date | None, int | None, tuple[int, ...]]


def all_budgets(conn: Connection) -> list[BudgetRowTuple]:
    """Every budget as (category id, first day of month, amount, currency)."""
    rows = conn.exec_driver_sql("SELECT category_id, month, amount, currency FROM budgets")
    return [(int(c), date.fromisoformat(str(m)), int(a), str(cur)) for c, m, a, cur in rows]


def budget_where(category_id: int, month: date) -> tuple[str, tuple[Any, ...]]:
    """Where-clause (and its parameters) of one category's budget in one month."""
    return "category_id = ? AND month = ?", (int(category_id), month.isoformat())


def month_where(month: date) -> tuple[str, tuple[Any, ...]]:
    """Where-clause of every budget of one month."""
    return "month = ?", (month.isoformat(),)


def goals(conn: Connection) -> list[GoalTuple]:
    """Every goal as (id, name, target, currency, target date, category id, account ids)."""
    links: dict[int, list[int]] = {}
    for goal_id, account_id in conn.exec_driver_sql(
        "SELECT goal_id, account_id FROM goal_accounts"
    ):
        links.setdefault(int(goal_id), []).append(int(account_id))
    rows = conn.exec_driver_sql(
        "SELECT id, name, target_amount, currency, target_date, category_id FROM goals"
        " ORDER BY name"
    )
    return [
        (
            int(i),
            str(n),
            int(t),
            str(c),
            None if d is None else date.fromisoformat(str(d)),
            None if cat is None else int(cat),
            tuple(sorted(links.get(int(i), ()))),
        )
        for i, n, t, c, d, cat in rows
    ]


def goal_named(conn: Connection, name: str) -> int | None:
    """The id of the goal called ``name`` (any case), or None."""
    row = conn.exec_driver_sql(
        "SELECT id FROM goals WHERE lower(name) = lower(?)", (name.strip(),)
    ).first()
    return None if row is None else int(row[0])


def goal_links_where(goal_id: int) -> tuple[str, tuple[Any, ...]]:
    """Where-clause of a goal's account links."""
    return "goal_id = ?", (int(goal_id),)


def spending_counts(conn: Connection, since: date) -> list[tuple[int, int, int]]:
    """(category, account, number of entries) of categorized money out since ``since``: which
    account each category is usually spent from (the forecast's budget spending goes there)."""
    rows = conn.exec_driver_sql(
        "SELECT category_id, account_id, COUNT(*) FROM entries"
        " WHERE kind = 'transaction' AND category_id IS NOT NULL AND amount < 0 AND date >= ?"
        " GROUP BY category_id, account_id",
        (since.isoformat(),),
    )
    return [(int(c), int(a), int(n)) for c, a, n in rows]


def setting_text(conn: Connection, key: str) -> str | None:
    """A book setting's JSON text inside a write (the budget settings' undoable writes)."""
    row = conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?", (key,)).first()
    return None if row is None else str(row[0])


def setting_where(key: str) -> tuple[str, tuple[Any, ...]]:
    """Where-clause of one book setting."""
    return "key = ?", (key,)
