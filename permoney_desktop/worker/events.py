"""The worker's event publisher: named events delivered to plain callables (no Qt here).

Events and their arguments:

* ``sync_started(account_id)``
* ``sync_completed(account_id, version, summary)``: ``version`` is the account's data version
  the balances were computed for; ``summary`` is the materializer's ``SyncOutcome``
* ``sync_failed(account_id, error)``: ``error`` is a one-line message
* ``metrics_updated(periods)``: whatever the metrics hook reports it refreshed (a list)
* ``budget_updated(month, stamp, figures)``: one month's budget figures (``MonthFigures``),
  computed for the inputs whose ``domain.budgets.inputs_stamp`` is ``stamp``
* ``queue_changed(pending, running)``: tasks waiting in the queue file, tasks running here

Threading: callbacks run synchronously **on the thread that publishes**, which is a worker
thread (``permoney-worker-N``) for everything a task reports, and the caller's thread for
``queue_changed`` right after an enqueue (often the GUI thread). Callbacks must be quick and
must not touch Qt widgets directly: the GUI bridges them to Qt signals with a queued
connection. A callback that raises is logged and never disturbs the worker or other callbacks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

SYNC_STARTED = "sync_started"
SYNC_COMPLETED = "sync_completed"
SYNC_FAILED = "sync_failed"
METRICS_UPDATED = "metrics_updated"
QUEUE_CHANGED = "queue_changed"
BUDGET_UPDATED = "budget_updated"
EVENTS = (
    SYNC_STARTED,
    SYNC_COMPLETED,
    SYNC_FAILED,
    METRICS_UPDATED,
    QUEUE_CHANGED,
    BUDGET_UPDATED,
)

Callback = Callable[..., object]
AnyCallback = Callable[[str, tuple[Any, ...]], object]
Unsubscribe = Callable[[], None]


class EventPublisher:
    """Subscribe callables to named events; publish calls them in subscription order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_event: dict[str, list[Callback]] = {name: [] for name in EVENTS}
        self._all: list[AnyCallback] = []
        self._muted = False

    def subscribe(self, event: str, callback: Callback) -> Unsubscribe:
        """Call ``callback(*args)`` on every ``event``; returns a function that unsubscribes."""
        if event not in self._by_event:
            raise ValueError(f"unknown worker event {event!r} (known: {', '.join(EVENTS)})")
        with self._lock:
            self._by_event[event] = [*self._by_event[event], callback]

        def unsubscribe() -> None:
            with self._lock:
                self._by_event[event] = [c for c in self._by_event[event] if c is not callback]

        return unsubscribe

    def subscribe_all(self, callback: AnyCallback) -> Unsubscribe:
        """Call ``callback(event, args)`` on every event (logging, the health view)."""
        with self._lock:
            self._all = [*self._all, callback]

        def unsubscribe() -> None:
            with self._lock:
                self._all = [c for c in self._all if c is not callback]

        return unsubscribe

    def mute(self) -> None:
        """Deliver nothing from now on (a worker abandoned at exit may still publish)."""
        self._muted = True

    def unmute(self) -> None:
        self._muted = False

    def publish(self, event: str, *args: Any) -> None:
        # Lists are replaced, never mutated, so iterating a snapshot needs no lock.
        targets = self._by_event.get(event)
        if targets is None:
            raise ValueError(f"unknown worker event {event!r}")
        if self._muted:
            return
        for callback in targets:
            try:
                callback(*args)
            except Exception:
                log.exception("a %s subscriber failed", event)
        for any_callback in self._all:
            try:
                any_callback(event, args)
            except Exception:
                log.exception("an all-events subscriber failed on %s", event)
