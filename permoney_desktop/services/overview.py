"""Read facade for the window's frame: the accounts list and the size of the book."""

from __future__ import annotations

from dataclasses import dataclass

from permoney_desktop.domain.accounts import AccountInfo, AccountKind
from permoney_desktop.domain.currency import currency
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import overview_queries


@dataclass(frozen=True)
class BookOverview:
    accounts: tuple[AccountInfo, ...]
    entry_count: int
    base_currency: str


def list_accounts(ledger: Ledger, *, include_archived: bool = True) -> list[AccountInfo]:
    with ledger.book.reading() as session:
        rows = overview_queries.accounts(session, include_archived=include_archived)
    return [
        AccountInfo(AccountId(i), name, AccountKind(kind), currency(cur), archived)
        for i, name, kind, cur, archived in rows
    ]


def book_overview(ledger: Ledger) -> BookOverview:
    accounts = tuple(list_accounts(ledger))
    with ledger.book.reading() as session:
        count = overview_queries.entry_count(session)
    return BookOverview(accounts, count, ledger.base_currency)
