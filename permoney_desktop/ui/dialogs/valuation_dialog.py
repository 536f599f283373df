"""Set an account's balance on a date (a valuation: a level, not a flow)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.ui.dialogs._form import FormDialog, account_combo
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.operations import valuations
from permoney_desktop.ui.optimistic import BalanceBook
from permoney_desktop.ui.widgets.date_edit import DateEdit
from permoney_desktop.ui.widgets.money_edit import MoneyEdit
from permoney_desktop.ui.writes import Writer


class ValuationDialog(FormDialog):
    def __init__(
        self,
        book: BalanceBook,
        writer: Writer,
        account: AccountId | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Set balance"), parent)
        self.book, self.writer = book, writer
        self.account = account_combo(book, account)
        self.day = DateEdit()
        self.balance = MoneyEdit()
        self.balance.setAccessibleName(tr("Balance"))
        self.notes = QLineEdit()
        self.notes.setAccessibleName(tr("Notes"))
        hint = QLabel(tr("For a card or loan, type the amount owed as a positive number."))
        hint.setWordWrap(True)
        self.form.addRow(tr("Account"), self.account)
        self.form.addRow(tr("Date"), self.day)
        self.form.addRow(tr("Balance"), self.balance)
        self.form.addRow(tr("Notes"), self.notes)
        self.form.addRow(hint)

    def save(self) -> bool:
        try:
            value = self.balance.amount()
            day = self.day.date()
        except DomainError as exc:
            self.fail(say(exc))
            return False
        if value is None:
            self.fail(tr("Type the balance on that date."))
            return False
        acc = AccountId(int(self.account.currentData()))
        errors: list[str] = []
        self.writer.error.connect(errors.append)
        try:
            result = valuations.set_valuation(
                self.writer, int(acc), day, value, notes=self.notes.text()
            )
        finally:
            self.writer.error.disconnect(errors.append)
        if result is None:
            self.fail(errors[-1] if errors else tr("The balance could not be set."))
            return False
        return True
