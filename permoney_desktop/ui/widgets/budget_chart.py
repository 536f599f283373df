"""Budget against actual: per group, the budgeted amount as a track and the spending drawn over it
(the part beyond the budget in the negative colour, its amount written beside it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import tr

LEGEND_LINE = 18.0  # the height of one legend line
SWATCH_GAP = 18.0  # from a swatch's left edge to its text
ITEM_GAP = 12.0  # between two legend items
MARGIN = 6.0


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

    def _font(self) -> tuple[QFont, QFontMetricsF]:
        font = theme.money_font(scale=0.9)
        return font, QFontMetricsF(font)

    def legend_layout(self, fm: QFontMetricsF) -> tuple[list[tuple[str, QColor, QPointF]], float]:
        """Each legend item with its colour and top-left corner, and where the bars start.

        The items run on one line while they fit the width and wrap to the next line when
        not: a longer translation ("dépassé") is never cut off at a narrow width.
        """
        colors = theme.palette()
        entries = (
            (tr("budgeted"), colors.card_hover),
            (tr("spent"), colors.accent),
            (tr("over"), QColor(colors.negative)),
        )
        right = self.width() - MARGIN
        x, y = MARGIN, 2.0
        placed = []
        for text, fill in entries:
            width = SWATCH_GAP + fm.horizontalAdvance(text) + 2
            if x > MARGIN and x + width > right:
                x, y = MARGIN, y + LEGEND_LINE
            placed.append((text, fill, QPointF(x, y)))
            x += width + ITEM_GAP
        return placed, y + LEGEND_LINE + 4

    def _bars_top(self) -> float:
        return self.legend_layout(self._font()[1])[1]

    def _row_height(self, top: float | None = None) -> float:
        n = max(1, len(self._bars))
        top = self._bars_top() if top is None else top
        return max(30.0, min(44.0, (self.height() - top - 4) / n))

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
        font, fm = self._font()
        painter.setFont(font)
        top = max(max(b.budgeted, b.spent) for b in self._bars) or 1
        left, right = MARGIN, self.width() - MARGIN
        width = max(10.0, right - left)
        bars_top = self._legend(painter, fm)
        row_h = self._row_height(bars_top)
        for i, bar in enumerate(self._bars):
            y = bars_top + i * row_h
            over = bar.spent - bar.budgeted
            value = tr("{spent} of {budgeted}").format(
                spent=self.fmt(bar.spent), budgeted=self.fmt(bar.budgeted)
            )
            # The name gets what the figures leave (they never overlap); the tooltip has both.
            room = min(width * 0.55, width - fm.horizontalAdvance(value) - 8)
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, max(0.0, room))
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

    def _legend(self, painter: QPainter, fm: QFontMetricsF) -> float:
        """What the track and the fills mean, each named in words beside its swatch; returns
        where the bars start (below the legend's last line)."""
        colors = theme.palette()
        placed, bars_top = self.legend_layout(fm)
        for text, fill, at in placed:
            painter.setPen(QPen(colors.border, 1.0))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(at.x(), at.y() + 5, 14, 8), 2, 2)
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(at.x() + SWATCH_GAP, at.y(), fm.horizontalAdvance(text) + 2, LEGEND_LINE),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        return bars_top

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        top = self._bars_top()
        i = int((event.position().y() - top) // self._row_height(top))
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
