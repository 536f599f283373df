"""The budget page's table: categories grouped by parent × budgeted / spent / available.

The model holds the book's budget inputs (``services.budgets.BudgetBook``) and computes the
shown month with ``domain.budgets.month_step``, the function the worker uses. A typed budget
is written through ``ui/operations/budgets.py``; once written, the model patches its inputs and
recomputes the month in the same event-loop turn (figures provisional: a hollow dot), and the
worker's figures for the same inputs confirm them (``confirm``), counting any mismatch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QBrush, QColor, QFont

from permoney_desktop.domain.budgets import (
    BudgetInputs,
    Carry,
    Line,
    MonthFigures,
    carry_into,
    inputs_stamp,
    month_step,
)
from permoney_desktop.domain.currency import Currency, exponent
from permoney_desktop.domain.errors import AmountError
from permoney_desktop.domain.money import Money, parse_decimal
from permoney_desktop.services.budget_book import BudgetBook
from permoney_desktop.services.figures import FigureState
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import QT_TR_NOOP, say, tr
from permoney_desktop.ui.models import roles
from permoney_desktop.ui.money_format import format_money

CATEGORY, BUDGETED, SPENT, AVAILABLE = range(4)
HEADERS = (
    QT_TR_NOOP("Category"),
    QT_TR_NOOP("Budgeted"),
    QT_TR_NOOP("Spent"),
    QT_TR_NOOP("Available"),
)
CATEGORY_ID_ROLE = roles.SORT_ROLE + 20  # int category id of an editable row (None on groups)
GOAL_ROLE = roles.SORT_ROLE + 21  # (progress 0..1 as Decimal, caption) of the row's goal, or None
# Roles as plain ints: a repaint asks every cell several times, and comparing with the enum
# members costs more than the answers.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_STATES = {s: int(s) for s in FigureState}
_SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SHOWN | Qt.ItemFlag.ItemIsEditable


@dataclass(frozen=True)
class Row:
    """A group (a parent with children: totals, not editable) or one category's envelope."""

    label: str
    category_id: int | None  # None: a group row
    members: tuple[int, ...]  # the categories a group row sums (its own id for a category)
    depth: int = 0


Editor = Callable[[int, date, int], bool]  # (category, month, amount) → written?


def parse_amount(text: str, currency: str) -> int:
    """Minor units from typed text ("250", "1,250.50", "$80"); extra decimals are refused."""
    clean = text.strip()
    for ch in "$€£¥, _":
        clean = clean.replace(ch, "")
    if clean.startswith("(") and clean.endswith(")"):
        clean = "-" + clean[1:-1]
    value = parse_decimal(clean or "0")
    digits = exponent(Currency(currency))
    scaled = value.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise AmountError(f"{text.strip()!r} has more than {digits} decimals for {currency}")
    return int(scaled.quantize(Decimal(1)))


_BOLD: list[QFont] = []


def _bold() -> QFont:
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


class BudgetModel(QAbstractTableModel):
    figures_changed = QtSignal()  # the month's figures (to-budget, totals) were recomputed
    error = QtSignal(str)

    def __init__(self, book: BudgetBook, month: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.inputs: BudgetInputs = book.inputs
        self.month = month.replace(day=1)
        self.editor: Editor | None = None
        self._carries: dict[date, Carry] = {}
        self.rows: list[Row] = []
        self.state = FigureState.CONFIRMED
        self.mismatches = 0
        self.confirmations = 0
        self.goals: dict[int, tuple[Decimal, str]] = {}  # category → (progress, caption)
        # Rows whose figures an edit recomputed here and the worker has not confirmed yet:
        # only they show the provisional dot, and only they repaint.
        self._provisional_rows: set[int] = set()
        self._budgeted_ids = {c for c, _m in self.inputs.budgets}
        self.figures: MonthFigures = self._compute()
        self.rows = self._rows()
        # Per row: its line and the texts of its cells, made once per recomputation (a repaint
        # asks every cell for several roles; each answer is a lookup).
        self._cells: list[tuple[Line, tuple[str, str, str, str]]] = []
        self._cache_cells()

    # -- figures ----------------------------------------------------------------------------

    def _compute(self) -> MonthFigures:
        carry = carry_into(self.inputs, self.month, self._carries)
        self._carries[self.month] = carry
        figures, _handed = month_step(self.inputs, carry, self.month)
        return figures

    def _rows(self) -> list[Row]:
        names = self.book.names
        children: dict[int, list[int]] = {}
        for env in self.inputs.envelopes:
            if env.parent_id is not None:
                children.setdefault(env.parent_id, []).append(env.id)
        out: list[Row] = []
        roots = [e for e in self.inputs.envelopes if e.parent_id is None]
        roots.sort(key=lambda e: e.name.lower())
        for root in roots:
            kids = sorted(children.get(root.id, []), key=lambda c: names[c].lower())
            if not kids:
                out.append(Row(root.name, root.id, (root.id,)))
                continue
            out.append(Row(root.name, None, (root.id, *kids)))
            own = self.figures.line(root.id)
            if own.budgeted or own.spent or own.available or self._ever_budgeted(root.id):
                out.append(Row(f"{root.name} (general)", root.id, (root.id,), 1))
            for kid in kids:
                label = names[kid].rsplit(":", 1)[-1]
                out.append(Row(label, kid, (kid,), 1))
        return out

    def _ever_budgeted(self, category_id: int) -> bool:
        return category_id in self._budgeted_ids

    def _cache_cells(self) -> None:
        carry = self.inputs.carry_negative
        cells = []
        for row in self.rows:
            line = self.row_line(row)
            mark = "  ↻" if row.category_id is not None and row.category_id in carry else ""
            texts = (
                f"{'    ' * row.depth}{row.label}{mark}",
                self.money(line.budgeted),
                self.money(line.spent),
                self.money(line.available),
            )
            cells.append((line, texts))
        self._cells = cells

    def set_book(self, book: BudgetBook) -> None:
        """Fresh inputs read from the book (after entries, categories or settings changed)."""
        self.book = book
        self.inputs = book.inputs
        self._budgeted_ids = {c for c, _m in self.inputs.budgets}
        self._carries.clear()
        self.state = FigureState.CONFIRMED
        self._refresh(reset=True)

    def set_month(self, month: date) -> None:
        month = month.replace(day=1)
        if month == self.month:
            return
        self.month = month
        # The dots belong to the month that was edited; another month's rows are other rows.
        dotted = set(self._provisional_rows)
        self._provisional_rows.clear()
        changed = self._refresh()
        self._repaint_rows({r for r in dotted - changed if r < len(self.rows)})

    def _refresh(self, *, reset: bool = False, provisional: bool = False) -> set[int]:
        """Recompute the month; returns the rows whose figures changed (all after a reset).
        ``provisional``: those rows show the provisional dot until the worker confirms."""
        self.figures = self._compute()
        rows = self._rows()
        if reset or rows != self.rows:
            self.beginResetModel()
            self.rows = rows
            self._provisional_rows.clear()
            self._cache_cells()
            self.endResetModel()
            self.figures_changed.emit()
            return set(range(len(rows)))
        before = self._cells
        self._cache_cells()
        changed = {i for i, cell in enumerate(self._cells) if cell != before[i]}
        if provisional:
            self._provisional_rows |= changed
        self._repaint_rows(changed)
        self.figures_changed.emit()
        return changed

    def _repaint_rows(self, rows: set[int]) -> None:
        """dataChanged for just ``rows``, one signal per run of consecutive rows."""
        ordered = sorted(rows)
        start = 0
        for i in range(1, len(ordered) + 1):
            if i == len(ordered) or ordered[i] != ordered[i - 1] + 1:
                top, bottom = ordered[start], ordered[i - 1]
                self.dataChanged.emit(self.index(top, 0), self.index(bottom, AVAILABLE))
                start = i

    def apply_budget(self, category_id: int, month: date, amount: int) -> None:
        """A budget written to the book: the same figures the worker will compute, now."""
        self.apply_inputs(self.inputs.with_budget(category_id, month, amount), month)

    def apply_inputs(self, inputs: BudgetInputs, since: date) -> None:
        """New inputs that differ from ``since`` on (carries before it stay valid)."""
        since = since.replace(day=1)
        self.inputs = inputs
        self._budgeted_ids = {c for c, _m in inputs.budgets}
        # Carries into months after ``since`` include it; the carry into ``since`` does not.
        self._carries = {m: c for m, c in self._carries.items() if m <= since}
        self.state = FigureState.PROVISIONAL
        self._refresh(provisional=True)

    @property
    def stamp(self) -> str:
        return inputs_stamp(self.inputs)

    def confirm(self, month: date, stamp: str, figures: MonthFigures) -> bool:
        """The worker's figures: shown (and compared) when computed from the inputs shown."""
        if month.replace(day=1) != self.month or stamp != self.stamp:
            return False
        self.confirmations += 1
        repaint = set(self._provisional_rows)
        if figures.key() != self.figures.key():
            self.mismatches += 1
            self.figures = figures
            before = self._cells
            self._cache_cells()
            repaint |= {i for i, cell in enumerate(self._cells) if cell != before[i]}
        self.state = FigureState.CONFIRMED
        self._provisional_rows.clear()
        self._repaint_rows(repaint)
        self.figures_changed.emit()
        return True

    # -- the table --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section != CATEGORY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if index.column() == BUDGETED and self.rows[index.row()].category_id is not None:
            return _EDITABLE
        return _SHOWN

    def row_line(self, row: Row) -> Line:
        """A category's line, or a group's lines summed."""
        lines = [self.figures.line(c) for c in row.members]
        if len(lines) == 1:
            return lines[0]
        return Line(
            -1,
            sum(x.carried for x in lines),
            sum(x.budgeted for x in lines),
            sum(x.spent for x in lines),
            sum(x.available for x in lines),
            any(x.partial for x in lines),
        )

    def money(self, minor: int) -> str:
        return format_money(Money.from_minor(minor, self.book.base))

    def data(  # noqa: C901, PLR0911, PLR0912 (one branch per role, as Qt asks)
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        line, texts = self._cells[index.row()]
        role = int(role)
        if role == _DISPLAY:
            return texts[col]
        if role == _ALIGN:
            return _RIGHT if col != CATEGORY else None
        if role == roles.FIGURE_STATE_ROLE:
            if col == CATEGORY:
                return None
            if line.partial:
                return _STATES[FigureState.PARTIAL]
            if col != BUDGETED and index.row() in self._provisional_rows:
                return _STATES[FigureState.PROVISIONAL]
            return _STATES[FigureState.CONFIRMED]
        value = (0, line.budgeted, line.spent, line.available)[col]
        if role == _FONT:
            return _bold() if row.category_id is None else None
        if role in (_FOREGROUND, _BACKGROUND):
            return self._overspent_brush(role) if col == AVAILABLE and value < 0 else None
        if role == _EDIT:
            return str(Money.from_minor(line.budgeted, self.book.base).amount)
        if role == CATEGORY_ID_ROLE:
            return row.category_id
        if role == GOAL_ROLE:
            return self.goals.get(row.category_id) if row.category_id is not None else None
        if role == roles.SORT_ROLE:
            return value
        if role == _TOOLTIP:
            return self._tooltip(row, line, col)
        if role == _ACCESSIBLE and col != CATEGORY:
            return f"{row.label} {tr(HEADERS[col]).lower()} {texts[col]}"
        return None

    def _overspent_brush(self, role: int) -> QBrush:
        colors = theme.palette()
        if role == _FOREGROUND:
            return QBrush(colors.negative)
        tint = QColor(colors.negative)
        tint.setAlpha(48 if colors.dark else 28)
        return QBrush(tint)

    def set_goals(self, goals: dict[int, tuple[Decimal, str]]) -> None:
        """The goals saving in categories (progress and caption), drawn in their rows."""
        if goals != self.goals:
            self.goals = goals
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def _tooltip(self, row: Row, line: Line, col: int) -> str | None:
        notes = []
        if col == CATEGORY and row.category_id in self.goals:
            notes.append(self.goals[row.category_id][1])
        if col == AVAILABLE and row.category_id is not None:
            notes.append(
                f"{self.money(line.carried)} carried in + {self.money(line.budgeted)} budgeted"
                f" − {self.money(line.spent)} spent"
            )
            notes.append(self.inputs.policy(row.category_id).label.capitalize() + ".")
        if line.partial:
            notes.append(tr("A missing exchange rate left some spending out."))
        if col in (SPENT, AVAILABLE) and self.rows.index(row) in self._provisional_rows:
            notes.append(tr("Computed here after your edit; the background worker confirms it."))
        return "\n".join(notes) or None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != BUDGETED:
            return False
        row = self.rows[index.row()]
        if row.category_id is None or self.editor is None:
            return False
        try:
            amount = parse_amount(str(value), self.book.base)
        except AmountError as exc:
            self.error.emit(f"Budget not changed: {say(exc)}. Type an amount like 250 or 12.50.")
            return False
        if amount == self.figures.line(row.category_id).budgeted:
            return True
        if not self.editor(row.category_id, self.month, amount):
            return False
        self.apply_budget(row.category_id, self.month, amount)
        return True

    def category_row(self, category_id: int) -> int:
        for i, row in enumerate(self.rows):
            if row.category_id == category_id:
                return i
        return -1
