"""Tag queries: names and ids, name clashes, and tags with their entry counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Row


# Where-clause of ``entry_tags`` rows carrying one tag (parameter: the tag id).
ENTRY_TAGS_OF_TAG = "tag_id = ?"


def all_tags(conn: Connection) -> Sequence[Row[*tuple[Any, ...]]]:
    """Every tag as (id, name)."""
    return conn.exec_driver_sql("SELECT id, name FROM tags").all()


def tag_name(conn: Connection, tag_id: int) -> str | None:
    """The tag's name, or None when there is no such tag."""
    name = conn.exec_driver_sql("SELECT name FROM tags WHERE id = ?", (tag_id,)).scalar()
    return None if name is None else str(name)


def name_taken(conn: Connection, name: str, exclude: int | None = None) -> bool:
    """True when another tag (not ``exclude``) has ``name``, ignoring case."""
    sql = "SELECT 1 FROM tags WHERE lower(name) = lower(?)"
    params: tuple[object, ...] = (name,)
    if exclude is not None:
        sql, params = f"{sql} AND id != ?", (name, exclude)
    return conn.exec_driver_sql(sql, params).first() is not None


def tags_with_counts(conn: Connection) -> list[tuple[int, str, int]]:
    """Every tag as (id, name, number of entries tagged), by name ignoring case."""
    rows = conn.exec_driver_sql(
        "SELECT t.id, t.name, COUNT(et.entry_id) FROM tags t"
        " LEFT JOIN entry_tags et ON et.tag_id = t.id GROUP BY t.id ORDER BY lower(t.name)"
    )
    return [(int(i), str(n), int(c)) for i, n, c in rows]
