"""The GUI's two buses: applied writes (ChangeBus) and worker events as Qt signals (bridge).

``ChangeBus.applied(Applied)`` fires once per write, after it has been applied to the
optimistic figures (see ``ui.operations``); views refresh from the record. ``WorkerBridge`` has
one plain method per worker event; the worker's publisher calls them on worker threads, and
each posts the event to the GUI thread (a queued internal signal), where the public signal is
emitted: receivers run on the GUI thread, never widget code on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal

from permoney_desktop.ui.applied import Applied


class ChangeBus(QObject):
    applied = Signal(object)  # Applied

    def publish(self, applied: Applied) -> None:
        self.applied.emit(applied)


class WorkerBridge(QObject):
    """Worker events as Qt signals delivered on the GUI thread."""

    sync_started = Signal(int)
    sync_completed = Signal(int, int, object)  # account id, data version, summary
    sync_failed = Signal(int, str)
    metrics_updated = Signal(object)
    queue_changed = Signal(int, int)  # pending, running
    budget_updated = Signal(object, str, object)  # month, inputs stamp, MonthFigures
    # Worker threads only post here; the public signals are emitted on the GUI thread. Had
    # the worker thread emitted them, every receiver would get a queued call, and one still
    # queued when its receiver disconnected (a test's waitSignal) reached a stale slot.
    _relay = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, name: str, args: tuple[Any, ...]) -> None:
        getattr(self, name).emit(*args)

    # Called from worker threads by the publisher: post only, touch nothing else.
    def on_sync_started(self, account_id: int) -> None:
        self._relay.emit("sync_started", (int(account_id),))

    def on_sync_completed(self, account_id: int, version: int, summary: object = None) -> None:
        self._relay.emit("sync_completed", (int(account_id), int(version), summary))

    def on_sync_failed(self, account_id: int, error: object) -> None:
        self._relay.emit("sync_failed", (int(account_id), str(error)))

    def on_metrics_updated(self, periods: object) -> None:
        self._relay.emit("metrics_updated", (periods,))

    def on_queue_changed(self, pending: int, running: int) -> None:
        self._relay.emit("queue_changed", (int(pending), int(running)))

    def on_budget_updated(self, month: object, stamp: object, figures: object) -> None:
        self._relay.emit("budget_updated", (month, str(stamp), figures))

    def handlers(self) -> dict[str, Callable[..., None]]:
        """Event name → method, for subscribing to the worker's publisher."""
        return {
            "sync_started": self.on_sync_started,
            "sync_completed": self.on_sync_completed,
            "sync_failed": self.on_sync_failed,
            "metrics_updated": self.on_metrics_updated,
            "queue_changed": self.on_queue_changed,
            "budget_updated": self.on_budget_updated,
        }


class WorkerControl(Protocol):
    """What the GUI asks of the worker (app.py hands in the real one; ui never imports it)."""

    def wake(self, account_ids: Iterable[int] = (), *, metrics: bool = False) -> Any:
        """The book's syncs table holds new pending work: claim it (``metrics``: refresh
        every metric period too)."""
        ...

    def sync_now(self) -> Any: ...

    def pause(self) -> Any: ...

    def resume(self) -> Any: ...
