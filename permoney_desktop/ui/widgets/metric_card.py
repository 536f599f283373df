"""A dashboard card: title, big value, change vs the previous period, sparkline, progress.

The card shows a ``CardData`` and nothing else: it computes no figures. ``update_from`` only
touches what differs, so confirming a provisional figure with the same value repaints nothing
but the small state dot (UI.md: never jump, blink or animate on confirm). A click (or Enter /
Space when focused) emits ``activated`` with the card's opaque ``filter`` object, which the
dashboard sets to the register filter that reproduces exactly what the card counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFocusEvent,
    QHelpEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.money_format import format_number, format_percent
from permoney_desktop.ui.widgets.sparkline import Number, Sparkline


class FigureState(StrEnum):
    CONFIRMED = "confirmed"
    PROVISIONAL = "provisional"
    PARTIAL = "partial"


class Direction(StrEnum):
    """Which way is good for a metric: more income is good, more spending is bad."""

    UP_IS_GOOD = "up"
    DOWN_IS_GOOD = "down"
    NEUTRAL = "neutral"


@dataclass(frozen=True)
class Progress:
    """A budget or goal bar: ``fraction`` of the limit/target used, with its caption."""

    fraction: Decimal
    caption: str
    over_is_bad: bool = True


@dataclass(frozen=True)
class CardData:
    key: str
    title: str
    value_text: str
    value: Decimal | None = None
    change: Decimal | None = None  # signed relative change (0.05 = +5%), or points for rates
    change_is_points: bool = False
    previous_text: str = ""
    direction: Direction = Direction.UP_IS_GOOD
    series: tuple[Number, ...] = ()
    baseline: Number | None = None
    details: tuple[tuple[str, str], ...] = ()  # exact figures for the tooltip
    lines: tuple[tuple[str, str], ...] = ()  # small rows under the value (top categories)
    progress: Progress | None = None
    state: FigureState = FigureState.CONFIRMED
    state_note: str = ""  # what is missing (partial) or pending (provisional)
    negative: bool = False
    filter: object = field(default=None, compare=False)
    filter_hint: str = ""  # "Open the register: income in Oct 2026" for the accessible text


def change_text(data: CardData) -> str:
    """``▲ 3.2%`` / ``▼ 1.5 pts`` / ``no change`` / ``""`` when there is nothing to compare."""
    if data.change is None:
        return ""
    if data.change == 0:
        return tr("● no change")
    arrow = "▲" if data.change > 0 else "▼"
    magnitude = abs(data.change)
    if data.change_is_points:
        points = format_number(Decimal(magnitude) * 100, 1)
        return f"{arrow} " + tr("{points} pts").format(points=points)
    text = format_percent(Decimal(magnitude), 0 if magnitude >= 1 else 1)
    return f"{arrow} {text}"


def change_is_good(data: CardData) -> bool | None:
    if data.change is None or data.change == 0 or data.direction is Direction.NEUTRAL:
        return None
    up = data.change > 0
    return up if data.direction is Direction.UP_IS_GOOD else not up


class _ProgressBar(QWidget):
    """A thin rounded bar; amber near the limit, red over it (when over is bad)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFixedHeight(5)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fraction = Decimal(0)
        self._over_is_bad = True

    def set_progress(self, fraction: Decimal, over_is_bad: bool) -> None:
        if (fraction, over_is_bad) != (self._fraction, self._over_is_bad):
            self._fraction, self._over_is_bad = fraction, over_is_bad
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = theme.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect())
        radius = r.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.grid)
        painter.drawRoundedRect(r, radius, radius)
        frac = float(max(Decimal(0), min(self._fraction, Decimal(1))))
        if self._over_is_bad:
            color = (
                colors.bad
                if self._fraction > 1
                else colors.amber
                if self._fraction >= Decimal("0.9")
                else colors.good
            )
        else:
            color = colors.good if self._fraction >= 1 else colors.accent
        painter.setBrush(color)
        if frac > 0:
            painter.drawRoundedRect(
                QRectF(r.left(), r.top(), r.width() * frac, r.height()), radius, radius
            )
        painter.end()


class _StateMark(QLabel):
    """The provisional hollow dot or the partial amber ⚠ beside a value (no motion)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("figure-state")
        self._state = FigureState.CONFIRMED
        self._note = ""
        self.hide()

    def set_state(self, state: FigureState, note: str) -> None:
        if (state, note) == (self._state, self._note):
            return
        self._state, self._note = state, note
        colors = theme.palette()
        if state is FigureState.PROVISIONAL:
            self.setText("○")
            self.setStyleSheet(f"color: {theme.css_color(colors.muted)};")
            self.setToolTip(
                note
                or tr(
                    "Provisional: computed here after your edit; the worker has not "
                    "confirmed it yet."
                )
            )
            self.setAccessibleName(tr("provisional figure"))
            self.show()
        elif state is FigureState.PARTIAL:
            self.setText("⚠")
            self.setStyleSheet(f"color: {theme.css_color(colors.amber)};")
            self.setToolTip(note or tr("Partial: an exchange rate is missing."))
            self.setAccessibleName(tr("partial figure"))
            self.show()
        else:
            self.setToolTip("")
            self.hide()


class CardTooltip(QFrame):
    """The hover card: a larger sparkline and the exact figures behind the card."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.ToolTip)
        self.setObjectName("card-tooltip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        font = self.title.font()
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.spark = Sparkline(height=90)
        self.spark.setMinimumWidth(300)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(2)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.spark)
        layout.addLayout(self.grid)
        layout.addWidget(self.note)

    def show_for(self, data: CardData, color: QColor, at: QPoint) -> None:
        self.title.setText(data.title)
        self.spark.set_values(data.series, color=color, baseline=data.baseline)
        self.spark.setVisible(len(data.series) > 1)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        money = theme.money_font()
        for row, (label, text) in enumerate(data.details):
            name = QLabel(label)
            value = QLabel(text)
            value.setFont(money)
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(value, row, 1)
        notes = [data.state_note] if data.state is not FigureState.CONFIRMED else []
        if data.filter_hint:
            notes.append(tr("Click: {what}").format(what=data.filter_hint))
        self.note.setText("\n".join(n for n in notes if n))
        self.note.setVisible(bool(notes))
        self.adjustSize()
        self.move(at)
        self.show()


class MetricCard(QFrame):
    """One dashboard card. Use ``update_from(CardData)``; connect ``activated``."""

    activated = Signal(object)  # the register filter for what the card counts

    def __init__(self, data: CardData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(210)
        self._data: CardData | None = None
        self._hover = False
        self._tooltip: CardTooltip | None = None

        self.title = QLabel()
        self.title.setObjectName("card-title")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 0.85)
        title_font.setCapitalization(title_font.Capitalization.AllUppercase)
        title_font.setLetterSpacing(title_font.SpacingType.PercentageSpacing, 104)
        self.title.setFont(title_font)
        self.state_mark = _StateMark()
        self.value = QLabel()
        self.value.setObjectName("card-value")
        self.value.setFont(theme.money_font(scale=1.75, bold=True))
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.change = QLabel()
        self.change.setObjectName("card-change")
        self.change.setFont(theme.money_font())
        self.previous = QLabel()
        self.previous.setObjectName("card-previous")
        self.lines = QLabel()
        self.lines.setObjectName("card-lines")
        self.lines.setFont(theme.money_font(scale=0.92))
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.spark = Sparkline(height=30)
        self.bar = _ProgressBar()
        self.bar_caption = QLabel()
        caption_font = self.bar_caption.font()
        caption_font.setPointSizeF(caption_font.pointSizeF() * 0.85)
        self.bar_caption.setFont(caption_font)
        self.previous.setFont(caption_font)

        head = QHBoxLayout()
        head.setSpacing(4)
        head.addWidget(self.title)
        head.addStretch()
        value_row = QHBoxLayout()
        value_row.setSpacing(6)
        value_row.addWidget(self.value)
        value_row.addWidget(self.state_mark, alignment=Qt.AlignmentFlag.AlignTop)
        value_row.addStretch()
        change_row = QHBoxLayout()
        change_row.setSpacing(8)
        change_row.addWidget(self.change)
        change_row.addWidget(self.previous)
        change_row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addLayout(value_row)
        layout.addLayout(change_row)
        layout.addWidget(self.lines)
        layout.addStretch()
        layout.addWidget(self.spark)
        layout.addWidget(self.bar)
        layout.addWidget(self.bar_caption)
        self.setFixedHeight(self._natural_height())
        theme.theme_changed().connect(self._restyle)
        if data is not None:
            self.update_from(data)

    def _natural_height(self) -> int:
        fm = self.fontMetrics()
        return int(fm.height() * 8.2) + 24

    def sizeHint(self) -> QSize:
        return QSize(260, self._natural_height())

    def data(self) -> CardData | None:
        return self._data

    def update_from(self, data: CardData) -> None:
        """Show ``data``; widgets whose text does not change are left alone (no repaint)."""
        old = self._data
        self._data = data
        if old == data:
            return
        colors = theme.palette()
        self._set_text(self.title, data.title)
        self._set_text(self.value, data.value_text)
        value_color = colors.negative if data.negative else colors.text
        self._set_style(self.value, f"color: {theme.css_color(value_color)};")
        self.state_mark.set_state(data.state, data.state_note)
        delta = change_text(data)
        self._set_text(self.change, delta)
        good = change_is_good(data)
        tint = colors.muted if good is None else colors.good if good else colors.bad
        self._set_style(self.change, f"color: {theme.css_color(tint)};")
        self.change.setVisible(bool(delta))
        self._set_text(self.previous, data.previous_text)
        self._set_style(self.previous, f"color: {theme.css_color(colors.muted)};")
        if data.lines:
            rows = "".join(
                f"<tr><td>{_escape(label)}</td><td align='right' style='padding-left:12px'>"
                f"{_escape(text)}</td></tr>"
                for label, text in data.lines
            )
            self._set_text(self.lines, f"<table cellspacing='0' cellpadding='0'>{rows}</table>")
        self.lines.setVisible(bool(data.lines))
        spark_color = colors.accent if good is None else colors.good if good else colors.bad
        if data.direction is Direction.DOWN_IS_GOOD and good is None:
            spark_color = colors.series[1]
        self.spark.set_values(data.series, color=spark_color, baseline=data.baseline)
        self.spark.setVisible(len(data.series) > 1)
        if data.progress is not None:
            self.bar.set_progress(data.progress.fraction, data.progress.over_is_bad)
            self._set_text(self.bar_caption, data.progress.caption)
        self.bar.setVisible(data.progress is not None)
        self.bar_caption.setVisible(data.progress is not None)
        self._set_text(self.title, data.title)
        self.setAccessibleName(self._accessible_text(data))
        self.setAccessibleDescription(data.filter_hint)

    def _accessible_text(self, data: CardData) -> str:
        parts = [f"{data.title}: {data.value_text}"]
        delta = change_text(data).replace("▲", "up").replace("▼", "down").replace("● ", "")
        if delta:
            parts.append(delta)
        if data.state is FigureState.PROVISIONAL:
            parts.append("provisional")
        elif data.state is FigureState.PARTIAL:
            parts.append("partial")
        return ", ".join(parts)

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)

    @staticmethod
    def _set_style(widget: QWidget, css: str) -> None:
        if widget.styleSheet() != css:
            widget.setStyleSheet(css)

    def _restyle(self) -> None:
        data, self._data = self._data, None
        if data is not None:
            self.update_from(data)
        self.update()

    # -- painting and interaction -----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = theme.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setBrush(colors.card_hover if self._hover else colors.card)
        border = colors.accent if self.hasFocus() else colors.border
        painter.setPen(QPen(border, 1.5 if self.hasFocus() else 1))
        painter.drawRoundedRect(rect, 8, 8)
        painter.end()

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hover = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = False
        self.hide_tooltip()
        self.update()
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self.show_tooltip(event.globalPos() + QPoint(12, 16))
            return True
        return super().event(event)

    def show_tooltip(self, at: QPoint | None = None) -> CardTooltip | None:
        if self._data is None:
            return None
        if self._tooltip is None:
            self._tooltip = CardTooltip()
        colors = theme.palette()
        good = change_is_good(self._data)
        color = colors.accent if good is None else colors.good if good else colors.bad
        self._tooltip.show_for(self._data, color, at or self.mapToGlobal(QPoint(0, self.height())))
        return self._tooltip

    def hide_tooltip(self) -> None:
        if self._tooltip is not None:
            self._tooltip.hide()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activate()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
            return
        super().keyPressEvent(event)

    def activate(self) -> None:
        if self._data is not None and self._data.filter is not None:
            self.hide_tooltip()
            self.activated.emit(self._data.filter)

    def hideEvent(self, event: QHideEvent) -> None:
        self.hide_tooltip()
        super().hideEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def card_grid_columns(width: int, cards: int, min_card_width: int = 250) -> int:
    """2–4 columns by width, never more than cards, one fewer when that fills rows evenly
    (six cards read better as 3 + 3 than as 4 + 2)."""
    cols = max(2, min(4, width // max(1, min_card_width)))
    cols = max(1, min(cols, cards))
    if cols > 2 and cards % cols and cards % (cols - 1) == 0:
        cols -= 1
    return cols
