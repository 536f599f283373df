"""The demo household's budgets and goals: derived from its own generated spending, seeded.

Every expense category without children (and each child) gets a monthly budget near its usual
spending, rounded to whole tens, with a seeded nudge so some months run over and some under;
one category carries its overspending, and there are two goals (a sinking fund in Travel, an
emergency fund in savings).
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from permoney_desktop.domain.periods import add_months

CARRYING = "Car maintenance"  # overspending carries into next month as negative available


def _months(start: date, end: date) -> list[date]:
    out, month = [], start.replace(day=1)
    while month <= end:
        out.append(month)
        month = add_months(month, 1)
    return out


def budget_rows(
    entries: Sequence[Mapping[str, Any]],
    categories: Sequence[Mapping[str, Any]],
    start: date,
    end: date,
    base: str,
    rng: random.Random,
) -> list[dict[str, Any]]:
    """Budget rows for every month from ``start`` to ``end``."""
    expense = {r["id"] for r in categories if r["kind"] == "expense"}
    parents = {r["parent_id"] for r in categories if r["parent_id"] is not None}
    leaves = sorted(c for c in expense if c not in parents)
    months = _months(start, end)
    spent: dict[int, int] = dict.fromkeys(leaves, 0)
    for e in entries:
        cat = e["category_id"]
        if cat in spent and e["currency"] == base and e["kind"] == "transaction":
            spent[cat] -= e["amount"]
    rows = []
    for cat in leaves:
        usual = max(spent[cat], 0) // max(len(months), 1)
        if usual <= 0:
            continue
        for month in months:
            nudge = rng.choice((90, 100, 100, 110, 120))
            amount = (usual * nudge // 100 + 9_99) // 10_00 * 10_00
            rows.append({"category_id": cat, "month": month, "amount": amount, "currency": base})
    for i, row in enumerate(rows, 1):
        row["id"] = i
    return rows


def goal_rows(
    category_ids: Mapping[str, int], account_ids: Mapping[str, int], end: date, base: str, now: Any
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Two goals and their account links."""
    goals = [
        {
            "id": 1,
            "name": "Emergency fund",
            "target_amount": 250_000_00,
            "currency": base,
            "target_date": add_months(end.replace(day=1), 24),
            "created_at": now,
            "category_id": None,
        },
        {
            "id": 2,
            "name": "Summer trip",
            "target_amount": 9_000_00,
            "currency": base,
            "target_date": add_months(end.replace(day=1), 8),
            "created_at": now,
            "category_id": category_ids["Travel"],
        },
    ]
    links = [{"goal_id": 1, "account_id": account_ids["High-Yield Savings"]}]
    return goals, links


def setting_rows(category_ids: Mapping[str, int]) -> list[dict[str, Any]]:
    return [{"key": "budget.carry_overspending", "value": json.dumps([category_ids[CARRYING]])}]
