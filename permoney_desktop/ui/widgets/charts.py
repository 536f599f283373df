"""Charts drawn with QPainter: net worth over time, bars by category, income vs expenses.

QtCharts is deprecated since Qt 6.10 and heavy to theme; these three small painters follow the
palette, use tabular digits, and show exact figures on hover. Amounts arrive as ``Decimal``
(exact) and become floats only to place pixels. Formatting is injected (``fmt`` for exact
figures, ``axis_fmt`` for compact axis labels) so the chart never decides how money reads.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from permoney_desktop.ui import preferences, theme
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.money_format import (
    format_compact_money,
    format_compact_number,
    format_percent,
)

Formatter = Callable[[Decimal], str]


def compact_money(amount: Decimal, currency: str = "", digits: int | None = None) -> str:
    """Axis labels in the current locale's short money form (``$184K``, ``1,2 Mio. €``:
    ``money_format.format_compact_money``), read at paint time so a locale change shows at
    the next paint. ``digits``: up to that many decimals on the scaled value (ticks that must
    differ); without a currency a plain compact number."""
    if not currency:
        return format_compact_number(amount, digits=1 if digits is None else digits)
    return format_compact_money(amount, currency, digits=1 if digits is None else digits)


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round axis ticks covering ``lo..hi`` (1, 2, 5 × 10^n steps)."""
    if hi < lo:
        lo, hi = hi, lo
    if hi == lo:
        pad = abs(hi) * 0.1 or 1.0
        lo, hi = lo - pad, hi + pad
    raw = (hi - lo) / max(1, count - 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    v = start
    while v < hi + step * 0.999:
        ticks.append(round(v, 10))
        v += step
    return ticks


def axis_labels(ticks: Sequence[float], fmt: Formatter) -> list[str]:
    """Tick labels that are exact: up to three decimals on the scaled value, as many as the
    ticks need (``$1.05M`` rather than a rounded ``$1.1M``; ticks are 1, 2 or 5 × 10^n)."""
    values = [Decimal(str(t)) for t in ticks]
    currency = getattr(fmt, "currency", None)
    if currency is None:
        return [fmt(v) for v in values]
    return [compact_money(v, currency, 3) for v in values]


class AxisMoney:
    """A compact money formatter for axes that knows its currency (see ``axis_labels``)."""

    def __init__(self, currency: str) -> None:
        self.currency = currency

    def __call__(self, amount: Decimal) -> str:
        return compact_money(amount, self.currency)


def _month_label(day: date, with_year: bool) -> str:
    name = QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
    return f"{name} {day.year}" if with_year else name


SHORT_SPAN_DAYS = 62  # up to two months: labels every week, not one per month
LONG_SPAN_DAYS = 800  # over about two years: one label per year


def x_marks(days: Sequence[date]) -> list[tuple[int, str]]:
    """(point index, label) for a time axis: weeks on a short range ("8 Dec"), months on a
    middle one (the year on January and the first), years on a long one. Every range gets
    at least its first and last point labelled."""
    if not days:
        return []
    span = (days[-1] - days[0]).days
    marks: list[tuple[int, str]] = []
    if span <= SHORT_SPAN_DAYS:
        step = 1 if span <= 10 else 7  # a week or so: every day; up to two months: weekly
        for i, day in enumerate(days):
            if i == 0 or (day - days[0]).days % step == 0 or i == len(days) - 1:
                month = QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
                marks.append((i, f"{day.day} {month}"))
        return marks
    prev_key: tuple[int, int] | None = None
    for i, day in enumerate(days):
        key = (day.year, day.month)
        if key == prev_key:
            continue
        prev_key = key
        if span > LONG_SPAN_DAYS:
            if day.month == 1 or not marks:
                marks.append((i, str(day.year)))
        else:
            marks.append((i, _month_label(day, day.month == 1 or not marks)))
    return marks


class _ChartBase(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)
        self.fmt: Formatter = lambda d: f"{d:,.2f}"
        self.axis_fmt: Formatter = compact_money
        self.empty_text = tr("No data for this period")
        theme.theme_changed().connect(self.update)
        # Axis labels are formatted at paint time in the default locale: repaint on a change.
        preferences.follow_locale(self, self.update)

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def _draw_empty(self, painter: QPainter) -> None:
        painter.setPen(theme.palette().muted)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover_index = -1
        QToolTip.hideText()
        self.update()
        super().leaveEvent(event)


@dataclass(frozen=True)
class SeriesPoint:
    day: date
    value: Decimal
    partial: bool = False


class LineChart(_ChartBase):
    """A value over time (net worth): area under the line, y grid, month labels, hover; an
    optional forecast continues it as a dashed line with no area (``set_forecast``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: tuple[SeriesPoint, ...] = ()
        self._forecast: tuple[SeriesPoint, ...] = ()
        self._hover_index = -1
        self.setAccessibleName(tr("Net worth over time"))
        self.color: QColor | None = None

    def set_points(self, points: Sequence[SeriesPoint]) -> None:
        new = tuple(points)
        if new != self._points:
            self._points = new
            self._hover_index = -1
            self.update()

    def points(self) -> tuple[SeriesPoint, ...]:
        return self._points

    def set_forecast(self, points: Sequence[SeriesPoint]) -> None:
        """Projected points after the last actual one (drawn dashed; never part of it)."""
        new = tuple(points)
        if new != self._forecast:
            self._forecast = new
            self._hover_index = -1
            self.update()

    def forecast(self) -> tuple[SeriesPoint, ...]:
        return self._forecast

    def _all(self) -> tuple[SeriesPoint, ...]:
        return self._points + self._forecast if len(self._points) >= 2 else self._points

    def _draw_forecast(
        self,
        painter: QPainter,
        x_of: Callable[[int], float],
        y_of: Callable[[float], float],
        color: QColor,
    ) -> None:
        if not self._forecast or len(self._points) < 2:
            return
        start = len(self._points) - 1
        path = QPainterPath(QPointF(x_of(start), y_of(float(self._points[-1].value))))
        for k, p in enumerate(self._forecast, start + 1):
            path.lineTo(QPointF(x_of(k), y_of(float(p.value))))
        painter.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _plot_rect(self, fm: QFontMetricsF, labels: list[str]) -> QRectF:
        left = max((fm.horizontalAdvance(t) for t in labels), default=30) + 14
        return QRectF(self.rect()).adjusted(left, 10, -14, -fm.height() - 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = theme.palette()
        if len(self._points) < 2:
            self._draw_empty(painter)
            painter.end()
            return
        painter.setFont(theme.money_font(scale=0.85))
        fm = QFontMetricsF(painter.font())
        values = [float(p.value) for p in self._points]
        every = values + [float(p.value) for p in self._forecast]
        ticks = nice_ticks(min(every), max(every))
        labels = axis_labels(ticks, self.axis_fmt)
        plot = self._plot_rect(fm, labels)
        lo, hi = ticks[0], ticks[-1]

        def y_of(v: float) -> float:
            return plot.bottom() - (v - lo) / (hi - lo) * plot.height()

        n = len(self._all())

        def x_of(i: int) -> float:
            return plot.left() + plot.width() * i / (n - 1)

        # grid and y labels
        for t, label in zip(ticks, labels, strict=True):
            y = y_of(t)
            painter.setPen(QPen(colors.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 8, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        if lo < 0 < hi:
            painter.setPen(QPen(colors.muted, 1))
            painter.drawLine(QPointF(plot.left(), y_of(0)), QPointF(plot.right(), y_of(0)))
        self._draw_x_labels(painter, fm, plot, x_of)
        # area and line
        line = QPainterPath()
        for i, v in enumerate(values):
            pt = QPointF(x_of(i), y_of(v))
            if i == 0:
                line.moveTo(pt)
            else:
                line.lineTo(pt)
        color = self.color or colors.accent
        area = QPainterPath(line)
        base_y = y_of(max(lo, 0.0)) if lo >= 0 else plot.bottom()
        area.lineTo(x_of(len(values) - 1), base_y)
        area.lineTo(plot.left(), base_y)
        area.closeSubpath()
        grad = QLinearGradient(plot.topLeft(), plot.bottomLeft())
        top = QColor(color)
        top.setAlpha(80)
        bottom = QColor(color)
        bottom.setAlpha(5)
        grad.setColorAt(0, top)
        grad.setColorAt(1, bottom)
        painter.fillPath(area, grad)
        painter.setPen(QPen(color, 2))
        painter.drawPath(line)
        self._draw_forecast(painter, x_of, y_of, color)
        # partial points: amber marks (a figure that needed a missing rate)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.amber)
        for i, p in enumerate(self._points):
            if p.partial:
                painter.drawEllipse(QPointF(x_of(i), y_of(values[i])), 2.5, 2.5)
        if 0 <= self._hover_index < n:
            i = self._hover_index
            x, y = x_of(i), y_of(float(self._all()[i].value))
            painter.setPen(QPen(colors.muted, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(QPen(colors.card, 2))
            painter.setBrush(color)
            painter.drawEllipse(QPointF(x, y), 4.5, 4.5)
        painter.end()

    def _draw_x_labels(
        self, painter: QPainter, fm: QFontMetricsF, plot: QRectF, x_of: Callable[[int], float]
    ) -> None:
        pts = self._all()
        marks = x_marks([p.day for p in pts])
        min_gap = max((fm.horizontalAdvance(t) for _, t in marks), default=30) + 12
        painter.setPen(theme.palette().muted)
        last_x = -1e9
        for i, text in marks:
            x = x_of(i)
            if x - last_x < min_gap or x + fm.horizontalAdvance(text) / 2 > self.width():
                continue
            painter.drawText(
                QRectF(x - min_gap / 2, plot.bottom() + 4, min_gap, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                text,
            )
            last_x = x

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        every = self._all()
        n = len(every)
        if n < 2:
            return
        fm = QFontMetricsF(theme.money_font(scale=0.85))
        values = [float(p.value) for p in every]
        ticks = nice_ticks(min(values), max(values))
        plot = self._plot_rect(fm, axis_labels(ticks, self.axis_fmt))
        x = event.position().x()
        i = round((x - plot.left()) / plot.width() * (n - 1)) if plot.width() > 0 else -1
        i = max(0, min(n - 1, i))
        if i != self._hover_index:
            self._hover_index = i
            p = every[i]
            note = tr("\n⚠ partial: an exchange rate is missing") if p.partial else ""
            if i >= len(self._points):
                note += tr("\nforecast: today's balances plus the scheduled transactions")
            QToolTip.showText(
                event.globalPosition().toPoint(),
                f"{p.day.isoformat()}\n{self.fmt(p.value)}{note}",
                self,
            )
            self.update()


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal
    color: QColor | None = None
    note: str = ""


class BarListChart(_ChartBase):
    """Horizontal bars, one per row (spending by category): label, bar, exact value, share."""

    bar_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, max_rows: int = 10) -> None:
        super().__init__(parent)
        self._bars: tuple[Bar, ...] = ()
        self._hover_index = -1
        self.max_rows = max_rows
        self.setAccessibleName(tr("Spending by category"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        new = tuple(bars)[: self.max_rows]
        if new != self._bars:
            self._bars = new
            self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def _row_height(self) -> float:
        n = max(1, len(self._bars))
        return max(18.0, min(34.0, (self.height() - 8) / n))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = theme.palette()
        if not self._bars:
            self._draw_empty(painter)
            painter.end()
            return
        font = theme.money_font(scale=0.92)
        painter.setFont(font)
        fm = QFontMetricsF(font)
        total = sum((b.value for b in self._bars), Decimal(0))
        top_value = max(abs(b.value) for b in self._bars) or Decimal(1)
        label_w = min(self.width() * 0.32, max(fm.horizontalAdvance(b.label) for b in self._bars))
        value_w = max(fm.horizontalAdvance(self.fmt(b.value)) for b in self._bars)
        share_w = fm.horizontalAdvance(format_percent(Decimal(1), 0))
        row_h = self._row_height()
        bar_left = label_w + 14
        bar_right = self.width() - value_w - share_w - 26
        for i, bar in enumerate(self._bars):
            y = 4 + i * row_h
            row = QRectF(0, y, self.width(), row_h)
            if i == self._hover_index:
                painter.fillRect(row, colors.card_hover)
            painter.setPen(colors.text)
            painter.drawText(
                QRectF(4, y, label_w, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w),
            )
            frac = float(abs(bar.value) / top_value)
            bh = min(14.0, row_h * 0.55)
            color = bar.color or colors.series[i % len(colors.series)]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            width = max(2.0, (bar_right - bar_left) * frac)
            painter.drawRoundedRect(QRectF(bar_left, y + (row_h - bh) / 2, width, bh), 3, 3)
            painter.setPen(colors.negative if bar.value < 0 else colors.text)
            painter.drawText(
                QRectF(bar_right + 8, y, value_w, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                self.fmt(bar.value),
            )
            share = format_percent(Decimal(bar.value) / Decimal(total), 0) if total else ""
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(self.width() - share_w - 8, y, share_w, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                share,
            )
        painter.end()

    def _index_at(self, y: float) -> int:
        i = int((y - 4) // self._row_height())
        return i if 0 <= i < len(self._bars) else -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = self._index_at(event.position().y())
        if i != self._hover_index:
            self._hover_index = i
            if i >= 0:
                bar = self._bars[i]
                note = f"\n{bar.note}" if bar.note else ""
                QToolTip.showText(
                    event.globalPosition().toPoint(), f"{bar.label}: {self.fmt(bar.value)}{note}"
                )
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        i = self._index_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and i >= 0:
            self.bar_activated.emit(i)


@dataclass(frozen=True)
class MonthPair:
    month: date
    income: Decimal
    expenses: Decimal  # a positive amount spent


class IncomeExpenseChart(_ChartBase):
    """Income and expenses side by side per month, with a net marker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: tuple[MonthPair, ...] = ()
        self._hover_index = -1
        self.setAccessibleName(tr("Income and expenses by month"))

    def set_months(self, months: Sequence[MonthPair]) -> None:
        new = tuple(months)
        if new != self._months:
            self._months = new
            self.update()

    def months(self) -> tuple[MonthPair, ...]:
        return self._months

    def _geometry(self, fm: QFontMetricsF) -> tuple[QRectF, list[float], list[str]]:
        top = max(
            [float(m.income) for m in self._months] + [float(m.expenses) for m in self._months]
        )
        ticks = nice_ticks(0.0, top or 1.0)
        labels = axis_labels(ticks, self.axis_fmt)
        left = max(fm.horizontalAdvance(t) for t in labels) + 14
        plot = QRectF(self.rect()).adjusted(left, 26, -10, -fm.height() - 10)
        return plot, ticks, labels

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = theme.palette()
        if not self._months:
            self._draw_empty(painter)
            painter.end()
            return
        painter.setFont(theme.money_font(scale=0.85))
        fm = QFontMetricsF(painter.font())
        plot, ticks, labels = self._geometry(fm)
        hi = ticks[-1]
        for t, label in zip(ticks, labels, strict=True):
            y = plot.bottom() - t / hi * plot.height()
            painter.setPen(QPen(colors.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 8, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        # legend
        x = plot.left()
        for name, color in ((tr("Income"), colors.good), (tr("Expenses"), colors.bad)):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(x, 6, 10, 10), 2, 2)
            painter.setPen(colors.text)
            painter.drawText(QPointF(x + 14, 6 + fm.ascent() - 1), name)
            x += fm.horizontalAdvance(name) + 34
        n = len(self._months)
        slot = plot.width() / n
        bw = max(2.0, min(18.0, slot * 0.34))
        label_every = max(1, math.ceil(fm.horizontalAdvance("Mmm 0000") * 1.2 / slot))
        for i, m in enumerate(self._months):
            cx = plot.left() + slot * (i + 0.5)
            if i == self._hover_index:
                painter.fillRect(
                    QRectF(cx - slot / 2, plot.top(), slot, plot.height()), colors.card_hover
                )
            for offset, value, color in (
                (-bw - 1, m.income, colors.good),
                (1, m.expenses, colors.bad),
            ):
                h = float(value) / hi * plot.height()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRoundedRect(QRectF(cx + offset, plot.bottom() - h, bw, h), 2, 2)
            if i % label_every == 0:
                painter.setPen(colors.muted)
                painter.drawText(
                    QRectF(
                        cx - slot * label_every / 2,
                        plot.bottom() + 4,
                        slot * label_every,
                        fm.height(),
                    ),
                    Qt.AlignmentFlag.AlignHCenter,
                    _month_label(m.month, m.month.month == 1 or i == 0),
                )
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._months:
            return
        fm = QFontMetricsF(theme.money_font(scale=0.85))
        plot, _, _ = self._geometry(fm)
        slot = plot.width() / len(self._months)
        i = int((event.position().x() - plot.left()) // slot) if slot > 0 else -1
        i = i if 0 <= i < len(self._months) else -1
        if i != self._hover_index:
            self._hover_index = i
            if i >= 0:
                m = self._months[i]
                QToolTip.showText(
                    event.globalPosition().toPoint(),
                    f"{_month_label(m.month, True)}\nIncome {self.fmt(m.income)}\n"
                    f"Expenses {self.fmt(m.expenses)}\nNet {self.fmt(m.income - m.expenses)}",
                )
            self.update()
