"""GUI benchmark: action → model signals, edit → confirmed, start-up and memory.

    .venv/bin/python benchmarks/bench_gui.py [--sizes 100k,1M] [--edits 40]
    .venv/bin/python benchmarks/bench_gui.py --startup-only [--runs 5] [--pages budget]
                                                         (start-up rows only)

Books: the cached demo books of ``_books.py`` (10 years), copied and fully materialized first,
so the app opens a book in its steady state. In-process figures use the real MainWindow, the
real services and the real worker (threads) offscreen. "action → signals" is the time from the
call (register ``setData`` / ``delete_rows``, which write through the gate) until the register
model's ``dataChanged`` fired — the write itself is included; the edited row's page is loaded
first, as it is for a row on screen. "edit → confirmed" runs until the
worker's ``sync_completed`` was reconciled in the GUI (the 5 ms debounce included). The
"GUI-thread CPU" rows are the CPU the GUI thread itself spent on the action (``thread_time``):
on a shared, loaded machine the wall figures mostly measure waiting for a core. Start-up is a
whole process (``python -m permoney_desktop``) from spawn to the first window painted, then to
"settled" (worker started, background reads done, the page's figures shown); the "SQLAlchemy
imported by then" row counts the runs whose first window needed SQLAlchemy (it should not).
"GUI-thread CPU by then" is what the main thread itself spent up to the first paint: on a busy
machine the wall figure mostly measures waiting for a core, and this one does not.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _books import fresh_copy


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def materialize(book: Path) -> None:
    from permoney_desktop.services import materialize as mat
    from permoney_desktop.services.ledger import Ledger

    with Ledger.open(book) as ledger:
        mat.sync_all(ledger, full=True)


PYCACHE = Path(__file__).resolve().parent / ".books" / "pycache"


def startup(book: Path, page: str, runs: int = 3) -> dict[str, float]:
    """Medians over ``runs`` whole processes: ms from spawn to the first window shown, and to
    "settled" (worker started, background reads and the page's figures done); the process's
    CPU ms at the first window; max RSS (MB) once settled.

    An installed app runs from compiled bytecode; this environment sets
    PYTHONDONTWRITEBYTECODE, so the children get a private bytecode cache instead (warmed by
    one discarded run) — otherwise every start would compile every module from source.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PERMONEY_STARTUP_PROBE="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    out: dict[str, list[float]] = {
        "first": [],
        "settled": [],
        "cpu": [],
        "gui_cpu": [],
        "rss": [],
        "sa": [],
        "settled_cpu": [],
    }
    for i in range(runs + 1):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "permoney_desktop", "--book", str(book), "--page", page],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        seen: dict[str, float] = {}
        for line in proc.stdout:
            parts = line.split()
            if line.startswith("first-window-ms"):
                seen["first"] = (time.perf_counter() - t0) * 1000
                if len(parts) > 5:
                    seen["cpu"] = float(parts[5])
                if len(parts) > 7:
                    seen["sa"] = 1.0 if parts[7] == "yes" else 0.0
                if len(parts) > 9:
                    seen["gui_cpu"] = float(parts[9])
            elif line.startswith("settled-ms"):
                seen["settled"] = (time.perf_counter() - t0) * 1000
                seen["rss"] = float(parts[3])
                if len(parts) > 5:
                    seen["settled_cpu"] = float(parts[5])
                break
        proc.wait(timeout=120)
        if i == 0:
            continue  # the warm-up run fills the bytecode cache
        for key, value in seen.items():
            out[key].append(value)
    return {
        k: (max(v) if k == "rss" else sum(v) if k == "sa" else statistics.median(v))
        for k, v in out.items()
        if v
    }


def in_process(book: Path, edits: int) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QApplication

    from permoney_desktop import app as app_module
    from permoney_desktop.app import start_worker
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.ui.bus import WorkerBridge
    from permoney_desktop.ui.main_window import MainWindow
    from permoney_desktop.ui.models import register_model as rm

    app = QApplication.instance() or QApplication([])
    ledger = Ledger.open(book)
    bridge = WorkerBridge()
    worker = start_worker(ledger, bridge)
    window = MainWindow(ledger, worker=worker, bridge=bridge)
    window.show()
    if hasattr(window, "background"):
        window.background.wait()
    app.processEvents()
    tune = getattr(app_module, "tune_gc", None)
    if tune is not None:
        tune()  # as run_app does once the worker is attached
    book_model = window.book
    acc = max(book_model.accounts(), key=lambda a: len(book_model.rows(a.id)))
    checking = next(a for a in book_model.accounts() if a.name == "Everyday Checking")
    window.open_account(int(checking.id))
    reg = window.register_model
    app.processEvents()
    del acc
    fired: list[float] = []
    cpu_fired: list[float] = []

    def on_fired(*_a: object) -> None:
        fired.append(time.perf_counter())
        cpu_fired.append(time.thread_time())

    reg.dataChanged.connect(on_fired)
    out: dict[str, list[float]] = {
        "recent edit": [],
        "recent edit, GUI-thread CPU": [],
        "5-years-back edit": [],
        "5-years-back edit, GUI-thread CPU": [],
        "delete": [],
        "delete, GUI-thread CPU": [],
        "confirm recent": [],
        "confirm 5y": [],
    }
    rng = random.Random(3)
    reg.set_split_amounts(False)  # the signed Amount column, as these edits are typed
    amount_col = reg.column_of(rm.AMOUNT)
    five_years = date.today() - timedelta(days=5 * 365)

    def wait_confirmed(t0: float, key: str) -> None:
        deadline = time.perf_counter() + 10
        while book_model.is_provisional(checking.id) and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        out[key].append((time.perf_counter() - t0) * 1000)
        app.processEvents()

    for i in range(edits):
        # A recent edit: one of the last rows.
        row = reg.total - 1 - rng.randrange(50)
        reg.line(row)  # the edited row is on screen (its page loaded), as when a user edits
        fired.clear()
        cpu_fired.clear()
        c0 = time.thread_time()
        t0 = time.perf_counter()
        reg.setData(reg.index(row, amount_col), f"-{rng.randrange(100, 9999) / 100:.2f}")
        out["recent edit"].append((fired[0] - t0) * 1000)
        out["recent edit, GUI-thread CPU"].append((cpu_fired[0] - c0) * 1000)
        wait_confirmed(t0, "confirm recent")
        # Delete a recent row.
        row = reg.total - 1 - rng.randrange(50)
        reg.line(row)  # the edited row is on screen (its page loaded), as when a user edits
        fired.clear()
        cpu_fired.clear()
        c0 = time.thread_time()
        t0 = time.perf_counter()
        reg.delete_rows([row])
        out["delete"].append((fired[0] - t0) * 1000)
        out["delete, GUI-thread CPU"].append((cpu_fired[0] - c0) * 1000)
        wait_confirmed(t0, "confirm recent")
        if i % 2 == 0:
            # A backdated edit five years back: the recompute spans five years of days.
            from permoney_desktop.services import register_reads as reads

            pos = reads.position_of(ledger, reg.query, (five_years, 0))
            reg.line(pos)
            fired.clear()
            cpu_fired.clear()
            c0 = time.thread_time()
            t0 = time.perf_counter()
            reg.setData(reg.index(pos, amount_col), f"-{rng.randrange(100, 9999) / 100:.2f}")
            out["5-years-back edit"].append((fired[0] - t0) * 1000)
            out["5-years-back edit, GUI-thread CPU"].append((cpu_fired[0] - c0) * 1000)
            wait_confirmed(t0, "confirm 5y")
    stats = book_model.stats.snapshot()
    print(f"  reconcile: {stats}", file=sys.stderr)
    assert stats["mismatches"] == 0, stats
    window.close()
    if worker is not None:
        worker.close()
    ledger.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100k,1M")
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument(
        "--startup-only", action="store_true", help="only the start-up rows (no edits)"
    )
    parser.add_argument("--runs", type=int, default=3, help="start-up processes per page")
    parser.add_argument(
        "--pages", default="register,dashboard", help="start-up pages (also: budget, forecast)"
    )
    args = parser.parse_args()
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            book = fresh_copy(size, Path(tmp))
            t = time.perf_counter()
            materialize(book)
            print(f"{size}: materialized in {time.perf_counter() - t:.1f} s", file=sys.stderr)
            for page in args.pages.split(","):
                st = startup(book, page, args.runs)
                rows.append(
                    (
                        size,
                        f"start-up to first window painted (process, {page})",
                        f"{st.get('first', float('nan')):.0f}",
                        "ms",
                    )
                )
                rows.append(
                    (
                        size,
                        f"  CPU used by then ({page})",
                        f"{st.get('cpu', float('nan')):.0f}",
                        "ms",
                    )
                )
                rows.append(
                    (
                        size,
                        f"  GUI-thread CPU by then ({page})",
                        f"{st.get('gui_cpu', float('nan')):.0f}",
                        "ms",
                    )
                )
                rows.append(
                    (
                        size,
                        f"  SQLAlchemy imported by then ({page})",
                        f"{st.get('sa', float('nan')):.0f} of {args.runs}",
                        "runs",
                    )
                )
                rows.append(
                    (
                        size,
                        f"  to settled (worker up, figures shown, {page})",
                        f"{st.get('settled', float('nan')):.0f}",
                        "ms",
                    )
                )
                rows.append(
                    (
                        size,
                        f"  CPU used by settled (process, {page})",
                        f"{st.get('settled_cpu', float('nan')):.0f}",
                        "ms",
                    )
                )
                rows.append(
                    (
                        size,
                        f"  max RSS once settled ({page})",
                        f"{st.get('rss', float('nan')):.0f}",
                        "MB",
                    )
                )
            if args.startup_only:
                continue
            res = in_process(book, args.edits)
            for key, values in res.items():
                if values:
                    rows.append(
                        (
                            size,
                            f"{key} → " + ("confirmed" if key.startswith("confirm") else "signals"),
                            f"{pct(values, 50):.1f} / {pct(values, 95):.1f}",
                            f"ms p50/p95 (n={len(values)})",
                        )
                    )
    width = max(len(r[1]) for r in rows)
    print(f"{'book':5} {'measure':{width}} {'value':>15} unit")
    for size, name, value, unit in rows:
        print(f"{size:5} {name:{width}} {value:>15} {unit}")


if __name__ == "__main__":
    main()
