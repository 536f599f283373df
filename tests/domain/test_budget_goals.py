"""The monthly amount a goal still needs, against hand-computed cases and a property."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.budget_goals import monthly_needed, months_left


def test_hand_computed_cases() -> None:
    today = date(2025, 3, 15)
    assert months_left(today, date(2025, 3, 31)) == 1
    assert months_left(today, date(2025, 12, 1)) == 10
    assert months_left(today, date(2024, 1, 1)) == 1  # past due: everything now
    assert monthly_needed(1000_00, 0, date(2025, 12, 1), today) == 100_00
    assert monthly_needed(1000_00, 1, date(2025, 12, 1), today) == 100_00  # 99999 / 10 up
    assert monthly_needed(1000_00, 2000_00, date(2025, 12, 1), today) == 0
    assert monthly_needed(1000_00, 0, None, today) is None


@given(
    target=st.integers(1, 10**9),
    current=st.integers(-(10**9), 10**9),
    months=st.integers(0, 240),
)
def test_paying_the_monthly_amount_reaches_the_target_on_time(
    target: int, current: int, months: int
) -> None:
    today = date(2025, 1, 10)
    due = date(2025 + (months // 12), months % 12 + 1, 1)
    needed = monthly_needed(target, current, due, today)
    assert needed is not None
    n = months_left(today, due)
    assert current + needed * n >= target
    assert needed == 0 or current + (needed - 1) * n < target  # the smallest such amount
