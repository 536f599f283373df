"""Live updates of a shared book: an edit in one client → shown, then confirmed, in another
client's window.

    .venv/bin/python benchmarks/bench_live.py [--sizes 10k,100k] [--edits 40] [--trace]

Starts a private PostgreSQL and Redis (``packaging/services.py``) and fills a shared book with
the cached demo household of that size (``permoney book copy`` of the SQLite book the file
run uses), materialized. Two clients run in this
process, as two people's windows would on two machines: each its own ``PERMONEY_HOME``,
ledger, connection pool, listener thread and worker, the workers sharing one Redis queue.
Client A types an amount into its register (the real ``RegisterModel.setData``); the clock
stops when B's window has applied A's notice ("shown": B's figures moved, provisional) and
when B has confirmed the figure for A's data version ("confirmed": the synced notice of
whichever worker materialized it reached B's ``BalanceBook.reconcile``). For comparison, the
same edit confirmed in A's own window, and on the SQLite copy of the same demo book confirmed
in its one window (SQLite has no second client to tell). p50/p95 in ms.

``--trace`` also prints where the time went: per stage of the edit's path (A's write commit,
the wake-up, A's repaint, the claim, the sync's commit, the notices B hears and applies, the
confirmations) the p50/p95 of when it was first reached after the keystroke
(``live_trace.py``; hooks from outside, the shipped code unchanged).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _books import cached_book, fresh_copy
from bench_confirm import materialize, pct
from bench_import import run
from bench_shared import EXE, services
from live_trace import STAGES, Trace

ACCOUNT = "Everyday Checking"
TIMEOUT_S = 30.0


class Client:
    def __init__(
        self, book: str | Path, home: Path, trace: Trace | None = None, name: str = ""
    ) -> None:
        from permoney_desktop.app import start_worker
        from permoney_desktop.services.ledger import Ledger
        from permoney_desktop.ui.bus import WorkerBridge
        from permoney_desktop.ui.main_window import MainWindow

        self.trace, self.name = trace, name
        os.environ["PERMONEY_HOME"] = str(home)
        self.ledger = Ledger.open(book)
        self.bridge = WorkerBridge()
        if trace is not None:  # before the window's own slot: when the GUI thread takes it
            self.bridge.sync_completed.connect(
                lambda *_a: trace.mark(f"{name} confirmation picked up", name)
            )
        self.worker = start_worker(self.ledger, self.bridge)
        self.window = MainWindow(self.ledger, worker=self.worker, bridge=self.bridge)
        self.window.show()
        self.window.background.wait()
        listener = self.window.live.listener
        if listener is not None:
            listener.listening.wait(10)
        self.account = next(a.id for a in self.window.book.accounts() if a.name == ACCOUNT)
        self.confirmed: dict[int, tuple[int, float]] = {}  # account → (version, when)
        self.shown: list[tuple[int, float]] = []  # (version, when) of notices applied
        # Connected after the window's own slots: the time is taken once it has reconciled.
        self.bridge.sync_completed.connect(self._confirmed)
        self.window.live.notice_applied.connect(self._shown)
        if trace is not None:
            trace.install_client(name, self)

    def _traced(self, account_id: int, version: int, _summary: object) -> None:
        if self.trace is not None and account_id == self.account:
            self.trace.mark(f"{self.name} confirmed", self.name)

    def _confirmed(self, account_id: int, version: int, _summary: object) -> None:
        self.confirmed[account_id] = (version, time.perf_counter())
        self._traced(account_id, version, _summary)

    def _shown(self, notice: Any) -> None:
        version = notice.changes.versions.get(self.account)
        if version is not None:
            self.shown.append((version, time.perf_counter()))

    def close(self, app: Any) -> None:
        deadline = time.perf_counter() + 0.5  # delayed reads (the upcoming strip) run first
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.01)
        self.window.live.stop()
        if self.worker is not None:
            self.worker.stop(graceful=False, timeout=10)
        self.window.close()
        self.window.background.wait()
        self.ledger.close()


def _wait(app: Any, done: Callable[[], bool]) -> bool:
    deadline = time.perf_counter() + TIMEOUT_S
    while not done():
        if time.perf_counter() > deadline:
            return False
        app.processEvents()
        time.sleep(0.0005)
    return True


def measure(
    app: Any, a: Client, watchers: list[Client], edits: int, trace: Trace | None = None
) -> dict[str, list[float]]:
    """Edits typed in A; per watcher (name → ms lists) when shown and confirmed there."""
    from permoney_desktop.ui.models import register_model as rm

    reg = a.window.register_model
    a.window.open_account(int(a.account))
    app.processEvents()
    reg.set_split_amounts(False)
    column = reg.column_of(rm.AMOUNT)
    versions: list[int] = []
    a.window.bus.applied.connect(
        lambda applied: versions.append(applied.changes.versions.get(a.account, 0))
    )
    rng = random.Random(7)
    out: dict[str, list[float]] = {}
    for i in range(edits + 3):  # the first three warm the paths up, not counted
        row = reg.row_of(reg.total - 1 - rng.randrange(30))
        reg.line(row)
        app.processEvents()
        versions.clear()
        if trace is not None:
            trace.start()
        t0 = time.perf_counter()
        assert reg.setData(reg.index(row, column), f"-{rng.randrange(100, 9999) / 100:.2f}")
        if trace is not None:
            trace.mark("A setData returned", "A")
        (target,) = versions
        for w in watchers:
            ok = _wait(app, lambda w=w, v=target: w.confirmed.get(w.account, (0, 0.0))[0] >= v)
            if not ok:
                raise SystemExit(f"edit {i}: not confirmed in {TIMEOUT_S} s")
            if i < 3:
                continue
            name = "own window" if w is a else "other window"
            out.setdefault(f"{name}: confirmed", []).append((w.confirmed[w.account][1] - t0) * 1000)
            if w is not a:
                shown = next(t for v, t in w.shown if v >= target)
                out.setdefault(f"{name}: shown", []).append((shown - t0) * 1000)
        if trace is not None and i >= 3:
            for stage, ms in trace.breakdown().items():
                out.setdefault(f"trace: {stage}", []).append(ms)
        time.sleep(rng.uniform(0.05, 0.15))  # a person between two edits
    return out


def run_shared(
    app: Any, url: str, tmp: Path, edits: int, trace: Trace | None = None
) -> dict[str, list[float]]:
    from permoney_desktop.services import materialize as mat
    from permoney_desktop.services.ledger import Ledger

    with Ledger.open(url) as ledger:
        mat.sync_all(ledger, full=True)
    a = Client(url, tmp / "anna", trace, "A")
    b = Client(url, tmp / "ben", trace, "B")
    if trace is not None:
        trace.install_paints(app, "A", a.window)
    try:
        return measure(app, a, [b, a], edits, trace)
    finally:
        a.close(app)
        b.close(app)


def run_file(
    app: Any, size: str, tmp: Path, edits: int, trace: Trace | None = None
) -> dict[str, list[float]]:
    book = fresh_copy(size, tmp)
    materialize(book)
    one = Client(book, tmp / "solo", trace, "A")
    if trace is not None:
        trace.install_paints(app, "A", one.window)
    try:
        return measure(app, one, [one], edits, trace)
    finally:
        one.close(app)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10k,100k")
    ap.add_argument("--edits", type=int, default=40)
    ap.add_argument("--trace", action="store_true", help="print where the time went")
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    svc = services()
    pg = svc.start_postgres()
    redis = svc.start_redis()
    os.environ["PERMONEY_QUEUE_URL"] = redis.url
    trace = None
    if args.trace:
        trace = Trace()
        trace.install_module_hooks("A")
    print(f"{args.edits} amount edits each (after 3 not counted); ms")
    print(f"{'size':>5} {'backend':>11} {'edit in A →':28} {'p50':>7} {'p95':>7} {'max':>7}")
    try:
        for size in args.sizes.split(","):
            # Not a TemporaryDirectory: a worker task still running at its end must not fail
            # the run; the folders are removed at the very end.
            tmp = Path(tempfile.mkdtemp(prefix="bench-live-"))
            url = pg.url(f"live_{size.lower()}")
            run([*EXE, "book", "copy", str(cached_book(size)), url])
            results = [("postgresql", run_shared(app, url, tmp, args.edits, trace))]
            results.append(("sqlite", run_file(app, size, tmp, args.edits, trace)))
            for backend, measured in results:
                for what, values in _ordered(measured):
                    print(
                        f"{size:>5} {backend:>11} {what:28} {statistics.median(values):7.1f}"
                        f" {pct(values, 95):7.1f} {max(values):7.1f}",
                        flush=True,
                    )
            shutil.rmtree(tmp, ignore_errors=True)
    finally:
        redis.close()
        pg.close()


def _ordered(measured: dict[str, list[float]]) -> list[tuple[str, list[float]]]:
    """The figures, then the trace's stages in the order an edit passes them."""
    plain = [(k, v) for k, v in measured.items() if not k.startswith("trace: ")]
    staged = [(f"trace: {s}", measured[f"trace: {s}"]) for s in STAGES if f"trace: {s}" in measured]
    return plain + staged


if __name__ == "__main__":
    main()
