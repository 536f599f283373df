"""Edit → confirmed, stage by stage: where the time goes between a register edit and the GUI
reconciling the worker's ``sync_completed``.

    .venv/bin/python benchmarks/bench_confirm.py [--sizes 1M] [--edits 20] [--load 0]

The same set-up as ``bench_gui.py``'s in-process part (the real MainWindow, services and worker
threads, offscreen, on a copied and fully materialized demo book), but only two actions — an
amount edit among the last rows ("recent") and one five years back ("5y") — each waited on
until confirmed, with a timestamp at every hand-over (taken by wrappers installed by this
script only; the app's code is not changed). ``--load N`` runs N busy-looping processes beside
it, to see how the path degrades on a loaded machine. What-if: ``--switch-ms`` (the
interpreter's GIL switch interval). Printed: p50/p95 of each stage in ms; "edit → repainted" is
the last figure cell painted before the confirmation.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _books import fresh_copy

STAGES = (
    ("write", "t0", "written"),
    ("debounce+enqueue", "written", "enqueued"),
    ("queue → task start", "enqueued", "sync_started"),
    ("materialize: read+compute", "sync_started", "computed"),
    ("materialize: commit", "computed", "committed"),
    ("publish", "committed", "completed"),
    ("→ GUI thread", "completed", "delivered"),
    ("reconcile", "delivered", "reconciled"),
    ("edit → confirmed", "t0", "reconciled"),
    ("edit → repainted", "t0", "painted"),
)


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def _burn() -> None:
    while True:
        pass


def materialize(book: Path) -> None:
    from permoney_desktop.services import materialize as mat
    from permoney_desktop.services.ledger import Ledger

    with Ledger.open(book) as ledger:
        mat.sync_all(ledger, full=True)


def _wrap(
    owner: Any, name: str, before: Callable[[], None] | None, after: Callable[[], None]
) -> None:
    inner = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if before is not None:
            before()
        try:
            return inner(*args, **kwargs)
        finally:
            after()

    setattr(owner, name, wrapper)


def run(book: Path, edits: int, gap: float = 0.0) -> dict[str, dict[str, list[float]]]:
    from PySide6.QtWidgets import QApplication

    from permoney_desktop import app as app_module
    from permoney_desktop.app import start_worker
    from permoney_desktop.services import materialize as mat
    from permoney_desktop.services import register_reads as reads
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.ui.bus import WorkerBridge
    from permoney_desktop.ui.main_window import MainWindow
    from permoney_desktop.ui.models import register_model as rm
    from permoney_desktop.ui.optimistic import BalanceBook

    marks: dict[str, float] = {}

    def mark(name: str) -> Callable[[], None]:
        return lambda: marks.setdefault(name, time.perf_counter())

    _wrap(mat, "_compute", None, mark("computed"))
    _wrap(mat, "_commit", None, mark("committed"))
    _wrap(BalanceBook, "reconcile", mark("delivered"), mark("reconciled"))
    from permoney_desktop.ui.widgets.figure_delegate import FigureDelegate

    def painted() -> None:
        # The last figure cell painted before the confirmation: when the provisional figures
        # were on screen (a worker computing meanwhile slows the paint through the GIL).
        if "t0" in marks and "delivered" not in marks:
            marks["painted"] = time.perf_counter()

    _wrap(FigureDelegate, "paint", None, painted)
    app = QApplication.instance() or QApplication([])
    ledger = Ledger.open(book)
    bridge = WorkerBridge()
    worker = start_worker(ledger, bridge)
    assert worker is not None
    _wrap(worker, "wake", None, mark("enqueued"))
    worker.events.subscribe("sync_started", lambda *_a: mark("sync_started")())
    worker.events.subscribe("sync_completed", lambda *_a: mark("completed")())
    window = MainWindow(ledger, worker=worker, bridge=bridge)
    window.show()
    window.background.wait()
    app.processEvents()
    app_module.tune_gc()
    book_model = window.book
    checking = next(a for a in book_model.accounts() if a.name == "Everyday Checking")
    window.open_account(int(checking.id))
    reg = window.register_model
    app.processEvents()
    reg.set_split_amounts(False)  # the signed Amount column, as these edits are typed
    amount_col = reg.column_of(rm.AMOUNT)
    five_years = date.today() - timedelta(days=5 * 365)
    rng = random.Random(3)
    out: dict[str, dict[str, list[float]]] = {"recent": {}, "5y": {}}

    def edit(kind: str, row: int) -> None:
        pause_until = time.perf_counter() + rng.uniform(0, gap)
        while time.perf_counter() < pause_until:
            app.processEvents()
            time.sleep(0.002)
        reg.line(row)
        app.processEvents()
        marks.clear()
        marks["t0"] = time.perf_counter()
        reg.setData(reg.index(row, amount_col), f"-{rng.randrange(100, 9999) / 100:.2f}")
        marks["written"] = time.perf_counter()
        deadline = time.perf_counter() + 10
        while book_model.is_provisional(checking.id) and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        for stage, a, b in STAGES:
            if a in marks and b in marks:
                out[kind].setdefault(stage, []).append((marks[b] - marks[a]) * 1000)
        app.processEvents()

    for _ in range(edits):
        edit("recent", reg.total - 1 - rng.randrange(50))
        edit("5y", reads.position_of(ledger, reg.query, (five_years, 0)))
    stats = book_model.stats.snapshot()
    assert stats["mismatches"] == 0, stats
    window.close()
    worker.close()
    ledger.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1M")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--load", type=int, default=0, help="busy processes to run beside")
    parser.add_argument(
        "--gap", type=float, default=0.0, help="pause up to this many s before each edit"
    )
    parser.add_argument(
        "--switch-ms",
        type=float,
        default=None,
        help="what-if: the interpreter's GIL switch interval (default 5 ms)",
    )
    args = parser.parse_args()
    if args.switch_ms is not None:
        sys.setswitchinterval(args.switch_ms / 1000)
    burners = [multiprocessing.Process(target=_burn, daemon=True) for _ in range(args.load)]
    for b in burners:
        b.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for size in args.sizes.split(","):
                book = fresh_copy(size, Path(tmp))
                materialize(book)
                res = run(book, args.edits, args.gap)
                print(
                    f"\n{size} book, {args.edits} edits each, load {args.load}, gap {args.gap}"
                    + (f", switch interval {args.switch_ms} ms" if args.switch_ms else "")
                )
                print(f"{'stage':28} {'recent p50/p95':>16} {'5y p50/p95':>16}  ms")
                for stage, _a, _b in STAGES:
                    cells = []
                    for kind in ("recent", "5y"):
                        v = res[kind].get(stage, [])
                        cells.append(f"{pct(v, 50):.1f} / {pct(v, 95):.1f}" if v else "-")
                    print(f"{stage:28} {cells[0]:>16} {cells[1]:>16}")
                total = res["5y"].get("edit → confirmed", [])
                if total:
                    print(f"5y mean {statistics.mean(total):.1f} ms")
    finally:
        for b in burners:
            b.kill()


if __name__ == "__main__":
    main()
