"""Dashboard metrics: warm card reads, cold computation of every period, refresh after an edit.

Run: ``.venv/bin/python benchmarks/bench_metrics.py [100k 1M]`` (books from ``_books.py``;
balances are materialized first and not timed). Prints medians.

Budgets (issue #5): warm read of every card ≤ 5 ms; cold computation of all periods ≤ 0.5 s at
100k entries and ≤ 5 s at 1M; ``refresh_for_dates`` after one recent edit ≤ 50 ms at 1M.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _books import END, fresh_copy

from permoney_desktop.platform.metrics_cache import MetricsCache
from permoney_desktop.services import materialize, metrics
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store.migrate import SCHEMA_HEAD

TODAY = date.fromisoformat(END)


def _median_ms(fn, runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time of this process (the CPU figure is what the
    code costs when the machine is not shared; wall time includes waiting for a core)."""
    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def _edit_recent_entry(ledger: Ledger) -> int:
    """Change one entry dated on the last day (as the write gate would) and re-materialize."""
    with ledger.book.writing() as session, session.begin():
        conn = session.connection()
        entry_id, account_id = conn.exec_driver_sql(
            "SELECT id, account_id FROM entries WHERE kind='transaction' AND date=? LIMIT 1",
            (END,),
        ).one()
        conn.exec_driver_sql("UPDATE entries SET amount = amount - 1 WHERE id=?", (entry_id,))
        conn.exec_driver_sql(
            "UPDATE accounts SET data_version = data_version + 1 WHERE id=?", (account_id,)
        )
    materialize.sync_account(ledger, account_id, TODAY)
    return int(account_id)


def _ensure_flow_index(book: Path) -> None:
    """Books cached before ix_entries_flows joined the schema get it, as a new book has it."""
    conn = sqlite3.connect(book)
    try:
        conn.execute(
            "CREATE INDEX IF NOT EXISTS ix_entries_flows "
            "ON entries (kind, date, category_id, merchant_id, currency, amount)"
        )
        conn.commit()
    finally:
        conn.close()


def bench(size: str, tmp: Path) -> list[tuple[str, str, tuple[float, float], str]]:
    book = fresh_copy(size, tmp)
    _ensure_flow_index(book)
    rows = []
    with Ledger.open(book) as ledger:
        started = time.perf_counter()
        materialize.sync_pending(ledger)
        print(f"[{size}] materialized in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        cache = MetricsCache(tmp / f"cache-{size}", schema_version=SCHEMA_HEAD, book_id="bench")

        def cold() -> None:
            cache.clear()
            metrics._STATES.pop(ledger, None)  # no in-memory flow index either
            metrics.calculate_all(ledger, cache, today=TODAY, force=True)

        budget = "0.5 s" if size == "100k" else "5 s"
        rows.append((size, "cold: calculate all periods", _median_ms(cold, 3), budget))

        period = metrics.resolve_period(ledger, "this_month", today=TODAY)
        metrics.dashboard(ledger, cache, period)

        def warm() -> None:
            d = metrics.dashboard(ledger, cache, period)
            assert d.cards["net_worth"].value is not None

        rows.append((size, "warm: every card of one period", _median_ms(warm, 50), "5 ms"))

        def warm_named() -> None:
            metrics.dashboard(ledger, cache, "last_12_months", today=TODAY)

        rows.append((size, "warm: resolve + read last 12 months", _median_ms(warm_named, 50), "-"))

        def refresh() -> None:
            metrics.refresh_for_dates(ledger, cache, [TODAY], today=TODAY)

        walls, cpus = [], []
        for _ in range(7):
            _edit_recent_entry(ledger)
            wall, cpu = _median_ms(refresh, 1)
            walls.append(wall)
            cpus.append(cpu)
        rows.append(
            (
                size,
                "refresh_for_dates after 1 recent edit",
                (statistics.median(walls), statistics.median(cpus)),
                "50 ms",
            )
        )
        stats = cache.stats()
        print(f"[{size}] cache: {stats.as_dict()}", file=sys.stderr)
        cache.close()
    return rows


def main(sizes: list[str]) -> None:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            results += bench(size, Path(tmp))
    print(f"{'book':>5}  {'measure':<40} {'wall':>10} {'cpu':>10}  budget")
    for size, what, (wall, cpu), budget in results:
        print(f"{size:>5}  {what:<40} {wall:>7.1f} ms {cpu:>7.1f} ms  {budget}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main(sys.argv[1:] or ["100k", "1M"])
