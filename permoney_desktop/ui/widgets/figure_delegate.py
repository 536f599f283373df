"""Paints money cells with their state: a small hollow dot (provisional) or an amber ⚠ (partial).

The value itself is drawn by the base delegate, unchanged, so confirming a figure with the same
value only erases the dot: no colour change, no motion.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from permoney_desktop.ui import theme
from permoney_desktop.ui.models import roles
from permoney_desktop.ui.optimistic import FigureState

_money_font_memo: tuple[QFont, QFont] | None = None


def money_font_for(base: QFont) -> QFont:
    """``theme.money_font(base)``, remembered for the last base font: every painted money cell
    asks, and building a font with its features each time cost a slice of every repaint."""
    global _money_font_memo
    memo = _money_font_memo
    if memo is not None and memo[0] == base:
        return memo[1]
    font = theme.money_font(base)
    _money_font_memo = (QFont(base), font)
    return font


class FigureDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.font = money_font_for(option.font)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        state = index.data(roles.FIGURE_STATE_ROLE)
        if state is None or state == FigureState.CONFIRMED:
            return
        colors = theme.palette()
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if state == FigureState.PARTIAL:
            painter.setPen(colors.amber)
            painter.drawText(
                rect.adjusted(4, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                "⚠",
            )
        else:
            pen = QPen(colors.muted)
            pen.setWidthF(1.2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = 3.0
            painter.drawEllipse(QPointF(rect.left() + 8.0, rect.center().y() + 0.5), r, r)
        painter.restore()
