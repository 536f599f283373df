"""The exchange-rate editor: the known rates, and adding one (date, from, to, rate)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.typed_dates import DateInputError
from permoney_desktop.services import rates
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.operations import reference
from permoney_desktop.ui.widgets.date_edit import DateEdit
from permoney_desktop.ui.writes import Writer


class RatesDialog(QDialog):
    def __init__(self, ledger: Ledger, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger, self.writer = ledger, writer
        self.setWindowTitle(tr("Exchange rates"))
        self.setAccessibleName(tr("Exchange rates"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("From"), tr("To"), tr("Rate")])
        self.table.setAccessibleName(tr("Known exchange rates"))
        self.day = DateEdit()
        self.base = QLineEdit()
        self.base.setMaxLength(3)
        self.base.setAccessibleName(tr("From currency"))
        self.quote = QLineEdit(str(ledger.base_currency))
        self.quote.setMaxLength(3)
        self.quote.setAccessibleName(tr("To currency"))
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(tr("1.0850 (units of To per one From)"))
        self.rate.setAccessibleName(tr("Rate"))
        add = QPushButton(tr("Add rate"))
        add.clicked.connect(self.add)
        self.message = QLabel()
        self.message.setWordWrap(True)
        writer.error.connect(self.message.setText)
        form = QFormLayout()
        form.addRow(tr("Date"), self.day)
        form.addRow(tr("From"), self.base)
        form.addRow(tr("To"), self.quote)
        form.addRow(tr("Rate"), self.rate)
        form.addRow(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.resize(520, 520)
        self.reload()

    def reload(self) -> None:
        known = rates.list_rates(self.ledger)
        self.table.setRowCount(len(known))
        for row, r in enumerate(known):
            for col, text in enumerate((r.day.isoformat(), r.base, r.quote, str(r.rate))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.scrollToBottom()

    def add(self) -> None:
        try:
            day = self.day.date()
        except DateInputError as exc:
            self.message.setText(say(exc))
            return
        base, quote, value = self.base.text(), self.quote.text(), self.rate.text().strip()
        done = reference.add_rate(self.writer, day, base, quote, value)
        if done is not None:
            self.message.setText(
                tr("Added {base}→{quote} {rate} on {day}.").format(
                    base=base.upper(), quote=quote.upper(), rate=value, day=day
                )
            )
            self.reload()
