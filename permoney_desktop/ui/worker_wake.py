"""Worker wake-ups from the GUI: the worker is told the moment a write that dirtied accounts
commits, before the window recomputes and repaints anything.

The book's ``syncs`` table is the one record of what to recompute and from which date (the
write gate fills it in the write's own transaction), so the GUI keeps no dirty state: the
``Writer`` emits ``committed`` once the gate's transaction is in, and this wakes the worker then
(``WorkerControl.wake``, the dirtied accounts first), while the provisional figures are
computed and painted on the GUI thread. A lost or failed wake-up only delays the confirmation
until the next one, Sync now or the next start.

Why at the commit, not after the repaint: the worker's claim, sync and commit are mostly
waiting on the book (a shared book's server above all), so they overlap the GUI's own work
instead of queueing behind it. On a shared book the repaint wait was most of an edit's
confirmation (``benchmarks/bench_live.py --trace``). A burst in one event-loop turn (several
rows, an undo chain) is one wake-up now and, when more writes followed in that turn, one more
once it ends: the worker claims every pending row of an account at once, so waking it for
each write would only make it claim nothing.

A book file waits for the repaint instead (``at_commit=False``): its worker runs in this process
and computes in milliseconds, so woken at the commit it only competes with the repaint for the
GIL. Measured at 100k (``benchmarks/bench_gui.py``, alternating runs): edit → signals 4.8-5.1 →
6.7-7.2 ms p50, with no gain in edit → confirmed; at 1M an earlier measure found the same. So
there each write restarts a short timer (``DEBOUNCE_MS``) that fires after the paint the write
caused, and a burst is one wake-up after it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, SignalInstance

from permoney_desktop.domain.changes import Changes
from permoney_desktop.ui.bus import WorkerControl

log = logging.getLogger(__name__)

# A book file's wake-up timer: it fires after the repaint the write caused; the worker
# coalesces further by account and earliest date, so waiting longer only delays confirmations.
DEBOUNCE_MS = 5


class WorkerWake(QObject):
    def __init__(
        self,
        committed: SignalInstance,
        worker: WorkerControl | None = None,
        *,
        at_commit: bool = True,
        debounce_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        """``committed``: the ``Writer``'s signal, emitted with each write's ``Changes``.
        ``at_commit``: wake in the write's own turn (a shared book), else after the repaint."""
        super().__init__(parent)
        self.worker = worker
        self.at_commit = at_commit
        # A book file's timer, restarted by every write of a burst (see the module docstring).
        self._after_paint = QTimer(self)
        self._after_paint.setSingleShot(True)
        self._after_paint.setInterval(debounce_ms)
        self._after_paint.timeout.connect(self._turn_ended)
        # Running while the event-loop turn of a wake-up lasts: later writes of that turn
        # are collected and woken for once, when it ends.
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._turn_ended)
        self._later: set[int] = set()
        self._more = False
        committed.connect(self._on_committed)

    def _on_committed(self, changes: Changes, here: bool = True) -> None:
        if not changes.dirty_from:
            return
        # This app's write: its accounts first, so the claim goes straight to its transaction.
        # Another client's: that client's wake-up went to the shared queue first, so this one
        # only looks (a read) and claims what nobody has, never queueing for the book's write
        # lock behind the sync that is already running.
        ids = [int(a) for a in changes.dirty_from] if here else []
        if not self.at_commit:
            self._later.update(ids)
            self._more = True
            self._after_paint.start()
            return
        if self._turn.isActive():
            self._later.update(ids)
            self._more = True
            return
        self._turn.start()
        self._wake(ids)

    def _turn_ended(self) -> None:
        if self._more:
            later, self._later, self._more = sorted(self._later), set(), False
            self._wake(later)

    def attach(self, worker: WorkerControl) -> None:
        """The worker, once started: it looks at once (the writes before it left their rows)."""
        self.worker = worker
        self._wake()

    def flush(self) -> None:
        """Wake the worker now if writes of this turn wait for it (Sync now, quitting)."""
        self._turn.stop()
        self._after_paint.stop()
        self._turn_ended()

    def sync_all(self) -> None:
        """After the whole book changed (a restore, a repair): every pending account synced
        and the dashboard figures computed afresh, now."""
        self._turn.stop()
        self._after_paint.stop()
        self._later.clear()
        self._more = False
        self._wake(metrics=True)
        worker = self.worker
        if worker is None:
            return
        try:
            worker.sync_now()
        except Exception:
            log.exception("could not request a full sync; Sync now or the next start does it")

    def _wake(self, account_ids: Iterable[int] = (), *, metrics: bool = False) -> None:
        if self.worker is None:
            return  # the rows wait in the book; attach() wakes the worker
        try:
            self.worker.wake(account_ids, metrics=metrics)
        except Exception:  # a failed wake-up never fails the user's write (it stays pending)
            log.exception("could not wake the worker; the next wake-up or Sync now does it")
