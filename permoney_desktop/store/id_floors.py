"""Id floors: per table, the highest id a journaled delete removed, so no id is given twice.

The write gate names new ids itself (``write_queries.max_id`` + 1). Undo is per person
(``services.undo``): one person's undone insert waits for its redo while others go on writing.
With MAX(id) + 1 alone, the next person's new row took the very id that redo puts back, and
the redo was refused, naming them, though they had never touched that row. So every journaled
delete (``Journal.delete_where``, an undo's included) raises its table's floor to the highest
id it removed, and fresh ids start above both the table's MAX(id) and its floor.

The floors are bookkeeping, not user data: they live in their own table (``id_floors``), are
never journaled (an undo must not lower one: the ids it deleted may come back by a redo) and
only ever rise. A book upgraded from before them starts with none, which is right: MAX(id)
still counts, and only ids deleted from then on can come back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from permoney_desktop.store.table_columns import TABLES

if TYPE_CHECKING:
    from permoney_desktop.store.types import SqlConnection

TABLE = "id_floors"

# Raises only: a floor never goes down, whoever writes last. On PostgreSQL two writers
# raising one floor at once queue on its row, and READ COMMITTED re-checks the WHERE against
# the row the first one committed, so neither raise is lost (and the book's write lock,
# ``store.engine``, already makes writers take turns).
_RAISE = (
    f"INSERT INTO {TABLE} (table_name, floor) VALUES (?, ?)"
    f" ON CONFLICT (table_name) DO UPDATE SET floor = excluded.floor"
    f" WHERE {TABLE}.floor < excluded.floor"
)


def id_tables() -> frozenset[str]:
    """The tables whose primary key is a single ``id`` column (the ones with floors)."""
    return frozenset(name for name, (_cols, pk) in TABLES.items() if pk == ("id",))


def highest_sql(table: str) -> str:
    """One statement for the highest id ``table`` has given: its MAX(id) and its floor (one
    parameter: the table's name). Two scalar subqueries, so each stays an index lookup (a
    bare MAX(id) beside another column would make SQLite scan the table)."""
    return f"SELECT (SELECT MAX(id) FROM {table}), (SELECT floor FROM {TABLE} WHERE table_name = ?)"


def highest(conn: SqlConnection, table: str) -> int:
    """The highest id ``table`` has given (0 when none): its largest row's, or a deleted
    row's above that."""
    row = conn.exec_driver_sql(highest_sql(table), (table,)).first()
    if row is None:
        return 0
    return max(int(row[0] or 0), int(row[1] or 0))


def raise_floor(conn: SqlConnection, table: str, deleted_top: int) -> None:
    """A journaled delete took rows of ``table`` up to id ``deleted_top``: no new row gets
    one of those ids again."""
    conn.exec_driver_sql(_RAISE, (table, int(deleted_top)))


def raise_floors(conn: SqlConnection, floors: Iterable[Sequence[Any]]) -> None:
    """Raise several floors at once ((table, floor) pairs: a copied book's), never lowering
    one the book has already."""
    pairs = [(str(t), int(f)) for t, f in floors]
    if pairs:
        conn.exec_driver_sql(_RAISE, pairs)


def floors(conn: SqlConnection) -> list[tuple[str, int]]:
    """Every floor as (table, floor), by table."""
    rows = conn.exec_driver_sql(f"SELECT table_name, floor FROM {TABLE} ORDER BY table_name")
    return [(str(t), int(f)) for t, f in rows]
