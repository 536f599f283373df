"""The dashboard on a real book: card values, live update after a write, filters, the period."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.services import accounts, categories, entries, materialize, metrics
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.optimistic import BalanceBook
from permoney_desktop.ui.pages.dashboard_page import PERIOD_KEY, DashboardPage
from permoney_desktop.ui.widgets.metric_card import FigureState, card_grid_columns

TODAY = date(2026, 3, 20)


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def book(ledger: Ledger) -> dict[str, int]:
    """Checking (1,000 opening) and a card; salary in Feb and Mar, groceries with a refund."""
    checking, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance=1000, opening_date=date(2026, 1, 1)
    )
    card, _ = accounts.create_account(
        ledger, "Card", "credit_card", "USD", opening_date=date(2026, 1, 1)
    )
    salary, _ = categories.create_category(ledger, "Salary", CategoryKind.INCOME)
    food, _ = categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    groceries, _ = categories.create_category(ledger, "Groceries", parent_id=food)

    def add(account: int, day: date, amount: str, category: int) -> None:
        entries.add_entry(
            ledger,
            NewEntry(AccountId(account), day, Decimal(amount), category_id=CategoryId(category)),
        )

    add(checking, date(2026, 2, 5), "2000", salary)
    add(checking, date(2026, 2, 10), "-300", groceries)
    add(checking, date(2026, 3, 5), "2500", salary)
    add(card, date(2026, 3, 8), "-400", groceries)
    add(card, date(2026, 3, 9), "50", groceries)  # a refund reduces spending
    materialize.sync_pending(ledger)
    return {"checking": checking, "card": card, "food": food, "groceries": groceries}


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def _page(qtbot: QtBot, ledger: Ledger, tmp_path: Path, **kw: object) -> DashboardPage:
    page = DashboardPage(ledger, settings=_settings(tmp_path), today=lambda: TODAY, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.set_period("this_month")
    page.resize(1100, 800)
    page.show()
    return page


def test_cards_show_the_books_figures(
    qtbot: QtBot, ledger: Ledger, book: dict[str, int], tmp_path: Path
) -> None:
    page = _page(qtbot, ledger, tmp_path)
    cards = page.cards
    assert cards["income"].value.text() == "$2,500.00"
    assert cards["expenses"].value.text() == "$350.00"  # 400 spent − 50 refunded
    assert cards["cash_flow"].value.text() == "$2,150.00"
    assert cards["savings_rate"].value.text() == "86.0%"
    assert cards["net_worth"].value.text() == "$4,850.00"  # 5,200 in checking − 350 owed
    assert "owed" not in cards  # shown in the sidebar
    # change vs 1–20 Feb: income 2,000 → 2,500 is good, spending 300 → 350 is bad
    assert cards["income"].change.text() == "▲ 25.0%"
    assert cards["expenses"].change.text() == "▲ 16.7%"
    income_style = cards["income"].change.styleSheet()
    expense_style = cards["expenses"].change.styleSheet()
    assert income_style != expense_style
    top = cards["top_categories"].data()
    assert top is not None and top.lines == (("Food 100%", ""),)
    assert ("Food", "$350.00") in top.details
    assert all(c.data().state is FigureState.CONFIRMED for c in cards.values() if c.data())
    # the net-worth chart has one point per day of the period
    assert len(page.net_worth_chart.points()) == TODAY.day
    assert page.net_worth_chart.points()[-1].value == Decimal("4850.00")


def test_a_write_updates_cards_in_the_same_turn_as_provisional_then_confirmed(
    qtbot: QtBot, ledger: Ledger, book: dict[str, int], tmp_path: Path
) -> None:
    balances = BalanceBook(ledger)
    balances.today = TODAY
    page = _page(qtbot, ledger, tmp_path, balances=balances)
    value_label = page.cards["expenses"].value
    _, changes = entries.add_entry(
        ledger,
        NewEntry(
            AccountId(book["checking"]),
            date(2026, 3, 12),
            Decimal("-100"),
            category_id=CategoryId(book["groceries"]),
        ),
    )
    balances.apply(changes)
    page.on_changes(changes)  # no event loop turn in between
    assert value_label.text() == "$450.00"
    assert page.cards["expenses"].data().state is FigureState.PROVISIONAL
    assert page.cards["net_worth"].value.text() == "$4,750.00"
    assert page.cards["net_worth"].data().state is FigureState.PROVISIONAL
    assert page.cards["income"].value.text() == "$2,500.00"
    assert not page.cards["expenses"].state_mark.isHidden()

    # the worker materializes and refreshes the metrics, then reports it
    materialize.sync_pending(ledger)
    metrics.refresh_for_dates(ledger, page.cache, [date(2026, 3, 12)], today=TODAY)
    for account in (book["checking"],):
        balances.reconcile(AccountId(account), changes.versions[AccountId(account)])
    qtbot.wait(20)  # let pending paints of the provisional state settle
    paints = PaintCounter()
    value_label.installEventFilter(paints)
    before = value_label.text()
    page.on_metrics_updated(["this_month"])
    qtbot.wait(50)
    assert value_label.text() == before == "$450.00"
    assert page.cards["expenses"].data().state is FigureState.CONFIRMED
    assert page.cards["expenses"].state_mark.isHidden()
    assert page.cards["net_worth"].value.text() == "$4,750.00"
    assert page.cards["net_worth"].data().state is FigureState.CONFIRMED
    assert paints.count == 0  # same value: the figure is not even repainted


def test_clicking_a_card_emits_the_filter_of_what_it_counts(
    qtbot: QtBot, ledger: Ledger, book: dict[str, int], tmp_path: Path
) -> None:
    page = _page(qtbot, ledger, tmp_path)
    with qtbot.waitSignal(page.filter_requested) as blocker:
        qtbot.mouseClick(page.cards["income"], Qt.MouseButton.LeftButton)
    flt = blocker.args[0]
    assert isinstance(flt, metrics.CardFilter)
    assert (flt.start, flt.end) == (date(2026, 3, 1), TODAY)
    assert flt.flow == "income" and flt.entry_kinds == ("transaction",)

    with qtbot.waitSignal(page.filter_requested) as blocker:
        page.cards["top_categories"].setFocus()
        qtbot.keyClick(page.cards["top_categories"], Qt.Key.Key_Return)
    top = blocker.args[0]
    assert top.flow == "expense"
    assert set(top.category_ids) == {book["food"], book["groceries"]}


def test_period_choice_survives_refresh_and_restart(
    qtbot: QtBot, ledger: Ledger, book: dict[str, int], tmp_path: Path
) -> None:
    page = _page(qtbot, ledger, tmp_path)
    page.set_period("year_to_date")
    assert page.cards["income"].value.text() == "$4,500.00"
    page.refresh()
    page.on_metrics_updated(None)
    assert page.period_name().value == "year_to_date"
    assert _settings(tmp_path).value(PERIOD_KEY) == "year_to_date"
    again = DashboardPage(ledger, settings=_settings(tmp_path), today=lambda: TODAY)
    qtbot.addWidget(again)
    assert again.period_name().value == "year_to_date"


def test_cards_reflow_by_width(
    qtbot: QtBot, ledger: Ledger, book: dict[str, int], tmp_path: Path
) -> None:
    page = _page(qtbot, ledger, tmp_path)
    page.resize(600, 700)
    qtbot.waitUntil(lambda: page.columns() == 2)
    page.resize(1400, 700)
    qtbot.waitUntil(lambda: page.columns() == 3)  # six cards: 3 + 3 rather than 4 + 2


def test_grid_columns_rule() -> None:
    assert card_grid_columns(500, 6) == 2
    assert card_grid_columns(800, 6) == 3
    assert card_grid_columns(1200, 6) == 3
    assert card_grid_columns(1200, 8) == 4
    assert card_grid_columns(1200, 3) == 3


def test_hidden_dashboard_catches_up_when_shown(
    qtbot: QtBot, ledger: Ledger, book: dict[str, int], tmp_path: Path
) -> None:
    page = _page(qtbot, ledger, tmp_path)
    page.hide()
    loads = page.loads
    _, changes = entries.add_entry(
        ledger,
        NewEntry(
            AccountId(book["checking"]),
            date(2026, 3, 15),
            Decimal("10"),
            category_id=CategoryId(book["groceries"]),
        ),
    )
    page.on_changes(changes)
    assert page.loads == loads  # no work while hidden
    page.show()
    assert page.loads == loads + 1
    assert page.cards["expenses"].value.text() == "$340.00"


def test_tooltip_shows_a_larger_sparkline_and_exact_figures(
    qtbot: QtBot, ledger: Ledger, book: dict[str, int], tmp_path: Path
) -> None:
    page = _page(qtbot, ledger, tmp_path)
    card = page.cards["expenses"]
    tip = card.show_tooltip()
    assert tip is not None and tip.isVisible()
    data = card.data()
    assert data is not None
    assert tip.spark.values() == data.series and len(data.series) == 12
    assert tip.spark.height() > card.spark.height()
    texts = [
        tip.grid.itemAt(i).widget().text()  # type: ignore[union-attr]
        for i in range(tip.grid.count())
    ]
    assert "$350.00" in texts and "$300.00" in texts  # this period and the previous one
    assert "$50.00" in texts  # the exact change
    card.hide_tooltip()
    assert not tip.isVisible()
