"""Accounts: create, rename, edit, archive and delete (with their entries), and read them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.currency import Currency, currency
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import (
    UNSET,
    AccountDetail,
    NotFoundError,
    Unset,
    to_minor,
)
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.limits import check_date
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money
from permoney_desktop.services import gate, reconcile_lock
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import account_queries
from permoney_desktop.store.types import SqlConnection


def _detail(r: Any) -> AccountDetail:
    cur = currency(r[3])
    return AccountDetail(
        id=AccountId(r[0]),
        name=r[1],
        kind=AccountKind(r[2]),
        currency=cur,
        opening_balance=Money.from_minor(int(r[4]), cur),
        opening_date=None if r[5] is None else date.fromisoformat(r[5]),
        archived=bool(r[6]),
        notes=r[7],
        sort_order=int(r[8]),
        data_version=int(r[9]),
    )


def load_account(conn: SqlConnection, account_id: int) -> AccountDetail:
    """The account, read on ``conn`` (inside a write or a read), or ``NotFoundError``."""
    row = account_queries.account_row(conn, account_id)
    if row is None:
        raise NotFoundError(Message("no account with id {account_id}", account_id=account_id))
    return _detail(row)


def get_account(ledger: Ledger, account_id: int) -> AccountDetail:
    with ledger.book.reading() as session:
        return load_account(session.connection(), account_id)


def find_account(ledger: Ledger, name: str) -> AccountDetail:
    """The account called ``name`` (exact match first, then ignoring case)."""
    with ledger.book.reading() as session:
        rows = account_queries.rows_named(session.connection(), name.strip())
    if not rows:
        raise NotFoundError(Message("unknown account {name!r}", name=name))
    return _detail(rows[0])


def list_accounts(ledger: Ledger, *, include_archived: bool = True) -> list[AccountDetail]:
    with ledger.book.reading() as session:
        rows = account_queries.all_rows(session.connection(), include_archived=include_archived)
    return [_detail(r) for r in rows]


def _clean_name(conn: SqlConnection, name: str, exclude: int | None = None) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise DomainError(Message("an account needs a name"))
    if len(clean) > 200:
        raise DomainError(Message("account names are at most 200 characters"))
    clash = account_queries.clashing_name(conn, clean, exclude)
    if clash is not None:
        raise DomainError(Message("an account named {name!r} already exists", name=clash))
    return clean


def balance_floor(conn: SqlConnection, account_id: int) -> date:
    """The first day an account's balances exist: its opening date or first entry (or today)."""
    row = account_queries.opening_and_first_entry(conn, account_id)
    days = [date.fromisoformat(d) for d in row if d is not None]
    return min(days) if days else date.today()


def _opening_date(day: date | None) -> date | None:
    """``day`` when the book can hold it (None: no opening date)."""
    return None if day is None else check_date(day, "opening date")


def create_account(
    ledger: Ledger,
    name: str,
    kind: AccountKind | str,
    currency_code: str,
    *,
    opening_balance: Decimal | str | int = 0,
    opening_date: date | None = None,
    notes: str = "",
) -> tuple[AccountId, Changes]:
    """A new account. ``opening_balance`` is as the user sees it (positive owed for debts)."""
    kind = kind if isinstance(kind, AccountKind) else AccountKind.parse(kind)
    cur = currency(currency_code)
    opening = to_minor(opening_balance, cur, "opening balance")
    _opening_date(opening_date)
    with gate.write(ledger, Message("Add account")) as w:
        clean = _clean_name(w.conn, name)
        account_id = w.new_id("accounts")
        order = account_queries.last_sort_order(w.conn)
        w.journal.insert_dicts(
            "accounts",
            [
                {
                    "id": account_id,
                    "name": clean,
                    "kind": kind.value,
                    "currency": cur,
                    "opening_balance": opening,
                    "opening_date": opening_date,
                    "archived": False,
                    "notes": notes,
                    "sort_order": order + 1,
                    "data_version": 0,
                    "created_at": w.now,
                }
            ],
        )
        w.touch(account_id, opening_date or date.today())
        w.mark(ChangeKind.ACCOUNTS)
    return AccountId(account_id), w.changes


def rename_account(ledger: Ledger, account_id: int, name: str) -> Changes:
    with gate.write(ledger, Message("Rename account")) as w:
        load_account(w.conn, account_id)
        w.journal.update_keys(
            "accounts", [account_id], {"name": _clean_name(w.conn, name, account_id)}
        )
        w.mark(ChangeKind.ACCOUNTS)
    return w.changes


def edit_account(
    ledger: Ledger,
    account_id: int,
    *,
    name: str | None = None,
    kind: AccountKind | str | None = None,
    currency_code: str | None = None,
    opening_balance: Decimal | str | int | None = None,
    opening_date: date | Unset | None = UNSET,
    notes: str | None = None,
    sort_order: int | None = None,
    force: bool = False,
) -> Changes:
    """Change any of an account's fields; a change to its opening dirties its whole history.
    ``force``: also change the opening balance of an account with reconciled statements."""
    with gate.write(ledger, Message("Edit account")) as w:
        acc = load_account(w.conn, account_id)
        values: dict[str, Any] = {}
        if name is not None:
            values["name"] = _clean_name(w.conn, name, account_id)
        if kind is not None:
            new_kind = kind if isinstance(kind, AccountKind) else AccountKind.parse(kind)
            if new_kind.classification is not acc.kind.classification:
                raise DomainError(
                    Message(
                        "cannot turn {name!r} from {value} into {value2}; create a new account "
                        "instead",
                        name=acc.name,
                        value=acc.classification.value,
                        value2=new_kind.classification.value,
                    )
                )
            values["kind"] = new_kind.value
        cur = acc.currency
        if currency_code is not None and currency(currency_code) != acc.currency:
            cur = currency(currency_code)
            if account_queries.has_entries(w.conn, account_id):
                raise DomainError(
                    Message("cannot change the currency of {name!r}: it has entries", name=acc.name)
                )
            values["currency"] = cur
        if opening_balance is not None:
            values["opening_balance"] = to_minor(opening_balance, cur, "opening balance")
        elif "currency" in values:
            values["opening_balance"] = to_minor(acc.opening_balance.amount, cur, "opening balance")
        if not isinstance(opening_date, Unset):
            values["opening_date"] = _opening_date(opening_date)
        if notes is not None:
            values["notes"] = notes
        if sort_order is not None:
            values["sort_order"] = sort_order
        if not values:
            return w.changes
        old = to_minor(acc.opening_balance.amount, cur, "opening balance")
        new = values.get("opening_balance", old)
        reconcile_lock.guard_opening(w, account_id, old, new, str(cur), force=force)
        before = balance_floor(w.conn, account_id)
        w.journal.update_keys("accounts", [account_id], values)
        if {"opening_balance", "opening_date", "currency"} & set(values):
            w.touch(account_id, min(before, balance_floor(w.conn, account_id)))
        w.mark(ChangeKind.ACCOUNTS)
    return w.changes


def set_archived(ledger: Ledger, account_id: int, archived: bool = True) -> Changes:
    """Archive (hide from lists; data kept) or unarchive an account."""
    with gate.write(
        ledger, Message("Archive account") if archived else Message("Unarchive account")
    ) as w:
        load_account(w.conn, account_id)
        w.journal.update_keys("accounts", [account_id], {"archived": archived})
        w.mark(ChangeKind.ACCOUNTS)
    return w.changes


def delete_account(ledger: Ledger, account_id: int) -> Changes:
    """Delete an account and all its entries (one undo step).

    A transfer with the other side in a surviving account leaves that side as a plain
    transaction, so the other account's balance does not move.
    """
    with gate.write(ledger, Message("Delete account")) as w:
        load_account(w.conn, account_id)
        floor = balance_floor(w.conn, account_id)
        j = w.journal
        others = j.update_where(
            "entries",
            {"kind": EntryKind.TRANSACTION.value, "transfer_id": None},
            account_queries.OTHER_TRANSFER_SIDES,
            (account_id, account_id),
        )
        for row in others:
            w.touch(row[1], date.fromisoformat(row[3]))
        j.delete_where("entry_tags", account_queries.ENTRY_TAGS_OF_ACCOUNT, (account_id,))
        deleted = j.delete_where("entries", account_queries.OF_ACCOUNT, (account_id,))
        transfer_ids = sorted({r[10] for r in deleted if r[10] is not None})
        if transfer_ids:
            j.delete_keys("transfers", transfer_ids)
        j.delete_where("goal_accounts", account_queries.OF_ACCOUNT, (account_id,))
        j.delete_keys("accounts", [account_id])
        # Recorded for the undo step: restoring the account dirties its whole history.
        w.touch(account_id, floor)
        w.mark(ChangeKind.ACCOUNTS, ChangeKind.ENTRIES)
    return w.changes


def account_currency(conn: SqlConnection, account_id: int) -> Currency:
    return load_account(conn, account_id).currency
