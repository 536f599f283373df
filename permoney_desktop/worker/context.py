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


class StepAside(Exception):  # noqa: N818 (a signal to stop, not an error)
    """Raised by a computation's pause when its result would be stale: it stops, its
    request stays queued, and it runs again after the sync."""


# A sync asked for in this process counts as on its way for this long: enough for an idle
# worker thread to take it. Not longer: when every thread is busy (a maintenance task beside
# the paused refresh) the sync can only start once the refresh has given its thread back, and
# a superseded request never starts at all.
WANTED_TTL_S = 0.05


class SyncGate:
    """Counts account syncs running in this process so metric refreshes can wait for quiet.

    A metrics refresh is mostly Python; run beside a sync it holds the GIL and the sync's many
    short SQLite calls each wait for it (measured: a 5 ms sync took 100–400 ms). Refreshes
    therefore start only once no sync has run for a short settle time, and a refresh already
    running stops at its next ``yield_to_syncs`` while a sync is asked for or runs.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self.running = 0
        self.last_end = 0.0
        self.last_start = 0.0
        self.wanted_at = 0.0
        self.user_write_at = 0.0

    def want(self) -> None:
        """A sync was just asked for in this process (it has not started yet)."""
        with self._cond:
            self.wanted_at = time.monotonic()

    def user_wrote(self) -> None:
        """The user's write just committed here: its sync comes as soon as the GUI has shown
        the provisional figures (the GUI thread needs the GIL for that meanwhile)."""
        with self._cond:
            self.wanted_at = self.user_write_at = time.monotonic()

    def stepping_aside(self, since: float) -> Callable[[], None]:
        """A ``pause`` for a computation that began at ``since`` (monotonic): it yields to
        syncs, and gives up (``StepAside``) once a user write has made its snapshot stale."""

        def pause() -> None:
            if self.user_write_at > since:
                raise StepAside("a newer write made this computation stale")
            self.yield_to_syncs()
            if self.user_write_at > since:
                raise StepAside("a newer write made this computation stale")

        return pause

    def enter(self) -> None:
        with self._cond:
            self.running += 1
            self.last_start = time.monotonic()

    def leave(self) -> None:
        with self._cond:
            self.running -= 1
            self.last_end = time.monotonic()
            self._cond.notify_all()

    def quiet(self, settle: float) -> bool:
        """No sync runs here and none ended in the last ``settle`` seconds."""
        with self._cond:
            return self.running == 0 and time.monotonic() - self.last_end >= settle

    def busy(self) -> bool:
        """A sync runs here, or one was asked for here and has not started yet."""
        if self.running:
            return True
        wanted = self.wanted_at
        return wanted > self.last_start and time.monotonic() - wanted < WANTED_TTL_S

    def yield_to_syncs(self, longest: float = 2.0) -> None:
        """Block while ``busy()`` (up to ``longest`` seconds): where a long computation lets
        an account sync run alone. Costs next to nothing when no sync is about."""
        if not self.busy():
            return
        deadline = time.monotonic() + longest
        with self._cond:
            while self.busy():
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                # Woken when a sync ends; a request that never starts expires by itself.
                self._cond.wait(min(left, 0.05))

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
    # Held by the metrics refresh running in this process (one at a time).
    refresh_lock: threading.Lock = field(default_factory=threading.Lock)
    # Accounts whose syncs rows this process has claimed and is recomputing (the heartbeat
    # renews their lease), and rows a failed run could not give back (the next claim does).
    held: set[int] = field(default_factory=set)
    unreleased: set[int] = field(default_factory=set)
