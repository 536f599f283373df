"""The split editor: an entry's lines (category or [Account], memo, tags, amount), keyboard
first, with the amount still to assign always in view; OK only when it is exactly zero.

Amounts are typed in the entry's direction, as the column title says ("Spent" for money out,
"Received" for money in): a purchase's lines are positive, a refund inside it negative.
Keys: Ctrl+N (or Enter on the last line) adds a line, Ctrl+Delete removes the current one,
Ctrl+R puts what is left to assign into the current line, Ctrl+Enter saves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entry_values import to_minor
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.domain.money import Money, parse_decimal
from permoney_desktop.domain.splits import SplitLine, StoredLine, remaining
from permoney_desktop.ui import theme
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.operations import splits as split_ops
from permoney_desktop.ui.optimistic import BalanceBook
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.services import categories as category_service
    from permoney_desktop.services import splits as split_service
else:
    category_service = lazy_module("permoney_desktop.services.categories")
    split_service = lazy_module("permoney_desktop.services.splits")

TARGET, MEMO, TAGS, AMOUNT = range(4)


@dataclass(frozen=True)
class Choices:
    """What a line may go to: category paths and accounts (by id), for completion and lookup."""

    categories: dict[str, CategoryId]  # case-folded "Parent:Child" -> id
    accounts: dict[str, AccountId]  # case-folded name -> id
    names: list[str]  # completion texts: paths and "[Account]"


def _clean_amount(text: str) -> Decimal | None:
    text = text.strip()
    for ch in "$€£¥, _":
        text = text.replace(ch, "")
    if not text:
        return None
    if text.startswith("(") and text.endswith(")"):
        text = "-" + text[1:-1]
    return parse_decimal(text)


class _TargetDelegate(QStyledItemDelegate):
    """The target column's editor completes category paths and [Account] names."""

    def __init__(self, names: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        # One completer for every editor the column opens (an editor is short-lived; a
        # completer owned by each one was torn down under its open popup).
        self.completer = QCompleter(names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setCompleter(self.completer)
        return editor


class SplitEditor(QDialog):
    def __init__(
        self, writer: Writer, entry_id: int, account_names: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.writer = writer
        self.entry = split_service.entry_to_split(writer.ledger, entry_id)
        self.currency = Currency(self.entry.amount.currency)
        self.total = self.entry.amount.minor_units
        self.direction = -1 if self.total < 0 else 1
        self.before: list[StoredLine] = split_service.lines_of(writer.ledger, [entry_id]).get(
            entry_id, []
        )
        self.choices = self._choices(account_names)
        self.setWindowTitle(tr("Split entry"))
        self.setAccessibleName(tr("Split entry"))
        self.resize(720, 420)

        self.table = self._build_table()
        self.left = QLabel()
        self.left.setAccessibleName(tr("Left to assign"))
        self.left.setFont(theme.money_font(self.left.font()))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.palette().bad.name()}")
        self.error.setAccessibleName(tr("Error"))
        self.remove_split = QPushButton(tr("Remove split"))
        self.remove_split.setEnabled(bool(self.before))
        self.remove_split.clicked.connect(self.clear)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        # Keys the table leaves to its window (handled in keyPressEvent, so they work from
        # any cell without a window-wide shortcut).
        self.keys: dict[int, Callable[[], None]] = {
            Qt.Key.Key_N.value: self.add_line,
            Qt.Key.Key_R.value: self.fill_remaining,
            Qt.Key.Key_Delete.value: self.remove_line,
            Qt.Key.Key_Return.value: self._on_ok,
            Qt.Key.Key_Enter.value: self._on_ok,
        }
        self._load()

    # -- set-up ---------------------------------------------------------------------------

    def _what(self) -> str:
        return tr("Spent") if self.direction < 0 else tr("Received")

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setAccessibleName(tr("Split lines"))
        table.setHorizontalHeaderLabels(
            [tr("Category or [Account]"), tr("Memo"), tr("Tags"), self._what()]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEMO, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.setItemDelegateForColumn(TARGET, _TargetDelegate(self.choices.names, self))
        table.itemChanged.connect(lambda _item: self.update_remaining())
        return table

    def _lay_out(self) -> None:
        shown = format_money(Money.from_minor(abs(self.total), self.currency))
        head = QLabel(
            f"<b>{self.entry.payee or tr('Entry')}</b> · {self.entry.date.isoformat()} ·"
            f" {self._what().lower()} {shown}"
        )
        head.setAccessibleName(tr("Entry"))
        add = QPushButton(tr("Add line"))
        add.setToolTip(tr("Ctrl+N"))
        add.clicked.connect(self.add_line)
        fill = QPushButton(tr("Assign the rest here"))
        fill.setToolTip(tr("Ctrl+R"))
        fill.clicked.connect(self.fill_remaining)
        tools = QHBoxLayout()
        tools.addWidget(add)
        tools.addWidget(fill)
        tools.addStretch()
        tools.addWidget(self.left)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_split)
        bottom.addStretch()
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.table)
        layout.addLayout(tools)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    def _choices(self, account_names: Sequence[tuple[int, str]]) -> Choices:
        cats = {
            c.full_name.casefold(): CategoryId(int(c.id))
            for c in category_service.list_categories(self.writer.ledger)
        }
        full = [c.full_name for c in category_service.list_categories(self.writer.ledger)]
        own = int(self.entry.account_id)
        accounts = {n.casefold(): AccountId(int(i)) for i, n in account_names if int(i) != own}
        names = sorted(full, key=str.casefold) + [
            f"[{n}]" for i, n in account_names if int(i) != own
        ]
        return Choices(cats, accounts, names)

    def _load(self) -> None:
        self.table.blockSignals(True)
        if self.before:
            for line in self.before:
                self._append(line.target() if line.category_id or line.transfer_account_id else "",
                             line.memo, ", ".join(line.tags), line.minor)  # fmt: skip
        else:
            # Start from the entry itself: its category and the whole amount on line 1.
            self._append(self.entry.category or "", "", "", self.total)
            self._append("", "", "", None)
        self.table.blockSignals(False)
        self.update_remaining()
        self.table.setCurrentCell(len(self.before) if self.before else 1, TARGET)

    def _append(self, target: str, memo: str, tags: str, minor: int | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        amount = (
            ""
            if minor is None
            else str(Money.from_minor(minor * self.direction, self.currency).amount)
        )
        for col, text in ((TARGET, target), (MEMO, memo), (TAGS, tags), (AMOUNT, amount)):
            item = QTableWidgetItem(text)
            if col == AMOUNT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, col, item)

    # -- editing --------------------------------------------------------------------------

    def add_line(self) -> None:
        self._append("", "", "", None)
        self.table.setCurrentCell(self.table.rowCount() - 1, TARGET)
        self.table.setFocus()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.update_remaining()

    def fill_remaining(self) -> None:
        """Put what is left to assign into the current line (added to what it holds)."""
        row = self.table.currentRow()
        if row < 0:
            self.add_line()
            row = self.table.rowCount() - 1
        try:
            minors = self._minors()
        except DomainError as exc:
            self.error.setText(say(exc))
            return
        item = self.table.item(row, AMOUNT)
        if item is None:
            return
        current = minors[row] or 0
        value = current + remaining(self.total, [m or 0 for m in minors])
        item.setText(str(Money.from_minor(value * self.direction, self.currency).amount))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            action = self.keys.get(event.key())
            if action is not None:
                action()
                return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            # Enter moves on like a register: the next line, or a new one after the last.
            row = self.table.currentRow()
            if row == self.table.rowCount() - 1:
                self.add_line()
            else:
                self.table.setCurrentCell(row + 1, TARGET)
            return
        super().keyPressEvent(event)

    def _minors(self) -> list[int | None]:
        """Each line's amount in minor units with the entry's sign (None: not typed yet)."""
        out: list[int | None] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, AMOUNT)
            value = _clean_amount(item.text() if item else "")
            what = f"line {row + 1} amount"
            out.append(
                None if value is None else to_minor(value, self.currency, what) * self.direction
            )
        return out

    def update_remaining(self) -> None:
        try:
            minors = self._minors()
        except DomainError as exc:
            self.left.setText("")
            self.error.setText(say(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        left = remaining(self.total, [m or 0 for m in minors])
        shown = format_money(Money.from_minor(left * self.direction, self.currency))
        self.left.setText(tr("Left to assign: {shown}").format(shown=shown))
        self.left.setStyleSheet(
            "" if left == 0 else f"color: {theme.palette().bad.name()}; font-weight: 600"
        )
        self.error.setText("")
        typed = [m for m in minors if m is not None]
        ok = left == 0 and len(typed) >= 2
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    # -- saving ---------------------------------------------------------------------------

    def lines(self) -> list[SplitLine]:
        """The typed lines (rows without an amount are left out); DomainError names a bad one."""
        out: list[SplitLine] = []
        for row, minor in enumerate(self._minors()):
            if minor is None:
                continue
            target = self._text(row, TARGET)
            tags = tuple(t.strip() for t in self._text(row, TAGS).split(",") if t.strip())
            memo = self._text(row, MEMO)
            amount = Money.from_minor(minor, self.currency).amount
            if target.startswith("[") and target.endswith("]"):
                acc = self.choices.accounts.get(target[1:-1].strip().casefold())
                if acc is None:
                    raise DomainError(f"line {row + 1}: no other account named {target}")
                out.append(SplitLine(amount, transfer_account_id=acc, memo=memo, tags=tags))
            elif target:
                cat = self.choices.categories.get(target.casefold())
                if cat is None:
                    raise DomainError(
                        f"line {row + 1}: no category {target!r}; create it under Categories first"
                    )
                out.append(SplitLine(amount, cat, memo=memo, tags=tags))
            else:
                out.append(SplitLine(amount, memo=memo, tags=tags))
        return out

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    def _previous_accounts(self) -> list[int]:
        return [int(x.transfer_account_id) for x in self.before if x.transfer_account_id]

    def _on_ok(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return
        try:
            lines = self.lines()
        except DomainError as exc:
            self.error.setText(say(exc))
            return
        if self._run(
            lambda: split_ops.split_entry(
                self.writer, int(self.entry.id), lines, day=self.entry.date,
                other_accounts=self._previous_accounts(),
            )
        ):  # fmt: skip
            self.accept()

    def clear(self) -> None:
        if self._run(
            lambda: split_ops.clear_split(
                self.writer, int(self.entry.id), day=self.entry.date,
                other_accounts=self._previous_accounts(),
            )
        ):  # fmt: skip
            self.accept()

    def _run(self, fn: Callable[[], Applied | None]) -> bool:
        errors: list[str] = []
        self.writer.error.connect(errors.append)
        try:
            done = fn()
        finally:
            self.writer.error.disconnect(errors.append)
        if done is None:
            self.error.setText(errors[-1] if errors else tr("The split could not be saved."))
            return False
        return True


def open_split_editor(
    writer: Writer, entry_id: int, book: BalanceBook, parent: QWidget | None = None
) -> bool:
    """Show the editor for one entry; True when its lines were saved or removed."""
    names = [(int(st.id), st.name) for st in book.accounts() if not st.archived]
    dialog = SplitEditor(writer, entry_id, names, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
