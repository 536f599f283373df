"""The Forecast page driven by qtbot: Ctrl+6 reaches it, the keyboard picks the horizon and the
budgets, and its figures are the same as ``permoney forecast --account A --months N``."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from pytestqt.qtbot import QtBot

from permoney_desktop.cli import main
from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.recurrence import Frequency, Recurrence
from permoney_desktop.domain.schedules import Template
from permoney_desktop.services import (
    accounts,
    budgets,
    categories,
    entries,
    materialize,
    schedules,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import preferences
from permoney_desktop.ui.day_format import format_day
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.pages.forecast_page import ForecastPage, month_ends

TODAY = date.today()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def _fill(ledger: Ledger) -> int:
    chk, _ = accounts.create_account(
        ledger,
        "Checking",
        AccountKind.CHECKING,
        "USD",
        opening_balance="1500",
        opening_date=TODAY - timedelta(days=120),
    )
    accounts.create_account(ledger, "Savings", AccountKind.SAVINGS, "USD")
    food = categories.create_category(ledger, "Food", CategoryKind.EXPENSE)[0]
    entries.add_entry(
        ledger,
        NewEntry(chk, TODAY - timedelta(days=3), Decimal("-20"), payee="Shop", category_id=food),
    )
    budgets.set_budget(ledger, food, TODAY.replace(day=1), 31000)
    pay = Template(chk, Decimal("900"), "Employer")
    schedules.add_schedule(
        ledger, "Pay", pay, Recurrence(Frequency.MONTHLY, TODAY + timedelta(days=2))
    )
    materialize.sync_all(ledger)
    return int(chk)


def _cli_rows(book: Path, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, str]]:
    capsys.readouterr()
    assert main(["--book", str(book), "forecast", "--format", "json", *args]) == 0
    rows: list[dict[str, str]] = json.loads(capsys.readouterr().out)
    return rows


@pytest.mark.sqlite_only
@pytest.mark.parametrize("months", [1, 3, 12])
@pytest.mark.parametrize("with_budgets", [False, True])
def test_the_page_shows_the_same_figures_as_permoney_forecast(
    qtbot: QtBot,
    ledger: Ledger,
    book_path: Path,
    settings: QSettings,
    capsys: pytest.CaptureFixture[str],
    months: int,
    with_budgets: bool,
) -> None:
    chk = _fill(ledger)
    page = ForecastPage(ledger, settings=settings)
    qtbot.addWidget(page)
    page.select_account(chk)
    page.horizon_combo.setCurrentIndex(page.horizon_combo.findData(months))
    page.budgets_box.setChecked(with_budgets)  # toggled: reads again
    page._on_choice()
    flags = ["--with-budgets"] if with_budgets else []
    rows = _cli_rows(book_path, capsys, "--account", "Checking", "--months", str(months), *flags)
    view = page.view
    assert view is not None and view.account is not None and view.account.name == "Checking"
    shown = [
        (d.isoformat(), Money.from_minor(v, "USD").amount)
        for d, v in zip(view.days, view.account.levels, strict=True)
    ]
    assert shown == [(r["date"], Decimal(r["balance"])) for r in rows]
    # The dashed line is those figures after today; the table lists each month's end.
    assert [(p.day.isoformat(), p.value) for p in page.chart.forecast()] == shown[1:]
    assert page.table.rowCount() >= months + 1
    assert page.chart.points()[-1].day == TODAY
    budget_said = "spread evenly" in page.note.text()
    assert budget_said is with_budgets


def test_ctrl_6_and_the_keyboard_reach_the_horizon_and_the_budgets(
    qtbot: QtBot, ledger: Ledger, settings: QSettings
) -> None:
    _fill(ledger)
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    action = window._page_actions["forecast"]
    assert action.shortcut().toString() == "Ctrl+6"
    action.trigger()
    page = window.page("forecast")
    assert isinstance(page, ForecastPage) and window.current_page() == "forecast"
    window.background.wait()
    qtbot.waitUntil(lambda: page.view is not None and page.view.account is not None)
    page.horizon_combo.setCurrentIndex(0)  # one month (a choice kept from an earlier run)
    page.budgets_box.setChecked(False)
    page.horizon_combo.setFocus()
    qtbot.keyClick(page.horizon_combo, Qt.Key.Key_Down)
    assert page.months == 3
    window.background.wait()
    qtbot.waitUntil(lambda: page.view is not None and len(page.view.days) > 80)
    qtbot.keyClick(page.budgets_box, Qt.Key.Key_Space)
    window.background.wait()
    qtbot.waitUntil(lambda: "spread evenly" in page.note.text())


def test_the_month_end_table_shows_dates_in_the_display_locale_and_follows_a_change(
    qtbot: QtBot, ledger: Ledger, settings: QSettings
) -> None:
    """The month ends read as the Upcoming panel's and the register's dates: the display
    locale's short date, re-formatted at once when Settings changes the locale."""
    chk = _fill(ledger)
    QLocale.setDefault(QLocale("en_US"))
    try:
        page = ForecastPage(ledger, settings=settings)
        qtbot.addWidget(page)
        page.select_account(chk)
        assert page.view is not None
        ends = [d for d, _ in month_ends(page.view.days, page.view.account.levels)]  # type: ignore[union-attr]
        cells = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
        us = [format_day(d, QLocale("en_US")) for d in ends]
        assert cells[0].startswith(us[0]) and cells[1:] == us[1:]
        assert all("-" not in c for c in cells)  # no ISO date left
        preferences.set_display_locale(QLocale("de_DE"))
        cells = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
        de = [d.strftime("%d.%m.%Y") for d in ends]
        assert cells[1:] == de[1:] and cells[0].startswith(de[0])
        assert de[-1] in page.summary.text()
    finally:
        QLocale.setDefault(QLocale.c())
