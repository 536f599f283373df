"""Split transactions: what 20 % split entries add to a full materialization and to a cold
metrics computation, against the same demo book without splits.

Run: ``.venv/bin/python benchmarks/bench_splits.py [10k 100k 1M]`` (books from ``_books.py``).
The split book is the demo book with every fifth transaction split into two category lines
(the second line a third of the amount, in another expense category), and one in ten of those
carrying a transfer line into the savings account instead (with its counterpart entry, as the
app writes it). Prints the median wall time and the least CPU time of three runs
(``BENCH_RUNS`` sets how many).

Budget (issue 17): splits add at most 10 % to both measures at 1M entries.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _books import END, fresh_copy

from permoney_desktop.platform.metrics_cache import MetricsCache
from permoney_desktop.services import materialize, metrics
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import split_flow_queries
from permoney_desktop.store.migrate import SCHEMA_HEAD, upgrade

TODAY = date.fromisoformat(END)
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def _median(fn: Callable[[], None], runs: int = RUNS) -> tuple[float, float]:
    """Median wall time, and the least CPU time: on a loaded machine the CPU time of a run
    grows with the others' cache and frequency pressure, never below what the work needs."""
    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), min(cpus)


def split_book(path: Path) -> tuple[int, int]:
    """Split every fifth transaction (see the module doc); returns (split entries, lines)."""
    conn = sqlite3.connect(path)
    try:
        (other,) = conn.execute(
            "SELECT MAX(id) FROM categories WHERE kind = 'expense' AND parent_id IS NOT NULL"
        ).fetchone()
        (savings,) = conn.execute(
            "SELECT id FROM accounts WHERE kind = 'savings' ORDER BY id LIMIT 1"
        ).fetchone()
        rows = conn.execute(
            "SELECT id, account_id, date, amount, currency, payee, category_id, merchant_id"
            " FROM entries"
            " WHERE kind = 'transaction' AND id % 5 = 0 AND account_id != ? ORDER BY id",
            (savings,),
        ).fetchall()
        (next_id,) = conn.execute("SELECT MAX(id) + 1 FROM entries").fetchone()
        lines, counters = [], []
        stamp = "2025-12-31 00:00:00.000000"
        for n, (eid, _acc, day, amount, cur, payee, cat, merchant) in enumerate(rows):
            third = int(amount / 3)  # toward zero, like the app's own integer maths
            carried = (day, merchant, cat, int(amount > 0))
            lines.append((eid, 0, amount - third, cur, cat, None, None, "", "", *carried))
            if n % 10 == 9:
                counters.append(
                    (next_id, savings, "transfer", day, -third, cur, payee, "", None, None, None,
                     None, "", stamp, stamp)
                )  # fmt: skip
                lines.append((eid, 1, third, cur, None, savings, next_id, "", "", *carried))
                next_id += 1
            else:
                lines.append((eid, 1, third, cur, other, None, None, "", "", *carried))
        conn.executemany(
            "INSERT INTO entries (id, account_id, kind, date, amount, currency, payee, notes,"
            " category_id, merchant_id, transfer_id, external_id, user_fields, created_at,"
            " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            counters,
        )
        conn.executemany(
            "INSERT INTO entry_splits (entry_id, position, amount, currency, category_id,"
            " transfer_account_id, counter_entry_id, memo, tags, date, merchant_id,"
            " entry_category_id, entry_positive) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            lines,
        )
        # The app's write gate keeps the pre-summed corrections; lines written here by hand
        # need them rebuilt once, as an upgrade from before the table would.
        split_flow_queries.rebuild(conn)
        conn.commit()
        conn.execute("ANALYZE")
        return len(rows), len(lines)
    finally:
        conn.close()


def measure(book: Path, tmp: Path, label: str) -> dict[str, tuple[float, float]]:
    out = {}
    with Ledger.open(book) as ledger:
        materialize.sync_pending(ledger)
        out["full materialization"] = _median(lambda: _full(ledger))
        cache = MetricsCache(tmp / f"cache-{label}", schema_version=SCHEMA_HEAD, book_id=label)

        def cold() -> None:
            cache.clear()
            metrics._STATES.pop(ledger, None)  # no in-memory flow index either
            metrics.calculate_all(ledger, cache, today=TODAY, force=True)

        out["cold metrics (all periods)"] = _median(cold)
        cache.close()
    return out


def _full(ledger: Ledger) -> None:
    materialize.sync_all(ledger, full=True)


def bench(size: str, tmp: Path) -> list[str]:
    plain = fresh_copy(size, tmp)
    upgrade(plain)  # a cached book from before the split table gets it, as the app would
    split = tmp / f"split-{plain.name}"
    split.write_bytes(plain.read_bytes())
    entries, lines = split_book(split)
    print(f"[{size}] {entries} entries split into {lines} lines", file=sys.stderr)
    base = measure(plain, tmp, f"plain-{size}")
    with_splits = measure(split, tmp, f"split-{size}")
    rows = []
    for what, (wall, cpu) in base.items():
        s_wall, s_cpu = with_splits[what]
        rows.append(
            f"{size:>5}  {what:<28} {wall:7.2f} s ({cpu:5.2f})  {s_wall:7.2f} s ({s_cpu:5.2f})"
            f"  {100 * (s_wall / wall - 1):+6.1f} % ({100 * (s_cpu / cpu - 1):+5.1f} %)"
        )
    return rows


def main(sizes: list[str]) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            rows += bench(size, Path(tmp))
    print(f"{'book':>5}  {'measure':<28} {'no splits':>16}  {'20 % split':>16}  added")
    print("\n".join(rows))
    print(f"{RUNS} runs: median wall (least cpu); budget: splits add ≤ 10 % at 1M")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main(sys.argv[1:] or ["10k", "100k"])
