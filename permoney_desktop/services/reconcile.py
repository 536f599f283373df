"""Statement reconciliation: start, tick (entry status), finish, cancel, undo, history.

An open reconciliation is a ``reconciliations`` row (state 'open'); its ticks are the entries'
own status (a ticked entry is *cleared*), so both survive a restart and ``tx status`` and the
reconcile view agree. Finishing turns every cleared entry of the statement window into
*reconciled* in one write (one transaction: all of them with their history row, or none).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import AccountDetail, NotFoundError, to_minor
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.limits import check_date
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.reconcile import (
    ADJUSTMENT_PAYEE,
    Base,
    Candidate,
    EntryStatus,
    ReconciledError,
    Tally,
)
from permoney_desktop.services import gate, status_reads
from permoney_desktop.services.accounts import get_account, load_account
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.reconcile_lock import record_forced
from permoney_desktop.store import reconcile_queries as q
from permoney_desktop.store.entry_queries import COLUMNS
from permoney_desktop.store.types import SqlConnection

# Positions in a reconciliations row (store.reconcile_queries).
R_ID, R_ACCOUNT, R_DATE, R_BALANCE, R_CURRENCY, R_STATE, R_ADJUST, R_STARTED, R_FINISHED = range(9)


@dataclass(frozen=True, slots=True)
class ReconcileState:
    """An open reconciliation as the view and ``reconcile status`` show it."""

    id: int
    account: AccountDetail
    statement_date: date
    statement_balance: int
    base: Base
    reconciled_flows: int
    candidates: tuple[Candidate, ...]
    foreign: int  # unreconciled entries in another currency (not part of the statement)

    @property
    def classification(self) -> Classification:
        return self.account.classification

    @property
    def currency(self) -> Currency:
        return self.account.currency

    def tally(self) -> Tally:
        return Tally(
            self.statement_balance,
            self.base.level,
            self.reconciled_flows,
            self.classification,
            self.candidates,
        )

    def money(self, minor: int) -> Money:
        return Money.from_minor(minor, self.currency)


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One reconciliation of an account, for ``reconcile list`` and the view's history."""

    id: int
    statement_date: date
    statement_balance: Money
    state: str
    started_at: datetime
    finished_at: datetime | None
    entries: int
    adjustment_id: int | None


@dataclass(frozen=True, slots=True)
class ForcedChange:
    entry_id: int
    change: str
    at: datetime


def _stamp(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _base(conn: SqlConnection, account: AccountDetail, day: date) -> Base:
    anchor = q.anchor_on_or_before(conn, account.id, day)
    if anchor is not None:
        return Base(anchor[1], anchor[0])
    return Base(account.opening_balance.minor_units, None)


def _state(conn: SqlConnection, row: tuple[object, ...]) -> ReconcileState:
    account = load_account(conn, int(str(row[R_ACCOUNT])))
    day = _day(row[R_DATE])
    base = _base(conn, account, day)
    cur = str(account.currency)
    found, foreign = q.candidates(conn, account.id, cur, base.anchor, day)
    fromiso, cleared = date.fromisoformat, EntryStatus.CLEARED.value
    return ReconcileState(
        id=int(str(row[R_ID])),
        account=account,
        statement_date=day,
        statement_balance=int(str(row[R_BALANCE])),
        base=base,
        reconciled_flows=q.reconciled_sum(conn, account.id, cur, base.anchor, day),
        candidates=tuple(
            [
                Candidate(i, fromiso(str(d)), amount, payee, status == cleared)
                for i, d, amount, payee, status in found
            ]
        ),
        foreign=foreign,
    )


def _open_row(conn: SqlConnection, account_id: int | None) -> tuple[object, ...]:
    row = q.open_reconciliation(conn, account_id)
    if row is None:
        if account_id is None:
            raise NotFoundError(
                Message(
                    "no reconciliation in progress; start one with: permoney reconcile start "
                    "--account A --date D --balance X"
                )
            )
        name = load_account(conn, account_id).name
        raise NotFoundError(Message("no reconciliation of {name} in progress", name=name))
    if account_id is None and q.open_count(conn) > 1:
        raise DomainError(
            Message("several reconciliations are in progress; name one with --account")
        )
    return row


# -- reads ----------------------------------------------------------------------------------


def current(ledger: Ledger, account_id: int | None = None) -> ReconcileState:
    """The open reconciliation (of the account, or the only one), or ``NotFoundError``."""
    with ledger.book.read_connection() as conn:
        return _state(conn, _open_row(conn, account_id))


def open_for(ledger: Ledger, account_id: int) -> ReconcileState | None:
    with ledger.book.read_connection() as conn:
        row = q.open_reconciliation(conn, account_id)
        return None if row is None else _state(conn, row)


def history(ledger: Ledger, account_id: int) -> tuple[list[HistoryItem], list[ForcedChange]]:
    """The account's reconciliations (newest first) and the forced changes of reconciled
    entries (newest first)."""
    with ledger.book.read_connection() as conn:
        cur = str(load_account(conn, account_id).currency)
        items = [
            HistoryItem(
                id=int(r[R_ID]),
                statement_date=_day(r[R_DATE]),
                statement_balance=Money.from_minor(int(r[R_BALANCE]), cur),
                state=str(r[R_STATE]),
                started_at=_stamp(r[R_STARTED]),
                finished_at=None if r[R_FINISHED] is None else _stamp(r[R_FINISHED]),
                entries=int(r[9]),
                adjustment_id=None if r[R_ADJUST] is None else int(r[R_ADJUST]),
            )
            for r in q.reconciliations(conn, account_id)
        ]
        edits = [
            ForcedChange(int(e[1]), str(e[2]), _stamp(e[3]))
            for e in q.reconciled_edits(conn, account_id)
        ]
    return items, edits


def statuses(ledger: Ledger, entry_ids: Sequence[int]) -> dict[int, EntryStatus]:
    """Each given entry's status (one read, on the plain pool the register reads through)."""
    return status_reads.statuses(ledger, entry_ids)


# -- writes ---------------------------------------------------------------------------------


def start(
    ledger: Ledger, account_id: int, statement_date: date, balance: Decimal
) -> tuple[int, Changes]:
    """Open a reconciliation of the account against a statement (balance as the user sees
    it: the amount owed for a card or loan)."""
    check_date(statement_date)
    with gate.write(ledger, Message("Start reconciliation")) as w:
        account = load_account(w.conn, account_id)
        minor = to_minor(balance, account.currency, "balance")
        if q.open_reconciliation(w.conn, account_id) is not None:
            raise DomainError(
                Message(
                    "a reconciliation of {name} is already in progress; finish it, or cancel "
                    "it with: permoney reconcile cancel --account {name!r}",
                    name=account.name,
                )
            )
        last = q.last_finished(w.conn, account_id)
        if last is not None and _day(last[R_DATE]) >= statement_date:
            raise DomainError(
                Message(
                    "{name} is reconciled to {last}; a new statement date must be later (or "
                    "undo the last one with: permoney reconcile undo)",
                    name=account.name,
                    last=_day(last[R_DATE]),
                )
            )
        rec_id = w.new_id("reconciliations")
        w.journal.insert_dicts(
            "reconciliations",
            [
                {
                    "id": rec_id,
                    "account_id": account_id,
                    "statement_date": statement_date,
                    "statement_balance": minor,
                    "currency": str(account.currency),
                    "state": "open",
                    "adjustment_id": None,
                    "started_at": w.now,
                    "finished_at": None,
                }
            ],
        )
        w.mark(ChangeKind.ENTRIES)
    return rec_id, w.changes


def cancel(ledger: Ledger, account_id: int | None = None) -> Changes:
    """Drop the open reconciliation; the entries keep their cleared marks."""
    with gate.write(ledger, Message("Cancel reconciliation")) as w:
        row = _open_row(w.conn, account_id)
        w.journal.delete_keys("reconciliations", [row[R_ID]])
        w.mark(ChangeKind.ENTRIES)
    return w.changes


def set_status(
    ledger: Ledger, entry_ids: Sequence[int], status: EntryStatus, *, force: bool = False
) -> Changes:
    """Mark entries cleared or uncleared (a tick of the reconcile view, the register's ``c``).

    A reconciled entry changes only with ``force`` (the change is kept in its account's
    reconciliation history); *reconciled* itself is set only by finishing a reconciliation.
    """
    if status is EntryStatus.RECONCILED:
        raise DomainError(Message("entries become reconciled by finishing a reconciliation"))
    wanted = list(dict.fromkeys(int(i) for i in entry_ids))
    if not wanted:
        raise DomainError(Message("no entries given"))
    cleared, n = status is EntryStatus.CLEARED, len(wanted)
    if n == 1:
        label = Message("Clear entry") if cleared else Message("Unclear entry")
    else:
        label = (
            Message("Clear {count} entries", count=n)
            if cleared
            else Message("Unclear {count} entries", count=n)
        )
    with gate.write(ledger, label) as w:
        found = q.statuses(w.conn, wanted)
        missing = [i for i in wanted if i not in found]
        if missing:
            raise NotFoundError(Message("no entry with id {missing}", missing=missing[0]))
        for i in wanted:
            if found[i][1] == EntryKind.VALUATION:
                raise DomainError(
                    Message("entry {i} is a balance anchor; it has no cleared status", i=i)
                )
        locked = [i for i in wanted if found[i][2] == EntryStatus.RECONCILED]
        if locked and not force:
            raise ReconciledError(
                Message(
                    "entry {locked} is reconciled; changing its status needs --force",
                    locked=locked[0],
                ),
                tuple(locked),
            )
        for i in locked:
            record_forced(w, int(found[i][0]), i, f"status reconciled → {status.value}")
        change = [i for i in wanted if found[i][2] != status]
        if change:
            w.journal.update_keys("entries", change, {"status": status.value})
        w.mark(ChangeKind.ENTRIES)
    return w.changes


def finish(
    ledger: Ledger,
    account_id: int | None = None,
    *,
    adjust: bool = False,
    payee: str = ADJUSTMENT_PAYEE,
) -> tuple[int, Changes]:
    """Reconcile every cleared entry of the statement window. At a non-zero difference only
    with ``adjust``: a named adjustment entry on the statement date closes it. Returns how
    many entries became reconciled."""
    with gate.write(ledger, Message("Finish reconciliation")) as w:
        row = _open_row(w.conn, account_id)
        state = _state(w.conn, row)
        tally = state.tally()
        adjustment_id = None
        if tally.difference:
            diff = state.money(tally.difference)
            if not adjust:
                raise DomainError(
                    Message(
                        "the difference is {diff}: tick the entries on the statement, or finish "
                        "with --adjust to add an adjustment entry ({payee!r}) of {state}",
                        diff=diff,
                        payee=payee,
                        state=state.money(tally.adjustment_flow()),
                    )
                )
            if not payee.strip():
                raise DomainError(Message("an adjustment entry needs a name"))
            if state.base.anchor == state.statement_date:
                # A day's valuation comes after its flows: an entry that day would be absorbed.
                raise DomainError(
                    Message(
                        "the balance set on {statement_date} decides that day's balance, so an "
                        "adjustment entry would change nothing: change or remove that balance "
                        "instead",
                        statement_date=state.statement_date.isoformat(),
                    )
                )
            adjustment_id = _add_adjustment(w, state, tally.adjustment_flow(), payee.strip())
        ids = q.cleared_ids(
            w.conn, state.account.id, str(state.currency), state.base.anchor, state.statement_date
        )
        if ids:
            w.journal.update_keys("entries", ids, {"status": EntryStatus.RECONCILED.value})
            w.journal.insert(
                "reconciled_entries",
                [(state.id, i) for i in ids],
                ["reconciliation_id", "entry_id"],
            )
        values: dict[str, object] = {"state": "finished", "finished_at": w.now}
        if adjustment_id is not None:
            values["adjustment_id"] = adjustment_id
        w.journal.update_keys("reconciliations", [state.id], values)
        w.mark(ChangeKind.ENTRIES)
    return len(ids), w.changes


def _add_adjustment(w: gate.Write, state: ReconcileState, flow: int, payee: str) -> int:
    entry_id = w.new_id("entries")
    row = (
        entry_id,
        state.account.id,
        EntryKind.TRANSACTION.value,
        state.statement_date.isoformat(),
        flow,
        str(state.currency),
        payee,
        f"Closes the difference with the statement of {state.statement_date.isoformat()}",
        None,
        None,
        None,
        None,
        "account,amount,date,payee",
        w.stamp,
        w.stamp,
        EntryStatus.CLEARED.value,
    )
    w.journal.insert("entries", [row], [*COLUMNS, "status"])
    w.touch(state.account.id, state.statement_date)
    return entry_id


def undo_last(ledger: Ledger, account_id: int | None = None) -> tuple[HistoryItem, Changes]:
    """Undo the account's (or the book's) last finished reconciliation: its entries are
    cleared again and its adjustment entry (if any) is deleted; the history keeps it as
    'undone'."""
    with gate.write(ledger, Message("Undo reconciliation")) as w:
        last = q.last_finished(w.conn, account_id)
        if last is None:
            where = "the book" if account_id is None else load_account(w.conn, account_id).name
            raise NotFoundError(
                Message("{where} has no finished reconciliation to undo", where=where)
            )
        account_id = int(str(last[R_ACCOUNT]))
        account = load_account(w.conn, account_id)
        if q.open_reconciliation(w.conn, account_id) is not None:
            raise DomainError(
                Message(
                    "a reconciliation of {name} is in progress; cancel it first", name=account.name
                )
            )
        rec_id = int(str(last[R_ID]))
        ids = q.linked_entries(w.conn, rec_id)
        adjust = None if last[R_ADJUST] is None else int(str(last[R_ADJUST]))
        keep = [i for i in ids if i != adjust]
        # The row first: its adjustment link goes before the entry it names, so a reversal
        # (Ctrl+Z) puts the entry back before the link to it.
        w.journal.update_keys(
            "reconciliations", [rec_id], {"state": "undone", "adjustment_id": None}
        )
        if keep:
            w.journal.update_keys("entries", keep, {"status": EntryStatus.CLEARED.value})
        if adjust is not None:
            found = q.statuses(w.conn, [adjust])
            if adjust in found:
                q.delete_links(w.journal, [adjust])
                w.journal.delete_keys("entries", [adjust])
                w.touch(account_id, _day(found[adjust][3]))
        w.mark(ChangeKind.ENTRIES)
        item = HistoryItem(
            id=rec_id,
            statement_date=_day(last[R_DATE]),
            statement_balance=Money.from_minor(int(str(last[R_BALANCE])), account.currency),
            state="undone",
            started_at=_stamp(last[R_STARTED]),
            finished_at=None if last[R_FINISHED] is None else _stamp(last[R_FINISHED]),
            entries=len(keep),
            adjustment_id=adjust,
        )
    return item, w.changes


def statement_from_file(ledger: Ledger, account_id: int, path: Path) -> tuple[date, Decimal]:
    """The statement date and closing balance (as the user sees it) a bank file states: OFX
    LEDGERBAL, camt.053 CLBD, MT940 :62F:. Refused when the file states none, or several
    for different accounts (then type them)."""
    from permoney_desktop.services.imports import files
    from permoney_desktop.services.imports.types import ImportRequest

    account = get_account(ledger, account_id)
    parsed = files.parse_file(ImportRequest.from_path(path, account=account.name))
    found = list(dict.fromkeys((b.date, b.amount, b.currency) for b in parsed.closing_balances))
    if not found:
        raise DomainError(
            Message("{name} states no closing balance; type it with --balance", name=path.name)
        )
    if len(found) > 1:
        raise DomainError(
            Message(
                "{name} states {count} closing balances; type the date and balance",
                name=path.name,
                count=len(found),
            )
        )
    day, amount, cur = found[0]
    if cur is not None and cur != account.currency:
        raise DomainError(
            Message(
                "{name} states its balance in {cur}, {name2} is in {currency}",
                name=path.name,
                cur=cur,
                name2=account.name,
                currency=account.currency,
            )
        )
    # The file's balance carries the entry sign: a card's -512.34 is 512.34 owed.
    level = amount if account.classification is Classification.ASSET else -amount
    return day, level
