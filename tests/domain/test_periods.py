"""Dashboard periods: their ranges, their previous comparable ranges, and series sampling."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.periods import (
    NAMED_PERIODS,
    DateRange,
    PeriodName,
    add_months,
    all_named_periods,
    custom_period,
    named_period,
)

TODAY = date(2024, 3, 31)


@pytest.mark.parametrize(
    "name, current, previous",
    [
        ("this_month", ("2024-03-01", "2024-03-31"), ("2024-02-01", "2024-02-29")),
        ("last_month", ("2024-02-01", "2024-02-29"), ("2024-01-01", "2024-01-31")),
        ("last_3_months", ("2024-01-01", "2024-03-31"), ("2023-10-01", "2023-12-31")),
        ("year_to_date", ("2024-01-01", "2024-03-31"), ("2023-01-01", "2023-03-31")),
        ("last_12_months", ("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31")),
    ],
)
def test_named_periods_and_their_previous(
    name: str, current: tuple[str, str], previous: tuple[str, str]
) -> None:
    p = named_period(PeriodName(name), TODAY)
    assert (p.start.isoformat(), p.end.isoformat()) == current
    assert p.previous is not None
    assert (p.previous.start.isoformat(), p.previous.end.isoformat()) == previous


def test_month_to_date_compares_with_the_same_days_of_last_month() -> None:
    p = named_period(PeriodName.THIS_MONTH, date(2024, 3, 10))
    assert p.range == DateRange(date(2024, 3, 1), date(2024, 3, 10))
    assert p.previous == DateRange(date(2024, 2, 1), date(2024, 2, 10))


def test_year_to_date_on_a_leap_day() -> None:
    p = named_period(PeriodName.YEAR_TO_DATE, date(2024, 2, 29))
    assert p.previous == DateRange(date(2023, 1, 1), date(2023, 2, 28))


def test_all_time_starts_at_the_books_first_day_and_has_no_previous() -> None:
    p = named_period(PeriodName.ALL_TIME, TODAY, date(2019, 5, 4))
    assert p.range == DateRange(date(2019, 5, 4), TODAY) and p.previous is None
    empty = named_period(PeriodName.ALL_TIME, TODAY, None)
    assert empty.range == DateRange(TODAY, TODAY)


def test_custom_period_compares_with_the_same_length_just_before() -> None:
    p = custom_period(date(2024, 1, 10), date(2024, 1, 19))
    assert p.previous == DateRange(date(2023, 12, 31), date(2024, 1, 9))
    with pytest.raises(DomainError, match="cannot end"):
        custom_period(date(2024, 1, 10), date(2024, 1, 9))


def test_unknown_period_name_is_a_clear_error() -> None:
    with pytest.raises(DomainError, match="unknown period 'fortnight'"):
        PeriodName.parse("fortnight")
    assert PeriodName.parse("Last-12-Months") is PeriodName.LAST_12_MONTHS


def test_series_is_daily_up_to_a_year_then_weekly() -> None:
    year = DateRange(date(2023, 1, 1), date(2023, 12, 31))
    assert year.sample_days() == [date(2023, 1, 1) + timedelta(days=i) for i in range(365)]
    long = DateRange(date(2020, 1, 1), date(2023, 12, 31))
    days = long.sample_days()
    assert days[0] == long.start and days[-1] == long.end
    gaps = {(b - a).days for a, b in itertools.pairwise(days[1:])}
    assert gaps == {7}


@given(st.dates(date(2000, 1, 1), date(2099, 12, 31)), st.integers(-40, 40))
def test_add_months_clamps_and_round_trips_on_early_days(day: date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day <= day.day
    if day.day <= 28:
        assert add_months(moved, -months) == day


@given(st.dates(date(2001, 1, 1), date(2099, 12, 31)))
def test_every_named_period_ends_by_today_and_its_previous_ends_before_it(today: date) -> None:
    periods = all_named_periods(today, date(2000, 1, 1))
    assert [p.name for p in periods] == list(NAMED_PERIODS)
    for p in periods:
        assert p.end <= today
        if p.previous is not None:
            assert p.previous.end < p.start
            assert p.previous.days <= p.range.days + 3  # months differ in length
        assert p.affected_by(p.end) and not p.affected_by(p.end + timedelta(days=1))
