"""Edit → History…: who did what to the book, newest first, filterable by person.

The rows are ``services.undo.history``'s, the same as ``permoney history`` prints: when (shown
in local time; stored in UTC to the minute), who (the server role of a shared book, the
profile name on a file), what (the undo step's label) and whether it is undone. The table is
read again after every change the window applies, so it stays current while open. Keyboard:
the table has the focus (arrows, Home/End, PgUp/PgDn), Alt+P the person filter, Esc closes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.services import server_health
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.day_format import format_day
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.operations import undo as undo_ops
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.ui.operations.undo import HistoryStep

# As many steps as the book keeps for a person's undo, and then some: the list is for looking
# back over the last days, not for an audit of years.
LIMIT = 500
EVERYONE = ""  # the filter's "Everyone" entry
WHEN, WHO, WHAT, STATE = range(4)


def local_time(stored: str) -> str:
    """A stored step time (UTC, ``YYYY-MM-DD HH:MM``) as this machine's local date and time."""
    try:
        moment = datetime.fromisoformat(stored).replace(tzinfo=UTC).astimezone()
    except ValueError:
        return stored
    return f"{format_day(moment.date())} {moment:%H:%M}"


class HistoryDialog(QDialog):
    """The book's change history (see the module docstring)."""

    def __init__(
        self,
        ledger: Ledger,
        writer: Writer | None = None,
        parent: QWidget | None = None,
        *,
        limit: int = LIMIT,
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.limit = limit
        self.steps: list[HistoryStep] = []
        self.setWindowTitle(tr("History"))
        self.setAccessibleName(tr("History of changes"))
        self.person = QComboBox()
        self.person.setAccessibleName(tr("Show the changes of"))
        self.person.setToolTip(tr("Show one person's changes (Alt+P)"))
        person_label = QLabel(tr("Person:"))
        person_label.setBuddy(self.person)
        # An action rather than the label's mnemonic: it works whatever the platform's
        # mnemonic setting, and the keyboard-shortcuts list can name it.
        to_person = QAction(tr("Choose a person"), self)
        to_person.setShortcut(QKeySequence("Alt+P"))
        to_person.triggered.connect(lambda _=False: self.person.setFocus())
        self.addAction(to_person)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("history-table")
        self.table.setAccessibleName(tr("Changes, newest first"))
        self.table.setHorizontalHeaderLabels([tr("When"), tr("Who"), tr("What"), tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in a dialog
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (WHEN, WHO, STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setObjectName("history-message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(person_label)
        top.addWidget(self.person, 1)
        top.addStretch(2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self.person.currentIndexChanged.connect(lambda _i: self.apply_filter())
        if writer is not None:
            writer.bus.applied.connect(self._on_applied)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.setFocus()  # the changes first; Alt+P for the filter

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the steps again (the person chosen stays chosen)."""
        try:
            self.steps = undo_ops.history(self.ledger, self.limit)
        except Exception as exc:
            if not server_health.is_unreachable(exc):
                raise
            self.message.setText(
                tr("The history cannot be read while the server cannot be reached.")
            )
            return
        self.message.setText(
            tr("No changes yet.")
            if not self.steps
            else tr("The newest {count} changes, everyone's; you may undo your own.").format(
                count=len(self.steps)
            )
        )
        self._fill_people()
        self._fill_table()
        self.apply_filter()

    def _on_applied(self, _applied: Applied) -> None:
        if self.isVisible():
            self.reload()

    def _fill_people(self) -> None:
        chosen = self.person.currentData()
        people = sorted({s.who for s in self.steps if s.who})
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(tr("Everyone"), EVERYONE)
        for who in people:
            shown = tr("{name} (you)").format(name=who) if who == self.ledger.author else who
            self.person.addItem(shown, who)
        found = self.person.findData(chosen) if chosen is not None else -1
        self.person.setCurrentIndex(max(found, 0))
        self.person.blockSignals(False)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.steps))
        for row, step in enumerate(self.steps):
            cells = (
                local_time(step.when),
                step.who or tr("(before authors were kept)"),
                say(step.label),  # the stored label in this window's language
                tr("undone") if step.undone else tr("done"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, step.who)
                if step.undone:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        if self.steps and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, WHAT)

    # -- filtering -----------------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Show only the chosen person's steps (all with "Everyone")."""
        who = self.person.currentData() or EVERYONE
        first_shown = -1
        for row, step in enumerate(self.steps):
            hidden = who not in (EVERYONE, step.who)
            self.table.setRowHidden(row, hidden)
            if not hidden and first_shown < 0:
                first_shown = row
        current = self.table.currentRow()
        if first_shown >= 0 and (current < 0 or self.table.isRowHidden(current)):
            self.table.setCurrentCell(first_shown, WHAT)

    def shown_steps(self) -> list[HistoryStep]:
        """The steps the table shows now, top to bottom (tests, and screen readers' count)."""
        return [s for row, s in enumerate(self.steps) if not self.table.isRowHidden(row)]
