"""One client of a shared book for ``bench_live.py``: a ledger, a worker and a main window, as the
app starts them, with the times its window showed and confirmed an account's figures.

Times are ``time.monotonic()``: on Linux one clock for every process of the machine since
boot, so a time taken in the other client's process compares with one taken here.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from live_trace import Trace

ACCOUNT = "Everyday Checking"
TIMEOUT_S = 30.0
SETTLE_S = 120.0


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
        # (version, when) of every sync of the account this client's own worker published.
        self.synced_here: list[tuple[int, float]] = []
        self.on_confirmed: Callable[[int, float], None] | None = None
        self.on_shown: Callable[[int, float], None] | None = None
        # Connected after the window's own slots: the time is taken once it has reconciled.
        self.bridge.sync_completed.connect(self._confirmed)
        self.window.live.notice_applied.connect(self._shown)
        if self.worker is not None:
            self.worker.events.subscribe("sync_completed", self._published)
        if trace is not None:
            trace.install_client(name, self)

    def _confirmed(self, account_id: int, version: int, _summary: object) -> None:
        now = time.monotonic()
        self.confirmed[account_id] = (version, now)
        if account_id == self.account:
            if self.trace is not None:
                self.trace.mark(f"{self.name} confirmed", self.name)
            if self.on_confirmed is not None:
                self.on_confirmed(version, now)

    def _shown(self, notice: Any) -> None:
        version = notice.changes.versions.get(self.account)
        if version is not None:
            now = time.monotonic()
            self.shown.append((version, now))
            if self.on_shown is not None:
                self.on_shown(version, now)

    def _published(self, account_id: int, version: int, *_rest: object) -> None:
        # The worker's own thread: an append is safe to read from the GUI thread later.
        if account_id == self.account:
            self.synced_here.append((version, time.monotonic()))

    def settle(self, app: Any, timeout: float = SETTLE_S) -> bool:
        """Run the event loop until this client's worker has nothing queued or running (a
        new window's first metrics: seconds at 1M with a cold cache), so the edits measure
        a window at rest, not one still opening."""
        worker = self.worker
        if worker is None:
            return True
        return wait(app, lambda: bool(worker.wait_idle(0.05)), timeout)

    def figure(self) -> tuple[int, bool]:
        """The account's balance as the window shows it: minor units, and provisional?"""
        shown = self.window.book.balance(self.account)
        assert shown is not None
        return shown.minor, shown.provisional

    def close(self, app: Any) -> None:
        deadline = time.monotonic() + 0.5  # delayed reads (the upcoming strip) run first
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        self.window.live.stop()
        if self.worker is not None:
            self.worker.stop(graceful=False, timeout=10)
        self.window.close()
        self.window.background.wait()
        self.ledger.close()


def wait(app: Any, done: Callable[[], bool], timeout: float = TIMEOUT_S) -> bool:
    """Run this process's event loop until ``done()`` (False after ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.0005)
    return True
