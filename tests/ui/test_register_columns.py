"""The register's column widths: Payee and Category stay readable in a half-screen window and
grow in a wide one; a width the user drags survives a restart; the header's menu resets them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, entries
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.bus import ChangeBus
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.models.register_model import RegisterModel
from permoney_desktop.ui.optimistic import BalanceBook, ReconcileStats
from permoney_desktop.ui.pages.register_page import RegisterPage
from permoney_desktop.ui.register_columns import (
    CELL_PADDING,
    COMPACT_CHARS,
    DEFAULT_WIDTHS,
    READABLE_CHARS,
    TIGHT_CHARS,
    plan_widths,
)
from permoney_desktop.ui.register_order import SPLIT_AMOUNTS_KEY
from permoney_desktop.ui.writes import Writer

DAY = date(2026, 11, 2)
SIDEBAR = 280  # the main window's accounts list keeps this width as the window narrows


@pytest.fixture
def book(ledger: Ledger) -> Ledger:
    names = ("Everyday Checking", "High-Yield Savings", "Visa Card")
    ids = [
        accounts.create_account(ledger, n, "checking", "USD", opening_date=DAY)[0] for n in names
    ]
    rows = [
        NewEntry(
            ids[i % 3],
            DAY + timedelta(days=i % 9),
            Decimal("-1234.56"),
            payee=f"Transfer to High-Yield Savings {i}",
        )
        for i in range(40)
    ]
    entries.add_many(ledger, rows, label="rows")
    return ledger


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


class Pages:
    """Register pages on one book, each as a fresh start of the app with ``settings``."""

    def __init__(self, ledger: Ledger, qtbot: QtBot, settings: QSettings) -> None:
        self.ledger, self.qtbot, self.settings = ledger, qtbot, settings
        self.bus = ChangeBus()
        self.book = BalanceBook(ledger, ReconcileStats())
        self.writer = Writer(ledger, self.book, self.bus)

    def open(self, width: int, account: AccountId | None = None) -> RegisterPage:
        model = RegisterModel(self.ledger, self.book, self.writer, self.bus)
        page = RegisterPage(model, settings=self.settings)
        self.qtbot.addWidget(page)
        page.resize(width, 700)
        page.show()
        self.qtbot.waitExposed(page)
        if account is not None:
            page.show_account(account)
        return page


@pytest.fixture
def pages(book: Ledger, qtbot: QtBot, settings: QSettings) -> Iterator[Pages]:
    yield Pages(book, qtbot, settings)


def width_of(page: RegisterPage, name: str) -> int:
    return page.table.columnWidth(page.model.column_of(name))


def readable(page: RegisterPage) -> int:
    return page.table.fontMetrics().averageCharWidth() * READABLE_CHARS


def tight(page: RegisterPage) -> int:
    """The floor Payee/Category keep when even the narrowed columns leave less than readable."""
    return page.table.fontMetrics().averageCharWidth() * TIGHT_CHARS


def drag_edge(qtbot: QtBot, page: RegisterPage, name: str, by: int) -> None:
    """Drag the right edge of column ``name`` by ``by`` px with the mouse, as a user does."""
    header = page.table.horizontalHeader()
    col = page.model.column_of(name)
    edge = header.sectionViewportPosition(col) + header.sectionSize(col) - 1
    y = header.height() // 2
    port = header.viewport()
    QTest.mousePress(
        port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(edge, y)
    )
    for step in (by // 2, by):
        QTest.mouseMove(port, QPoint(edge + step, y))
    QTest.mouseRelease(
        port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(edge + by, y)
    )
    qtbot.wait(1)


@pytest.mark.parametrize(("width", "height"), [(958, 1040), (1024, 700)])
def test_payee_and_category_stay_readable_in_a_half_screen_window(
    qtbot: QtBot, book: Ledger, width: int, height: int
) -> None:
    win = MainWindow(book)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    win.open_account(None)  # all accounts: the widest register (it has an Account column)
    qtbot.wait(1)
    page = win.register_page
    for name in (rm.PAYEE, rm.CATEGORY):
        assert width_of(page, name) >= tight(page), name  # 26 px ("F…") before at 958
    # The running balance, the last column, is in view without scrolling sideways.
    assert page.table.horizontalScrollBar().maximum() == 0
    # Dates and money are never cut to make that room.
    assert width_of(page, rm.DATE) == page._date_width()
    for name in (rm.PAYMENT, rm.DEPOSIT, rm.BALANCE):
        assert width_of(page, name) == DEFAULT_WIDTHS[name], name


@pytest.mark.parametrize("window", [958, 1024])
def test_the_floor_holds_in_both_kinds_of_register(pages: Pages, window: int) -> None:
    acc = accounts.list_accounts(pages.ledger)[0].id
    for account in (None, acc):
        page = pages.open(window - SIDEBAR, account)
        assert (rm.ACCOUNT in page.model.columns) is (account is None)
        for name in (rm.PAYEE, rm.CATEGORY):
            assert width_of(page, name) >= tight(page), (account, name)
        table = page.table
        used = sum(table.columnWidth(c) for c in range(len(page.model.columns)))
        # The table scrolls sideways only for what even the narrowed columns could not give.
        assert (table.horizontalScrollBar().maximum() > 0) is (used > table.viewport().width())


def test_a_wide_window_gives_payee_and_category_the_extra_room(pages: Pages) -> None:
    page = pages.open(1920 - SIDEBAR)
    table = page.table
    for name in (rm.PAYEE, rm.CATEGORY):
        assert width_of(page, name) > 3 * readable(page), name
    assert width_of(page, rm.ACCOUNT) == DEFAULT_WIDTHS[rm.ACCOUNT]
    used = sum(table.columnWidth(c) for c in range(len(page.model.columns)))
    assert used == table.viewport().width()  # filled: no gap at the right, no scroll bar
    assert table.horizontalScrollBar().maximum() == 0


def test_a_dragged_width_survives_a_restart_and_reset_restores_defaults(
    qtbot: QtBot, pages: Pages
) -> None:
    page = pages.open(1400)
    defaults = {n: width_of(page, n) for n in page.model.columns}
    room = defaults[rm.PAYEE] + defaults[rm.CATEGORY]
    drag_edge(qtbot, page, rm.NOTES, 90)
    assert width_of(page, rm.NOTES) == defaults[rm.NOTES] + 90
    # Payee and Category gave the 90 px between them: the row still fills the view.
    assert width_of(page, rm.PAYEE) + width_of(page, rm.CATEGORY) == room - 90
    payee = width_of(page, rm.PAYEE)
    drag_edge(qtbot, page, rm.PAYEE, -120)
    assert width_of(page, rm.PAYEE) == payee - 120
    assert width_of(page, rm.CATEGORY) == room - 90 - (payee - 120)  # it took Payee's 120
    dragged = {n: width_of(page, n) for n in page.model.columns}
    again = pages.open(1400)
    assert {n: width_of(again, n) for n in again.model.columns} == dragged
    # The header's right-click menu puts the defaults back, there and at the next start.
    menu = again.column_sizer.header_menu()
    (reset,) = [a for a in menu.actions() if a.text() == "Reset column widths"]
    reset.trigger()
    assert {n: width_of(again, n) for n in again.model.columns} == defaults
    assert {n: width_of(pages.open(1400), n) for n in defaults} == defaults


def test_widths_are_kept_per_kind_of_register_and_money_columns(
    qtbot: QtBot, pages: Pages, settings: QSettings
) -> None:
    acc = accounts.list_accounts(pages.ledger)[0].id
    page = pages.open(1400)
    notes = width_of(page, rm.NOTES)
    drag_edge(qtbot, page, rm.NOTES, 60)
    one = pages.open(1400, acc)
    assert width_of(one, rm.NOTES) == notes  # the account's register is its own layout
    drag_edge(qtbot, one, rm.BALANCE, 30)
    assert width_of(pages.open(1400, acc), rm.BALANCE) == DEFAULT_WIDTHS[rm.BALANCE] + 30
    assert width_of(pages.open(1400), rm.NOTES) == notes + 60
    settings.setValue(SPLIT_AMOUNTS_KEY, False)  # one signed Amount column
    single = pages.open(1400)
    assert rm.AMOUNT in single.model.columns and rm.PAYMENT not in single.model.columns
    assert width_of(single, rm.AMOUNT) == DEFAULT_WIDTHS[rm.AMOUNT]
    drag_edge(qtbot, single, rm.AMOUNT, 20)
    assert width_of(pages.open(1400), rm.AMOUNT) == DEFAULT_WIDTHS[rm.AMOUNT] + 20


def test_a_restored_width_never_collapses_payee_or_category(
    pages: Pages, settings: QSettings
) -> None:
    # Wide columns saved in a 1920 px window, then the app opened half-screen; and a damaged
    # setting (text, a negative width, a share of 0).
    settings.setValue("register/columns/all/account", 400)
    settings.setValue("register/columns/all/notes", 300)
    settings.setValue("register/columns/all/tags", "wide")
    settings.setValue("register/columns/all/balance", -5)
    settings.setValue("register/columns/all/payee_share", 0.0)
    page = pages.open(958 - SIDEBAR)
    for name in (rm.PAYEE, rm.CATEGORY):
        assert width_of(page, name) >= tight(page), name
    assert width_of(page, rm.ACCOUNT) == 400  # what the user set stays; the table scrolls
    assert page.table.horizontalScrollBar().maximum() > 0
    # The damaged Tags setting is ignored: Tags narrows as a default width does when short.
    char = page.table.fontMetrics().averageCharWidth()
    assert width_of(page, rm.TAGS) == char * COMPACT_CHARS[rm.TAGS] + CELL_PADDING
    assert width_of(page, rm.BALANCE) == DEFAULT_WIDTHS[rm.BALANCE]


def test_the_plan_shares_the_room_and_narrows_in_order() -> None:
    cols = [rm.DATE, rm.ACCOUNT, rm.PAYEE, rm.CATEGORY, rm.NOTES, rm.BALANCE]
    widths = {rm.DATE: 80, rm.ACCOUNT: 100, rm.NOTES: 60, rm.BALANCE: 100}
    compact = {rm.ACCOUNT: 60, rm.NOTES: 50}
    wide = plan_widths(cols, 1000, widths, readable=80, compact=compact, share=0.25)
    assert (wide[rm.PAYEE], wide[rm.CATEGORY]) == (165, 495)
    assert sum(wide.values()) == 1000
    # 20 px short: Account alone gives them; 45 short: Account its 40, then Notes 5.
    assert plan_widths(cols, 480, widths, readable=80, compact=compact)[rm.ACCOUNT] == 80
    tight = plan_widths(cols, 455, widths, readable=80, compact=compact)
    assert (tight[rm.ACCOUNT], tight[rm.NOTES], tight[rm.PAYEE]) == (60, 55, 80)
    # Nothing left to give: the floor holds and the plan is wider than the view.
    tiny = plan_widths(cols, 300, widths, readable=80, compact=compact)
    assert (tiny[rm.PAYEE], tiny[rm.CATEGORY], tiny[rm.BALANCE]) == (80, 80, 100)
    assert sum(tiny.values()) > 300
    # With a tight floor, Payee/Category share what is left down to it before the table
    # scrolls: 20 px under readable for the two (Account and Notes at their narrowest).
    squeezed = plan_widths(cols, 430, widths, readable=80, compact=compact, tight=60)
    assert (squeezed[rm.PAYEE], squeezed[rm.CATEGORY]) == (70, 70)
    assert sum(squeezed.values()) == 430
    floor = plan_widths(cols, 300, widths, readable=80, compact=compact, tight=60)
    assert (floor[rm.PAYEE], floor[rm.CATEGORY]) == (60, 60)
