"""The write gate keeps the pre-summed split-line corrections exact: after any write that
changed split lines, the months those lines were in (before and after) are recomputed.

Every change a metric sees in a line — its amount, category, transfer account, or the entry's
day, merchant, category and sign it carries — is a journaled change of an ``entry_splits`` row,
whichever path made it (split editor, register edit carried by ``split_checks``, import,
import-book, category delete, undo and redo). So the write's own journal names the months:
deleted and updated rows by their images, inserted and updated rows by reading their day now.
The recompute runs in the write's transaction, so it commits or rolls back with the write.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from permoney_desktop.store import split_flow_queries, split_queries
from permoney_desktop.store.journal import Journal

_TABLE = "entry_splits"


def _month(value: Any) -> date:
    return date.fromisoformat(str(value)[:10]).replace(day=1)


def _touched(ops: Sequence[dict[str, Any]]) -> tuple[set[date], list[int], list[list[int]]]:
    """Months named by images, line ids to read again, and owner-id runs of owned inserts."""
    months: set[date] = set()
    ids: list[int] = []
    owned: list[list[int]] = []
    for op in ops:
        if op["table"] != _TABLE:
            continue
        if op["op"] == "ins":
            if "ranges" in op:
                ids += split_queries.split_ids_in(op["ranges"])
            elif "owned" in op:
                owned += op["owned"][1]
            else:
                ids += [int(k) for k in op.get("keys", ())]
            continue
        cols = op["cols"]
        at_day, at_id = cols.index("date"), cols.index("id")
        for row in op["rows"]:
            months.add(_month(row[at_day]))
            if op["op"] == "upd":
                ids.append(int(row[at_id]))
    return months, ids, owned


def refresh(journal: Journal) -> None:
    """Recompute the corrections of every month the write's split-line changes touched."""
    if not any(op["table"] == _TABLE for op in journal.ops):
        return
    months, ids, owned = _touched(journal.ops)
    for day in split_queries.line_days(journal.conn, ids, owned):
        months.add(_month(day))
    split_flow_queries.refresh_months(journal.conn, months)
