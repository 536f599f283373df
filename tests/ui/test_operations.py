"""The UI's one write path: every write publishes exactly one ``Applied`` record on the bus,
with the days it touched and the row-count change per account when they are known, and no
module above ``ui.operations`` writes or publishes by itself."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import permoney_desktop.ui as ui_package
from permoney_desktop.domain.changes import ChangeKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, entries, register_reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import safety_actions
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.operations import transfers as transfer_ops

D0 = date(2024, 1, 1)


@pytest.fixture
def book(ledger: Ledger) -> Ledger:
    chk, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance="1000", opening_date=D0
    )
    sav, _ = accounts.create_account(
        ledger, "Savings", "savings", "USD", opening_balance="50", opening_date=D0
    )
    for i in range(6):
        day = D0 + timedelta(days=i)
        for _ in range(2):
            entries.add_entry(ledger, NewEntry(chk, day, Decimal(-10 - i), payee=f"Shop {i}"))
        entries.add_entry(ledger, NewEntry(sav, day, Decimal(5), payee="Interest"))
    return ledger


def _window(qtbot: QtBot, book: Ledger) -> tuple[MainWindow, list[Applied]]:
    window = MainWindow(book)
    qtbot.addWidget(window)
    window.background.wait()
    qtbot.wait(10)
    seen: list[Applied] = []
    window.bus.applied.connect(seen.append)
    return window, seen


def _account(window: MainWindow, name: str) -> AccountId:
    return next(a.id for a in window.book.accounts() if a.name == name)


def _row_of(model: rm.RegisterModel, entry_id: int) -> int:
    return next(r for r in range(model.total) if (line := model.line(r)) and line.id == entry_id)


def test_a_register_edit_publishes_one_record_with_its_days(qtbot: QtBot, book: Ledger) -> None:
    window, seen = _window(qtbot, book)
    chk = _account(window, "Checking")
    window.open_account(int(chk))
    reg = window.register_model
    reg.set_active(True)  # as when its page is shown
    row = 5  # day 2 (two entries a day, oldest first)
    line = reg.line(row)
    assert line is not None and line.date == D0 + timedelta(days=2)
    # A date edit moves the entry from day 2 to day 4: both days changed, no row came or went.
    assert reg.setData(reg.index(row, reg.column_of(rm.DATE)), "2024-01-05")
    (applied,) = seen
    assert applied.changes.dirty_from == {chk: D0 + timedelta(days=2)}
    assert applied.days == {D0 + timedelta(days=2), D0 + timedelta(days=4)}
    assert applied.count_delta == {chk: 0}
    assert reg.total == register_reads.count_entries(book, reg.query) == 12


def test_a_register_add_and_delete_publish_their_row_count_changes(
    qtbot: QtBot, book: Ledger
) -> None:
    window, seen = _window(qtbot, book)
    chk = _account(window, "Checking")
    window.open_account(int(chk))
    reg = window.register_model
    reg.set_active(True)  # as when its page is shown
    blank = reg.blank_row
    reg.setData(reg.index(blank, reg.column_of(rm.DATE)), "2024-01-10")
    assert reg.setData(reg.index(blank, reg.column_of(rm.PAYMENT)), "7.50")
    (added,) = seen
    assert added.count_delta == {chk: 1}
    assert added.days == {D0 + timedelta(days=9)}
    assert reg.total == 13
    # Delete two rows of different days in one write: one record, two rows fewer.
    assert reg.delete_rows([reg.row_of(0), reg.row_of(3)])
    assert len(seen) == 2
    deleted = seen[1]
    assert deleted.count_delta == {chk: -2}
    assert deleted.days == {D0, D0 + timedelta(days=1)}
    assert reg.total == register_reads.count_entries(book, reg.query) == 11
    assert "17 entries" in window.status_label.text()  # 18 + 1 - 2, counted from the records


def test_a_new_transfer_counts_its_two_sides_only(qtbot: QtBot, book: Ledger) -> None:
    """The operation names the entries a write created; a transfer's id is no entry id (it was
    once read as one: an entry with that id on another day counted as a new row too)."""
    window, seen = _window(qtbot, book)
    chk, sav = _account(window, "Checking"), _account(window, "Savings")
    window.open_account(None)
    reg = window.register_model
    reg.set_active(True)
    day = D0 + timedelta(days=30)
    new_id = transfer_ops.add_transfer(window.writer, int(chk), int(sav), day, Decimal(1))
    assert new_id is not None
    (applied,) = seen
    assert applied.count_delta == {chk: 1, sav: 1}
    assert applied.days == {day}
    assert reg.total == register_reads.count_entries(book, reg.query) == 20


def test_undo_and_redo_publish_one_record_each_and_views_count_afresh(
    qtbot: QtBot, book: Ledger
) -> None:
    window, seen = _window(qtbot, book)
    sav = _account(window, "Savings")
    window.open_account(int(sav))
    reg = window.register_model
    reg.set_active(True)  # as when its page is shown
    assert reg.delete_rows([reg.row_of(0)])
    assert reg.total == 5
    window.undo()
    assert len(seen) == 2
    undone = seen[1]
    assert undone.changes.dirty_from == {sav: D0}
    # The journal alone knows the step's entries: no days or counts are claimed.
    assert undone.days is None and undone.count_delta is None
    assert reg.total == 6
    window.redo()
    assert len(seen) == 3 and reg.total == 5
    assert window.undo_action.text().startswith("Undo Delete")


def test_a_restore_or_repair_is_one_record_of_every_kind(qtbot: QtBot, book: Ledger) -> None:
    window, seen = _window(qtbot, book)
    safety_actions.install(window)
    actions = safety_actions.controller(window)
    assert actions is not None
    actions._reload_window(fresh_metrics=False)
    (applied,) = seen
    assert applied.changes.kinds == frozenset(ChangeKind) - {ChangeKind.BALANCES}
    assert applied.days is None and applied.count_delta is None


def test_demo_data_is_one_record(qtbot: QtBot, ledger: Ledger) -> None:
    window, seen = _window(qtbot, ledger)
    window.fill_demo_here()
    (applied,) = seen
    assert ChangeKind.ENTRIES in applied.changes.kinds
    assert applied.changes.dirty_from  # the worker is asked for every demo account
    assert not window.sidebar.is_empty()


# Writes and publications the modules above the operations must not make themselves.
_FORBIDDEN = re.compile(
    r"\b(?:writer|bus)\s*\.\s*(?:run|apply|write|write_value|step|publish|announce)\s*\("
    r"|enqueue_changes\s*\("
    r"|permoney_desktop\.services\.(?:entries|accounts|transfers|valuations|undo|demo)\b"
    r"|from permoney_desktop\.services import [^\n]*\b(?:entries|transfers|valuations|undo)\b"
)
_WRITE_PATH = {"operations", "writes.py", "worker_wake.py", "bus.py"}


def test_no_ui_module_outside_the_operations_writes_or_publishes() -> None:
    root = Path(ui_package.__file__).parent
    offenders = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if rel.parts[0] in _WRITE_PATH:
            continue
        for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _FORBIDDEN.search(text):
                offenders.append(f"{rel}:{n}: {text.strip()}")
    assert offenders == []
