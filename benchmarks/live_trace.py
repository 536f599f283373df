"""Where the time of one live edit goes: timestamps along its path, for ``bench_live.py --trace``.

The hooks are installed from outside (SQLAlchemy commit events, wrapped module functions and
callbacks, an application event filter for paints), so the code measured is the code shipped.
Every event is ``(stage, client, time.monotonic())`` (one clock for every process of the
machine on Linux, so the other client's process reports its events over a pipe);
``Trace.breakdown`` turns the events of one edit into the first time each stage was reached
after the keystroke, in ms.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from typing import Any

MAIN = threading.main_thread()

# In the order an edit normally passes them.
STAGES = (
    "A reads before write",
    "A gate commit",
    "A setData returned",
    "A wake sent",
    "A paint start",
    "A paint end",
    "worker claim start",
    "worker claimed",
    "worker computed",
    "worker published",
    "B heard write notice",
    "B applied write notice",
    "B heard synced notice",
    "B confirmation picked up",
    "B confirmed",
    "A confirmation picked up",
    "A confirmed",
)


class Trace:
    def __init__(self) -> None:
        self.events: list[tuple[str, str, float]] = []
        self._lock = threading.Lock()
        self.t0 = 0.0
        self.names: dict[int, str] = {}  # id(ledger/engine/...) → client name

    def mark(self, stage: str, client: str = "") -> None:
        self.record(stage, client, time.monotonic())

    def record(self, stage: str, client: str, when: float) -> None:
        """An event taken at ``when`` (``time.monotonic()``: perhaps in another process)."""
        with self._lock:
            self.events.append((stage, client, when))

    def start(self) -> None:
        with self._lock:
            self.events.clear()
        self.t0 = time.monotonic()

    def breakdown(self) -> dict[str, float]:
        """First time (ms after ``start``) each stage was reached in this edit."""
        with self._lock:
            events = list(self.events)
        out: dict[str, float] = {}
        for stage, _client, t in events:
            ms = (t - self.t0) * 1000
            out[stage] = min(ms, out.get(stage, ms))
        return out

    # -- hooks -----------------------------------------------------------------------------

    def install_client(self, name: str, client: Any) -> None:
        """Commit events of the client's write engine (GUI thread: its write; worker thread:
        a sync), its worker's wake-ups and publications, its listener's notices."""
        from sqlalchemy import event

        engine = client.ledger.book.write_engine

        def committed(_conn: Any) -> None:
            if threading.current_thread() is MAIN:
                self.mark(f"{name} gate commit", name)

        event.listen(engine, "commit", committed)
        worker = client.worker
        if worker is not None:
            wake = worker.wake

            @functools.wraps(wake)
            def traced_wake(*args: Any, **kw: Any) -> Any:
                self.mark(f"{name} wake sent", name)
                return wake(*args, **kw)

            worker.wake = traced_wake
            worker.events.subscribe(
                "sync_completed", lambda *_a: self.mark("worker published", name)
            )
        listener = client.window.live.listener
        if listener is not None:
            heard = listener.on_notice

            def traced_heard(notice: Any) -> None:
                kind = "synced" if notice.synced else "write"
                self.mark(f"{name} heard {kind} notice", name)
                heard(notice)

            listener.on_notice = traced_heard
            client.window.live.notice_applied.connect(
                lambda notice: (
                    self.mark(f"{name} applied write notice", name) if not notice.synced else None
                )
            )

    def install_paints(self, app: Any, name: str, window: Any) -> None:
        """The first paint of ``window``'s widgets after the keystroke (start), and when the
        event loop next runs after it (end: the paint of that turn is done)."""
        from PySide6.QtCore import QEvent, QObject

        trace = self

        class Paints(QObject):
            def eventFilter(self, obj: Any, ev: Any) -> bool:
                if ev.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window() is window:
                    trace.mark(f"{name} paint start", name)
                    QTimerless.after(lambda: trace.mark(f"{name} paint end", name))
                return False

        self._paints = Paints()
        app.installEventFilter(self._paints)

    def install_module_hooks(self, name: str) -> None:
        """Claims by any worker, and the GUI writer's reads before its write."""
        from permoney_desktop.services import materialize, register_reads
        from permoney_desktop.worker import claims

        claim_next = claims.claim_next

        @functools.wraps(claim_next)
        def traced_claim(*args: Any, **kw: Any) -> Any:
            started = time.monotonic()
            batch = claim_next(*args, **kw)
            if batch.claims:
                self.record("worker claim start", "", started)
                self.mark("worker claimed")
            return batch

        claims.claim_next = traced_claim
        compute = materialize._compute

        @functools.wraps(compute)
        def traced_compute(*args: Any, **kw: Any) -> Any:
            out = compute(*args, **kw)
            self.mark("worker computed")
            return out

        materialize._compute = traced_compute
        day_counts = register_reads.day_counts

        @functools.wraps(day_counts)
        def traced_counts(*args: Any, **kw: Any) -> Any:
            out = day_counts(*args, **kw)
            if threading.current_thread() is MAIN:  # the first call is the one before
                self.mark(f"{name} reads before write", name)
            return out

        register_reads.day_counts = traced_counts


class QTimerless:
    """Run a callable once the paint event being filtered has been handled (the filter sees
    the event before the widget paints): a zero-delay call on the same thread."""

    @staticmethod
    def after(fn: Callable[[], None]) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, fn)
