"""New transfer between two own accounts (not income or spending)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.ui.dialogs._form import FormDialog, account_combo
from permoney_desktop.ui.operations import transfers
from permoney_desktop.ui.optimistic import BalanceBook
from permoney_desktop.ui.widgets.date_edit import DateEdit
from permoney_desktop.ui.widgets.money_edit import MoneyEdit
from permoney_desktop.ui.writes import Writer


class TransferDialog(FormDialog):
    def __init__(
        self, book: BalanceBook, writer: Writer, account: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__("New transfer", parent)
        self.book, self.writer = book, writer
        self.source = account_combo(book, account)
        self.target = account_combo(book)
        if self.target.count() > 1 and self.target.currentData() == self.source.currentData():
            self.target.setCurrentIndex(1)
        self.day = DateEdit()
        self.amount = MoneyEdit()
        self.amount.setPlaceholderText("100.00")
        self.to_amount = MoneyEdit()
        self.to_amount.setPlaceholderText("only across currencies")
        self.to_amount.setAccessibleName("Amount received")
        self.payee = QLineEdit()
        self.payee.setAccessibleName("Description")
        self.form.addRow("From", self.source)
        self.form.addRow("To", self.target)
        self.form.addRow("Date", self.day)
        self.form.addRow("Amount", self.amount)
        self.form.addRow("Amount received", self.to_amount)
        self.form.addRow("Description", self.payee)
        self.new_id: int | None = None

    def save(self) -> bool:
        try:
            amount = self.amount.amount()
            to_amount = self.to_amount.amount()
            day = self.day.date()
        except DomainError as exc:
            self.fail(str(exc))
            return False
        if amount is None:
            self.fail("Type the amount to move.")
            return False
        src, dst = int(self.source.currentData()), int(self.target.currentData())
        errors: list[str] = []
        self.writer.error.connect(errors.append)
        try:
            result = transfers.add_transfer(
                self.writer,
                src,
                dst,
                day,
                amount,
                to_amount=to_amount,
                payee=self.payee.text().strip(),
            )
        finally:
            self.writer.error.disconnect(errors.append)
        if result is None:
            self.fail(errors[-1] if errors else "The transfer could not be saved.")
            return False
        self.new_id = int(result)
        return True
