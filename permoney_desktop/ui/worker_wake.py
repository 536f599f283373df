"""Worker wake-ups from the GUI: a timer restarted by every applied write that dirtied accounts.

A subscriber of the ``ChangeBus`` like any view. The book's ``syncs`` table is the one record
of what to recompute and from which date (the write gate fills it in the write's own
transaction), so the GUI keeps no dirty state: each ``Applied`` with dirty accounts restarts a
single-shot timer, and when a burst of edits has ended it tells the worker to look
(``WorkerControl.wake``). A lost or failed wake-up only delays the confirmation until the next
one, Sync now or the next start.

The timer fires only after the repaint the write caused (20-30 ms of Python at 1M), so the
worker waits for it. Waking it before the repaint was measured and dropped: the worker then
computes while the GUI paints, both under the GIL, so edit → confirmed did not improve (1M,
5y back: p50 60-68 → 69-75 ms) and the provisional figures reached the screen 10-20 ms later.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.bus import ChangeBus, WorkerControl

log = logging.getLogger(__name__)

# Merges the writes of one event-loop turn (several rows, an undo chain) into one wake-up;
# the worker coalesces further by account and earliest date, so waiting longer only delays
# every confirmation (edit → confirmed ≤ 100 ms).
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._wake)
        bus.applied.connect(self._on_applied)

    def _on_applied(self, applied: Applied) -> None:
        if applied.changes.dirty_from:
            self._timer.start()  # restart: a burst becomes one wake-up

    def attach(self, worker: WorkerControl) -> None:
        """The worker, once started: it looks at once (the writes before it left their rows)."""
        self.worker = worker
        self._wake()

    def flush(self) -> None:
        """Wake the worker now if writes wait for the timer (Sync now, quitting)."""
        if self._timer.isActive():
            self._timer.stop()
            self._wake()

    def sync_all(self) -> None:
        """After the whole book changed (a restore, a repair): every pending account synced
        and the dashboard figures computed afresh, now."""
        self._timer.stop()
        self._wake(metrics=True)
        worker = self.worker
        if worker is None:
            return
        try:
            worker.sync_now()
        except Exception:
            log.exception("could not request a full sync; Sync now or the next start does it")

    def _wake(self, *, metrics: bool = False) -> None:
        if self.worker is None:
            return  # the rows wait in the book; attach() wakes the worker
        try:
            self.worker.wake(metrics=metrics)
        except Exception:  # a failed wake-up never fails the user's write (it stays pending)
            log.exception("could not wake the worker; the next wake-up or Sync now does it")
