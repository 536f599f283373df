"""to_minor_many (C-level passes) answers exactly what to_minor answers amount by amount."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.imports.amounts import AmountFormatError, to_minor, to_minor_many

AMOUNTS = st.decimals(
    min_value=Decimal("-1e16"), max_value=Decimal("1e16"), places=3, allow_nan=False
)


@settings(max_examples=200, deadline=None)
@given(st.lists(AMOUNTS, max_size=20), st.sampled_from(["USD", "JPY", "KWD"]))
def test_many_equals_one_by_one(amounts: list[Decimal], code: str) -> None:
    try:
        want: list[int] | str = [to_minor(a, code) for a in amounts]
    except AmountFormatError as exc:
        want = str(exc)
    try:
        got: list[int] | str = to_minor_many(amounts, code)
    except AmountFormatError as exc:
        got = str(exc)
    assert got == want


def test_nan_is_an_amount_error_as_in_to_minor() -> None:
    with pytest.raises(AmountFormatError):
        to_minor(Decimal("NaN"), "USD")
    with pytest.raises(AmountFormatError):
        to_minor_many([Decimal("1.00"), Decimal("NaN")], "USD")
