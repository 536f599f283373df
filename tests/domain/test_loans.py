"""Loan amortization against a schedule computed by hand, and its invariants (Hypothesis)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.loans import (
    LoanError,
    LoanTerms,
    annuity_payment,
    extra_effect,
    payment_on,
    schedule,
)

FIRST = date(2024, 1, 31)


def test_a_three_month_loan_matches_the_hand_computed_schedule() -> None:
    # 1,000.00 at 12 % a year (1 % a month) over 3 months:
    # payment = 1000 × 0.01 / (1 − 1.01⁻³) = 340.0221… → 340.02
    # 1: interest 1000.00 × 1 % = 10.00, principal 330.02, owed 669.98
    # 2: interest 669.98 × 1 % = 6.6998 → 6.70, principal 333.32, owed 336.66
    # 3: interest 336.66 × 1 % = 3.3666 → 3.37; the last payment takes the rest: 336.66 + 3.37
    terms = LoanTerms(100_000, Decimal(12), 3, FIRST)
    assert annuity_payment(100_000, Decimal(12), 3) == 34_002
    rows = [
        (p.day, p.payment, p.principal, p.interest, p.balance) for p in schedule(terms).payments
    ]
    assert rows == [
        (date(2024, 1, 31), 34_002, 33_002, 1_000, 66_998),
        (date(2024, 2, 29), 34_002, 33_332, 670, 33_666),
        (date(2024, 3, 31), 34_003, 33_666, 337, 0),
    ]
    plan = schedule(terms)
    assert (plan.payoff, plan.total_interest) == (date(2024, 3, 31), 2_007)
    assert payment_on(plan, date(2024, 2, 1)).number == 2
    with pytest.raises(LoanError, match=r"no payment is scheduled in 2024-05"):
        payment_on(plan, date(2024, 5, 1))


def test_an_extra_payment_pays_off_sooner_and_saves_interest() -> None:
    terms = LoanTerms(20_000_000, Decimal("4.5"), 360, FIRST)  # 200,000 over 30 years
    assert annuity_payment(20_000_000, Decimal("4.5"), 360) == 101_337  # the published 1,013.37
    effect = extra_effect(terms, 20_000)  # 200.00 more each month
    assert effect.months_saved > 80 and effect.interest_saved > 4_000_000
    assert effect.payoff < schedule(terms).payoff


def test_a_zero_rate_and_a_payment_below_the_interest() -> None:
    plan = schedule(LoanTerms(1_000, Decimal(0), 3, FIRST))
    assert [p.payment for p in plan.payments] == [333, 333, 334]
    with pytest.raises(LoanError, match="does not cover the interest"):
        schedule(LoanTerms(1_000_000, Decimal(12), 12, FIRST, payment=10_000))


@given(
    st.integers(1, 10**9),
    st.decimals(min_value=0, max_value=30, places=3),
    st.integers(1, 480),
    st.integers(0, 10**6),
)
def test_principal_parts_sum_exactly_to_the_loan(
    principal: int, rate: Decimal, months: int, extra: int
) -> None:
    terms = LoanTerms(principal, rate, months, FIRST)
    plan = schedule(terms, extra=extra)
    assert sum(p.principal for p in plan.payments) == principal
    assert all(p.payment == p.principal + p.interest for p in plan.payments)
    assert plan.payments[-1].balance == 0
    assert len(plan.payments) <= months
