"""Recurrence rules against dates worked out by hand from a calendar, for the tricky cases:
the 31st, 29 February, the nth and last weekday, the last day, weekend shifts both ways."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.recurrence import (
    LAST,
    Frequency,
    Recurrence,
    Weekend,
    parse_every,
    parse_weekday,
    shift,
)

D = date


def nominal(r: Recurrence, until: date, since: date | None = None) -> list[date]:
    return [o.nominal for o in r.occurrences(until, since)]


def due(r: Recurrence, until: date, since: date | None = None) -> list[date]:
    return [o.due for o in r.occurrences(until, since)]


def test_monthly_on_the_31st_is_the_last_day_of_shorter_months() -> None:
    r = Recurrence(Frequency.MONTHLY, D(2024, 1, 31))
    assert nominal(r, D(2024, 7, 1)) == [
        D(2024, 1, 31),
        D(2024, 2, 29),  # leap year
        D(2024, 3, 31),
        D(2024, 4, 30),
        D(2024, 5, 31),
        D(2024, 6, 30),
    ]
    r = Recurrence(Frequency.MONTHLY, D(2025, 1, 15), day=31)
    assert nominal(r, D(2025, 4, 1)) == [D(2025, 1, 31), D(2025, 2, 28), D(2025, 3, 31)]


def test_monthly_on_the_30th_and_29th_in_february() -> None:
    r = Recurrence(Frequency.MONTHLY, D(2023, 1, 30))
    assert nominal(r, D(2023, 3, 31)) == [D(2023, 1, 30), D(2023, 2, 28), D(2023, 3, 30)]
    r = Recurrence(Frequency.MONTHLY, D(2024, 1, 29))
    assert nominal(r, D(2024, 3, 31)) == [D(2024, 1, 29), D(2024, 2, 29), D(2024, 3, 29)]
    r = Recurrence(Frequency.MONTHLY, D(2025, 1, 29))
    assert nominal(r, D(2025, 3, 31)) == [D(2025, 1, 29), D(2025, 2, 28), D(2025, 3, 29)]


def test_every_three_months_on_the_31st() -> None:
    r = Recurrence(Frequency.MONTHLY, D(2025, 5, 31), interval=3)
    assert nominal(r, D(2026, 6, 1)) == [
        D(2025, 5, 31),
        D(2025, 8, 31),
        D(2025, 11, 30),
        D(2026, 2, 28),
        D(2026, 5, 31),
    ]


def test_yearly_on_29_february_falls_on_28_february_in_common_years() -> None:
    r = Recurrence(Frequency.YEARLY, D(2024, 2, 29))
    assert nominal(r, D(2028, 12, 31)) == [
        D(2024, 2, 29),
        D(2025, 2, 28),
        D(2026, 2, 28),
        D(2027, 2, 28),
        D(2028, 2, 29),
    ]


def test_last_day_of_the_month() -> None:
    r = Recurrence(Frequency.MONTHLY, D(2023, 11, 1), day=LAST)
    assert nominal(r, D(2024, 3, 1)) == [
        D(2023, 11, 30),
        D(2023, 12, 31),
        D(2024, 1, 31),
        D(2024, 2, 29),
    ]


def test_nth_weekday_of_the_month() -> None:
    # The second Tuesday: January 2025 starts on a Wednesday.
    r = Recurrence(Frequency.MONTHLY, D(2025, 1, 1), weekday=1, nth=2)
    assert nominal(r, D(2025, 4, 30)) == [
        D(2025, 1, 14),
        D(2025, 2, 11),
        D(2025, 3, 11),
        D(2025, 4, 8),
    ]
    # The last Friday.
    r = Recurrence(Frequency.MONTHLY, D(2024, 1, 1), weekday=4, nth=LAST, count=4)
    assert nominal(r, D(2030, 1, 1)) == [
        D(2024, 1, 26),
        D(2024, 2, 23),
        D(2024, 3, 29),
        D(2024, 4, 26),
    ]


def test_yearly_nth_weekday_counts_within_the_start_month() -> None:
    # US Thanksgiving: the fourth Thursday of November.
    r = Recurrence(Frequency.YEARLY, D(2024, 11, 1), weekday=3, nth=4)
    assert nominal(r, D(2027, 12, 31)) == [
        D(2024, 11, 28),
        D(2025, 11, 27),
        D(2026, 11, 26),
        D(2027, 11, 25),
    ]


def test_weekend_shift_before_and_after() -> None:
    # 2024: 31 March is a Sunday, 30 June a Sunday, 31 August a Saturday.
    r = Recurrence(Frequency.MONTHLY, D(2024, 3, 31), weekend=Weekend.BEFORE)
    got = list(r.occurrences(D(2024, 9, 30)))
    assert [(o.nominal, o.due) for o in got] == [
        (D(2024, 3, 31), D(2024, 3, 29)),
        (D(2024, 4, 30), D(2024, 4, 30)),
        (D(2024, 5, 31), D(2024, 5, 31)),
        (D(2024, 6, 30), D(2024, 6, 28)),
        (D(2024, 7, 31), D(2024, 7, 31)),
        (D(2024, 8, 31), D(2024, 8, 30)),
        (D(2024, 9, 30), D(2024, 9, 30)),
    ]
    r = Recurrence(Frequency.MONTHLY, D(2024, 3, 31), weekend=Weekend.AFTER)
    assert due(r, D(2024, 9, 30)) == [
        D(2024, 4, 1),
        D(2024, 4, 30),
        D(2024, 5, 31),
        D(2024, 7, 1),
        D(2024, 7, 31),
        D(2024, 9, 2),
        D(2024, 9, 30),
    ]


def test_a_shift_past_the_window_edge_is_judged_by_the_due_date() -> None:
    # Saturday 1 June 2024 shifted after is Monday 3 June: not due by Sunday 2 June.
    r = Recurrence(Frequency.MONTHLY, D(2024, 6, 1), weekend=Weekend.AFTER)
    assert due(r, D(2024, 6, 2)) == []
    assert due(r, D(2024, 6, 3)) == [D(2024, 6, 3)]
    # Shifted before, Saturday 31 August is Friday 30 August: in a window from 30 August,
    # out of one starting 31 August.
    r = Recurrence(Frequency.MONTHLY, D(2024, 8, 31), weekend=Weekend.BEFORE)
    assert due(r, D(2024, 9, 1), since=D(2024, 8, 30)) == [D(2024, 8, 30)]
    assert due(r, D(2024, 9, 1), since=D(2024, 8, 31)) == []


def test_every_n_days_and_weeks() -> None:
    r = Recurrence(Frequency.DAILY, D(2024, 2, 27), interval=2)
    assert nominal(r, D(2024, 3, 4)) == [
        D(2024, 2, 27),
        D(2024, 2, 29),
        D(2024, 3, 2),
        D(2024, 3, 4),
    ]
    r = Recurrence(Frequency.WEEKLY, D(2024, 12, 20), interval=2)
    assert nominal(r, D(2025, 1, 31)) == [
        D(2024, 12, 20),
        D(2025, 1, 3),
        D(2025, 1, 17),
        D(2025, 1, 31),
    ]


def test_end_date_and_count() -> None:
    r = Recurrence(Frequency.MONTHLY, D(2024, 1, 15), end=D(2024, 4, 14))
    assert nominal(r, D(2030, 1, 1)) == [D(2024, 1, 15), D(2024, 2, 15), D(2024, 3, 15)]
    r = Recurrence(Frequency.WEEKLY, D(2024, 1, 1), count=3)
    assert nominal(r, D(2030, 1, 1)) == [D(2024, 1, 1), D(2024, 1, 8), D(2024, 1, 15)]
    # A window that starts late still counts from the start.
    assert nominal(r, D(2030, 1, 1), since=D(2024, 1, 10)) == [D(2024, 1, 15)]


def test_start_not_on_the_rule_is_not_an_occurrence() -> None:
    r = Recurrence(Frequency.MONTHLY, D(2024, 1, 10), day=5)
    assert nominal(r, D(2024, 3, 31)) == [D(2024, 2, 5), D(2024, 3, 5)]


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"interval": 0}, "interval"),
        ({"day": 32}, "day of the month"),
        ({"weekday": 2}, "both"),
        ({"weekday": 2, "nth": 5}, "1 to 4"),
        ({"day": 3, "weekday": 2, "nth": 1}, "either"),
        ({"end": D(2023, 1, 1)}, "before the start"),
        ({"end": D(2025, 1, 1), "count": 3}, "either an end date or a count"),
        ({"count": 0}, "count"),
    ],
)
def test_rules_that_cannot_mean_anything_are_refused(kwargs: dict[str, object], words: str) -> None:
    with pytest.raises(DomainError, match=words):
        Recurrence(Frequency.MONTHLY, D(2024, 1, 1), **kwargs)  # type: ignore[arg-type]


def test_day_of_month_needs_a_monthly_or_yearly_rule() -> None:
    with pytest.raises(DomainError, match="monthly or yearly"):
        Recurrence(Frequency.WEEKLY, D(2024, 1, 1), day=3)


def test_parse_every_and_weekday() -> None:
    assert parse_every("month") == (Frequency.MONTHLY, 1)
    assert parse_every("2weeks") == (Frequency.WEEKLY, 2)
    assert parse_every("3 months") == (Frequency.MONTHLY, 3)
    assert parse_every("biweekly") == (Frequency.WEEKLY, 2)
    assert parse_every("Year") == (Frequency.YEARLY, 1)
    with pytest.raises(DomainError, match="unknown interval"):
        parse_every("fortnight-ish")
    assert parse_weekday("Friday") == 4
    with pytest.raises(DomainError, match="unknown weekday"):
        parse_weekday("xyz")


def test_describe() -> None:
    assert Recurrence(Frequency.MONTHLY, D(2024, 1, 1), day=LAST).describe() == (
        "monthly on the last day"
    )
    r = Recurrence(Frequency.MONTHLY, D(2024, 1, 1), weekday=4, nth=LAST, weekend=Weekend.AFTER)
    assert r.describe() == "monthly on the last Fri, weekends to Monday"
    assert Recurrence(Frequency.WEEKLY, D(2024, 1, 1), interval=2).describe() == "every 2 weeks"


# -- properties -----------------------------------------------------------------------------

days = st.dates(min_value=D(2000, 1, 1), max_value=D(2060, 12, 31))


@given(start=days, day=st.integers(1, 31), months=st.integers(1, 40))
def test_monthly_day_is_that_day_or_the_last_of_a_shorter_month(
    start: date, day: int, months: int
) -> None:
    r = Recurrence(Frequency.MONTHLY, start, day=day)
    got = nominal(r, start + timedelta(days=31 * months))
    for d in got:
        last = (date(d.year + d.month // 12, d.month % 12 + 1, 1) - timedelta(days=1)).day
        assert d.day == min(day, last)
    # Exactly one per calendar month: no month skipped, none doubled.
    months_seen = [(d.year, d.month) for d in got]
    assert len(set(months_seen)) == len(months_seen)
    for (y1, m1), (y2, m2) in itertools.pairwise(months_seen):
        assert (y2 * 12 + m2) - (y1 * 12 + m1) == 1


@given(day=days, weekend=st.sampled_from(list(Weekend)))
def test_shift_lands_on_a_weekday_within_two_days(day: date, weekend: Weekend) -> None:
    moved = shift(day, weekend)
    if weekend is Weekend.NONE or day.weekday() < 5:
        assert moved == day
        return
    assert moved.weekday() == (4 if weekend is Weekend.BEFORE else 0)
    assert abs((moved - day).days) <= 2


@given(start=days, interval=st.integers(1, 20), span=st.integers(0, 400))
def test_windows_split_the_whole_list(start: date, interval: int, span: int) -> None:
    """Occurrences in [a, m) plus those in [m, b] are those in [a, b]: a catch-up that runs in
    pieces posts the same dates as one run."""
    r = Recurrence(Frequency.DAILY, start, interval=interval, weekend=Weekend.AFTER)
    end = start + timedelta(days=span)
    mid = start + timedelta(days=span // 2)
    whole = list(r.occurrences(end))
    first = list(r.occurrences(mid - timedelta(days=1)))
    rest = list(r.occurrences(end, since=mid))
    assert first + rest == whole
