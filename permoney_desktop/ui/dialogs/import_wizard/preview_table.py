"""The table of a file's first rows as they will be imported, problems flagged."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from permoney_desktop.services.import_preview import HeadRow
from permoney_desktop.ui import theme
from permoney_desktop.ui.dialogs._columns_model import ColumnsModel, Index
from permoney_desktop.ui.dialogs.import_wizard.common import amount_text, readable_formats

LINE, DATE, AMOUNT, CURRENCY, PAYEE, MEMO, CATEGORY, ACCOUNT, PROBLEM = range(9)


class PreviewModel(ColumnsModel):
    """The first rows of a file as they will be imported; rows that cannot be read are flagged,
    fields a rule fills in are shown in italics."""

    COLUMNS = (
        "Line",
        "Date",
        "Amount",
        "Currency",
        "Payee",
        "Memo",
        "Category",
        "Account",
        "Problem",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[HeadRow] = []
        self._money_font = theme.money_font()
        self._rule_font = QFont()
        self._rule_font.setItalic(True)

    def set_rows(self, rows: Sequence[HeadRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def error_rows(self) -> list[int]:
        return [i for i, r in enumerate(self.rows) if r.error]

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        col = index.column()
        by_rule = (col == PAYEE and "payee" in r.by_rules) or (
            col == CATEGORY and "category" in r.by_rules
        )
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                str(r.line),
                r.date.isoformat() if r.date else "",
                amount_text(r.amount),
                r.currency,
                r.payee,
                r.memo,
                r.category,
                r.account,
                _problem(r),
            )
            return values[col] if 0 <= col < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.error:
                return r.error
            if by_rule:
                return "Filled in by one of your rules"
            return None
        if role == Qt.ItemDataRole.FontRole:
            if col == AMOUNT:
                return self._money_font
            return self._rule_font if by_rule else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (LINE, AMOUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and r.error:
            bad = QColor(theme.palette().bad)
            bad.setAlpha(48)
            return bad
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.error and col == PROBLEM:
                return theme.palette().bad
            if col == AMOUNT and r.amount is not None and r.amount < 0:
                return theme.palette().negative
        if role == Qt.ItemDataRole.AccessibleTextRole and r.error:
            return f"Line {r.line} cannot be read: {r.error}"
        return None


def _problem(r: HeadRow) -> str:
    """The row's problem without the file and line its own row already shows."""
    short = r.error.split(f", line {r.line}, ", 1)[-1]
    return readable_formats(short.removeprefix("field "))


def show_rows(view: QTableView, model: PreviewModel, rows: Sequence[HeadRow]) -> None:
    """Fill the preview and hide the optional columns no shown row uses (more room for the
    ones that matter, the problem above all)."""
    model.set_rows(rows)
    used = {
        CURRENCY: any(r.currency for r in rows),
        MEMO: any(r.memo for r in rows),
        CATEGORY: any(r.category for r in rows),
        ACCOUNT: any(r.account for r in rows),
        PROBLEM: any(r.error for r in rows),
    }
    for col, shown in used.items():
        view.setColumnHidden(col, not shown)
    view.resizeColumnsToContents()


def preview_table(name: str) -> tuple[QTableView, PreviewModel]:
    model = PreviewModel()
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    # Dense rows, like the register: a line of text and a little air.
    view.verticalHeader().setMinimumSectionSize(view.fontMetrics().height() + 4)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setMinimumHeight(180)
    return view, model
