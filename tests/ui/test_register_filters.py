"""Filters you can see: a dashboard figure opens exactly its rows, every filter shows and goes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.services import accounts, categories, entries, materialize, transfers
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.pages.dashboard_page import DashboardPage

DAY = date.today().replace(day=1)  # inside "This month" whatever the day the tests run


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    """Salary, interest, groceries with a refund, rent, uncategorized in and out, a transfer
    and a card purchase: every rule a figure follows has a row that tests it."""
    checking, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance=5000, opening_date=DAY
    )
    savings, _ = accounts.create_account(ledger, "Savings", "savings", "USD", opening_date=DAY)
    card, _ = accounts.create_account(ledger, "Card", "credit_card", "USD", opening_date=DAY)
    salary, _ = categories.create_category(ledger, "Salary", CategoryKind.INCOME)
    interest, _ = categories.create_category(ledger, "Interest", CategoryKind.INCOME)
    food, _ = categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    groceries, _ = categories.create_category(ledger, "Groceries", parent_id=food)
    housing, _ = categories.create_category(ledger, "Housing", CategoryKind.EXPENSE)

    def add(account: int, amount: str, category: int | None, payee: str) -> None:
        cat = None if category is None else CategoryId(category)
        entries.add_entry(
            ledger, NewEntry(AccountId(account), DAY, Decimal(amount), payee=payee, category_id=cat)
        )

    add(checking, "2500", salary, "Employer")
    add(savings, "10", interest, "Bank")
    add(checking, "-400", groceries, "Market")
    add(checking, "50", groceries, "Market refund")
    add(checking, "-1000", housing, "Landlord")
    add(checking, "-30", None, "Unknown out")
    add(checking, "20", None, "Unknown in")
    add(card, "-60", food, "Cafe")
    add(checking, "-1500", housing, "Big repair")
    transfers.add_transfer(ledger, checking, savings, DAY, Decimal("300"))
    materialize.sync_pending(ledger)
    win = MainWindow(ledger)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.show_page("dashboard")
    page = win.page("dashboard")
    assert isinstance(page, DashboardPage)
    page.set_period("this_month")

    def loaded() -> bool:
        data = page.cards["expenses"].data()
        return data is not None and data.value is not None and not page.loading

    qtbot.waitUntil(loaded, timeout=30000)
    return win


def _dashboard(win: MainWindow) -> DashboardPage:
    page = win.page("dashboard")
    assert isinstance(page, DashboardPage)
    return page


def _rows_sum(win: MainWindow) -> tuple[int, int]:
    """(sum of the register's amounts in minor units, row count) of what it shows."""
    model = win.register_model
    lines = [model.line(r) for r in range(model.rowCount())]
    shown = [line for line in lines if line is not None]
    assert len(shown) == model.total
    return sum(line.amount for line in shown), len(shown)


def _shown_minor(text: str) -> int:
    """The card's figure as shown ("$2,940.00" in the tests' C locale), in cents."""
    return int(Decimal(text.replace("$", "").replace(",", "")) * 100)


@pytest.mark.parametrize(
    ("key", "sign"), [("income", 1), ("expenses", -1), ("cash_flow", 1), ("top_categories", -1)]
)
def test_a_card_click_shows_exactly_the_rows_its_figure_counts(
    qtbot: QtBot, window: MainWindow, key: str, sign: int
) -> None:
    card = _dashboard(window).cards[key]
    data = card.data()
    assert data is not None and data.value is not None
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_page() == "register"
    total, count = _rows_sum(window)
    assert count > 0
    assert sign * total == _shown_minor(data.value_text)
    # ...and the filter is in view, with a way out
    bar = window.register_page.filter_bar
    assert bar.isVisible() and bar.chip.isVisible() and bar.chip.text()
    assert window.register_page.date_from.text() and window.register_page.date_to.text()


def test_each_category_bar_shows_exactly_its_rows(window: MainWindow) -> None:
    page = _dashboard(window)
    roots = list(page._roots)
    assert {r.name for r in roots} >= {"Food", "Housing", "Uncategorized"}
    for index, root in enumerate(roots):
        page.category_chart.bar_activated.emit(index)
        total, _count = _rows_sum(window)
        assert -total == root.total, root.name


def test_the_expenses_card_leaves_out_income_and_transfers(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.mouseClick(_dashboard(window).cards["expenses"], Qt.MouseButton.LeftButton)
    model = window.register_model
    payees = {model.line(r).payee for r in range(model.rowCount()) if model.line(r)}  # type: ignore[union-attr]
    assert "Employer" not in payees and "Bank" not in payees and "Unknown in" not in payees
    assert {"Market", "Market refund", "Unknown out", "Cafe"} <= payees
    assert not any(model.line(r).kind.value == "transfer" for r in range(model.total))  # type: ignore[union-attr]


def test_choosing_an_account_ends_a_card_filter(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(_dashboard(window).cards["expenses"], Qt.MouseButton.LeftButton)
    checking = window.book.accounts()[0].id
    window.open_account(int(checking))
    q = window.register_model.query
    assert q.account_id == checking and not q.filtered
    page = window.register_page
    assert not page.filter_bar.isVisible()
    assert page.date_from.text() == "" and page.date_to.text() == ""
    # header and running balance agree: the last row's balance is the account's balance
    model = window.register_model
    last = model.row_of(model.total - 1)
    assert model.running_balance(last) == window.book.balance(checking)


def test_the_chip_and_clear_filters_remove_what_they_show(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(_dashboard(window).cards["expenses"], Qt.MouseButton.LeftButton)
    page = window.register_page
    qtbot.mouseClick(page.filter_bar.remove_chip, Qt.MouseButton.LeftButton)
    q = window.register_model.query
    assert not q.from_figure and q.date_from is not None  # the dates stay, in their boxes
    assert page.filter_bar.isVisible() and not page.filter_bar.chip.isVisible()
    qtbot.mouseClick(page.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert not window.register_model.query.filtered
    assert page.date_from.text() == "" and not page.filter_bar.isVisible()


def test_min_amount_compares_sizes(qtbot: QtBot, window: MainWindow) -> None:
    window.open_account(None)
    page = window.register_page
    page.amount_min.setText("1000")
    page.apply_filters()
    model = window.register_model
    payees = sorted(model.line(r).payee for r in range(model.rowCount()) if model.line(r))  # type: ignore[union-attr]
    assert payees == ["Big repair", "Employer", "Landlord"]  # -1,500 and -1,000 are large too


def test_each_reports_category_row_opens_exactly_its_rows(window: MainWindow) -> None:
    window.show_page("reports")
    page = window.page("reports")
    page.reload()  # type: ignore[attr-defined]
    cats = list(page._categories)  # type: ignore[attr-defined]
    assert cats
    for index, cat in enumerate(cats):
        page._on_category(index)  # type: ignore[attr-defined]
        assert window.current_page() == "register"
        total, _count = _rows_sum(window)
        sign = 1 if cat.kind.value == "income" else -1
        assert sign * total == cat.total, cat.name
        window.show_page("reports")
