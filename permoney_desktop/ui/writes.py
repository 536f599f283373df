"""The GUI's one door to the write gate: run a write, apply it optimistically, tell everyone.

``Writer.run`` reads the (account, day) pairs the write will touch before and after it (a
couple of indexed lookups; a day reached only after it counts the write's own entries there
as the only change), calls the service, hands the ``Changes`` and those exact days to the
``BalanceBook`` (so provisional balances are recomputed from the earliest touched day in the
same event-loop turn), publishes on the ``ChangeBus``, and queues a worker request through a
restartable single-shot timer, so a burst of edits becomes one request per account with the
earliest dirty date. Errors from a service become one sentence on ``error``; nothing is
half-written (the gate rolls back).

The timer fires only after the repaint the write caused (20-30 ms of Python at 1M), so the
worker waits for it. Handing the first write of a burst over at once (``hand_over_first``:
a queued call, which Qt runs before that low-priority repaint) was measured and is off: the
worker then computes while the GUI paints, both under the GIL, so edit → confirmed did not
improve (1M, 5y back: p50 60-68 → 69-75 ms) and the provisional figures reached the screen
10-20 ms later (``benchmarks/bench_confirm.py --flush-first``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from permoney_desktop.domain.changes import Changes, merge_all
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import register_reads as reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.bus import ChangeBus, WorkerControl
from permoney_desktop.ui.optimistic import BalanceBook

log = logging.getLogger(__name__)

# Merges the writes of one event-loop turn (several rows, an undo chain) into one request per
# account; the worker coalesces further by account and earliest date, so waiting longer only
# delays every confirmation (edit → confirmed ≤ 100 ms).
DEBOUNCE_MS = 5


class Writer(QObject):
    error = Signal(str)
    undo_changed = Signal()  # the Edit menu's undo/redo labels may have changed
    _hand_over = Signal()  # queued to self: runs once the write's turn ends, before its repaint

    def __init__(
        self,
        ledger: Ledger,
        book: BalanceBook,
        bus: ChangeBus,
        worker: WorkerControl | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        hand_over_first: bool = False,
    ) -> None:
        super().__init__()
        # First write of a burst to the worker when its turn ends, the rest merged by the
        # timer (a burst of N: two requests). Off: see the module docstring.
        self.hand_over_first = hand_over_first
        self.ledger = ledger
        self.book = book
        self.bus = bus
        self.worker = worker
        self._pending: list[Changes] = []
        self._count_delta: tuple[Changes, dict[AccountId, int]] | None = None
        self._touched: tuple[Changes, set[date]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.flush)
        self._hand_over.connect(self._send, Qt.ConnectionType.QueuedConnection)

    # -- writes ----------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[], Any],
        *,
        ids: Iterable[int] = (),
        days: Iterable[tuple[AccountId, date]] = (),
        initiator: object = None,
    ) -> Any:
        """Run ``fn`` (a service call returning Changes or (value, Changes)); returns the value
        (or the Changes), or None after reporting an error."""
        id_list = [int(i) for i in ids]
        touched = set(days) | (reads.entry_days(self.ledger, id_list) if id_list else set())
        before = reads.day_counts(self.ledger, touched)
        try:
            result = fn()
        except (DomainError, ValueError, LookupError) as exc:
            self.error.emit(str(exc))
            return None
        if isinstance(result, Changes):
            changes, value = result, result
        else:
            value, changes = result
        new_ids = _ids_in(value)
        after = id_list + new_ids
        own = reads.entry_day_tally(self.ledger, after) if after else {}
        touched |= own.keys()
        counts = reads.day_counts(self.ledger, touched)
        delta: dict[AccountId, int] = {}
        for key, n in counts.items():
            # A day reached only now (an entry moved or created there) held, before the write,
            # its entries now less the write's own: only those did the write change.
            was = before[key] if key in before else n - own.get(key, 0)
            delta[key[0]] = delta.get(key[0], 0) + n - was
        self._count_delta = (changes, delta)
        self._touched = (changes, {day for _acc, day in touched} | set(changes.dirty_from.values()))
        try:
            self.apply(changes, touched, initiator)
        finally:
            self._count_delta = None
            self._touched = None
        return value

    def apply(
        self,
        changes: Changes,
        touched: set[tuple[AccountId, date]] | None = None,
        initiator: object = None,
    ) -> None:
        """Apply a write's Changes everywhere (also for writes made outside ``run``)."""
        if changes.empty:
            self.undo_changed.emit()
            return
        per_account: dict[AccountId, set[date]] = {}
        for acc, day in touched or ():
            per_account.setdefault(acc, set()).add(day)
        for acc, since in changes.dirty_from.items():
            if acc in per_account:
                # The gate's earliest dirty day is read again too: never trust a guess alone.
                per_account[acc].add(since)
        self.book.apply(changes, per_account)
        self.bus.publish(changes, initiator)
        self.undo_changed.emit()
        if changes.dirty_from:
            self._pending.append(changes)
            if self.hand_over_first and not self._timer.isActive():
                # Queued, not a 0 ms timer: a timer fires only after the repaint. The writes
                # of this turn still go as one request.
                self._hand_over.emit()
            self._timer.start()  # restart: a burst becomes one request

    def count_delta(self, changes: Changes) -> dict[AccountId, int] | None:
        """For a write made through ``run`` and being applied now: how many entries each
        account gained (negative: lost), so registers avoid a full count. None otherwise."""
        if self._count_delta is not None and self._count_delta[0] is changes:
            return self._count_delta[1]
        return None

    def touched_days(self, changes: Changes) -> set[date] | None:
        """For a write made through ``run`` and being applied now: every day whose entries
        it changed (any account). None otherwise (undo, redo, writes made elsewhere)."""
        if self._touched is not None and self._touched[0] is changes:
            return self._touched[1]
        return None

    def flush(self) -> None:
        """Hand every pending write to the worker now, and end the burst."""
        self._timer.stop()
        self._send()

    def _send(self) -> None:
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

    # -- undo ------------------------------------------------------------------------------

    def undo(self) -> Changes | None:
        from permoney_desktop.services import undo as undo_service

        return self._step(undo_service.undo)

    def redo(self) -> Changes | None:
        from permoney_desktop.services import undo as undo_service

        return self._step(undo_service.redo)

    def _step(self, fn: Callable[[Ledger], Changes | None]) -> Changes | None:
        try:
            changes = fn(self.ledger)
        except (DomainError, ValueError, LookupError) as exc:
            self.error.emit(str(exc))
            return None
        if changes is not None:
            self.apply(changes)
        return changes

    def undo_label(self) -> str | None:
        return reads.undo_labels(self.ledger)[0]

    def redo_label(self) -> str | None:
        return reads.undo_labels(self.ledger)[1]


def _ids_in(value: Any) -> list[int]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, list | tuple) and all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        return [int(v) for v in value]
    return []
