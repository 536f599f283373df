"""The Schedules dialog (Edit → Schedules…): the list and editor of scheduled transactions,
their upcoming occurrences, and the recurring payments detected in the history.

Keyboard-first: Up/Down walk the list and load the editor, Ctrl+N starts a new schedule,
Ctrl+S saves, Del deletes the selected schedule (undoable), Ctrl+Tab changes tab.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.recurring import Proposal
from permoney_desktop.domain.schedules import Schedule, ScheduleMode
from permoney_desktop.domain.typed_dates import DateInputError
from permoney_desktop.ui import theme
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.day_format import format_day
from permoney_desktop.ui.dialogs.schedule_form import ScheduleForm
from permoney_desktop.ui.i18n import QT_TR_NOOP, say, tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.models.upcoming_model import UpcomingModel
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.operations import schedules as ops
from permoney_desktop.ui.widgets.upcoming_view import UpcomingView

if TYPE_CHECKING:
    from permoney_desktop.services import categories as category_service
    from permoney_desktop.services import recurring as recurring_service
    from permoney_desktop.services import schedules as schedule_service
    from permoney_desktop.ui.app_window import AppWindow
else:
    category_service = lazy_module("permoney_desktop.services.categories")
    recurring_service = lazy_module("permoney_desktop.services.recurring")
    schedule_service = lazy_module("permoney_desktop.services.schedules")

LIST_COLUMNS = (QT_TR_NOOP("Name"), QT_TR_NOOP("Amount"), QT_TR_NOOP("Rule"), QT_TR_NOOP("Next"))
DETECTED_COLUMNS = (
    QT_TR_NOOP("Payee"),
    QT_TR_NOOP("Account"),
    QT_TR_NOOP("Every"),
    QT_TR_NOOP("Amount"),
    QT_TR_NOOP("Seen"),
    QT_TR_NOOP("Last"),
)


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels([tr(c) for c in columns])
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class SchedulesDialog(QDialog):
    def __init__(self, window: AppWindow, today: date | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.writer = window.writer
        self.ledger = window.ledger
        self.today = today or date.today()
        self.setWindowTitle(tr("Schedules"))
        self.setAccessibleName(tr("Schedules"))
        self.schedules: list[Schedule] = []
        self.proposals: list[Proposal] = []
        self.current_id: int | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._schedules_tab(), tr("&Schedules"))
        self.upcoming = UpcomingModel(self.ledger, self.today)
        self.upcoming.days = 60
        self.upcoming_view = UpcomingView(self.upcoming)
        self.tabs.addTab(self.upcoming_view, tr("&Upcoming"))
        self.tabs.addTab(self._detected_tab(), tr("&Detected"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.resize(980, 620)
        window.writer.bus.applied.connect(self._on_applied)
        # A write the service refused (an amount with too many decimals…): said here too.
        window.writer.error.connect(self._on_error)
        self.reload()
        self.list.setFocus()

    # -- building --------------------------------------------------------------------------

    def _schedules_tab(self) -> QWidget:
        self.list = _table(LIST_COLUMNS, tr("Schedules"))
        self.list.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._load_row(row))
        self.list.horizontalHeader().setStretchLastSection(False)
        self.list.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.form = ScheduleForm(
            self.window_.book.accounts(),
            category_service.list_categories(self.ledger),
            self.today,
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Error"))
        self.error.setStyleSheet(f"color: {theme.palette().bad.name()}")
        self.new_button = QPushButton(tr("&New"))
        self.save_button = QPushButton(tr("Sa&ve"))
        self.delete_button = QPushButton(tr("Delete"))
        self.new_button.clicked.connect(self.new_schedule)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        self.new_button.setToolTip(tr("New schedule (Ctrl+N)"))
        self.save_button.setToolTip(tr("Save the schedule (Ctrl+S)"))
        delete = QAction(tr("Delete schedule"), self.list)
        delete.setShortcut(QKeySequence("Del"))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.list.addAction(delete)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.form)
        right_layout.addWidget(self.error)
        right_layout.addLayout(buttons)
        right_layout.addStretch(1)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        return split

    def _detected_tab(self) -> QWidget:
        page = QWidget()
        self.detected = _table(DETECTED_COLUMNS, tr("Detected recurring payments"))
        self.detected_note = QLabel()
        self.detected_note.setWordWrap(True)
        accept = QPushButton(tr("&Accept as a schedule"))
        reject = QPushButton(tr("&Reject (never propose again)"))
        accept.clicked.connect(self.accept_proposal)
        reject.clicked.connect(self.reject_proposal)
        row = QHBoxLayout()
        row.addWidget(accept)
        row.addWidget(reject)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.detected_note)
        layout.addWidget(self.detected)
        layout.addLayout(row)
        self.tabs.currentChanged.connect(self._on_tab)
        return page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+S saves and Ctrl+N starts a new schedule from any field (keys a field does
        not use reach the dialog)."""
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() == Qt.Key.Key_S:
            self.save()
        elif ctrl and event.key() == Qt.Key.Key_N:
            self.new_schedule()
        else:
            super().keyPressEvent(event)

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        state = schedule_service.state(self.ledger)
        horizon = date(self.today.year + 2, 12, 31)
        nexts: dict[int, date] = {}
        for p in state.pending(horizon):
            nexts.setdefault(int(p.schedule.id), p.occurrence.due)
        self.schedules = state.schedules
        self.list.blockSignals(True)
        self.list.setRowCount(len(self.schedules))
        for row, s in enumerate(self.schedules):
            nxt = nexts.get(int(s.id))
            cells = (
                _item(s.name),
                _item(format_money(s.money), right=True),
                _item(s.recurrence.describe()),
                _item("" if nxt is None else format_day(nxt)),
            )
            for col, cell in enumerate(cells):
                self.list.setItem(row, col, cell)
        self.list.blockSignals(False)
        self.upcoming.refresh()
        ids = [int(s.id) for s in self.schedules]
        if self.current_id in ids:
            self.list.setCurrentCell(ids.index(self.current_id), 0)
        elif self.schedules:
            self.list.setCurrentCell(0, 0)
            self._load_row(0)
        else:
            self.new_schedule()

    def _load_row(self, row: int) -> None:
        if 0 <= row < len(self.schedules):
            s = self.schedules[row]
            self.current_id = int(s.id)
            self.form.load(s)
            self.error.clear()

    def select_schedule(self, schedule_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        for row, s in enumerate(self.schedules):
            if int(s.id) == schedule_id:
                self.list.setCurrentCell(row, 0)
                self.form.amount.setFocus()
                return

    def _on_applied(self, applied: Applied) -> None:
        if self.isVisible():
            self.reload()

    def _on_error(self, message: str) -> None:
        if self.isVisible():
            self.error.setText(message)

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.detected.parentWidget():
            self._load_proposals()

    def _load_proposals(self) -> None:
        self.proposals = recurring_service.proposals(self.ledger, self.today)
        names = {int(a.id): a.name for a in self.window_.book.accounts()}
        self.detected.setRowCount(len(self.proposals))
        for row, p in enumerate(self.proposals):
            cells = (
                _item(p.payee),
                _item(names.get(p.account_id, "")),
                _item(p.cadence.name),
                _item(format_money(Money.from_minor(p.amount_minor, p.currency)), right=True),
                _item(f"{p.occurrences} times since {format_day(p.first)}"),
                _item(format_day(p.last)),
            )
            for col, cell in enumerate(cells):
                self.detected.setItem(row, col, cell)
        self.detected_note.setText(
            tr(
                "Payments that came at a regular interval with a steady amount. Accepting one "
                "makes a schedule that starts after the latest payment; rejecting one is "
                "remembered."
            )
            if self.proposals
            else tr("Nothing recurring found that is not scheduled or rejected already.")
        )
        if self.proposals:
            self.detected.setCurrentCell(0, 0)

    # -- writing ---------------------------------------------------------------------------

    def new_schedule(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.current_id = None
        self.list.clearSelection()
        self.form.clear()
        self.error.clear()
        self.form.name.setFocus()

    def save(self) -> None:
        try:
            v = self.form.values()
        except (DomainError, DateInputError) as exc:
            self.error.setText(say(exc))
            return
        self.error.clear()
        if self.current_id is None:
            active_from = None
            past = schedule_service.past_occurrences(v.rule, self.today)
            if past and v.mode is ScheduleMode.POST:
                choice = self.ask_past(past, v.rule.start)
                if choice is None:
                    return
                active_from = None if choice else self.today
            new_id = ops.add_schedule(self.writer, v.name, v.template, v.rule, v.mode, active_from)
            if new_id is not None:
                self.current_id = new_id
                self.reload()
            return
        ops.edit_schedule(
            self.writer,
            self.current_id,
            self.today,
            name=v.name,
            template=v.template,
            rule=v.rule,
            mode=v.mode,
        )

    def ask_past(self, count: int, start: date) -> bool | None:
        """Never guess: post the occurrences already due since ``start`` (True), start from
        today (False), or go back to the form (None)."""
        box = QMessageBox(self)
        box.setWindowTitle(tr("Occurrences in the past"))
        noun = tr("occurrence is") if count == 1 else tr("occurrences are")
        box.setText(
            tr("{count} {noun} due between {start} and today.").format(
                count=count, noun=noun, start=start
            )
        )
        box.setInformativeText(
            tr(
                "Post them now as entries, or count the schedule from today (choose this when "
                "those payments are already in the register)?"
            )
        )
        post = box.addButton(tr("Post them"), QMessageBox.ButtonRole.AcceptRole)
        today = box.addButton(tr("From today"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(today)
        box.exec()
        clicked = box.clickedButton()
        if clicked is post:
            return True
        return False if clicked is today else None

    def delete_current(self) -> None:
        if self.current_id is not None:
            ops.delete_schedule(self.writer, self.current_id)
            self.current_id = None
            self.reload()

    def _proposal(self) -> Proposal | None:
        row = self.detected.currentRow()
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def accept_proposal(self) -> None:
        p = self._proposal()
        if p is None:
            return
        if ops.accept_proposal(self.writer, p.id, self.today) is not None:
            self._load_proposals()

    def reject_proposal(self) -> None:
        p = self._proposal()
        if p is not None and ops.reject_proposal(self.writer, p.id, self.today) is not None:
            self._load_proposals()
