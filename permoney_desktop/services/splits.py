"""Split transactions: split an entry into lines, clear a split, add an entry already split, and
read lines — every write one undo step through the write gate (which also checks the sums)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import EntryView, NewEntry, NotFoundError
from permoney_desktop.domain.ids import EntryId
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.splits import (
    SplitError,
    SplitLine,
    StoredLine,
    check_lines,
    kept_counterparts,
    line_minors,
    tags_text,
)
from permoney_desktop.services import gate, split_lock, split_reads
from permoney_desktop.services.accounts import load_account
from permoney_desktop.services.categories import load_category
from permoney_desktop.services.entries import get_entry, insert_entry
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import balance_inputs, entry_queries, split_queries
from permoney_desktop.store import split_reads as split_rows
from permoney_desktop.store.journal import raw
from permoney_desktop.store.types import SqlConnection

ENTRY_COLUMNS = entry_queries.COLUMNS
_ACC, _KIND, _DATE, _AMOUNT, _CUR, _PAYEE, _CATEGORY, _MERCHANT = 1, 2, 3, 4, 5, 6, 8, 9


def _entry(conn: SqlConnection, entry_id: int) -> tuple[Any, ...]:
    row = entry_queries.rows_by_id(conn, [entry_id]).get(int(entry_id))
    if row is None:
        raise NotFoundError(Message("no entry with id {entry_id}", entry_id=entry_id))
    return row


def write_lines(
    w: gate.Write,
    entry_id: int,
    lines: Sequence[SplitLine],
    adopt: Mapping[int, int] | None = None,
    *,
    force: bool = False,
) -> None:
    """Replace the lines of ``entry_id`` inside the write ``w`` (no lines: the split is cleared).

    Transfer lines get a counterpart entry in their account (see ``domain.splits``); the
    previous lines' counterparts go, except one a new line repeats (same account and amount),
    which stays, with its status: re-splitting the categories leaves a reconciled transfer line
    alone. Deleting a reconciled counterpart needs ``force`` (``services.split_lock``).
    ``adopt``: line index → an entry of this same write that already is that line's other side
    (an import's record in the other account), which becomes its counterpart instead of a new
    entry.
    """
    adopt = adopt or {}
    row = _entry(w.conn, entry_id)
    if row[_KIND] != EntryKind.TRANSACTION.value:
        raise SplitError(
            Message(
                "entry {entry_id} is a {row}; only a transaction can be split",
                entry_id=entry_id,
                row=row[_KIND],
            )
        )
    cur = Currency(row[_CUR])
    day = date.fromisoformat(row[_DATE])
    minors: list[int] = []
    if lines:
        minors = line_minors(lines, cur)
        check_lines(int(row[_AMOUNT]), lines, minors, cur)
    for i, line in enumerate(lines, 1):
        if line.category_id is not None:
            load_category(w.conn, line.category_id)
        if line.transfer_account_id is not None:
            if int(line.transfer_account_id) == int(row[_ACC]):
                raise SplitError(
                    Message("split line {i} transfers into the entry's own account", i=i)
                )
            load_account(w.conn, line.transfer_account_id)
    keep = _kept_counterparts(w.conn, entry_id, lines, minors, adopt)
    doing = f"re-splitting entry {entry_id}" if lines else f"removing entry {entry_id}'s split"
    split_lock.guard_counterparts_gone(
        w, [entry_id], force=force, keep=set(keep.values()), doing=doing
    )
    for gone in split_queries.delete_lines(w.journal, entry_id, keep.values()):
        w.touch(int(gone[_ACC]), date.fromisoformat(gone[_DATE]))
    w.touch(int(row[_ACC]), day)  # category totals of that day change
    w.mark(ChangeKind.ENTRIES)
    if not lines:
        return
    for other in adopt.values():
        values = {"kind": EntryKind.TRANSFER.value, "category_id": None, "transfer_id": None}
        w.journal.update_keys("entries", [other], {**values, "updated_at": w.now})
    for i, other in keep.items():
        w.journal.update_keys(
            "entries", [other], {"notes": lines[i].memo.strip(), "updated_at": w.now}
        )
    transfers = [
        i
        for i, line in enumerate(lines)
        if line.transfer_account_id is not None and i not in adopt and i not in keep
    ]
    counter_ids = list(w.new_ids("entries", len(transfers))) if transfers else []
    counter_of = dict(zip(transfers, counter_ids, strict=True))
    counter_of.update(adopt)
    counter_of.update(keep)
    counters = []
    for i, cid in zip(transfers, counter_ids, strict=True):
        acc = int(lines[i].transfer_account_id or 0)
        counters.append(
            _counter_row(w, cid, acc, row, -minors[i], lines[i].memo),
        )
        w.touch(acc, day)
    w.journal.insert("entries", counters, ENTRY_COLUMNS)
    ids = w.new_ids("entry_splits", len(lines))
    rows = [
        (
            ids[i],
            int(entry_id),
            i,
            minors[i],
            str(cur),
            line.category_id,
            line.transfer_account_id,
            counter_of.get(i),
            line.memo.strip(),
            tags_text(line.tags),
            row[_DATE],
            row[_MERCHANT],
            row[_CATEGORY],
            int(row[_AMOUNT]) > 0,
        )
        for i, line in enumerate(lines)
    ]
    w.journal.insert("entry_splits", rows, split_queries.COLUMNS, keys=ids)


def _kept_counterparts(
    conn: SqlConnection,
    entry_id: int,
    lines: Sequence[SplitLine],
    minors: Sequence[int],
    adopt: Mapping[int, int],
) -> dict[int, int]:
    old = split_rows.transfer_lines_of(conn, entry_id)
    new = [(line.transfer_account_id, m) for line, m in zip(lines, minors, strict=True)]
    return kept_counterparts(old, new, adopt)


def _counter_row(
    w: gate.Write, cid: int, account_id: int, parent: tuple[Any, ...], minor: int, memo: str
) -> tuple[Any, ...]:
    values: dict[str, Any] = {
        "id": cid,
        "account_id": account_id,
        "kind": EntryKind.TRANSFER.value,
        "date": parent[_DATE],
        "amount": minor,
        "currency": parent[_CUR],
        "payee": parent[_PAYEE],
        "notes": memo.strip(),
        "category_id": None,
        "merchant_id": None,
        "transfer_id": None,
        "external_id": None,
        "user_fields": "",
        "created_at": w.stamp,
        "updated_at": w.stamp,
    }
    return tuple(raw(values[c]) for c in ENTRY_COLUMNS)


def split_entry(
    ledger: Ledger, entry_id: int, lines: Sequence[SplitLine], *, force: bool = False
) -> Changes:
    """Split an entry into ``lines`` (replacing any lines it had): one undo step. ``force``:
    also when that deletes a reconciled transfer counterpart."""
    with gate.write(ledger, Message("Split entry")) as w:
        write_lines(w, entry_id, lines, force=force)
    return w.changes


def clear_split(ledger: Ledger, entry_id: int, *, force: bool = False) -> Changes:
    """Remove an entry's lines (and their transfer counterparts); the entry stays whole."""
    with gate.write(ledger, Message("Remove split")) as w:
        if not split_queries.split_entry_ids(w.conn, [entry_id]):
            _entry(w.conn, entry_id)
            raise SplitError(Message("entry {entry_id} is not split", entry_id=entry_id))
        write_lines(w, entry_id, (), force=force)
    return w.changes


def add_split_entry(
    ledger: Ledger, new: NewEntry, lines: Sequence[SplitLine]
) -> tuple[EntryId, Changes]:
    """Add a transaction already split into ``lines``: one undo step."""
    with gate.write(ledger, Message("Add split entry")) as w:
        entry_id = insert_entry(w, new)
        write_lines(w, entry_id, lines)
    return EntryId(entry_id), w.changes


def entry_to_split(ledger: Ledger, entry_id: int) -> EntryView:
    """The entry the split editor opens on (a read: the editor writes through the GUI's
    operations)."""
    return get_entry(ledger, entry_id)


def lines_of(ledger: Ledger, entry_ids: Sequence[int]) -> dict[int, list[StoredLine]]:
    """The lines of the given entries (split ones only), from the read pool."""
    return split_reads.lines_of(ledger, entry_ids)


def split_ids(ledger: Ledger, entry_ids: Sequence[int]) -> set[int]:
    """Which of the given entries are split (the register's marker)."""
    with balance_inputs.snapshot(ledger.book) as conn:
        return split_queries.split_entry_ids(conn, entry_ids)
