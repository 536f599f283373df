"""Reports: net worth, income vs expenses by month, spending by category and by merchant.

Each report is a chart with its table beside it and an export button that writes the table as
CSV with exact decimal amounts (the figures, not their display text). Figures come from
``services.metrics`` (the period's cached metrics and cached calendar months); nothing is
summed here except what the table needs to show the period's months side by side.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.changes import Changes
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.metrics import CategoryTotal, PeriodMetrics
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.periods import Period, PeriodName, last_day_of_month
from permoney_desktop.domain.spreadsheet_cells import spreadsheet_row
from permoney_desktop.services import metrics
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import preferences, theme
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.day_format import day_month, day_month_year, month_year
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.money_format import format_money, format_percent
from permoney_desktop.ui.pages.metric_reads import monthly_history, shared_cache
from permoney_desktop.ui.pages.page_top import PeriodPicker, align_labels, page_heading
from permoney_desktop.ui.widgets.charts import (
    AxisMoney,
    Bar,
    BarListChart,
    IncomeExpenseChart,
    LineChart,
    MonthPair,
    SeriesPoint,
)
from permoney_desktop.ui.widgets.table_model import Cell, RowsModel

log = logging.getLogger(__name__)

PERIOD_KEY = "reports/period"
DEFAULT_PERIOD = PeriodName.LAST_12_MONTHS
MAX_MONTHS = 120


def months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


class ReportSection(QFrame):
    """A titled chart with its table beside it and an Export CSV button."""

    def __init__(self, title: str, chart: QWidget, headers: Sequence[str]) -> None:
        super().__init__()
        self.setObjectName("report-section")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = title
        label = QLabel(title)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(font.Weight.DemiBold)
        label.setFont(font)
        self.export_button = QPushButton(tr("Export CSV…"))
        self.export_button.setAccessibleName(tr("Export {title} as CSV").format(title=title))
        self.export_button.clicked.connect(self._ask_export)
        self.chart = chart
        self.model = RowsModel(headers)
        self.model.money_font = theme.money_font()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("{title} table").format(title=title))
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        head = QHBoxLayout()
        head.addWidget(label)
        head.addStretch()
        head.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        self.setMinimumHeight(300)

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        """Show ``rows`` and widen the table so every column reads in full."""
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        width = self.table.horizontalHeader().length() + 2 * self.table.frameWidth()
        width += self.table.verticalScrollBar().sizeHint().width() + 4
        self.table.setMinimumWidth(min(width, 560))

    def _ask_export(self) -> None:
        name = self.title.lower().replace(" ", "-")
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export {title}").format(title=self.title),
            f"{name}.csv",
            tr("CSV files (*.csv)"),
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> int:
        """Write the table: exact values (decimal strings, ISO dates); returns rows written."""
        rows = self.model.rows()
        tmp = path.with_name(path.name + ".part")
        with tmp.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(spreadsheet_row(self.model.headers()))
            for row in rows:
                writer.writerow(spreadsheet_row(_export_value(c) for c in row))
        tmp.replace(path)  # nothing partially written
        return len(rows)


def _month_text(start: date, end: date) -> str:
    text = month_year(start)
    if end < last_day_of_month(start):
        text += tr(" (to {day})").format(day=day_month(end))
    return text


def _export_value(cell: Cell) -> str:
    value = cell.sort
    if value is None:
        return cell.text
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class ReportsPage(QWidget):
    filter_requested = Signal(object)  # services.metrics.CardFilter for a category/merchant row

    def __init__(
        self,
        ledger: Ledger,
        cache: Any = None,
        *,
        settings: QSettings | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page-reports")
        self.setAccessibleName(tr("Reports page"))
        self.ledger = ledger
        self.cache = cache if cache is not None else shared_cache(ledger)
        self.settings = settings or QSettings()
        self.today = today
        self._dirty = True
        preferences.follow_locale(self, self.relocale)
        self.dash: metrics.DashboardMetrics | None = None
        self._categories: list[CategoryTotal] = []

        self.period_picker = PeriodPicker(
            self.settings, PERIOD_KEY, DEFAULT_PERIOD, tr("Report period"), today=today
        )
        self.period_combo = self.period_picker.combo
        self.period_picker.changed.connect(self._on_period)

        heading = page_heading(tr("Reports"))
        self.range_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(heading, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        # A custom range's dates sit under the period list: the row's items align on top,
        # each label as tall as its neighbour so the texts still line up.
        period_label = QLabel(tr("Period:"))
        period_label.setBuddy(self.period_combo)
        align_labels(heading, self.range_label, period_label, self.period_combo)
        top.addWidget(self.range_label, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(period_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.period_picker, 0, Qt.AlignmentFlag.AlignTop)

        self.net_worth = ReportSection(
            tr("Net worth"),
            LineChart(),
            (tr("Month end"), tr("Assets"), tr("Owed"), tr("Net worth")),
        )
        self.income_expenses = ReportSection(
            tr("Income vs expenses"),
            IncomeExpenseChart(),
            (tr("Month"), tr("Income"), tr("Expenses"), tr("Net"), tr("Savings rate")),
        )
        self.by_category = ReportSection(
            tr("Spending by category"),
            BarListChart(max_rows=12),
            (tr("Category"), tr("Spent"), tr("Share")),
        )
        self.by_merchant = ReportSection(
            tr("Spending by merchant"),
            BarListChart(max_rows=10),
            (tr("Merchant"), tr("Spent"), tr("Share")),
        )
        self.sections = (self.net_worth, self.income_expenses, self.by_category, self.by_merchant)
        assert isinstance(self.by_category.chart, BarListChart)
        self.by_category.chart.bar_activated.connect(self._on_category)
        assert isinstance(self.by_merchant.chart, BarListChart)
        self.by_merchant.chart.bar_activated.connect(self._on_merchant)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(16, 12, 16, 16)
        inner_layout.setSpacing(12)
        inner_layout.addLayout(top)
        for section in self.sections:
            inner_layout.addWidget(section)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def period_name(self) -> PeriodName:
        return PeriodName(str(self.period_combo.currentData()))

    def _on_period(self) -> None:
        self.settings.setValue(PERIOD_KEY, self.period_name().value)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.reload()
        super().showEvent(event)

    def relocale(self) -> None:
        """The display locale changed: show the same figures in the new format."""
        self._dirty = True
        if self.isVisible():
            self.reload()

    def on_applied(self, applied: Applied) -> None:
        self.on_changes(applied.changes)

    def on_changes(self, changes: Changes) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload(fresh=True)

    def on_metrics_updated(self, periods: object = None) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self, *, fresh: bool = False) -> None:
        self._dirty = False
        custom = self.period_picker.custom_range()
        period = metrics.resolve_period(
            self.ledger,
            self.period_name(),
            today=self.today(),
            start=custom.start if custom else None,
            end=custom.end if custom else None,
        )
        dash = metrics.dashboard(self.ledger, self.cache, period, allow_stale=not fresh)
        months = min(MAX_MONTHS, months_between(period.start, period.end))
        history = monthly_history(self.ledger, self.cache, period.end, months, fresh=fresh)
        self.dash = dash
        self._show(period, dash, history)

    def _show(
        self, period: Period, dash: metrics.DashboardMetrics, history: Sequence[PeriodMetrics]
    ) -> None:
        cur = dash.currency
        colors = theme.palette()

        def money_cell(minor: int, *, bold: bool = False) -> Cell:
            m = Money.from_minor(minor, cur)
            return Cell(
                format_money(m),
                m.amount,
                colors.negative if minor < 0 else None,
                True,
                bold=bold,
            )

        def pct_cell(fraction: Decimal | None) -> Cell:
            if fraction is None:
                return Cell("—", None, None, True)
            return Cell(
                format_percent(fraction, 1),
                fraction,
                colors.negative if fraction < 0 else None,
                True,
            )

        self.range_label.setText(
            tr("{start} – {end} · amounts in {currency}").format(
                start=day_month_year(period.start), end=day_month_year(period.end), currency=cur
            )
        )
        fmt = lambda d: format_money(Money(d, cur))  # noqa: E731
        axis = AxisMoney(cur)
        for section in self.sections:
            section.chart.fmt = fmt  # type: ignore[attr-defined]
            section.chart.axis_fmt = axis  # type: ignore[attr-defined]

        # net worth: month ends
        nw_rows = []
        points = []
        for h in history:
            f = h.current
            month_end = h.period.end
            nw_rows.append(
                (
                    Cell(month_year(month_end), month_end),
                    money_cell(f.assets),
                    money_cell(f.owed),
                    money_cell(f.net_worth, bold=True),
                )
            )
            points.append(
                SeriesPoint(month_end, Money.from_minor(f.net_worth, cur).amount, f.levels_partial)
            )
        assert isinstance(self.net_worth.chart, LineChart)
        series_points = [
            SeriesPoint(d, Money.from_minor(v, cur).amount)
            for d, v in zip(dash.series_days, dash.cards["net_worth"].series, strict=False)
        ]
        self.net_worth.chart.set_points(series_points if len(series_points) > 1 else points)
        self.net_worth.set_rows(nw_rows)

        # income vs expenses by month
        ie_rows = []
        pairs = []
        for h in history:
            f = h.current
            ie_rows.append(
                (
                    Cell(_month_text(h.period.start, h.period.end), h.period.start),
                    money_cell(f.income),
                    money_cell(f.expenses),
                    money_cell(f.cash_flow, bold=True),
                    pct_cell(f.savings_rate),
                )
            )
            pairs.append(
                MonthPair(
                    h.period.start,
                    Money.from_minor(f.income, cur).amount,
                    Money.from_minor(f.expenses, cur).amount,
                )
            )
        assert isinstance(self.income_expenses.chart, IncomeExpenseChart)
        self.income_expenses.chart.set_months(pairs)
        self.income_expenses.set_rows(ie_rows)

        # spending by category (top-level with children indented in the table)
        roots = [c for c in dash.categories if c.kind is CategoryKind.EXPENSE and c.total > 0]
        roots.sort(key=lambda c: (-c.total, c.name))
        self._categories = roots
        total = sum(c.total for c in roots)
        cat_rows = []
        for c in roots:
            cat_rows.append(
                (
                    Cell(c.name + (" ⚠" if c.partial else ""), c.name, bold=True),
                    money_cell(c.total, bold=True),
                    pct_cell(Decimal(c.total) / Decimal(total) if total else None),
                )
            )
            for child in c.children:
                cat_rows.append(
                    (
                        Cell(f"    {child.name}", child.name),
                        money_cell(child.total),
                        pct_cell(Decimal(child.total) / Decimal(total) if total else None),
                    )
                )
        assert isinstance(self.by_category.chart, BarListChart)
        self.by_category.chart.set_bars(
            [Bar(c.name, Money.from_minor(c.total, cur).amount) for c in roots]
        )
        self.by_category.set_rows(cat_rows)

        merchants = list(dash.merchants)
        spent = sum(m.spent for m in merchants)
        merchant_rows = [
            (
                Cell(m.name, m.name),
                money_cell(m.spent),
                pct_cell(Decimal(m.spent) / Decimal(spent) if spent else None),
            )
            for m in merchants
        ]
        assert isinstance(self.by_merchant.chart, BarListChart)
        self.by_merchant.chart.set_bars(
            [Bar(m.name, Money.from_minor(m.spent, cur).amount) for m in merchants]
        )
        self.by_merchant.set_rows(merchant_rows)

    def _on_category(self, index: int) -> None:
        if self.dash is not None and 0 <= index < len(self._categories):
            self.filter_requested.emit(
                metrics.category_filter(self.dash.period, self._categories[index])
            )

    def _on_merchant(self, index: int) -> None:
        if self.dash is not None and 0 <= index < len(self.dash.merchants):
            self.filter_requested.emit(
                metrics.merchant_filter(self.dash.period, self.dash.merchants[index].id)
            )
