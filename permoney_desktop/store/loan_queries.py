"""SQL for loan terms (``loans``): one row per loan account."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from permoney_desktop.store.balance_inputs import fetch
from permoney_desktop.store.table_columns import TABLES

if TYPE_CHECKING:
    from permoney_desktop.store.balance_inputs import Conn
    from permoney_desktop.store.journal import Journal

# From the generated column lists, not the ORM: deleting a category reaches this module, and a
# ``tx add`` process must not import SQLAlchemy.
COLUMNS = list(TABLES["loans"][0])
ONE = "account_id = ?"  # where-clause of one loan's row


def terms(conn: Conn, account_id: int) -> tuple[Any, ...] | None:
    """(principal, currency, yearly rate text, term months, payment, first payment ISO day,
    interest category id or None)."""
    rows = fetch(
        conn,
        "SELECT principal, currency, annual_rate, term_months, payment, first_payment,"
        " interest_category_id FROM loans WHERE account_id = ?",
        (account_id,),
    )
    return tuple(rows[0]) if rows else None


def account_ids(conn: Conn) -> list[int]:
    return [int(r[0]) for r in fetch(conn, "SELECT account_id FROM loans ORDER BY account_id")]


def delete_terms(journal: Journal, account_id: int) -> None:
    journal.delete_where("loans", "account_id = ?", (account_id,))


def move_interest_categories(journal: Journal, ids: Sequence[int], to: int | None) -> None:
    """Loans whose interest category is one of ``ids`` (being deleted) take ``to`` instead,
    journaled so that undoing the delete gives them theirs back."""
    if ids:
        where = f"interest_category_id IN ({','.join(str(int(i)) for i in ids)})"
        journal.update_where("loans", {"interest_category_id": to}, where)
