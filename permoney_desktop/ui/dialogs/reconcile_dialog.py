"""Reconcile an account against a bank statement: start, tick with Space, finish at zero.

Keyboard-first: the statement's date and closing balance, then the account's unreconciled
entries up to that date; Space ticks the selected rows and the cleared balance and difference
change in the same turn (``domain.reconcile.Tally``), then the tick is written (the entry
becomes cleared, so an interrupted reconciliation resumes where it was). Finish is enabled at a
difference of zero, or when a named adjustment entry is chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.reconcile import ADJUSTMENT_PAYEE, Candidate, Tally
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import QT_TR_NOOP, say, tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.operations import reconcile as reconcile_ops
from permoney_desktop.ui.widgets.date_edit import DateEdit
from permoney_desktop.ui.widgets.money_edit import MoneyEdit
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.services import reconcile as reconcile_service
    from permoney_desktop.services.reconcile import ReconcileState
else:
    reconcile_service = lazy_module("permoney_desktop.services.reconcile")

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_TITLES = ("✓", QT_TR_NOOP("Date"), QT_TR_NOOP("Payee"), QT_TR_NOOP("Amount"))
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class CandidatesModel(QAbstractTableModel):
    """The statement window's entries and their ticks (texts made once, on load)."""

    def __init__(self, candidates: Sequence[Candidate], currency: str) -> None:
        super().__init__()
        self.rows = list(candidates)
        self.ticked = [c.cleared for c in self.rows]
        self.currency = currency
        # Texts are made for the rows a view paints (a screenful), not for 10,000 at open.
        self._texts: dict[int, tuple[str, str, str]] = {}

    def _text(self, row: int) -> tuple[str, str, str]:
        found = self._texts.get(row)
        if found is None:
            c = self.rows[row]
            money = format_money(Money.from_minor(c.amount, self.currency))
            found = self._texts[row] = (c.day.isoformat(), c.payee, money)
        return found

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return tr(_TITLES[section])
        if orientation == Qt.Orientation.Horizontal and role == _ALIGN and section == 3:
            return _RIGHT
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        row, col = index.row(), index.column()
        if role == _DISPLAY:
            if col == 0:
                return "✓" if self.ticked[row] else ""
            return self._text(row)[col - 1]
        if role == _ACCESSIBLE and col == 0:
            return "cleared" if self.ticked[row] else tr("not cleared")
        if role == _ALIGN:
            return _RIGHT if col == 3 else (_CENTER if col == 0 else None)
        if role == _FOREGROUND and col == 3 and self.rows[row].amount < 0:
            return theme.palette().negative
        return None

    def set_ticked(self, rows: Sequence[int], ticked: bool) -> None:
        for r in rows:
            self.ticked[r] = ticked
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0))


class ReconcileDialog(QDialog):
    """One account's reconciliation: a start form, or the open one's figures and entries."""

    def __init__(
        self, writer: Writer, account_id: AccountId, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.writer = writer
        self.account_id = account_id
        self.state: ReconcileState | None = None
        self.tally: Tally | None = None
        self.model: CandidatesModel | None = None
        account = writer.book.account(account_id)
        self.account_name = account.name if account else f"#{account_id}"
        self.currency = str(account.currency) if account else "USD"
        self.liability = (
            account is not None and account.kind.classification is Classification.LIABILITY
        )
        self.setWindowTitle(tr("Reconcile {account_name}").format(account_name=self.account_name))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        self.start_box = self._start_form()
        layout.addWidget(self.start_box)
        self.work_box = self._work_area()
        layout.addWidget(self.work_box, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Error"))
        self.error.setStyleSheet(f"color: {theme.palette().bad.name()}")
        layout.addWidget(self.error)
        self.load()

    # -- building ----------------------------------------------------------------------------

    def _start_form(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.statement_date = DateEdit()
        self.statement_date.setAccessibleName(tr("Statement date"))
        self.statement_balance = MoneyEdit()
        owed = tr(" (owed)") if self.liability else ""
        self.statement_balance.setAccessibleName(tr("Closing balance{owed}").format(owed=owed))
        self.statement_balance.setPlaceholderText("0.00")
        from_file = QPushButton(tr("From a statement file…"))
        from_file.setToolTip(
            tr("Take the date and closing balance from an OFX, camt.053 or MT940 file")
        )
        from_file.setAutoDefault(False)
        from_file.clicked.connect(self.choose_file)
        balance_row = QHBoxLayout()
        balance_row.addWidget(self.statement_balance, 1)
        balance_row.addWidget(from_file)
        form.addRow(tr("Statement date"), self.statement_date)
        form.addRow(tr("Closing balance{owed}").format(owed=owed), balance_row)
        hint = QLabel(
            tr("Type the closing balance printed on the statement")
            + (tr(": for a card or loan, the amount owed as a positive number.") if owed else ".")
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        row = QHBoxLayout()
        self.start_button = QPushButton(tr("Start reconciling"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.undo_button = QPushButton(tr("Undo last reconciliation"))
        self.undo_button.clicked.connect(self.undo_last)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(self.start_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(close)
        form.addRow(row)
        self.history = QListWidget()
        self.history.setAccessibleName(tr("Earlier statements"))
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        form.addRow(QLabel(tr("Earlier statements")))
        form.addRow(self.history)
        return box

    def _figure(self, grid: QGridLayout, col: int, title: str) -> QLabel:
        caption = QLabel(title)
        caption.setStyleSheet(f"color: {theme.palette().muted.name()}")
        value = QLabel()
        value.setAccessibleName(title)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        value.setFont(font)
        grid.addWidget(caption, 0, col)
        grid.addWidget(value, 1, col)
        return value

    def _work_area(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        owed = tr(" (owed)") if self.liability else ""
        self.date_label = self._figure(grid, 0, tr("Statement date"))
        self.balance_label = self._figure(grid, 1, f"Statement balance{owed}")
        self.cleared_label = self._figure(grid, 2, f"Cleared balance{owed}")
        self.difference_label = self._figure(grid, 3, tr("Difference"))
        layout.addLayout(grid)
        self.anchor_note = QLabel()
        self.anchor_note.setWordWrap(True)
        self.anchor_note.setStyleSheet(f"color: {theme.palette().muted.name()}")
        layout.addWidget(self.anchor_note)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Entries to tick"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda i: self.toggle([i.row()]))
        # Space is the table's own key (not a shortcut): it ticks whether or not the window
        # is the active one, and never reaches the table's "select the current row".
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        hint = QLabel(tr("Space ticks the selected entries; tick each one the statement shows."))
        hint.setStyleSheet(f"color: {theme.palette().muted.name()}")
        layout.addWidget(hint)
        layout.addLayout(self._finish_rows())
        return box

    def _finish_rows(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        adjust_row = QHBoxLayout()
        self.adjust = QCheckBox(tr("Finish with an adjustment entry named"))
        self.adjust.toggled.connect(self._update_finish)
        self.adjust_name = QLineEdit(ADJUSTMENT_PAYEE)
        self.adjust_name.setAccessibleName(tr("Adjustment entry name"))
        self.adjust_name.textChanged.connect(self._update_finish)
        adjust_row.addWidget(self.adjust)
        adjust_row.addWidget(self.adjust_name, 1)
        rows.addLayout(adjust_row)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(tr("Cancel reconciliation"))
        self.cancel_button.setToolTip(tr("Drop this statement; ticked entries stay cleared"))
        self.cancel_button.clicked.connect(self.cancel_reconciliation)
        later = QPushButton(tr("Close (finish later)"))
        later.clicked.connect(self.reject)
        self.finish_button = QPushButton(tr("Finish"))
        self.finish_button.clicked.connect(self.finish)
        for button in (self.cancel_button, later, self.finish_button):
            button.setAutoDefault(False)  # Enter in the table never cancels or finishes
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(self.finish_button)
        rows.addLayout(buttons)
        return rows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            self.toggle_selected()
            return True
        return super().eventFilter(watched, event)

    # -- state -------------------------------------------------------------------------------

    def money(self, minor: int) -> str:
        return format_money(Money.from_minor(minor, self.currency))

    def load(self) -> None:
        """Show the open reconciliation of the account, or the start form."""
        state = reconcile_service.open_for(self.writer.ledger, int(self.account_id))
        self.state = state
        self.start_box.setVisible(state is None)
        self.work_box.setVisible(state is not None)
        if state is None:
            self.tally = None
            self._show_history()
            self.statement_balance.setFocus()
            return
        self.tally = state.tally()
        self.model = CandidatesModel(state.candidates, self.currency)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 32), (1, 96), (3, 120)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(col, width)
        self.date_label.setText(state.statement_date.isoformat())
        self.balance_label.setText(self.money(state.statement_balance))
        notes = []
        if state.base.anchor is not None:
            notes.append(
                f"Starts from the balance set on {state.base.anchor.isoformat()}"
                f" ({self.money(state.base.level)}): entries up to that day are absorbed by it."
            )
        if state.foreign:
            notes.append(f"{state.foreign} entries in another currency are not listed.")
        self.anchor_note.setText(" ".join(notes))
        self.anchor_note.setVisible(bool(notes))
        self._show_figures()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def _show_history(self) -> None:
        items, edits = reconcile_service.history(self.writer.ledger, int(self.account_id))
        self.history.clear()
        for h in items:
            when = "" if h.finished_at is None else f", {h.finished_at:%Y-%m-%d %H:%M}"
            self.history.addItem(
                f"{h.statement_date.isoformat()}  {format_money(h.statement_balance)}"
                f"  {h.state} ({h.entries} entries{when})"
            )
        for e in edits:
            who = f"entry {e.entry_id}" if e.entry_id else "account"  # 0: the account itself
            self.history.addItem(f"{e.at:%Y-%m-%d %H:%M}  {who} changed: {e.change}")
        if not items:
            self.history.addItem(tr("No statement reconciled yet."))
        self.undo_button.setEnabled(any(h.state == "finished" for h in items))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Statement file"),
            "",
            tr("Bank statements (*.ofx *.qfx *.xml *.sta *.mt940);;All (*)"),
        )
        if name:
            self.fill_from_file(Path(name))

    def fill_from_file(self, path: Path) -> bool:
        """Take the statement date and closing balance from a bank file."""
        try:
            day, level = reconcile_service.statement_from_file(
                self.writer.ledger, int(self.account_id), path
            )
        except (DomainError, OSError) as exc:
            self.error.setText(say(exc))
            return False
        self.statement_date.set_date(day)
        self.statement_balance.set_amount(level)
        self.error.setText("")
        return True

    def _show_figures(self) -> None:
        tally = self.tally
        if tally is None:
            return
        self.cleared_label.setText(self.money(tally.cleared_balance))
        diff = tally.difference
        self.difference_label.setText(self.money(diff))
        colour = theme.palette().good if diff == 0 else theme.palette().bad
        self.difference_label.setStyleSheet(f"color: {colour.name()}; font-weight: 600")
        self._update_finish()

    def _update_finish(self) -> None:
        tally = self.tally
        zero = tally is not None and tally.difference == 0
        named = bool(self.adjust_name.text().strip())
        self.adjust.setEnabled(not zero)
        self.adjust_name.setEnabled(not zero)
        self.finish_button.setEnabled(zero or (self.adjust.isChecked() and named))
        if tally is not None and not zero:
            amount = self.money(tally.adjustment_flow())
            self.finish_button.setToolTip(
                tr("The difference must be zero, or choose an adjustment entry of {amount}").format(
                    amount=amount
                )
            )
        else:
            self.finish_button.setToolTip(tr("Reconcile the ticked entries"))

    # -- actions -----------------------------------------------------------------------------

    def _write(self, fn: object) -> object:
        """Run an operation, showing its error (if any) in the dialog."""
        errors: list[str] = []
        self.writer.error.connect(errors.append)
        try:
            result = fn()  # type: ignore[operator]
        finally:
            self.writer.error.disconnect(errors.append)
        self.error.setText(errors[-1] if errors else "")
        return result

    def start(self) -> None:
        try:
            value = self.statement_balance.amount()
            day = self.statement_date.date()
        except DomainError as exc:
            self.error.setText(say(exc))
            return
        if value is None:
            self.error.setText(tr("Type the closing balance printed on the statement."))
            return
        rec = self._write(lambda: reconcile_ops.start(self.writer, self.account_id, day, value))
        if rec is not None:
            self.load()

    def toggle_selected(self) -> None:
        sel = self.table.selectionModel()
        rows = sorted({i.row() for i in sel.selectedRows()}) if sel is not None else []
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        self.toggle(rows)

    def toggle(self, rows: Sequence[int]) -> bool:
        """Tick the rows (untick when all are ticked): the figures first, then the write."""
        model, tally = self.model, self.tally
        if model is None or tally is None or not rows:
            return False
        ticked = not all(model.ticked[r] for r in rows)
        change = [r for r in rows if model.ticked[r] is not ticked]
        for r in change:
            tally.tick(model.rows[r].amount, ticked)
        model.set_ticked(change, ticked)
        self._show_figures()
        ids = [model.rows[r].id for r in change]
        if self._write(lambda: reconcile_ops.set_status(self.writer, ids, ticked)) is None:
            for r in change:
                tally.tick(model.rows[r].amount, not ticked)
            model.set_ticked(change, not ticked)
            self._show_figures()
            return False
        return True

    def finish(self) -> None:
        if self.tally is None:
            return
        adjust = self.tally.difference != 0 and self.adjust.isChecked()
        count = self._write(
            lambda: reconcile_ops.finish(
                self.writer,
                self.account_id,
                adjust=adjust,
                payee=self.adjust_name.text().strip() or ADJUSTMENT_PAYEE,
            )
        )
        if count is not None:
            self.accept()

    def cancel_reconciliation(self) -> None:
        if self._write(lambda: reconcile_ops.cancel(self.writer, self.account_id)) is not None:
            self.load()

    def undo_last(self) -> None:
        if self._write(lambda: reconcile_ops.undo_last(self.writer, self.account_id)):
            self.error.setText(tr("The last reconciliation was undone: its entries are cleared."))
            self._show_history()
