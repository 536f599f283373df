"""The GUI's writer and worker wake-up: a shared book's worker woken at the commit, before any
repaint, a book file's after it, one request per burst; exact row-count deltas for moved
entries, bounded read connections."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from permoney_desktop.app import start_worker
from permoney_desktop.domain.changes import ChangeKind, Changes
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


class _Order(QObject):
    """What happened, in order: wake-ups, applied records, paints of the register's table."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.seen: list[str] = []
        window.bus.applied.connect(lambda _a: self.seen.append("applied"))

    def eventFilter(self, _obj: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.Paint and self.seen[-1:] != ["paint"]:
            self.seen.append("paint")
        return False


class _Woken:
    """A window on ``book`` with its real worker, whose wake-ups are recorded in order with
    the window's applied records and the register's paints (``_Order``)."""

    def __init__(
        self, qtbot: QtBot, book: Ledger, worker: Any, bridge: WorkerBridge, **wake: Any
    ) -> None:
        window = MainWindow(book, worker=None, bridge=bridge)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        self.window, self.worker = window, worker
        self.calls: list[tuple[list[int], bool]] = []
        self.order = _Order(window)
        real_wake = worker.wake

        def record(account_ids: Iterable[int] = (), *, metrics: bool = False) -> bool:
            self.calls.append((sorted(int(a) for a in account_ids), metrics))
            self.order.seen.append("wake")
            return bool(real_wake(account_ids, metrics=metrics))

        worker.wake = record  # type: ignore[method-assign]
        WorkerWake(window.writer.committed, worker, parent=window, **wake)
        self.chk, self.sav = _account(window, "Checking"), _account(window, "Savings")
        rows = entries.list_entries(book).rows
        self.chk_ids = [int(e.id) for e in rows if e.account_id == self.chk]
        self.sav_ids = [int(e.id) for e in rows if e.account_id == self.sav]
        window.open_account(self.chk)
        self.viewport = window.register_page.table.viewport()

    def edit(self, entry_id: int) -> None:
        patch = EntryPatch(amount=Decimal(-1))
        assert entry_ops.edit_entry(self.window.writer, entry_id, patch)

    def settled(self, qtbot: QtBot, book: Ledger) -> None:
        """The book's syncs rows were the record: everything confirmed, nothing left."""
        assert self.worker.wait_idle(30)
        book_view = self.window.book
        qtbot.waitUntil(
            lambda: (
                not book_view.is_provisional(self.chk) and not book_view.is_provisional(self.sav)
            ),
            timeout=10000,
        )
        assert book_view.stats.mismatches == 0
        assert materialize.pending_accounts(book) == {}


@contextmanager
def _woken(qtbot: QtBot, book: Ledger, **wake: Any) -> Iterator[_Woken]:
    bridge = WorkerBridge()
    worker = start_worker(book, bridge)
    assert worker is not None
    try:
        w = _Woken(qtbot, book, worker, bridge, **wake)
        w.viewport.installEventFilter(w.order)
        try:
            qtbot.wait(50)  # paints of the window's start are over
            w.order.seen.clear()
            yield w
        finally:
            w.viewport.removeEventFilter(w.order)
        w.settled(qtbot, book)
    finally:
        worker.close()


def test_the_worker_is_woken_when_the_write_commits_before_anything_is_repainted(
    qtbot: QtBot, book: Ledger
) -> None:
    """The wake-up is sent in the write's own turn, as soon as the gate committed: before the
    views get the applied record and before the window paints it. A burst of writes in one
    turn (several rows, an undo chain) is one wake-up at once and one more when the turn ends;
    the book's syncs rows, not the GUI, say what to recompute."""
    with _woken(qtbot, book, at_commit=True) as w:
        w.edit(w.chk_ids[20])
        assert w.calls == [([int(w.chk)], False)]  # in the write's own turn
        qtbot.waitUntil(lambda: "paint" in w.order.seen, timeout=5000)
        assert w.order.seen[:3] == ["wake", "applied", "paint"]
        # Two writes in one turn: one wake-up at once, one for the second when it ends.
        w.calls.clear()
        w.edit(w.sav_ids[25])
        w.edit(w.chk_ids[5])
        assert w.calls == [([int(w.sav)], False)]
        qtbot.waitUntil(lambda: len(w.calls) == 2, timeout=5000)
        assert w.calls[1] == ([int(w.chk)], False)
        qtbot.wait(50)
        assert len(w.calls) == 2


def test_a_book_files_worker_is_woken_after_the_repaint_once_per_burst(
    qtbot: QtBot, book: Ledger
) -> None:
    """A book file's worker runs in this process: woken at the commit it would only compete
    with the repaint for the GIL, so each write restarts a timer that fires after the paint,
    and a burst of writes (a long timer here, 5 s, so a loaded machine cannot split it) is one
    wake-up naming every account the burst dirtied."""
    with _woken(qtbot, book, at_commit=False, debounce_ms=5000) as w:
        w.edit(w.chk_ids[20])
        w.edit(w.sav_ids[25])
        assert w.calls == []  # never inside the write's turn
        qtbot.wait(1)
        w.edit(w.chk_ids[5])
        assert w.calls == []
        qtbot.waitUntil(lambda: len(w.calls) == 1, timeout=15000)
        assert w.calls == [(sorted([int(w.chk), int(w.sav)]), False)]
        assert w.order.seen.index("paint") < w.order.seen.index("wake")
        qtbot.wait(200)
        assert len(w.calls) == 1  # one burst, one wake-up


def test_the_window_wakes_at_the_commit_only_on_a_shared_book(qtbot: QtBot, book: Ledger) -> None:
    window = MainWindow(book, worker=None)
    qtbot.addWidget(window)
    assert book.book.shared is False
    assert window.wake.at_commit is False


def test_another_clients_write_wakes_the_worker_to_look_not_to_claim_those_accounts(
    qtbot: QtBot, book: Ledger
) -> None:
    """A write followed from another client was woken for on the shared queue by that client:
    this window's wake-up names no accounts (the worker reads what is still claimable instead
    of queueing for the book's write lock); this window's own writes name theirs."""
    window = MainWindow(book, worker=None)
    qtbot.addWidget(window)
    calls: list[list[int]] = []

    class Worker:
        def wake(self, account_ids: Iterable[int] = (), *, metrics: bool = False) -> None:
            calls.append(sorted(int(a) for a in account_ids))

        def sync_now(self) -> None: ...
        def pause(self) -> None: ...
        def resume(self) -> None: ...

    WorkerWake(window.writer.committed, Worker(), parent=window)
    chk = _account(window, "Checking")
    elsewhere = Changes(frozenset({ChangeKind.ENTRIES}), {chk: D0}, {chk: 99})
    window.writer.publish(elsewhere, here=False)
    assert calls == [[]]
    qtbot.wait(20)
    window.writer.publish(elsewhere)
    assert calls == [[], [int(chk)]]
