"""The context every task module receives, and the hooks other areas plug into.

``WorkerContext`` is re-exported by ``worker.registry`` (the agreed place to import it from);
it lives here so task modules can import it without importing the registry itself.
"""

from __future__ import annotations

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
