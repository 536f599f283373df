"""Money: exact construction, one rounding policy, no currency mixing (property-based)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.currency import all_codes, exponent
from permoney_desktop.domain.errors import AmountError, CurrencyError
from permoney_desktop.domain.money import Money

codes = st.sampled_from(sorted(all_codes()))
minor = st.integers(min_value=-(10**15), max_value=10**15)


@given(minor, codes)
def test_minor_units_round_trip(units: int, code: str) -> None:
    assert Money.from_minor(units, code).minor_units == units


@given(minor, minor, codes)
def test_addition_is_exact_and_matches_integer_maths(a: int, b: int, code: str) -> None:
    total = Money.from_minor(a, code) + Money.from_minor(b, code)
    assert total.minor_units == a + b
    assert (total - Money.from_minor(b, code)).minor_units == a


@given(minor, minor, minor, codes)
def test_addition_is_associative_and_commutative(a: int, b: int, c: int, code: str) -> None:
    ma, mb, mc = (Money.from_minor(x, code) for x in (a, b, c))
    assert (ma + mb) + mc == ma + (mb + mc)
    assert ma + mb == mb + ma


@given(minor, codes)
def test_negation_is_an_involution(a: int, code: str) -> None:
    m = Money.from_minor(a, code)
    assert -(-m) == m
    assert (m + -m).minor_units == 0


@given(
    st.decimals(
        allow_nan=False,
        allow_infinity=False,
        places=6,
        min_value=Decimal("-1e12"),
        max_value=Decimal("1e12"),
    ),
    codes,
)
def test_constructor_quantizes_to_the_currency_minor_unit(value: Decimal, code: str) -> None:
    m = Money(value, code)
    assert m.amount.as_tuple().exponent == -exponent(m.currency)
    # Rounding moves the value by at most half a minor unit.
    assert abs(m.amount - value) <= Decimal(1).scaleb(-exponent(m.currency)) / 2


def test_rounding_policy_is_half_even() -> None:
    assert Money("0.125", "USD").amount == Decimal("0.12")
    assert Money("0.135", "USD").amount == Decimal("0.14")
    assert Money("-0.125", "USD").amount == Decimal("-0.12")
    assert Money("2.5", "JPY").amount == Decimal("2")
    assert Money("1.0005", "KWD").amount == Decimal("1.000")


def test_exponents_follow_iso_4217() -> None:
    assert Money.from_minor(1234, "USD").amount == Decimal("12.34")
    assert Money.from_minor(1234, "JPY").amount == Decimal("1234")
    assert Money.from_minor(1234, "BHD").amount == Decimal("1.234")


def test_floats_are_refused() -> None:
    with pytest.raises(AmountError):
        Money(0.1, "USD")  # type: ignore[arg-type]
    with pytest.raises(AmountError):
        Money.from_minor(1.0, "USD")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["abc", "NaN", "Infinity", "", "1,00"])
def test_junk_amounts_are_refused(text: str) -> None:
    with pytest.raises(AmountError):
        Money(text, "USD")


def test_mixing_currencies_is_an_error() -> None:
    with pytest.raises(CurrencyError):
        Money("1", "USD") + Money("1", "EUR")
    with pytest.raises(CurrencyError):
        _ = Money("1", "USD") < Money("1", "EUR")


def test_unknown_currency_is_an_error() -> None:
    with pytest.raises(CurrencyError, match="XYZ"):
        Money("1", "XYZ")


@given(minor, st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("1000"), places=6))
def test_conversion_rounds_once(units: int, rate: Decimal) -> None:
    converted = Money.from_minor(units, "EUR").convert(rate, "USD")
    exact = Decimal(units).scaleb(-2) * rate
    assert converted.currency == "USD"
    assert abs(converted.amount - exact) <= Decimal("0.005")
