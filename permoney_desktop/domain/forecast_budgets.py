"""Budgets as expected spending in the cash-flow forecast: how much each budgeted category is
still expected to spend per month, and how that spending is spread over the month's days.

The rules, said on screen and in the CLI's output (``SPREAD_NOTE``):

* this month: what is left of the month's budget (budgeted − spent this month, never below
  zero; money rolled over from earlier months is savings, not planned spending);
* a later month: its budgeted amount; a month with no budget at all repeats the latest
  budgeted month before it (a budget set for this month only would otherwise stop the
  forecast's spending next month);
* minus what the schedules still to come already spend in that category and month (those are
  in the forecast already: never counted twice), never below zero;
* spread evenly over the month's days still to come (tomorrow onwards this month), a
  remainder of minor units going to the earliest days.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from permoney_desktop.domain.forecast import Flow
from permoney_desktop.domain.periods import add_months, last_day_of_month

SPREAD_NOTE = (
    "Budgets: what is left of this month's budget and each later month's budget (a month with "
    "no budget repeats the last budgeted one), less what schedules already spend in the "
    "category, spread evenly over the month's remaining days."
)


@dataclass(frozen=True, slots=True)
class BudgetPlan:
    """What the forecast needs of the budgets, in base minor units (positive = spending)."""

    this_month: date  # first day of today's month
    remaining: Mapping[int, int]  # category → budgeted − spent of this month (may be < 0)
    budgets: Mapping[tuple[int, date], int]  # (category, first day of month) → budgeted
    scheduled: Mapping[tuple[int, date], int]  # (category, month) → schedules still to come


def month_budgets(budgets: Mapping[tuple[int, date], int], month: date) -> dict[int, int]:
    """The budgets of ``month``; a month with none repeats the latest budgeted month before."""
    months = {m for _c, m in budgets}
    if month not in months:
        earlier = [m for m in months if m < month]
        if not earlier:
            return {}
        month = max(earlier)
    return {c: a for (c, m), a in budgets.items() if m == month}


def expected_spending(plan: BudgetPlan, last_month: date) -> dict[tuple[int, date], int]:
    """Per (category, month) from this month to ``last_month``: the spending the forecast
    still expects beyond the schedules (zero amounts left out)."""
    out: dict[tuple[int, date], int] = {}
    month = plan.this_month
    while month <= last_month.replace(day=1):
        if month == plan.this_month:
            planned = dict(plan.remaining)
        else:
            planned = month_budgets(plan.budgets, month)
        for cat, amount in planned.items():
            left = max(0, amount) - max(0, plan.scheduled.get((cat, month), 0))
            if left > 0:
                out[(cat, month)] = left
        month = add_months(month, 1)
    return out


def spread(amount: int, first: date, last: date) -> list[tuple[date, int]]:
    """``amount`` over the days ``first``..``last`` evenly, the remainder one minor unit a day
    from the first day (empty when there are no days)."""
    n = (last - first).days + 1
    if n <= 0 or amount == 0:
        return []
    share, extra = divmod(amount, n)
    out = []
    for k in range(n):
        value = share + (1 if k < extra else 0)
        if value:
            out.append((first + timedelta(days=k), value))
    return out


def budget_flows(
    plan: BudgetPlan,
    today: date,
    end: date,
    account_of: Mapping[int, int],
) -> list[Flow]:
    """The expected spending as entry-signed flows (money out) on the account each category is
    spent from, for the days after ``today`` up to ``end``; a category with no account in
    ``account_of`` is left out."""
    out: list[Flow] = []
    for (cat, month), amount in sorted(expected_spending(plan, end).items()):
        account = account_of.get(cat)
        if account is None:
            continue
        first = max(month, today + timedelta(days=1))
        for day, value in spread(amount, first, last_day_of_month(month)):
            if day > end:
                break
            out.append(Flow(day, account, -value))
    return out


def main_accounts(counts: Iterable[tuple[int, int, int]], usable: Iterable[int]) -> dict[int, int]:
    """Per category, the account most of its spending came from (``counts``: category,
    account, number of entries), among ``usable`` accounts; ties go to the lower account id.
    Key ``0``: the account with the most spending overall, for categories with no history."""
    allowed = set(usable)
    best: dict[int, tuple[int, int]] = {}
    overall: dict[int, int] = {}
    for cat, account, n in counts:
        if account not in allowed:
            continue
        overall[account] = overall.get(account, 0) + n
        mine = best.get(cat)
        if mine is None or (n, -account) > (mine[1], -mine[0]):
            best[cat] = (account, n)
    out = {cat: account for cat, (account, _n) in best.items()}
    if overall:
        out[0] = min(overall, key=lambda a: (-overall[a], a))
    return out
