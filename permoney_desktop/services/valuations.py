"""Valuations: "the balance is X on day D" for an account, a level rather than a flow; and
which entries a later valuation (a balance anchor) absorbs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import to_minor
from permoney_desktop.domain.ids import AccountId, EntryId
from permoney_desktop.domain.limits import check_date
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import parse_decimal
from permoney_desktop.domain.reconcile import Absorbed
from permoney_desktop.services import gate
from permoney_desktop.services.accounts import load_account
from permoney_desktop.services.entries import COLUMNS
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import reconcile_queries, valuation_queries


def set_valuation(
    ledger: Ledger,
    account_id: int,
    day: date,
    balance: Decimal | str,
    *,
    notes: str = "",
) -> tuple[EntryId, Changes]:
    """Record the account's balance on ``day`` as the user sees it (positive owed for debts).

    A second valuation on the same day replaces the first: one day has one level.
    """
    amount = balance if isinstance(balance, Decimal) else parse_decimal(balance)
    check_date(day)
    with gate.write(ledger, Message("Add valuation")) as w:
        existing = valuation_queries.valuation_on(w.conn, account_id, day)
        cur = load_account(w.conn, account_id).currency
        minor = to_minor(amount, cur, "balance")
        if existing is None:
            entry_id = w.new_id("entries")
            row: tuple[object, ...] = (
                entry_id,
                account_id,
                EntryKind.VALUATION.value,
                day.isoformat(),
                minor,
                cur,
                "",
                notes,
                None,
                None,
                None,
                None,
                "account,amount,date",
                w.stamp,
                w.stamp,
            )
            w.journal.insert("entries", [row], COLUMNS)
        else:
            entry_id = existing
            w.label = Message("Edit valuation")
            values: dict[str, object] = {"amount": minor, "updated_at": w.now}
            if notes:
                values["notes"] = notes
            w.journal.update_keys("entries", [entry_id], values)
        w.touch(account_id, day)
        w.mark(ChangeKind.ENTRIES)
    return EntryId(entry_id), w.changes


def absorbed_by_anchors(ledger: Ledger, entry_ids: Sequence[int]) -> list[Absorbed]:
    """Which of the given entries a later balance anchor absorbs, grouped by anchor.

    Cheap when no account of theirs has an anchor on or after its earliest entry (one indexed
    look per account); an import passes its new id range.
    """
    if not entry_ids:
        return []
    ids = None if isinstance(entry_ids, range) and entry_ids.step == 1 else list(entry_ids)
    first, last = min(entry_ids), max(entry_ids)
    with ledger.book.read_connection() as conn:
        spans = reconcile_queries.entry_spans(conn, first, last, ids)
        if not any(
            reconcile_queries.has_anchor_from(conn, [acc], date.fromisoformat(day))
            for acc, day in spans
        ):
            return []
        groups = reconcile_queries.absorbed_groups(conn, first, last, ids)
        out = []
        for account_id, anchor_id, count, first_day in groups:
            anchor = reconcile_queries.statuses(conn, [anchor_id])[anchor_id]
            out.append(
                Absorbed(
                    account_id=AccountId(account_id),
                    account_name=load_account(conn, account_id).name,
                    anchor_id=EntryId(anchor_id),
                    anchor_day=date.fromisoformat(str(anchor[3])),
                    entries=count,
                    first_day=date.fromisoformat(first_day),
                )
            )
    return out


def absorbed_notes(ledger: Ledger, entry_ids: Sequence[int]) -> list[str]:
    """The import summary's sentences about new entries a later balance anchor absorbs."""
    notes = []
    for found in absorbed_by_anchors(ledger, entry_ids):
        sentence = found.sentence("imported entry")
        notes.append(
            f"{sentence[0].upper()}{sentence[1:]}. Move that balance before them, or remove it,"
            " from its register row (or reconcile the account against a statement)."
        )
    return notes
