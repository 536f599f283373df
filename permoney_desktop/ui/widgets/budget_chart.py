"""Budget against actual: per group, the budgeted amount as a track and the spending drawn over it
(the part beyond the budget in the negative colour, its amount written beside it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import tr


@dataclass(frozen=True)
class BudgetBar:
    label: str
    budgeted: int
    spent: int


class BudgetChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[BudgetBar, ...] = ()
        self.fmt: Callable[[int], str] = str
        self.setMouseTracking(True)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Budgeted against spent by group"))
        theme.theme_changed().connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(360, 320)

    def set_bars(self, bars: Sequence[BudgetBar]) -> None:
        new = tuple(b for b in bars if b.budgeted > 0 or b.spent > 0)
        if new != self._bars:
            self._bars = new
            self.update()

    def bars(self) -> tuple[BudgetBar, ...]:
        return self._bars

    def _row_height(self) -> float:
        n = max(1, len(self._bars))
        return max(30.0, min(44.0, (self.height() - 28) / n))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = theme.palette()
        if not self._bars:
            painter.setPen(colors.muted)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No budget or spending this month")
            )
            painter.end()
            return
        font = theme.money_font(scale=0.9)
        painter.setFont(font)
        fm = QFontMetricsF(font)
        top = max(max(b.budgeted, b.spent) for b in self._bars) or 1
        row_h = self._row_height()
        left, right = 6.0, self.width() - 6.0
        width = max(10.0, right - left)
        self._legend(painter, fm, left)
        for i, bar in enumerate(self._bars):
            y = 24 + i * row_h
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, width * 0.55)
            over = bar.spent - bar.budgeted
            value = tr("{spent} of {budgeted}").format(
                spent=self.fmt(bar.spent), budgeted=self.fmt(bar.budgeted)
            )
            painter.setPen(colors.text)
            painter.drawText(
                QRectF(left, y, width, fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            painter.setPen(colors.negative if over > 0 else colors.muted)
            painter.drawText(
                QRectF(left, y, width, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                value,
            )
            bar_y = y + fm.height() + 3
            bar_h = max(6.0, min(10.0, row_h - fm.height() - 8))
            track = QRectF(left, bar_y, width * bar.budgeted / top, bar_h)
            painter.setPen(QPen(colors.border, 1.0))
            painter.setBrush(colors.card_hover)
            if bar.budgeted > 0:
                painter.drawRoundedRect(track, 3, 3)
            spent_in = min(bar.spent, bar.budgeted) if bar.budgeted > 0 else 0
            painter.setPen(Qt.PenStyle.NoPen)
            if spent_in > 0:
                painter.setBrush(colors.accent)
                painter.drawRoundedRect(QRectF(left, bar_y, width * spent_in / top, bar_h), 3, 3)
            if bar.spent > spent_in:
                painter.setBrush(QColor(colors.negative))
                start = left + width * spent_in / top
                painter.drawRoundedRect(
                    QRectF(start, bar_y, width * (bar.spent - spent_in) / top, bar_h), 3, 3
                )
        painter.end()

    def _legend(self, painter: QPainter, fm: QFontMetricsF, left: float) -> None:
        """What the track and the fills mean, each named in words beside its swatch."""
        colors = theme.palette()
        x = left
        for text, fill in (
            (tr("budgeted"), colors.card_hover),
            (tr("spent"), colors.accent),
            (tr("over"), QColor(colors.negative)),
        ):
            painter.setPen(QPen(colors.border, 1.0))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(x, 7, 14, 8), 2, 2)
            painter.setPen(colors.muted)
            width = fm.horizontalAdvance(text)
            painter.drawText(
                QRectF(x + 18, 2, width + 2, 18),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += 18 + width + 12

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = int((event.position().y() - 24) // self._row_height())
        if 0 <= i < len(self._bars):
            bar = self._bars[i]
            left = bar.budgeted - bar.spent
            state = (
                tr("{amount} left").format(amount=self.fmt(left))
                if left >= 0
                else tr("{amount} over budget").format(amount=self.fmt(-left))
            )
            QToolTip.showText(
                event.globalPosition().toPoint(),
                tr("{category}: spent {spent} of {budgeted} ({state})").format(
                    category=bar.label,
                    spent=self.fmt(bar.spent),
                    budgeted=self.fmt(bar.budgeted),
                    state=state,
                ),
            )
        else:
            QToolTip.hideText()
