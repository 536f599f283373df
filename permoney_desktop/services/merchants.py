"""Merchants: create, rename, delete (unlinking its entries) and list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entry_values import NotFoundError
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import MerchantId
from permoney_desktop.domain.messages import Message
from permoney_desktop.services import gate
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import merchant_queries
from permoney_desktop.store.types import SqlConnection

if TYPE_CHECKING:  # (made on first use: see domain.entry_views)
    from permoney_desktop.domain.entry_views import NamedItem


def check_merchant(conn: SqlConnection, merchant_id: int) -> str:
    name = merchant_queries.merchant_name(conn, merchant_id)
    if name is None:
        raise NotFoundError(Message("no merchant with id {merchant_id}", merchant_id=merchant_id))
    return name


def _clean(conn: SqlConnection, name: str, exclude: int | None = None) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise DomainError(Message("a merchant needs a name"))
    if len(clean) > 200:
        raise DomainError(Message("merchant names are at most 200 characters"))
    if merchant_queries.name_taken(conn, clean, exclude):
        raise DomainError(Message("a merchant named {name!r} already exists", name=clean))
    return clean


def create_merchant(ledger: Ledger, name: str) -> tuple[MerchantId, Changes]:
    with gate.write(ledger, Message("Add merchant")) as w:
        clean = _clean(w.conn, name)
        merchant_id = w.new_id("merchants")
        w.journal.insert("merchants", [(merchant_id, clean)], ["id", "name"])
        w.mark(ChangeKind.MERCHANTS)
    return MerchantId(merchant_id), w.changes


def find_merchant(ledger: Ledger, name: str) -> MerchantId:
    with ledger.book.reading() as session:
        found = merchant_queries.merchant_id_named(session.connection(), name.strip())
    if found is None:
        raise NotFoundError(Message("unknown merchant {name!r}", name=name))
    return MerchantId(found)


def rename_merchant(ledger: Ledger, merchant_id: int, name: str) -> Changes:
    with gate.write(ledger, Message("Rename merchant")) as w:
        check_merchant(w.conn, merchant_id)
        w.journal.update_keys(
            "merchants", [merchant_id], {"name": _clean(w.conn, name, merchant_id)}
        )
        w.mark(ChangeKind.MERCHANTS)
    return w.changes


def delete_merchant(ledger: Ledger, merchant_id: int) -> Changes:
    """Delete a merchant; its entries keep their payee text but lose the link."""
    with gate.write(ledger, Message("Delete merchant")) as w:
        check_merchant(w.conn, merchant_id)
        w.journal.update_where(
            "entries", {"merchant_id": None}, merchant_queries.ENTRIES_OF_MERCHANT, (merchant_id,)
        )
        w.journal.delete_keys("merchants", [merchant_id])
        w.mark(ChangeKind.MERCHANTS, ChangeKind.ENTRIES)
    return w.changes


def list_merchants(ledger: Ledger) -> list[NamedItem]:
    from permoney_desktop.domain.entry_views import NamedItem

    with ledger.book.reading() as session:
        rows = merchant_queries.merchants_with_counts(session.connection())
    return [NamedItem(i, n, c) for i, n, c in rows]
