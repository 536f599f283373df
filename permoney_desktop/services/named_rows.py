"""Merchants and tags found by name, the missing ones created in the caller's write."""

from __future__ import annotations

from permoney_desktop.domain.changes import ChangeKind
from permoney_desktop.services import gate
from permoney_desktop.store import named_queries


def get_or_create_named(
    w: gate.Write, table: str, names: set[str], kind: ChangeKind
) -> dict[str, int]:
    """The id of each name in ``table`` (merchants or tags), matched without regard to case;
    names the book lacks are inserted through the write's journal and ``kind`` is marked."""
    if not names:
        return {}
    existing = {str(n).casefold(): int(i) for i, n in named_queries.id_names(w.conn, table)}
    missing = sorted({n for n in names if n.casefold() not in existing}, key=str.casefold)
    unique: dict[str, str] = {}
    for n in missing:
        unique.setdefault(n.casefold(), n)
    if unique:
        ids = w.new_ids(table, len(unique))
        w.journal.insert(table, list(zip(ids, unique.values(), strict=True)), ["id", "name"])
        existing.update(dict(zip(unique.keys(), ids, strict=True)))
        w.mark(kind)
    return {n: existing[n.casefold()] for n in names}
