"""Write-gate benchmark: bulk import, its undo/redo, bulk delete, and single edits on a big book.

Run: .venv/bin/python benchmarks/bench_writes.py [--rows 100000]
Prints a table of wall-clock times (best of --repeat runs), on a fresh book in a temp folder.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from permoney_desktop.domain.entry_values import EntryPatch, NewEntry, NewTransfer
from permoney_desktop.services import accounts, entries, undo
from permoney_desktop.services.ledger import Ledger


def _rows(a: int, b: int, n: int, seed: int = 1) -> list[NewEntry | NewTransfer]:
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    out: list[NewEntry | NewTransfer] = []
    for i in range(n):
        day = start + timedelta(days=rng.randrange(3650))
        if i % 50 == 0:
            out.append(NewTransfer(a, b, day, Decimal(rng.randrange(1, 100_000)).scaleb(-2)))
        else:
            out.append(
                NewEntry(
                    a if i % 3 else b,
                    day,
                    Decimal(rng.randrange(-50_000, 50_000)).scaleb(-2),
                    payee=f"Payee {i % 500}",
                    tags=("bench",) if i % 25 == 0 else (),
                    external_id=f"x{i}",
                )
            )
    return out


CPU: dict[str, list[float]] = {}


def _time(fn: Callable[[], object]) -> float:
    """Wall time; the process's CPU time goes to ``CPU`` under the caller's next record()."""
    c0 = time.process_time()
    t0 = time.perf_counter()
    fn()
    CPU.setdefault("last", []).append(time.process_time() - c0)
    return time.perf_counter() - t0


def _run_once(n_rows: int, record: Callable[[str, float], None]) -> None:
    with (
        tempfile.TemporaryDirectory() as tmp,
        Ledger.open(Path(tmp) / "bench.permoney", create=True) as ledger,
    ):
        a, _c = accounts.create_account(ledger, "A", "checking", "USD")
        b, _c = accounts.create_account(ledger, "B", "credit_card", "USD")
        rows = _rows(a, b, n_rows)
        ids: list[int] = []

        def bulk() -> None:
            ids.extend(entries.add_many(ledger, rows, label="Import")[0])

        record(f"add_many {n_rows:,} rows (one undo step)", _time(bulk))
        record("undo that import", _time(lambda: undo.undo(ledger)))
        record("redo that import", _time(lambda: undo.redo(ledger)))
        some = ids[: len(ids) // 10]
        record(
            f"delete_entries {len(some):,} (one step)",
            _time(lambda: entries.delete_entries(ledger, some)),
        )
        record("undo that delete", _time(lambda: undo.undo(ledger)))
        edits: list[float] = []
        for i in range(50):
            target = ids[(i * 7919) % len(ids)]
            edits.append(
                _time(
                    lambda t=target: entries.edit_entry(
                        ledger, t, EntryPatch(amount=Decimal("-1.23"), payee="Edited")
                    )
                )
            )
        record("edit_entry (median of 50)", statistics.median(edits))
        adds = [
            _time(lambda: entries.add_entry(ledger, NewEntry(a, date(2024, 1, 1), Decimal(1))))
            for _ in range(50)
        ]
        record("add_entry (median of 50)", statistics.median(adds))
        record("undo one edit", _time(lambda: undo.undo(ledger)))
        record(
            "list_entries first page of 200 + total",
            _time(lambda: entries.list_entries(ledger, limit=200)),
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, list[float]] = {}

    def record(name: str, seconds: float) -> None:
        results.setdefault(name, []).append(seconds)
        last = CPU.pop("last", [0.0])
        CPU.setdefault(name, []).append(sum(last) / len(last))

    for _ in range(args.repeat):
        _run_once(args.rows, record)

    width = max(len(k) for k in results)
    print(f"{'operation'.ljust(width)}  {'best':>9}  {'median':>9}  {'cpu best':>9}")
    print(f"{'-' * width}  {'-' * 9}  {'-' * 9}  {'-' * 9}")
    for name, times in results.items():
        cpu = min(CPU[name]) * 1000
        best, median = min(times) * 1000, statistics.median(times) * 1000
        print(f"{name.ljust(width)}  {best:7.1f}ms  {median:7.1f}ms  {cpu:7.1f}ms")


if __name__ == "__main__":
    main()
