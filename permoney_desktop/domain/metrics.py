"""Dashboard metric maths on plain data: flows, levels, changes, budgets and goals.

Conventions:

* Flows are the book's ``transaction`` entries only (``entries.counts_as_income_or_expense``):
  transfers and valuations are neither income nor expense.
* An entry is income or expense by its category's kind, whatever its sign: a positive amount
  in an expense category is a refund and reduces that category's spending; a negative one in an
  income category reduces income. Uncategorized entries go by sign (in = income, out = expense).
* Foreign amounts are converted at the rate of their own day, kept unrounded, and each reported
  figure is rounded once (``rounding.quantize``). A figure that needed a missing rate leaves
  that amount out and carries the ``MissingRate`` (pair and day), so it shows as partial.
* Results are integer minor units of the base currency (cheap and exact to cache).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, localcontext
from typing import ParamSpec, TypeVar

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.currency import Currency, exponent
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.fx import MissingRate, RateTable
from permoney_desktop.domain.periods import DateRange, Period, add_months, next_month
from permoney_desktop.domain.rounding import MONEY_CONTEXT, quantize, quantize_intermediate

UNCATEGORIZED = "Uncategorized"
TOP_MERCHANTS = 10
_RATIO = 4  # savings rate and progress as fractions with 4 places (0.2534 = 25.34 %)

# (category id, merchant id, positive): ``positive`` splits uncategorized flows by sign and is
# always False for categorized ones, whose refunds must net against their spending.
FlowKey = tuple[int | None, int | None, bool]
Missing = frozenset[MissingRate]
# Base-currency minor units; a Decimal only once a conversion brought in a fraction.
Amount = int | Decimal
_NONE: Missing = frozenset()
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class FlowGroup:
    """One aggregate row from the store: the sum of a day's flows for one key and currency."""

    day: date
    category_id: int | None
    merchant_id: int | None
    positive: bool
    currency: str
    minor: int


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    id: int
    name: str
    kind: CategoryKind
    parent_id: int | None = None


@dataclass(frozen=True, slots=True)
class AccountLevel:
    """An account's level on a day, as the user sees it (owed for liabilities)."""

    account_id: int
    currency: str
    classification: Classification
    level_minor: int
    partial: bool = False


@dataclass(frozen=True, slots=True)
class Budget:
    category_id: int
    month: date
    amount_minor: int
    currency: str


@dataclass(frozen=True, slots=True)
class Goal:
    id: int
    name: str
    target_minor: int
    currency: str
    target_date: date | None
    account_ids: tuple[int, ...]


P = ParamSpec("P")
R = TypeVar("R")


def _exact(fn: Callable[P, R]) -> Callable[P, R]:
    """Run ``fn`` with the money context, so ``+`` on Decimals keeps every digit."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with localcontext(MONEY_CONTEXT):
            return fn(*args, **kwargs)

    return run


def in_minor(minor: int, cur: str, to: str, day: date, rates: RateTable) -> Amount | MissingRate:
    """``minor`` units of ``cur`` as minor units of ``to`` at the rate of ``day``, unrounded
    (kept at the fixed intermediate scale of ``rounding.quantize_intermediate``)."""
    if cur == to:
        return minor
    rate = rates.rate(Currency(cur), Currency(to), day)
    if rate is None:
        return MissingRate(Currency(cur), Currency(to), day)
    shift = exponent(Currency(to)) - exponent(Currency(cur))
    return quantize_intermediate(
        MONEY_CONTEXT.multiply(Decimal(minor).scaleb(shift, MONEY_CONTEXT), rate)
    )


def round_minor(value: Amount) -> int:
    """Round once, with the app's policy, to whole minor units."""
    return value if isinstance(value, int) else int(quantize(value, 0))


# -- flows ------------------------------------------------------------------------------------


@dataclass
class FlowSums:
    """Unrounded base-currency minor units per key, and the missing rates that left amounts
    out. Sums stay Python ints until a converted amount brings in a Decimal."""

    amounts: dict[FlowKey, Amount] = field(default_factory=dict)
    missing: dict[FlowKey, set[MissingRate]] = field(default_factory=dict)

    def add(self, other: FlowSums) -> None:
        amounts = self.amounts
        with localcontext(MONEY_CONTEXT):
            for key, value in other.amounts.items():
                amounts[key] = amounts.get(key, 0) + value
        for key, miss in other.missing.items():
            self.missing.setdefault(key, set()).update(miss)


class Converter:
    """``in_minor`` with the rate of each (currency, day) looked up once."""

    def __init__(self, base: str, rates: RateTable) -> None:
        self.base = base
        self.rates = rates
        self._memo: dict[tuple[str, date], Decimal | None] = {}

    def __call__(self, minor: int, cur: str, day: date) -> Amount | MissingRate:
        if cur == self.base:
            return minor
        key = (cur, day)
        if key not in self._memo:
            rate = self.rates.rate(Currency(cur), Currency(self.base), day)
            shift = exponent(Currency(self.base)) - exponent(Currency(cur))
            self._memo[key] = None if rate is None else rate.scaleb(shift, MONEY_CONTEXT)
        factor = self._memo[key]
        if factor is None:
            return MissingRate(Currency(cur), Currency(self.base), day)
        return quantize_intermediate(MONEY_CONTEXT.multiply(Decimal(minor), factor))


def _add_groups(
    buckets: dict[date, FlowSums],
    groups: Iterable[FlowGroup],
    base: str,
    rates: RateTable,
    *,
    by_month: bool = False,
) -> None:
    """Add converted groups into per-day (or per-month) sums; each converts at its own day."""
    convert = Converter(base, rates)
    with localcontext(MONEY_CONTEXT):
        for g in groups:
            bucket = g.day.replace(day=1) if by_month else g.day
            sums = buckets.get(bucket)
            if sums is None:
                sums = buckets[bucket] = FlowSums()
            key = (g.category_id, g.merchant_id, g.positive)
            amounts = sums.amounts
            if g.currency == base:
                amounts[key] = amounts.get(key, 0) + g.minor
                continue
            converted = convert(g.minor, g.currency, g.day)
            if isinstance(converted, MissingRate):
                amounts.setdefault(key, 0)
                sums.missing.setdefault(key, set()).add(converted)
            else:
                amounts[key] = amounts.get(key, 0) + converted


class FlowIndex:
    """Converted flows per calendar month for the whole book, and per day for the months
    loaded in detail, so any range sums in a few thousand steps and an edited day is patched
    without rereading the book.

    Built from groups that may be per month for the base currency (no rate needed) and per day
    for other currencies (each converts at its own day). A range's whole months come from the
    monthly sums; its ragged first and last months need those months loaded day by day
    (``missing_months`` says which; ``load_months`` adds them).
    """

    def __init__(self, base: str) -> None:
        self.base = base
        self.monthly: dict[date, FlowSums] = {}
        self.daily: dict[date, FlowSums] = {}
        self.loaded: set[date] = set()

    @classmethod
    def build(cls, groups: Iterable[FlowGroup], base: str, rates: RateTable) -> FlowIndex:
        index = cls(base)
        _add_groups(index.monthly, groups, base, rates, by_month=True)
        return index

    def load_months(
        self, months: Iterable[date], groups: Iterable[FlowGroup], rates: RateTable
    ) -> None:
        """Add the day-level detail of whole ``months`` (``groups`` = all their days' groups)."""
        months = {m.replace(day=1) for m in months}
        fresh = [g for g in groups if g.day.replace(day=1) in months]
        for day in [d for d in self.daily if d.replace(day=1) in months]:
            del self.daily[day]
        _add_groups(self.daily, fresh, self.base, rates)
        self.loaded |= months

    def replace_days(
        self, days: Iterable[date], groups: Iterable[FlowGroup], rates: RateTable
    ) -> None:
        """Swap in fresh groups for exactly ``days``, whose months must be loaded."""
        days = set(days)
        months = {d.replace(day=1) for d in days}
        if not months <= self.loaded:
            raise ValueError("load the months of the replaced days first")
        for day in days:
            self.daily.pop(day, None)
        fresh = list(groups)
        for g in fresh:
            if g.day not in days:
                raise ValueError(f"group for {g.day} outside the replaced days")
        _add_groups(self.daily, fresh, self.base, rates)
        for month in months:
            self.monthly.pop(month, None)
        for day, sums in self.daily.items():
            month = day.replace(day=1)
            if month in months:
                self.monthly.setdefault(month, FlowSums()).add(sums)

    def replace_from(self, first: date, groups: Iterable[FlowGroup], rates: RateTable) -> set[date]:
        """Replace everything from ``first``'s month on with ``groups`` (per day, every
        currency, every day from that month's first day). Returns the months now loaded.

        This is what an edit needs when only its earliest dirty date is known: an entry moved
        from one date to a later one changed flows on both days.
        """
        month = first.replace(day=1)
        self.loaded = {m for m in self.loaded if m < month}
        return self._replace_tail(month, month, list(groups), rates)

    def replace_from_day(
        self, first: date, groups: Iterable[FlowGroup], rates: RateTable
    ) -> set[date]:
        """``replace_from`` from ``first`` itself rather than its month's first day: ``groups``
        are every day's groups from ``first`` on, and the days of ``first``'s month before it
        are kept. That month must be loaded day by day (an edit of today rereads one day, not
        the month). Returns the months now loaded from ``first``'s month on."""
        month = first.replace(day=1)
        if month not in self.loaded:
            raise ValueError("load the month of the first replaced day first")
        fresh = list(groups)
        for g in fresh:
            if g.day < first:
                raise ValueError(f"group for {g.day} before the first replaced day {first}")
        self.loaded = {m for m in self.loaded if m <= month}
        return self._replace_tail(month, first, fresh, rates)

    def _replace_tail(
        self, month: date, first: date, fresh: list[FlowGroup], rates: RateTable
    ) -> set[date]:
        """Drop month sums from ``month`` and day sums from ``first`` on, add ``fresh``, and
        rebuild those months' sums from their days; returns the months now loaded."""
        for m in [m for m in self.monthly if m >= month]:
            del self.monthly[m]
        for d in [d for d in self.daily if d >= first]:
            del self.daily[d]
        _add_groups(self.daily, fresh, self.base, rates)
        last = max((g.day for g in fresh), default=month).replace(day=1)
        months = set()
        m = month
        while m <= last:
            months.add(m)
            m = add_months(m, 1)
        self.loaded |= months
        for day, sums in self.daily.items():
            if day >= month:
                self.monthly.setdefault(day.replace(day=1), FlowSums()).add(sums)
        return months

    @staticmethod
    def ragged_months(span: DateRange) -> set[date]:
        """The months ``span`` covers only in part (they need day-level detail)."""
        out = set()
        for month in (span.start.replace(day=1), span.end.replace(day=1)):
            whole = DateRange(month, next_month(month) - _ONE_DAY)
            if not (span.start <= whole.start and whole.end <= span.end):
                out.add(month)
        return out

    def missing_months(self, span: DateRange) -> set[date]:
        return self.ragged_months(span) - self.loaded

    def sums(self, span: DateRange) -> FlowSums:
        """Sums over ``span``: whole months from the monthly sums, ragged ends day by day."""
        ragged = self.ragged_months(span)
        if not ragged <= self.loaded:
            raise ValueError("load the ragged months of the range first")
        total = FlowSums()
        for month in span.months():
            if month not in ragged:
                if (m := self.monthly.get(month)) is not None:
                    total.add(m)
                continue
            day = max(month, span.start)
            last = min(next_month(month) - _ONE_DAY, span.end)
            while day <= last:
                if (d := self.daily.get(day)) is not None:
                    total.add(d)
                day += _ONE_DAY
        return total


@dataclass(frozen=True, slots=True)
class CategoryTotal:
    """A category's total for the period: positive = spent (expense) or received (income).

    ``total`` includes the children's; ``own`` is what was booked on the category itself.
    ``id`` None is the uncategorized bucket of its kind.
    """

    id: int | None
    name: str
    kind: CategoryKind
    parent_id: int | None
    own: int
    total: int
    children: tuple[CategoryTotal, ...] = ()
    missing: Missing = _NONE

    @property
    def partial(self) -> bool:
        return bool(self.missing)


@dataclass(frozen=True, slots=True)
class MerchantTotal:
    id: int
    name: str
    spent: int
    missing: Missing = _NONE


@dataclass(frozen=True, slots=True)
class FlowTotals:
    income: int
    expenses: int
    income_missing: Missing
    expense_missing: Missing
    categories: tuple[CategoryTotal, ...]
    merchants: tuple[MerchantTotal, ...]

    @property
    def cash_flow(self) -> int:
        return self.income - self.expenses

    @property
    def savings_rate(self) -> Decimal | None:
        return savings_rate(self.income, self.expenses)


def key_kind(key: FlowKey, categories: Mapping[int, CategoryInfo]) -> CategoryKind:
    """Income or expense for one flow key: by category kind, else by sign."""
    cat_id, _merchant, positive = key
    cat = categories.get(cat_id) if cat_id is not None else None
    if cat is not None:
        return cat.kind
    return CategoryKind.INCOME if positive else CategoryKind.EXPENSE


@_exact
def flow_totals(
    sums: FlowSums,
    categories: Mapping[int, CategoryInfo],
    base: str,
    merchants: Mapping[int, str] | None = None,
    top: int = TOP_MERCHANTS,
) -> FlowTotals:
    """Income, expenses, the category tree and the top merchants for one range's sums."""
    income: Amount = 0
    expenses: Amount = 0
    income_missing: set[MissingRate] = set()
    expense_missing: set[MissingRate] = set()
    own: dict[tuple[int | None, CategoryKind], Amount] = {}
    own_missing: dict[tuple[int | None, CategoryKind], set[MissingRate]] = {}
    by_merchant: dict[int, Amount] = {}
    merchant_missing: dict[int, set[MissingRate]] = {}
    for key, amount in sums.amounts.items():
        kind = key_kind(key, categories)
        miss = sums.missing.get(key, set())
        cat_id = key[0] if key[0] in categories else None
        signed = amount if kind is CategoryKind.INCOME else -amount
        slot = (cat_id, kind)
        own[slot] = own.get(slot, 0) + signed
        if miss:
            own_missing.setdefault(slot, set()).update(miss)
        if kind is CategoryKind.INCOME:
            income += amount
            income_missing |= miss
        else:
            expenses -= amount
            expense_missing |= miss
            if key[1] is not None:
                by_merchant[key[1]] = by_merchant.get(key[1], 0) + signed
                if miss:
                    merchant_missing.setdefault(key[1], set()).update(miss)
    tree = _category_tree(own, own_missing, categories, base)
    names = merchants or {}
    ranked = sorted(
        (
            MerchantTotal(
                m, names.get(m, f"#{m}"), round_minor(v), frozenset(merchant_missing.get(m, ()))
            )
            for m, v in by_merchant.items()
        ),
        key=lambda t: (-t.spent, t.name, t.id),
    )
    return FlowTotals(
        round_minor(income),
        round_minor(expenses),
        frozenset(income_missing),
        frozenset(expense_missing),
        tree,
        tuple(t for t in ranked if t.spent > 0)[:top],
    )


@_exact
def _category_tree(
    own: Mapping[tuple[int | None, CategoryKind], Amount],
    own_missing: Mapping[tuple[int | None, CategoryKind], set[MissingRate]],
    categories: Mapping[int, CategoryInfo],
    base: str,
) -> tuple[CategoryTotal, ...]:
    """Roots (expense first, by total) with their children; only categories with flows."""
    children: dict[int, list[int]] = {}
    for cat in categories.values():
        if cat.parent_id is not None and cat.parent_id in categories:
            children.setdefault(cat.parent_id, []).append(cat.id)

    def build(cat: CategoryInfo) -> tuple[CategoryTotal, Amount] | None:
        kids = [b for c in children.get(cat.id, []) if (b := build(categories[c])) is not None]
        mine = own.get((cat.id, cat.kind))
        if mine is None and not kids:
            return None
        unrounded = (mine or 0) + sum((k[1] for k in kids), 0)
        miss = set(own_missing.get((cat.id, cat.kind), ()))
        for k, _v in kids:
            miss |= k.missing
        kids.sort(key=lambda k: (-k[0].total, k[0].name))
        return (
            CategoryTotal(
                cat.id,
                cat.name,
                cat.kind,
                cat.parent_id,
                round_minor(mine or 0),
                round_minor(unrounded),
                tuple(k[0] for k in kids),
                frozenset(miss),
            ),
            unrounded,
        )

    roots: list[CategoryTotal] = []
    for cat in categories.values():
        if cat.parent_id is None or cat.parent_id not in categories:
            built = build(cat)
            if built is not None:
                roots.append(built[0])
    for kind in (CategoryKind.EXPENSE, CategoryKind.INCOME):
        if (amount := own.get((None, kind))) is not None:
            value = round_minor(amount)
            miss = frozenset(own_missing.get((None, kind), ()))
            roots.append(CategoryTotal(None, UNCATEGORIZED, kind, None, value, value, (), miss))
    order = {CategoryKind.EXPENSE: 0, CategoryKind.INCOME: 1}
    roots.sort(key=lambda t: (order[t.kind], -t.total, t.name))
    return tuple(roots)


@_exact
def category_spending(
    sums: FlowSums, categories: Mapping[int, CategoryInfo]
) -> tuple[dict[int, Amount], dict[int, set[MissingRate]]]:
    """Unrounded spending per expense category including its descendants' (for budgets)."""
    spent: dict[int, Amount] = {}
    missing: dict[int, set[MissingRate]] = {}
    for key, amount in sums.amounts.items():
        cat_id = key[0]
        if cat_id is None or cat_id not in categories:
            continue
        if categories[cat_id].kind is not CategoryKind.EXPENSE:
            continue
        seen: set[int] = set()
        node: int | None = cat_id
        while node is not None and node in categories and node not in seen:
            seen.add(node)
            spent[node] = spent.get(node, 0) - amount
            if miss := sums.missing.get(key):
                missing.setdefault(node, set()).update(miss)
            node = categories[node].parent_id
    return spent, missing


def savings_rate(income: int, expenses: int) -> Decimal | None:
    """(income − expenses) / income as a fraction with 4 places; None without income."""
    if income <= 0:
        return None
    return quantize(MONEY_CONTEXT.divide(Decimal(income - expenses), Decimal(income)), _RATIO)


# -- levels -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LevelTotals:
    assets: int
    owed: int
    missing: Missing = _NONE
    stale: bool = False  # a balance row itself was partial

    @property
    def net_worth(self) -> int:
        return self.assets - self.owed

    @property
    def partial(self) -> bool:
        return bool(self.missing) or self.stale


@_exact
def level_totals(
    levels: Iterable[AccountLevel], base: str, day: date, rates: RateTable
) -> LevelTotals:
    """Assets, owed and net worth on ``day`` in ``base`` (each rounded once)."""
    assets: Amount = 0
    owed: Amount = 0
    missing: set[MissingRate] = set()
    stale = False
    for lv in levels:
        stale = stale or lv.partial
        converted = in_minor(lv.level_minor, lv.currency, base, day, rates)
        if isinstance(converted, MissingRate):
            missing.add(converted)
        elif lv.classification is Classification.LIABILITY:
            owed += converted
        else:
            assets += converted
    return LevelTotals(round_minor(assets), round_minor(owed), frozenset(missing), stale)


# -- comparisons ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Change:
    """Current minus previous, and that as a percentage of |previous| (None when 0)."""

    delta: int
    percent: Decimal | None


def change(current: int, previous: int | None) -> Change | None:
    if previous is None:
        return None
    delta = current - previous
    if previous == 0:
        return Change(delta, None)
    pct = MONEY_CONTEXT.divide(Decimal(delta) * 100, Decimal(abs(previous)))
    return Change(delta, quantize(pct, 2))


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
