"""Quitting and yielding: how long the worker's exit and the sync gate's idle check take.

Run: .venv/bin/python benchmarks/bench_exit.py [--samples 5] [--entries 30000]

The tests check what these do (tests/worker/test_worker_exit.py, test_sync_gate.py); how
long they take is measured here, on a new temporary book with one account of ``--entries``
entries:

* stop_for_exit, idle: a started worker with nothing to do;
* stop_for_exit, held sync: in a child process, a full sync of the account waiting for the
  book's write lock (held here), abandoned after ``EXIT_WAIT_S``; and from the quit to the
  child process being gone (its interpreter shut down);
* yield_to_syncs, idle: one call of the gate's check with no sync about (per call).

Budgets: stop_for_exit ≤ 500 ms in both cases and the whole exit ≤ 2 s (the app's quit); an
idle yield ≤ 50 µs.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, entries, materialize
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker.context import SyncGate
from permoney_desktop.worker.runtime import Worker

ROOT = Path(__file__).resolve().parent.parent
START = date(2020, 1, 1)


def build(book: Path, count: int) -> int:
    with Ledger.open(book, create=True) as ledger:
        acct, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
        rows = [
            NewEntry(acct, START + timedelta(days=i % 2000), Decimal(i % 7 - 3) + Decimal("0.25"))
            for i in range(count)
        ]
        entries.add_many(ledger, rows, label="bulk")
        materialize.sync_account(ledger, acct, full=True)
    return int(acct)


def stop_idle(book: Path) -> float:
    with Ledger.open(book) as ledger:
        worker = Worker(ledger, threads=1, periodic=False)
        worker.start()
        worker.wait_idle(30)
        started = time.perf_counter()
        worker.stop_for_exit()
        took = time.perf_counter() - started
        worker.close()
    return took


CHILD = """
import sys, time
from pathlib import Path
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker.runtime import Worker

ledger = Ledger.open(Path(sys.argv[1]))
worker = Worker(ledger, threads=1, periodic=False)
worker.start()
worker.sync_now(int(sys.argv[2]), full=True)
while worker.ctx.sync_gate.running == 0:
    time.sleep(0.0005)
print("syncing", flush=True)
sys.stdin.readline()
started = time.perf_counter()
worker.stop_for_exit()
print(f"{time.perf_counter() - started:.6f}", flush=True)
"""


def stop_held(book: Path, acct: int) -> tuple[float, float]:
    """(stop_for_exit, quit → process gone) in seconds, for a sync held at its commit."""
    with sqlite3.connect(book) as conn:
        conn.execute("DELETE FROM balances WHERE account_id = ?", (acct,))  # all to write
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(book), str(acct)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdin is not None and child.stdout is not None
    blocker = sqlite3.connect(book, timeout=30, isolation_level=None)
    try:
        assert child.stdout.readline().strip() == "syncing"
        blocker.execute("BEGIN IMMEDIATE")  # the sync computes, then waits to commit
        time.sleep(0.1)
        quit_at = time.perf_counter()
        child.stdin.write("quit\n")
        child.stdin.flush()
        stop = float(child.stdout.readline())
        child.wait(60)
        whole = time.perf_counter() - quit_at
    finally:
        blocker.close()
        if child.poll() is None:
            child.kill()
            child.wait()
    return stop, whole


def idle_yield(calls: int = 100_000) -> float:
    gate = SyncGate()
    started = time.perf_counter()
    for _ in range(calls):
        gate.yield_to_syncs()
    return (time.perf_counter() - started) / calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--entries", type=int, default=30_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["PERMONEY_HOME"] = home
        book = Path(home) / "exit.permoney"
        acct = build(book, args.entries)
        cpu = time.process_time()
        held = [stop_held(book, acct) for _ in range(args.samples)]
        rows = [
            ("stop_for_exit, idle", [stop_idle(book) * 1000 for _ in range(args.samples)], "ms"),
            ("stop_for_exit, held sync", [stop * 1000 for stop, _ in held], "ms"),
            ("quit → process gone, held sync", [whole * 1000 for _, whole in held], "ms"),
            ("yield_to_syncs, idle", [idle_yield() * 1e6 for _ in range(args.samples)], "µs"),
        ]
        cpu = time.process_time() - cpu
    header = ("measure", "median", "max", "unit")
    table = [header] + [
        (name, f"{statistics.median(v):.2f}", f"{max(v):.2f}", unit) for name, v, unit in rows
    ]
    widths = [max(len(r[i]) for r in table) for i in range(4)]
    for r in [table[0], tuple("-" * w for w in widths), *table[1:]]:
        cells = (
            c.ljust(w) if i in (0, 3) else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        print("  ".join(cells).rstrip())
    print(f"(CPU time of this process while measuring: {cpu:.2f} s; the children's not included)")


if __name__ == "__main__":
    main()
