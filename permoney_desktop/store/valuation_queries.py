"""Valuation queries: the valuation an account already has on a day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection


def valuation_on(conn: Connection, account_id: int, day: date) -> int | None:
    """The id of the account's (first) valuation entry on ``day``, or None."""
    found = conn.exec_driver_sql(
        "SELECT id FROM entries WHERE account_id = ? AND date = ? AND kind = 'valuation'"
        " ORDER BY id LIMIT 1",
        (int(account_id), day.isoformat()),
    ).scalar()
    return None if found is None else int(found)
