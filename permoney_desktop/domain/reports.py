"""Monthly reports as data: income statement, category totals and net worth per calendar month
and currency, on the dashboard's rules (``domain.metrics``), without converting currencies.

The same reading of the book as the dashboard: flows are ``transaction`` entries only (the
store's flow groups; transfers and valuations are neither income nor expense), an entry is
income or expense by its category's kind (``metrics.key_kind``), so a refund in an expense
category nets against that category's spending, and net worth is assets less the amounts owed
(``metrics.level_totals``). Amounts stay integer minor units of their own currency.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.fx import RateTable
from permoney_desktop.domain.metrics import (
    UNCATEGORIZED,
    AccountLevel,
    CategoryInfo,
    FlowGroup,
    key_kind,
    level_totals,
)
from permoney_desktop.domain.periods import last_day_of_month, next_month


@dataclass(frozen=True, slots=True)
class IncomeRow:
    month: date  # the 1st
    currency: str
    income: int
    expenses: int  # positive = spent; refunds already netted

    @property
    def net(self) -> int:
        return self.income - self.expenses


@dataclass(frozen=True, slots=True)
class CategoryRow:
    month: date
    kind: CategoryKind
    category: str  # "Parent:Child", or "Uncategorized"
    currency: str
    amount: int  # positive = received (income) or spent (expense)


@dataclass(frozen=True, slots=True)
class NetWorthRow:
    month: date
    currency: str
    assets: int
    owed: int
    partial: bool

    @property
    def net_worth(self) -> int:
        return self.assets - self.owed


def _signed(group: FlowGroup, kind: CategoryKind) -> int:
    """The group's amount as received (income) or spent (expense): a refund is negative."""
    return group.minor if kind is CategoryKind.INCOME else -group.minor


def income_statement(
    groups: Iterable[FlowGroup], categories: Mapping[int, CategoryInfo]
) -> list[IncomeRow]:
    """Income and expenses per calendar month and currency, by month then currency."""
    sums: dict[tuple[date, str], list[int]] = {}
    for g in groups:
        kind = key_kind((g.category_id, g.merchant_id, g.positive), categories)
        pair = sums.setdefault((g.day.replace(day=1), g.currency), [0, 0])
        pair[0 if kind is CategoryKind.INCOME else 1] += _signed(g, kind)
    return [IncomeRow(m, c, i, e) for (m, c), (i, e) in sorted(sums.items())]


def category_path(category_id: int | None, categories: Mapping[int, CategoryInfo]) -> str:
    cat = None if category_id is None else categories.get(category_id)
    if cat is None:
        return UNCATEGORIZED
    parent = None if cat.parent_id is None else categories.get(cat.parent_id)
    return cat.name if parent is None else f"{parent.name}:{cat.name}"


def category_totals(
    groups: Iterable[FlowGroup], categories: Mapping[int, CategoryInfo]
) -> list[CategoryRow]:
    """Each category's own total per calendar month and currency (children listed apart)."""
    sums: dict[tuple[date, CategoryKind, str, str], int] = {}
    for g in groups:
        kind = key_kind((g.category_id, g.merchant_id, g.positive), categories)
        key = (g.day.replace(day=1), kind, category_path(g.category_id, categories), g.currency)
        sums[key] = sums.get(key, 0) + _signed(g, kind)
    order = {CategoryKind.INCOME: 0, CategoryKind.EXPENSE: 1}
    rows = [CategoryRow(m, k, name, c, v) for (m, k, name, c), v in sums.items()]
    return sorted(rows, key=lambda r: (r.month, order[r.kind], r.category.lower(), r.currency))


def month_ends(start: date, end: date) -> list[date]:
    """The last day of every month from ``start``'s to ``end``'s (``end`` itself last)."""
    out = []
    month = start.replace(day=1)
    while month <= end:
        out.append(min(last_day_of_month(month), end))
        month = next_month(month)
    return out


def net_worth(month_end: date, levels: Iterable[AccountLevel]) -> list[NetWorthRow]:
    """Assets, owed and net worth per currency on a month's last day (no conversion)."""
    by_currency: dict[str, list[AccountLevel]] = {}
    for lv in levels:
        by_currency.setdefault(lv.currency, []).append(lv)
    out = []
    for cur, group in sorted(by_currency.items()):
        totals = level_totals(group, cur, month_end, RateTable())
        out.append(
            NetWorthRow(month_end.replace(day=1), cur, totals.assets, totals.owed, totals.partial)
        )
    return out
