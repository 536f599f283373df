"""The forecast projection equals a naive model: for every day, the actual level plus every
scheduled flow dated on or before it, flows on liabilities reducing the amount owed."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.forecast import Flow, project

START = date(2026, 1, 1)


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[date], dict[int, list[int]], list[Flow], frozenset[int]]:
    n_days = draw(st.integers(1, 60))
    days = [START + timedelta(days=k) for k in range(n_days)]
    accounts = draw(st.lists(st.integers(1, 9), min_size=1, max_size=4, unique=True))
    actual = {
        a: draw(st.lists(st.integers(-(10**9), 10**9), min_size=n_days, max_size=n_days))
        for a in accounts
    }
    flows = draw(
        st.lists(
            st.builds(
                Flow,
                st.integers(-5, n_days + 5).map(lambda k: START + timedelta(days=k)),
                st.sampled_from([*accounts, 99]),
                st.integers(-(10**7), 10**7),
            ),
            max_size=40,
        )
    )
    liabilities = frozenset(draw(st.sets(st.sampled_from(accounts))))
    return days, actual, flows, liabilities


@given(cases())
def test_projection_equals_a_naive_model(
    case: tuple[list[date], dict[int, list[int]], list[Flow], frozenset[int]],
) -> None:
    days, actual, flows, liabilities = case
    got = project(days, actual, flows, liabilities)
    for a, levels in actual.items():
        expected = []
        for i, d in enumerate(days):
            level = levels[i]
            for f in flows:
                if f.account_id == a and days[0] <= f.day <= d:
                    level += -f.minor if a in liabilities else f.minor
            expected.append(level)
        assert got[a] == expected


def test_days_with_gaps_count_a_flow_from_the_next_listed_day() -> None:
    days = [START, START + timedelta(days=7)]
    got = project(days, {1: [100, 100]}, [Flow(START + timedelta(days=3), 1, 50)])
    assert got == {1: [100, 150]}
