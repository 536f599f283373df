"""A schedule that transfers into a loan account posts each occurrence as one split entry: the
amortization's interest of that date as an expense line in the loan's interest category, the
rest as principal into the loan; the catch-up run stays one undo step. A loan without an
interest category cannot have its payments scheduled (the refusal names the option)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.loans import LoanError, payment_on
from permoney_desktop.domain.recurrence import Frequency, Recurrence
from permoney_desktop.domain.schedules import Template
from permoney_desktop.services import (
    accounts,
    balances,
    categories,
    loans,
    materialize,
    schedules,
    splits,
    undo,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.schedule_posting import post_occurrence, run_due
from permoney_desktop.store import migrate

pytestmark = pytest.mark.backends

FIRST = date(2024, 1, 31)


def _loan_book(ledger: Ledger) -> tuple[int, int, int]:
    chk, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    car, _ = accounts.create_account(
        ledger,
        "Car loan",
        AccountKind.LOAN,
        "USD",
        opening_balance="1200",
        opening_date=date(2024, 1, 1),
    )
    interest, _ = categories.create_category(ledger, "Interest", "expense")
    loans.set_loan(
        ledger,
        car,
        principal="1200",
        annual_rate="12",
        term_months=12,
        first_payment=FIRST,
        interest_category=interest,
    )
    return int(chk), int(car), int(interest)


def _schedule(ledger: Ledger, chk: int, car: int, amount: Decimal) -> int:
    t = Template(chk, amount, "Car payment", to_account_id=car)  # type: ignore[arg-type]
    sid, _ = schedules.add_schedule(ledger, "", t, Recurrence(Frequency.MONTHLY, FIRST, count=3))
    return int(sid)


def test_each_occurrence_is_split_by_the_amortization_of_its_date(ledger: Ledger) -> None:
    chk, car, interest = _loan_book(ledger)
    plan = loans.get_loan(ledger, car).plan()
    payment = Decimal(plan.payments[0].payment).scaleb(-2)
    _schedule(ledger, chk, car, payment)
    result = run_due(ledger, date(2024, 4, 15))
    assert len(result.posted) == 3
    ids = [int(p.entry_id) for p in result.posted]
    lines = splits.lines_of(ledger, ids)
    principal_paid = 0
    for posted, entry_id in zip(result.posted, ids, strict=True):
        row = payment_on(plan, posted.occurrence.due)
        got = [(x.transfer_account_id, x.category_id, -x.minor, x.memo) for x in lines[entry_id]]
        assert got == [
            (car, None, row.principal, "principal"),
            (None, interest, row.interest, "interest"),
        ]
        principal_paid += row.principal
    materialize.sync_all(ledger, full=True)
    (owed,) = balances.balances_on(ledger, date(2024, 4, 15), [car])
    assert owed.minor == 120_000 - principal_paid  # the loan's debt went down by the principal
    undo.undo(ledger)  # the run is one step
    assert splits.lines_of(ledger, ids) == {}


def test_more_than_the_agreed_payment_goes_to_principal(ledger: Ledger) -> None:
    chk, car, interest = _loan_book(ledger)
    plan = loans.get_loan(ledger, car).plan()
    row = plan.payments[0]
    paid = Decimal(row.payment + 5000).scaleb(-2)
    sid = _schedule(ledger, chk, car, paid)
    _o, entry_id, _c = post_occurrence(ledger, sid, date(2024, 2, 1))
    (principal, charge) = splits.lines_of(ledger, [int(entry_id)])[int(entry_id)]
    assert (-principal.minor, -charge.minor) == (row.principal + 5000, row.interest)
    assert charge.category_id == interest


def test_a_payment_below_the_interest_is_refused(ledger: Ledger) -> None:
    chk, car, _interest = _loan_book(ledger)
    _schedule(ledger, chk, car, Decimal("5"))
    with pytest.raises(LoanError, match="does not cover"):
        run_due(ledger, date(2024, 2, 15))
    assert schedules.upcoming(ledger, date(2024, 2, 15))  # nothing was posted


def test_a_loan_without_an_interest_category_cannot_be_scheduled(ledger: Ledger) -> None:
    chk, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    car, _ = accounts.create_account(ledger, "Car loan", AccountKind.LOAN, "USD")
    loans.set_loan(
        ledger, car, principal="1200", annual_rate="12", term_months=12, first_payment=FIRST
    )
    with pytest.raises(LoanError, match="--interest-category"):
        _schedule(ledger, int(chk), int(car), Decimal("106.62"))
    assert schedules.upcoming(ledger, date(2024, 3, 1)) == []
    pay = categories.create_category(ledger, "Salary", "income")[0]
    with pytest.raises(LoanError, match="expense"):  # interest is never income
        loans.set_loan(
            ledger, car, principal="1200", annual_rate="12", term_months=12,
            first_payment=FIRST, interest_category=pay,
        )  # fmt: skip
    with pytest.raises(LoanError, match="--interest-category"):  # nor recorded by hand
        loans.pay(ledger, car, chk, FIRST)


def test_new_terms_keep_the_interest_category_and_a_deleted_one_comes_back_on_undo(
    ledger: Ledger,
) -> None:
    chk, car, interest = _loan_book(ledger)
    loans.set_loan(
        ledger, car, principal="1200", annual_rate="6", term_months=12, first_payment=FIRST
    )
    assert loans.get_loan(ledger, car).interest_category_id == interest
    sid = _schedule(ledger, chk, car, Decimal("110"))
    categories.delete_category(ledger, interest)
    assert loans.get_loan(ledger, car).interest_category_id is None
    # A schedule made while the loan had one still posts; its interest line is uncategorized
    # (the register shows it), never filed under a guessed category.
    _o, entry_id, _c = post_occurrence(ledger, sid, date(2024, 2, 1))
    (_principal, charge) = splits.lines_of(ledger, [int(entry_id)])[int(entry_id)]
    assert charge.category_id is None
    undo.undo(ledger)
    undo.undo(ledger)  # the delete
    assert loans.get_loan(ledger, car).interest_category == "Interest"


@pytest.mark.sqlite_only
def test_an_upgraded_book_takes_the_category_its_recorded_payments_used(
    tmp_path: Path, new_book: Callable[[Path], Path]
) -> None:
    path = new_book(tmp_path / "old.permoney")
    with Ledger.open(path) as ledger:
        chk, car, interest = _loan_book(ledger)
        loans.pay(ledger, car, chk, FIRST, interest)
    migrate.downgrade(path, "0009")  # a book from before loans named their interest category
    migrate.upgrade(path)
    with Ledger.open(path) as ledger:
        loan = loans.get_loan(ledger, car)
        assert (loan.interest_category_id, loan.interest_category) == (interest, "Interest")
