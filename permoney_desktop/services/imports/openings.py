"""A statement's opening balance (QIF "Opening Balance") set as its account's opening balance.

Quicken writes an account's starting balance as a first record; imported as an entry it was
counted as income. It is the account's opening balance instead, set in the import's own write
(one undo step) when the account has none yet; an account that already has one is left as
it is, and the report says so with both figures.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.changes import ChangeKind
from permoney_desktop.domain.entry_values import AccountDetail, to_minor
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.imports.records import FileFormat, ParsedFile
from permoney_desktop.domain.money import Money
from permoney_desktop.services import gate
from permoney_desktop.services.accounts import balance_floor, load_account
from permoney_desktop.services.imports.types import BookAccount
from permoney_desktop.store.types import SqlConnection

Opening = tuple[int, Decimal, date]  # account id, amount (entry sign), day


def plan_openings(parsed: ParsedFile, targets: dict[str | None, BookAccount]) -> list[Opening]:
    """A QIF's opening balance records on the book accounts their rows go to (a camt/MT940
    opening balance is the previous statement's close: for the reconciliation check only)."""
    out: list[Opening] = []
    if parsed.format is not FileFormat.QIF:
        return out
    for b in parsed.opening_balances:
        target = targets.get(b.account) or (targets.get(None) if len(targets) == 1 else None)
        if target is not None:
            out.append((target.id, b.amount, b.date))
    return out


def _display_minor(acc: AccountDetail, amount: Decimal) -> int:
    """The entry-signed amount as the account shows its opening (positive owed for debts)."""
    minor = to_minor(amount, acc.currency, "opening balance")
    return -minor if acc.classification is Classification.LIABILITY else minor


def apply_openings(conn: SqlConnection, openings: list[Opening], w: gate.Write | None) -> list[str]:
    """Set each opening balance on an account without one (``w`` None: a dry run, notes
    only); the notes say what was (or would be) done."""
    notes: list[str] = []
    for account_id, amount, day in openings:
        acc = load_account(conn, account_id)
        try:
            minor = _display_minor(acc, amount)
        except DomainError as exc:
            notes.append(f"{acc.name}: the file's opening balance is not usable ({exc})")
            continue
        shown = Money.from_minor(minor, acc.currency).amount
        if acc.opening_balance.minor_units == minor and acc.opening_date in (None, day):
            continue  # already so (a re-import)
        if acc.opening_balance.minor_units == 0 and balance_floor(conn, account_id) < day:
            notes.append(
                f"{acc.name}: the file's opening balance {shown} on {day.isoformat()} is not "
                "set: the account has entries before that day"
            )
            continue
        if acc.opening_balance.minor_units != 0:
            notes.append(
                f"{acc.name}: the file's opening balance {shown} on {day.isoformat()} differs "
                f"from the account's {acc.opening_balance.amount}; the account's is kept"
            )
            continue
        verb = "set" if w is not None else "would be set"
        notes.append(f"{acc.name}: opening balance {verb} to {shown} on {day.isoformat()}")
        if w is not None:
            before = balance_floor(conn, account_id)
            w.journal.update_keys(
                "accounts", [account_id], {"opening_balance": minor, "opening_date": day}
            )
            w.touch(account_id, min(before, day))
            w.mark(ChangeKind.ACCOUNTS)
    return notes
