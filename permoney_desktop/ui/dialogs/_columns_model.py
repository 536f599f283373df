"""A base for the dialogs' flat table models: named columns, one row per item, check values."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from permoney_desktop.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def is_checked(value: object) -> bool:
    """Whether a value handed to ``setData`` for the check-state role means "checked"."""
    return value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)


class ColumnsModel(QAbstractTableModel):
    """Row count from ``row_total``, columns and their headers from ``COLUMNS``."""

    COLUMNS: tuple[str, ...] = ()

    def row_total(self) -> int:  # pragma: no cover - overridden
        return 0

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section])
        return None
