"""Valuations: "the balance is X on day D" for an account, a level rather than a flow."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import to_minor
from permoney_desktop.domain.ids import EntryId
from permoney_desktop.domain.limits import check_date
from permoney_desktop.domain.money import parse_decimal
from permoney_desktop.services import gate
from permoney_desktop.services.accounts import load_account
from permoney_desktop.services.entries import COLUMNS
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import valuation_queries


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
    with gate.write(ledger, "Add valuation") as w:
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
            w.label = "Edit valuation"
            values: dict[str, object] = {"amount": minor, "updated_at": w.now}
            if notes:
                values["notes"] = notes
            w.journal.update_keys("entries", [entry_id], values)
        w.touch(account_id, day)
        w.mark(ChangeKind.ENTRIES)
    return EntryId(entry_id), w.changes
