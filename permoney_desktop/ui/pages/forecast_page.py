"""The Forecast page: one account's balance over the last months and its dashed forecast for
the next 1, 3, 6 or 12 months (schedules, and the budgets when asked), with the balance at each
month's end. The figures are ``services.forecast.forecast``'s, the same as ``permoney
forecast --account A --months N [--with-budgets]``; nothing here is ever stored."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.periods import last_day_of_month
from permoney_desktop.ui import preferences, theme
from permoney_desktop.ui.day_format import format_day
from permoney_desktop.ui.first_paint import paint_gate
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.pages.page_top import page_heading
from permoney_desktop.ui.widgets.charts import AxisMoney, LineChart, SeriesPoint

if TYPE_CHECKING:
    from permoney_desktop.services import balances as balance_service
    from permoney_desktop.services import forecast as forecast_service
    from permoney_desktop.services.forecast import AccountForecast
    from permoney_desktop.services.forecast_budgets import BudgetBasis
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.ui.background import Background
else:
    balance_service = lazy_module("permoney_desktop.services.balances")
    forecast_service = lazy_module("permoney_desktop.services.forecast")

log = logging.getLogger(__name__)

HORIZONS = (1, 3, 6, 12)
MONTHS_KEY = "forecast/months"
PAINT_WAIT_S = 3.0  # at most, as the dashboard's first read (a window opened minimised)
BUDGETS_KEY = "forecast/with_budgets"
ACCOUNT_KEY = "forecast/account"


@dataclass(frozen=True)
class ForecastView:
    """What the page shows, read off the GUI thread."""

    accounts: list[tuple[int, str]]  # open accounts, in list order
    account: AccountForecast | None
    days: list[date]
    history: list[SeriesPoint]
    basis: BudgetBasis | None  # how the budgets were counted, when they were


def read_view(
    ledger: Ledger, account_id: int | None, today: date, months: int, with_budgets: bool
) -> ForecastView:
    """The open accounts and, for ``account_id`` (else the first), its past ``months`` of
    daily balances and its forecast ``months`` ahead."""
    listed = [b for b in balance_service.balances_on(ledger, today) if not b.archived]
    accounts = [(int(b.account_id), b.name) for b in listed]
    ids = [a for a, _n in accounts]
    if not ids:
        return ForecastView([], None, [], [], None)
    chosen = account_id if account_id in ids else ids[0]
    f = forecast_service.forecast(ledger, today, months, [chosen], with_budgets=with_budgets)
    account = f.accounts[0] if f.accounts else None
    history: list[SeriesPoint] = []
    if account is not None:
        start = today - relativedelta(months=months)
        series = balance_service.daily_series(ledger, [chosen], start, today)
        history = [
            SeriesPoint(p.day, Money.from_minor(p.minor, account.currency).amount, p.partial)
            for p in series.get(account.account_id, [])
        ]
    return ForecastView(accounts, account, f.days, history, f.budget_basis)


def month_ends(days: list[date], levels: list[int]) -> list[tuple[date, int]]:
    """Today, each month's last day after it, and the horizon's last day, with their levels."""
    if not days:
        return []
    out = [(days[0], levels[0])]
    for d, level in zip(days[1:], levels[1:], strict=True):
        if d == last_day_of_month(d) or d == days[-1]:
            out.append((d, level))
    return out


def note_lines(basis: BudgetBasis | None) -> list[str]:
    """What the dashed line counts, and with budgets how their spending is spread and where."""
    if basis is None:
        return [tr("Dashed: today's balance plus the scheduled transactions still to come.")]
    lines = [
        tr(
            "Dashed: today's balance plus the scheduled transactions still to come and the "
            "budgets' expected spending."
        ),
        tr(
            "Budgets: what is left of this month's budget and each later month's budget (a "
            "month with no budget repeats the last budgeted one), less what schedules already "
            "spend in the category, spread evenly over the month's remaining days."
        ),
    ]
    if basis.account:
        lines.append(tr("Budget spending is counted on {account}.").format(account=basis.account))
    elif not basis.placed:
        lines.append(
            tr(
                "No {currency} account has spending in the last {days} days: budget spending "
                "is left out."
            ).format(currency=basis.base, days=basis.days)
        )
    elif basis.fallback:
        lines.append(
            tr(
                "Each category's budget spending is counted on the {currency} account most of "
                "its spending came from in the last {days} days, else on {account}."
            ).format(currency=basis.base, days=basis.days, account=basis.fallback)
        )
    return lines


class ForecastPage(QWidget):
    def __init__(
        self,
        ledger: Ledger,
        *,
        today: Callable[[], date] = date.today,
        background: Background | None = None,
        settings: QSettings | None = None,
        painted: threading.Event | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page-forecast")
        self.setAccessibleName(tr("Forecast page"))
        self.ledger = ledger
        self.today = today
        self.background = background
        self.settings = settings or QSettings()
        self.painted = painted  # the first read waits for the window's first paint
        self.view: ForecastView | None = None
        self._generation = 0
        self._stale = True
        self._build()
        # Dates and money are formatted into the table and summary once per read: a locale
        # chosen in Settings re-formats the shown view at once, as the register and dashboard.
        preferences.follow_locale(self, self.relocale)
        self.reload()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addLayout(self._build_top())
        self._build_body(outer)
        self.setTabOrder(self.account_combo, self.horizon_combo)
        self.setTabOrder(self.horizon_combo, self.budgets_box)
        self.setTabOrder(self.budgets_box, self.table)
        self.account_combo.activated.connect(self._on_choice)
        self.horizon_combo.activated.connect(self._on_choice)
        self.budgets_box.toggled.connect(self._on_choice)

    def _build_top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        top.addWidget(page_heading(tr("Forecast")))
        top.addSpacing(16)
        self.account_combo = QComboBox()
        self.account_combo.setAccessibleName(tr("Forecast account"))
        self.account_combo.setMinimumContentsLength(14)
        self.account_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.horizon_combo = QComboBox()
        self.horizon_combo.setAccessibleName(tr("Forecast horizon"))
        for n in HORIZONS:
            self.horizon_combo.addItem(tr("%n month(s)", None, n), n)
        saved = int(str(self.settings.value(MONTHS_KEY, 3) or 3))
        self.horizon_combo.setCurrentIndex(max(0, self.horizon_combo.findData(saved)))
        self.budgets_box = QCheckBox(tr("Include &budgets"))
        self.budgets_box.setToolTip(
            tr("Also count the budgets' expected spending (how: said under the chart)")
        )
        self.budgets_box.setChecked(str(self.settings.value(BUDGETS_KEY, "false")) == "true")
        account_label = QLabel(tr("&Account"))
        account_label.setBuddy(self.account_combo)
        horizon_label = QLabel(tr("&Months ahead"))
        horizon_label.setBuddy(self.horizon_combo)
        for widget in (account_label, self.account_combo, horizon_label, self.horizon_combo):
            top.addWidget(widget)
        top.addSpacing(8)
        top.addWidget(self.budgets_box)
        top.addStretch(1)
        return top

    def _build_body(self, outer: QVBoxLayout) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("forecast-summary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.chart = LineChart()
        self.chart.setAccessibleName(tr("Balance: actual and forecast (dashed)"))
        self.chart.empty_text = tr("No balances to forecast yet")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("forecast-month-ends")
        self.table.setAccessibleName(tr("Forecast balance at each month's end"))
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("Balance")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(260)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 300])
        outer.addWidget(split, 1)
        self.note = QLabel()
        self.note.setObjectName("forecast-note")
        self.note.setWordWrap(True)
        outer.addWidget(self.note)

    # -- choices and reads -------------------------------------------------------------------

    @property
    def months(self) -> int:
        return int(self.horizon_combo.currentData() or 3)

    @property
    def with_budgets(self) -> bool:
        return self.budgets_box.isChecked()

    def account_id(self) -> int | None:
        data = self.account_combo.currentData()
        if data is not None:
            return int(data)
        saved = self.settings.value(ACCOUNT_KEY)
        return None if saved in (None, "") else int(str(saved))

    def select_account(self, account_id: int | None) -> None:
        """Show ``account_id``'s forecast (the window passes the register's account)."""
        if account_id is None or account_id == self.account_id():
            return
        self.settings.setValue(ACCOUNT_KEY, int(account_id))
        index = self.account_combo.findData(int(account_id))
        if index >= 0:
            self.account_combo.setCurrentIndex(index)
        self.reload()

    def _on_choice(self, *_args: Any) -> None:
        self.settings.setValue(MONTHS_KEY, self.months)
        self.settings.setValue(BUDGETS_KEY, "true" if self.with_budgets else "false")
        account = self.account_combo.currentData()
        if account is not None:
            self.settings.setValue(ACCOUNT_KEY, int(account))
        self.reload()

    def reload(self) -> None:
        """Read the forecast afresh (off the GUI thread when the page has a runner)."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        args = (self.ledger, self.account_id(), self.today(), self.months, self.with_budgets)

        def done(view: ForecastView) -> None:
            if generation == self._generation:
                self.show_view(view)

        def failed(_error: BaseException) -> None:
            self.summary.setText(tr("The forecast could not be computed (see the log)."))

        def read() -> ForecastView:
            if self.painted is not None:
                self.painted.wait(PAINT_WAIT_S)
            return read_view(*args)

        if self.background is None:
            done(read_view(*args))
        else:
            self.background.run(read, done, failed)

    def on_changed(self, *_args: Any) -> None:
        """After a write or the worker's confirmation: read again now if shown, else on show."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- showing ---------------------------------------------------------------------------

    def relocale(self) -> None:
        """Show the same view again in the display locale now in force."""
        if self.view is not None:
            self.show_view(self.view)

    def _fill_accounts(self, accounts: list[tuple[int, str]], chosen: int | None) -> None:
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        for account_id, name in accounts:
            self.account_combo.addItem(name, account_id)
        index = self.account_combo.findData(chosen)
        self.account_combo.setCurrentIndex(max(0, index))
        self.account_combo.blockSignals(False)

    def show_view(self, view: ForecastView) -> None:
        self.view = view
        account = view.account
        self._fill_accounts(view.accounts, None if account is None else int(account.account_id))
        if account is None:
            self.chart.set_points([])
            self.chart.set_forecast([])
            self.table.setRowCount(0)
            self.summary.setText(tr("Add an account to see its forecast."))
            self.note.setText("")
            return
        cur = account.currency
        self.chart.fmt = lambda d: format_money(Money(d, cur))
        self.chart.axis_fmt = AxisMoney(cur)
        self.chart.set_points(view.history)
        self.chart.set_forecast(
            [
                SeriesPoint(d, Money.from_minor(level, cur).amount)
                for d, level in zip(view.days[1:], account.levels[1:], strict=True)
            ]
        )
        ends = month_ends(view.days, account.levels)
        self.table.setRowCount(len(ends))
        colors = theme.palette()
        for row, (d, level) in enumerate(ends):
            text = tr("{day} · today").format(day=format_day(d)) if row == 0 else format_day(d)
            when = QTableWidgetItem(text)
            money = QTableWidgetItem(format_money(Money.from_minor(level, cur)))
            money.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            money.setFont(theme.money_font())
            if level < 0:
                money.setForeground(colors.negative)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, money)
        self.summary.setText(self._summary(account, view.days))
        self.note.setText("\n".join(note_lines(view.basis)))
        self.note.setStyleSheet(f"color: {colors.muted.name()}")

    def _summary(self, account: AccountForecast, days: list[date]) -> str:
        cur = account.currency
        end = format_money(Money.from_minor(account.levels[-1], cur))
        # The worst day: the lowest balance, or for a debt the most owed (the first such day).
        liability = account.kind.classification is Classification.LIABILITY
        worst = (max if liability else min)(range(len(days)), key=lambda i: account.levels[i])
        value = format_money(Money.from_minor(account.levels[worst], cur))
        text = (
            tr("{account}: {amount} owed on {day} · most owed {worst} on {worst_day}")
            if liability
            else tr("{account}: {amount} on {day} · lowest {worst} on {worst_day}")
        )
        return text.format(
            account=account.name,
            amount=end,
            day=format_day(days[-1]),
            worst=value,
            worst_day=format_day(days[worst]),
        )


def for_window(window: Any) -> ForecastPage:
    """The page wired to a main window (kept here so the window only names the page)."""
    page = ForecastPage(window.ledger, background=window.background, painted=paint_gate(window))
    window.bus.applied.connect(page.on_changed)
    window.bridge.metrics_updated.connect(page.on_changed)
    return page
