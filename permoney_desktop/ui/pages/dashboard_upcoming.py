"""The dashboard's schedule pieces: the "Upcoming" panel (the next 30 days of scheduled
transactions, overdue reminders first) and the forecast drawn as a dashed continuation of the
net-worth chart. Both read the schedules when the dashboard shows its figures; neither is ever
part of a stored balance."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from permoney_desktop.domain.money import Money
from permoney_desktop.domain.schedules import Pending
from permoney_desktop.ui import theme
from permoney_desktop.ui.day_format import format_day
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.widgets.charts import SeriesPoint

if TYPE_CHECKING:
    from permoney_desktop.services import forecast as forecast_service
    from permoney_desktop.services import schedules as schedule_service
    from permoney_desktop.services.ledger import Ledger
else:
    forecast_service = lazy_module("permoney_desktop.services.forecast")
    schedule_service = lazy_module("permoney_desktop.services.schedules")

log = logging.getLogger(__name__)

MAX_ROWS = 6
FORECAST_MONTHS = 3


@dataclass(frozen=True)
class Line:
    due: date
    name: str
    amount: Money
    overdue: bool


class UpcomingPanel(QWidget):
    """A few lines: date, name, amount; a click opens the schedules."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard-upcoming")
        self.setAccessibleName(tr("Upcoming scheduled transactions"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tr("Scheduled transactions of the next 30 days (click: Edit → Schedules…)"))
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.summary = QLabel()
        self.summary.setObjectName("dashboard-upcoming-summary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.lines: list[Line] = []

    def mouseReleaseEvent(self, event: Any) -> None:
        self.open_requested.emit()
        super().mouseReleaseEvent(event)

    def set_lines(self, lines: list[Line], total: int) -> None:
        self.lines = lines
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        colors = theme.palette()
        for row, line in enumerate(lines):
            when = QLabel(format_day(line.due))
            when.setStyleSheet(f"color: {(colors.amber if line.overdue else colors.muted).name()}")
            name = QLabel(line.name + (tr(" · overdue") if line.overdue else ""))
            amount = QLabel(format_money(line.amount))
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setFont(theme.money_font())
            if line.amount.amount < 0:
                amount.setStyleSheet(f"color: {colors.negative.name()}")
            self.grid.addWidget(when, row, 0)
            self.grid.addWidget(name, row, 1)
            self.grid.addWidget(amount, row, 2)
        self.grid.setColumnStretch(1, 1)
        if total == 0:
            self.summary.setText(
                tr("Nothing scheduled in the next 30 days. Edit → Schedules… adds one.")
            )
        elif total > len(lines):
            self.summary.setText(
                tr("and {count} more · Edit → Schedules…").format(count=total - len(lines))
            )
        else:
            self.summary.setText("")
        self.summary.setStyleSheet(f"color: {colors.muted.name()}")


def upcoming_lines(items: list[Pending], today: date) -> list[Line]:
    out = []
    for p in items:
        t = p.schedule.template
        # A transfer moves money between own accounts: shown as it leaves the first one.
        amount = -t.amount if t.to_account_id is not None else t.amount
        out.append(
            Line(
                p.occurrence.due,
                p.schedule.name,
                Money(amount, p.schedule.currency),
                p.occurrence.due < today,
            )
        )
    return out


def refresh_panel(panel: UpcomingPanel, ledger: Ledger, today: date) -> None:
    try:
        items = schedule_service.upcoming(ledger, today)
    except Exception:
        log.exception("the upcoming scheduled transactions could not be read")
        return
    panel.set_lines(upcoming_lines(items[:MAX_ROWS], today), len(items))


def forecast_points(
    ledger: Ledger, today: date, after: date, step_days: int, months: int = FORECAST_MONTHS
) -> list[SeriesPoint]:
    """Projected net worth after ``after`` (the chart's last actual day) every ``step_days``,
    for ``months`` months from today; empty when there is nothing scheduled."""
    if not schedule_service.list_schedules(ledger):
        return []
    f = forecast_service.forecast(ledger, today, months)
    step = max(1, step_days)
    wanted = {after + timedelta(days=step * k) for k in range(1, 400)}
    last = f.days[-1]
    return [
        SeriesPoint(p.day, p.amount.amount, p.partial)
        for p in f.net_worth
        if p.day > after and (p.day in wanted or p.day == last)
    ]


def install(page: Any, layout: QVBoxLayout) -> UpcomingPanel:
    """Add the Upcoming panel to the dashboard ``page`` (under its charts)."""
    panel = UpcomingPanel()
    frame = page._panel(tr("Upcoming · next 30 days"), panel)
    frame.setMinimumHeight(0)
    layout.addWidget(frame)

    def open_schedules() -> None:
        from permoney_desktop.ui import schedule_actions

        actions = schedule_actions.controller(page.window())
        if actions is not None:
            actions.open_dialog()

    panel.open_requested.connect(open_schedules)
    page.upcoming_panel = panel
    return panel


def show(page: Any, period_end: date) -> None:
    """After the dashboard showed its figures: the panel afresh, and the forecast after the
    net-worth line when the period runs up to today."""
    today: date = page.today()
    panel = getattr(page, "upcoming_panel", None)
    if isinstance(panel, UpcomingPanel):
        refresh_panel(panel, page.ledger, today)
    chart = page.net_worth_chart
    points = chart.points()
    if len(points) < 2 or period_end < today:
        chart.set_forecast([])
        return
    step = (points[-1].day - points[-2].day).days
    # A third of the chart at most: a quarter ahead of a year, a month ahead of a quarter.
    months = max(1, min(FORECAST_MONTHS, (points[-1].day - points[0].day).days // 90))
    try:
        chart.set_forecast(forecast_points(page.ledger, today, points[-1].day, step, months))
    except Exception:
        log.exception("the net-worth forecast could not be computed")
        chart.set_forecast([])
