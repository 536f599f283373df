"""SQL for a bank's corrections of earlier downloads: the entries that carry a corrected id."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from sqlalchemy import Connection


class CorrectedEntry(NamedTuple):
    """An entry a correction names, as the summary and the balance check need it."""

    id: int
    account_id: int
    kind: str
    date: str
    amount: int
    currency: str
    payee: str
    transfer_id: int | None
    external_id: str


def entries_with_ids(
    conn: Connection, account_id: int, external_ids: Iterable[str]
) -> list[CorrectedEntry]:
    """The account's entries whose external id is one of ``external_ids`` (the partial index on
    ``(account_id, external_id)`` answers it)."""
    wanted = json.dumps(sorted(set(external_ids)))
    rows = conn.exec_driver_sql(
        "SELECT id, account_id, kind, date, amount, currency, COALESCE(payee, ''), transfer_id,"
        " external_id FROM entries WHERE account_id = ?"
        " AND external_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (account_id, wanted),
    ).all()
    return [CorrectedEntry(*r) for r in rows]
