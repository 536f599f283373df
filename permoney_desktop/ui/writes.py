"""The GUI's one door to the write gate: run a write, apply it optimistically, publish it once.

Only the operations in ``ui.operations`` call it. ``Writer.write`` reads the (account, day)
pairs the write will touch before and after it (a couple of indexed lookups; a day reached
only after it counts the write's own new entries there as the only change), calls the
service, hands the ``Changes`` and those exact days to the ``BalanceBook`` (so provisional
balances are recomputed from the earliest touched day in the same event-loop turn) and
publishes one ``Applied`` on the ``ChangeBus`` with the touched days and the per-account
row-count deltas. ``Writer.publish`` does the same for a write made elsewhere (a job off the
GUI thread, an undo step), without the measured days; ``Writer.announce`` for the whole book
read afresh (demo data, restore, repair). Errors from a service become one sentence on
``error``; nothing is half-written (the gate rolls back). Worker requests are the
``WorkerWake``'s business: ``committed`` tells it of each write as soon as it is in the book,
before the provisional figures are computed and painted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import register_reads as reads
from permoney_desktop.services import write_conflicts
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.bus import ChangeBus
from permoney_desktop.ui.i18n import say
from permoney_desktop.ui.optimistic import BalanceBook

T = TypeVar("T")  # what a write service returns beside its Changes (a new id, …)
Days = Iterable[tuple[AccountId, date]]  # (account, day) pairs a write will touch


class Writer(QObject):
    error = Signal(str)
    # The Changes of a write now in the book, before anything is recomputed for it (the
    # worker's wake-up, ``ui.worker_wake``, need not wait for that), and whether this app made
    # it (False: another client's write on a shared book, followed here).
    committed = Signal(object, bool)
    undo_changed = Signal()  # the Edit menu's undo/redo labels may have changed

    def __init__(self, ledger: Ledger, book: BalanceBook, bus: ChangeBus) -> None:
        super().__init__()
        self.ledger = ledger
        self.book = book
        self.bus = bus

    # -- writes made here, on the GUI thread -----------------------------------------------

    def write(
        self,
        fn: Callable[[], Changes],
        *,
        ids: Iterable[int] = (),
        days: Days = (),
        raising: tuple[type[DomainError], ...] = (),
        origin: object | None = None,
    ) -> Applied | None:
        """Run ``fn`` (a service call returning Changes) touching the entries ``ids`` and the
        (account, day) pairs ``days``; the published record, or None after an error. Errors
        of the ``raising`` types propagate instead (the caller asks the user, then retries).
        ``origin``: the asking view, named in the published ``Applied``."""
        done = self._measured(lambda: (None, fn()), ids, days, lambda _v: (), raising, origin)
        return None if done is None else done[1]

    def write_value(
        self,
        fn: Callable[[], tuple[T, Changes]],
        *,
        ids: Iterable[int] = (),
        days: Days = (),
        new_entries: Callable[[T], Iterable[int]] = lambda _v: (),
    ) -> tuple[T, Applied] | None:
        """As ``write`` for a service returning (value, Changes); ``new_entries`` names the
        entries the write created (from its value), whose days it reached."""
        return self._measured(fn, ids, days, new_entries)

    def _measured(
        self,
        fn: Callable[[], tuple[T, Changes]],
        ids: Iterable[int],
        days: Days,
        new_entries: Callable[[T], Iterable[int]],
        raising: tuple[type[DomainError], ...] = (),
        origin: object | None = None,
    ) -> tuple[T, Applied] | None:
        if self._refused():
            return None
        id_list = [int(i) for i in ids]
        touched = set(days) | (reads.entry_days(self.ledger, id_list) if id_list else set())
        before = reads.day_counts(self.ledger, touched)
        try:
            value, changes = write_conflicts.retried(fn)
        except (DomainError, ValueError, LookupError) as exc:
            if isinstance(exc, raising):
                raise
            self.error.emit(say(exc))
            self._reload_stale(exc)
            return None
        self.committed.emit(changes, True)
        after = id_list + [int(i) for i in new_entries(value)]
        own = reads.entry_day_tally(self.ledger, after) if after else {}
        touched |= own.keys()
        counts = reads.day_counts(self.ledger, touched)
        delta: dict[AccountId, int] = {}
        for key, n in counts.items():
            # A day reached only now (an entry moved or created there) held, before the write,
            # its entries now less the write's own: only those did the write change.
            was = before[key] if key in before else n - own.get(key, 0)
            delta[key[0]] = delta.get(key[0], 0) + n - was
        applied = Applied(
            changes,
            frozenset({day for _acc, day in touched} | set(changes.dirty_from.values())),
            delta,
            origin,
        )
        self._apply(applied, touched)
        return value, applied

    def step(self, fn: Callable[[], Changes | None]) -> Applied | None:
        """Run a write whose entries are not known beforehand (an undo or redo step; None
        when there was nothing to do); published without measured days or counts."""
        if self._refused():
            return None
        try:
            changes = write_conflicts.retried(fn)
        except (DomainError, ValueError, LookupError) as exc:
            self.error.emit(say(exc))
            return None
        return None if changes is None else self.publish(changes)

    def _refused(self) -> bool:
        """A shared book whose server is away refuses before reading anything for the write
        (those reads would fail too): the gate's own sentence, in the status bar."""
        if self.ledger.unreachable is None:
            return False
        self.error.emit(self.ledger.unreachable)
        return True

    def _reload_stale(self, exc: BaseException) -> None:
        """An edit refused because someone else changed the entry first: the views read its
        account's rows again, so the fresh values replace what was typed. (The figures follow
        that person's write as any other: live updates, or the worker's confirmation.)"""
        fresh = getattr(exc, "fresh", None)
        if fresh is None:
            return
        reread = Changes(frozenset({ChangeKind.ENTRIES}), versions={fresh.account_id: 0})
        self.bus.publish(Applied(reread))

    # -- writes made elsewhere -------------------------------------------------------------

    def publish(self, changes: Changes, *, here: bool = True) -> Applied:
        """Apply and publish the Changes of a write made elsewhere (a job off the GUI
        thread; ``here=False``: another client's write): every dirty day is read again, views
        count afresh."""
        self.committed.emit(changes, here)
        applied = Applied(changes)
        self._apply(applied, set())
        return applied

    def announce(self, changes: Changes) -> Applied:
        """Publish a change of the whole book that the window has read afresh already (demo
        data, a restore, a repair): nothing is recomputed here."""
        self.committed.emit(changes, True)
        applied = Applied(changes)
        self.bus.publish(applied)
        self.undo_changed.emit()
        return applied

    def _apply(self, applied: Applied, touched: set[tuple[AccountId, date]]) -> None:
        changes = applied.changes
        if changes.empty:
            self.undo_changed.emit()
            return
        per_account: dict[AccountId, set[date]] = {}
        for acc, day in touched:
            per_account.setdefault(acc, set()).add(day)
        for acc, since in changes.dirty_from.items():
            if acc in per_account:
                # The gate's earliest dirty day is read again too: never trust a guess alone.
                per_account[acc].add(since)
        self.book.apply(changes, per_account)
        self.bus.publish(applied)
        self.undo_changed.emit()
