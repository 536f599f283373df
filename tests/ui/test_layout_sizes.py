"""Layout at small sizes: the register's key columns and the dashboard fit 1024×700."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, entries
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.pages.dashboard_page import DashboardPage
from permoney_desktop.ui.widgets.metric_card import card_grid_columns

DAY = date.today().replace(day=1)


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    names = ("Everyday Checking", "High-Yield Savings", "Visa Card")
    ids = [
        accounts.create_account(ledger, n, "checking", "USD", opening_date=DAY)[0] for n in names
    ]
    entries.add_many(
        ledger,
        [
            NewEntry(ids[i % 3], DAY + timedelta(days=i % 5), Decimal("-1234.56"), payee=f"P {i}")
            for i in range(60)
        ],
        label="rows",
    )
    win = MainWindow(ledger)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_register_shows_amounts_and_balance_at_1024(qtbot: QtBot, window: MainWindow) -> None:
    window.open_account(None)  # all accounts: the widest register (with the Account column)
    qtbot.wait(10)
    page = window.register_page
    table = page.table
    assert not table.horizontalScrollBar().isVisible()
    port = table.viewport().width()
    for name in (rm.PAYMENT, rm.DEPOSIT, rm.BALANCE):
        col = window.register_model.column_of(name)
        right = table.columnViewportPosition(col) + table.columnWidth(col)
        assert table.columnViewportPosition(col) >= 0 and right <= port, name
    assert page.search.width() >= 150  # "S…" before
    assert page.search.placeholderText()


def test_the_dashboard_needs_no_sideways_scroll_at_1024(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("dashboard")
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    qtbot.wait(10)
    assert not page.scroll_area.horizontalScrollBar().isVisible()
    inner = page.scroll_area.widget()
    assert inner.minimumSizeHint().width() <= page.scroll_area.viewport().width()


@given(st.integers(1, 12), st.integers(200, 3000), st.integers(1, 800))
def test_a_wider_window_never_shows_fewer_columns(cards: int, width: int, wider: int) -> None:
    assert card_grid_columns(width + wider, cards) >= card_grid_columns(width, cards)


def test_the_page_reflows_without_losing_columns(qtbot: QtBot, ledger: Ledger) -> None:
    page = DashboardPage(ledger)
    qtbot.addWidget(page)
    page.show()
    seen = []
    for width in range(600, 2000, 50):
        page.resize(width, 700)
        qtbot.wait(1)
        seen.append(page.columns())
    assert seen == sorted(seen)


def test_the_first_window_fits_a_small_screen() -> None:
    """A 1024×700 screen got the default 1180×760 window, wider than itself."""
    from PySide6.QtCore import QSize

    from permoney_desktop.ui.main_window import DEFAULT_SIZE, initial_size

    assert initial_size(QSize(1024, 700)) == QSize(1024, 700)
    assert initial_size(QSize(1920, 1040)) == DEFAULT_SIZE
    assert initial_size(QSize(1100, 900)) == QSize(1100, DEFAULT_SIZE.height())
