"""The top of a page: its large heading and the period picker that remembers its choice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from permoney_desktop.domain.periods import (
    NAMED_PERIODS,
    DateRange,
    PeriodName,
    named_period,
)
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr

CUSTOM_LABEL = QT_TR_NOOP("Custom range…")
# The named periods' labels (domain/periods.py), translated where shown.
_PERIOD_LABELS = (
    QT_TR_NOOP("This month"),
    QT_TR_NOOP("Last month"),
    QT_TR_NOOP("Last 3 months"),
    QT_TR_NOOP("Year to date"),
    QT_TR_NOOP("Last 12 months"),
    QT_TR_NOOP("All time"),
)
DATE_FORMAT = "yyyy-MM-dd"
# Typing a date changes it once per keystroke: the figures follow once the typing pauses.
CUSTOM_DEBOUNCE_MS = 500


def page_heading(text: str) -> QLabel:
    heading = QLabel(text)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setWeight(font.Weight.DemiBold)
    heading.setFont(font)
    return heading


def align_labels(heading: QLabel, caption: QLabel, label: QLabel, control: QWidget) -> None:
    """In a top-aligned row: ``caption`` sits on the heading's baseline, ``label`` is centred
    on ``control`` (each as tall as its neighbour)."""
    caption.setMinimumHeight(heading.sizeHint().height())
    caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
    label.setMinimumHeight(control.sizeHint().height())
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def period_combo(
    settings: QSettings, key: str, default: PeriodName, accessible_name: str
) -> QComboBox:
    """The named periods, showing the one saved under ``key`` (``default`` if none or unknown)."""
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    for name in NAMED_PERIODS:
        combo.addItem(tr(name.label), name.value)
    index = combo.findData(str(settings.value(key, default.value)))
    combo.setCurrentIndex(index if index >= 0 else combo.findData(default.value))
    return combo


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _stored_day(settings: QSettings, key: str) -> date | None:
    try:
        return date.fromisoformat(str(settings.value(key, "") or ""))
    except ValueError:
        return None


class PeriodPicker(QWidget):
    """The named periods and a custom range (from … to), remembered under ``key``.

    ``changed`` is emitted for every new valid choice; a custom range whose start is after
    its end is refused in words beside the dates, and the figures keep the last valid range.
    The choice is stored as ``key`` (the period's name) and ``key_from`` / ``key_to``.
    """

    changed = Signal()

    def __init__(
        self,
        settings: QSettings,
        key: str,
        default: PeriodName,
        accessible_name: str,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.key = key
        self.today = today
        self.combo = period_combo(settings, key, default, accessible_name)
        self.combo.addItem(tr(CUSTOM_LABEL), PeriodName.CUSTOM.value)
        self.start_edit = self._date_edit(tr("Custom period from"))
        self.end_edit = self._date_edit(tr("Custom period to"))
        self.dash = QLabel("–")
        self.error = QLabel()
        self.error.setObjectName("period-error")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.error.setMaximumWidth(320)
        self.error.setStyleSheet(f"color: {theme.css_color(theme.palette().bad)};")
        self.error.hide()
        self._range: DateRange | None = None  # the custom range in use (valid)
        self._last_named = PeriodName(str(self.combo.currentData()))
        stored = (_stored_day(settings, f"{key}_from"), _stored_day(settings, f"{key}_to"))
        if str(settings.value(key, "")) == PeriodName.CUSTOM.value:
            start, end = stored
            if start is not None and end is not None and start <= end:
                self._range = DateRange(start, end)
                self.combo.setCurrentIndex(self.combo.findData(PeriodName.CUSTOM.value))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CUSTOM_DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_dates)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(lambda _d: self._timer.start())
            edit.editingFinished.connect(self.apply_dates)
        self.combo.currentIndexChanged.connect(self._on_combo)

        # The dates go under the list, so a custom range does not widen the page's top row.
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.setSpacing(4)
        dates.addWidget(self.start_edit)
        dates.addWidget(self.dash)
        dates.addWidget(self.end_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        layout.addLayout(dates)
        layout.addWidget(self.error)
        self._show_dates()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setAccessibleName(name)
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setMaximumDate(QDate(9999, 12, 31))
        return edit

    # -- the choice ------------------------------------------------------------------------

    def name(self) -> PeriodName:
        return PeriodName(str(self.combo.currentData()))

    def custom_range(self) -> DateRange | None:
        """The custom range in use, when the choice is a custom range."""
        return self._range if self.name() is PeriodName.CUSTOM else None

    def set_name(self, name: PeriodName | str) -> None:
        index = self.combo.findData(PeriodName(name).value)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def set_custom_range(self, start: date, end: date) -> bool:
        """Choose the custom range ``start`` … ``end`` (both included); False (and the reason
        shown) when it ends before it starts."""
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_to_qdate(day))
            edit.blockSignals(False)
        if self.name() is not PeriodName.CUSTOM:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(self.combo.findData(PeriodName.CUSTOM.value))
            self.combo.blockSignals(False)
            self._range = None  # a custom range is new even with the same dates
            self._show_dates()
        return self.apply_dates()

    # -- events ----------------------------------------------------------------------------

    def _on_combo(self) -> None:
        name = self.name()
        if name is PeriodName.CUSTOM:
            if self._range is None:
                # Start from what was shown: the range of the period chosen before.
                seed = self._last_named
                if seed is PeriodName.ALL_TIME:
                    seed = PeriodName.LAST_12_MONTHS  # (its start needs the book)
                self._range = named_period(seed, self.today()).range
            self._show_dates()
            self._save()
        else:
            self._last_named = name
            self._timer.stop()
            self._show_dates()
            self.settings.setValue(self.key, name.value)
        self.changed.emit()

    def apply_dates(self) -> bool:
        """Take the custom dates as they are now (after typing pauses, or at once)."""
        self._timer.stop()
        if self.name() is not PeriodName.CUSTOM:
            return False
        start, end = _to_date(self.start_edit.date()), _to_date(self.end_edit.date())
        if start > end:
            self.error.setText(
                tr("“From” {start} is after “to” {end}: pick a start on or before the end.").format(
                    start=start.isoformat(), end=end.isoformat()
                )
            )
            self.error.show()
            return False
        self.error.hide()
        chosen = DateRange(start, end)
        if chosen == self._range:
            return True
        self._range = chosen
        self._save()
        self.changed.emit()
        return True

    def _show_dates(self) -> None:
        custom = self.name() is PeriodName.CUSTOM
        for widget in (self.start_edit, self.dash, self.end_edit):
            widget.setVisible(custom)
        if not custom:
            self.error.hide()
            return
        if self._range is not None:
            for edit, day in (
                (self.start_edit, self._range.start),
                (self.end_edit, self._range.end),
            ):
                edit.blockSignals(True)
                edit.setDate(_to_qdate(day))
                edit.blockSignals(False)

    def _save(self) -> None:
        self.settings.setValue(self.key, PeriodName.CUSTOM.value)
        if self._range is not None:
            self.settings.setValue(f"{self.key}_from", self._range.start.isoformat())
            self.settings.setValue(f"{self.key}_to", self._range.end.isoformat())
