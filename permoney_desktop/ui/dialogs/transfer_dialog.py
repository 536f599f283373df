"""New transfer between two own accounts (not income or spending)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.ui.dialogs._form import FormDialog, account_combo
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.operations import transfers
from permoney_desktop.ui.optimistic import BalanceBook
from permoney_desktop.ui.widgets.date_edit import DateEdit
from permoney_desktop.ui.widgets.money_edit import MoneyEdit
from permoney_desktop.ui.writes import Writer


class TransferDialog(FormDialog):
    def __init__(
        self, book: BalanceBook, writer: Writer, account: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("New transfer"), parent)
        self.book, self.writer = book, writer
        self.source = account_combo(book, account)
        self.source.setAccessibleName(tr("From account"))
        # To offers every account but the From one (moving money to itself is no transfer).
        self.target = account_combo(book, leave_out=self.source.currentData())
        self.target.setAccessibleName(tr("To account"))
        self.source.currentIndexChanged.connect(self._refill_target)
        self.day = DateEdit()
        self.amount = MoneyEdit()
        self.amount.setPlaceholderText("100.00")
        self.to_amount = MoneyEdit()
        self.to_amount.setPlaceholderText(tr("only across currencies"))
        self.to_amount.setAccessibleName(tr("Amount received"))
        self.payee = QLineEdit()
        self.payee.setAccessibleName(tr("Description"))
        self.form.addRow(tr("From"), self.source)
        self.form.addRow(tr("To"), self.target)
        self.form.addRow(tr("Date"), self.day)
        self.form.addRow(tr("Amount"), self.amount)
        self.form.addRow(tr("Amount received"), self.to_amount)
        self.form.addRow(tr("Description"), self.payee)
        self.new_id: int | None = None
        # Typing starts at the amount: OK is the default button (Enter saves), not the focus.
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAutoDefault(False)
        ok.setDefault(True)
        self.amount.setFocus()

    def _refill_target(self) -> None:
        chosen = self.target.currentData()
        fresh = account_combo(self.book, chosen, leave_out=self.source.currentData())
        self.target.blockSignals(True)
        self.target.clear()
        for i in range(fresh.count()):
            self.target.addItem(fresh.itemText(i), fresh.itemData(i))
        self.target.setCurrentIndex(max(0, self.target.findData(chosen)))
        self.target.blockSignals(False)
        fresh.deleteLater()

    def save(self) -> bool:
        try:
            amount = self.amount.amount()
            to_amount = self.to_amount.amount()
            day = self.day.date()
        except DomainError as exc:
            self.fail(say(exc))
            return False
        if amount is None:
            self.fail(tr("Type the amount to move."))
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
            self.fail(errors[-1] if errors else tr("The transfer could not be saved."))
            return False
        self.new_id = int(result)
        return True
