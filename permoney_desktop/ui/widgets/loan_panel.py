"""The loan line above a loan account's register: its terms, payment, payoff date and total
interest, and what paying more each month would change (typed in place, shown at once)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from permoney_desktop.domain.entry_values import to_minor
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.widgets.money_edit import MoneyEdit

if TYPE_CHECKING:
    from permoney_desktop.services import loans as loan_service
    from permoney_desktop.services.loans import Loan
else:
    loan_service = lazy_module("permoney_desktop.services.loans")


class LoanPanel(QWidget):
    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.loan: Loan | None = None
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
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        column.addWidget(self.terms)
        column.addLayout(more)
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
            self.effect.setText(str(exc))
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
