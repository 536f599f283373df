"""Tags: create, rename, delete (untagging its entries), list, and name → id resolution."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entry_values import NamedItem, NotFoundError
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import TagId
from permoney_desktop.services import gate
from permoney_desktop.services.ledger import Ledger


def clean_tag(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise DomainError("a tag needs a name")
    if len(clean) > 100:
        raise DomainError(f"tag {clean[:20]!r}… is longer than 100 characters")
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
        str(n).lower(): int(i)
        for i, n in w.conn.exec_driver_sql("SELECT id, name FROM tags").all()
        if str(n).lower() in wanted
    }
    missing = [name for key, name in wanted.items() if key not in existing]
    if missing:
        ids = w.new_ids("tags", len(missing))
        w.journal.insert("tags", list(zip(ids, missing, strict=True)), ["id", "name"])
        existing.update({n.lower(): i for i, n in zip(ids, missing, strict=True)})
        w.mark(ChangeKind.TAGS)
    return [existing[key] for key in wanted]


def _check(conn: Connection, tag_id: int) -> str:
    name = conn.exec_driver_sql("SELECT name FROM tags WHERE id = ?", (tag_id,)).scalar()
    if name is None:
        raise NotFoundError(f"no tag with id {tag_id}")
    return str(name)


def create_tag(ledger: Ledger, name: str) -> tuple[TagId, Changes]:
    with gate.write(ledger, "Add tag") as w:
        clean = clean_tag(name)
        if w.conn.exec_driver_sql(
            "SELECT 1 FROM tags WHERE lower(name) = lower(?)", (clean,)
        ).first():
            raise DomainError(f"a tag named {clean!r} already exists")
        (tag_id,) = resolve_tags(w, [clean])
    return TagId(tag_id), w.changes


def rename_tag(ledger: Ledger, tag_id: int, name: str) -> Changes:
    with gate.write(ledger, "Rename tag") as w:
        _check(w.conn, tag_id)
        clean = clean_tag(name)
        if w.conn.exec_driver_sql(
            "SELECT 1 FROM tags WHERE lower(name) = lower(?) AND id != ?", (clean, tag_id)
        ).first():
            raise DomainError(f"a tag named {clean!r} already exists")
        w.journal.update_keys("tags", [tag_id], {"name": clean})
        w.mark(ChangeKind.TAGS)
    return w.changes


def delete_tag(ledger: Ledger, tag_id: int) -> Changes:
    """Delete a tag; its entries lose it (their balances do not change)."""
    with gate.write(ledger, "Delete tag") as w:
        _check(w.conn, tag_id)
        w.journal.delete_where("entry_tags", "tag_id = ?", (tag_id,))
        w.journal.delete_keys("tags", [tag_id])
        w.mark(ChangeKind.TAGS, ChangeKind.ENTRIES)
    return w.changes


def list_tags(ledger: Ledger) -> list[NamedItem]:
    with ledger.book.reading() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT t.id, t.name, COUNT(et.entry_id) FROM tags t"
            " LEFT JOIN entry_tags et ON et.tag_id = t.id GROUP BY t.id ORDER BY lower(t.name)"
        )
        return [NamedItem(int(i), str(n), int(c)) for i, n, c in rows]
