"""Reports on a real book: monthly tables match the book, CSV export writes exact figures."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.services import accounts, categories, entries, materialize, merchants
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.pages.reports_page import ReportsPage

TODAY = date(2026, 3, 20)


def _book(ledger: Ledger) -> None:
    checking, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance=100, opening_date=date(2026, 1, 1)
    )
    salary, _ = categories.create_category(ledger, "Salary", CategoryKind.INCOME)
    food, _ = categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    rent, _ = categories.create_category(ledger, "Rent", CategoryKind.EXPENSE)
    shop, _ = merchants.create_merchant(ledger, "FreshMart")
    rows = [
        (date(2026, 1, 3), "1000.10", salary, None),
        (date(2026, 1, 9), "-12.34", food, shop),
        (date(2026, 2, 3), "1000.10", salary, None),
        (date(2026, 2, 4), "-700", rent, None),
        (date(2026, 3, 3), "1000.10", salary, None),
        (date(2026, 3, 7), "-0.01", food, shop),
    ]
    for day, amount, cat, merchant in rows:
        entries.add_entry(
            ledger,
            NewEntry(
                AccountId(checking),
                day,
                Decimal(amount),
                category_id=CategoryId(cat),
                merchant_id=merchant,
            ),
        )
    materialize.sync_pending(ledger)


def _page(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> ReportsPage:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = ReportsPage(ledger, settings=settings, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.period_combo.setCurrentIndex(page.period_combo.findData("year_to_date"))
    page.resize(1100, 1400)
    page.show()
    return page


def test_income_vs_expenses_by_month_and_csv_export(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    _book(ledger)
    page = _page(qtbot, ledger, tmp_path)
    rows = page.income_expenses.model.rows()
    assert [r[0].sort for r in rows] == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    assert [r[1].text for r in rows] == ["$1,000.10"] * 3
    assert [r[2].text for r in rows] == ["$12.34", "$700.00", "$0.01"]
    assert rows[1][3].text == "$300.10"

    out = tmp_path / "ie.csv"
    assert page.income_expenses.export_csv(out) == 3
    with out.open(newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ["Month", "Income", "Expenses", "Net", "Savings rate"]
    assert table[1][:4] == ["2026-01-01", "1000.10", "12.34", "987.76"]
    assert table[3][2] == "0.01"  # a cent stays a cent, no float in between


def test_category_and_merchant_tables(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    _book(ledger)
    page = _page(qtbot, ledger, tmp_path)
    cats = [(r[0].sort, r[1].sort) for r in page.by_category.model.rows()]
    assert cats == [("Rent", Decimal("700.00")), ("Food", Decimal("12.35"))]
    merch = [(r[0].text, r[1].text) for r in page.by_merchant.model.rows()]
    assert merch == [("FreshMart", "$12.35")]
    net = page.net_worth.model.rows()
    assert net[-1][3].sort == Decimal("100") + Decimal("3000.30") - Decimal("712.35")
    with qtbot.waitSignal(page.filter_requested) as blocker:
        page.by_category.chart.bar_activated.emit(0)
    assert blocker.args[0].flow == "expense"


def test_report_models_pass_qtmodeltester(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    _book(ledger)
    page = _page(qtbot, ledger, tmp_path)
    for section in page.sections:
        qtmodeltester.check(section.model)


def test_report_csv_escapes_formula_like_names(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    _book(ledger)
    shop = merchants.find_merchant(ledger, "FreshMart")
    merchants.rename_merchant(ledger, shop, "=cmd|' /C calc'!A0")
    page = _page(qtbot, ledger, tmp_path)
    out = tmp_path / "merchants.csv"
    assert page.by_merchant.export_csv(out) == 1
    with out.open(newline="") as fh:
        table = list(csv.reader(fh))
    assert table[1][0] == "'=cmd|' /C calc'!A0"
    assert table[1][1] == "12.35"
