"""Custom date ranges in the dashboard and reports period pickers, on a real book: the figures
are exactly that range's, compared with the range of equal length just before; a range that
ends before it starts is refused in words; the choice is remembered."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.domain.periods import PeriodName
from permoney_desktop.services import accounts, categories, entries, materialize
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.pages import dashboard_page, reports_page
from permoney_desktop.ui.pages.dashboard_page import DashboardPage
from permoney_desktop.ui.pages.page_top import CUSTOM_LABEL
from permoney_desktop.ui.pages.reports_page import ReportsPage

TODAY = date(2026, 3, 20)
START, END = date(2026, 2, 10), date(2026, 3, 1)  # 20 days
PREVIOUS = (date(2026, 1, 21), date(2026, 2, 9))  # the 20 days before


@pytest.fixture
def book(ledger: Ledger) -> Ledger:
    """Income and spending every 3 days, an amount that differs per day, over three months."""
    checking, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance=1000, opening_date=date(2026, 1, 1)
    )
    salary, _ = categories.create_category(ledger, "Salary", CategoryKind.INCOME)
    food, _ = categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    for i in range(0, 78, 3):
        day = date(2026, 1, 1) + timedelta(days=i)
        for amount, cat in ((Decimal(100 + i), salary), (Decimal(-(10 + i)), food)):
            entries.add_entry(
                ledger, NewEntry(AccountId(checking), day, amount, category_id=CategoryId(cat))
            )
    materialize.sync_pending(ledger)
    return ledger


def _sums(start: date, end: date) -> tuple[Decimal, Decimal]:
    """(income, spending) over start…end straight from the rows the fixture wrote."""
    income = spending = Decimal(0)
    for i in range(0, 78, 3):
        day = date(2026, 1, 1) + timedelta(days=i)
        if start <= day <= end:
            income += 100 + i
            spending += 10 + i
    return income, spending


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def _dashboard(qtbot: QtBot, ledger: Ledger, settings: QSettings) -> DashboardPage:
    page = DashboardPage(ledger, settings=settings, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    return page


def test_dashboard_custom_range_is_exact_and_compared_with_the_range_before(
    qtbot: QtBot, book: Ledger, tmp_path: Path
) -> None:
    settings = _settings(tmp_path)
    page = _dashboard(qtbot, book, settings)
    picker = page.period_picker
    assert not picker.start_edit.isVisibleTo(page)  # dates only for a custom range
    with qtbot.waitSignal(page.period_changed):
        assert picker.set_custom_range(START, END)
    assert picker.start_edit.isVisibleTo(page) and picker.end_edit.isVisibleTo(page)
    assert page.period_combo.currentText() == CUSTOM_LABEL
    assert page.dash is not None
    period = page.dash.period
    assert (period.start, period.end) == (START, END)
    assert period.previous is not None
    assert (period.previous.start, period.previous.end) == PREVIOUS
    income, spending = _sums(START, END)
    before_income, _before_spending = _sums(*PREVIOUS)
    assert page.cards["income"].value.text() == f"${income:,.2f}"
    assert page.cards["expenses"].value.text() == f"${spending:,.2f}"
    change = (income - before_income) / before_income * 100
    arrow = "▲" if change > 0 else "▼"
    assert page.cards["income"].change.text() == f"{arrow} {abs(change):.1f}%"
    assert page.range_label.text() == "10 Feb – 1 Mar 2026 · compared with 21 Jan – 9 Feb 2026"
    assert len(page.net_worth_chart.points()) == 20  # one point per day of the range
    # Remembered: a new page opens on the same range.
    assert settings.value(dashboard_page.PERIOD_KEY) == "custom"
    again = _dashboard(qtbot, book, settings)
    assert again.period_name() is PeriodName.CUSTOM
    assert again.dash is not None and (again.dash.period.start, again.dash.period.end) == (
        START,
        END,
    )
    # Back to a named period: the dates hide, the named range is used.
    page.set_period("this_month")
    assert not picker.start_edit.isVisibleTo(page)
    assert page.dash.period.start == date(2026, 3, 1)


def test_a_range_ending_before_it_starts_is_refused_in_words(
    qtbot: QtBot, book: Ledger, tmp_path: Path
) -> None:
    settings = _settings(tmp_path)
    page = _dashboard(qtbot, book, settings)
    assert page.period_picker.set_custom_range(START, END)
    loads = page.loads
    picker = page.period_picker
    with qtbot.assertNotEmitted(page.period_changed, wait=20):
        assert not picker.set_custom_range(date(2026, 3, 5), date(2026, 3, 1))
    assert picker.error.isVisibleTo(page)
    assert picker.error.text() == (
        "“From” 2026-03-05 is after “to” 2026-03-01: pick a start on or before the end."
    )
    assert page.loads == loads  # the figures keep the last valid range
    assert page.dash is not None and (page.dash.period.start, page.dash.period.end) == (START, END)
    assert settings.value(f"{dashboard_page.PERIOD_KEY}_from") == START.isoformat()
    # Editing the dates as a user does: the figures follow once the typing pauses.
    with qtbot.waitSignal(page.period_changed, timeout=3000):
        picker.end_edit.setDate(QDate(2026, 3, 10))
    assert not picker.error.isVisibleTo(page)
    assert (page.dash.period.start, page.dash.period.end) == (date(2026, 3, 5), date(2026, 3, 10))


def test_choosing_custom_from_the_list_starts_from_the_range_shown(
    qtbot: QtBot, book: Ledger, tmp_path: Path
) -> None:
    page = _dashboard(qtbot, book, _settings(tmp_path))
    page.set_period("last_month")
    combo = page.period_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # keyboard: the last item is the custom range
    assert combo.currentText() == CUSTOM_LABEL
    assert page.dash is not None
    assert (page.dash.period.start, page.dash.period.end) == (date(2026, 2, 1), date(2026, 2, 28))
    assert page.period_picker.start_edit.date() == QDate(2026, 2, 1)


def test_reports_custom_range_months_and_totals(qtbot: QtBot, book: Ledger, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    page = ReportsPage(book, settings=settings, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 1400)
    page.show()
    assert page.period_picker.set_custom_range(START, END)
    assert page.dash is not None
    assert (page.dash.period.start, page.dash.period.end) == (START, END)
    months = [r[0].sort for r in page.income_expenses.model.rows()]
    assert months == [date(2026, 2, 1), date(2026, 3, 1)]
    _income, spending = _sums(START, END)
    by_category = {r[0].text: r[1].sort for r in page.by_category.model.rows()}
    assert by_category["Food"] == spending
    assert settings.value(f"{reports_page.PERIOD_KEY}_to") == END.isoformat()
    again = ReportsPage(book, settings=settings, today=lambda: TODAY)
    qtbot.addWidget(again)
    assert again.period_picker.custom_range() is not None
    assert again.period_name() is PeriodName.CUSTOM
