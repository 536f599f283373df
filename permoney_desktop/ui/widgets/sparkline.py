"""A sparkline: a small line-and-area drawing of a series, with no axes.

Values may be ``int`` minor units or ``Decimal``; they are turned into floats only to place
pixels, never to show a figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from permoney_desktop.ui import theme

Number = int | Decimal


def sparkline_path(values: Sequence[Number], rect: QRectF) -> QPainterPath:
    """The polyline of ``values`` scaled into ``rect`` (flat series sit in the middle)."""
    path = QPainterPath()
    if not values:
        return path
    lo, hi = min(values), max(values)
    span = float(hi - lo)
    n = len(values)
    for i, v in enumerate(values):
        x = rect.left() + (rect.width() * i / (n - 1) if n > 1 else rect.width() / 2)
        frac = float(v - lo) / span if span else 0.5
        y = rect.bottom() - frac * rect.height()
        if i == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    return path


def paint_sparkline(
    painter: QPainter,
    rect: QRectF,
    values: Sequence[Number],
    color: QColor,
    *,
    width: float = 1.6,
    fill: bool = True,
    end_dot: bool = True,
    baseline: Number | None = None,
) -> None:
    """Draw ``values`` in ``rect``; ``baseline`` (e.g. zero or the previous period) as a dash."""
    if len(values) < 1:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inner = rect.adjusted(width, width + 1, -width - (2 if end_dot else 0), -width)
    line = sparkline_path(values, inner)
    lo, hi = min(values), max(values)
    if baseline is not None and lo < baseline < hi:
        frac = float(baseline - lo) / float(hi - lo)
        y = inner.bottom() - frac * inner.height()
        dash = QPen(theme.palette().grid, 1, Qt.PenStyle.DashLine)
        painter.setPen(dash)
        painter.drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y))
    if fill and len(values) > 1:
        area = QPainterPath(line)
        area.lineTo(inner.right(), rect.bottom())
        area.lineTo(inner.left(), rect.bottom())
        area.closeSubpath()
        gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
        top = QColor(color)
        top.setAlpha(70)
        bottom = QColor(color)
        bottom.setAlpha(0)
        gradient.setColorAt(0, top)
        gradient.setColorAt(1, bottom)
        painter.fillPath(area, gradient)
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPath(line)
    if end_dot:
        end = line.currentPosition()
        painter.setBrush(color)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(end, width + 1.2, width + 1.2)
    painter.restore()


class Sparkline(QWidget):
    """A series drawn as a sparkline; ``set_values`` repaints only when the series changes."""

    def __init__(self, parent: QWidget | None = None, *, height: int = 28) -> None:
        super().__init__(parent)
        self._values: tuple[Number, ...] = ()
        self._color: QColor | None = None
        self._baseline: Number | None = None
        self._height = height
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(height)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:
        return QSize(160, self._height)

    def values(self) -> tuple[Number, ...]:
        return self._values

    def set_values(
        self,
        values: Sequence[Number],
        *,
        color: QColor | None = None,
        baseline: Number | None = None,
    ) -> None:
        new = tuple(values)
        if new == self._values and color == self._color and baseline == self._baseline:
            return
        self._values, self._color, self._baseline = new, color, baseline
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._values:
            return
        painter = QPainter(self)
        color = self._color or theme.palette().accent
        paint_sparkline(painter, QRectF(self.rect()), self._values, color, baseline=self._baseline)
        painter.end()
