"""Live updates of a shared book: an edit in one client → shown, then confirmed, in another
client's window.

    .venv/bin/python benchmarks/bench_live.py [--sizes 10k,100k] [--edits 40] [--trace]
        [--one-process] [--backends postgresql,sqlite]

Starts a private Redis and the benchmarks' kept PostgreSQL cluster (``_pg_books.py``: each
size's demo household copied there once with ``permoney book copy`` and materialized, then a
fresh database from that template per run). Two clients, as two people's apps on two
machines: A in this process, B in a process of its own (``live_peer.py``), each with its own
``PERMONEY_HOME``, ledger, connection pool, listener thread, Qt event loop and worker, the
workers sharing one Redis queue (whichever takes a wake-up first syncs; the table says how
the syncs of A's edits were shared). Client A types an amount into its register (the real
``RegisterModel.setData`` → ``ui/operations`` → ``Writer``); B's process reports over a pipe
when its window applied A's notice ("shown": B's figures moved, provisional) and when it
confirmed the figure for A's data version ("confirmed": the synced notice of whichever
worker materialized it reached B's ``BalanceBook.reconcile``), with the balance its window
shows then, which must equal the one A's window confirmed. Times are ``time.monotonic()``,
one clock for both processes. For comparison, the same edit confirmed in A's own window, and
on a SQLite copy of the same demo book confirmed in its one window (SQLite has no second
client to tell). Each window first settles (its worker idle: a new window's first metrics
take seconds at 1M). p50/p95 in ms, with the load average (1 min) before and after each run.

``--one-process``: B's window in this process, as earlier versions of this bench measured it
(both windows then share one GUI thread).

``--trace`` also prints where the time went: per stage of the edit's path (A's write commit,
the wake-up, A's repaint, the claim, the sync's commit, the notices B hears and applies, the
confirmations) the p50/p95 of when it was first reached after the keystroke
(``live_trace.py``; hooks from outside, the shipped code unchanged; B's process sends its
stages over the pipe).

The bench runs against whichever ``permoney_desktop`` the Python running it imports, so
another checkout's virtual environment measures that checkout's code with this method.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _books import cached_materialized, fresh_copy
from _pg_books import book_url, start_cluster
from bench_confirm import pct
from bench_shared import services
from live_client import TIMEOUT_S, Client, wait
from live_trace import STAGES, Trace

HERE = Path(__file__).resolve().parent
READY_TIMEOUT_S = 180.0


def materialize(book: str | Path) -> None:
    from permoney_desktop.services import materialize as mat
    from permoney_desktop.services.ledger import Ledger

    with Ledger.open(book) as ledger:
        mat.sync_all(ledger, full=True)


@dataclass
class Seen:
    """What one other window did, in the order it happened: (version, when[, …])."""

    shown: list[tuple[int, float]] = field(default_factory=list)
    confirmed: list[tuple[int, float, int, bool]] = field(default_factory=list)  # + figure
    synced: list[tuple[int, float]] = field(default_factory=list)  # by its own worker

    def shown_at(self, version: int) -> float | None:
        return next((t for v, t in list(self.shown) if v >= version), None)

    def confirmed_at(self, version: int) -> tuple[float, int, bool] | None:
        return next(((t, m, p) for v, t, m, p in list(self.confirmed) if v >= version), None)


class Other(Protocol):
    name: str
    seen: Seen


class SameProcess:
    """B's window in this process (``--one-process``)."""

    def __init__(self, client: Client) -> None:
        self.name, self.client, self.seen = "B", client, Seen()
        client.on_shown = lambda v, t: self.seen.shown.append((v, t))
        client.on_confirmed = lambda v, t: self.seen.confirmed.append((v, t, *client.figure()))
        self.seen.synced = client.synced_here

    def close(self, app: Any) -> None:
        self.client.close(app)


class Peer:
    """B's window in a process of its own (``live_peer.py``), heard over a pipe."""

    def __init__(self, url: str, home: Path, trace: Trace | None) -> None:
        self.name, self.seen, self.trace = "B", Seen(), trace
        cmd = [sys.executable, str(HERE / "live_peer.py"), url, str(home)]
        if trace is not None:
            cmd.append("--trace")
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.ready = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        if not self.ready.wait(READY_TIMEOUT_S):
            self.close(None)
            raise SystemExit(f"the other client did not start (exit {self.proc.poll()})")

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            try:
                got = json.loads(line)
            except ValueError:
                continue
            if "ready" in got:
                self.ready.set()
            elif "shown" in got:
                self.seen.shown.append((got["shown"], got["t"]))
            elif "confirmed" in got:
                item = (got["confirmed"], got["t"], got["minor"], bool(got["provisional"]))
                self.seen.confirmed.append(item)
            elif "synced" in got:
                self.seen.synced.append((got["synced"], got["t"]))
            elif "trace" in got and self.trace is not None:
                self.trace.record(got["trace"], "B", got["t"])

    def close(self, _app: Any) -> None:
        try:
            assert self.proc.stdin is not None
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
            self.proc.wait(30)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


@dataclass
class Measured:
    """ms lists by what was measured, and the tallies printed under them."""

    times: dict[str, list[float]] = field(default_factory=dict)
    agreed: int = 0  # edits whose confirmed figure in B equalled A's, both confirmed
    compared: int = 0
    synced_by: dict[str, int] = field(default_factory=dict)  # whose worker synced an edit

    def add(self, what: str, ms: float) -> None:
        self.times.setdefault(what, []).append(ms)


def measure(
    app: Any, a: Client, others: list[Other], edits: int, trace: Trace | None = None
) -> Measured:
    """Edits typed in A; when A confirmed them, and when each other window showed and
    confirmed them (with the figure it showed then)."""
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
    own = Seen(synced=a.synced_here)
    a.on_confirmed = lambda v, t: own.confirmed.append((v, t, *a.figure()))
    rng = random.Random(7)
    out = Measured()
    for i in range(edits + 3):  # the first three warm the paths up, not counted
        row = reg.row_of(reg.total - 1 - rng.randrange(30))
        reg.line(row)
        app.processEvents()
        versions.clear()
        if trace is not None:
            trace.start()
        t0 = time.monotonic()
        assert reg.setData(reg.index(row, column), f"-{rng.randrange(100, 9999) / 100:.2f}")
        if trace is not None:
            trace.mark("A setData returned", "A")
        (target,) = versions

        def done(v: int = target) -> bool:
            return own.confirmed_at(v) is not None and all(
                o.seen.confirmed_at(v) is not None and o.seen.shown_at(v) is not None
                for o in others
            )

        if not wait(app, done):
            raise SystemExit(f"edit {i}: not confirmed in {TIMEOUT_S} s")
        if i < 3:
            continue
        mine = own.confirmed_at(target)
        assert mine is not None
        out.add("own window: confirmed", (mine[0] - t0) * 1000)
        for o in others:
            shown, theirs = o.seen.shown_at(target), o.seen.confirmed_at(target)
            assert shown is not None and theirs is not None
            out.add("other window: shown", (shown - t0) * 1000)
            out.add("other window: confirmed", (theirs[0] - t0) * 1000)
            out.compared += 1
            out.agreed += theirs[1:] == mine[1:] and not theirs[2]
        _tally_syncs(out, target, [("A", own), *((o.name, o.seen) for o in others)])
        if trace is not None:
            for stage, ms in trace.breakdown().items():
                out.add(f"trace: {stage}", ms)
        time.sleep(rng.uniform(0.05, 0.15))  # a person between two edits
    return out


def _tally_syncs(out: Measured, version: int, workers: list[tuple[str, Seen]]) -> None:
    """Whose worker published the first sync that covered ``version``."""
    firsts = [(t, name) for name, seen in workers for v, t in list(seen.synced) if v >= version]
    who = min(firsts)[1] if firsts else "?"
    out.synced_by[who] = out.synced_by.get(who, 0) + 1


def run_shared(
    app: Any, url: str, tmp: Path, edits: int, trace: Trace | None, one_process: bool
) -> Measured:
    a = Client(url, tmp / "anna", trace, "A")
    if one_process:
        b: SameProcess | Peer = SameProcess(Client(url, tmp / "ben", trace, "B"))
    else:
        b = Peer(url, tmp / "ben", trace)
    a.settle(app)
    if trace is not None:
        trace.install_paints(app, "A", a.window)
    try:
        return measure(app, a, [b], edits, trace)
    finally:
        a.close(app)
        b.close(app)


def run_file(app: Any, size: str, tmp: Path, edits: int, trace: Trace | None) -> Measured:
    book = fresh_copy(size, tmp, cached_materialized(size, materialize))
    one = Client(book, tmp / "solo", trace, "A")
    one.settle(app)
    if trace is not None:
        trace.install_paints(app, "A", one.window)
    try:
        return measure(app, one, [], edits, trace)
    finally:
        one.close(app)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10k,100k")
    ap.add_argument("--edits", type=int, default=40)
    ap.add_argument("--trace", action="store_true", help="print where the time went")
    ap.add_argument("--one-process", action="store_true", help="B's window in this process")
    ap.add_argument("--backends", default="postgresql,sqlite")
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    svc = services()
    pg = start_cluster(svc)
    redis = svc.start_redis()
    os.environ["PERMONEY_QUEUE_URL"] = redis.url
    trace = None
    if args.trace:
        trace = Trace()
        trace.install_module_hooks("A")
    mode = "one process" if args.one_process else "two processes"
    print(f"{args.edits} amount edits each (after 3 not counted), B in {mode}; ms")
    print(f"{'size':>5} {'backend':>11} {'edit in A →':28} {'p50':>7} {'p95':>7} {'max':>7}")
    try:
        for size in args.sizes.split(","):
            # Not a TemporaryDirectory: a worker task still running at its end must not fail
            # the run; the folders are removed at the very end.
            tmp = Path(tempfile.mkdtemp(prefix="bench-live-"))
            for backend in args.backends.split(","):
                load = os.getloadavg()[0]
                if backend == "postgresql":
                    url = book_url(pg, size, materialize)
                    load = os.getloadavg()[0]
                    # (Its database stays until the next run of this size replaces it: a
                    # closing window's threads may still read from it.)
                    measured = run_shared(app, url, tmp, args.edits, trace, args.one_process)
                else:
                    measured = run_file(app, size, tmp, args.edits, trace)
                _print(size, backend, measured, (load, os.getloadavg()[0]))
            shutil.rmtree(tmp, ignore_errors=True)
    finally:
        redis.close()
        pg.stop()


def _print(size: str, backend: str, measured: Measured, load: tuple[float, float]) -> None:
    for what, values in _ordered(measured.times):
        print(
            f"{size:>5} {backend:>11} {what:28} {statistics.median(values):7.1f}"
            f" {pct(values, 95):7.1f} {max(values):7.1f}",
            flush=True,
        )
    notes = [f"load {load[0]:.2f} → {load[1]:.2f}"]
    if measured.compared:
        notes.append(f"B's confirmed figure = A's: {measured.agreed}/{measured.compared}")
        shares = ", ".join(f"{k} {n}" for k, n in sorted(measured.synced_by.items()))
        notes.append(f"synced by worker: {shares}")
    print(f"{size:>5} {backend:>11} ({'; '.join(notes)})", flush=True)


def _ordered(measured: dict[str, list[float]]) -> list[tuple[str, list[float]]]:
    """The figures, then the trace's stages in the order an edit passes them."""
    plain = [(k, v) for k, v in measured.items() if not k.startswith("trace: ")]
    staged = [(f"trace: {s}", measured[f"trace: {s}"]) for s in STAGES if f"trace: {s}" in measured]
    return plain + staged


if __name__ == "__main__":
    main()
