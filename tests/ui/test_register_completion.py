"""Categories and payees typed in the register: one spelling, completion that Tab accepts,
unknown categories created inline (undoably), and quickfill from a payee's last entry."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, categories, entries, undo
from permoney_desktop.services import register_reads as reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.bus import ChangeBus
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.models.register_model import RegisterModel
from permoney_desktop.ui.optimistic import BalanceBook, ReconcileStats
from permoney_desktop.ui.pages.register_page import RegisterPage
from permoney_desktop.ui.widgets.completing_edit import CompletingEdit
from permoney_desktop.ui.writes import Writer

D0 = date(2024, 1, 1)


@pytest.fixture
def page(ledger: Ledger, qtbot: QtBot, tmp_path: Path) -> Iterator[RegisterPage]:
    acc, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance="1000", opening_date=D0
    )
    food, _ = categories.create_category(ledger, "Food", "expense")
    groceries, _ = categories.create_category(ledger, "Groceries", parent_id=food)
    entries.add_many(
        ledger,
        [
            NewEntry(acc, D0, Decimal("-9.00"), payee="Corner Bakery", category_id=groceries),
            NewEntry(
                acc,
                D0 + timedelta(days=1),
                Decimal("-4.20"),
                payee="Corner Bakery",
                notes="croissants",
                category_id=groceries,
            ),
        ],
        label="test rows",
    )
    bus = ChangeBus()
    book = BalanceBook(ledger, ReconcileStats())
    writer = Writer(ledger, book, bus)
    model = RegisterModel(ledger, book, writer, bus)
    model.set_query(reads.RegisterQuery(account_id=acc))
    model.refresh_completions(payees=True)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = RegisterPage(model, settings=settings)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    yield page


def _type_into(qtbot: QtBot, page: RegisterPage, row: int, column: str, text: str) -> QLineEdit:
    page.table.setCurrentIndex(page.model.index(row, page.model.column_of(column)))
    qtbot.keyClicks(page.table, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    return editor


def _draft(page: RegisterPage, column: str) -> object:
    model = page.model
    return model.index(model.blank_row, model.column_of(column)).data(Qt.ItemDataRole.EditRole)


def test_both_spellings_name_one_category_shown_one_way(page: RegisterPage) -> None:
    model = page.model
    groceries = model.category_id("Food: Groceries")
    assert groceries is not None
    assert model.category_id("Food:Groceries") == groceries
    assert model.category_id("food :groceries") == groceries
    first = model.line(model.row_of(0))
    assert first is not None and first.category == "Food:Groceries"  # as the CLI lists it


def test_typing_food_colon_gro_completes_and_tab_accepts_it(
    page: RegisterPage, qtbot: QtBot
) -> None:
    editor = _type_into(qtbot, page, page.model.blank_row, rm.CATEGORY, "Food: Gro")
    assert isinstance(editor, CompletingEdit) and editor.text() == "Food:Gro"
    qtbot.waitUntil(editor.popup_.isVisible)
    qtbot.keyClick(editor.popup_, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert _draft(page, rm.CATEGORY) == "Food:Groceries"


def test_tab_accepts_the_payee_completion_and_quickfills_from_its_last_entry(
    page: RegisterPage, qtbot: QtBot
) -> None:
    editor = _type_into(qtbot, page, page.model.blank_row, rm.PAYEE, "Corn")
    assert isinstance(editor, CompletingEdit)
    qtbot.waitUntil(editor.popup_.isVisible)
    qtbot.keyClick(editor.popup_, Qt.Key.Key_Tab)  # "Corn" was saved before
    QApplication.processEvents()
    assert _draft(page, rm.PAYEE) == "Corner Bakery"
    # Filled from the newest Corner Bakery entry, and editable before saving.
    assert _draft(page, rm.CATEGORY) == "Food:Groceries"
    assert _draft(page, rm.NOTES) == "croissants"
    assert _draft(page, rm.PAYMENT) == "4.20"
    amount = page.model.index(page.model.blank_row, page.model.column_of(rm.PAYMENT))
    assert page.model.setData(amount, "5.10")
    newest = reads.fetch_page(
        page.model.ledger, reads.RegisterQuery(account_id=page.model.query.account_id), limit=10
    )[-1]
    assert (newest.payee, newest.category, newest.notes, newest.amount) == (
        "Corner Bakery",
        "Food:Groceries",
        "croissants",
        -510,
    )


def test_an_unknown_category_is_offered_kept_and_created_undoably(
    page: RegisterPage, qtbot: QtBot
) -> None:
    asked: list[tuple[str, str | None]] = []

    def ask(path: str, inherited: str | None) -> str | None:
        asked.append((path, inherited))
        return "expense"

    page.ask_category_kind = ask  # type: ignore[method-assign]
    editor = _type_into(qtbot, page, page.model.blank_row, rm.CATEGORY, "Pets:Food")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [("Pets:Food", None)]  # a new top level: its kind asked once
    assert _draft(page, rm.CATEGORY) == "Pets:Food"  # never discarded
    qtbot.waitUntil(
        lambda: "pets:food" in {n.lower() for _i, n in page.model.completions.categories}
    )
    amount = page.model.index(page.model.blank_row, page.model.column_of(rm.PAYMENT))
    assert page.model.setData(amount, "30")
    ledger = page.model.ledger
    saved = reads.fetch_page(ledger, reads.RegisterQuery(account_id=page.model.query.account_id))
    assert saved[-1].category == "Pets:Food" and saved[-1].amount == -3000
    pets = categories.find_category(ledger, "Pets:Food")
    assert pets.kind == "expense"
    # A child of a known parent takes its kind (the question names it).
    asked.clear()
    assert page.offer_category(-1, "Food: Treats")
    assert asked == [("Food:Treats", "expense")]

    # The entry and the creations are each undoable.
    # The entry and each creation are undoable: "Pets:Food" (parent and child) is one step.
    def names() -> set[str]:
        return {c.full_name.lower() for c in categories.list_categories(ledger)}

    undo.undo(ledger)  # the entry
    undo.undo(ledger)  # Food:Treats
    assert "food:treats" not in names() and {"pets", "pets:food"} <= names()
    undo.undo(ledger)  # Pets and Pets:Food together
    assert "pets" not in names() and "pets:food" not in names()


def test_declining_keeps_the_typed_category_and_saves_nothing(
    page: RegisterPage, qtbot: QtBot
) -> None:
    page.ask_category_kind = lambda _p, _k: None  # type: ignore[method-assign]
    before = page.model.total
    editor = _type_into(qtbot, page, page.model.blank_row, rm.CATEGORY, "Pets")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    QApplication.processEvents()
    assert _draft(page, rm.CATEGORY) == "Pets"
    amount = page.model.index(page.model.blank_row, page.model.column_of(rm.PAYMENT))
    assert not page.model.setData(amount, "30")
    assert page.model.total == before and _draft(page, rm.CATEGORY) == "Pets"
