"""The dashboard: metric cards for the chosen period, net worth over time, spending by category.

Figures come from ``services.metrics`` (``dashboard`` for the period, cached monthly periods for
the flow cards' 12-month sparklines); this page only formats them. After a write
(``on_changes``) the flow figures are recomputed for the book as it now is and shown
*provisional*; net worth, assets and owed are taken from the GUI's optimistic ``BalanceBook``
(E1), because the materialized balances the metrics read are the worker's to rewrite. When the
worker reports ``metrics_updated`` the page reloads and the figures turn *confirmed*: equal
values change nothing but the state dot. The period choice is kept in QSettings; a refresh
never resets it. Clicking a card emits ``filter_requested`` with the service's ``CardFilter``
for exactly what the card counts.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.periods import (
    Period,
    PeriodName,
    last_day_of_month,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import preferences, theme
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.first_paint import is_painted, paint_gate
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.pages import dashboard_budget, dashboard_upcoming
from permoney_desktop.ui.pages.dashboard_cards import (
    _LEVEL_CARDS,
    _LOADING_TITLES,
    CARD_ORDER,
    LOADING_TEXT,
    NO_DATA_TEXT,
    Formatter,
    _expense_roots,
    build_cards,
)
from permoney_desktop.ui.pages.metric_reads import (
    monthly_history,
    shared_cache,
)
from permoney_desktop.ui.pages.page_top import PeriodPicker, align_labels, page_heading
from permoney_desktop.ui.widgets.charts import (
    AxisMoney,
    Bar,
    BarListChart,
    LineChart,
    SeriesPoint,
)
from permoney_desktop.ui.widgets.metric_card import (
    CardData,
    FigureState,
    MetricCard,
    card_grid_columns,
)

if TYPE_CHECKING:
    from permoney_desktop.domain.metrics import PeriodMetrics
    from permoney_desktop.services import metrics
else:  # imported on first use (by the first load, off the GUI thread): see ui.lazy_import
    metrics = lazy_module("permoney_desktop.services.metrics")


log = logging.getLogger(__name__)

PERIOD_KEY = "dashboard/period"
DEFAULT_PERIOD = PeriodName.LAST_3_MONTHS
FIRST_PAINT_WAIT_S = 3.0


class OptimisticBalances(Protocol):
    """What the page needs of E1's ``BalanceBook`` (provisional levels after a write)."""

    def total(
        self,
        accounts: Any = None,
        *,
        classification: Classification | None = None,
        day: date | None = None,
    ) -> Any: ...


# A write's days are patched into the figures in its own turn when they are this few; more
# (an import, a change years back) are recomputed off the GUI thread instead.
MAX_PATCHED_DAYS = 62


def last_whole_month_end(day: date) -> date:
    """Sparklines use whole months: a month-to-date bar would read as a sudden drop."""
    if day == last_day_of_month(day):
        return day
    return day.replace(day=1) - timedelta(days=1)


class DashboardPage(QWidget):
    filter_requested = Signal(object)  # services.metrics.CardFilter
    period_changed = Signal(str)

    def __init__(
        self,
        ledger: Ledger,
        cache: Any = None,
        *,
        balances: OptimisticBalances | None = None,
        settings: QSettings | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page-dashboard")
        self.setAccessibleName(tr("Dashboard page"))
        self.ledger = ledger
        # The book's shared cache is opened by the first load (off the GUI thread at start-up).
        self._cache = cache
        self.balances = balances
        self.settings = settings or QSettings()
        self.today = today
        self.dash: metrics.DashboardMetrics | None = None
        # Set by the main window (``run(fn, done, failed)``): the first load runs off the GUI
        # thread; without it (tests, scripts) loads are synchronous.
        self.background: Any = None
        self.loading = False
        self._generation = 0
        # Days changed by writes not shown yet (None: some write's days are unknown).
        self._pending_days: set[date] | None = set()
        self.provisional = False
        self._dirty = True
        self.loads = 0
        self.cards: dict[str, MetricCard] = {}
        self._columns = 0

        self.period_picker = PeriodPicker(
            self.settings, PERIOD_KEY, DEFAULT_PERIOD, tr("Period"), today=today
        )
        self.period_combo = self.period_picker.combo
        self.period_picker.changed.connect(self._on_period_chosen)

        heading = page_heading(tr("Dashboard"))
        self.range_label = QLabel()
        self.range_label.setObjectName("dashboard-range")
        # Wraps in a narrow window: on one line it made the page scroll sideways at 1024 px.
        self.range_label.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("dashboard-notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        period_label = QLabel(tr("Period:"))
        period_label.setBuddy(self.period_combo)
        top = QHBoxLayout()
        top.addWidget(heading, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        # A custom range's dates sit under the period list: the row's items align on top,
        # each label as tall as its neighbour so the texts still line up.
        align_labels(heading, self.range_label, period_label, self.period_combo)
        top.addWidget(self.range_label, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(period_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.period_picker, 0, Qt.AlignmentFlag.AlignTop)

        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        for key in CARD_ORDER:
            card = MetricCard()
            card.setObjectName(f"card-{key}")
            card.activated.connect(self.filter_requested)
            card.hide()
            self.cards[key] = card

        self.net_worth_chart = LineChart()
        self.category_chart = BarListChart(max_rows=8)
        self.category_chart.bar_activated.connect(self._on_category_bar)
        charts = QHBoxLayout()
        charts.setSpacing(12)
        charts.addWidget(self._panel(tr("Net worth over time"), self.net_worth_chart), 3)
        charts.addWidget(self._panel(tr("Spending by category"), self.category_chart), 2)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(16, 12, 16, 16)
        inner_layout.setSpacing(12)
        inner_layout.addLayout(top)
        inner_layout.addWidget(self.notice)
        inner_layout.addLayout(self.grid)
        inner_layout.addLayout(charts, 1)
        dashboard_upcoming.install(self, inner_layout)  # scheduled transactions, next 30 days
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self._reflow(force=True)
        preferences.follow_locale(self, self.relocale)

    @property
    def cache(self) -> Any:
        if self._cache is None:
            self._cache = shared_cache(self.ledger)
        return self._cache

    def _panel(self, title: str, body: QWidget) -> QWidget:
        panel = QFrame()
        panel.setObjectName("dashboard-panel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        panel.setMinimumHeight(260)
        label = QLabel(title)
        font = label.font()
        font.setWeight(font.Weight.DemiBold)
        label.setFont(font)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(label)
        layout.addWidget(body, 1)
        return panel

    # -- period -----------------------------------------------------------------------------

    def period_name(self) -> PeriodName:
        return PeriodName(str(self.period_combo.currentData()))

    def set_period(self, name: PeriodName | str) -> None:
        index = self.period_combo.findData(PeriodName(name).value)
        if index >= 0:
            self.period_combo.setCurrentIndex(index)

    def _on_period_chosen(self) -> None:
        self.settings.setValue(PERIOD_KEY, self.period_name().value)
        self.period_changed.emit(self.period_name().value)
        self.reload()

    def resolved_period(self) -> Period:
        custom = self.period_picker.custom_range()
        return metrics.resolve_period(
            self.ledger,
            self.period_name(),
            today=self.today(),
            start=custom.start if custom else None,
            end=custom.end if custom else None,
        )

    # -- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            if self.provisional and self._pending_days:
                self.reload(fresh=True, days=self._pending_days)
            elif self.background is not None:
                # The first load starts once the window has painted: importing and computing
                # the metrics would otherwise hold the GIL while the first frame is drawn.
                first = self.dash is None and not is_painted(self.window())
                gate = paint_gate(self.window()) if first else None
                self._reload_in_background(fresh=self.provisional, after=gate)
            else:
                self.reload(fresh=self.provisional)
        super().showEvent(event)

    def _reload_in_background(
        self, *, fresh: bool = False, after: threading.Event | None = None
    ) -> None:
        """Read (or compute) the figures on a pool thread, so the window never waits: at
        start-up (a cache miss computes there too), or after writes too many days apart to
        patch. Meanwhile net worth, assets and owed already show the optimistic levels.
        ``after``: the pool thread waits for it first (at most ``FIRST_PAINT_WAIT_S``)."""
        self._dirty = False
        self._pending_days = set()
        self._generation += 1
        generation = self._generation
        self.loading = True
        if self.dash is None:
            self._set_text(self.range_label, tr("Loading figures…"))
            self._show_loading()
        elif self.provisional:
            self._show_levels_now()
        ledger, own_cache, today, name = self.ledger, self._cache, self.today(), self.period_name()
        custom = self.period_picker.custom_range()

        def load() -> tuple[metrics.DashboardMetrics, list[PeriodMetrics]]:
            if after is not None:
                after.wait(FIRST_PAINT_WAIT_S)
            cache = own_cache if own_cache is not None else shared_cache(ledger)
            period = metrics.resolve_period(
                ledger,
                name,
                today=today,
                start=custom.start if custom else None,
                end=custom.end if custom else None,
            )
            dash = metrics.dashboard(ledger, cache, period, allow_stale=not fresh)
            dash = dashboard_budget.attach(ledger, cache, dash)
            end = last_whole_month_end(period.end)
            return dash, monthly_history(ledger, cache, end, fresh=fresh)

        def done(result: tuple[metrics.DashboardMetrics, list[PeriodMetrics]]) -> None:
            if generation != self._generation:
                return  # a newer load (a write, a period change) already showed its figures
            self.loading = False
            self.loads += 1
            dash, history = result
            self.dash = dash
            cards = build_cards(dash, history, provisional=self.provisional)
            if self.provisional and self.balances is not None:
                cards = self._with_optimistic_levels(cards, dash.period)
            self._show(dash, cards)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
                self._end_loading()
                self._show_notice(
                    tr(
                        "The dashboard figures could not be computed ({error}). Your data is "
                        "safe; try Sync now (F5), or see the Health page."
                    ).format(error=say(exc))
                )

        self.background.run(load, done, failed)

    def refresh(self) -> None:
        """Reload the figures for the chosen period (the choice itself is never reset)."""
        self.reload()

    def reload(self, *, fresh: bool = False, days: Collection[date] | None = None) -> None:
        """Load and show the figures; ``fresh`` recomputes what the book changed since they
        were cached, ``days`` (a write's days, with ``fresh``) patches just those in."""
        self._dirty = False
        self._pending_days = set()
        self.loads += 1
        self._generation += 1
        self.loading = False
        try:
            period = self.resolved_period()
            end = last_whole_month_end(period.end)
            if fresh and days:
                dash = metrics.provisional_dashboard(self.ledger, self.cache, period, days)
                history = monthly_history(self.ledger, self.cache, end, days=days)
            else:
                dash = metrics.dashboard(self.ledger, self.cache, period, allow_stale=not fresh)
                history = monthly_history(self.ledger, self.cache, end, fresh=fresh)
            dash = dashboard_budget.attach(self.ledger, self.cache, dash)
        except Exception as exc:  # a broken cache or book must not take the window down
            log.exception("dashboard figures could not be loaded")
            self._show_notice(
                tr(
                    "The dashboard figures could not be computed ({error}). Your data is "
                    "safe; try Sync now (F5), or see the Health page."
                ).format(error=say(exc))
            )
            return
        self.dash = dash
        cards = build_cards(dash, history, provisional=self.provisional)
        if self.provisional and self.balances is not None:
            cards = self._with_optimistic_levels(cards, period)
        self._show(dash, cards)

    def _show_loading(self) -> None:
        for key, card in self.cards.items():
            card.update_from(
                CardData(key, tr(_LOADING_TITLES.get(key, "")), "…", state_note=tr(LOADING_TEXT))
            )
            card.show()
        for chart in (self.net_worth_chart, self.category_chart):
            chart.empty_text = tr(LOADING_TEXT)
            chart.update()
        self._reflow(force=True)

    def _end_loading(self) -> None:
        """Back from the placeholders: charts say "no data" again; with no figures to show
        (a failed load) the placeholder cards go."""
        for chart in (self.net_worth_chart, self.category_chart):
            if chart.empty_text != tr(NO_DATA_TEXT):
                chart.empty_text = tr(NO_DATA_TEXT)
                chart.update()
        if self.dash is None:
            for card in self.cards.values():
                card.hide()
            self._reflow(force=True)

    def _show_levels_now(self) -> None:
        """Net worth, assets and owed from the optimistic balances at once; the flow cards
        keep their figures, marked provisional, until the recomputed ones arrive."""
        if self.dash is None:
            return
        note = tr("Provisional: being recomputed after your edit.")
        shown = {k: c.data() for k, c in self.cards.items()}
        cards = {
            k: d
            if k in _LEVEL_CARDS or d.state is FigureState.PARTIAL
            else replace(d, state=FigureState.PROVISIONAL, state_note=note)
            for k, d in shown.items()
            if d is not None
        }
        if self.balances is not None:
            cards = self._with_optimistic_levels(cards, self.dash.period)
        for key, data in cards.items():
            self.cards[key].update_from(data)

    def _with_optimistic_levels(
        self, cards: dict[str, CardData], period: Period
    ) -> dict[str, CardData]:
        assert self.balances is not None
        fmt = Formatter(self.dash.currency if self.dash else "USD")
        figures = {
            "net_worth": self.balances.total(day=period.end),
            "assets": self.balances.total(classification=Classification.ASSET, day=period.end),
            "owed": self.balances.total(classification=Classification.LIABILITY, day=period.end),
        }
        for key, fig in figures.items():
            card = cards.get(key)
            if card is None or fig is None:
                continue
            state = {0: FigureState.CONFIRMED, 1: FigureState.PROVISIONAL}.get(
                int(fig.state), FigureState.PARTIAL
            )
            if state is FigureState.CONFIRMED:
                continue
            note = fig.tooltip() if hasattr(fig, "tooltip") else ""
            cards[key] = replace(
                card,
                value_text=fmt.money(fig.minor),
                value=Money.from_minor(fig.minor, str(fig.currency)).amount,
                negative=fig.minor < 0,
                state=state,
                state_note=note or card.state_note,
            )
        return cards

    def _show(self, dash: metrics.DashboardMetrics, cards: dict[str, CardData]) -> None:
        self._end_loading()
        fmt = Formatter(dash.currency)
        period = dash.period
        compared = (
            tr(" · compared with {span}").format(
                span=fmt.span(period.previous.start, period.previous.end)
            )
            if period.previous
            else ""
        )
        self._set_text(self.range_label, f"{fmt.span(period.start, period.end)}{compared}")
        notes = []
        if dash.missing_rates:
            missing = "; ".join(dash.missing_rates[:3]) + (
                " …" if len(dash.missing_rates) > 3 else ""
            )
            notes.append(
                tr(
                    "⚠ Some figures are partial: {missing}. Add the missing exchange rates to "
                    "complete them."
                ).format(missing=missing)
            )
        if dash.cache_degraded:
            notes.append(
                tr(
                    "The metrics cache is not working ({error}); figures are computed on demand."
                ).format(error=dash.cache_degraded)
            )
        self._show_notice(" ".join(notes))
        for key, card in self.cards.items():
            data = cards.get(key)
            if data is None:
                card.hide()
                continue
            card.update_from(data)
            card.show()
        nw = cards.get("net_worth")
        series = dash.cards["net_worth"].series if "net_worth" in dash.cards else ()
        partial = bool(nw is not None and nw.state is FigureState.PARTIAL)
        self.net_worth_chart.fmt = lambda d: format_money(Money(d, dash.currency))
        self.net_worth_chart.axis_fmt = AxisMoney(dash.currency)
        self.net_worth_chart.set_points(
            [
                SeriesPoint(day, Money.from_minor(v, dash.currency).amount, partial)
                for day, v in zip(dash.series_days, series, strict=False)
            ]
        )
        dashboard_upcoming.show(self, period.end)  # the forecast continues the line, dashed
        self._roots = _expense_roots(dash.categories)[: self.category_chart.max_rows]
        self.category_chart.fmt = lambda d: format_money(Money(d, dash.currency))
        self.category_chart.set_bars(
            [
                Bar(
                    c.name,
                    Money.from_minor(c.total, dash.currency).amount,
                    note=tr("⚠ partial: {missing}").format(
                        missing="; ".join(sorted(str(m) for m in c.missing))
                    )
                    if c.partial
                    else tr("Click to open these entries in the register"),
                )
                for c in self._roots
            ]
        )
        self._reflow(force=True)

    def _show_notice(self, text: str) -> None:
        self._set_text(self.notice, text)
        self.notice.setStyleSheet(f"color: {theme.css_color(theme.palette().amber)};")
        self.notice.setVisible(bool(text))

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)

    def _on_category_bar(self, index: int) -> None:
        if self.dash is None or not (0 <= index < len(self._roots)):
            return
        self.filter_requested.emit(metrics.category_filter(self.dash.period, self._roots[index]))

    # -- live updates -----------------------------------------------------------------------

    def on_applied(self, applied: Applied) -> None:
        """The change bus's record of a write: its touched days let the flow cards be patched
        in this turn."""
        self.on_changes(applied.changes, applied.days)

    def on_changes(self, changes: Changes, days: Collection[date] | None = None) -> None:
        """After a write: figures for the book as it now is, provisional until confirmed.

        ``days`` (every day the write changed, when known) lets the flow figures be patched
        in this turn instead of recomputed from the whole book."""
        money_kinds = {
            ChangeKind.ENTRIES,
            ChangeKind.ACCOUNTS,
            ChangeKind.CATEGORIES,
            ChangeKind.RATES,
            ChangeKind.BUDGETS,
            ChangeKind.GOALS,
            ChangeKind.SETTINGS,
        }
        if not (changes.kinds & money_kinds or changes.dirty_from):
            return
        self.provisional = True
        patchable = days is not None and changes.kinds <= {ChangeKind.ENTRIES}
        if self._pending_days is not None:
            self._pending_days = self._pending_days | set(days or ()) if patchable else None
        pending = self._pending_days
        if pending is not None and len(pending) > MAX_PATCHED_DAYS:
            pending = self._pending_days = None
        if not self.isVisible():
            self._dirty = True  # hidden views catch up when shown
        elif pending:
            self.reload(fresh=True, days=pending)
        elif self.background is not None:
            self._reload_in_background(fresh=True)
        else:
            self.reload(fresh=True)

    def on_metrics_updated(self, periods: object = None) -> None:
        """The worker refreshed the cached figures: show them as confirmed."""
        self.provisional = False
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def relocale(self) -> None:
        """The display locale changed: show the same figures in the new format."""
        if self.isVisible():
            self.reload(fresh=self.provisional)
        else:
            self._dirty = True

    def connect_bus(self, change_bus: Any = None, bridge: Any = None) -> None:
        """Convenience: ``ChangeBus.applied`` and ``metrics_updated``."""
        if change_bus is not None:
            change_bus.applied.connect(self.on_applied)
        if bridge is not None:
            bridge.metrics_updated.connect(self.on_metrics_updated)

    # -- layout -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self, force: bool = False) -> None:
        keys = [k for k in CARD_ORDER if not self.cards[k].isHidden()] or list(CARD_ORDER)
        width = (
            self.scroll_area.viewport().width() - 32
            if hasattr(self, "scroll_area")
            else self.width()
        )
        cols = card_grid_columns(width, max(1, len(keys)))
        if cols == self._columns and not force:
            return
        self._columns = cols
        for key in CARD_ORDER:
            self.grid.removeWidget(self.cards[key])
        for i, key in enumerate(keys):
            self.grid.addWidget(self.cards[key], i // cols, i % cols)
        for c in range(4):
            self.grid.setColumnStretch(c, 1 if c < cols else 0)

    def columns(self) -> int:
        return self._columns
