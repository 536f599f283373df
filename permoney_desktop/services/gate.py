"""The write gate: every change to user data runs here, in one short transaction.

In that one transaction a write (1) makes its row changes through a ``Journal`` and stores the
undo step, (2) bumps ``accounts.data_version`` of each account whose balances it dirtied,
(3) leaves exactly one 'pending' ``syncs`` row per such account, with the earliest dirty date,
and (4) yields a ``Changes`` record (``w.changes`` once the ``with`` block is left)::

    with gate.write(ledger, Message("Edit entry")) as w:
        w.journal.update_keys("entries", [entry_id], {"amount": 1200})
        w.touch(account_id, day)
        w.mark(ChangeKind.ENTRIES)
    return w.changes

Any exception inside the block rolls everything back: nothing is half written.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.messages import encode
from permoney_desktop.services import (
    live,
    server_health,
    split_checks,
    split_flows,
    write_conflicts,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.read_only import ReadOnlyBookError
from permoney_desktop.store import notify, undo_steps, write_queries
from permoney_desktop.store.journal import Journal, encode_payload, raw
from permoney_desktop.store.types import SqlConnection


def utc_now() -> datetime:
    """Timestamps are stored as naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


class Write:
    """One write in progress: its connection, journal, and what it touched so far."""

    def __init__(self, conn: SqlConnection, label: str, author: str = "") -> None:
        self.conn = conn
        self.label = label
        self.author = author  # who makes it (``Ledger.author``): kept with its undo step
        self.now = utc_now()
        self.stamp = raw(self.now)  # ``now`` as stored, computed once for bulk rows
        self.journal = Journal(conn)
        self.kinds: set[ChangeKind] = set()
        self.dirty: dict[AccountId, date] = {}
        self.changes = Changes()
        self._next_id: dict[str, int] = {}

    def touch(self, account_id: int, day: date) -> None:
        """The account's balances may differ from ``day`` on."""
        acc = AccountId(account_id)
        old = self.dirty.get(acc)
        self.dirty[acc] = day if old is None else min(old, day)

    def mark(self, *kinds: ChangeKind) -> None:
        self.kinds.update(kinds)

    def new_ids(self, table: str, count: int) -> range:
        """``count`` fresh ids for ``table`` (we name ids ourselves, so the journal knows them)."""
        first = self._next_id.get(table)
        if first is None:
            first = write_queries.max_id(self.conn, table) + 1
        self._next_id[table] = first + count
        return range(first, first + count)

    def new_id(self, table: str) -> int:
        return self.new_ids(table, 1)[0]


@contextmanager
def no_gc() -> Iterator[None]:
    """No cyclic GC while a bulk write builds hundreds of thousands of short-lived rows.

    The rows hold no reference cycles; with GC on, each generation-0 sweep walks the growing
    lists again, which costs about as much as building the rows themselves.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def write(ledger: Ledger, label: str, *, journaled: bool = True) -> Iterator[Write]:
    """Run one user write; ``journaled=False`` only for undo/redo themselves."""
    if ledger.writes_refused:
        raise ReadOnlyBookError(ledger.writes_refused)
    # A deadlock or serialization failure becomes BookBusyError (``write_conflicts.retried``
    # runs the whole write again), a bank id someone inserted first a DomainError.
    with (
        server_health.guard(ledger),
        write_conflicts.translated(),
        ledger.book.write_transaction() as conn,
    ):
        w = Write(conn, label, ledger.author)
        yield w
        split_checks.check(w.journal, w.touch)  # split entries still sum exactly, or refused
        split_flows.refresh(w.journal)  # the metrics' pre-summed line corrections
        versions = write_queries.bump_versions(w.conn, list(w.dirty)) if w.dirty else {}
        # Accounts the write deleted have nothing left to recompute.
        dirty = {a: d for a, d in w.dirty.items() if a in versions}
        write_queries.mark_pending(w.conn, dirty, versions, w.now)
        if journaled and w.journal.ops:
            undo_steps.store_step(
                w.conn,
                encode(w.label),  # a Message's template + fields: each window translates it
                encode_payload(w.journal.ops, w.dirty, w.kinds),
                w.stamp,
                w.author,  # who made it: undo is per person (services.undo)
            )
        w.changes = Changes(frozenset(w.kinds), dirty, versions, w.label)
        if ledger.book.url is not None and not w.changes.empty:
            # Delivered at commit to every open window of the shared book (services.live).
            notify.send(w.conn, live.write_notice(ledger.origin, w.changes))
