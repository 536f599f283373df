"""The register refuses to save over someone else's change: the status bar says so, the row
shows the fresh values, and the next edit (against them) is saved. Own edits in a row never
conflict with each other."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.services import accounts, entries
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.models.upcoming_model import LATER_MS

pytestmark = pytest.mark.backends

DAY = date(2025, 3, 1)


def _window(qtbot: QtBot, ledger: Ledger) -> tuple[MainWindow, int]:
    """(The tests ask for ``ledger`` before ``qtbot``: the window closes before its book.)"""
    acct, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    entry_id, _ = entries.add_entry(ledger, NewEntry(acct, DAY, Decimal("-12.50"), payee="Bakery"))
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.background.wait()
    window.open_account(int(acct))
    window.register_model.set_active(True)
    return window, int(entry_id)


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Let the window's delayed reads (the upcoming strip follows an edit a moment later) run
    while its book is still there."""
    qtbot.wait(LATER_MS + 100)
    assert window.background.wait()


def _payee_cell(window: MainWindow) -> object:
    reg = window.register_model
    return reg.index(reg.row_of(0), reg.column_of(rm.PAYEE))


def test_an_edit_of_a_row_someone_else_changed_is_refused_and_the_row_reloads(
    ledger: Ledger, qtbot: QtBot
) -> None:
    window, entry_id = _window(qtbot, ledger)
    reg = window.register_model
    cell = _payee_cell(window)
    assert reg.data(cell) == "Bakery"  # the row as this window read it (version 1)
    # Another person (another process, the CLI) saves first.
    entries.edit_entry(ledger, entry_id, EntryPatch(payee="Corner bakery"))
    messages: list[str] = []
    window.writer.error.connect(messages.append)
    assert not reg.setData(cell, "Mine")
    (message,) = messages
    assert "changed by someone else" in message and "Corner bakery" in message
    assert window.statusBar().currentMessage() == message
    assert entries.get_entry(ledger, entry_id).payee == "Corner bakery"
    assert reg.data(cell) == "Corner bakery"  # the fresh values, read again
    # Typed again over what is shown now: saved.
    assert reg.setData(cell, "Mine")
    assert entries.get_entry(ledger, entry_id).payee == "Mine"
    settle(qtbot, window)


def test_own_edits_of_one_row_one_after_another_never_conflict(
    ledger: Ledger, qtbot: QtBot
) -> None:
    window, entry_id = _window(qtbot, ledger)
    reg = window.register_model
    row = reg.row_of(0)
    assert reg.setData(_payee_cell(window), "Baker")
    assert reg.setData(reg.index(row, reg.column_of(rm.NOTES)), "bread")
    assert reg.setData(_payee_cell(window), "Baker's")
    view = entries.get_entry(ledger, entry_id)
    assert (view.payee, view.notes, view.version) == ("Baker's", "bread", 4)
    settle(qtbot, window)
