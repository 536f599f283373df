"""Custom item-data roles shared by the models, delegates and tests."""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)

ACCOUNT_ID_ROLE = _BASE + 1  # int account id of the row (sidebar accounts, register rows)
ENTRY_ID_ROLE = _BASE + 2  # int entry id of a register row (None on the blank row)
FIGURE_ROLE = _BASE + 3  # optimistic.Figure behind a money cell
FIGURE_STATE_ROLE = _BASE + 4  # optimistic.FigureState as int (confirmed/provisional/partial)
NODE_KIND_ROLE = _BASE + 5  # sidebar: "net_worth", "classification", "kind", "account"
SORT_ROLE = _BASE + 6  # a plain sortable value (minor units, ISO date)
EDIT_ROLE = int(Qt.ItemDataRole.EditRole)
