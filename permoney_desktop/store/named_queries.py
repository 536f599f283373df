"""SQL for rows found by name: the id and name of every merchant or tag, the category tree."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Row


# Tables whose rows are (id, name) pairs found by their name. A table name cannot be a bound
# parameter, so it is checked against this set before it reaches the SQL text.
NAMED_TABLES = frozenset({"merchants", "tags"})


def id_names(conn: Connection, table: str) -> Sequence[Row[Any, Any]]:
    """Every ``(id, name)`` of ``table`` (merchants or tags)."""
    if table not in NAMED_TABLES:
        raise ValueError(f"not a table of named rows: {table!r}")
    return conn.exec_driver_sql(f"SELECT id, name FROM {table}").all()


def category_rows(conn: Connection) -> Sequence[Row[Any, Any, Any]]:
    """Every category as ``(id, name, parent's name or None)`` (the book has two levels)."""
    return conn.exec_driver_sql(
        "SELECT c.id, c.name, p.name FROM categories c LEFT JOIN categories p ON p.id = c.parent_id"
    ).all()
