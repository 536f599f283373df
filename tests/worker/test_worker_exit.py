"""Quitting the app during a long sync: the worker lets go at once and the book is whole.

The app's quit calls ``Worker.stop_for_exit``; here a child process does the same while a
full rebuild is held up before its commit (the test holds the book's write lock), then exits
like the app. The next worker to start finds the interrupted run and completes it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time

from permoney_desktop.services.ledger import Ledger
from tests.worker.conftest import assert_equals_full_rebuild, new_account, sync_statuses
from tests.worker.test_worker_process import MakeWorker, stop_child, wait_for

CHILD = textwrap.dedent(
    """
    import sys, threading, time
    from pathlib import Path
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.worker.runtime import Worker

    ledger = Ledger.open(Path(sys.argv[1]))
    worker = Worker(ledger, threads=1, periodic=False)
    seen = []
    worker.events.subscribe_all(lambda event, args: seen.append(event))
    worker.start()
    worker.sync_now(int(sys.argv[2]), full=True)
    print("started", flush=True)
    sys.stdin.readline()  # the test says when to quit
    finished = worker.stop_for_exit()
    # Still inside the sync (held up by the test's lock): the stop did not wait for it.
    syncing = worker.ctx.sync_gate.running
    # Threads the interpreter would wait for at exit (an abandoned sync must not be one).
    holding = [
        t.name
        for t in threading.enumerate()
        if t is not threading.main_thread() and t.is_alive() and not t.daemon
    ]
    after = len(seen)
    worker.close()
    ledger.close()
    time.sleep(0.05)
    print(f"{int(finished)} {syncing} {len(seen) - after} {','.join(holding) or '-'}", flush=True)
    """
)


def test_quit_during_a_long_sync_is_quick_and_the_next_start_completes_it(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    acct = new_account(ledger, entries_count=30000, days=20000)
    with sqlite3.connect(ledger.paths.book) as conn:
        conn.execute("DELETE FROM balances WHERE account_id = ?", (acct,))  # all to write
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ledger.paths.book), str(acct)],
        env=dict(os.environ),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    blocker = sqlite3.connect(ledger.paths.book, timeout=30, isolation_level=None)
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "started"

        def syncing() -> bool:
            row = blocker.execute(
                "SELECT 1 FROM syncs WHERE account_id = ? AND status = 'syncing'", (acct,)
            ).fetchone()
            return row is not None

        assert wait_for(syncing, 60, poll=0.0005), "the child never started the sync"
        # Hold the book's write lock: the sync computes, then waits to commit.
        blocker.execute("BEGIN IMMEDIATE")
        assert syncing(), "the sync finished before the test could hold it up"
        time.sleep(0.1)
        child.stdin.write("quit\n")
        child.stdin.flush()
        finished, syncing, late_events, holding = child.stdout.readline().split()
        # The child exits while the test still holds the lock its sync is waiting for.
        assert child.wait(timeout=60) == 0
        stderr = child.stderr.read() if child.stderr else ""
    finally:
        blocker.close()  # the lock goes; the child is gone, so nothing commits
        stop_child(child)
    assert finished == "0"  # the sync was abandoned, not finished
    assert syncing == "1"  # the stop returned while the sync still ran
    assert holding == "-"  # no thread keeps the interpreter from exiting
    assert late_events == "0"  # nothing delivered to a GUI that is going away
    assert "Traceback" not in stderr, stderr
    assert sync_statuses(ledger, acct)[-1] == "syncing"  # left behind, no rows committed
    with sqlite3.connect(ledger.paths.book) as conn:
        count = conn.execute("SELECT count(*) FROM balances WHERE account_id = ?", (acct,))
        assert count.fetchone()[0] == 0

    worker = make_worker()
    worker.start()  # start-up cleanup resets the interrupted run and requests it again
    assert worker.wait_idle(60)
    statuses = sync_statuses(ledger, acct)
    assert "syncing" not in statuses and statuses[-1] == "completed"
    assert_equals_full_rebuild(ledger, acct)


def test_stopping_an_idle_worker_for_exit_finishes_cleanly(make_worker: MakeWorker) -> None:
    worker = make_worker()
    before = set(threading.enumerate())
    worker.start()
    assert worker.stop_for_exit() is True  # nothing was running: nothing abandoned
    assert not worker.started
    left = [t.name for t in set(threading.enumerate()) - before if t.is_alive()]
    assert not [name for name in left if name.startswith("permoney-worker")], left
