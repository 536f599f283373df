"""An account typed by name, spaces included, in the register's account cell: "Visa Gold"
selects Visa Gold and Tab goes on (a space used to open the list, which kept the rest)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, entries
from permoney_desktop.services import register_reads as reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.bus import ChangeBus
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.models.register_model import RegisterModel
from permoney_desktop.ui.optimistic import BalanceBook, ReconcileStats
from permoney_desktop.ui.pages.register_page import RegisterPage
from permoney_desktop.ui.widgets.type_ahead_combo import TypeAheadCombo
from permoney_desktop.ui.writes import Writer

NAMES = ("Everyday Checking", "Visa Card", "Visa Gold", "Wallet")


def _combo(qtbot: QtBot) -> TypeAheadCombo:
    combo = TypeAheadCombo()
    combo.addItems(list(NAMES))
    qtbot.addWidget(combo)
    combo.show()
    qtbot.waitExposed(combo)
    return combo


def test_a_name_with_spaces_typed_selects_it_and_leaves_the_list_closed(qtbot: QtBot) -> None:
    combo = _combo(qtbot)
    qtbot.keyClicks(combo, "visa g")  # the case as typed does not matter
    assert combo.currentText() == "Visa Gold"
    assert not combo.view().isVisible()


def test_a_space_on_its_own_still_opens_the_list(qtbot: QtBot) -> None:
    combo = _combo(qtbot)
    qtbot.keyClick(combo, Qt.Key.Key_Space)
    qtbot.waitUntil(combo.view().isVisible)
    combo.hidePopup()


def test_the_register_takes_an_account_typed_by_name_and_tab_moves_on(
    ledger: Ledger, qtbot: QtBot, tmp_path: Path
) -> None:
    ids = {n: accounts.create_account(ledger, n, "checking", "USD")[0] for n in NAMES}
    entries.add_entry(ledger, NewEntry(ids["Wallet"], date(2026, 11, 2), Decimal("-3")))
    bus = ChangeBus()
    book = BalanceBook(ledger, ReconcileStats())
    model = RegisterModel(ledger, book, Writer(ledger, book, bus), bus)
    model.set_query(reads.RegisterQuery())  # all accounts: the register with an account cell
    page = RegisterPage(
        model, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(page)
    page.resize(1200, 500)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)

    page.table.setCurrentIndex(model.index(model.blank_row, model.column_of(rm.ACCOUNT)))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)  # open the cell's editor
    editor = QApplication.focusWidget()
    assert isinstance(editor, TypeAheadCombo)
    qtbot.keyClicks(editor, "Visa Gold")
    assert not editor.view().isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert page.table.currentIndex().column() == model.column_of(rm.PAYEE)
    assert model.index(model.blank_row, model.column_of(rm.ACCOUNT)).data() == "Visa Gold"
