"""Budget templates: the amounts a template gives a month's categories (applied as one write).

* ``fixed``: the same amount for each chosen category;
* ``average``: each category's average spending over the ``months`` months before the month;
* ``percent``: a percentage of the income received in the month before;
* ``copy``: last month's budgets (categories budgeted now but not then go back to zero);
* ``scheduled``: what the category's schedules will post in the month (given by the caller);

each optionally capped at ``cap``. Amounts are base-currency minor units, never negative.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from permoney_desktop.domain.budgets import NO_FLOWS, BudgetInputs
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.periods import add_months
from permoney_desktop.domain.rounding import MONEY_CONTEXT, quantize


class TemplateKind(StrEnum):
    FIXED = "fixed"
    AVERAGE = "average"
    PERCENT = "percent"
    COPY = "copy"
    SCHEDULED = "scheduled"

    @property
    def label(self) -> str:
        return {
            TemplateKind.FIXED: Message("Fixed amount"),
            TemplateKind.AVERAGE: Message("Average spending"),
            TemplateKind.PERCENT: Message("Percent of last month's income"),
            TemplateKind.COPY: Message("Copy last month"),
            TemplateKind.SCHEDULED: Message("Cover the scheduled amount"),
        }[self]


@dataclass(frozen=True)
class Template:
    kind: TemplateKind
    amount: int | None = None  # fixed
    months: int = 3  # average
    percent: Decimal | None = None  # percent
    cap: int | None = None

    def check(self) -> None:
        if self.kind is TemplateKind.FIXED and (self.amount is None or self.amount < 0):
            raise DomainError(Message("the fixed template needs an amount of zero or more"))
        if self.kind is TemplateKind.AVERAGE and not 1 <= self.months <= 120:
            raise DomainError(Message("the average template takes 1 to 120 months"))
        if self.kind is TemplateKind.PERCENT and (
            self.percent is None or not Decimal(0) < self.percent <= Decimal(100)
        ):
            raise DomainError(
                Message("the percent template needs a percentage above 0 and up to 100")
            )
        if self.cap is not None and self.cap < 0:
            raise DomainError(Message("a cap must be zero or more"))


def _capped(value: int, cap: int | None) -> int:
    value = max(value, 0)
    return value if cap is None else min(value, cap)


def _whole(value: Decimal) -> int:
    return int(quantize(value, 0))


def template_amounts(
    inputs: BudgetInputs,
    month: date,
    template: Template,
    categories: Iterable[int] = (),
    scheduled: Mapping[int, int] | None = None,
) -> dict[int, int]:
    """The budget each category gets in ``month`` (``categories`` empty: every category the
    template has something for)."""
    template.check()
    month = month.replace(day=1)
    chosen = list(dict.fromkeys(categories))
    known = {e.id for e in inputs.envelopes}
    for cat in chosen:
        if cat not in known:
            raise DomainError(
                Message("category #{cat} cannot hold a budget (not an expense category)", cat=cat)
            )
    kind = template.kind
    if kind in (TemplateKind.FIXED, TemplateKind.PERCENT) and not chosen:
        raise DomainError(
            Message("the {value} template needs at least one category", value=kind.value)
        )
    previous = add_months(month, -1)
    raw: dict[int, int]
    if kind is TemplateKind.FIXED:
        raw = dict.fromkeys(chosen, template.amount or 0)
    elif kind is TemplateKind.PERCENT:
        income = inputs.flows.get(previous, NO_FLOWS).income
        share = MONEY_CONTEXT.multiply(Decimal(max(income, 0)), template.percent or Decimal(0))
        raw = dict.fromkeys(chosen, _whole(MONEY_CONTEXT.divide(share, Decimal(100))))
    elif kind is TemplateKind.AVERAGE:
        firsts = [add_months(month, -i) for i in range(1, template.months + 1)]
        totals: dict[int, int] = {}
        for m in firsts:
            for cat, spent in inputs.flows.get(m, NO_FLOWS).spent.items():
                if cat in known:
                    totals[cat] = totals.get(cat, 0) + spent
        cats = chosen or sorted(c for c, v in totals.items() if v > 0)
        raw = {
            c: _whole(MONEY_CONTEXT.divide(Decimal(totals.get(c, 0)), Decimal(template.months)))
            for c in cats
        }
    elif kind is TemplateKind.COPY:
        last = {c: a for (c, m), a in inputs.budgets.items() if m == previous and c in known}
        now = {c for (c, m) in inputs.budgets if m == month and c in known}
        cats = chosen or sorted(set(last) | now)
        raw = {c: last.get(c, 0) for c in cats}
    else:
        if scheduled is None:
            raise DomainError(Message("no schedules to cover in this book"))
        cats = chosen or sorted(c for c in scheduled if c in known)
        raw = {c: scheduled.get(c, 0) for c in cats}
    return {c: _capped(v, template.cap) for c, v in raw.items()}
