"""Envelope and tracking budget figures per month: one pure function for the worker and the GUI.

Envelope (zero-based) rules, month by month from the first month that has a budget:

* ``to budget`` = money received in income categories − everything budgeted, both summed since
  the first budgeted month, − overspending taken from it (below);
* a category's ``available`` = last month's carried available + budgeted − spent;
* a positive available rolls over; a negative one is either carried as negative into next month
  (the category is in ``carry_negative``) or reset to zero and taken from next month's
  ``to budget`` (the default, shown on screen as "overspent last month").

Tracking: budgeted vs spent of the month alone; ``to budget`` = the month's income − its
budgets; nothing rolls over.

Amounts are integer minor units of the book's base currency. ``spent`` and ``income`` come from
``MonthFlows`` (built by ``domain.budget_flows.month_flows``), already rounded once per category
and month; a missing exchange rate marks a figure ``partial`` and every figure it rolls into.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from permoney_desktop.domain.periods import add_months


class BudgetMode(StrEnum):
    ENVELOPE = "envelope"
    TRACKING = "tracking"


class Overspend(StrEnum):
    """What happens to a category's negative available at the end of a month."""

    CARRY = "carry"  # carried as a negative available into next month
    TO_BUDGET = "to_budget"  # reset to zero and taken from next month's to-budget

    @property
    def label(self) -> str:
        if self is Overspend.CARRY:
            return "overspending carries into next month as negative available"
        return "overspending is taken from next month's to-budget"


@dataclass(frozen=True, slots=True)
class Envelope:
    """An expense category that can hold a budget (two levels: parent or child)."""

    id: int
    name: str
    parent_id: int | None = None


_EMPTY: Mapping[int, int] = MappingProxyType({})


@dataclass(frozen=True)
class MonthFlows:
    """One month's spending per expense category (its own entries, positive = spent) and the
    income received, in base minor units; ``partial`` names figures a missing rate left out."""

    spent: Mapping[int, int] = field(default_factory=lambda: _EMPTY)
    income: int = 0
    partial: frozenset[int] = frozenset()
    income_partial: bool = False
    # Money out with no category: in no envelope, so in no "spent" above; shown beside the
    # figures so the user is not misled (never part of the figures or their stamp).
    uncategorized: int = 0
    uncategorized_partial: bool = False


NO_FLOWS = MonthFlows()


@dataclass(frozen=True)
class BudgetInputs:
    """Everything the figures depend on; the worker reads it from the book, the GUI patches
    its copy with each edit."""

    mode: BudgetMode
    envelopes: tuple[Envelope, ...]
    budgets: Mapping[tuple[int, date], int]  # (category, first day of month) → amount
    flows: Mapping[date, MonthFlows]  # first day of month → flows
    carry_negative: frozenset[int] = frozenset()

    @property
    def start(self) -> date | None:
        """The first budgeted month: where the envelopes begin."""
        return min((m for _c, m in self.budgets), default=None)

    def policy(self, category_id: int) -> Overspend:
        return Overspend.CARRY if category_id in self.carry_negative else Overspend.TO_BUDGET

    def with_budget(self, category_id: int, month: date, amount: int) -> BudgetInputs:
        """These inputs with one budget changed (zero removes it)."""
        budgets = dict(self.budgets)
        key = (category_id, month.replace(day=1))
        if amount:
            budgets[key] = amount
        else:
            budgets.pop(key, None)
        return BudgetInputs(self.mode, self.envelopes, budgets, self.flows, self.carry_negative)


@dataclass(frozen=True, slots=True)
class Line:
    """One category in one month."""

    category_id: int
    carried: int  # available carried in from last month
    budgeted: int
    spent: int
    available: int
    partial: bool = False

    @property
    def overspent(self) -> bool:
        return self.available < 0


@dataclass(frozen=True, slots=True)
class Carry:
    """What one month hands to the next: availables, to-budget, overspending to take."""

    available: Mapping[int, int] = field(default_factory=lambda: _EMPTY)
    partial: frozenset[int] = frozenset()
    to_budget: int = 0
    to_budget_partial: bool = False
    taken: int = 0  # last month's overspending taken from this month's to-budget


OPENING = Carry()


@dataclass(frozen=True)
class MonthFigures:
    month: date
    mode: BudgetMode
    to_budget: int
    income: int
    overspent_last_month: int  # taken from this month's to-budget (envelope, default policy)
    lines: Mapping[int, Line]
    to_budget_partial: bool = False

    @property
    def budgeted(self) -> int:
        return sum(line.budgeted for line in self.lines.values())

    @property
    def spent(self) -> int:
        return sum(line.spent for line in self.lines.values())

    @property
    def available(self) -> int:
        return sum(line.available for line in self.lines.values())

    @property
    def partial(self) -> bool:
        return self.to_budget_partial or any(line.partial for line in self.lines.values())

    def line(self, category_id: int) -> Line:
        return self.lines.get(category_id) or Line(category_id, 0, 0, 0, 0)

    def key(self) -> tuple[object, ...]:
        """Every figure, for comparing the GUI's optimistic figures with the worker's."""
        return (
            self.month,
            self.mode.value,
            self.to_budget,
            self.income,
            self.overspent_last_month,
            self.to_budget_partial,
            tuple(sorted(self.lines.items())),
        )


def month_step(inputs: BudgetInputs, carry: Carry, month: date) -> tuple[MonthFigures, Carry]:
    """One month's figures from what the month before handed over, and what this one hands on."""
    month = month.replace(day=1)
    flows = inputs.flows.get(month, NO_FLOWS)
    envelope = inputs.mode is BudgetMode.ENVELOPE
    ids = {e.id for e in inputs.envelopes}
    lines: dict[int, Line] = {}
    budgeted_total = 0
    next_available: dict[int, int] = {}
    next_partial: set[int] = set()
    taken = 0
    taken_partial = False
    for cat in ids:
        carried = carry.available.get(cat, 0) if envelope else 0
        budgeted = inputs.budgets.get((cat, month), 0)
        spent = flows.spent.get(cat, 0)
        partial = cat in flows.partial or (envelope and cat in carry.partial)
        available = carried + budgeted - spent
        budgeted_total += budgeted
        lines[cat] = Line(cat, carried, budgeted, spent, available, partial)
        if not envelope:
            continue
        if available < 0 and cat not in inputs.carry_negative:
            taken -= available
            taken_partial = taken_partial or partial
        elif available:
            next_available[cat] = available
        if partial:
            next_partial.add(cat)
    if envelope:
        to_budget = carry.to_budget + flows.income - budgeted_total - carry.taken
        to_partial = carry.to_budget_partial or flows.income_partial
        overspent_last = carry.taken
    else:
        to_budget = flows.income - budgeted_total
        to_partial = flows.income_partial
        overspent_last = 0
    figures = MonthFigures(
        month, inputs.mode, to_budget, flows.income, overspent_last, lines, to_partial
    )
    handed = Carry(
        MappingProxyType(next_available),
        frozenset(next_partial),
        to_budget,
        to_partial or taken_partial,
        taken,
    )
    return figures, handed


def carry_into(
    inputs: BudgetInputs, month: date, known: Mapping[date, Carry] | None = None
) -> Carry:
    """What the months before ``month`` hand to it (nothing before the first budgeted month).

    ``known``: carries already computed for these inputs (first day of month → carry into it),
    so a walk starts from the latest one before ``month`` instead of the first budgeted month.
    """
    month = month.replace(day=1)
    start = inputs.start
    if inputs.mode is BudgetMode.TRACKING or start is None or month <= start:
        return OPENING
    carry = OPENING
    at = start
    if known:
        usable = [m for m in known if start < m <= month]
        if usable:
            at = max(usable)
            carry = known[at]
    while at < month:
        _figures, carry = month_step(inputs, carry, at)
        at = add_months(at, 1)
    return carry


def month_figures(inputs: BudgetInputs, month: date, carry: Carry | None = None) -> MonthFigures:
    """The month's figures (``carry``: the carry into it, when the caller kept it)."""
    if carry is None:
        carry = carry_into(inputs, month)
    figures, _handed = month_step(inputs, carry, month)
    return figures


def months_between(first: date, last: date) -> Iterable[date]:
    month = first.replace(day=1)
    while month <= last:
        yield month
        month = add_months(month, 1)


def inputs_stamp(inputs: BudgetInputs) -> str:
    """A digest of every input: equal stamps mean equal figures (the GUI's optimistic inputs
    against the worker's, the cache's entry against the book)."""
    parts = [
        inputs.mode.value,
        repr(sorted(inputs.carry_negative)),
        repr(sorted((e.id, e.parent_id) for e in inputs.envelopes)),
        repr(sorted((c, m.toordinal(), a) for (c, m), a in inputs.budgets.items())),
    ]
    for month in sorted(inputs.flows):
        f = inputs.flows[month]
        parts.append(
            repr(
                (
                    month.toordinal(),
                    sorted(f.spent.items()),
                    f.income,
                    sorted(f.partial),
                    f.income_partial,
                )
            )
        )
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]
