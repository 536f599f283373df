"""Pure metric maths: flow classification, the flow index, levels, changes, budgets, goals."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.fx import MissingRate, Rate, RateTable
from permoney_desktop.domain.metrics import (
    AccountLevel,
    AccountSeries,
    Budget,
    CategoryInfo,
    FlowGroup,
    FlowIndex,
    Goal,
    budget_lines,
    change,
    flow_totals,
    goal_progress,
    level_totals,
    net_worth_series,
    savings_rate,
)
from permoney_desktop.domain.periods import DateRange
from permoney_desktop.domain.rounding import MONEY_CONTEXT, quantize_intermediate

D0 = date(2024, 1, 1)
CATS = {
    1: CategoryInfo(1, "Salary", CategoryKind.INCOME),
    2: CategoryInfo(2, "Food", CategoryKind.EXPENSE),
    3: CategoryInfo(3, "Groceries", CategoryKind.EXPENSE, 2),
    4: CategoryInfo(4, "Cafe", CategoryKind.EXPENSE, 2),
}
RATES = RateTable.of([Rate(date(2024, 1, 10), Currency("EUR"), Currency("USD"), Decimal("1.1"))])


def sums_of(groups: list[FlowGroup], span: DateRange | None = None) -> FlowIndex:
    index = FlowIndex.build(groups, "USD", RATES)
    months = {g.day.replace(day=1) for g in groups}
    index.load_months(months, groups, RATES)
    return index


def totals(groups: list[FlowGroup], span: DateRange = DateRange(D0, date(2024, 12, 31))):  # noqa: B008
    return flow_totals(sums_of(groups).sums(span), CATS, "USD", {7: "Shop", 8: "Bakery"})


def g(day: int, cat: int | None, amount: int, cur: str = "USD", merchant: int | None = None):
    return FlowGroup(
        D0 + timedelta(days=day), cat, merchant, cat is None and amount > 0, cur, amount
    )


def test_refunds_reduce_their_categorys_spending_and_are_not_income() -> None:
    t = totals([g(1, 3, -10_000), g(2, 3, 2_500), g(3, 1, 300_000)])
    assert t.income == 300_000
    assert t.expenses == 7_500
    food = next(c for c in t.categories if c.id == 2)
    assert food.total == 7_500 and food.own == 0
    assert [(c.id, c.total) for c in food.children] == [(3, 7_500)]


def test_uncategorized_flows_go_by_sign() -> None:
    t = totals([g(1, None, -4_000), g(2, None, 1_000), g(3, 4, -500)])
    assert (t.income, t.expenses) == (1_000, 4_500)
    unc = {(c.kind, c.total) for c in t.categories if c.id is None}
    assert unc == {(CategoryKind.EXPENSE, 4_000), (CategoryKind.INCOME, 1_000)}


def test_a_missing_rate_leaves_the_amount_out_and_names_the_pair_and_day() -> None:
    t = totals([g(1, 3, -1_000, "EUR"), g(20, 3, -1_000, "EUR"), g(2, 3, -100)])
    assert t.expenses == 1_100 + 100  # the 2 Jan EUR flow has no rate on or before it
    assert t.expense_missing == {MissingRate(Currency("EUR"), Currency("USD"), date(2024, 1, 2))}
    assert "EUR→USD" in str(next(iter(t.expense_missing)))
    assert t.income_missing == frozenset()
    assert next(c for c in t.categories if c.id == 2).partial


def test_top_merchants_rank_spending_only() -> None:
    t = totals([g(1, 3, -500, merchant=7), g(2, 4, -900, merchant=8), g(3, 1, 9_000, merchant=7)])
    assert [(m.name, m.spent) for m in t.merchants] == [("Bakery", 900), ("Shop", 500)]


def test_savings_rate_and_changes() -> None:
    assert savings_rate(10_000, 7_500) == Decimal("0.2500")
    assert savings_rate(0, 100) is None
    c = change(150, 100)
    assert c is not None and (c.delta, c.percent) == (50, Decimal("50.00"))
    neg = change(-50, -100)
    assert neg is not None and neg.percent == Decimal("50.00")  # less owed is an improvement
    zero = change(10, 0)
    assert zero is not None and zero.percent is None
    assert change(10, None) is None


def test_levels_convert_at_the_day_and_liabilities_count_as_owed() -> None:
    levels = [
        AccountLevel(1, "USD", Classification.ASSET, 10_000),
        AccountLevel(2, "EUR", Classification.ASSET, 1_000),
        AccountLevel(3, "USD", Classification.LIABILITY, 2_500, partial=True),
    ]
    t = level_totals(levels, "USD", date(2024, 1, 10), RATES)
    assert (t.assets, t.owed, t.net_worth) == (11_100, 2_500, 8_600)
    assert t.partial and not t.missing  # a stale balance row, no missing rate
    early = level_totals(levels, "USD", date(2024, 1, 9), RATES)
    assert early.assets == 10_000 and early.missing


def test_net_worth_series_matches_level_totals_day_by_day() -> None:
    days = [date(2024, 1, 9), date(2024, 1, 10), date(2024, 1, 11)]
    accounts = [
        AccountSeries(1, "A", "USD", Classification.ASSET, (100, 200, None)),
        AccountSeries(2, "E", "EUR", Classification.ASSET, (1_000, 1_000, 1_001)),
        AccountSeries(3, "L", "USD", Classification.LIABILITY, (None, 50, 50)),
    ]
    values, missing = net_worth_series(days, accounts, "USD", RATES)
    for i, day in enumerate(days):
        levels = [
            AccountLevel(a.account_id, a.currency, a.classification, v)
            for a in accounts
            if (v := a.values[i]) is not None
        ]
        assert values[i] == level_totals(levels, "USD", day, RATES).net_worth
    assert missing == {MissingRate(Currency("EUR"), Currency("USD"), date(2024, 1, 9))}


def test_budget_counts_children_and_goal_progress_uses_positions() -> None:
    index = sums_of([g(1, 3, -4_000), g(2, 4, -1_000), g(40, 3, -9_999)])
    month = D0
    lines = budget_lines(
        [Budget(2, month, 10_000, "USD"), Budget(4, month, 500, "USD")],
        {month: index.sums(DateRange(month, date(2024, 1, 31)))},
        CATS,
        "USD",
        RATES,
    )
    by_cat = {line.category_id: line for line in lines}
    assert (by_cat[2].actual, by_cat[2].remaining, by_cat[2].used) == (5_000, 5_000, Decimal("0.5"))
    assert by_cat[4].remaining == -500
    levels = {
        1: AccountLevel(1, "USD", Classification.ASSET, 30_000),
        2: AccountLevel(2, "USD", Classification.LIABILITY, 5_000),
    }
    (goal,) = goal_progress(
        [Goal(1, "Trip", 100_000, "USD", date(2024, 6, 1), (1, 2))], levels, D0, RATES
    )
    assert (goal.current, goal.progress, goal.remaining, goal.days_left) == (
        25_000,
        Decimal("0.25"),
        75_000,
        152,
    )


# -- the flow index against a naive sum ---------------------------------------------------------

groups_strategy = st.lists(
    st.builds(
        FlowGroup,
        st.dates(date(2023, 11, 1), date(2024, 4, 30)),
        st.sampled_from([None, 1, 2, 3, 4]),
        st.sampled_from([None, 7, 8]),
        st.booleans(),
        st.sampled_from(["USD", "USD", "EUR", "JPY"]),
        st.integers(-500_000, 500_000),
    ),
    max_size=60,
)
RATES_3 = RateTable.of(
    [
        Rate(date(2023, 12, 1), Currency("EUR"), Currency("USD"), Decimal("1.0835")),
        Rate(date(2024, 2, 15), Currency("EUR"), Currency("USD"), Decimal("1.1")),
        Rate(date(2024, 1, 1), Currency("USD"), Currency("JPY"), Decimal("148.25")),
    ]
)


def naive(groups: list[FlowGroup], span: DateRange) -> tuple[dict, dict]:
    amounts: dict = {}
    missing: dict = {}
    for x in groups:
        if x.day not in span:
            continue
        key = (x.category_id, x.merchant_id, x.positive)
        rate = RATES_3.rate(Currency(x.currency), Currency("USD"), x.day)
        amounts.setdefault(key, Decimal(0))
        if rate is None:
            missing.setdefault(key, set()).add(
                MissingRate(Currency(x.currency), Currency("USD"), x.day)
            )
            continue
        shift = 2 - {"USD": 2, "EUR": 2, "JPY": 0}[x.currency]
        amounts[key] = MONEY_CONTEXT.add(
            amounts[key],
            quantize_intermediate(MONEY_CONTEXT.multiply(Decimal(x.minor).scaleb(shift), rate)),
        )
    return amounts, missing


@settings(max_examples=60)
@given(
    groups_strategy,
    st.dates(date(2023, 11, 1), date(2024, 4, 30)),
    st.integers(0, 200),
    st.lists(st.dates(date(2023, 11, 1), date(2024, 4, 30)), max_size=4),
    groups_strategy,
)
def test_flow_index_sums_equal_a_naive_sum_even_after_patching_days(
    groups: list[FlowGroup],
    start: date,
    length: int,
    edited: list[date],
    replacement: list[FlowGroup],
) -> None:
    span = DateRange(start, start + timedelta(days=length))
    # The book query gives base-currency groups per month: feed the index that way.
    monthly = [
        FlowGroup(
            x.day.replace(day=1), *(x.category_id, x.merchant_id, x.positive), x.currency, x.minor
        )
        if x.currency == "USD"
        else x
        for x in groups
    ]
    index = FlowIndex.build(monthly, "USD", RATES_3)
    index.load_months(index.ragged_months(span), groups, RATES_3)
    days = set(edited)
    new = [x for x in replacement if x.day in days]
    index.load_months({d.replace(day=1) for d in days}, groups, RATES_3)
    index.replace_days(days, new, RATES_3)
    book = [x for x in groups if x.day not in days] + new
    index.load_months(index.ragged_months(span), book, RATES_3)
    got = index.sums(span)
    want_amounts, want_missing = naive(book, span)
    for key in set(got.amounts) | set(want_amounts):
        assert Decimal(got.amounts.get(key, 0)) == want_amounts.get(key, 0), key
    assert {k: v for k, v in got.missing.items() if v} == want_missing


def test_sums_refuse_a_ragged_month_that_is_not_loaded() -> None:
    index = FlowIndex.build([g(1, 3, -100)], "USD", RATES)
    with pytest.raises(ValueError, match="ragged"):
        index.sums(DateRange(date(2024, 1, 5), date(2024, 1, 20)))
    assert index.sums(DateRange(D0, date(2024, 1, 31))).amounts == {(3, None, False): -100}


@settings(max_examples=60)
@given(
    groups_strategy,
    groups_strategy,
    st.dates(date(2023, 11, 1), date(2024, 4, 30)),
    st.dates(date(2023, 11, 1), date(2024, 4, 30)),
    st.integers(0, 200),
)
def test_replace_from_equals_a_fresh_build_of_the_edited_book(
    old: list[FlowGroup], new: list[FlowGroup], edit: date, start: date, length: int
) -> None:
    """An edit known only by its earliest date: everything from its month on is replaced."""
    month = edit.replace(day=1)
    book = [x for x in old if x.day < month] + [x for x in new if x.day >= month]
    index = FlowIndex.build(old, "USD", RATES_3)
    index.load_months({x.day.replace(day=1) for x in old}, old, RATES_3)
    index.replace_from(edit, [x for x in book if x.day >= month], RATES_3)
    span = DateRange(start, start + timedelta(days=length))
    index.load_months(index.missing_months(span), book, RATES_3)
    got = index.sums(span)
    want_amounts, want_missing = naive(book, span)
    for key in set(got.amounts) | set(want_amounts):
        assert Decimal(got.amounts.get(key, 0)) == want_amounts.get(key, 0), key
    assert {k: v for k, v in got.missing.items() if v} == want_missing


@settings(max_examples=60)
@given(
    groups_strategy,
    groups_strategy,
    st.dates(date(2023, 11, 1), date(2024, 4, 30)),
    st.dates(date(2023, 11, 1), date(2024, 4, 30)),
    st.integers(0, 200),
)
def test_replace_from_day_equals_a_fresh_build_of_the_edited_book(
    old: list[FlowGroup], new: list[FlowGroup], edit: date, start: date, length: int
) -> None:
    """A refresh rereads only from the edited day when its month is held day by day; the
    month's earlier days are kept and its monthly sum is rebuilt from them."""
    book = [x for x in old if x.day < edit] + [x for x in new if x.day >= edit]
    index = FlowIndex.build(old, "USD", RATES_3)
    index.load_months({x.day.replace(day=1) for x in old} | {edit.replace(day=1)}, old, RATES_3)
    index.replace_from_day(edit, [x for x in book if x.day >= edit], RATES_3)
    span = DateRange(start, start + timedelta(days=length))
    index.load_months(index.missing_months(span), book, RATES_3)
    got = index.sums(span)
    want_amounts, want_missing = naive(book, span)
    for key in set(got.amounts) | set(want_amounts):
        assert Decimal(got.amounts.get(key, 0)) == want_amounts.get(key, 0), key
    assert {k: v for k, v in got.missing.items() if v} == want_missing


def test_replace_from_day_needs_its_month_loaded() -> None:
    index = FlowIndex.build([g(1, 3, -100)], "USD", RATES)
    with pytest.raises(ValueError, match="load the month"):
        index.replace_from_day(date(2024, 1, 5), [], RATES)
