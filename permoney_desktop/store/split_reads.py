"""The split lines the register shows with a page: the one split read on the GUI's first-paint
path, so it imports no SQLAlchemy (``store.split_queries`` holds the rest)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from permoney_desktop.domain.splits import StoredLine, parse_tags
from permoney_desktop.store.balance_inputs import fetch

if TYPE_CHECKING:
    from permoney_desktop.store.balance_inputs import Conn

_IDS = "(SELECT value FROM json_each(?))"


def ids_json(ids: Iterable[int]) -> str:
    return json.dumps(sorted({int(i) for i in ids}))


_LINES = (
    "SELECT s.id, s.entry_id, s.position, s.amount, s.category_id,"
    " CASE WHEN p.name IS NULL THEN c.name ELSE p.name || ':' || c.name END,"
    " s.transfer_account_id, a.name, s.memo, s.tags, s.counter_entry_id"
    " FROM entry_splits s"
    " LEFT JOIN categories c ON c.id = s.category_id"
    " LEFT JOIN categories p ON p.id = c.parent_id"
    " LEFT JOIN accounts a ON a.id = s.transfer_account_id"
)


def lines_of(conn: Conn, entry_ids: Sequence[int]) -> dict[int, list[StoredLine]]:
    """The lines of the given entries by entry id, in position order (entries without lines
    are absent)."""
    out: dict[int, list[StoredLine]] = {}
    if not entry_ids:
        return out
    rows = fetch(
        conn,
        f"{_LINES} WHERE s.entry_id IN {_IDS} ORDER BY s.entry_id, s.position",
        (ids_json(entry_ids),),
    )
    for i, e, pos, amount, cat, cat_name, acc, acc_name, memo, tags, counter in rows:
        out.setdefault(int(e), []).append(
            StoredLine(
                int(i),
                int(e),
                int(pos),
                int(amount),
                cat,
                cat_name or "",
                acc,
                acc_name or "",
                memo,
                parse_tags(tags),
                counter,
            )
        )
    return out


def counterpart_owners(conn: Conn, entry_ids: Sequence[int]) -> list[tuple[int, int, int]]:
    """(counterpart id, its split entry, that entry's account) for the given entry ids."""
    if not entry_ids:
        return []
    return fetch(
        conn,
        "SELECT s.counter_entry_id, e.id, e.account_id FROM entry_splits s"
        f" JOIN entries e ON e.id = s.entry_id WHERE s.counter_entry_id IN {_IDS}",
        (ids_json(entry_ids),),
    )


def counterparts_of(conn: Conn, entry_ids: Sequence[int]) -> dict[int, int]:
    """Counterpart entry id → its split entry, for the transfer lines of the given entries."""
    if not entry_ids:
        return {}
    rows = fetch(
        conn,
        "SELECT counter_entry_id, entry_id FROM entry_splits"
        f" WHERE entry_id IN {_IDS} AND counter_entry_id IS NOT NULL",
        (ids_json(entry_ids),),
    )
    return {int(c): int(e) for c, e in rows}


def transfer_lines_of(conn: Conn, entry_id: int) -> list[tuple[int, int, int]]:
    """(transfer account, amount, counterpart id) of one entry's transfer lines."""
    rows = fetch(
        conn,
        "SELECT transfer_account_id, amount, counter_entry_id FROM entry_splits"
        " WHERE entry_id = ? AND counter_entry_id IS NOT NULL ORDER BY position",
        (entry_id,),
    )
    return [(int(a), int(m), int(c)) for a, m, c in rows]


def category_tree(conn: Conn) -> list[tuple[int, int | None, str]]:
    """(id, parent id, kind) of every category: which lines a register filter takes."""
    rows = fetch(conn, "SELECT id, parent_id, kind FROM categories")
    return [(int(i), None if p is None else int(p), str(k)) for i, p, k in rows]
