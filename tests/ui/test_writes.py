"""The GUI's writer and worker wake-up: one request per burst, exact row-count deltas for moved
entries, bounded read connections."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from permoney_desktop.app import start_worker
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, entries, materialize, register_reads, transfers
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.background import Background
from permoney_desktop.ui.bus import WorkerBridge
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.operations import entries as entry_ops
from permoney_desktop.ui.worker_wake import WorkerWake

D0 = date(2024, 1, 1)


@pytest.fixture
def book(ledger: Ledger) -> Ledger:
    chk, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance="1000", opening_date=D0
    )
    sav, _ = accounts.create_account(
        ledger, "Savings", "savings", "USD", opening_balance="50", opening_date=D0
    )
    for i in range(10):
        day = D0 + timedelta(days=i)
        for _ in range(3):  # three entries a day on both accounts
            entries.add_entry(ledger, NewEntry(chk, day, Decimal(-10 - i), payee=f"Shop {i}"))
            entries.add_entry(ledger, NewEntry(sav, day, Decimal(5), payee="Interest"))
    return ledger


def _account(window: MainWindow, name: str) -> AccountId:
    return next(a.id for a in window.book.accounts() if a.name == name)


def _fresh_count(window: MainWindow) -> int:
    return register_reads.count_entries(window.ledger, window.register_model.query)


def _entry_rows(reg: rm.RegisterModel) -> int:
    """The register's entry rows: all but the blank entry row and an opening balance's row."""
    return reg.rowCount() - 1 - (reg.opening_row is not None)


@pytest.mark.parametrize("register", ["Checking", "Savings", "all"])
def test_a_moved_transfer_adds_only_itself_to_the_row_count(
    qtbot: QtBot, book: Ledger, register: str
) -> None:
    window = MainWindow(book)
    qtbot.addWidget(window)
    chk, sav = _account(window, "Checking"), _account(window, "Savings")
    window.open_account(None if register == "all" else int(_account(window, register)))
    reg = window.register_model
    reg.set_active(True)
    window.background.wait()
    qtbot.wait(10)
    tid, _ = transfers.add_transfer(book, int(chk), int(sav), D0 + timedelta(days=20), Decimal(7))
    window.refresh()
    window.background.wait()
    qtbot.wait(10)
    assert _entry_rows(reg) == _fresh_count(window)
    status_before = window.status_label.text()
    assert "62 entries" in status_before  # 60 + the transfer's 2
    # Move the transfer onto day 3, which holds three entries on each side: a caller that
    # passes no days= at all (only the ids), like any dialog.
    ids = register_reads.transfer_entry_ids(book, int(tid))
    assert window.writer.write(
        lambda: transfers.edit_transfer(book, int(tid), day=D0 + timedelta(days=3)), ids=ids
    )
    # The same turn: the register's row count matches a fresh count, and nothing moved in.
    assert _entry_rows(reg) == _fresh_count(window)
    assert "62 entries" in window.status_label.text()
    # Onto another account's day as well (Checking → Savings becomes Savings → Checking).
    assert window.writer.write(
        lambda: transfers.edit_transfer(
            book, int(tid), from_account=int(sav), to_account=int(chk), day=D0 + timedelta(days=5)
        ),
        ids=ids,
    )
    assert _entry_rows(reg) == _fresh_count(window)
    assert "62 entries" in window.status_label.text()


def test_an_entry_moved_to_another_account_without_days_keeps_counts_exact(
    qtbot: QtBot, book: Ledger
) -> None:
    window = MainWindow(book)
    qtbot.addWidget(window)
    chk, sav = _account(window, "Checking"), _account(window, "Savings")
    window.open_account(int(sav))
    reg = window.register_model
    reg.set_active(True)
    window.background.wait()
    qtbot.wait(10)
    assert _entry_rows(reg) == 30
    entry = next(e for e in entries.list_entries(book).rows if e.account_id == chk)
    assert entry_ops.edit_entry(
        window.writer, int(entry.id), EntryPatch(account_id=sav, date=D0 + timedelta(days=2))
    )
    assert _entry_rows(reg) == _fresh_count(window) == 31


def _open_fds_on(path: Path) -> int:
    n = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == str(path):
                n += 1
        except OSError:
            continue  # closed meanwhile (the listing's own descriptor)
    return n


def test_background_reads_from_fresh_threads_keep_connections_bounded(
    qtbot: QtBot, book: Ledger
) -> None:
    path = Path(book.book.path).resolve()
    register_reads.entry_count(book)
    start = _open_fds_on(path)
    background = Background()
    results: list[int] = []
    for _ in range(40):
        background.run(lambda: register_reads.entry_count(book), results.append)
        assert background.wait(10)
    qtbot.waitUntil(lambda: len(results) == 40)
    # Fresh Python threads too: each one used to keep its own connection forever.
    for _ in range(40):
        t = threading.Thread(target=register_reads.entry_count, args=(book,))
        t.start()
        t.join()
    assert results == [60] * 40
    assert _open_fds_on(path) <= start + 4


def test_a_burst_of_writes_becomes_one_worker_wake_up(qtbot: QtBot, book: Ledger) -> None:
    """Every applied write with dirty accounts restarts the wake-up timer: a burst of writes is
    one wake-up after it, never one inside a write's turn; the book's syncs rows, not the
    GUI, say what to recompute."""
    bridge = WorkerBridge()
    worker = start_worker(book, bridge)
    assert worker is not None
    try:
        # The window without the worker: only the wake-up below (a long burst window, 5 s, so a
        # loaded machine whose writes take a second each cannot split the burst) wakes it.
        window = MainWindow(book, worker=None, bridge=bridge)
        qtbot.addWidget(window)
        calls: list[bool] = []
        real_wake = worker.wake

        def wake(account_ids: Iterable[int] = (), *, metrics: bool = False) -> bool:
            calls.append(metrics)
            return bool(real_wake(account_ids, metrics=metrics))

        worker.wake = wake  # type: ignore[method-assign]
        WorkerWake(window.bus, worker, debounce_ms=5000, parent=window)
        chk, sav = _account(window, "Checking"), _account(window, "Savings")
        rows = entries.list_entries(book).rows
        chk_ids = [int(e.id) for e in rows if e.account_id == chk]
        sav_ids = [int(e.id) for e in rows if e.account_id == sav]

        def edit(entry_id: int) -> None:
            assert entry_ops.edit_entry(window.writer, entry_id, EntryPatch(amount=Decimal(-1)))

        # Two writes in one event-loop turn (several rows, an undo chain), then the rest of
        # the burst, each write in its own turn: one wake-up.
        edit(chk_ids[20])
        edit(sav_ids[25])
        assert calls == []  # never inside the write's turn
        for entry_id in (chk_ids[5], chk_ids[14], sav_ids[2], chk_ids[9]):
            qtbot.wait(1)
            edit(entry_id)
        assert calls == []  # the timer (5 s here) is still running
        # The book's syncs rows are the record: each account from its earliest edited day.
        days = {int(e.id): e.date for e in rows}
        burst = [chk_ids[20], sav_ids[25], chk_ids[5], chk_ids[14], sav_ids[2], chk_ids[9]]
        pending = materialize.pending_accounts(book)
        assert pending[chk] == min(days[i] for i in burst if i in chk_ids)
        assert pending[sav] == min(days[i] for i in burst if i in sav_ids)
        qtbot.waitUntil(lambda: len(calls) == 1, timeout=15000)
        assert calls == [False]
        qtbot.wait(5100)
        assert len(calls) == 1  # nothing more: a burst of 6 writes, 1 wake-up
        assert worker.wait_idle(30)
        qtbot.waitUntil(
            lambda: not window.book.is_provisional(chk) and not window.book.is_provisional(sav),
            timeout=10000,
        )
        assert window.book.stats.mismatches == 0
    finally:
        worker.close()
