"""Scheduled loan payments: an occurrence of a transfer schedule into a loan account posts one
entry split by the loan's amortization on its date: that month's interest as an expense line in
the loan's interest category (a transfer schedule carries no category of its own, so the loan
names it; scheduling payments into a loan without one is refused, ``refuse_without_interest``),
the rest of the scheduled amount as principal, a transfer line into the loan. The schedule's
amount stays what the occurrence pays (forecasts and the posted entry agree); more than the
agreed payment goes to principal. A schedule made before loans had an interest category, into
a loan that still has none, posts the interest line uncategorized rather than stop the
catch-up of every other schedule; the register shows it as such."""

from __future__ import annotations

from datetime import date

from permoney_desktop.domain.entry_values import to_minor
from permoney_desktop.domain.ids import EntryId
from permoney_desktop.domain.loans import LoanError, payment_on
from permoney_desktop.domain.schedules import Template
from permoney_desktop.services import gate
from permoney_desktop.services.loans import loan_in, record_payment
from permoney_desktop.store.types import SqlConnection


def post_if_loan(w: gate.Write, template: Template, on: date) -> EntryId | None:
    """Post ``template``'s occurrence dated ``on`` as a split loan payment inside ``w``, or
    return None when its other account is not a loan (it is posted as a plain transfer)."""
    if template.to_account_id is None:
        return None
    loan = loan_in(w.conn, int(template.to_account_id))
    if loan is None:
        return None
    row = payment_on(loan.plan(), on)
    total = to_minor(abs(template.amount), loan.currency, "payment")
    payee = template.payee or f"{loan.account} payment {row.number}"
    entry_id = record_payment(
        w, loan, int(template.account_id), on, total, row.interest, loan.interest_category_id, payee
    )
    return EntryId(entry_id)


def refuse_without_interest(conn: SqlConnection, template: Template) -> None:
    """A new or edited transfer schedule into a loan needs the loan's interest category:
    refused, naming the option, rather than posting interest nowhere."""
    if template.to_account_id is None:
        return
    loan = loan_in(conn, int(template.to_account_id))
    if loan is not None and loan.interest_category_id is None:
        raise LoanError(loan.needs_interest_category())
