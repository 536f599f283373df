"""Account kinds, classification and the sign convention."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.accounts import (
    AccountKind,
    Classification,
    display_from_position,
    position_from_display,
)
from permoney_desktop.domain.errors import DomainError


def test_every_kind_has_a_classification_and_label() -> None:
    liabilities = {k for k in AccountKind if k.classification is Classification.LIABILITY}
    assert liabilities == {AccountKind.CREDIT_CARD, AccountKind.LOAN, AccountKind.OTHER_LIABILITY}
    assert all(k.label for k in AccountKind)


@pytest.mark.parametrize("text", ["credit card", "Credit-Card", "CREDIT_CARD"])
def test_kinds_parse_leniently(text: str) -> None:
    assert AccountKind.parse(text) is AccountKind.CREDIT_CARD


def test_unknown_kind_names_the_choices() -> None:
    with pytest.raises(DomainError, match="checking"):
        AccountKind.parse("piggy bank")


@given(st.integers(), st.sampled_from(Classification))
def test_position_and_display_are_inverse(value: int, cls: Classification) -> None:
    assert display_from_position(position_from_display(value, cls), cls) == value


def test_liability_owed_is_negative_position() -> None:
    assert position_from_display(500, Classification.LIABILITY) == -500
    assert position_from_display(500, Classification.ASSET) == 500
