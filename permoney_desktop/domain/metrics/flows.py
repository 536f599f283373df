"""Income and expense flows: the per-day flow index, category and merchant totals, savings rate."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, localcontext

from permoney_desktop.domain.currency import Currency, exponent
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.fx import MissingRate, RateTable
from permoney_desktop.domain.metrics.values import (
    _NONE,
    _ONE_DAY,
    _RATIO,
    TOP_MERCHANTS,
    UNCATEGORIZED,
    Amount,
    CategoryInfo,
    FlowGroup,
    FlowKey,
    Missing,
    _exact,
    round_minor,
)
from permoney_desktop.domain.periods import DateRange, add_months, next_month
from permoney_desktop.domain.rounding import MONEY_CONTEXT, quantize, quantize_intermediate

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
