"""Category queries: every category with its parent's name, name clashes, children, and the
where-clauses a category delete runs through the undo journal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Row


def all_categories(conn: Connection) -> Sequence[Row[*tuple[Any, ...]]]:
    """Every category as (id, name, kind, parent id, parent name, colour), unordered."""
    return conn.exec_driver_sql(
        "SELECT c.id, c.name, c.kind, c.parent_id, p.name, c.color FROM categories c"
        " LEFT JOIN categories p ON p.id = c.parent_id"
    ).all()


def name_taken(conn: Connection, name: str, parent_id: int | None, exclude: int | None) -> bool:
    """True when a category other than ``exclude`` under ``parent_id`` has ``name`` (any case)."""
    row = conn.exec_driver_sql(
        "SELECT 1 FROM categories WHERE lower(name) = lower(?) AND parent_id IS ? AND id IS NOT ?",
        (name, parent_id, exclude),
    ).first()
    return row is not None


def child_ids(conn: Connection, category_id: int) -> list[int]:
    """The ids of the category's children."""
    return [
        int(i)
        for (i,) in conn.exec_driver_sql(
            "SELECT id FROM categories WHERE parent_id = ?", (category_id,)
        )
    ]


def in_categories(ids: Sequence[int]) -> str:
    """Where-clause of rows whose ``category_id`` is one of ``ids`` (entries, budgets)."""
    return f"category_id IN ({','.join(str(int(i)) for i in ids)})"


def children_of(category_id: int) -> str:
    """Where-clause of the categories under ``category_id``."""
    return f"parent_id = {int(category_id)}"
