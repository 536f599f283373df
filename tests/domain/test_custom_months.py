"""A custom range of whole months compares with the whole months before it, like named ones."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.periods import (
    DateRange,
    PeriodName,
    add_months,
    custom_period,
    last_day_of_month,
    named_period,
)


def test_a_whole_month_compares_with_the_whole_month_before() -> None:
    november = custom_period(date(2026, 11, 1), date(2026, 11, 30))
    assert november.previous == DateRange(date(2026, 10, 1), date(2026, 10, 31))  # not 2–31 Oct
    last_month = named_period(PeriodName.LAST_MONTH, date(2026, 12, 6))
    assert november.previous == last_month.previous or last_month.range == november.range
    assert last_month.previous == DateRange(date(2026, 10, 1), date(2026, 10, 31))


def test_a_quarter_compares_with_the_quarter_before() -> None:
    q = custom_period(date(2026, 1, 1), date(2026, 3, 31))
    assert q.previous == DateRange(date(2025, 10, 1), date(2025, 12, 31))


@given(st.dates(date(2000, 1, 1), date(2100, 1, 1)), st.integers(0, 40))
def test_any_other_range_keeps_its_length_just_before(start: date, days: int) -> None:
    end = start + timedelta(days=days)
    p = custom_period(start, end)
    assert p.previous is not None and p.previous.end == start - timedelta(days=1)
    whole = start.day == 1 and end == last_day_of_month(end)
    if whole:
        assert p.previous.start == add_months(
            start, -((end.year - start.year) * 12 + end.month - start.month + 1)
        )
    else:
        assert (p.previous.end - p.previous.start) == (end - start)
