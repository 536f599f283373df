"""Transfers between two own accounts: two linked entries, added, edited and deleted together."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entry_values import NewTransfer, NotFoundError, TransferView
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId, TransferId
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money
from permoney_desktop.services import gate, reconcile_lock
from permoney_desktop.services.entries import (
    ACCOUNT,
    AMOUNT,
    COLUMNS,
    DATE,
    ID,
    PayeeWords,
    _Accounts,
    _delete,
    _Refs,
    _transfer_rows,
    account_names,
    views,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.undo import raw
from permoney_desktop.store import transfer_queries


def add_transfer(
    ledger: Ledger,
    from_account: int,
    to_account: int,
    day: date,
    amount: Decimal,
    *,
    to_amount: Decimal | None = None,
    payee: str = "",
    notes: str = "",
    payee_words: PayeeWords | None = None,
) -> tuple[TransferId, Changes]:
    """Move ``amount`` (> 0, in the source's currency) from one account to another.

    ``to_amount`` is what arrives, required across currencies. Paying a card or a loan is a
    transfer *to* that liability: the debt goes down. Without a ``payee`` each side is named
    for the other account, in ``payee_words`` (the window's language) or English.
    """
    t = NewTransfer(
        AccountId(from_account), AccountId(to_account), day, amount, to_amount, payee, notes
    )
    with gate.write(ledger, Message("Add transfer")) as w:
        transfer_id = w.new_id("transfers")
        ids = w.new_ids("entries", 2)
        names = account_names(w.conn, from_account, to_account)
        rows = _transfer_rows(
            w,
            t,
            ids,
            transfer_id,
            _Accounts(w.conn),
            _Refs(w.conn),
            "account,amount,date",
            (names[0], names[1]),
            payee_words,
        )
        w.journal.insert("transfers", [(transfer_id, raw(w.now))], ["id", "created_at"])
        w.journal.insert("entries", rows, COLUMNS)
        for r in rows:
            w.touch(r[ACCOUNT], day)
        w.mark(ChangeKind.ENTRIES)
    return TransferId(transfer_id), w.changes


def _sides(w: gate.Write, transfer_id: int) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    rows = transfer_queries.side_rows(w.conn, transfer_id, COLUMNS)
    if len(rows) != 2:
        raise NotFoundError(Message("no transfer with id {transfer_id}", transfer_id=transfer_id))
    return rows[0], rows[1]  # the outflow sorts first


def get_transfer(ledger: Ledger, transfer_id: int) -> TransferView:
    with ledger.book.reading() as session:
        conn = session.connection()
        ids = transfer_queries.side_ids(conn, transfer_id)
        if len(ids) != 2:
            raise NotFoundError(
                Message("no transfer with id {transfer_id}", transfer_id=transfer_id)
            )
        src, dest = views(conn, ids)
    return TransferView(TransferId(transfer_id), src, dest)


def edit_transfer(
    ledger: Ledger,
    transfer_id: int,
    *,
    from_account: int | None = None,
    to_account: int | None = None,
    day: date | None = None,
    amount: Decimal | None = None,
    to_amount: Decimal | None = None,
    payee: str | None = None,
    notes: str | None = None,
    force: bool = False,
) -> Changes:
    """Edit both sides at once (rewritten in place: same entry ids). A reconciled side's
    amount, date or account changes only with ``force``."""
    with gate.write(ledger, Message("Edit transfer")) as w:
        src, dest = _sides(w, transfer_id)
        accounts = _Accounts(w.conn)
        src_acc = int(from_account if from_account is not None else src[ACCOUNT])
        dest_acc = int(to_account if to_account is not None else dest[ACCOUNT])
        old_src_amt = -int(src[AMOUNT])
        old_dest_amt = int(dest[AMOUNT])
        src_cur = accounts.currency(src_acc)
        dest_cur = accounts.currency(dest_acc)
        new_amount = amount if amount is not None else Money.from_minor(old_src_amt, src_cur).amount
        new_to = to_amount
        if new_to is None:
            if src_cur == dest_cur:
                new_to = new_amount
            elif amount is None and to_account is None and from_account is None:
                new_to = Money.from_minor(old_dest_amt, dest_cur).amount
            else:
                raise DomainError(
                    Message(
                        "a transfer from {src_cur} to {dest_cur} needs the amount received as well",
                        src_cur=src_cur,
                        dest_cur=dest_cur,
                    )
                )
        t = NewTransfer(
            AccountId(src_acc),
            AccountId(dest_acc),
            day or date.fromisoformat(str(src[DATE])),
            new_amount,
            new_to,
        )
        rows = _transfer_rows(
            w, t, [int(src[ID]), int(dest[ID])], transfer_id, accounts, _Refs(w.conn), ""
        )
        for old, new in zip((src, dest), rows, strict=True):
            values: dict[str, object] = {
                "account_id": new[ACCOUNT],
                "date": new[DATE],
                "amount": new[AMOUNT],
                "currency": new[5],
                "updated_at": w.now,
            }
            if payee is not None:
                values["payee"] = payee
            if notes is not None:
                values["notes"] = notes
            reconcile_lock.guard_edit(w, old, values, force=force)
            w.journal.update_keys("entries", [old[ID]], values)
            w.touch(int(old[ACCOUNT]), date.fromisoformat(str(old[DATE])))
            w.touch(int(new[ACCOUNT]), date.fromisoformat(str(new[DATE])))
        w.mark(ChangeKind.ENTRIES)
    return w.changes


def delete_transfer(ledger: Ledger, transfer_id: int) -> Changes:
    with gate.write(ledger, Message("Delete transfer")) as w:
        src, _dest = _sides(w, transfer_id)
        _delete(w, [int(src[ID])])
    return w.changes
