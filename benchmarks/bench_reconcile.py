"""The reconcile view of an account with 10,000 uncleared entries: time to open, time per tick.

    .venv/bin/python benchmarks/bench_reconcile.py [--sizes 10k,100k] [--entries 10000]

On a copy of the demo book of each size, an extra checking account gets ``--entries``
uncleared entries and an open reconciliation. Measured offscreen with the real MainWindow's
writer, once the window's start-up reads are done: "open" is ReconcileDialog construction +
show + one event-loop pass (the read of the statement window, the model, the figures);
"tick" is Space's handler on one row: the difference updated in the same turn plus the write
that marks the entry cleared (one gate transaction); "figures" is the same-turn part alone.
Targets: open ≤ 200 ms, tick ≤ 16 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _books import fresh_copy


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def prepare(book: Path, count: int) -> int:
    from permoney_desktop.domain.accounts import AccountKind
    from permoney_desktop.domain.entry_values import NewEntry
    from permoney_desktop.services import accounts, entries, materialize, reconcile
    from permoney_desktop.services.ledger import Ledger

    start = date(2025, 1, 1)
    with Ledger.open(book) as ledger:
        acc, _ = accounts.create_account(
            ledger, "Reconcile bench", AccountKind.CHECKING, "USD", opening_date=start
        )
        rows = [
            NewEntry(acc, start + timedelta(days=i % 360), Decimal(-(i % 9000) - 1) / 100)
            for i in range(count)
        ]
        entries.add_many(ledger, rows, label="Bench rows")
        reconcile.start(ledger, int(acc), date(2025, 12, 31), Decimal("1234.56"))
        materialize.sync_all(ledger)
    return int(acc)


def run(size: str, count: int, repeat: int, ticks: int) -> None:
    from PySide6.QtWidgets import QApplication

    from permoney_desktop.domain.ids import AccountId
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.ui.dialogs.reconcile_dialog import ReconcileDialog
    from permoney_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        book = fresh_copy(size, Path(tmp))
        acc = AccountId(prepare(book, count))
        with Ledger.open(book) as ledger:
            window = MainWindow(ledger)
            # The window's own start-up reads (dashboard figures on a pool thread) first: at 1M
            # entries they take seconds of CPU and the GIL, which the process CPU of an open
            # would otherwise count; the open is measured on a settled window.
            window.background.wait()
            app.processEvents()
            opens, open_cpu = [], []
            dialog = None
            for _ in range(repeat):
                if dialog is not None:
                    dialog.close()
                    dialog.deleteLater()
                t0, c0 = time.perf_counter(), time.process_time()
                dialog = ReconcileDialog(window.writer, acc, window)
                dialog.show()
                app.processEvents()
                opens.append((time.perf_counter() - t0) * 1000)
                open_cpu.append((time.process_time() - c0) * 1000)
            assert dialog is not None and dialog.model is not None
            assert dialog.model.rowCount() == count
            tick_ms, tick_cpu, figure_ms = [], [], []
            for i in range(ticks):
                row = (i * 7919) % count
                t0, c0 = time.perf_counter(), time.process_time()
                dialog.toggle([row])
                tick_ms.append((time.perf_counter() - t0) * 1000)
                tick_cpu.append((time.process_time() - c0) * 1000)
                tally = dialog.tally
                assert tally is not None
                t0 = time.perf_counter()
                tally.tick(dialog.model.rows[row].amount, not dialog.model.ticked[row])
                dialog._show_figures()
                figure_ms.append((time.perf_counter() - t0) * 1000)
                tally.tick(dialog.model.rows[row].amount, dialog.model.ticked[row])
            dialog.close()
            window.close()
    med = statistics.median
    print(
        f"{size:>5} book, {count} uncleared entries: open median {med(opens):.1f} ms wall /"
        f" {med(open_cpu):.1f} ms CPU (max {max(opens):.1f}, least CPU {min(open_cpu):.1f});"
        f" tick median {med(tick_ms):.2f} ms"
        f" wall / {med(tick_cpu):.2f} ms CPU, p95 {pct(tick_ms, 95):.2f} ms; figures alone"
        f" median {med(figure_ms):.3f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10k,100k")
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--ticks", type=int, default=50)
    args = parser.parse_args()
    for size in args.sizes.split(","):
        run(size.strip(), args.entries, args.repeat, args.ticks)


if __name__ == "__main__":
    main()
