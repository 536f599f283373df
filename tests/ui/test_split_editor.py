"""The split editor driven by keys: the amount left to assign, OK only at zero, one undo step;
the register marks the split entry and names its lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, categories, entries, splits, undo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.dialogs.split_editor import SplitEditor
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models.register_model import CATEGORY
from permoney_desktop.ui.widgets.loan_panel import LoanPanel


def _type_cell(qtbot: QtBot, editor: SplitEditor, row: int, col: int, text: str) -> None:
    editor.table.setCurrentCell(row, col)
    editor.table.setFocus()
    qtbot.keyClicks(editor.table, text[0])  # any key starts editing the cell
    cell_editor = editor.table.focusWidget()
    assert cell_editor is not None and cell_editor is not editor.table
    qtbot.keyClicks(cell_editor, text[1:])
    qtbot.keyClick(cell_editor, Qt.Key.Key_Tab)


def test_split_editor_assigns_to_zero_and_saves_one_undo_step(qtbot: QtBot, ledger: Ledger) -> None:
    chk, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    sav, _ = accounts.create_account(ledger, "Savings", "savings", "USD")
    categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    categories.create_category(ledger, "Home", CategoryKind.EXPENSE)
    entry, _ = entries.add_entry(
        ledger, NewEntry(account_id=chk, date=date(2024, 3, 5), amount=Decimal("-50"), payee="Mart")
    )
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    names = [(int(a.id), a.name) for a in window.book.accounts()]
    editor = SplitEditor(window.writer, int(entry), names, window)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert editor.table.horizontalHeaderItem(3).text() == "Spent"  # type: ignore[union-attr]
    # Line 1 starts with the whole amount; move 20 of it to Home, then 10 to savings.
    assert "0.00" in editor.left.text() and not ok.isEnabled()
    _type_cell(qtbot, editor, 0, 0, "Food")
    editor.table.item(0, 3).setText("30")  # type: ignore[union-attr]
    assert "20.00" in editor.left.text() and not ok.isEnabled()
    _type_cell(qtbot, editor, 1, 0, "Home")
    editor.table.setCurrentCell(1, 3)
    qtbot.keyClick(editor, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert editor.table.item(1, 3).text() == "20.00"  # type: ignore[union-attr]
    assert ok.isEnabled()
    editor.table.item(1, 3).setText("10")  # type: ignore[union-attr]
    assert not ok.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.table.rowCount() == 3
    _type_cell(qtbot, editor, 2, 0, "[Savings]")
    editor.table.item(2, 3).setText("10")  # type: ignore[union-attr]
    assert ok.isEnabled() and "0.00" in editor.left.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.result() == SplitEditor.DialogCode.Accepted, editor.error.text()
    lines = splits.lines_of(ledger, [int(entry)])[int(entry)]
    assert [(x.target(), x.minor) for x in lines] == [
        ("Food", -3000),
        ("Home", -1000),
        ("[Savings]", -1000),
    ]
    assert window.book.balance(sav).minor == 1000  # type: ignore[union-attr]
    # The register marks the entry and names its lines.
    model = window.register_model
    model.set_query(model.query)
    col = model.column_of(CATEGORY)
    row = next(r for r in range(model.rowCount()) if (line := model.line(r)) and line.id == entry)
    cell = model.index(row, col)
    assert model.data(cell) == "Split: Food, Home, [Savings]"
    assert "Home" in str(model.data(cell, Qt.ItemDataRole.ToolTipRole))
    assert not model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    undo.undo(ledger)
    assert splits.lines_of(ledger, [int(entry)]) == {}
    editor.close()


def test_unknown_category_is_named_and_nothing_is_saved(qtbot: QtBot, ledger: Ledger) -> None:
    chk, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    entry, _ = entries.add_entry(
        ledger, NewEntry(account_id=chk, date=date(2024, 3, 5), amount=Decimal("12"))
    )
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    editor = SplitEditor(window.writer, int(entry), [], window)
    assert editor.table.horizontalHeaderItem(3).text() == "Received"  # type: ignore[union-attr]
    editor.table.item(0, 0).setText("Nope")  # type: ignore[union-attr]
    editor.table.item(0, 3).setText("5")  # type: ignore[union-attr]
    editor.table.item(1, 3).setText("7")  # type: ignore[union-attr]
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "no category 'Nope'" in editor.error.text()
    assert splits.lines_of(ledger, [int(entry)]) == {}
    editor.table.item(1, 3).setText("7.001")  # type: ignore[union-attr]
    assert "decimals" in editor.error.text()


def test_a_loan_accounts_register_shows_its_terms_and_an_extra_payments_effect(
    qtbot: QtBot, ledger: Ledger
) -> None:
    from permoney_desktop.services import loans

    car, _ = accounts.create_account(ledger, "Car loan", "loan", "USD", opening_balance="1000")
    cash, _ = accounts.create_account(ledger, "Cash", "cash", "USD")
    loans.set_loan(
        ledger, car, principal="1000", annual_rate="12", term_months=3,
        first_payment=date(2024, 1, 31),
    )  # fmt: skip
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.open_account(int(cash))
    page_panel = next(w for w in window.findChildren(LoanPanel))
    assert not page_panel.isVisibleTo(window)
    window.open_account(int(car))
    assert page_panel.isVisibleTo(window)
    assert "3 payments of $340.02" in page_panel.terms.text()
    assert "paid off 2024-03-31" in page_panel.terms.text()
    qtbot.keyClicks(page_panel.extra, "200")
    assert "paid off 2024-02-29, 1 payments sooner" in page_panel.effect.text()
