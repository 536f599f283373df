"""The lock on reconciled entries: their amount, date and account change only when forced.

``services.entries`` calls these inside its write, so the CLI, the GUI and any other caller
meet the same rule; a forced change is kept in the account's reconciliation history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.reconcile import EntryStatus, ReconciledError
from permoney_desktop.services import gate
from permoney_desktop.store import entry_queries
from permoney_desktop.store import reconcile_queries as q

_POS = {name: entry_queries.COLUMNS.index(name) for name in ("id", "account_id", "date", "amount")}
_CURRENCY = entry_queries.COLUMNS.index("currency")


def record_forced(w: gate.Write, account_id: int, entry_id: int, change: str) -> None:
    """Keep a forced change of a reconciled entry in its account's history."""
    w.journal.insert_dicts(
        "reconciled_edits",
        [
            {
                "id": w.new_id("reconciled_edits"),
                "account_id": account_id,
                "entry_id": entry_id,
                "change": change,
                "created_at": w.now,
            }
        ],
    )


def _reconciled(w: gate.Write, ids: Sequence[int]) -> set[int]:
    found = q.statuses(w.conn, ids)
    return {i for i, r in found.items() if r[2] == EntryStatus.RECONCILED}


def _described(row: Sequence[Any], values: Mapping[str, Any]) -> list[str]:
    """What a change does to the locked fields (empty when it leaves them alone)."""
    out: list[str] = []
    if "amount" in values and int(values["amount"]) != int(row[_POS["amount"]]):
        cur = str(values.get("currency", row[_CURRENCY]))
        old = Money.from_minor(int(row[_POS["amount"]]), str(row[_CURRENCY]))
        out.append(f"amount {old} → {Money.from_minor(int(values['amount']), cur)}")
    if "date" in values:
        new = values["date"]
        new_day = new if isinstance(new, date) else date.fromisoformat(str(new))
        if new_day.isoformat() != str(row[_POS["date"]]):
            out.append(f"date {row[_POS['date']]} → {new_day.isoformat()}")
    if "account_id" in values and int(values["account_id"]) != int(row[_POS["account_id"]]):
        out.append(f"account #{row[_POS['account_id']]} → #{values['account_id']}")
    return out


def guard_edit(
    w: gate.Write, row: Sequence[Any], values: Mapping[str, Any], *, force: bool
) -> None:
    """Refuse (or, forced, record) a change of a reconciled entry's amount, date or account."""
    entry_id = int(row[_POS["id"]])
    what = _described(row, values)
    if not what or entry_id not in _reconciled(w, [entry_id]):
        return
    if not force:
        fields = ", ".join(part.split(" ", 1)[0] for part in what)
        raise ReconciledError(
            Message(
                "entry {entry_id} is reconciled; changing its {fields} needs --force",
                entry_id=entry_id,
                fields=fields,
            ),
            (entry_id,),
        )
    record_forced(w, int(row[_POS["account_id"]]), entry_id, "; ".join(what))


def guard_delete(w: gate.Write, rows: Sequence[Sequence[Any]], *, force: bool) -> None:
    """Refuse (or, forced, record) deleting reconciled entries; unlink them from their
    reconciliations first, in the same undo step."""
    ids = [int(r[_POS["id"]]) for r in rows]
    locked = _reconciled(w, ids)
    if not locked:
        return
    if not force:
        first = min(locked)
        raise ReconciledError(
            Message("entry {first} is reconciled; deleting it needs --force", first=first),
            tuple(sorted(locked)),
        )
    for r in rows:
        entry_id = int(r[_POS["id"]])
        if entry_id in locked:
            amount = Money.from_minor(int(r[_POS["amount"]]), str(r[_CURRENCY]))
            record_forced(
                w, int(r[_POS["account_id"]]), entry_id, f"deleted ({r[_POS['date']]}, {amount})"
            )
    q.delete_links(w.journal, sorted(locked))


def guard_opening(
    w: gate.Write, account_id: int, old: int, new: int, currency: str, *, force: bool
) -> None:
    """Refuse (or, forced, record) a change of the opening balance of an account with a finished
    reconciliation: every reconciled balance of the account moves with it. Recorded under
    entry id 0 (the account itself)."""
    if old == new or q.last_finished(w.conn, account_id) is None:
        return
    if not force:
        raise ReconciledError(
            Message(
                "the account has reconciled statements; changing its opening balance "
                "changes their balances and needs --force"
            ),
            (),
        )
    change = (
        f"opening balance {Money.from_minor(old, currency)} → {Money.from_minor(new, currency)}"
    )
    record_forced(w, account_id, 0, change)
