"""The write gate's split rule: after any write, every split entry it touched still sums exactly.

Whatever path wrote (the split editor, a register edit of the amount, an import, undo), the
gate runs ``check`` on the write's own journal before committing. For each split entry the write
touched — its own row, one of its lines, or one of its transfer counterparts — the lines must
sum to the entry's amount in integer minor units, only a transaction may be split, and every
transfer line must have its counterpart in the line's account with the opposite amount. A
changed entry date carries its counterparts along (they are the same event). Anything else is
refused with a message naming the entry, and the whole write rolls back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.splits import SplitError
from permoney_desktop.store import split_queries
from permoney_desktop.store.journal import Journal

Touch = Callable[[int, date], None]

TRANSFER = EntryKind.TRANSFER.value
TRANSACTION = EntryKind.TRANSACTION.value


def _from_ops(ops: Sequence[dict[str, Any]], touch: Touch) -> tuple[set[int], list[int]]:
    """Entry ids the write changed or removed, and ids of split lines it inserted; counterparts
    it deleted (a split entry gone with its lines) dirty their accounts here."""
    entries: set[int] = set()
    splits: list[int] = []
    for op in ops:
        table, kind = op["table"], op["op"]
        if table == "entries" and kind in ("upd", "del"):
            for r in op["rows"]:
                entries.add(int(r[0]))
                if kind == "del" and r[2] == TRANSFER and r[10] is None:
                    touch(int(r[1]), date.fromisoformat(r[3]))
        elif table == "entry_splits":
            if kind == "ins":
                splits += split_queries.split_ids_in(op.get("ranges", ()))
            else:
                entries.update(int(r[split_queries.ENTRY]) for r in op["rows"])
    return entries, splits


def check(journal: Journal, touch: Touch) -> None:
    """Refuse the write if a split entry it touched no longer holds (see the module doc)."""
    if not journal.ops:
        return
    edited, new_lines = _from_ops(journal.ops, touch)
    if not edited and not new_lines:
        return
    conn = journal.conn
    if not split_queries.any_lines(conn):
        return
    parents = split_queries.parents_touching(conn, sorted(edited), new_lines)
    if not parents:
        return
    for entry_id, *fields in split_queries.stale_entry_fields(conn, parents):
        split_queries.carry_entry_fields(journal, int(entry_id), fields)
    for entry_id, amount, kind, cur, total, foreign in split_queries.line_sums(conn, parents):
        if amount is None:
            raise SplitError(
                Message("split lines of entry {entry_id} have lost their entry", entry_id=entry_id)
            )
        if kind != TRANSACTION:
            raise SplitError(
                Message(
                    "entry {entry_id} is a {kind}; only a transaction can be split",
                    entry_id=entry_id,
                    kind=kind,
                )
            )
        if foreign:
            raise SplitError(
                Message(
                    "entry {entry_id}: its split lines are in another currency; split it "
                    "again (permoney tx split {entry_id})",
                    entry_id=entry_id,
                )
            )
        if int(total) != int(amount):
            raise SplitError(
                Message(
                    "entry {entry_id}: its split lines sum to {lines}, not {amount}; change "
                    "the amount through the split (permoney tx split {entry_id})",
                    entry_id=entry_id,
                    lines=Money.from_minor(int(total), cur),
                    amount=Money.from_minor(int(amount), cur),
                )
            )
    for row in split_queries.transfer_lines(conn, parents):
        _check_transfer_line(journal, touch, edited, row)


def _check_transfer_line(journal: Journal, touch: Touch, edited: set[int], row: Any) -> None:
    entry_id, _line, to_acc, amount, acc, day, cur = row[:7]
    counter, c_acc, c_amount, c_day, c_cur, c_kind, c_transfer = row[7:]
    if to_acc is None or counter is None:
        raise SplitError(
            Message(
                "a transfer line of entry {entry_id} has lost its other account", entry_id=entry_id
            )
        )
    if to_acc == acc:
        raise SplitError(
            Message(
                "entry {entry_id}: a split line cannot transfer into its own account",
                entry_id=entry_id,
            )
        )
    holds = (
        c_acc == to_acc
        and c_amount == -amount
        and c_cur == cur
        and c_kind == TRANSFER
        and c_transfer is None
    )
    if not holds:
        raise SplitError(
            Message(
                "entry {counter} is a transfer line of split entry {entry_id}; change it "
                "through that split (permoney tx split {entry_id})",
                counter=counter,
                entry_id=entry_id,
            )
        )
    if c_day != day:
        if counter in edited and entry_id not in edited:
            raise SplitError(
                Message(
                    "entry {counter} is a transfer line of split entry {entry_id}: its date "
                    "is that entry's date",
                    counter=counter,
                    entry_id=entry_id,
                )
            )
        journal.update_keys("entries", [counter], {"date": day})
        touch(int(c_acc), min(date.fromisoformat(c_day), date.fromisoformat(day)))
