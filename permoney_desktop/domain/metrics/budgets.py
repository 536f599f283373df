"""Budget lines and goal progress for a period."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.fx import MissingRate, RateTable
from permoney_desktop.domain.metrics.flows import (
    FlowSums,
    category_spending,
)
from permoney_desktop.domain.metrics.values import (
    _NONE,
    _RATIO,
    AccountLevel,
    Amount,
    Budget,
    CategoryInfo,
    Goal,
    Missing,
    _exact,
    in_minor,
    round_minor,
)
from permoney_desktop.domain.rounding import MONEY_CONTEXT, quantize

# -- budgets and goals ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """One category's budget and actual spending (incl. children) in one calendar month."""

    category_id: int
    name: str
    month: date
    budget: int
    actual: int
    missing: Missing = _NONE

    @property
    def remaining(self) -> int:
        return self.budget - self.actual

    @property
    def used(self) -> Decimal | None:
        if self.budget <= 0:
            return None
        return quantize(MONEY_CONTEXT.divide(Decimal(self.actual), Decimal(self.budget)), _RATIO)

    @property
    def partial(self) -> bool:
        return bool(self.missing)


@_exact
def budget_lines(
    budgets: Iterable[Budget],
    month_sums: Mapping[date, FlowSums],
    categories: Mapping[int, CategoryInfo],
    base: str,
    rates: RateTable,
) -> tuple[BudgetLine, ...]:
    """Budget against actual per category per month; budgets convert at the month's first day."""
    spent_by_month = {m: category_spending(s, categories) for m, s in month_sums.items()}
    lines = []
    for b in budgets:
        if b.category_id not in categories:
            continue
        spent, spent_missing = spent_by_month.get(b.month, ({}, {}))
        miss = set(spent_missing.get(b.category_id, ()))
        converted = in_minor(b.amount_minor, b.currency, base, b.month, rates)
        if isinstance(converted, MissingRate):
            miss.add(converted)
            converted = 0
        lines.append(
            BudgetLine(
                b.category_id,
                categories[b.category_id].name,
                b.month,
                round_minor(converted),
                round_minor(spent.get(b.category_id, 0)),
                frozenset(miss),
            )
        )
    lines.sort(key=lambda line: (line.month, line.name))
    return tuple(lines)


@dataclass(frozen=True, slots=True)
class GoalProgress:
    """Saved so far (net position of the linked accounts, in the goal's currency) on ``day``."""

    id: int
    name: str
    currency: str
    target: int
    current: int
    target_date: date | None
    day: date
    missing: Missing = _NONE

    @property
    def progress(self) -> Decimal | None:
        if self.target <= 0:
            return None
        return quantize(MONEY_CONTEXT.divide(Decimal(self.current), Decimal(self.target)), _RATIO)

    @property
    def remaining(self) -> int:
        return max(self.target - self.current, 0)

    @property
    def days_left(self) -> int | None:
        return None if self.target_date is None else (self.target_date - self.day).days

    @property
    def partial(self) -> bool:
        return bool(self.missing)


@_exact
def goal_progress(
    goals: Iterable[Goal], levels: Mapping[int, AccountLevel], day: date, rates: RateTable
) -> tuple[GoalProgress, ...]:
    out = []
    for g in goals:
        total: Amount = 0
        miss: set[MissingRate] = set()
        for acc in g.account_ids:
            lv = levels.get(acc)
            if lv is None:
                continue
            converted = in_minor(lv.level_minor, lv.currency, g.currency, day, rates)
            if isinstance(converted, MissingRate):
                miss.add(converted)
            elif lv.classification is Classification.LIABILITY:
                total -= converted
            else:
                total += converted
        out.append(
            GoalProgress(
                g.id,
                g.name,
                g.currency,
                g.target_minor,
                round_minor(total),
                g.target_date,
                day,
                frozenset(miss),
            )
        )
    return tuple(out)
