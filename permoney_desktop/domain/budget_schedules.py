"""What a month's schedules will spend per category: the "cover the scheduled amount" template."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import localcontext

from permoney_desktop.domain.fx import MissingRate, RateTable
from permoney_desktop.domain.metrics import Amount, in_minor, round_minor
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.periods import last_day_of_month
from permoney_desktop.domain.rounding import MONEY_CONTEXT
from permoney_desktop.domain.schedules import Schedule


def scheduled_spending(
    schedules: Iterable[Schedule], month: date, base: str, rates: RateTable
) -> tuple[dict[int, int], frozenset[MissingRate]]:
    """Per category, the spending (positive) of every occurrence due in ``month`` — posted or
    not, so the budget covers the whole month — in ``base`` at each due day's rate; transfers
    and uncategorized schedules are left out, and a missing rate leaves its occurrence out."""
    first = month.replace(day=1)
    last = last_day_of_month(first)
    totals: dict[int, Amount] = {}
    missing: set[MissingRate] = set()
    with localcontext(MONEY_CONTEXT):
        for s in schedules:
            t = s.template
            if t.is_transfer or t.category_id is None:
                continue
            minor = Money(t.amount, s.currency).minor_units
            for occurrence in s.recurrence.occurrences(last, first):
                value = in_minor(-minor, s.currency, base, occurrence.due, rates)
                if isinstance(value, MissingRate):
                    missing.add(value)
                    continue
                cat = int(t.category_id)
                totals[cat] = totals.get(cat, 0) + value
    return {c: round_minor(v) for c, v in totals.items()}, frozenset(missing)
