"""Privacy: owner-only files, no network at all, and no amounts/payees/notes in the worker
queue or the logs after a busy session."""

from __future__ import annotations

import logging
import os
import socket
import stat
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.platform.paths import umask_private
from permoney_desktop.services import accounts, backups, entries, imports, integrity, metrics
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker.runtime import Worker

SECRET_PAYEE = "Zebulon Quixotic Dental"
SECRET_NOTE = "biopsy follow-up xyzzy"
SECRET_AMOUNTS = ("8765.43", "876543", "-8765.43", "4321.98", "432198")


@pytest.fixture
def private_umask() -> Iterator[None]:
    """What ``permoney`` and the app do first thing (cli.main / app start)."""
    previous = os.umask(0o022)
    os.umask(previous)
    umask_private()
    try:
        yield
    finally:
        os.umask(previous)


def _busy_session(ledger: Ledger, worker: Worker, tmp_path: Path) -> None:
    acct, _ = accounts.create_account(
        ledger, "Health Savings", "checking", "USD", opening_balance=Decimal("100")
    )
    start = date(2024, 1, 1)
    for i in range(40):
        amount = Decimal("-8765.43") if i % 2 else Decimal("4321.98")
        _, changes = entries.add_entry(
            ledger,
            NewEntry(
                AccountId(acct),
                start + timedelta(days=i),
                amount,
                payee=SECRET_PAYEE,
                notes=SECRET_NOTE,
            ),
        )
        worker.enqueue_changes(changes)
    csv = tmp_path / "statement.csv"
    csv.write_text(
        "Date,Description,Amount\n"
        + "".join(f"2024-03-{d:02d},{SECRET_PAYEE} {d},-8765.43\n" for d in range(1, 20))
    )
    report = imports.run_import(
        ledger, imports.ImportRequest.from_path(csv, account="Health Savings")
    )
    worker.enqueue_changes(report.changes)
    worker.request_metrics(None)
    assert worker.wait_idle(60)
    backups.backup(ledger)
    integrity.check(ledger)


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def _leaks(blob: str) -> list[str]:
    needles = (SECRET_PAYEE, SECRET_NOTE, "Zebulon", "xyzzy", *SECRET_AMOUNTS)
    return [n for n in needles if n in blob]


def test_owner_only_files_and_folders(private_umask: None, tmp_path: Path) -> None:
    with Ledger.open(None, create=True) as ledger:
        worker = Worker(ledger, periodic=False)
        try:
            worker.start()
            _busy_session(ledger, worker, tmp_path)
        finally:
            worker.close()
        cache = metrics.open_cache(ledger)
        cache.set("probe", {"x": 1}, background=True)
        cache.close()
        paths = ledger.paths
        files = [paths.book, paths.queue, *paths.backups_dir.iterdir()]
        files += [p for p in paths.cache_dir.rglob("*") if p.is_file()]
        folders = [paths.book.parent, paths.queue.parent, paths.backups_dir, paths.cache_dir]
        folders += [p for p in paths.cache_dir.rglob("*") if p.is_dir()]
        files += [Path(f"{paths.book}-wal"), Path(f"{paths.queue}-wal")]
        for f in files:
            if f.exists():
                assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
        for d in folders:
            assert stat.S_IMODE(d.stat().st_mode) == 0o700, d
        assert len(files) >= 5


def test_queue_and_logs_carry_no_amounts_payees_or_notes(
    ledger: Ledger, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    worker = Worker(ledger, periodic=False)
    try:
        worker.start()
        _busy_session(ledger, worker, tmp_path)
        # The queue file while the app still runs (results and schedule included) …
        queue_now = _all_bytes(ledger.paths.queue.parent)
    finally:
        worker.close()
    queue_after = _all_bytes(ledger.paths.queue.parent)
    for blob in (queue_now, queue_after):
        assert not _leaks(blob.decode("latin-1")), "the worker queue holds private data"
    # The queue was really used (a scan of an empty file would prove nothing).
    assert len(queue_after) > 4096
    messages = [r.getMessage() for r in caplog.records]
    messages += [str(r.args) for r in caplog.records if r.args]
    assert caplog.records, "the busy session logged nothing at DEBUG; the test proves nothing"
    leaked = [m for m in messages if _leaks(m)]
    assert not leaked, leaked[:3]


class _NoNetwork:
    def __init__(self) -> None:
        self.calls: list[Any] = []

    def connect(self, sock: socket.socket, address: Any) -> None:
        self.calls.append(address)
        raise OSError("network disabled by test")

    def create_connection(self, address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        self.calls.append(address)
        raise OSError("network disabled by test")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> _NoNetwork:
    guard = _NoNetwork()
    real_connect = socket.socket.connect

    def connect(sock: socket.socket, address: Any) -> Any:
        # Local IPC (AF_UNIX: D-Bus, Qt's own sockets) is not network access.
        if sock.family == socket.AF_UNIX:
            return real_connect(sock, address)
        return guard.connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    monkeypatch.setattr(socket, "create_connection", guard.create_connection)
    return guard


def test_full_gui_session_and_import_make_no_network_connection(
    no_network: _NoNetwork, ledger: Ledger, tmp_path: Path, qtbot: Any
) -> None:
    from permoney_desktop.app import start_worker
    from permoney_desktop.ui.bus import WorkerBridge
    from permoney_desktop.ui.main_window import MainWindow

    bridge = WorkerBridge()
    worker = start_worker(ledger, bridge)
    assert worker is not None
    try:
        window = MainWindow(ledger, worker=worker, bridge=bridge)
        qtbot.addWidget(window)
        window.show()
        _busy_session(ledger, worker, tmp_path)
        for page in ("dashboard", "register", "reports", "health"):
            window.show_page(page)
            qtbot.wait(150)
        qtbot.wait(300)
        window.close()
        window.tray.shutdown()
    finally:
        worker.close()
    assert no_network.calls == []
