"""What the dashboard reads: one period's cards and the register filter behind each figure."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from permoney_desktop.domain.budget_goals import GoalStatus
from permoney_desktop.domain.budgets import MonthFigures
from permoney_desktop.domain.entries import CategoryKind, EntryKind
from permoney_desktop.domain.fx import MissingRate
from permoney_desktop.domain.metrics import (
    AccountSeries,
    BudgetLine,
    CategoryTotal,
    Change,
    GoalProgress,
    MerchantTotal,
    PeriodMetrics,
    change,
)
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.periods import (
    Period,
    PeriodName,
)
from permoney_desktop.platform.metrics_cache import CachedValue, MetricsCache
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.metrics.cache import _current_versions, period_metrics
from permoney_desktop.services.metrics.compute import provisional_period, resolve_period


@dataclass(frozen=True, slots=True)
class CardFilter:
    """Which register entries a card counts, so the register can show exactly those.

    Entries dated ``start``…``end`` whose kind is in ``entry_kinds``; ``flow`` "income" means
    entries in income categories plus uncategorized inflows, "expense" entries in expense
    categories plus uncategorized outflows; ``category_ids`` (a category and its descendants)
    and ``merchant_id`` narrow further. ``flow`` None with no kinds = levels (net worth cards).
    """

    start: date
    end: date
    entry_kinds: tuple[str, ...] = ()
    flow: str | None = None
    category_ids: tuple[int, ...] | None = None
    uncategorized: bool = False
    merchant_id: int | None = None


@dataclass(frozen=True, slots=True)
class Card:
    key: str
    title: str
    value: Money | Decimal | None
    previous: Money | Decimal | None
    change: Change | None
    series: tuple[int, ...]  # minor units per ``DashboardMetrics.series_days`` (may be empty)
    partial: bool
    missing: tuple[str, ...]
    filter: CardFilter | None


@dataclass(frozen=True)
class DashboardMetrics:
    period: Period
    currency: str
    cards: dict[str, Card]
    series_days: tuple[date, ...]
    categories: tuple[CategoryTotal, ...]
    merchants: tuple[MerchantTotal, ...]
    accounts: tuple[AccountSeries, ...]
    budgets: tuple[BudgetLine, ...]
    goals: tuple[GoalProgress, ...]
    background_calculated: bool
    computed_at: datetime
    stale: bool
    cache_degraded: str | None
    missing_rates: tuple[str, ...]
    # The budget page's figures for the period's last month and the goals as it shows them,
    # attached by the GUI's loader (``ui/pages/dashboard_budget.py``); None until then.
    budget: MonthFigures | None = None
    goal_statuses: tuple[GoalStatus, ...] | None = None


CARD_KEYS = ("net_worth", "assets", "owed", "income", "expenses", "cash_flow", "savings_rate")
_FLOW_KINDS = (EntryKind.TRANSACTION.value,)


def category_filter(period: Period, total: CategoryTotal) -> CardFilter:
    """The register filter for one category row (the category and its children)."""
    ids: list[int] = []

    def walk(t: CategoryTotal) -> None:
        if t.id is not None:
            ids.append(t.id)
        for c in t.children:
            walk(c)

    walk(total)
    return CardFilter(
        period.start,
        period.end,
        _FLOW_KINDS,
        total.kind.value,
        tuple(ids) if total.id is not None else None,
        total.id is None,
    )


def merchant_filter(period: Period, merchant_id: int) -> CardFilter:
    return CardFilter(
        period.start, period.end, _FLOW_KINDS, CategoryKind.EXPENSE.value, merchant_id=merchant_id
    )


def _cards(m: PeriodMetrics) -> dict[str, Card]:
    cur, prev, base, p = m.current, m.previous, m.currency, m.period

    def money(v: int | None) -> Money | None:
        return None if v is None else Money.from_minor(v, base)

    def names(missing: Iterable[MissingRate]) -> tuple[str, ...]:
        return tuple(sorted(str(x) for x in missing))

    level_missing = cur.level_missing | m.series_missing
    levels_partial = cur.levels_partial or bool(m.series_missing)
    level_filter = CardFilter(p.start, p.end)
    spec: list[tuple[str, str, int, int | None, tuple[int, ...], bool, Any, CardFilter]] = [
        ("net_worth", "Net worth", cur.net_worth, None if prev is None else prev.net_worth,
         m.net_worth_series, levels_partial, level_missing, level_filter),
        ("assets", "Assets", cur.assets, None if prev is None else prev.assets, (), levels_partial,
         cur.level_missing, level_filter),
        ("owed", "Owed", cur.owed, None if prev is None else prev.owed, (), levels_partial,
         cur.level_missing, level_filter),
        ("income", "Income", cur.income, None if prev is None else prev.income, (),
         bool(cur.income_missing), cur.income_missing,
         CardFilter(p.start, p.end, _FLOW_KINDS, "income")),
        ("expenses", "Expenses", cur.expenses, None if prev is None else prev.expenses, (),
         bool(cur.expense_missing), cur.expense_missing,
         CardFilter(p.start, p.end, _FLOW_KINDS, "expense")),
        ("cash_flow", "Cash flow", cur.cash_flow, None if prev is None else prev.cash_flow, (),
         bool(cur.income_missing or cur.expense_missing),
         cur.income_missing | cur.expense_missing, CardFilter(p.start, p.end, _FLOW_KINDS)),
    ]  # fmt: skip
    cards = {}
    for key, title, value, before, series, partial, missing, flt in spec:
        cards[key] = Card(
            key,
            title,
            money(value),
            money(before) if prev is not None else None,
            change(value, before if prev is not None else None),
            series,
            partial,
            names(missing),
            flt,
        )
    rate_prev = prev.savings_rate if prev is not None else None
    rate_change = None
    if cur.savings_rate is not None and rate_prev is not None:
        rate_change = Change(0, cur.savings_rate - rate_prev)  # percentage points as a fraction
    cards["savings_rate"] = Card(
        "savings_rate",
        "Savings rate",
        cur.savings_rate,
        rate_prev,
        rate_change,
        (),
        bool(cur.income_missing or cur.expense_missing),
        names(cur.income_missing | cur.expense_missing),
        CardFilter(p.start, p.end, _FLOW_KINDS),
    )
    return cards


def to_dashboard(
    entry: CachedValue[PeriodMetrics], *, stale: bool = False, degraded: str | None = None
) -> DashboardMetrics:
    m = entry.value
    return DashboardMetrics(
        m.period,
        m.currency,
        _cards(m),
        m.series_days,
        m.categories,
        m.merchants,
        m.accounts,
        m.budgets,
        m.goals,
        entry.background_calculated,
        datetime.fromtimestamp(entry.computed_at),
        stale,
        degraded,
        tuple(str(x) for x in m.missing_rates),
    )


def provisional_dashboard(
    ledger: Ledger, cache: MetricsCache, period: Period, days: Iterable[date]
) -> DashboardMetrics:
    """``dashboard`` for the book right after a write on ``days`` (see ``provisional_period``)."""
    value = provisional_period(ledger, period, days)
    entry = CachedValue(value, False, time.time(), {}, from_cache=False)
    return to_dashboard(entry, degraded=cache.degraded)


def dashboard(
    ledger: Ledger,
    cache: MetricsCache,
    period: Period | PeriodName | str = PeriodName.THIS_MONTH,
    *,
    today: date | None = None,
    allow_stale: bool = True,
) -> DashboardMetrics:
    """Every dashboard card for one period, from the cache (computed once when missing).

    ``stale`` is True when the book changed since the figures were computed (the worker's
    refresh replaces them shortly); ``cache_degraded`` says why the cache is not working.
    """
    resolved = period if isinstance(period, Period) else resolve_period(ledger, period, today=today)
    entry = period_metrics(ledger, cache, resolved, allow_stale=allow_stale)
    stale = False
    if entry.from_cache:
        stale = entry.meta.get("versions") != _current_versions(ledger)
    return to_dashboard(entry, stale=stale, degraded=cache.degraded)


# -- plain data for the CLI and scripts -------------------------------------------------------
