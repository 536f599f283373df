"""Entering entries from the keyboard in the real widgets: dates as typed, Tab leaves a field."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.money import Money
from permoney_desktop.services import accounts, entries
from permoney_desktop.services import register_reads as reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.bus import ChangeBus
from permoney_desktop.ui.dialogs.transfer_dialog import TransferDialog
from permoney_desktop.ui.dialogs.valuation_dialog import ValuationDialog
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.models.register_model import RegisterModel
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.optimistic import BalanceBook, ReconcileStats
from permoney_desktop.ui.pages.register_page import RegisterPage
from permoney_desktop.ui.widgets.date_edit import DateEdit
from permoney_desktop.ui.writes import Writer

D0 = date(2024, 1, 1)


@dataclass
class Gui:
    ledger: Ledger
    account: AccountId
    other: AccountId
    book: BalanceBook
    writer: Writer
    model: RegisterModel
    page: RegisterPage


@pytest.fixture
def gui(ledger: Ledger, qtbot: QtBot, tmp_path: Path) -> Iterator[Gui]:
    acc, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance="1000", opening_date=D0
    )
    other, _ = accounts.create_account(ledger, "Savings", "savings", "USD", opening_date=D0)
    entries.add_many(
        ledger,
        [NewEntry(acc, D0 + timedelta(days=i), Decimal(-5), payee=f"Shop {i}") for i in range(3)],
        label="test rows",
    )
    bus = ChangeBus()
    book = BalanceBook(ledger, ReconcileStats())
    writer = Writer(ledger, book, bus)
    model = RegisterModel(ledger, book, writer, bus)
    model.set_query(reads.RegisterQuery(account_id=acc))
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = RegisterPage(model, settings=settings)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    yield Gui(ledger, acc, other, book, writer, model, page)


def _type_into(qtbot: QtBot, gui: Gui, row: int, column: str, text: str) -> QLineEdit:
    """Put the cursor on a cell and type: the first key opens its editor (as a user does)."""
    gui.page.table.setCurrentIndex(gui.model.index(row, gui.model.column_of(column)))
    qtbot.keyClicks(gui.page.table, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    return editor


def _stored(gui: Gui) -> list[reads.EntryLine]:
    return reads.fetch_page(gui.ledger, reads.RegisterQuery(account_id=gui.account), limit=100)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-11-03", date(2026, 11, 3)),  # saved 2026-12-11 before
        ("20261103", date(2026, 11, 3)),
        ("t", date.today()),
        ("+1", date.today() + timedelta(days=1)),
    ],
)
def test_a_typed_date_in_the_blank_row_is_the_saved_date(
    gui: Gui, qtbot: QtBot, typed: str, expected: date
) -> None:
    blank = gui.model.blank_row
    editor = _type_into(qtbot, gui, blank, rm.DATE, typed)
    assert isinstance(editor, DateEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab leaves the date for the next cell
    QApplication.processEvents()
    assert QApplication.focusWidget() is not editor
    assert gui.page.table.currentIndex().column() == gui.model.column_of(rm.PAYEE)
    editor = _type_into(qtbot, gui, blank, rm.PAYMENT, "12.50")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    saved = [line for line in _stored(gui) if line.amount == -1250]
    assert [line.date for line in saved] == [expected]


def test_an_existing_row_takes_a_typed_date_and_steps_from_its_own(gui: Gui, qtbot: QtBot) -> None:
    top = gui.model.row_of(0)  # the first entry (the opening balance's row is above it)
    first = gui.model.line(top)
    assert first is not None and first.date == D0
    editor = _type_into(qtbot, gui, top, rm.DATE, "-1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert {line.date for line in _stored(gui) if line.id == first.id} == {D0 - timedelta(1)}


def test_a_date_that_is_not_one_keeps_the_editor_and_says_why(gui: Gui, qtbot: QtBot) -> None:
    messages: list[str] = []
    gui.page.status_message.connect(messages.append)
    editor = _type_into(qtbot, gui, gui.model.blank_row, rm.DATE, "2026-13-45")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert QApplication.focusWidget() is editor and editor.text() == "2026-13-45"
    assert messages and "not a date" in messages[-1]
    assert not gui.model.has_draft()


def test_transfer_dialog_takes_typed_digits_and_tab_leaves_the_date(gui: Gui, qtbot: QtBot) -> None:
    dialog = TransferDialog(gui.book, gui.writer, int(gui.account), gui.page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.target.setCurrentIndex(dialog.target.findData(int(gui.other)))
    dialog.day.setFocus()
    dialog.day.selectAll()
    qtbot.keyClicks(dialog.day, "2026-11-03")
    qtbot.keyClick(dialog.day, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.amount  # the next field, not the month section
    qtbot.keyClicks(dialog.amount, "30")
    assert dialog.save()
    lines = [line for line in _stored(gui) if line.amount == -3000]
    assert [line.date for line in lines] == [date(2026, 11, 3)]


def test_valuation_dialog_refuses_an_ambiguous_or_bad_date_with_a_sentence(
    gui: Gui, qtbot: QtBot
) -> None:
    dialog = ValuationDialog(gui.book, gui.writer, gui.account, gui.page)
    qtbot.addWidget(dialog)
    dialog.balance.setText("100")
    dialog.day.setText("31.02.2026")
    assert not dialog.save() and "not a date" in dialog.error.text()
    dialog.day.setText("20261103")
    assert dialog.save()
    valued = [line for line in _stored(gui) if line.date == date(2026, 11, 3)]
    assert [line.amount for line in valued] == [10000]


def _usd(text: str) -> str:
    return format_money(Money(Decimal(text), "USD"))


def _shown(gui: Gui, row: int, column: str) -> object:
    return gui.model.index(row, gui.model.column_of(column)).data()


def test_payment_and_deposit_columns_by_default_spending_typed_without_a_sign(
    gui: Gui, qtbot: QtBot
) -> None:
    """A grocery typed as 12.50 was saved as money in: under Payment it is spending."""
    assert rm.PAYMENT in gui.model.columns and rm.DEPOSIT in gui.model.columns
    assert rm.AMOUNT not in gui.model.columns
    editor = _type_into(qtbot, gui, gui.model.blank_row, rm.PAYMENT, "12.50")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    editor = _type_into(qtbot, gui, gui.model.blank_row, rm.DEPOSIT, "40")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    amounts = sorted(line.amount for line in _stored(gui) if line.amount not in (-500,))
    assert amounts == [-1250, 4000]
    rows = {
        gui.model.line(r).amount: r  # type: ignore[union-attr]
        for r in map(gui.model.row_of, range(gui.model.total))
    }
    spent, paid_in = rows[-1250], rows[4000]
    assert (_shown(gui, spent, rm.PAYMENT), _shown(gui, spent, rm.DEPOSIT)) == (_usd("12.50"), "")
    assert (_shown(gui, paid_in, rm.PAYMENT), _shown(gui, paid_in, rm.DEPOSIT)) == ("", _usd("40"))
    header = gui.model.headerData(gui.model.column_of(rm.PAYMENT), Qt.Orientation.Horizontal)
    assert header == "Payment"


def test_a_negative_typed_under_deposit_moves_to_payment(gui: Gui) -> None:
    top = gui.model.row_of(0)
    first = gui.model.line(top)
    assert first is not None and first.amount == -500
    deposit = gui.model.index(top, gui.model.column_of(rm.DEPOSIT))
    assert deposit.data(Qt.ItemDataRole.EditRole) == ""
    assert gui.model.setData(deposit, "-7")
    assert {line.amount for line in _stored(gui) if line.id == first.id} == {-700}
    assert _shown(gui, top, rm.PAYMENT) == _usd("7") and _shown(gui, top, rm.DEPOSIT) == ""


def test_one_signed_amount_column_is_a_setting_that_sticks(
    gui: Gui, qtbot: QtBot, tmp_path: Path
) -> None:
    from permoney_desktop.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(gui.ledger, settings=gui.page.settings)
    qtbot.addWidget(dialog)
    assert dialog.split_amounts.isChecked()
    dialog.split_amounts_changed.connect(gui.page.set_split_amounts)
    dialog.split_amounts.setChecked(False)
    assert dialog.apply()
    assert gui.model.columns[-2:] == [rm.AMOUNT, rm.BALANCE]
    top = gui.model.row_of(0)
    assert _shown(gui, top, rm.AMOUNT) == _usd("-5")
    # Money in is marked as such: a positive expense cannot pass for spending.
    assert gui.model.setData(gui.model.index(top, gui.model.column_of(rm.AMOUNT)), "12.50")
    assert _shown(gui, top, rm.AMOUNT) == f"+{_usd('12.50')}"
    # A new window on the same settings starts with one Amount column.
    again = RegisterModel(gui.ledger, gui.book, gui.writer, ChangeBus(), split_amounts=True)
    page = RegisterPage(again, settings=gui.page.settings)
    qtbot.addWidget(page)
    assert not again.split_amounts and rm.AMOUNT in again.columns
    assert not SettingsDialog(gui.ledger, settings=gui.page.settings).split_amounts.isChecked()


def test_a_valuation_shows_its_level_under_deposit_and_no_payment(gui: Gui) -> None:
    from permoney_desktop.services import valuations

    valuations.set_valuation(gui.ledger, gui.account, D0 + timedelta(days=10), Decimal(-20))
    gui.model.set_query(gui.model.query)
    row = gui.model.row_of(gui.model.total - 1)
    assert _shown(gui, row, rm.DEPOSIT) == f"= {_usd('-20')}" and _shown(gui, row, rm.PAYMENT) == ""
    flags = gui.model.flags(gui.model.index(row, gui.model.column_of(rm.PAYMENT)))
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_split_model_passes_the_model_tester(gui: Gui, qtmodeltester: object) -> None:
    qtmodeltester.check(gui.model, force_py=True)  # type: ignore[attr-defined]


def test_a_transfer_row_names_the_other_account_and_its_menu_goes_there(gui: Gui) -> None:
    from permoney_desktop.services import transfers

    transfers.add_transfer(gui.ledger, gui.account, gui.other, D0 + timedelta(days=5), Decimal(25))
    gui.model.set_query(gui.model.query)
    row = gui.model.row_of(gui.model.total - 1)
    assert _shown(gui, row, rm.CATEGORY) == "Transfer to Savings"
    menu = gui.page.context_menu(row)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:2] == ["Duplicate", "Delete"]
    assert "Split…" not in texts  # a transfer is not split
    plain = gui.page.context_menu(
        gui.model.row_of(0)
    )  # not a transfer: no other side, and it can be split
    assert [a.text() for a in plain.actions() if a.text()] == ["Duplicate", "Delete", "Split…"]
    go = next(a for a in menu.actions() if a.text() == "Go to the other side in Savings")
    partner = gui.model.partner(gui.model.line(row))  # type: ignore[arg-type]
    assert partner is not None
    go.trigger()
    assert gui.model.query.account_id == gui.other
    assert _shown(gui, gui.model.row_of(gui.model.total - 1), rm.CATEGORY) == (
        "Transfer from Checking"
    )
    # ...and the other side is the selected, current row
    current = gui.page.table.currentIndex()
    assert gui.model.line(current.row()).id == partner[0]  # type: ignore[union-attr]
    assert gui.page.selected_rows() == [current.row()]


def test_context_menu_duplicate_and_delete_act_on_the_row(gui: Gui) -> None:
    before, top = gui.model.total, gui.model.row_of(0)
    gui.page.table.selectRow(top)
    menu = gui.page.context_menu(top)
    next(a for a in menu.actions() if a.text() == "Duplicate").trigger()
    assert gui.model.total == before + 1
    gui.page.table.selectRow(top)
    next(a for a in gui.page.context_menu(top).actions() if a.text() == "Delete").trigger()
    assert gui.model.total == before


def test_enter_on_the_last_entry_starts_the_next_blank_row(gui: Gui, qtbot: QtBot) -> None:
    last = gui.model.blank_row - 1
    gui.page.table.setFocus()
    gui.page.table.setCurrentIndex(gui.model.index(last, gui.model.column_of(rm.PAYEE)))
    qtbot.keyClick(gui.page.table, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert gui.page.table.currentIndex().row() == gui.model.blank_row
    assert isinstance(QApplication.focusWidget(), DateEdit)  # ready to type the date
