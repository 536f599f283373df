"""Worker latency and idle cost: enqueue → start, edit → sync_completed, idle CPU.

Run: .venv/bin/python benchmarks/bench_worker.py [--sizes 100k,1M] [--samples 60] [--idle 20]

On a private copy of each cached demo book (``benchmarks/_books.py``), with the in-process
consumer at its defaults (2 threads, initial_delay 0.01 s, max_delay 0.05 s):

* enqueue → start: a no-op task enqueued from this thread at random 0–30 ms gaps, and again
  after 0–500 ms idle spells; measured from the enqueue call to the task's first line;
* edit → sync_completed: ``entries.add_entry`` (the write itself included) on the busiest
  account, dated a week before the book's last day ("recent") or a year before ("older"),
  then ``enqueue_changes``, until the ``sync_completed`` event for that write's version;
* idle CPU: process CPU time over an idle spell with the consumer running, as % of one core.

Budgets (issue 4): edit → completed ≤ 100 ms p95 for a recent edit at 1M entries;
idle ≤ 1% of a core.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import threading
import time
import types
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _books import fresh_copy


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def ping_module(starts: dict[int, float]) -> types.ModuleType:
    module = types.ModuleType("bench_ping")

    def register(huey: Any, ctx: Any) -> None:
        @huey.task(name="ping")
        def ping(n: int) -> None:
            starts[n] = time.perf_counter()

        ctx.tasks["ping"] = ping

    module.register = register  # type: ignore[attr-defined]
    return module


def busiest_account(book: Path) -> tuple[int, date]:
    with sqlite3.connect(book) as conn:
        acct, _n = conn.execute(
            "SELECT account_id, COUNT(*) AS n FROM entries GROUP BY account_id ORDER BY n DESC"
        ).fetchone()
        last = conn.execute("SELECT MAX(date) FROM entries").fetchone()[0]
    return int(acct), date.fromisoformat(last)


def measure_pings(worker: Any, starts: dict[int, float], n: int, max_gap: float) -> list[float]:
    sent: dict[int, float] = {}
    base = len(starts) + 10_000 * int(max_gap * 1000)
    for i in range(n):
        time.sleep(random.uniform(0, max_gap))
        sent[base + i] = time.perf_counter()
        worker.ctx.tasks["ping"](base + i)
    worker.wait_idle(30)
    return [(starts[k] - t) * 1000 for k, t in sent.items() if k in starts]


def measure_edits(worker: Any, ledger: Any, acct: int, day: date, n: int) -> dict[str, list[float]]:
    from permoney_desktop.domain.entry_values import NewEntry
    from permoney_desktop.services import entries

    done: dict[int, float] = {}
    cond = threading.Condition()

    def on_completed(account_id: int, version: int, _summary: object) -> None:
        if account_id == acct:
            with cond:
                done[version] = time.perf_counter()
                cond.notify_all()

    unsubscribe = worker.events.subscribe("sync_completed", on_completed)
    out: dict[str, list[float]] = {"write": [], "enqueue→completed": [], "edit→completed": []}
    try:
        for i in range(n):
            time.sleep(0.05)
            t0 = time.perf_counter()
            amount = Decimal(random.randint(-5000, 5000)) / 100
            _, changes = entries.add_entry(ledger, NewEntry(acct, day, amount, payee=f"b{i}"))
            t1 = time.perf_counter()
            worker.enqueue_changes(changes)
            version = changes.versions[acct]
            with cond:
                ok = cond.wait_for(lambda v=version: any(k >= v for k in done), timeout=30)
            if not ok:
                raise RuntimeError("sync_completed never arrived")
            t2 = min(t for k, t in done.items() if k >= version)
            out["write"].append((t1 - t0) * 1000)
            out["enqueue→completed"].append((t2 - t1) * 1000)
            out["edit→completed"].append((t2 - t0) * 1000)
    finally:
        unsubscribe()
    return out


def idle_cpu(worker: Any, seconds: float) -> float:
    worker.wait_idle(120)  # the metrics refresh after the last edit, too
    time.sleep(1.0)
    wall0, cpu0 = time.perf_counter(), time.process_time()
    time.sleep(seconds)
    return (time.process_time() - cpu0) / (time.perf_counter() - wall0) * 100


def run(
    size: str, samples: int, idle_s: float, metrics: bool = True
) -> list[tuple[str, str, str, str]]:
    from permoney_desktop.services import materialize
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.worker.registry import TASK_MODULES
    from permoney_desktop.worker.runtime import Worker

    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PERMONEY_HOME"] = str(Path(tmp) / "home")
        book = fresh_copy(size, Path(tmp))
        ledger = Ledger.open(book)
        materialize.sync_pending(ledger)  # a book built with queued syncs starts materialized
        acct, last = busiest_account(book)
        starts: dict[int, float] = {}
        worker = Worker(ledger, task_modules=[*TASK_MODULES, ping_module(starts)])
        if not metrics:  # isolate the sync path from the metrics refresh that follows it
            worker.ctx.hooks.refresh_metrics = None
        size = size if metrics else f"{size} (no metrics)"
        worker.start()
        try:
            worker.wait_idle(60)
            for label, gap, n in (
                ("busy (0–30 ms gaps)", 0.03, samples * 3),
                ("idle (0–500 ms gaps)", 0.5, samples // 2),
            ):
                lat = measure_pings(worker, starts, n, gap)
                rows.append(
                    (
                        size,
                        f"enqueue → start, {label}",
                        f"{pct(lat, 50):.1f}",
                        f"{pct(lat, 95):.1f}",
                    )
                )
            for label, day in (
                ("recent", last - timedelta(days=7)),
                ("older", last - timedelta(days=365)),
            ):
                figures = measure_edits(worker, ledger, acct, day, samples)
                for name, values in figures.items():
                    rows.append(
                        (
                            size,
                            f"{name}, {label} edit",
                            f"{pct(values, 50):.1f}",
                            f"{pct(values, 95):.1f}",
                        )
                    )
            cpu = idle_cpu(worker, idle_s)
            rows.append((size, f"idle CPU over {idle_s:.0f} s (% of a core)", f"{cpu:.2f}", ""))
        finally:
            worker.close()
            ledger.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1M")
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument("--idle", type=float, default=20.0)
    parser.add_argument(
        "--no-metrics", action="store_true", help="also run without the metrics refresh hook"
    )
    args = parser.parse_args()
    random.seed(4)
    rows: list[tuple[str, str, str, str]] = []
    for size in args.sizes.split(","):
        rows += run(size.strip(), args.samples, args.idle)
        if args.no_metrics:
            rows += run(size.strip(), args.samples, args.idle, metrics=False)
    header = ("book", "measure", "p50 ms", "p95 ms")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(4)]
    for r in [header, tuple("-" * w for w in widths), *rows]:
        print(
            "  ".join(
                str(c).ljust(w) if i < 2 else str(c).rjust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )


if __name__ == "__main__":
    main()
