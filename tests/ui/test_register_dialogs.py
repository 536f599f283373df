"""Dialogs write through the GUI's writer: balances move in the same turn."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pytestqt.qtbot import QtBot

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.services import accounts
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.dialogs.account_dialog import AccountDialog
from permoney_desktop.ui.dialogs.rates_dialog import RatesDialog
from permoney_desktop.ui.dialogs.transfer_dialog import TransferDialog
from permoney_desktop.ui.dialogs.valuation_dialog import ValuationDialog
from permoney_desktop.ui.main_window import MainWindow


def test_account_transfer_valuation_and_rate_dialogs(qtbot: QtBot, ledger: Ledger) -> None:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    d = AccountDialog(window.book, window.writer, None, window)
    d.name.setText("Checking")
    d.opening.setText("500")
    assert d.save()
    d = AccountDialog(window.book, window.writer, None, window)
    d.name.setText("Card")
    d.kind.setCurrentIndex(d.kind.findData(AccountKind.CREDIT_CARD.value))
    d.opening.setText("80")
    assert d.save()
    assert window.accounts_model.account_count() == 2
    chk = next(a.id for a in window.book.accounts() if a.name == "Checking")
    card = next(a.id for a in window.book.accounts() if a.name == "Card")
    assert window.book.net_worth().minor == 50000 - 8000
    t = TransferDialog(window.book, window.writer, int(chk), window)
    t.target.setCurrentIndex(t.target.findData(int(card)))
    t.amount.setText("30")
    assert t.save()
    assert window.book.balance(card).minor == 5000  # type: ignore[union-attr]
    assert window.book.balance(chk).minor == 47000  # type: ignore[union-attr]
    v = ValuationDialog(window.book, window.writer, chk, window)
    v.balance.setText("1234.56")
    assert v.save()
    assert window.book.balance(chk).minor == 123456  # type: ignore[union-attr]
    assert window.undo_action.text() == "Undo Add valuation"
    bad = ValuationDialog(window.book, window.writer, chk, window)
    bad.balance.setText("1.234")
    assert not bad.save() and "decimals" in bad.error.text()
    r = RatesDialog(ledger, window.writer, window)
    r.base.setText("EUR")
    r.rate.setText("1.08")
    r.add()
    assert r.table.rowCount() == 1
    assert accounts.get_account(ledger, int(chk)).opening_balance.amount == Decimal("500.00")
    assert window.book.today >= date(2024, 1, 1)
