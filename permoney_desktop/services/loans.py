"""Loans: a loan account's terms, its amortization schedule, and recording a payment as a split
entry — principal as a transfer line into the loan (its debt goes down), interest as an expense
line — one undo step each through the write gate."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import NewEntry, NotFoundError, to_minor
from permoney_desktop.domain.ids import AccountId, CategoryId, EntryId
from permoney_desktop.domain.loans import (
    ExtraEffect,
    LoanError,
    LoanTerms,
    Payment,
    Schedule,
    check_rate,
    extra_effect,
    payment_on,
    schedule,
)
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money, parse_decimal
from permoney_desktop.domain.splits import SplitLine
from permoney_desktop.services import gate
from permoney_desktop.services.accounts import load_account
from permoney_desktop.services.categories import load_category
from permoney_desktop.services.entries import insert_entry
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.splits import write_lines
from permoney_desktop.store import loan_queries
from permoney_desktop.store.journal import raw
from permoney_desktop.store.types import SqlConnection


@dataclass(frozen=True, slots=True)
class Loan:
    account_id: AccountId
    account: str
    currency: Currency
    terms: LoanTerms
    interest_category_id: CategoryId | None = None
    interest_category: str = ""  # its full name, for display

    def needs_interest_category(self) -> str:
        """Why a payment cannot be posted without being told the interest's category."""
        return (
            f"{self.account!r} has no interest category for its payments' interest lines;"
            f" set one with: permoney loan add --account {self.account!r} …"
            " --interest-category CATEGORY (or in the loan dialog)"
        )

    def money(self, minor: int) -> Money:
        return Money.from_minor(minor, self.currency)

    def plan(self, extra: int = 0) -> Schedule:
        return schedule(self.terms, extra=extra)

    def effect(self, extra: int) -> ExtraEffect:
        return extra_effect(self.terms, extra)


def _decimal(value: Decimal | str, what: str) -> Decimal:
    return value if isinstance(value, Decimal) else parse_decimal(str(value).strip() or what)


def set_loan(
    ledger: Ledger,
    account_id: int,
    *,
    principal: Decimal | str,
    annual_rate: Decimal | str,
    term_months: int,
    first_payment: date,
    payment: Decimal | str | None = None,
    interest_category: int | None = None,
) -> Changes:
    """Give a loan account its terms (replacing any it had): one undo step. The interest
    category (an expense) is where payments' interest lines go; None keeps the loan's."""
    with gate.write(ledger, Message("Set loan terms")) as w:
        acc = load_account(w.conn, account_id)
        if acc.kind.classification is not Classification.LIABILITY:
            raise LoanError(
                Message("{name!r} is not a loan or another liability account", name=acc.name)
            )
        if interest_category is None:
            present = loan_queries.terms(w.conn, int(account_id))
            interest_category = None if present is None else present[6]
        else:
            _check_interest_category(w.conn, interest_category)
        cur = acc.currency
        terms = LoanTerms(
            to_minor(_decimal(principal, "principal"), cur, "principal"),
            check_rate(_decimal(annual_rate, "rate")),
            int(term_months),
            first_payment,
            None if payment is None else to_minor(_decimal(payment, "payment"), cur, "payment"),
        ).checked()
        # The whole schedule must exist (a payment below the first month's interest is refused).
        plan = schedule(terms)
        row = (
            int(account_id),
            terms.principal,
            str(cur),
            str(terms.annual_rate),
            terms.term_months,
            plan.payments[0].payment if terms.payment is None else terms.payment,
            first_payment.isoformat(),
            raw(w.now),
            interest_category,
        )
        loan_queries.delete_terms(w.journal, int(account_id))
        w.journal.insert("loans", [row], loan_queries.COLUMNS)
        w.mark(ChangeKind.ACCOUNTS)
    return w.changes


def set_interest_category(ledger: Ledger, account_id: int, category_id: int) -> Changes:
    """Name the expense category the loan's payments put their interest in: one undo step."""
    with gate.write(ledger, Message("Set loan interest category")) as w:
        loan = _loan(w.conn, account_id)
        _check_interest_category(w.conn, category_id)
        values = {"interest_category_id": int(category_id)}
        w.journal.update_where("loans", values, loan_queries.ONE, (int(loan.account_id),))
        w.mark(ChangeKind.ACCOUNTS)
    return w.changes


def _loan(conn: SqlConnection, account_id: int) -> Loan:
    acc = load_account(conn, account_id)
    row = loan_queries.terms(conn, int(account_id))
    if row is None:
        raise NotFoundError(
            Message(
                "{name!r} has no loan terms; set them with: permoney loan add --account {name!r} …",
                name=acc.name,
            )
        )
    principal, _cur, rate, term, payment, first, interest = row
    terms = LoanTerms(int(principal), Decimal(rate), int(term), date.fromisoformat(first), payment)
    loan = Loan(AccountId(int(account_id)), acc.name, acc.currency, terms)
    if interest is None:
        return loan
    name = load_category(conn, int(interest)).full_name
    return replace(loan, interest_category_id=CategoryId(int(interest)), interest_category=name)


def _check_interest_category(conn: SqlConnection, category_id: int) -> None:
    cat = load_category(conn, category_id)
    if cat.kind != CategoryKind.EXPENSE:
        raise LoanError(
            Message(
                "interest is an expense: {full_name!r} is an {kind} category; choose an "
                "expense category",
                full_name=cat.full_name,
                kind=cat.kind,
            )
        )


def get_loan(ledger: Ledger, account_id: int) -> Loan:
    with ledger.book.reading() as session:
        return _loan(session.connection(), account_id)


def loan_accounts(ledger: Ledger) -> list[int]:
    """Accounts that carry loan terms."""
    with ledger.book.reading() as session:
        return loan_queries.account_ids(session.connection())


def pay(
    ledger: Ledger,
    loan_account: int,
    from_account: int,
    day: date,
    interest_category: int | None = None,
    *,
    extra: Decimal | str = Decimal(0),
) -> tuple[EntryId, Payment, Changes]:
    """Record the scheduled payment of ``day``'s month (plus ``extra`` to principal) from
    ``from_account``: one entry split into a transfer line into the loan (principal) and an
    expense line (interest, in ``interest_category`` or else the loan's). Returns the entry,
    the schedule row paid and the changes."""
    with gate.write(ledger, Message("Record loan payment")) as w:
        loan = _loan(w.conn, loan_account)
        if interest_category is None:
            if loan.interest_category_id is None:
                raise LoanError(loan.needs_interest_category())
            interest_category = loan.interest_category_id
        load_category(w.conn, interest_category)
        extra_minor = to_minor(_decimal(extra, "extra"), loan.currency, "extra payment")
        if extra_minor < 0:
            raise LoanError(Message("an extra payment cannot be negative"))
        row = payment_on(loan.plan(), day)
        payee = f"{loan.account} payment {row.number}"
        entry_id = record_payment(
            w, loan, from_account, day, row.payment + extra_minor, row.interest,
            CategoryId(interest_category), payee,
        )  # fmt: skip
    return EntryId(entry_id), row, w.changes


def loan_in(conn: SqlConnection, account_id: int) -> Loan | None:
    """The account's loan, or None when it carries no loan terms."""
    if loan_queries.terms(conn, int(account_id)) is None:
        return None
    return _loan(conn, account_id)


def record_payment(
    w: gate.Write,
    loan: Loan,
    from_account: int,
    day: date,
    total: int,
    interest: int,
    interest_category: CategoryId | None,
    payee: str,
) -> int:
    """Inside the write ``w``: one entry of ``total`` (minor units) out of ``from_account``,
    split into ``interest`` (an expense line) and the rest as principal (a transfer line into
    the loan). Returns the entry's id."""
    source = load_account(w.conn, from_account)
    if source.currency != loan.currency:
        raise LoanError(
            Message(
                "the payment account is in {currency}, the loan in {currency2}",
                currency=source.currency,
                currency2=loan.currency,
            )
        )
    principal = total - interest
    if principal <= 0:
        raise LoanError(
            Message(
                "a payment of {loan} on {day} does not cover that month's interest ({loan2})",
                loan=loan.money(total),
                day=day,
                loan2=loan.money(interest),
            )
        )
    new = NewEntry(
        account_id=AccountId(from_account), date=day, amount=-loan.money(total).amount, payee=payee
    )
    entry_id = insert_entry(w, new)
    lines = [
        SplitLine(-loan.money(principal).amount, transfer_account_id=loan.account_id,
                  memo="principal"),
        SplitLine(-loan.money(interest).amount, interest_category, memo="interest"),
    ]  # fmt: skip
    write_lines(w, entry_id, lines)  # a 0 % loan's interest line is a zero line
    return entry_id
