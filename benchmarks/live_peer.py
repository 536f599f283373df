"""The other client of ``bench_live.py``: a window of the shared book in a process of its own.

    python live_peer.py BOOK_URL HOME [--trace]

As a second person's app would run it: its own ``PERMONEY_HOME``, ledger, listener thread and
worker (on the shared Redis queue of ``PERMONEY_QUEUE_URL``), its own Qt event loop. It tells
the bench what its window did as JSON lines on its standard output (anything else the app
prints goes to standard error), times from ``time.monotonic()``:

* ``{"ready": account_id}`` once the window listens;
* ``{"shown": version, "t": …}`` when the window applied another client's write notice;
* ``{"confirmed": version, "t": …, "minor": …, "provisional": …}`` when it confirmed the
  account's figure, with the balance its window shows then;
* ``{"synced": version, "t": …}`` when this process's own worker published a sync of it;
* ``{"trace": stage, "t": …}`` with ``--trace``: the stages of ``live_trace.py``.

A line ``quit`` on its standard input closes the window and ends the process.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, TextIO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from live_client import Client
from live_trace import Trace


class Reporter:
    """JSON lines to the bench, from any thread."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._lock = threading.Lock()

    def say(self, **fields: Any) -> None:
        line = json.dumps(fields, separators=(",", ":"))
        with self._lock:
            self._out.write(line + "\n")
            self._out.flush()


class PipeTrace(Trace):
    """A trace whose marks go to the bench at once (it merges them with its own)."""

    def __init__(self, reporter: Reporter) -> None:
        super().__init__()
        self.reporter = reporter

    def mark(self, stage: str, client: str = "") -> None:
        self.reporter.say(trace=stage, t=time.monotonic())

    def record(self, stage: str, client: str, when: float) -> None:
        self.reporter.say(trace=stage, t=when)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("book")
    ap.add_argument("home")
    ap.add_argument("--trace", action="store_true")
    args = ap.parse_args()
    # The protocol keeps the real standard output; the app's own prints go to standard error.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "w", buffering=1)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    reporter = Reporter(out)

    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    trace = None
    if args.trace:
        trace = PipeTrace(reporter)
        trace.install_module_hooks("B")
    client = Client(args.book, Path(args.home), trace, "B")

    def confirmed(version: int, when: float) -> None:
        minor, provisional = client.figure()
        reporter.say(confirmed=version, t=when, minor=minor, provisional=provisional)

    client.on_confirmed = confirmed
    client.on_shown = lambda version, when: reporter.say(shown=version, t=when)
    if client.worker is not None:
        client.worker.events.subscribe(
            "sync_completed",
            lambda acct, version, *_r: (
                reporter.say(synced=version, t=time.monotonic()) if acct == client.account else None
            ),
        )

    class Quit(QObject):
        asked = Signal()

    quit_ = Quit()
    quit_.asked.connect(app.quit)

    def read_stdin() -> None:
        for line in sys.stdin:
            if line.strip() == "quit":
                break
        quit_.asked.emit()  # queued to the GUI thread

    threading.Thread(target=read_stdin, daemon=True).start()
    client.settle(app)
    reporter.say(ready=int(client.account), figure=client.figure()[0])
    app.exec()
    client.close(app)
    reporter.say(closed=1)


if __name__ == "__main__":
    main()
