"""`permoney worker` as a child process: killed mid-sync, stopped by SIGTERM; `sync`, `health`."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.cli import main
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import entries
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker import presence
from permoney_desktop.worker.runtime import Worker
from tests.worker.conftest import START, assert_equals_full_rebuild, new_account, sync_statuses

MakeWorker = Callable[..., Worker]


def spawn_worker(book: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "permoney_desktop", "--book", str(book), "worker", "--threads", "1"],
        env=dict(os.environ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def stop_child(child: subprocess.Popen[bytes]) -> None:
    if child.poll() is None:
        child.kill()
    child.wait(timeout=10)


def wait_for(condition: Callable[[], bool], timeout: float, poll: float = 0.002) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(poll)
    return False


def test_worker_killed_mid_sync_finishes_the_sync_after_restart(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    acct = new_account(ledger, entries_count=30000, days=9000)
    producer = make_worker()
    producer.sync_now(acct, full=True)  # a full rebuild, long enough to be caught mid-way
    producer.close()

    def syncing() -> bool:
        with sqlite3.connect(ledger.paths.book) as conn:
            return bool(
                conn.execute(
                    "SELECT 1 FROM syncs WHERE account_id = ? AND status = 'syncing'", (acct,)
                ).fetchone()
            )

    child = spawn_worker(ledger.paths.book)
    try:
        assert wait_for(syncing, 60), "the child never started the sync"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        stop_child(child)
    assert child.returncode == -signal.SIGKILL
    assert "syncing" in sync_statuses(ledger, acct)  # left behind by the crash

    worker = make_worker()
    worker.start()
    assert worker.wait_idle(30)
    statuses = sync_statuses(ledger, acct)
    assert "syncing" not in statuses
    assert statuses[-1] == "completed"
    assert_equals_full_rebuild(ledger, acct)


def test_sigterm_stops_the_headless_worker_gracefully(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    watcher = make_worker()
    child = spawn_worker(ledger.paths.book)
    try:
        assert wait_for(lambda: bool(presence.live_consumers(watcher.huey)), 60, poll=0.05)
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=20) == 0
    finally:
        stop_child(child)
    assert presence.live_consumers(watcher.huey) == []


def test_sync_wait_runs_a_consumer_when_no_app_is_running(
    ledger: Ledger, book_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    acct = new_account(ledger, entries_count=100)
    entries.add_entry(ledger, NewEntry(acct, START + timedelta(days=3), Decimal("-9.99")))
    assert sync_statuses(ledger, acct)[-1] == "pending"
    assert main(["--book", str(book_path), "sync", "--wait"]) == 0
    assert sync_statuses(ledger, acct)[-1] == "completed"
    assert "synced 1 account run(s)" in capsys.readouterr().err
    assert_equals_full_rebuild(ledger, acct)

    assert main(["--book", str(book_path), "health", "--format", "json"]) == 0
    health = json.loads(capsys.readouterr().out)
    assert health["verdict"]["level"] == "healthy"
    assert health["processed"] >= 1
    assert health["wait_p95_s"] is not None
    assert health["recent_syncs"][0]["status"] == "completed"
    assert health["consumers"] == []


def test_sync_wait_waits_for_a_running_app_and_account_is_rebuilt(
    ledger: Ledger, book_path: Path, make_worker: MakeWorker, capsys: pytest.CaptureFixture[str]
) -> None:
    acct = new_account(ledger, "Savings", entries_count=100)
    app_worker = make_worker()
    app_worker.start()
    assert wait_for(lambda: bool(presence.live_consumers(app_worker.huey)), 5, poll=0.05)
    assert main(["--book", str(book_path), "sync", "--account", "savings", "--wait"]) == 0
    statuses = sync_statuses(ledger, acct)
    assert statuses[-1] == "completed" and len(statuses) >= 2
    assert app_worker.monitor.processed >= 1  # the app's consumer did the work
    assert main(["--book", str(book_path), "health"]) == 0
    out = capsys.readouterr().out
    assert "verdict: healthy" in out
    assert "worker: running" in out
    assert "Savings" in out


def test_sync_errors_are_one_line(
    book_path: Path, ledger: Ledger, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--book", str(book_path), "sync", "--account", "Nope"]) == 2
    assert capsys.readouterr().err.strip() == "permoney: unknown account 'Nope'"
    assert main(["--book", str(book_path), "sync", "--wait", "--timeout", "0"]) == 2


def test_cli_writes_queue_syncs_and_balances_wait_applies_them(
    ledger: Ledger, book_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    acct = new_account(ledger, "Wallet", entries_count=20)
    day = (START + timedelta(days=30)).isoformat()
    args = ["--book", str(book_path)]
    producer = Worker(ledger, threads=1)
    try:
        # An app is alive (its heartbeat): the CLI write only queues the sync for it.
        presence.beat(producer.huey, "app", {"threads": 1})
        assert (
            main([*args, "tx", "add", "--account", "Wallet", "--date", day, "--amount", "-12.50"])
            == 0
        )
        assert sync_statuses(ledger, acct)[-1] == "pending"  # queued, not materialized inline
        assert producer.huey.pending_count() >= 1
    finally:
        presence.forget(producer.huey, "app")  # the app quit before running it
        producer.close()
    capsys.readouterr()
    assert main([*args, "balances", "--account", "Wallet", "--to", day]) == 0
    assert "not yet reflected" in capsys.readouterr().err
    assert main([*args, "balances", "--account", "Wallet", "--to", day, "--wait"]) == 0
    captured = capsys.readouterr()
    assert "not yet reflected" not in captured.err
    assert sync_statuses(ledger, acct)[-1] == "completed"
    assert_equals_full_rebuild(ledger, acct)
