"""Benchmark of the balance engine on demo books of 10k, 100k and 1M entries over ten years.

Prints one table: full materialization of all accounts; the incremental recompute after one
edit 30 days and one 5 years before the end; ``permoney balances --monthly`` and plain
``permoney balances`` as whole processes (wall time and max RSS). Medians of several runs.

    .venv/bin/python benchmarks/bench_balances.py [--sizes 10k,100k,1M] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _books import END, cached_book, fresh_copy

from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import materialize
from permoney_desktop.services.ledger import Ledger

BUDGETS = {
    ("full", "100k"): 0.4,
    ("full", "1M"): 4.0,
    ("recent", "1M"): 0.020,
    ("cli", "100k"): 0.5,
}


CPU: dict[str, list[float]] = {}


def median_of(runs: int, fn: Callable[[], float], label: str = "") -> float:
    """Median wall time of ``fn``; the CPU time of this process goes to ``CPU[label]``."""
    walls = []
    for _ in range(runs):
        cpu = time.process_time()
        walls.append(fn())
        CPU.setdefault(label, []).append(time.process_time() - cpu)
    return statistics.median(walls)


def edit_entry(ledger: Ledger, account: int, day: date) -> None:
    """One edit through the write-gate protocol: change an amount, bump, mark pending."""
    with ledger.book.write_engine.connect() as c, c.begin():
        entry = c.exec_driver_sql(
            "SELECT id, date FROM entries WHERE account_id = ? AND date >= ? "
            "AND kind != 'valuation' ORDER BY date, id LIMIT 1",
            (account, day.isoformat()),
        ).one()
        c.exec_driver_sql("UPDATE entries SET amount = amount - 1 WHERE id = ?", (entry[0],))
        c.exec_driver_sql(
            "UPDATE accounts SET data_version = data_version + 1 WHERE id = ?", (account,)
        )
        c.exec_driver_sql(
            "INSERT INTO syncs (account_id, kind, status, window_start, data_version, "
            "created_at, attempts) VALUES (?, 'account', 'pending', ?, 0, '2026-01-01', 0)",
            (account, entry[1]),
        )


def bench_size(size: str, runs: int, workdir: Path) -> dict[str, float]:
    book = fresh_copy(size, workdir)
    results: dict[str, float] = {}
    with Ledger.open(book) as ledger:
        # The busiest account (the card) is the worst case for an incremental recompute.
        busiest = int(
            ledger.book.read_engine.connect()
            .exec_driver_sql(
                "SELECT account_id FROM entries GROUP BY account_id ORDER BY COUNT(*) DESC LIMIT 1"
            )
            .scalar()
            or 1
        )

        def full() -> float:
            t = time.perf_counter()
            outcomes = materialize.sync_all(ledger, full=True)
            elapsed = time.perf_counter() - t
            assert all(o.status == "completed" for o in outcomes)
            return elapsed

        CPU.clear()
        results["full"] = median_of(runs, full, "full")
        end = date.fromisoformat(END)
        for label, back in (("recent", 30), ("5y", 5 * 365)):

            def incremental(back: int = back) -> float:
                edit_entry(ledger, busiest, end - timedelta(days=back))
                t = time.perf_counter()
                outcome = materialize.sync_account(ledger, AccountId(busiest))
                elapsed = time.perf_counter() - t
                assert outcome.status == "completed" and not outcome.full, outcome
                return elapsed

            results[label] = median_of(runs, incremental, label)
        for label, cpus in CPU.items():
            results[label + "_cpu"] = statistics.median(cpus)
    for label, extra in (("cli", []), ("cli_monthly", ["--monthly"])):
        wall, rss, cpu = [], [], []
        for _ in range(runs):
            w, r, c = run_cli(book, ["balances", "--to", END, *extra])
            wall.append(w)
            rss.append(r)
            cpu.append(c)
        results[label] = statistics.median(wall)
        results[label + "_mb"] = statistics.median(rss)
        results[label + "_cpu"] = statistics.median(cpu)
    return results


def run_cli(book: Path, args: list[str]) -> tuple[float, float, float]:
    """Wall time, max RSS (MB) and CPU time (user + sys) of one ``permoney`` process."""
    cmd = [sys.executable, "-m", "permoney_desktop", "--book", str(book), *args]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(
            f"{' '.join(args)} failed: {proc.stderr.read().decode() if proc.stderr else ''}"
        )
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1M")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            cached_book(size)
            print(f"benchmarking {size}…", file=sys.stderr)
            rows.append((size, bench_size(size, args.runs, Path(tmp))))

    def cell(kind: str, size: str, r: dict[str, float], unit: str = "s") -> str:
        """Wall time (CPU time in brackets: the machine is shared, CPU is steadier)."""
        value, cpu = r[kind], r[kind + "_cpu"]
        if unit == "ms":
            text = f"{value * 1000:.1f} ms ({cpu * 1000:.1f})"
        else:
            text = f"{value:.3f} s ({cpu:.3f})"
        budget = BUDGETS.get((kind, size))
        if budget is not None:
            text += " ok" if value <= budget else " OVER"
        return text

    header = (
        "entries",
        "full rebuild (all accts)",
        "edit 30 d back",
        "edit 5 y back",
        "balances (proc)",
        "balances --monthly (proc)",
    )
    table = [header]
    for size, r in rows:
        table.append(
            (
                size,
                cell("full", size, r),
                cell("recent", size, r, "ms"),
                cell("5y", size, r, "ms"),
                f"{cell('cli', size, r)}, {r['cli_mb']:.0f} MB",
                f"{cell('cli_monthly', size, r)}, {r['cli_monthly_mb']:.0f} MB",
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
        f"median of {args.runs} runs, wall (cpu); budgets: full 100k ≤ 0.4 s, 1M ≤ 4 s; "
        "recent edit at 1M ≤ 20 ms; balances 100k ≤ 0.5 s and ≤ 150 MB"
    )
    for i, row in enumerate(table):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    main()
