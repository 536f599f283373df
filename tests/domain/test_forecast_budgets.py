"""The budgets' expected spending in the forecast equals a naive day-by-day model: this month's
remaining budget and each later month's budget (an unbudgeted month repeating the last
budgeted one), minus the schedules still to come, spread evenly over the month's days left."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.forecast_budgets import (
    BudgetPlan,
    budget_flows,
    main_accounts,
    spread,
)

CATS = [11, 12, 13]


def _first(d: date) -> date:
    return d.replace(day=1)


def _shift(month: date, k: int) -> date:
    y, m = divmod(month.year * 12 + month.month - 1 + k, 12)
    return date(y, m + 1, 1)


@st.composite
def plans(draw: st.DrawFn) -> tuple[BudgetPlan, date, date, dict[int, int]]:
    today = draw(st.dates(date(2024, 1, 1), date(2027, 12, 31)))
    this = _first(today)
    months = [_shift(this, k) for k in range(-2, 13)]
    budgets = {
        (c, m): draw(st.integers(-500, 10**6))
        for c in CATS
        for m in months
        if draw(st.booleans()) and draw(st.booleans())
    }
    remaining = {c: draw(st.integers(-(10**5), 10**6)) for c in CATS if draw(st.booleans())}
    scheduled = {
        (c, m): draw(st.integers(-100, 10**5)) for c in CATS for m in months if draw(st.booleans())
    }
    end = today + timedelta(days=draw(st.integers(0, 400)))
    account_of = {c: draw(st.sampled_from([1, 2])) for c in CATS if draw(st.integers(0, 3))}
    return BudgetPlan(this, remaining, budgets, scheduled), today, end, account_of


def _naive_planned(plan: BudgetPlan, cat: int, month: date) -> int:
    if month == plan.this_month:
        return plan.remaining.get(cat, 0)
    look = month
    oldest = min((m for _c, m in plan.budgets), default=month)
    while look >= oldest:
        if any(m == look for _c, m in plan.budgets):
            return plan.budgets.get((cat, look), 0)
        look = _shift(look, -1)
    return 0


def _naive(
    plan: BudgetPlan, today: date, end: date, account_of: dict[int, int]
) -> dict[tuple[int, date], int]:
    out: dict[tuple[int, date], int] = {}
    day = today + timedelta(days=1)
    while day <= end:
        month = _first(day)
        last = calendar.monthrange(month.year, month.month)[1]
        first_counted = max(month, today + timedelta(days=1))
        n = last - first_counted.day + 1
        k = (day - first_counted).days
        for cat in CATS:
            if cat not in account_of:
                continue
            planned = max(0, _naive_planned(plan, cat, month))
            want = max(0, planned - max(0, plan.scheduled.get((cat, month), 0)))
            share = want // n + (1 if k < want % n else 0)
            if share:
                key = (account_of[cat], day)
                out[key] = out.get(key, 0) - share
        day += timedelta(days=1)
    return out


@given(plans())
def test_budget_flows_equal_a_naive_day_by_day_model(
    case: tuple[BudgetPlan, date, date, dict[int, int]],
) -> None:
    plan, today, end, account_of = case
    got: dict[tuple[int, date], int] = {}
    for f in budget_flows(plan, today, end, account_of):
        assert today < f.day <= end and f.minor < 0
        got[(f.account_id, f.day)] = got.get((f.account_id, f.day), 0) + f.minor
    assert got == _naive(plan, today, end, account_of)


@given(st.integers(0, 10**7), st.dates(date(2024, 1, 1), date(2027, 12, 1)), st.integers(0, 40))
def test_a_spread_adds_up_and_is_even(amount: int, first: date, span: int) -> None:
    last = first + timedelta(days=span)
    parts = spread(amount, first, last)
    assert sum(v for _d, v in parts) == amount
    values = [v for _d, v in parts]
    if len(values) == span + 1:
        assert max(values) - min(values) <= 1
    assert [d for d, _v in parts] == sorted(d for d, _v in parts)


def test_schedules_cover_part_of_a_budget_and_the_rest_is_spread() -> None:
    plan = BudgetPlan(
        date(2026, 2, 1),
        {11: 28_000},  # 280.00 left this month
        {(11, date(2026, 2, 1)): 50_000},
        {(11, date(2026, 2, 1)): 8_000, (11, date(2026, 3, 1)): 60_000},
    )
    flows = budget_flows(plan, date(2026, 2, 18), date(2026, 3, 31), {11: 7})
    february = [f for f in flows if f.day.month == 2]
    # 280 − 80 scheduled = 200 over 19..28 February: 20.00 a day.
    assert [f.minor for f in february] == [-2_000] * 10
    # March repeats February's 500 budget, fully covered by its 600 of schedules.
    assert [f for f in flows if f.day.month == 3] == []


def test_main_accounts_pick_the_most_used_account_and_an_overall_fallback() -> None:
    counts = [(11, 1, 5), (11, 2, 9), (12, 1, 3), (12, 3, 40), (13, 2, 1)]
    got = main_accounts(counts, usable=[1, 2])  # account 3 is in another currency
    assert got == {11: 2, 12: 1, 13: 2, 0: 2}
    assert main_accounts([], usable=[1]) == {}
