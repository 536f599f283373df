"""What a money cell backed by an optimistic ``Figure`` answers for each item-data role."""

from __future__ import annotations

from PySide6.QtCore import Qt

from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr
from permoney_desktop.ui.models import roles
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.optimistic import Figure

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_STATE_WORDS = {0: "", 1: QT_TR_NOOP(", provisional"), 2: QT_TR_NOOP(", partial")}


def figure_data(fig: Figure, role: int) -> object:
    if role == _DISPLAY:
        return format_money(fig.money)
    if role == _ACCESSIBLE:
        return f"{format_money(fig.money)}{tr(_STATE_WORDS[int(fig.state)])}"
    if role == _TOOLTIP:
        return fig.tooltip() or None
    if role == _ALIGNMENT:
        return _RIGHT
    if role == _FOREGROUND and fig.minor < 0:
        return theme.palette().negative
    if role == roles.FIGURE_ROLE:
        return fig
    if role == roles.FIGURE_STATE_ROLE:
        return int(fig.state)
    if role == roles.SORT_ROLE:
        return fig.minor
    return None
