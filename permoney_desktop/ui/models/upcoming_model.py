"""Upcoming scheduled occurrences as greyed table rows (the register's strip, the schedules
dialog): overdue reminders first, then the next 30 days; never entries, never in a balance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFont

from permoney_desktop.domain.changes import ChangeKind
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.schedules import UPCOMING_DAYS, Pending, ScheduleMode
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import theme
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.day_format import format_day
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.server_quiet import guarded

schedule_service = lazy_module("permoney_desktop.services.schedules")
balance_service = lazy_module("permoney_desktop.services.balances")

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# Column keys as the register names them (the strip under the register shows the register's
# own columns), plus "schedule" for the standalone table.
COLUMNS = ("date", "account", "payee", "category", "amount", "schedule")
TITLES = {
    "date": QT_TR_NOOP("Date"),
    "account": QT_TR_NOOP("Account"),
    "payee": QT_TR_NOOP("Payee"),
    "category": QT_TR_NOOP("Category"),
    "tags": QT_TR_NOOP("Tags"),
    "notes": QT_TR_NOOP("Notes"),
    "amount": QT_TR_NOOP("Amount"),
    "payment": QT_TR_NOOP("Payment"),
    "deposit": QT_TR_NOOP("Deposit"),
    "balance": QT_TR_NOOP("Balance"),
    "status": "✓",  # the register's cleared/reconciled column (empty here)
    "schedule": QT_TR_NOOP("Schedule"),
}
MONEY = ("amount", "payment", "deposit", "balance")
LATER_MS = 300
WATCHED = {ChangeKind.SCHEDULES, ChangeKind.ENTRIES, ChangeKind.ACCOUNTS, ChangeKind.CATEGORIES}


class UpcomingModel(QAbstractTableModel):
    def __init__(self, ledger: Ledger, today: date | None = None) -> None:
        super().__init__()
        self.ledger = ledger
        self._today = today
        self.account_id: AccountId | None = None
        self.days = UPCOMING_DAYS
        self.columns: tuple[str, ...] = COLUMNS
        self.items: list[Pending] = []
        self.after: list[Money | None] = []  # each row's account level once it is posted
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(LATER_MS)
        # Runs after the edit that started it: by then the server may be away.
        self._later.timeout.connect(guarded(ledger, self.refresh))

    def today(self) -> date:
        return self._today or date.today()

    def refresh(self) -> None:
        items = schedule_service.upcoming(self.ledger, self.today(), self.days)
        if self.account_id is not None:
            items = [
                p
                for p in items
                if self.account_id
                in (p.schedule.template.account_id, p.schedule.template.to_account_id)
            ]
        self.beginResetModel()
        self.items = items
        self.after = self._levels(items)
        self.endResetModel()

    def set_columns(self, columns: list[str] | tuple[str, ...]) -> None:
        self.beginResetModel()
        self.columns = tuple(columns)
        self.endResetModel()

    def _levels(self, items: list[Pending]) -> list[Money | None]:
        """The level of each row's account after it, from today's stored balance: the same
        projection as the forecast, shown as an estimate (never stored)."""
        if "balance" not in self.columns or not items:
            return [None] * len(items)
        found = balance_service.balances_on(self.ledger, self.today())
        levels = {int(b.account_id): (b.minor, b.kind.classification.value) for b in found}
        out: list[Money | None] = []
        for p in items:
            t, cur = p.schedule.template, p.schedule.currency
            minor = Money(t.amount, cur).minor_units
            moves = [(int(t.account_id), minor)]
            if t.to_account_id is not None:
                moves = [(int(t.account_id), -minor), (int(t.to_account_id), minor)]
            for acc, flow in moves:
                if acc in levels:
                    level, kind = levels[acc]
                    levels[acc] = (level - flow if kind == "liability" else level + flow, kind)
            shown = self._shown_account(p)
            out.append(None if shown not in levels else Money.from_minor(levels[shown][0], cur))
        return out

    def _shown_account(self, p: Pending) -> int:
        t = p.schedule.template
        if t.to_account_id is not None and self.account_id == t.to_account_id:
            return int(t.to_account_id)
        return int(t.account_id)

    def set_account(self, account_id: AccountId | None) -> None:
        if account_id != self.account_id:
            self.account_id = account_id
            self.refresh()

    def on_applied(self, applied: Applied) -> None:
        """A schedule write shows in the same turn; an entry edit (it moves the projected
        balances) a moment later, so typing in the register never waits for this."""
        kinds = applied.changes.kinds
        if ChangeKind.SCHEDULES in kinds:
            self._later.stop()
            self.refresh()
        elif kinds & WATCHED:
            self._later.start()

    def pending(self, row: int) -> Pending | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation is Qt.Orientation.Horizontal:
            return tr(TITLES.get(self.columns[section], ""))
        return None

    def _signed(self, p: Pending) -> Money:
        """A transfer shows as money leaving, except in the receiving account's register."""
        t, s = p.schedule.template, p.schedule
        leaving = t.to_account_id is not None and self.account_id != t.to_account_id
        return Money(-t.amount if leaving else t.amount, s.currency)

    def text(self, p: Pending, column: int) -> str:
        return self._text(p, column, self.columns[column])

    def _text(self, p: Pending, row_or_column: int, key: str) -> str:
        s, o = p.schedule, p.occurrence
        account = s.account_name
        if s.template.to_account_id is not None:
            account = f"{s.account_name} → {s.to_account_name}"
        mode = tr("reminder") if s.mode is ScheduleMode.REMIND else tr("posts by itself")
        money = self._signed(p)
        texts = {
            "date": format_day(o.due),
            "account": account,
            "payee": s.template.payee or s.name,
            "category": s.category_name,
            "tags": ", ".join(s.template.tags),
            "notes": f"{self.state(p)} · {s.recurrence.describe()}",
            "amount": format_money(money),
            "payment": format_money(-money) if money.amount < 0 else "",
            "deposit": format_money(money) if money.amount > 0 else "",
            "balance": "",
            "status": "",  # not an entry yet: neither cleared nor reconciled
            "schedule": f"{self.state(p)} · {s.recurrence.describe()} · {mode}",
        }
        return texts.get(key, "")  # a column of another feature (status…): empty here

    def state(self, p: Pending) -> str:
        due, today = p.occurrence.due, self.today()
        if due < today:
            return tr("overdue")
        return tr("due today") if due == today else tr("upcoming")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        p = self.pending(index.row())
        if p is None or not index.isValid():
            return None
        key = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if key == "balance":
                after = self.after[index.row()] if index.row() < len(self.after) else None
                return "" if after is None else f"≈ {format_money(after)}"
            return self.text(p, index.column())
        return self._style(p, key, role)

    def _style(self, p: Pending, column: str, role: int) -> object:
        """Greyed and italic: a row that is not an entry (amber date when overdue)."""
        value: object = None
        if role == Qt.ItemDataRole.ForegroundRole:
            colors = theme.palette()
            overdue = self.state(p) == "overdue" and column in ("date", "notes", "schedule")
            value = colors.amber if overdue else colors.muted
        elif role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            value = font
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY:
            value = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ToolTipRole:
            value = (
                f"{p.schedule.name}: {self.state(p)} on {p.occurrence.due} (scheduled, not in "
                "any balance yet). Enter posts it now, Del skips it; right-click for more."
            )
        return value
