"""The reconciled lock for split entries' transfer lines: a line's counterpart entry in the other
account can be reconciled there, so deleting or re-splitting its split entry (which deletes the
counterpart) and moving the split entry's date (which moves the counterpart's) need the same
explicit path as changing that entry itself — confirmation in the GUI, ``--force`` in the CLI —
and a forced change is kept in the other account's reconciliation history.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.reconcile import EntryStatus, ReconciledLineError
from permoney_desktop.services import gate
from permoney_desktop.services.reconcile_lock import record_forced
from permoney_desktop.store import reconcile_queries, split_reads

# reconcile_queries.statuses: id → (account_id, kind, status, date, amount, currency)
_ACC, _STATUS, _DATE, _AMOUNT, _CUR = 0, 2, 3, 4, 5


def _locked_counterparts(
    w: gate.Write, entry_ids: Sequence[int], keep: Collection[int] = ()
) -> dict[int, tuple[int, tuple[Any, ...]]]:
    """Reconciled counterparts of the split entries ``entry_ids`` (except ``keep``):
    counterpart id → (its split entry, its status row)."""
    owners = split_reads.counterparts_of(w.conn, entry_ids)
    wanted = [c for c in owners if c not in keep]
    if not wanted:
        return {}
    found = reconcile_queries.statuses(w.conn, wanted)
    return {
        c: (owners[c], row)
        for c, row in found.items()
        if str(row[_STATUS]) == EntryStatus.RECONCILED.value
    }


def _refuse(locked: dict[int, tuple[int, tuple[Any, ...]]], doing: str) -> None:
    counter = min(locked)
    parent = locked[counter][0]
    raise ReconciledLineError(
        Message(
            "entry {counter}, a transfer line of split entry {parent}, is "
            "reconciled; {doing} needs --force",
            counter=counter,
            parent=parent,
            doing=doing,
        ),
        tuple(sorted(locked)),
    )


def guard_counterparts_gone(
    w: gate.Write,
    entry_ids: Sequence[int],
    *,
    force: bool,
    keep: Collection[int] = (),
    doing: str = "deleting it",
) -> None:
    """Before a write deletes the counterparts of ``entry_ids`` (all but ``keep``): refuse if
    one is reconciled, or, forced, record it and unlink it from its reconciliation (in the same
    undo step; a cascade would not be)."""
    locked = _locked_counterparts(w, entry_ids, keep)
    if not locked:
        return
    if not force:
        _refuse(locked, doing)
    for counter, (parent, row) in sorted(locked.items()):
        amount = Money.from_minor(int(row[_AMOUNT]), str(row[_CUR]))
        record_forced(
            w,
            int(row[_ACC]),
            counter,
            f"deleted ({row[_DATE]}, {amount}) with a line of split entry {parent}",
        )
    reconcile_queries.delete_links(w.journal, sorted(locked))


def guard_date(w: gate.Write, entry_id: int, old: str, new: date, *, force: bool) -> None:
    """Before a split entry's date moves from ``old`` to ``new`` (its counterparts follow):
    refuse if a counterpart is reconciled, or, forced, record the move in its history."""
    if str(old) == new.isoformat():
        return
    locked = _locked_counterparts(w, [entry_id])
    if not locked:
        return
    if not force:
        _refuse(locked, f"moving split entry {entry_id}'s date")
    for counter, (_parent, row) in sorted(locked.items()):
        record_forced(
            w,
            int(row[_ACC]),
            counter,
            f"date {row[_DATE]} → {new.isoformat()} with split entry {entry_id}",
        )
