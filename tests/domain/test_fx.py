"""Rates: on-or-before lookup, inverse pairs, and honest misses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.currency import currency
from permoney_desktop.domain.fx import MissingRate, Rate, RateTable
from permoney_desktop.domain.money import Money

EUR, USD, GBP = currency("EUR"), currency("USD"), currency("GBP")


def table() -> RateTable:
    return RateTable.of(
        [
            Rate(date(2024, 1, 1), EUR, USD, Decimal("1.10")),
            Rate(date(2024, 2, 1), EUR, USD, Decimal("1.20")),
        ]
    )


def test_rate_on_or_before() -> None:
    t = table()
    assert t.rate(EUR, USD, date(2024, 1, 15)) == Decimal("1.10")
    assert t.rate(EUR, USD, date(2024, 2, 1)) == Decimal("1.20")
    assert t.rate(EUR, USD, date(2023, 12, 31)) is None


def test_inverse_pair_is_exact() -> None:
    assert table().convert(Money("120", "USD"), EUR, date(2024, 3, 1)) == Money("100", "EUR")


def test_missing_pair_is_reported_never_guessed() -> None:
    result = table().convert(Money("5", "GBP"), USD, date(2024, 3, 1))
    assert result == MissingRate(GBP, USD, date(2024, 3, 1))
    assert "GBP→USD" in str(result)


def test_same_currency_needs_no_rate() -> None:
    assert RateTable().convert(Money("5", "USD"), USD, date(2024, 3, 1)) == Money("5", "USD")


@given(
    st.lists(
        st.tuples(
            st.dates(date(2020, 1, 1), date(2025, 1, 1)),
            st.decimals(Decimal("0.5"), Decimal("2"), places=4),
        ),
        min_size=1,
    ),
    st.dates(date(2019, 1, 1), date(2026, 1, 1)),
)
def test_lookup_matches_a_linear_scan(points: list[tuple[date, Decimal]], day: date) -> None:
    rates = [Rate(d, EUR, USD, r) for d, r in points]
    best = None
    for r in sorted(rates, key=lambda r: r.day):  # stable: the last one of a day wins
        if r.day <= day:
            best = r.rate
    assert RateTable.of(rates).rate(EUR, USD, day) == best
