"""Transfer queries: the two entries of a transfer, outflow first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection


def side_rows(conn: Connection, transfer_id: int, columns: Sequence[str]) -> list[tuple[Any, ...]]:
    """The transfer's entries as tuples of ``columns``, outflow (smaller amount) first."""
    cols = ", ".join(columns)
    return [
        tuple(r)
        for r in conn.exec_driver_sql(
            f"SELECT {cols} FROM entries WHERE transfer_id = ? ORDER BY amount, id",
            (transfer_id,),
        )
    ]


def side_ids(conn: Connection, transfer_id: int) -> list[int]:
    """The ids of the transfer's entries, outflow (smaller amount) first."""
    return [
        int(i)
        for (i,) in conn.exec_driver_sql(
            "SELECT id FROM entries WHERE transfer_id = ? ORDER BY amount, id", (transfer_id,)
        )
    ]
