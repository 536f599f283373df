"""The table of a file's first rows as they will be imported, problems flagged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from permoney_desktop.domain.messages import Message
from permoney_desktop.services.import_preview import HeadRow
from permoney_desktop.ui import theme
from permoney_desktop.ui.dialogs._columns_model import ColumnsModel, Index
from permoney_desktop.ui.dialogs.import_wizard.common import amount_text, readable_formats
from permoney_desktop.ui.i18n import QT_TR_NOOP, say, tr

LINE, DATE, AMOUNT, CURRENCY, PAYEE, MEMO, CATEGORY, ACCOUNT, PROBLEM = range(9)


class PreviewModel(ColumnsModel):
    """The first rows of a file as they will be imported; rows that cannot be read are flagged,
    fields a rule fills in are shown in italics."""

    COLUMNS = (
        QT_TR_NOOP("Line"),
        QT_TR_NOOP("Date"),
        QT_TR_NOOP("Amount"),
        QT_TR_NOOP("Currency"),
        QT_TR_NOOP("Payee"),
        QT_TR_NOOP("Memo"),
        QT_TR_NOOP("Category"),
        QT_TR_NOOP("Account"),
        QT_TR_NOOP("Problem"),
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
        answer = self._ANSWERS.get(role)
        return None if answer is None else answer(self, self.rows[index.row()], index.column())

    # One method per role the table asks for; the others are answered None.

    def _display(self, r: HeadRow, col: int) -> object:
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

    def _tooltip(self, r: HeadRow, col: int) -> object:
        if r.error:
            return say(r.error)
        return tr("Filled in by one of your rules") if _by_rule(r, col) else None

    def _font(self, r: HeadRow, col: int) -> object:
        if col == AMOUNT:
            return self._money_font
        return self._rule_font if _by_rule(r, col) else None

    def _alignment(self, r: HeadRow, col: int) -> object:
        if col in (LINE, AMOUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _background(self, r: HeadRow, col: int) -> object:
        if not r.error:
            return None
        bad = QColor(theme.palette().bad)
        bad.setAlpha(48)
        return bad

    def _foreground(self, r: HeadRow, col: int) -> object:
        if r.error and col == PROBLEM:
            return theme.palette().bad
        if col == AMOUNT and r.amount is not None and r.amount < 0:
            return theme.palette().negative
        return None

    def _accessible(self, r: HeadRow, col: int) -> object:
        if not r.error:
            return None
        return tr("Line {line} cannot be read: {error}").format(line=r.line, error=say(r.error))

    _ANSWERS: ClassVar[dict[int, Callable[[PreviewModel, HeadRow, int], object]]] = {
        Qt.ItemDataRole.DisplayRole: _display,
        Qt.ItemDataRole.ToolTipRole: _tooltip,
        Qt.ItemDataRole.FontRole: _font,
        Qt.ItemDataRole.TextAlignmentRole: _alignment,
        Qt.ItemDataRole.BackgroundRole: _background,
        Qt.ItemDataRole.ForegroundRole: _foreground,
        Qt.ItemDataRole.AccessibleTextRole: _accessible,
    }


def _by_rule(r: HeadRow, col: int) -> bool:
    """Whether a rule filled in this cell (shown in italics, with a tooltip)."""
    return (col == PAYEE and "payee" in r.by_rules) or (
        col == CATEGORY and "category" in r.by_rules
    )


def _problem(r: HeadRow) -> str:
    """The row's problem without the file and line its own row already shows."""
    error = r.error
    if isinstance(error, Message) and "reason" in error.fields:
        # The preview's file error: its field and reason, in the window's language.
        field, why = error.fields.get("field", ""), say(error.fields["reason"])
        return readable_formats(
            tr("{field}: {reason}").format(field=field, reason=why) if field else why
        )
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
