"""Edit → History…: the same rows as ``permoney history``, filterable by person, driven from
the keyboard, and kept current while open."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from permoney_desktop.cli import main
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, entries, undo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.dialogs import history_dialog
from permoney_desktop.ui.dialogs.history_dialog import HistoryDialog
from permoney_desktop.ui.main_window import MainWindow


def as_person(book: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> Ledger:
    monkeypatch.setenv("PERMONEY_PROFILE", name)
    return Ledger.open(book)


@pytest.fixture
def household(
    book_path: Path, new_book: object, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Ledger]:
    """Anna and Ben keep one book file: Anna made the account and two entries (one undone),
    Ben one entry; the window is Anna's."""
    assert callable(new_book)
    new_book(book_path)
    with as_person(book_path, "ben", monkeypatch) as ben:
        acct, _ = accounts.create_account(ben, "Checking", "checking", "USD")
        entries.add_entry(ben, NewEntry(acct, date(2024, 5, 2), Decimal("-20.00"), payee="Bakery"))
    anna = as_person(book_path, "anna", monkeypatch)
    entries.add_entry(anna, NewEntry(acct, date(2024, 5, 3), Decimal("-9.99"), payee="Kiosk"))
    entries.add_entry(anna, NewEntry(acct, date(2024, 5, 4), Decimal("100"), payee="Refund"))
    assert undo.undo(anna) is not None
    yield anna
    anna.close()


def cli_history(book: Path, capsys: pytest.CaptureFixture[str]) -> list[tuple[str, str, str]]:
    capsys.readouterr()
    assert main(["--book", str(book), "history", "--format", "json", "--limit", "500"]) == 0
    rows = json.loads(capsys.readouterr().out)
    return [(r["who"], r["change"], r["state"]) for r in rows]


def shown(dialog: HistoryDialog) -> list[tuple[str, str, str]]:
    return [(s.who, s.label, "undone" if s.undone else "done") for s in dialog.shown_steps()]


def test_the_history_shows_the_clis_rows_and_filters_by_person_from_the_keyboard(
    qtbot: QtBot, household: Ledger, book_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dialog = HistoryDialog(household)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert shown(dialog) == cli_history(book_path, capsys)
    assert [who for who, _l, _s in shown(dialog)] == ["anna", "anna", "ben", "ben"]
    assert dialog.table.item(0, history_dialog.STATE).text() == "undone"
    assert dialog.table.item(0, history_dialog.WHO).text() == "anna"
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == [
        "Everyone",
        "anna (you)",
        "ben",
    ]
    # The table has the focus: arrows move through the changes.
    assert dialog.focusWidget() is dialog.table and dialog.table.currentRow() == 0
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.table.currentRow() == 1
    # Shift+Tab leaves the table for the person filter; Down twice chooses ben.
    qtbot.keyClick(dialog.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.person
    qtbot.keyClick(dialog.person, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.person, Qt.Key.Key_Down)
    assert dialog.person.currentData() == "ben"
    assert [who for who, _l, _s in shown(dialog)] == ["ben", "ben"]
    assert not dialog.table.isRowHidden(dialog.table.currentRow())
    assert shown(dialog) == [r for r in cli_history(book_path, capsys) if r[0] == "ben"]


def test_the_window_opens_it_from_the_edit_menu_and_it_follows_new_changes(
    qtbot: QtBot, household: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(household)
    qtbot.addWidget(window)
    window.show()
    assert window.history_action in window.edit_menu.actions()
    assert window.history_action.shortcut() == QKeySequence("Ctrl+H")
    opened: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: opened.append(self) or self.show())
    window.history_action.trigger()
    (dialog,) = opened
    qtbot.addWidget(dialog)
    assert dialog.steps[0].undone  # Anna's undone entry, until her next change replaces it
    errors: list[str] = []
    window.writer.error.connect(errors.append)
    done = window.writer.write_value(
        lambda: entries.add_entry(household, NewEntry(1, date(2024, 5, 5), Decimal(-3)))
    )
    assert done is not None, errors
    qtbot.waitUntil(lambda: not dialog.steps[0].undone, timeout=5000)
    assert dialog.steps[0].who == "anna"
    assert dialog.table.item(0, history_dialog.STATE).text() == "done"
