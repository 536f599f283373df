"""Merchant queries: a name by id, an id by name, name clashes, merchants with entry counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection


# Where-clause of the entries linked to one merchant (parameter: the merchant id).
ENTRIES_OF_MERCHANT = "merchant_id = ?"


def merchant_name(conn: Connection, merchant_id: int) -> str | None:
    """The merchant's name, or None when there is no such merchant."""
    name = conn.exec_driver_sql("SELECT name FROM merchants WHERE id = ?", (merchant_id,)).scalar()
    return None if name is None else str(name)


def name_taken(conn: Connection, name: str, exclude: int | None = None) -> bool:
    """True when a merchant other than ``exclude`` has ``name``, ignoring case."""
    row = conn.exec_driver_sql(
        "SELECT 1 FROM merchants WHERE lower(name) = lower(?) AND id IS NOT ?", (name, exclude)
    ).first()
    return row is not None


def merchant_id_named(conn: Connection, name: str) -> int | None:
    """The id of the merchant called ``name`` (ignoring case), or None."""
    found = conn.exec_driver_sql(
        "SELECT id FROM merchants WHERE lower(name) = lower(?)", (name,)
    ).scalar()
    return None if found is None else int(found)


def merchants_with_counts(conn: Connection) -> list[tuple[int, str, int]]:
    """Every merchant as (id, name, number of linked entries), by name ignoring case."""
    rows = conn.exec_driver_sql(
        "SELECT m.id, m.name, COUNT(e.id) FROM merchants m"
        " LEFT JOIN entries e ON e.merchant_id = m.id GROUP BY m.id ORDER BY lower(m.name)"
    )
    return [(int(i), str(n), int(c)) for i, n, c in rows]
