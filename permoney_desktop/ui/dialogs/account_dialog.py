"""Create, edit or archive an account."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.money import Money
from permoney_desktop.ui.dialogs._form import FormDialog
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.operations import accounts
from permoney_desktop.ui.optimistic import BalanceBook
from permoney_desktop.ui.widgets.date_edit import DateEdit
from permoney_desktop.ui.widgets.money_edit import MoneyEdit
from permoney_desktop.ui.writes import Writer


class AccountDialog(FormDialog):
    def __init__(
        self,
        book: BalanceBook,
        writer: Writer,
        account: AccountId | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Edit account") if account is not None else tr("New account"), parent)
        self.book, self.writer, self.account_id = book, writer, account
        st = book.account(account) if account is not None else None
        self.name = QLineEdit(st.name if st else "")
        self.name.setAccessibleName(tr("Name"))
        self.name.textEdited.connect(lambda _t: self.clear_error())
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Type"))
        for kind in AccountKind:
            # "Credit card · money you owe", not the sidebar's group name "Credit cards".
            side = (
                tr("money you owe")
                if kind.classification.value == "liability"
                else tr("what you own")
            )
            self.kind.addItem(f"{_singular(kind.label)} · {side}", kind.value)
        if st:
            self.kind.setCurrentIndex(self.kind.findData(st.kind.value))
        self.currency = QLineEdit(st.currency if st else str(book.base_currency))
        self.currency.setMaxLength(3)
        self.currency.setAccessibleName(tr("Currency"))
        self.opening = MoneyEdit()
        self.opening.setAccessibleName(tr("Opening balance"))
        if st:
            self.opening.set_amount(Money.from_minor(st.opening_balance, st.currency).amount)
        self.opening_date = DateEdit(st.opening_date if st and st.opening_date else None)
        self.opening_date.setAccessibleName(tr("Opening date"))
        self.archived = QCheckBox(tr("Archived (hidden from lists; its money still counts)"))
        self.archived.setChecked(bool(st and st.archived))
        self.archived.setEnabled(st is not None)
        # A new account cannot be archived already: the box is for editing.
        self.archived.setVisible(st is not None)
        self.form.addRow(tr("Name"), self.name)
        self.form.addRow(tr("Type"), self.kind)
        self.form.addRow(tr("Currency"), self.currency)
        self.form.addRow(tr("Opening balance (owed for debts)"), self.opening)
        self.form.addRow(tr("Opening date"), self.opening_date)
        if st is not None:
            self.form.addRow(self.archived)

    def save(self) -> bool:
        try:
            opening = self.opening.amount() or 0
            day = self.opening_date.date()
        except DomainError as exc:
            self.fail(say(exc))
            return False
        errors: list[str] = []
        self.writer.error.connect(errors.append)
        try:
            result: object = None
            if self.account_id is None:
                result = accounts.create_account(
                    self.writer,
                    self.name.text(),
                    str(self.kind.currentData()),
                    self.currency.text(),
                    opening_balance=opening,
                    opening_date=day,
                )
            else:
                acc = int(self.account_id)
                result = accounts.edit_account(
                    self.writer,
                    acc,
                    name=self.name.text(),
                    kind=str(self.kind.currentData()),
                    currency_code=self.currency.text(),
                    opening_balance=opening,
                    opening_date=day,
                )
                st = self.book.account(self.account_id)
                if result is not None and st and st.archived != self.archived.isChecked():
                    result = accounts.set_archived(self.writer, acc, self.archived.isChecked())
        finally:
            self.writer.error.disconnect(errors.append)
        if result is None:
            self.fail(errors[-1] if errors else tr("The account could not be saved."))
            return False
        return True


def _singular(label: str) -> str:
    """One account of a kind, translated: "Credit cards" → "Credit card" ("Kreditkarte")."""
    one = {
        "Checking": tr("Checking", "one account"),
        "Savings": tr("Savings", "one account"),
        "Cash": tr("Cash", "one account"),
        "Investments": tr("Investment", "one account"),
        "Property": tr("Property", "one account"),
        "Vehicles": tr("Vehicle", "one account"),
        "Other assets": tr("Other asset", "one account"),
        "Credit cards": tr("Credit card", "one account"),
        "Loans": tr("Loan", "one account"),
        "Other liabilities": tr("Other liability", "one account"),
    }
    return one.get(label, tr(label))
