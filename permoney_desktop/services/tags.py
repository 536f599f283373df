"""Tags: create, rename, delete (untagging its entries), list, and name → id resolution."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entry_values import NotFoundError
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import TagId
from permoney_desktop.domain.messages import Message
from permoney_desktop.services import gate
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import tag_queries
from permoney_desktop.store.types import SqlConnection

if TYPE_CHECKING:  # (made on first use: see domain.entry_views)
    from permoney_desktop.domain.entry_views import NamedItem


def clean_tag(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise DomainError(Message("a tag needs a name"))
    if len(clean) > 100:
        raise DomainError(Message("tag {name!r}… is longer than 100 characters", name=clean[:20]))
    return clean


def resolve_tags(w: gate.Write, names: Sequence[str]) -> list[int]:
    """Ids of the tags named (ignoring case), creating the missing ones in this write."""
    wanted: dict[str, str] = {}
    for name in names:
        clean = clean_tag(name)
        wanted.setdefault(clean.lower(), clean)
    if not wanted:
        return []
    existing = {
        str(n).lower(): int(i) for i, n in tag_queries.all_tags(w.conn) if str(n).lower() in wanted
    }
    missing = [name for key, name in wanted.items() if key not in existing]
    if missing:
        ids = w.new_ids("tags", len(missing))
        w.journal.insert("tags", list(zip(ids, missing, strict=True)), ["id", "name"])
        existing.update({n.lower(): i for i, n in zip(ids, missing, strict=True)})
        w.mark(ChangeKind.TAGS)
    return [existing[key] for key in wanted]


def _check(conn: SqlConnection, tag_id: int) -> str:
    name = tag_queries.tag_name(conn, tag_id)
    if name is None:
        raise NotFoundError(Message("no tag with id {tag_id}", tag_id=tag_id))
    return name


def create_tag(ledger: Ledger, name: str) -> tuple[TagId, Changes]:
    with gate.write(ledger, Message("Add tag")) as w:
        clean = clean_tag(name)
        if tag_queries.name_taken(w.conn, clean):
            raise DomainError(Message("a tag named {name!r} already exists", name=clean))
        (tag_id,) = resolve_tags(w, [clean])
    return TagId(tag_id), w.changes


def rename_tag(ledger: Ledger, tag_id: int, name: str) -> Changes:
    with gate.write(ledger, Message("Rename tag")) as w:
        _check(w.conn, tag_id)
        clean = clean_tag(name)
        if tag_queries.name_taken(w.conn, clean, exclude=tag_id):
            raise DomainError(Message("a tag named {name!r} already exists", name=clean))
        w.journal.update_keys("tags", [tag_id], {"name": clean})
        w.mark(ChangeKind.TAGS)
    return w.changes


def delete_tag(ledger: Ledger, tag_id: int) -> Changes:
    """Delete a tag; its entries lose it (their balances do not change)."""
    with gate.write(ledger, Message("Delete tag")) as w:
        _check(w.conn, tag_id)
        w.journal.delete_where("entry_tags", tag_queries.ENTRY_TAGS_OF_TAG, (tag_id,))
        w.journal.delete_keys("tags", [tag_id])
        w.mark(ChangeKind.TAGS, ChangeKind.ENTRIES)
    return w.changes


def list_tags(ledger: Ledger) -> list[NamedItem]:
    from permoney_desktop.domain.entry_views import NamedItem

    with ledger.book.reading() as session:
        rows = tag_queries.tags_with_counts(session.connection())
    return [NamedItem(i, n, c) for i, n, c in rows]
