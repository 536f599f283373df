"""The register's status column: c (cleared), a lock (reconciled), toggled with the c key.

The register model asks this column for its cells and tells it which entries a page holds
(one status read per page); a tick here updates the cell in the same turn, then writes.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QObject, Qt, SignalInstance
from PySide6.QtGui import QAction, QFontDatabase, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView, QWidget

from permoney_desktop.domain.changes import ChangeKind
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.reconcile import EntryStatus
from permoney_desktop.services import status_reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.register_reads import EntryLine
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr
from permoney_desktop.ui.operations import reconcile as reconcile_ops
from permoney_desktop.ui.writes import Writer


class RegisterModel(Protocol):
    """What this column needs of the register's model (it does not import the model)."""

    ledger: Ledger
    writer: Writer
    columns: list[str]
    status_column: StatusColumn

    def column_of(self, name: str) -> int: ...
    def rowCount(self, parent: QModelIndex = ...) -> int: ...
    def index(self, row: int, column: int, parent: QModelIndex = ...) -> QModelIndex: ...
    def line(self, row: int) -> EntryLine | None: ...
    @property
    def dataChanged(self) -> SignalInstance: ...


STATUS = "status"
_KEEP = 50_000  # statuses kept for rows read so far
TITLE = "✓"
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_MARKS = {EntryStatus.UNCLEARED: "", EntryStatus.CLEARED: "c", EntryStatus.RECONCILED: "R"}
_LOCK = "\U0001f512"
_EMOJI_FONTS = ("Noto Color Emoji", "Segoe UI Emoji", "Apple Color Emoji", "Twemoji", "Noto Emoji")


def use_lock_mark() -> None:
    """A reconciled entry shows a small lock where a font can draw one, else GnuCash's R
    (a box in its place would say nothing)."""
    fonts = set(QFontDatabase.families())
    drawn = QFontMetrics(QApplication.font()).inFontUcs4(ord(_LOCK))
    if drawn or fonts.intersection(_EMOJI_FONTS):
        _MARKS[EntryStatus.RECONCILED] = _LOCK


_WORDS = {
    EntryStatus.UNCLEARED: QT_TR_NOOP("Uncleared (press C when the bank shows it)"),
    EntryStatus.CLEARED: QT_TR_NOOP("Cleared: the bank shows it (C to untick)"),
    EntryStatus.RECONCILED: QT_TR_NOOP(
        "Reconciled: checked against a statement; changes ask first"
    ),
}


class StatusColumn(QObject):
    """Entry statuses for the rows a register has read, and the cells that show them."""

    def __init__(self, model: RegisterModel) -> None:
        super().__init__()
        use_lock_mark()
        self.model = model
        self._status: dict[int, EntryStatus] = {}
        # The cell dicts the model caches, by entry: updated in place after a tick.
        self._cells: dict[int, dict[int, object]] = {}
        model.writer.bus.applied.connect(self._on_applied)

    def status(self, entry_id: int) -> EntryStatus:
        found = self._status.get(entry_id)
        if found is None:
            self.prefetch([entry_id])
            found = self._status.get(entry_id, EntryStatus.UNCLEARED)
        return found

    def prefetch(self, entry_ids: list[int]) -> None:
        """Read the statuses of a page's entries at once (the model calls it per page)."""
        wanted = [i for i in entry_ids if i not in self._status]
        if wanted and len(self._status) > _KEEP:
            # A long scroll through a big book: start afresh rather than grow without end.
            self._status.clear()
            self._cells.clear()
            wanted = list(entry_ids)
        if wanted:
            self._status.update(status_reads.statuses(self.model.ledger, wanted))

    def fill(self, cell: dict[int, object], line: EntryLine) -> dict[int, object]:
        """An entry row's status cell (not editable in place: C toggles it)."""
        cell[_EDIT] = None
        cell[_ALIGNMENT] = _CENTER
        if line.kind is not EntryKind.VALUATION:
            self._paint(cell, self.status(int(line.id)))
            self._cells[int(line.id)] = cell
        return cell

    @staticmethod
    def _paint(cell: dict[int, object], status: EntryStatus) -> None:
        cell[_DISPLAY] = _MARKS[status]
        cell[_ACCESSIBLE] = status.value
        cell[_TOOLTIP] = tr(_WORDS[status])
        cell[_FOREGROUND] = "muted" if status is EntryStatus.RECONCILED else None

    def _show(self, changed: dict[int, EntryStatus]) -> None:
        self._status.update(changed)
        for entry_id, status in changed.items():
            cell = self._cells.get(entry_id)
            if cell is not None:
                self._paint(cell, status)
        model = self.model
        if STATUS in model.columns and model.rowCount() > 1:
            col = model.column_of(STATUS)
            model.dataChanged.emit(model.index(0, col), model.index(model.rowCount() - 1, col))

    def toggle(self, lines: list[EntryLine]) -> bool:
        """C on the selected rows: all cleared if any is not, else all uncleared (as GnuCash).
        Balance anchors have no status and are skipped."""
        ids = [int(x.id) for x in lines if x.kind is not EntryKind.VALUATION]
        if not ids:
            return False
        before = {i: self.status(i) for i in ids}
        cleared = any(s is EntryStatus.UNCLEARED for s in before.values())
        locked = [i for i, s in before.items() if s is EntryStatus.RECONCILED]
        force = False
        if locked and not cleared:
            force_ok = reconcile_ops.force_for(self.model.writer, locked, None)
            if force_ok is None:
                return False
            force = True
        target = EntryStatus.CLEARED if cleared else EntryStatus.UNCLEARED
        change = [i for i in ids if before[i] is not target]
        if cleared:
            change = [i for i in change if before[i] is not EntryStatus.RECONCILED]
        if not change:
            return False
        self._show(dict.fromkeys(change, target))  # the same turn, before the write
        if reconcile_ops.set_status(self.model.writer, change, cleared, force=force) is None:
            self._show({i: before[i] for i in change})
            return False
        return True

    def _on_applied(self, applied: Applied) -> None:
        # Another view (the reconcile dialog, an undo) may have changed statuses: read the
        # known ones again (one query) and repaint the column.
        changes = applied.changes
        if ChangeKind.ENTRIES not in changes.kinds or not self._status:
            return
        if changes.dirty_from and "reconcil" not in changes.label.lower():
            # An edit, add or delete with balances to recompute: statuses of known rows only
            # change by a tick (no dirty day), a finish (with an adjustment) or an undo of one.
            return
        known = list(self._status)
        fresh = status_reads.statuses(self.model.ledger, known)
        changed = {i: s for i, s in fresh.items() if self._status.get(i) is not s}
        for gone in set(known) - set(fresh):
            self._status.pop(gone, None)
            self._cells.pop(gone, None)
        if changed:
            self._show(changed)


def install_toggle(table: QTableView, model: RegisterModel) -> QAction:
    """The C key on the register's table (only while the table, not an editor, has focus)."""
    action = QAction(tr("Toggle cleared"), table)
    action.setShortcut(QKeySequence(Qt.Key.Key_C))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def run() -> None:
        sel = table.selectionModel()
        rows = sorted({i.row() for i in sel.selectedIndexes()}) if sel is not None else []
        if not rows and table.currentIndex().isValid():
            rows = [table.currentIndex().row()]
        lines = [x for x in (model.line(r) for r in rows) if x is not None]
        model.status_column.toggle(lines)

    action.triggered.connect(run)
    table.addAction(action)
    # Changes of reconciled entries (from the register or any dialog) ask this window first.
    reconcile_ops.set_confirm(lambda question: _ask(table, question))
    return action


def _ask(parent: QWidget, question: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("Change a reconciled entry?"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent.window(),
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes
