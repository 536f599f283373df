"""Scheduled transactions: the catch-up of 20 schedules over ten years, recurring detection
over the whole history, and a 12-month forecast.

Run: ``.venv/bin/python benchmarks/bench_schedules.py --sizes 10k,100k`` (demo books from
``_books.py``; balances are materialized first and not timed). Prints medians, CPU beside wall.

Budgets (issue 16): catch-up of 10 years x 20 schedules ≤ 2 s; detection over 1M entries
≤ 3 s.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _books import END, fresh_copy

from permoney_desktop.domain.recurrence import Frequency, Recurrence, Weekend
from permoney_desktop.domain.schedules import Template
from permoney_desktop.services import accounts, forecast, materialize, recurring, schedules
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.schedule_posting import run_due

TODAY = date.fromisoformat(END)
TEN_YEARS_AGO = date(TODAY.year - 10, TODAY.month, 1)


def _timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    started, cpu = time.perf_counter(), time.process_time()
    value = fn()
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000, value


def _add_twenty(ledger: Ledger) -> None:
    """Twenty schedules of every form, all starting ten years back."""
    ids = [a.id for a in accounts.list_accounts(ledger) if a.currency == "USD"]
    forms = [
        Recurrence(Frequency.MONTHLY, TEN_YEARS_AGO.replace(day=28), day=31),
        Recurrence(Frequency.MONTHLY, TEN_YEARS_AGO, day=-1, weekend=Weekend.BEFORE),
        Recurrence(Frequency.MONTHLY, TEN_YEARS_AGO, weekday=4, nth=-1),
        Recurrence(Frequency.WEEKLY, TEN_YEARS_AGO, weekend=Weekend.AFTER),
        Recurrence(Frequency.WEEKLY, TEN_YEARS_AGO, interval=2),
        Recurrence(Frequency.YEARLY, TEN_YEARS_AGO),
        Recurrence(Frequency.DAILY, TEN_YEARS_AGO, interval=10),
    ]
    for k in range(20):
        t = Template(ids[k % len(ids)], Decimal(-5 - k), f"Bench schedule {k}")
        if k % 5 == 4:
            t = Template(ids[0], Decimal(10 + k), to_account_id=ids[1])
        schedules.add_schedule(ledger, "", t, forms[k % len(forms)])


def bench_catch_up(size: str, tmp: Path, runs: int = 3) -> tuple[float, float, int]:
    walls, cpus, posted = [], [], 0
    for n in range(runs):
        sub = tmp / f"catch-up-{n}"
        sub.mkdir()
        with Ledger.open(fresh_copy(size, sub)) as ledger:
            _add_twenty(ledger)
            wall, cpu, result = _timed(lambda ledger=ledger: run_due(ledger, TODAY))
            posted = len(result.posted)  # type: ignore[attr-defined]
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus), posted


def bench_reads(size: str, tmp: Path, runs: int = 3) -> list[tuple[str, float, float, str]]:
    rows = []
    with Ledger.open(fresh_copy(size, tmp)) as ledger:
        materialize.sync_pending(ledger)
        with ledger.book.read_connection() as conn:
            count = conn.exec_driver_sql("SELECT count(*) FROM entries").scalar_one()
        for label, whole in (
            ("detection (last 3 years)", False),
            ("detection (every entry)", True),
        ):
            found: object = None
            walls, cpus = [], []
            for _ in range(runs):
                wall, cpu, found = _timed(
                    lambda whole=whole: recurring.proposals(ledger, TODAY, whole_history=whole)
                )
                walls.append(wall)
                cpus.append(cpu)
            rows.append(
                (
                    label,
                    statistics.median(walls),
                    statistics.median(cpus),
                    f"{count} entries in the book, {len(found)} proposals",  # type: ignore[arg-type]
                )
            )
        _add_twenty(ledger)
        run_due(ledger, TODAY)
        materialize.sync_pending(ledger)
        walls, cpus = [], []
        for _ in range(runs):
            wall, cpu, _f = _timed(lambda: forecast.forecast(ledger, TODAY, 12))
            walls.append(wall)
            cpus.append(cpu)
        rows.append(
            (
                "forecast, 12 months, all accounts",
                statistics.median(walls),
                statistics.median(cpus),
                "",
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10k,100k")
    args = parser.parse_args()
    print(f"{'book':>5}  {'what':<38} {'wall ms':>9} {'cpu ms':>9}  notes")
    for size in args.sizes.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            wall, cpu, posted = bench_catch_up(size, Path(tmp))
            what = "catch-up, 20 schedules x 10 years"
            print(f"{size:>5}  {what:<38} {wall:9.1f} {cpu:9.1f}  {posted} postings")
        with tempfile.TemporaryDirectory() as tmp:
            for what, wall, cpu, note in bench_reads(size, Path(tmp)):
                print(f"{size:>5}  {what:<38} {wall:9.1f} {cpu:9.1f}  {note}")


if __name__ == "__main__":
    main()
