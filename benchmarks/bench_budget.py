"""Budget page: month switch (warm) and a budgeted-cell edit until its figures are painted.

    .venv/bin/python benchmarks/bench_budget.py [--sizes 10k,100k] [--edits 60]

On a demo book of each size (ten years, with the demo household's budgets), offscreen:

* month switch, warm: between months already visited (their carries kept), until Qt has
  painted what changed (target ≤ 50 ms);
* budgeted-cell edit → figures on screen: ``setData`` on a budgeted cell (the write through the
  write gate, the optimistic month step), then Qt painting the changed rows and labels;
  also the figures alone (patching the inputs and recomputing the month, the part that does
  not wait for the disk) (target ≤ 16 ms p95);
* the worker's computation of one month from the book (read + compute), for reference.

Prints p50/p95 wall times. Books are built once per size into ``benchmarks/.books/``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _books import BOOKS, END, SIZES, YEARS, permoney

END_MONTH = date.fromisoformat(END).replace(day=1)


def budget_book(size: str, dest: Path) -> Path:
    """A private copy of the demo book of ``size`` with budgets (built once per size)."""
    import shutil

    BOOKS.mkdir(exist_ok=True)
    path = BOOKS / f"budget-demo-{size}.permoney"
    if not path.exists():
        tmp = path.with_suffix(".building")
        for leftover in BOOKS.glob(f"{tmp.name}*"):
            leftover.unlink()
        print(f"building the {size} demo book with budgets (once)…", file=sys.stderr)
        permoney("demo", "--transactions", str(SIZES[size]), "--years", str(YEARS),
                 "--end", END, book=tmp)  # fmt: skip
        import sqlite3

        conn = sqlite3.connect(tmp)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
        tmp.rename(path)
    copy = dest / path.name
    shutil.copyfile(path, copy)
    return copy


CPU: list[float] = []  # CPU time of the last ``_times`` run, per call (ms)


def _times(fn: Callable[[], object], runs: int) -> list[float]:
    """Wall times (ms); the CPU times of this process go to ``CPU`` (what the code costs when
    no other process shares the cores)."""
    out = []
    CPU.clear()
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        out.append((time.perf_counter() - started) * 1000)
        CPU.append((time.process_time() - cpu) * 1000)
    return out


def _fig(values: list[float]) -> str:
    cpu = sorted(CPU)
    return (
        f"p50 {_p(values, 0.5):5.1f} p95 {_p(values, 0.95):5.1f} ms "
        f"(CPU p50 {_p(cpu, 0.5):4.1f} p95 {_p(cpu, 0.95):4.1f})"
    )


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(size: str, edits: int) -> None:
    from PySide6.QtWidgets import QApplication

    from permoney_desktop.domain.periods import add_months
    from permoney_desktop.services import budget_cache
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.ui.bus import WorkerBridge
    from permoney_desktop.ui.main_window import MainWindow
    from permoney_desktop.ui.models.budget_model import BUDGETED

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        book = budget_book(size, Path(tmp))
        ledger = Ledger.open(book)
        started = time.perf_counter()
        window = MainWindow(ledger, worker=None, bridge=WorkerBridge(), book_safety=False)
        window.resize(1280, 800)
        window.show()
        window.show_page("budget")
        page = window.page("budget")
        shown = (time.perf_counter() - started) * 1000
        # The book is read off the GUI thread once the window has painted: run the event
        # loop (as the app does) until the page has its figures.
        deadline = time.perf_counter() + 120
        while getattr(page, "loading", False) and time.perf_counter() < deadline:
            app.processEvents()
            window.background.wait(0.005)
        window.background.wait(120)
        app.processEvents()
        page.set_month(END_MONTH)
        app.processEvents()
        opened = (time.perf_counter() - started) * 1000
        months = [add_months(END_MONTH, -i) for i in range(6)]
        for m in months:  # visit once: warm
            page.set_month(m)
        app.processEvents()

        def switch() -> None:
            page.set_month(rng.choice(months))
            app.processEvents()  # Qt paints what changed

        rng = random.Random(1)
        switches = _times(switch, 60)
        switch_text = _fig(switches)

        page.set_month(END_MONTH)
        model = page.model
        rows = [r for r in range(model.rowCount()) if model.rows[r].category_id is not None]

        def edit() -> None:
            index = model.index(rng.choice(rows), BUDGETED)
            model.setData(index, str(rng.randrange(50, 900)))
            app.processEvents()  # Qt paints what changed

        edit_times = _times(edit, edits)
        edit_text = _fig(edit_times)

        def figures_only() -> None:
            row = model.rows[rng.choice(rows)]
            assert row.category_id is not None
            model.apply_budget(row.category_id, model.month, rng.randrange(50, 900) * 100)
            app.processEvents()

        figure_times = _times(figures_only, edits)
        figure_text = _fig(figure_times)
        worker_month = _times(lambda: budget_cache.compute_month(ledger, END_MONTH), 5)
        window.close()
        ledger.close()
    print(f"{size}: window + page shown {shown:.0f} ms, figures loaded {opened:.0f} ms")
    print(f"  month switch, warm        {switch_text}")
    print(f"  edit → figures painted    {edit_text}")
    print(f"  figures alone → painted   {figure_text}")
    print(f"  worker: one month         median {statistics.median(worker_month):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k")
    parser.add_argument("--edits", type=int, default=60)
    args = parser.parse_args()
    for size in args.sizes.split(","):
        run(size.strip(), args.edits)


if __name__ == "__main__":
    main()
