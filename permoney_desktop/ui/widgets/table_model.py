"""A small read-only table model for report and health tables: text, alignment, colour, sort key.

Rows are replaced with ``set_rows``; when the shape is unchanged only the cells that differ
emit ``dataChanged`` (a live refresh with the same figures repaints nothing).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

SORT_ROLE = Qt.ItemDataRole.UserRole + 10

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Cell:
    text: str
    sort: Any = None  # the exact value for sorting and export (Decimal, int, date…)
    color: QColor | None = None
    align_right: bool = False
    tooltip: str = ""
    bold: bool = False


def cell(value: Any) -> Cell:
    return value if isinstance(value, Cell) else Cell(str(value), value)


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[Cell, ...]] = []
        self.money_font: QFont | None = None

    def headers(self) -> list[str]:
        return list(self._headers)

    def rows(self) -> list[tuple[Cell, ...]]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        new = [tuple(cell(v) for v in r) for r in rows]
        for r in new:
            if len(r) != len(self._headers):
                raise ValueError(f"row has {len(r)} cells, the table has {len(self._headers)}")
        if len(new) != len(self._rows):
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        old = self._rows
        self._rows = new
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            for j, (x, y) in enumerate(zip(a, b, strict=True)):
                if x != y:
                    idx = self.index(i, j)
                    self.dataChanged.emit(idx, idx)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if not (0 <= index.column() < len(row)):
            return None
        c = row[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return c.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.tooltip or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(c.color) if c.color is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if c.align_right else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            if c.bold or (c.align_right and self.money_font is not None):
                font = QFont(self.money_font) if self.money_font is not None else QFont()
                font.setBold(c.bold)
                return font
            return None
        if role == SORT_ROLE:
            return c.sort if c.sort is not None else c.text
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
