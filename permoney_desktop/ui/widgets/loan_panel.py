"""The loan line above a loan account's register: its terms, payment, payoff date and total
interest, what paying more each month would change (typed in place, shown at once), and the
expense category its payments' interest goes to (scheduled payments need one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import to_minor
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.operations import loans as loan_ops
from permoney_desktop.ui.widgets.money_edit import MoneyEdit
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.services import categories as category_service
    from permoney_desktop.services import loans as loan_service
    from permoney_desktop.services.loans import Loan
else:
    loan_service = lazy_module("permoney_desktop.services.loans")
    category_service = lazy_module("permoney_desktop.services.categories")


class LoanPanel(QWidget):
    def __init__(self, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.ledger = writer.ledger
        self.loan: Loan | None = None
        self.interest = QComboBox()
        self.interest.setAccessibleName(tr("Interest category"))
        self.interest.setMinimumContentsLength(18)
        self.interest.activated.connect(self._interest_chosen)
        self.interest_hint = QLabel()
        self.interest_hint.setWordWrap(True)
        self.terms = QLabel()
        self.terms.setAccessibleName(tr("Loan terms"))
        self.extra = MoneyEdit()
        self.extra.setPlaceholderText(tr("extra / month"))
        self.extra.setAccessibleName(tr("Extra payment per month"))
        self.extra.setMaximumWidth(120)
        self.extra.textChanged.connect(lambda _t: self._show_effect())
        self.effect = QLabel()
        self.effect.setAccessibleName(tr("Extra payment effect"))
        self.effect.setStyleSheet(f"color: {theme.palette().muted.name()}")
        self.terms.setWordWrap(True)
        self.effect.setWordWrap(True)
        more = QHBoxLayout()
        more.addWidget(QLabel(tr("Pay more each month:")))
        more.addWidget(self.extra)
        more.addWidget(self.effect, 1)
        interest = QHBoxLayout()
        interest.addWidget(QLabel(tr("Interest category:")))
        interest.addWidget(self.interest)
        interest.addWidget(self.interest_hint, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        column.addWidget(self.terms)
        column.addLayout(more)
        column.addLayout(interest)
        self.hide()

    def show_account(self, account_id: int | None, is_liability: bool) -> None:
        """Show the loan line for a liability account with loan terms; hide it otherwise."""
        self.loan = None
        if account_id is not None and is_liability:
            try:
                self.loan = loan_service.get_loan(self.ledger, account_id)
            except DomainError:  # a liability without loan terms (a card): no loan line
                self.loan = None
        self.setVisible(self.loan is not None)
        if self.loan is None:
            return
        loan, plan = self.loan, self.loan.plan()
        first = plan.payments[0]
        self.terms.setText(
            tr(
                "Loan {principal} at {rate} % · {count} payments of {payment} · paid off "
                "{payoff} · interest {interest}"
            ).format(
                principal=format_money(loan.money(loan.terms.principal)),
                rate=loan.terms.annual_rate,
                count=len(plan.payments),
                payment=format_money(loan.money(first.payment)),
                payoff=f"{plan.payoff:%Y-%m-%d}",
                interest=format_money(loan.money(plan.total_interest)),
            )
        )
        self.terms.setToolTip(self._next_payments())
        self._show_effect()
        self._show_interest()

    def _show_interest(self) -> None:
        """The expense categories to choose from; with none chosen yet, a first "Choose…"
        item and the reason, so nothing is filed under a guessed category."""
        loan = self.loan
        assert loan is not None
        self.interest.blockSignals(True)
        self.interest.clear()
        if loan.interest_category_id is None:
            self.interest.addItem(tr("Choose…"), None)
        cats = category_service.list_categories(self.ledger)
        expenses = [c for c in cats if c.kind == CategoryKind.EXPENSE]
        for c in sorted(expenses, key=lambda c: c.full_name.casefold()):
            self.interest.addItem(c.full_name, int(c.id))
        at = self.interest.findData(loan.interest_category_id)
        self.interest.setCurrentIndex(max(at, 0))
        self.interest.blockSignals(False)
        none = loan.interest_category_id is None
        self.interest_hint.setText(
            tr("Needed to schedule payments: their interest lines go to this category.")
            if none
            else ""
        )
        color = theme.palette().amber if none else theme.palette().muted
        self.interest_hint.setStyleSheet(f"color: {color.name()}")

    def _interest_chosen(self, index: int) -> None:
        loan, chosen = self.loan, self.interest.itemData(index)
        if loan is None or chosen is None or chosen == loan.interest_category_id:
            return
        if loan_ops.set_interest_category(self.writer, int(loan.account_id), int(chosen)):
            self.show_account(int(loan.account_id), True)
        else:
            self._show_interest()  # refused (the writer said why): show the loan's own again

    def _next_payments(self) -> str:
        assert self.loan is not None
        lines = [tr("Payment  date  principal + interest")]
        for p in self.loan.plan().payments[:12]:
            lines.append(
                f"{p.number}  {p.day:%Y-%m-%d}  {format_money(self.loan.money(p.principal))}"
                f" + {format_money(self.loan.money(p.interest))}"
            )
        return "\n".join(lines)

    def _show_effect(self) -> None:
        loan = self.loan
        if loan is None:
            return
        try:
            amount = self.extra.amount()
            extra = 0 if amount is None else to_minor(amount, loan.currency, tr("extra payment"))
        except DomainError as exc:
            self.effect.setText(say(exc))
            return
        if extra <= 0:
            self.effect.setText("")
            return
        effect = loan.effect(extra)
        self.effect.setText(
            tr("paid off {payoff}, {months} payments sooner, {saved} less interest").format(
                payoff=f"{effect.payoff:%Y-%m-%d}",
                months=effect.months_saved,
                saved=format_money(loan.money(effect.interest_saved)),
            )
        )
