"""The context every task module receives, and the hooks other areas plug into.

``WorkerContext`` is re-exported by ``worker.registry`` (the agreed place to import it from);
it lives here so task modules can import it without importing the registry itself.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.worker.events import EventPublisher
    from permoney_desktop.worker.monitor import JobMonitor
    from permoney_desktop.worker.queue import PermoneyHuey

# refresh(ctx, dates, full) -> periods refreshed (published as metrics_updated when non-empty)
RefreshHook = Callable[["WorkerContext", list[date], bool], Sequence[Any] | None]
# full(ctx) -> periods refreshed
FullHook = Callable[["WorkerContext"], Sequence[Any] | None]
# figures(ctx) -> extra health figures by check name (e.g. cache hit rate), judged by thresholds
FiguresHook = Callable[["WorkerContext"], dict[str, float | None]]


@dataclass
class WorkerHooks:
    """Work other areas plug into the worker's shells (None: nothing to do yet).

    ``refresh_metrics`` receives every date asked for since the last refresh (coalesced
    requests are merged, never dropped) and ``full=True`` when some request asked for all.
    """

    refresh_metrics: RefreshHook | None = None
    full_metrics: FullHook | None = None
    health_figures: list[FiguresHook] = field(default_factory=list)


class SyncGate:
    """Counts account syncs running in this process so metric refreshes can wait for quiet.

    A metrics refresh is mostly Python; run beside a sync it holds the GIL and the sync's many
    short SQLite calls each wait for it (measured: a 5 ms sync took 100–400 ms). Refreshes
    therefore start only once no sync has run for a short settle time.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self.running = 0
        self.last_end = 0.0

    def enter(self) -> None:
        with self._cond:
            self.running += 1

    def leave(self) -> None:
        with self._cond:
            self.running -= 1
            self.last_end = time.monotonic()
            self._cond.notify_all()

    def quiet(self, settle: float) -> bool:
        """No sync runs here and none ended in the last ``settle`` seconds."""
        with self._cond:
            return self.running == 0 and time.monotonic() - self.last_end >= settle

    def pause(self, seconds: float) -> None:
        """Sleep up to ``seconds``, waking early when a sync ends."""
        with self._cond:
            self._cond.wait(seconds)


@dataclass
class WorkerContext:
    """What tasks work with: the book, the event publisher, the monitor, the metrics cache."""

    ledger: Ledger
    events: EventPublisher
    monitor: JobMonitor
    huey: PermoneyHuey
    consumer_id: str
    metrics_cache: Any = None
    hooks: WorkerHooks = field(default_factory=WorkerHooks)
    tasks: dict[str, Any] = field(default_factory=dict)
    sync_gate: SyncGate = field(default_factory=SyncGate)
