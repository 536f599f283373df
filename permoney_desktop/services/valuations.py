"""Valuations: "the balance is X on day D" for an account, a level rather than a flow."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import NewEntry, to_minor
from permoney_desktop.domain.ids import AccountId, EntryId
from permoney_desktop.domain.money import parse_decimal
from permoney_desktop.services import gate
from permoney_desktop.services.accounts import load_account
from permoney_desktop.services.entries import add_entry
from permoney_desktop.services.ledger import Ledger


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
    with ledger.book.reading() as session:
        existing = (
            session.connection()
            .exec_driver_sql(
                "SELECT id FROM entries WHERE account_id = ? AND date = ? AND kind = 'valuation'"
                " ORDER BY id LIMIT 1",
                (int(account_id), day.isoformat()),
            )
            .scalar()
        )
    if existing is None:
        return add_entry(
            ledger,
            NewEntry(AccountId(account_id), day, amount, EntryKind.VALUATION, notes=notes),
            label="Add valuation",
        )
    with gate.write(ledger, "Edit valuation") as w:
        cur = load_account(w.conn, account_id).currency
        values: dict[str, object] = {
            "amount": to_minor(amount, cur, "balance"),
            "updated_at": w.now,
        }
        if notes:
            values["notes"] = notes
        w.journal.update_keys("entries", [int(existing)], values)
        w.touch(account_id, day)
        w.mark(ChangeKind.ENTRIES)
    return EntryId(int(existing)), w.changes
