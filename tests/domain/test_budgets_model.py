"""Envelope and tracking figures over random histories equal a naive month-by-month model.

The history goes through the metrics' own flow index (groups → ``FlowIndex`` → monthly sums →
``month_flows``), so conversion, refunds and missing rates are the app's; the model below
recomputes everything from the raw entries with plain loops.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.budget_flows import month_flows
from permoney_desktop.domain.budgets import (
    BudgetInputs,
    BudgetMode,
    Carry,
    Envelope,
    carry_into,
    month_figures,
    month_step,
)
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.fx import Rate, RateTable
from permoney_desktop.domain.metrics import CategoryInfo, FlowGroup, FlowIndex
from permoney_desktop.domain.periods import add_months
from permoney_desktop.domain.rounding import quantize

BASE = "USD"
FIRST = date(2024, 1, 1)
MONTHS = 8
RATE_FROM = date(2024, 4, 1)  # EUR amounts before this day have no rate (partial figures)
EUR_RATE = Decimal("1.0875")

CATEGORIES = {
    1: CategoryInfo(1, "Food", CategoryKind.EXPENSE),
    2: CategoryInfo(2, "Groceries", CategoryKind.EXPENSE, 1),
    3: CategoryInfo(3, "Rent", CategoryKind.EXPENSE),
    4: CategoryInfo(4, "Fun", CategoryKind.EXPENSE),
    10: CategoryInfo(10, "Salary", CategoryKind.INCOME),
}
EXPENSES = [1, 2, 3, 4]


@dataclass(frozen=True)
class Tx:
    day: date
    category: int | None
    minor: int  # signed: negative = money out; a positive expense is a refund
    currency: str
    transfer: bool  # transfers never count


def _month(i: int) -> date:
    return add_months(FIRST, i)


txs = st.builds(
    Tx,
    day=st.builds(
        lambda m, d: _month(m).replace(day=d),
        st.integers(0, MONTHS - 1),
        st.integers(1, 28),
    ),
    category=st.sampled_from([1, 2, 3, 4, 10, None]),
    minor=st.integers(-90_000, 60_000),
    currency=st.sampled_from([BASE, BASE, "EUR"]),
    transfer=st.booleans(),
)
budget_maps = st.dictionaries(
    st.tuples(st.sampled_from(EXPENSES), st.integers(0, MONTHS - 1).map(_month)),
    st.integers(-5_000, 80_000),
    max_size=20,
)

RATES = RateTable.of([Rate(RATE_FROM, Currency("EUR"), Currency(BASE), EUR_RATE)])


def _inputs(
    history: list[Tx], budgets: dict[tuple[int, date], int], carry: frozenset[int], mode: BudgetMode
) -> BudgetInputs:
    groups = [
        FlowGroup(t.day, t.category, None, t.category is None and t.minor > 0, t.currency, t.minor)
        for t in history
        if not t.transfer  # the store's SQL leaves transfers out (FLOW_KINDS)
    ]
    index = FlowIndex.build(groups, BASE, RATES)
    flows = {m: month_flows(s, CATEGORIES) for m, s in index.monthly.items()}
    envelopes = tuple(
        Envelope(c.id, c.name, c.parent_id)
        for c in CATEGORIES.values()
        if c.kind is CategoryKind.EXPENSE
    )
    return BudgetInputs(mode, envelopes, {k: v for k, v in budgets.items() if v}, flows, carry)


def _converted(t: Tx) -> Decimal | None:
    if t.currency == BASE:
        return Decimal(t.minor)
    if t.day < RATE_FROM:
        return None
    return Decimal(t.minor) * EUR_RATE


def _naive(
    history: list[Tx],
    budgets: dict[tuple[int, date], int],
    carry: frozenset[int],
    mode: BudgetMode,
    income_id: int = 10,
    expenses: tuple[int, ...] = tuple(EXPENSES),
) -> dict[date, tuple[object, ...]]:
    budgets = {k: v for k, v in budgets.items() if v}
    start = min((m for _c, m in budgets), default=None)
    out: dict[date, tuple[object, ...]] = {}
    avail: dict[int, int] = {}
    partial: set[int] = set()
    to_budget = 0
    tb_partial = False
    taken = 0
    for i in range(MONTHS):
        month = _month(i)
        if mode is BudgetMode.TRACKING or start is None or month <= start:
            avail, partial, to_budget, tb_partial, taken = {}, set(), 0, False, 0
        spent_exact = dict.fromkeys(expenses, Decimal(0))
        missing: set[int] = set()
        income_exact = Decimal(0)
        income_missing = False
        for t in history:
            if t.transfer or t.category is None or t.day.replace(day=1) != month:
                continue
            value = _converted(t)
            if t.category == income_id:
                if value is None:
                    income_missing = True
                else:
                    income_exact += value
                continue
            if value is None:
                missing.add(t.category)
            else:
                spent_exact[t.category] -= value
        income = int(quantize(income_exact, 0))
        lines = {}
        budgeted_total = 0
        taken_now = 0
        taken_partial = False
        next_avail: dict[int, int] = {}
        next_partial: set[int] = set()
        for c in expenses:
            spent = int(quantize(spent_exact[c], 0))
            budgeted = budgets.get((c, month), 0)
            carried = avail.get(c, 0) if mode is BudgetMode.ENVELOPE else 0
            is_partial = c in missing or (mode is BudgetMode.ENVELOPE and c in partial)
            available = carried + budgeted - spent
            budgeted_total += budgeted
            lines[c] = (carried, budgeted, spent, available, is_partial)
            if is_partial:
                next_partial.add(c)
            if available < 0 and c not in carry:
                taken_now += -available
                taken_partial = taken_partial or is_partial
            else:
                next_avail[c] = available
        if mode is BudgetMode.ENVELOPE:
            to_budget = to_budget + income - budgeted_total - taken
            tb_partial = tb_partial or income_missing
            shown_taken = taken
        else:
            to_budget = income - budgeted_total
            tb_partial = income_missing
            shown_taken = 0
        out[month] = (to_budget, income, shown_taken, tb_partial, lines)
        avail, partial, taken = next_avail, next_partial, taken_now
        tb_partial = tb_partial or taken_partial
    return out


def _shown(inputs: BudgetInputs, month: date) -> tuple[object, ...]:
    f = month_figures(inputs, month)
    lines = {
        c: (
            f.line(c).carried,
            f.line(c).budgeted,
            f.line(c).spent,
            f.line(c).available,
            f.line(c).partial,
        )
        for c in EXPENSES
    }
    return (f.to_budget, f.income, f.overspent_last_month, f.to_budget_partial, lines)


@settings(max_examples=150)
@given(
    history=st.lists(txs, max_size=40),
    budgets=budget_maps,
    carry=st.frozensets(st.sampled_from(EXPENSES)),
    mode=st.sampled_from(list(BudgetMode)),
)
def test_figures_equal_the_naive_model(
    history: list[Tx],
    budgets: dict[tuple[int, date], int],
    carry: frozenset[int],
    mode: BudgetMode,
) -> None:
    inputs = _inputs(history, budgets, carry, mode)
    expected = _naive(history, budgets, carry, mode)
    for i in range(MONTHS):
        month = _month(i)
        assert _shown(inputs, month) == expected[month], month


@settings(max_examples=60)
@given(
    history=st.lists(txs, max_size=30),
    budgets=budget_maps,
    carry=st.frozensets(st.sampled_from(EXPENSES)),
)
def test_a_kept_carry_gives_the_same_figures_as_a_walk_from_the_start(
    history: list[Tx], budgets: dict[tuple[int, date], int], carry: frozenset[int]
) -> None:
    """The GUI keeps carries between month switches; a walk from a kept carry is no shortcut."""
    inputs = _inputs(history, budgets, carry, BudgetMode.ENVELOPE)
    known: dict[date, Carry] = {}
    for i in range(MONTHS):
        month = _month(i)
        known[month] = carry_into(inputs, month, known)
        kept, _handed = month_step(inputs, known[month], month)
        assert kept == month_figures(inputs, month)


def test_overspending_is_carried_or_taken_as_chosen() -> None:
    jan, feb = _month(0), _month(1)
    history = [Tx(jan.replace(day=5), 4, -15_000, BASE, False)]
    budgets = {(4, jan): 10_000}
    taken = _inputs(history, budgets, frozenset(), BudgetMode.ENVELOPE)
    carried = _inputs(history, budgets, frozenset({4}), BudgetMode.ENVELOPE)
    assert month_figures(taken, jan).line(4).available == -5_000
    # Default: February starts the category at zero and takes 50.00 from to-budget.
    assert month_figures(taken, feb).line(4).available == 0
    assert month_figures(taken, feb).overspent_last_month == 5_000
    assert month_figures(taken, feb).to_budget == -10_000 - 5_000
    # Carry: the category starts February at -50.00 and to-budget is left alone.
    assert month_figures(carried, feb).line(4).available == -5_000
    assert month_figures(carried, feb).to_budget == -10_000


@given(st.lists(txs, max_size=40))
def test_uncategorized_money_out_is_kept_apart_and_out_of_the_figures(history: list[Tx]) -> None:
    """Money out with no category is in no envelope: counted beside the figures (to be shown),
    never in a category's spent or in the to-budget."""
    base = [t for t in history if t.currency == BASE]
    inputs = _inputs(base, {}, frozenset(), BudgetMode.ENVELOPE)
    none = _inputs(
        [t for t in base if t.category is not None], {}, frozenset(), BudgetMode.ENVELOPE
    )
    for i in range(MONTHS):
        month = _month(i)
        want = -sum(
            t.minor
            for t in base
            if not t.transfer and t.category is None and t.minor < 0 and t.day >= month
            and t.day < add_months(month, 1)
        )  # fmt: skip
        flows = inputs.flows.get(month)
        assert (0 if flows is None else flows.uncategorized) == want
        assert month_figures(inputs, month).key() == month_figures(none, month).key()
