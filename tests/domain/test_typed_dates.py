"""Typed dates: every way a date is written reads back as that date; nothing else is guessed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.typed_dates import (
    MAX_YEAR,
    MIN_YEAR,
    ORDERS,
    DateInputError,
    DateOrder,
    order_of_format,
    parse_typed_date,
)

TODAY = date(2026, 12, 6)
DAYS = st.dates(min_value=date(MIN_YEAR, 1, 1), max_value=date(MAX_YEAR, 12, 31))
ORDER = st.sampled_from(ORDERS)


def _written(day: date, order: DateOrder, sep: str, *, short_year: bool = False) -> str:
    year = f"{day.year % 100:02d}" if short_year else f"{day.year:04d}"
    parts = {"D": f"{day.day}", "M": f"{day.month}", "Y": year}
    return sep.join(parts[p] for p in order)


@given(DAYS, ORDER, st.sampled_from(["-", "/", "."]))
def test_iso_and_year_first_read_back_whatever_the_locale(
    day: date, order: DateOrder, sep: str
) -> None:
    assert parse_typed_date(day.isoformat(), today=TODAY, order=order) == day
    text = f"{day.year}{sep}{day.month}{sep}{day.day}"
    assert parse_typed_date(text, today=TODAY, order=order) == day


@given(DAYS, ORDER)
def test_eight_digits_read_back_as_year_month_day(day: date, order: DateOrder) -> None:
    assert parse_typed_date(day.strftime("%Y%m%d"), today=TODAY, order=order) == day


@given(DAYS, st.sampled_from(["DMY", "MDY"]), st.sampled_from(["/", ".", "-"]))
def test_the_locale_order_reads_back(day: date, order: DateOrder, sep: str) -> None:
    assert parse_typed_date(_written(day, order, sep), today=TODAY, order=order) == day


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), ORDER)
def test_two_digit_years_are_this_century(day: date, order: DateOrder) -> None:
    text = _written(day, order, "/", short_year=True)
    assert parse_typed_date(text, today=TODAY, order=order) == day


@given(DAYS, st.integers(-3000, 3000))
def test_relative_days_step_from_the_field_date(base: date, n: int) -> None:
    target = base + timedelta(days=n)
    text = f"+{n}" if n >= 0 else f"{n}"
    if MIN_YEAR <= target.year <= MAX_YEAR:
        assert parse_typed_date(text, today=TODAY, base=base) == target
    else:
        with pytest.raises(DateInputError):
            parse_typed_date(text, today=TODAY, base=base)


@given(DAYS, st.sampled_from(["DMY", "MDY"]))
def test_a_locale_date_typed_elsewhere_is_taken_only_when_one_reading_exists(
    day: date, order: DateOrder
) -> None:
    """A year-first locale meets a day/month/year text: refused when day and month could be
    swapped into another date, else read as the one date it can be."""
    text = _written(day, order, "/")
    swapped_ok = day.day <= 12 and day.day != day.month
    if swapped_ok:
        with pytest.raises(DateInputError, match="could be"):
            parse_typed_date(text, today=TODAY, order="YMD")
    else:
        assert parse_typed_date(text, today=TODAY, order="YMD") == day


@given(st.text(max_size=14), ORDER)
def test_any_text_is_a_date_or_a_message_never_a_crash(text: str, order: DateOrder) -> None:
    try:
        found = parse_typed_date(text, today=TODAY, order=order)
    except DateInputError as exc:
        assert str(exc)
    else:
        assert MIN_YEAR <= found.year <= MAX_YEAR


def test_the_cases_users_met() -> None:
    assert parse_typed_date("2026-11-03", today=TODAY, order="MDY") == date(2026, 11, 3)
    assert parse_typed_date("20261103", today=TODAY) == date(2026, 11, 3)
    assert parse_typed_date("t", today=TODAY) == TODAY
    assert parse_typed_date(" Today ", today=TODAY) == TODAY
    assert parse_typed_date("+1", today=TODAY) == date(2026, 12, 7)
    assert parse_typed_date("-1", today=TODAY, base=date(2026, 3, 1)) == date(2026, 2, 28)
    assert parse_typed_date("3.11.2026", today=TODAY, order="DMY") == date(2026, 11, 3)
    assert parse_typed_date("11/3/2026", today=TODAY, order="MDY") == date(2026, 11, 3)
    assert parse_typed_date("03112026", today=TODAY, order="DMY") == date(2026, 11, 3)
    assert parse_typed_date("3.11", today=TODAY, order="DMY") == date(2026, 11, 3)
    assert parse_typed_date("11/3", today=TODAY, order="MDY") == date(2026, 11, 3)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "2026-13-01",
        "2026-02-30",
        "0226-11-03",
        "31.02.2026",
        "12",
        "2026",
        "x",
        "2026-11-03x",
        "+",
        "1/2/3/4",
        "202611031",
    ],
)
def test_invalid_text_is_refused_with_a_message(text: str) -> None:
    with pytest.raises(DateInputError) as info:
        parse_typed_date(text, today=TODAY, order="DMY")
    assert str(info.value)


@given(DAYS, st.sampled_from(["DMY", "MDY"]))
def test_eight_digits_in_the_locale_order_read_back(day: date, order: DateOrder) -> None:
    """Day or month first: the year-first reading would need a month of 19 to 21, so the two
    never clash and the locale's digits are taken."""
    fmt = "%d%m%Y" if order == "DMY" else "%m%d%Y"
    assert parse_typed_date(day.strftime(fmt), today=TODAY, order=order) == day


@pytest.mark.parametrize(
    ("pattern", "order"),
    [
        ("dd.MM.yy", "DMY"),
        ("M/d/yy", "MDY"),
        ("yyyy-MM-dd", "YMD"),
        ("d/M/yyyy", "DMY"),
        ("", "YMD"),
    ],
)
def test_order_of_a_locale_pattern(pattern: str, order: DateOrder) -> None:
    assert order_of_format(pattern) == order
