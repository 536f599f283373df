"""What the cache holds for one period: its figures, net-worth series and ``PeriodMetrics``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.fx import MissingRate, RateTable
from permoney_desktop.domain.metrics.budgets import (
    BudgetLine,
    GoalProgress,
)
from permoney_desktop.domain.metrics.flows import (
    CategoryTotal,
    Converter,
    FlowTotals,
    MerchantTotal,
)
from permoney_desktop.domain.metrics.levels import (
    LevelTotals,
)
from permoney_desktop.domain.metrics.values import (
    _NONE,
    Amount,
    Missing,
    _exact,
    round_minor,
)
from permoney_desktop.domain.periods import DateRange, Period

# -- what the cache holds for one period ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeriodFigures:
    """The headline figures of one range (a period or its previous comparable period)."""

    range: DateRange
    net_worth: int
    assets: int
    owed: int
    income: int
    expenses: int
    savings_rate: Decimal | None
    level_missing: Missing = _NONE
    income_missing: Missing = _NONE
    expense_missing: Missing = _NONE
    levels_stale: bool = False

    @property
    def cash_flow(self) -> int:
        return self.income - self.expenses

    @property
    def levels_partial(self) -> bool:
        return bool(self.level_missing) or self.levels_stale

    @property
    def missing(self) -> Missing:
        return self.level_missing | self.income_missing | self.expense_missing


def period_figures(span: DateRange, levels: LevelTotals, flows: FlowTotals) -> PeriodFigures:
    return PeriodFigures(
        span,
        levels.net_worth,
        levels.assets,
        levels.owed,
        flows.income,
        flows.expenses,
        flows.savings_rate,
        levels.missing,
        flows.income_missing,
        flows.expense_missing,
        levels.stale,
    )


@dataclass(frozen=True, slots=True)
class AccountSeries:
    """An account's level (its own currency, owed for liabilities) on each series day."""

    account_id: int
    name: str
    currency: str
    classification: Classification
    values: tuple[int | None, ...]  # None before the account's first balance
    partial: bool = False


@dataclass(frozen=True, slots=True)
class PeriodMetrics:
    """Everything the dashboard shows for one period, in the base currency's minor units."""

    period: Period
    currency: str
    current: PeriodFigures
    previous: PeriodFigures | None
    categories: tuple[CategoryTotal, ...]
    merchants: tuple[MerchantTotal, ...]
    series_days: tuple[date, ...]
    net_worth_series: tuple[int, ...]
    series_missing: Missing
    accounts: tuple[AccountSeries, ...]
    budgets: tuple[BudgetLine, ...]
    goals: tuple[GoalProgress, ...]

    @property
    def missing_rates(self) -> tuple[MissingRate, ...]:
        """Every rate the figures lacked, one per currency pair (its latest day)."""
        every: set[MissingRate] = set(self.current.missing) | set(self.series_missing)
        if self.previous is not None:
            every |= self.previous.missing
        for b in self.budgets:
            every |= b.missing
        for g in self.goals:
            every |= g.missing
        # One per pair, its latest day: "no rate on or before D" covers the earlier days too.
        latest: dict[tuple[str, str], MissingRate] = {}
        for m in every:
            seen = latest.get((m.base, m.quote))
            if seen is None or m.day > seen.day:
                latest[(m.base, m.quote)] = m
        return tuple(sorted(latest.values(), key=lambda m: (m.base, m.quote)))


@_exact
def net_worth_by_day(
    days: Sequence[date],
    accounts: Sequence[AccountSeries],
    base: str,
    rates: RateTable,
    converter: Converter | None = None,
) -> tuple[list[int], list[Missing]]:
    """Net worth on each series day from the accounts' levels (same rounding as
    ``level_totals``: assets and owed rounded once each), with each day's missing rates.
    Pass one ``converter`` to share its rate lookups between several series."""
    convert = converter or Converter(base, rates)
    values = []
    missing: list[Missing] = []
    for i, day in enumerate(days):
        assets: Amount = 0
        owed: Amount = 0
        lacking: set[MissingRate] | None = None
        for acc in accounts:
            level = acc.values[i]
            if level is None:
                continue
            converted = convert(level, acc.currency, day)
            if isinstance(converted, MissingRate):
                lacking = lacking or set()
                lacking.add(converted)
            elif acc.classification is Classification.LIABILITY:
                owed += converted
            else:
                assets += converted
        values.append(round_minor(assets) - round_minor(owed))
        missing.append(_NONE if lacking is None else frozenset(lacking))
    return values, missing


def net_worth_series(
    days: Sequence[date],
    accounts: Sequence[AccountSeries],
    base: str,
    rates: RateTable,
    converter: Converter | None = None,
) -> tuple[tuple[int, ...], Missing]:
    """``net_worth_by_day`` as one tuple of values and every missing rate."""
    values, missing = net_worth_by_day(days, accounts, base, rates, converter)
    return tuple(values), frozenset().union(*missing)


def build_period_metrics(
    period: Period,
    base: str,
    *,
    current: PeriodFigures,
    previous: PeriodFigures | None,
    flows: FlowTotals,
    series_days: Sequence[date],
    series: tuple[tuple[int, ...], Missing],
    accounts: Sequence[AccountSeries],
    budgets: Sequence[BudgetLine],
    goals: Sequence[GoalProgress],
) -> PeriodMetrics:
    return PeriodMetrics(
        period,
        base,
        current,
        previous,
        flows.categories,
        flows.merchants,
        tuple(series_days),
        series[0],
        series[1],
        tuple(accounts),
        tuple(budgets),
        tuple(goals),
    )
