"""The register under a category or a figure's filter shows a split entry's matching lines, not
its whole amount, marked as a part of the entry: every card and category bar's rows add up to
its figure in minor units, and a split entry is found by its lines, never its own category."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId, CategoryId
from permoney_desktop.domain.splits import SplitLine
from permoney_desktop.services import accounts, categories, entries, materialize, splits
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models import register_model as rm
from tests.ui.test_register_filters import _dashboard, _shown_minor

DAY = date.today().replace(day=1)  # inside "This month" whatever the day the tests run


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    """Plain entries beside three split ones: a receipt over two categories, a transfer line
    and an uncategorized line; a payslip with an expense line; and a split entry whose own
    category (Housing) none of its lines has."""
    checking, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance=5000, opening_date=DAY
    )
    savings, _ = accounts.create_account(ledger, "Savings", "savings", "USD", opening_date=DAY)
    card, _ = accounts.create_account(ledger, "Card", "credit_card", "USD", opening_date=DAY)
    salary, _ = categories.create_category(ledger, "Salary", CategoryKind.INCOME)
    food, _ = categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    groceries, _ = categories.create_category(ledger, "Groceries", parent_id=food)
    housing, _ = categories.create_category(ledger, "Housing", CategoryKind.EXPENSE)

    def add(account: int, amount: str, category: int | None, payee: str) -> int:
        cat = None if category is None else CategoryId(category)
        new = NewEntry(AccountId(account), DAY, Decimal(amount), payee=payee, category_id=cat)
        return int(entries.add_entry(ledger, new)[0])

    def split(entry: int, *lines: tuple[str, int | None, int | None]) -> None:
        splits.split_entry(
            ledger,
            entry,
            [
                SplitLine(
                    Decimal(a),
                    None if c is None else CategoryId(c),
                    None if t is None else AccountId(t),
                )
                for a, c, t in lines
            ],
        )

    add(checking, "2500", salary, "Employer")
    add(checking, "-400", groceries, "Market")
    add(checking, "-1000", housing, "Landlord")
    add(checking, "-30", None, "Unknown out")
    add(checking, "20", None, "Unknown in")
    receipt = add(checking, "-80", None, "Supermarket")
    split(
        receipt,
        ("-30", groceries, None),
        ("-20", housing, None),
        ("-25", None, savings),
        ("-5", None, None),
    )
    payslip = add(checking, "100", None, "Payslip")
    split(payslip, ("120", salary, None), ("-20", food, None))
    mixed = add(card, "-3", housing, "Mixed")
    split(mixed, ("-5", food, None), ("2", None, None))
    materialize.sync_pending(ledger)
    win = MainWindow(ledger)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.show_page("dashboard")
    page = _dashboard(win)
    page.set_period("this_month")

    def loaded() -> bool:
        data = page.cards["expenses"].data()
        return data is not None and data.value is not None and not page.loading

    qtbot.waitUntil(loaded, timeout=30000)
    return win


def _rows(win: MainWindow) -> dict[str, tuple[int, str]]:
    """Payee -> (the amount the row shows in minor units, its Amount cell's text)."""
    model = win.register_model
    col = model.column_of(rm.PAYMENT) if rm.PAYMENT in model.columns else None
    out = {}
    for r in range(model.rowCount()):
        line = model.line(r)
        if line is None:
            continue
        text = ""
        if col is not None:
            pay = model.data(model.index(r, col)) or ""
            dep = model.data(model.index(r, col + 1)) or ""
            text = f"-{pay}" if pay else str(dep)
        out[line.payee] = (model.shown_minor(line), text)
    assert len(out) == model.total
    return out


@pytest.mark.parametrize(
    ("key", "sign"), [("income", 1), ("expenses", -1), ("cash_flow", 1), ("top_categories", -1)]
)
def test_a_card_s_rows_add_up_to_its_figure_with_split_entries(
    qtbot: QtBot, window: MainWindow, key: str, sign: int
) -> None:
    card = _dashboard(window).cards[key]
    data = card.data()
    assert data is not None and data.value is not None
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    rows = _rows(window)
    assert sign * sum(minor for minor, _t in rows.values()) == _shown_minor(data.value_text)
    # What each row shows is what it counts: the Amount cells say the same.
    for minor, text in rows.values():
        assert _shown_minor(text) == minor


def test_each_category_bar_adds_up_with_split_lines(window: MainWindow) -> None:
    page = _dashboard(window)
    roots = list(page._roots)
    assert {r.name for r in roots} >= {"Food", "Housing", "Uncategorized"}
    for index, root in enumerate(roots):
        page.category_chart.bar_activated.emit(index)
        rows = _rows(window)
        assert -sum(minor for minor, _t in rows.values()) == root.total, root.name
    page.category_chart.bar_activated.emit([r.name for r in roots].index("Housing"))
    # The receipt's Housing line, not its 80.00; "Mixed" (its own category Housing) has no
    # Housing line, so it is not a Housing row.
    assert _rows(window)["Supermarket"][0] == -2000 and "Mixed" not in _rows(window)


def test_the_category_filter_marks_a_part_and_keeps_the_account_s_balance(
    window: MainWindow,
) -> None:
    model = window.register_model
    window.show_page("register")
    everything = replace(model.query, account_id=None)
    model.set_query(everything)
    balances = {
        model.line(r).payee: model.data(model.index(r, model.column_of(rm.BALANCE)))  # type: ignore[union-attr]
        for r in range(model.rowCount())
        if model.line(r) is not None
    }
    food = next(cid for cid, name in model.completions.categories if name == "Food")
    model.set_query(replace(everything, category_id=food))  # Food and its Groceries
    rows = _rows(window)
    assert {p: m for p, (m, _t) in rows.items()} == {
        "Market": -40000,
        "Supermarket": -3000,
        "Payslip": -2000,
        "Mixed": -500,
    }
    row = next(
        r for r in range(model.rowCount()) if getattr(model.line(r), "payee", "") == "Payslip"
    )
    category = model.index(row, model.column_of(rm.CATEGORY))
    assert model.data(category) == "Part of $100.00: Food"
    tip = str(model.data(category, Qt.ItemDataRole.ToolTipRole))
    assert "takes -$20.00 of its $100.00" in tip and "Salary" in tip  # every line listed
    money = model.index(row, model.column_of(rm.PAYMENT))
    assert not model.flags(money) & Qt.ItemFlag.ItemIsEditable  # a part is not the amount
    assert "part of a split entry" in str(model.data(money, Qt.ItemDataRole.ToolTipRole)).lower()
    # The running balance is the account's level after the whole entry, as under any filter.
    balance = model.data(model.index(row, model.column_of(rm.BALANCE)))
    assert balance == balances["Payslip"]
