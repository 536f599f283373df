"""Loan amortization: the monthly schedule, its payoff date, and what an extra payment changes.

All in integer minor units of the loan's currency with Decimal arithmetic, rounded once per
period: each month's interest is ``owed × yearly rate / 12`` rounded to the minor unit (half
up, as lenders' schedules round), the principal is the payment minus that interest, and the last
payment takes whatever is left (so the principal parts sum exactly to what was borrowed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.periods import add_months

MAX_TERM_MONTHS = 100 * 12
MAX_RATE = Decimal(100)
_CTX = Context(prec=50, rounding=ROUND_HALF_UP)
_MONTHS = Decimal(1200)  # 12 months × percent


class LoanError(DomainError):
    """Loan terms that cannot be amortized."""


def check_rate(rate: Decimal) -> Decimal:
    """A yearly rate in percent, 0 to 100 (exact Decimal)."""
    if not rate.is_finite() or not Decimal(0) <= rate <= MAX_RATE:
        raise LoanError(
            Message(
                "a yearly rate is a percent from 0 to {limit}, not {rate}",
                limit=MAX_RATE,
                rate=rate,
            )
        )
    return rate


@dataclass(frozen=True, slots=True)
class LoanTerms:
    principal: int  # minor units borrowed, > 0
    annual_rate: Decimal  # percent per year
    term_months: int
    first_payment: date
    payment: int | None = None  # the agreed payment; None: the annuity payment

    def checked(self) -> LoanTerms:
        if self.principal <= 0:
            raise LoanError(Message("a loan's principal must be more than zero"))
        check_rate(self.annual_rate)
        if not 1 <= self.term_months <= MAX_TERM_MONTHS:
            raise LoanError(
                Message(
                    "a loan's term is 1 to {limit} months",
                    limit=MAX_TERM_MONTHS,
                )
            )
        if self.payment is not None and self.payment <= 0:
            raise LoanError(Message("a loan's payment must be more than zero"))
        return self


@dataclass(frozen=True, slots=True)
class Payment:
    """One scheduled payment: its number (1-based), date, and parts (minor units)."""

    number: int
    day: date
    payment: int
    principal: int
    interest: int
    balance: int  # owed after this payment


@dataclass(frozen=True, slots=True)
class Schedule:
    payments: tuple[Payment, ...]

    @property
    def payoff(self) -> date:
        return self.payments[-1].day

    @property
    def total_interest(self) -> int:
        return sum(p.interest for p in self.payments)


def monthly_rate(annual_rate: Decimal) -> Decimal:
    return _CTX.divide(annual_rate, _MONTHS)


def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def interest_for(owed: int, annual_rate: Decimal) -> int:
    """One month's interest on ``owed`` minor units, rounded to the minor unit."""
    return _round(_CTX.multiply(Decimal(owed), monthly_rate(annual_rate)))


def annuity_payment(principal: int, annual_rate: Decimal, months: int) -> int:
    """The level monthly payment that repays ``principal`` in ``months`` (rounded half up)."""
    i = monthly_rate(annual_rate)
    if i == 0:
        exact = _CTX.divide(Decimal(principal), Decimal(months))
    else:
        factor = _CTX.power(_CTX.add(Decimal(1), i), -months)
        exact = _CTX.divide(_CTX.multiply(Decimal(principal), i), _CTX.subtract(1, factor))
    return max(1, _round(exact))  # a tiny loan still pays at least one minor unit a month


def payment_of(terms: LoanTerms) -> int:
    if terms.payment is not None:
        return terms.payment
    return annuity_payment(terms.principal, terms.annual_rate, terms.term_months)


def schedule(
    terms: LoanTerms, *, extra: int = 0, owed: int | None = None, first: date | None = None
) -> Schedule:
    """Every payment until the loan is repaid; ``extra``: minor units paid on top of each
    payment (all to principal); ``owed``: start from this balance instead of the principal,
    with the first payment on ``first`` (the terms' first payment by default).

    The schedule runs past the term when the agreed payment is too small for it, and refuses a
    payment that does not even cover the first month's interest (it would never end).
    """
    terms = terms.checked()
    if extra < 0:
        raise LoanError(Message("an extra payment cannot be negative"))
    level = payment_of(terms) + extra
    balance = terms.principal if owed is None else owed
    out: list[Payment] = []
    number = 0
    while balance > 0:
        number += 1
        interest = interest_for(balance, terms.annual_rate)
        if level <= interest:
            raise LoanError(
                Message("the payment does not cover the interest: the loan would never be repaid")
            )
        principal = min(level - interest, balance)
        if owed is None and number == terms.term_months:
            principal = balance  # the term's last payment takes whatever is left
        balance -= principal
        day = add_months(first or terms.first_payment, number - 1)
        out.append(Payment(number, day, principal + interest, principal, interest, balance))
        if number > MAX_TERM_MONTHS * 2:
            raise LoanError(Message("the payment is too small to repay the loan in 200 years"))
    return Schedule(tuple(out))


def payment_on(plan: Schedule, day: date) -> Payment:
    """The scheduled payment of ``day``'s month."""
    for p in plan.payments:
        if (p.day.year, p.day.month) == (day.year, day.month):
            return p
    first, last = plan.payments[0].day, plan.payments[-1].day
    raise LoanError(
        Message(
            "no payment is scheduled in {day:%Y-%m} (payments run {first} to {last})",
            day=day,
            first=first,
            last=last,
        )
    )


@dataclass(frozen=True, slots=True)
class ExtraEffect:
    """What paying ``extra`` more each month changes: payoff date and interest."""

    extra: int
    payoff: date
    months_saved: int
    interest_saved: int


def extra_effect(
    terms: LoanTerms, extra: int, *, owed: int | None = None, first: date | None = None
) -> ExtraEffect:
    base = schedule(terms, owed=owed, first=first)
    faster = schedule(terms, extra=extra, owed=owed, first=first)
    return ExtraEffect(
        extra,
        faster.payoff,
        len(base.payments) - len(faster.payments),
        base.total_interest - faster.total_interest,
    )
