"""SQL for loan terms (``loans``): one row per loan account."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from permoney_desktop.store.balance_inputs import fetch
from permoney_desktop.store.schema import Base

if TYPE_CHECKING:
    from permoney_desktop.store.balance_inputs import Conn
    from permoney_desktop.store.journal import Journal

COLUMNS = [c.name for c in Base.metadata.tables["loans"].columns]


def terms(conn: Conn, account_id: int) -> tuple[Any, ...] | None:
    """(principal, currency, yearly rate text, term months, payment, first payment ISO day)."""
    rows = fetch(
        conn,
        "SELECT principal, currency, annual_rate, term_months, payment, first_payment"
        " FROM loans WHERE account_id = ?",
        (account_id,),
    )
    return tuple(rows[0]) if rows else None


def account_ids(conn: Conn) -> list[int]:
    return [int(r[0]) for r in fetch(conn, "SELECT account_id FROM loans ORDER BY account_id")]


def delete_terms(journal: Journal, account_id: int) -> None:
    journal.delete_where("loans", "account_id = ?", (account_id,))
