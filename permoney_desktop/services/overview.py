"""Read facade for the window's frame: the accounts list and the size of the book."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from permoney_desktop.domain.accounts import AccountInfo, AccountKind
from permoney_desktop.domain.currency import currency
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store.schema import AccountRow, EntryRow


@dataclass(frozen=True)
class BookOverview:
    accounts: tuple[AccountInfo, ...]
    entry_count: int
    base_currency: str


def list_accounts(ledger: Ledger, *, include_archived: bool = True) -> list[AccountInfo]:
    stmt = select(AccountRow).order_by(AccountRow.sort_order, AccountRow.name)
    if not include_archived:
        stmt = stmt.where(AccountRow.archived.is_(False))
    with ledger.book.reading() as session:
        return [
            AccountInfo(
                AccountId(r.id), r.name, AccountKind(r.kind), currency(r.currency), r.archived
            )
            for r in session.scalars(stmt)
        ]


def book_overview(ledger: Ledger) -> BookOverview:
    accounts = tuple(list_accounts(ledger))
    with ledger.book.reading() as session:
        count = session.scalar(select(func.count()).select_from(EntryRow)) or 0
    return BookOverview(accounts, count, ledger.base_currency)
