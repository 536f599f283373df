"""The window's check at open (``services.integrity_open``): SQLite's quick check plus one read
of every stored value, off the GUI thread. How long it runs on a demo book, beside SQLite's full
``integrity_check`` for scale, and the closing-balance check an import adds.

Run: ``.venv/bin/python benchmarks/bench_open_check.py --sizes 10k,100k [--runs 3]``

Prints, per size, the median wall and CPU time of: the check at open; ``PRAGMA quick_check``
alone; the full ``integrity_check``; and the closing-balance computation of one account (the
book's largest) as an import runs it after its write.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._books import fresh_copy
from permoney_desktop.domain.imports.records import StatementBalance
from permoney_desktop.services.imports.closing_check import check_balances
from permoney_desktop.services.integrity_open import OpenChecker
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import integrity_checks


def _timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def _pragma(ledger: Ledger, quick: bool) -> None:
    with ledger.book.read_engine.connect() as conn, conn.begin():
        assert integrity_checks.sqlite_check(conn, quick=quick) == ["ok"]


def _closing(ledger: Ledger) -> None:
    with ledger.book.read_engine.connect() as conn, conn.begin():
        rows = conn.exec_driver_sql(
            "SELECT account_id, COUNT(*) FROM entries GROUP BY account_id ORDER BY 2 DESC"
        ).first()
        assert rows is not None
        balance = StatementBalance(Decimal("0"), date(2025, 12, 31))
        check_balances(conn, [balance], {None: (int(rows[0]), "A")})


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10k,100k")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'size':>5} {'what':<34} {'wall ms':>9} {'cpu ms':>9}")
    for size in args.sizes.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            book = fresh_copy(size, Path(tmp))
            with Ledger.open(book) as ledger:
                ledger.warm_up()
                cases: list[tuple[str, Callable[[], object]]] = [
                    ("check at open (quick + values)", lambda: OpenChecker(ledger).run()),
                    ("PRAGMA quick_check alone", lambda: _pragma(ledger, True)),
                    ("PRAGMA integrity_check (full)", lambda: _pragma(ledger, False)),
                    ("closing balance, largest account", lambda: _closing(ledger)),
                ]
                for name, fn in cases:
                    wall, cpu = _timed(fn, args.runs)
                    print(f"{size:>5} {name:<34} {wall:>9.0f} {cpu:>9.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
