"""SQL the write gate runs around every write: fresh ids, the data-version bump, and the one
pending ``syncs`` row per dirtied account (the durable record of what must be recomputed)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

from permoney_desktop.domain.ids import AccountId
from permoney_desktop.store import id_floors
from permoney_desktop.store.journal import raw

if TYPE_CHECKING:
    from sqlalchemy import Connection


def max_id(conn: Connection, table: str) -> int:
    """The highest id ``table`` has given (0 when none): the gate names new ids itself, above
    the ids of deleted rows too (``store.id_floors``), in one statement."""
    return id_floors.highest(conn, table)


def bump_versions(conn: Connection, accounts: list[AccountId]) -> dict[AccountId, int]:
    """Add one to ``data_version`` of each account; the new versions of those that exist."""
    ids = json.dumps(sorted(accounts))
    rows = conn.exec_driver_sql(
        "UPDATE accounts SET data_version = data_version + 1 "
        "WHERE id IN (SELECT value FROM json_each(?)) RETURNING id, data_version",
        (ids,),
    )
    return {AccountId(int(a)): int(v) for a, v in rows}


def mark_pending(
    conn: Connection,
    dirty: Mapping[AccountId, date],
    versions: Mapping[AccountId, int],
    now: datetime,
) -> None:
    """Exactly one pending sync per account, holding the earliest dirty date of all writes."""
    for account, version in versions.items():
        day = dirty[account]
        row = conn.exec_driver_sql(
            "SELECT id, window_start FROM syncs WHERE account_id = ? AND status = 'pending' "
            "ORDER BY id LIMIT 1",
            (account,),
        ).first()
        if row is None:
            conn.exec_driver_sql(
                "INSERT INTO syncs (account_id, kind, status, window_start, data_version,"
                " created_at, attempts) VALUES (?, 'account', 'pending', ?, ?, ?, 0)",
                (account, raw(day), version, raw(now)),
            )
        else:
            # A pending row without a date asks for a rebuild from the start: keep it so.
            start = None if row[1] is None else min(day, date.fromisoformat(row[1]))
            conn.exec_driver_sql(
                "UPDATE syncs SET window_start = ?, data_version = ? WHERE id = ?",
                (None if start is None else raw(start), version, row[0]),
            )
