"""A period's metrics as plain data (strings for amounts) for the CLI and scripts."""

from __future__ import annotations

from typing import Any

from permoney_desktop.domain.metrics import (
    CategoryTotal,
    PeriodFigures,
    PeriodMetrics,
)
from permoney_desktop.domain.money import Money


def _amount(v: int, currency: str) -> str:
    return str(Money.from_minor(v, currency).amount)


def _figures_dict(f: PeriodFigures, currency: str) -> dict[str, Any]:
    return {
        "start": f.range.start.isoformat(),
        "end": f.range.end.isoformat(),
        "net_worth": _amount(f.net_worth, currency),
        "assets": _amount(f.assets, currency),
        "owed": _amount(f.owed, currency),
        "income": _amount(f.income, currency),
        "expenses": _amount(f.expenses, currency),
        "cash_flow": _amount(f.cash_flow, currency),
        "savings_rate": None if f.savings_rate is None else str(f.savings_rate),
        "partial": {
            "net_worth": f.levels_partial,
            "income": bool(f.income_missing),
            "expenses": bool(f.expense_missing),
            "missing_rates": sorted(str(x) for x in f.missing),
        },
    }


def _category_dict(t: CategoryTotal, currency: str) -> dict[str, Any]:
    return {
        "id": t.id,
        "name": t.name,
        "kind": t.kind.value,
        "total": _amount(t.total, currency),
        "own": _amount(t.own, currency),
        "partial": t.partial,
        "children": [_category_dict(c, currency) for c in t.children],
    }


def metrics_dict(m: PeriodMetrics) -> dict[str, Any]:
    """The JSON shape of ``permoney metrics``: amounts as decimal strings, never floats."""
    out: dict[str, Any] = {"period": m.period.name.value, "currency": m.currency}
    out.update(_figures_dict(m.current, m.currency))
    out["categories"] = [_category_dict(t, m.currency) for t in m.categories]
    out["top_merchants"] = [
        {"id": t.id, "name": t.name, "spent": _amount(t.spent, m.currency)} for t in m.merchants
    ]
    out["budgets"] = [
        {
            "category": b.name,
            "month": b.month.isoformat(),
            "budget": _amount(b.budget, m.currency),
            "actual": _amount(b.actual, m.currency),
            "partial": b.partial,
        }
        for b in m.budgets
    ]
    out["goals"] = [
        {
            "name": g.name,
            "currency": g.currency,
            "target": _amount(g.target, g.currency),
            "current": _amount(g.current, g.currency),
            "progress": None if g.progress is None else str(g.progress),
            "target_date": None if g.target_date is None else g.target_date.isoformat(),
            "partial": g.partial,
        }
        for g in m.goals
    ]
    out["previous"] = None if m.previous is None else _figures_dict(m.previous, m.currency)
    out["missing_rates"] = [str(x) for x in m.missing_rates]
    return out
