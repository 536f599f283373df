"""Reads the GUI's registers and optimistic figures need: keyset pages, day flows, completions.

Everything here is a read of the latest committed state (a WAL snapshot, never blocked by the
worker) through the book's one read pool (``store.read_pool``); the SQL is in
``store.register_queries``, and this module turns its rows into values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from datetime import date as _Date  # noqa: N812 (a field is named date)
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.balances import DayBalance
from permoney_desktop.domain.currency import Currency, currency
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.fx import Rate, RateTable
from permoney_desktop.domain.ids import AccountId, CategoryId, EntryId, TagId
from permoney_desktop.domain.messages import Message, decode
from permoney_desktop.domain.register_query import RegisterQuery, SortColumn
from permoney_desktop.store import balance_inputs, read_pool, undo_steps
from permoney_desktop.store import register_queries as rq

if TYPE_CHECKING:
    from permoney_desktop.services.ledger import Ledger

__all__ = [
    "AccountState",
    "Completions",
    "EntryLine",
    "RegisterQuery",
    "SortColumn",
]


@dataclass(frozen=True, slots=True)
class EntryLine:
    """One register row as read from the book."""

    id: EntryId
    account_id: AccountId
    kind: EntryKind
    date: date
    amount: int  # minor units of ``currency``; a valuation's amount is the level shown
    currency: Currency
    payee: str
    notes: str
    category_id: CategoryId | None
    category: str
    transfer_id: int | None
    tags: tuple[str, ...] = ()
    version: int = 1  # the row version read: an edit is saved against it (row_versions)

    @property
    def sort_key(self) -> tuple[_Date, int]:
        return (self.date, int(self.id))


@dataclass(frozen=True, slots=True)
class AccountState:
    """An account with what the optimistic figures need: opening and data version."""

    id: AccountId
    name: str
    kind: AccountKind
    currency: Currency
    archived: bool
    opening_balance: int  # shown level (owed for liabilities), minor units
    opening_date: date | None
    data_version: int
    notes: str = ""


@dataclass(frozen=True)
class Completions:
    payees: tuple[str, ...] = ()
    categories: tuple[tuple[CategoryId, str], ...] = ()  # ("Food: Groceries")
    tags: tuple[tuple[TagId, str], ...] = ()


def _rows(ledger: Ledger) -> read_pool.Rows:
    return read_pool.reader(ledger.book)


def close(ledger: Ledger) -> None:
    """Close this book's plain read connections (before the book itself is closed)."""
    read_pool.close(ledger.book)


def count_entries(ledger: Ledger, q: RegisterQuery) -> int:
    return rq.count(_rows(ledger), q)


def fetch_page(
    ledger: Ledger,
    q: RegisterQuery,
    *,
    offset: int = 0,
    limit: int = 200,
    after: tuple[date, int] | None = None,
    total: int | None = None,
) -> list[EntryLine]:
    """``limit`` rows in register order: after the key ``after`` (keyset), else at ``offset``.

    Keyset paging is used when scrolling on from a loaded page (O(page) whatever the depth).
    A jump walks only the index for the ids (a subquery), and one in the far half of the
    register (``total`` known) walks from the other end, so the newest rows of a 1M register
    are as quick to reach as the oldest.
    """
    r = _rows(ledger)
    return _lines(r, rq.page(r, q, offset=offset, limit=limit, after=after, total=total))


def fetch_entries(ledger: Ledger, ids: Iterable[int]) -> list[EntryLine]:
    """The given entries (in id order); missing ids are skipped."""
    r = _rows(ledger)
    out = _lines(r, rq.lines(r, sorted({int(i) for i in ids})))
    return sorted(out, key=lambda line: int(line.id))


def transfer_partners(
    ledger: Ledger, ids: Iterable[int]
) -> dict[EntryId, tuple[EntryId, AccountId]]:
    """Each given transfer entry's other side: (its entry id, its account)."""
    wanted = sorted({int(i) for i in ids})
    if not wanted:
        return {}
    return {
        EntryId(int(e)): (EntryId(int(o)), AccountId(int(a)))
        for e, o, a in rq.transfer_partners(_rows(ledger), wanted)
    }


def last_for_payee(ledger: Ledger, account_id: int | None, payee: str) -> EntryLine | None:
    """The newest transaction with this payee, in the account (else in any account): what a
    new entry for that payee is filled in from (GnuCash's quickfill)."""
    r = _rows(ledger)
    found = rq.last_with_payee(r, account_id, payee) if account_id is not None else None
    if found is None:
        found = rq.last_with_payee(r, None, payee)
    if found is None:
        return None
    out = _lines(r, rq.lines(r, [found]))
    return out[0] if out else None


def _lines(reader: read_pool.Rows, rows: list[Any]) -> list[EntryLine]:
    if not rows:
        return []
    tags: dict[int, list[str]] = {}
    for entry_id, name in rq.tag_names(reader, [row[0] for row in rows]):
        tags.setdefault(entry_id, []).append(name)
    return [
        EntryLine(
            EntryId(r[0]),
            AccountId(r[1]),
            EntryKind(r[2]),
            date.fromisoformat(r[3]),
            int(r[4]),
            Currency(r[5]),
            r[6] or "",
            r[7] or "",
            None if r[8] is None else CategoryId(r[8]),
            r[9] or "",
            r[10],
            tuple(tags.get(r[0], ())),
            int(r[11]),
        )
        for r in rows
    ]


def position_of(ledger: Ledger, q: RegisterQuery, key: tuple[date, int]) -> int:
    """How many rows of the register come before ``key`` (date order only)."""
    return rq.position(_rows(ledger), q, key)


def account_states(ledger: Ledger) -> list[AccountState]:
    return [
        AccountState(
            AccountId(r[0]),
            r[1],
            AccountKind(r[2]),
            currency(r[3]),
            bool(r[4]),
            int(r[5] or 0),
            date.fromisoformat(r[6]) if r[6] else None,
            int(r[7] or 0),
            r[8] or "",
        )
        for r in rq.account_states(_rows(ledger))
    ]


def day_entries(
    ledger: Ledger, pairs: Iterable[tuple[AccountId, date]]
) -> dict[tuple[AccountId, date], list[tuple[int, EntryKind, int, Currency]]]:
    """Every entry of the given account-days as (id, kind, amount, currency), in id order."""
    out: dict[tuple[AccountId, date], list[tuple[int, EntryKind, int, Currency]]] = {}
    for entry_id, acc, day, kind, amount, cur in rq.day_entries(_rows(ledger), pairs):
        key = (AccountId(acc), date.fromisoformat(day))
        out.setdefault(key, []).append((entry_id, EntryKind(kind), int(amount), Currency(cur)))
    return out


def confirmed_days(
    ledger: Ledger, account_id: AccountId, from_date: date | None = None
) -> list[DayBalance]:
    """The materialized days of one account from ``from_date`` (as the worker wrote them)."""
    parse = date.fromisoformat
    # The money columns come back as ints already (no int() per value: a fifth of the
    # window's start-up read at 25k days).
    return [
        DayBalance(parse(d), s, i, o, a, e, p == 1)
        for d, s, i, o, a, e, p in rq.confirmed_days(_rows(ledger), account_id, from_date)
    ]


def rate_table(ledger: Ledger) -> RateTable:
    return RateTable.of(
        Rate(date.fromisoformat(d), currency(f), currency(t), Decimal(r))
        for d, f, t, r in rq.rates(_rows(ledger))
    )


def payees(ledger: Ledger, *, limit: int = 5000) -> tuple[str, ...]:
    """Payees, most used first (groups every entry: a background read on a large book)."""
    return tuple(r[0] for r in rq.payees(_rows(ledger), limit))


def completions(
    ledger: Ledger, *, payee_limit: int = 5000, with_payees: bool = True
) -> Completions:
    """Payees (most used first), categories as "Parent:Child", and tags, for completers.

    Without ``with_payees`` only the (small) category and tag tables are read."""
    names = payees(ledger, limit=payee_limit) if with_payees else ()
    r = _rows(ledger)
    cats = tuple((CategoryId(c[0]), c[1]) for c in rq.category_names(r))
    tags = tuple((TagId(t[0]), t[1]) for t in rq.tags(r))
    return Completions(names, cats, tags)


def entry_count(ledger: Ledger) -> int:
    return rq.entry_count(_rows(ledger))


def undo_labels(ledger: Ledger) -> tuple[Message | None, Message | None]:
    """What undo and redo would do next ("Delete 3 entries"), None where there is nothing: the
    same steps ``services.undo`` takes (one query, ``store.undo_steps.labels``), as Messages
    (an older book's plain label is a Message of itself)."""
    undo, redo = undo_steps.labels(_rows(ledger), ledger.author)
    return (None if undo is None else decode(undo)), (None if redo is None else decode(redo))


def dirty_accounts(ledger: Ledger) -> dict[AccountId, date | None]:
    """Accounts whose materialized balances are not current (a pending or running sync)."""
    return {
        AccountId(acc): date.fromisoformat(start) if start else None
        for acc, start in rq.dirty_accounts(_rows(ledger))
    }


def valuation_days(ledger: Ledger) -> dict[AccountId, set[date]]:
    """The days on which each account has a valuation (balance anchor); the query is the
    balance inputs' own (``store.balance_inputs``), in one read snapshot."""
    with balance_inputs.snapshot(ledger.book) as conn:
        found = balance_inputs.valuation_days(conn)
    return {AccountId(acc): days for acc, days in found.items()}


def entry_days(ledger: Ledger, ids: Iterable[int]) -> set[tuple[AccountId, date]]:
    """(account, day) of the given entries and of their transfer partners."""
    places = rq.entry_places(_rows(ledger), sorted({int(i) for i in ids}))
    return {(AccountId(acc), date.fromisoformat(d)) for _id, acc, d in places}


def entry_day_tally(ledger: Ledger, ids: Iterable[int]) -> dict[tuple[AccountId, date], int]:
    """How many of the given entries and their transfer partners each (account, day) holds:
    a write's own entries, which the writer subtracts from a day it newly reaches to learn
    that day's count before the write."""
    places = rq.entry_places(_rows(ledger), sorted({int(i) for i in ids}))
    # By id: a partner in two chunks counts once.
    where = {int(entry_id): (AccountId(acc), date.fromisoformat(d)) for entry_id, acc, d in places}
    out: dict[tuple[AccountId, date], int] = {}
    for key in where.values():
        out[key] = out.get(key, 0) + 1
    return out


def transfer_entry_ids(ledger: Ledger, transfer_id: int) -> list[int]:
    return [r[0] for r in rq.transfer_entry_ids(_rows(ledger), transfer_id)]


def day_counts(
    ledger: Ledger, pairs: Iterable[tuple[AccountId, date]]
) -> dict[tuple[AccountId, date], int]:
    """How many entries each (account, day) holds (indexed lookups, for row-count deltas)."""
    wanted = sorted(set(pairs))
    out: dict[tuple[AccountId, date], int] = dict.fromkeys(wanted, 0)
    for acc, day, n in rq.day_counts(_rows(ledger), wanted):
        out[(AccountId(acc), date.fromisoformat(day))] = int(n)
    return out


def tail_count(ledger: Ledger, q: RegisterQuery, day: date) -> int:
    """How many rows of the register are dated ``day`` or later."""
    return rq.tail_count(_rows(ledger), q, day)
