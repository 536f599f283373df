"""Entry statuses for the register's status column, on the plain read pool (no SQLAlchemy:
the first window reads its register without loading it)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from permoney_desktop.store.read_pool import Rows


def statuses(r: Rows, ids: Sequence[int]) -> list[tuple[int, str]]:
    """``(id, status)`` of the given entries (missing ids have none)."""
    return [
        (int(i), str(s))
        for i, s in r.rows(
            "SELECT id, status FROM entries WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([int(i) for i in ids]),),
        )
    ]
