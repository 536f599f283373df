"""Worker requests from the GUI: every applied write that dirtied accounts, one burst at a time.

A subscriber of the ``ChangeBus`` like any view: each ``Applied`` with dirty accounts restarts
a single-shot timer, so a burst of edits becomes one request per account with the earliest
dirty date. The book's ``syncs`` table holds the dirty work anyway (the gate writes it with
the data); a failed or missing request only delays the confirmation until the next start or
Sync now.

The timer fires only after the repaint the write caused (20-30 ms of Python at 1M), so the
worker waits for it. Handing the first write of a burst over at once, before the repaint, was
measured and dropped: the worker then computes while the GUI paints, both under the GIL, so
edit → confirmed did not improve (1M, 5y back: p50 60-68 → 69-75 ms) and the provisional
figures reached the screen 10-20 ms later.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from permoney_desktop.domain.changes import Changes, merge_all
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.bus import ChangeBus, WorkerControl

log = logging.getLogger(__name__)

# Merges the writes of one event-loop turn (several rows, an undo chain) into one request per
# account; the worker coalesces further by account and earliest date, so waiting longer only
# delays every confirmation (edit → confirmed ≤ 100 ms).
DEBOUNCE_MS = 5


class WorkerWake(QObject):
    def __init__(
        self,
        bus: ChangeBus,
        worker: WorkerControl | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self._pending: list[Changes] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.flush)
        bus.applied.connect(self._on_applied)

    def _on_applied(self, applied: Applied) -> None:
        if applied.changes.dirty_from:
            self._pending.append(applied.changes)
            self._timer.start()  # restart: a burst becomes one request

    def attach(self, worker: WorkerControl) -> None:
        """The worker, once started: what the writes before it dirtied goes out now."""
        self.worker = worker
        self.flush()

    def sync_all(self, changes: Changes) -> None:
        """After the whole book changed (a restore, a repair): every pending account synced
        and the dashboard figures computed afresh, now."""
        self.flush()
        worker = self.worker
        if worker is None:
            return
        try:
            worker.enqueue_changes(changes)  # no dirty accounts: the figures only
            worker.sync_now()
        except Exception:
            log.exception("could not request a full sync; Sync now or the next start does it")

    def flush(self) -> None:
        """Hand every pending write to the worker now, and end the burst."""
        self._timer.stop()
        if not self._pending:
            return
        merged = merge_all(self._pending)
        if self.worker is None:
            # Kept (merged) for a worker attached later; the syncs table has them anyway.
            self._pending = [merged]
            return
        self._pending = []
        try:
            self.worker.enqueue_changes(merged)
        except Exception:  # a failed enqueue never fails the user's write (it stays dirty)
            log.exception("could not queue a sync; the next start or Sync now picks it up")
