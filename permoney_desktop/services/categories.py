"""Categories in two levels: create, rename, recolor, delete (reassigning entries), find, list."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from permoney_desktop.domain.category_paths import join_path, split_path
from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import NotFoundError
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import CategoryId
from permoney_desktop.domain.messages import Message
from permoney_desktop.services import gate
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import category_queries, loan_queries, split_queries
from permoney_desktop.store.types import SqlConnection

if TYPE_CHECKING:  # (made on first use: see domain.entry_views)
    from permoney_desktop.domain.entry_views import CategoryInfo

SEPARATOR = ":"


def _all(conn: SqlConnection) -> list[CategoryInfo]:
    from permoney_desktop.domain.entry_views import CategoryInfo

    rows = category_queries.all_categories(conn)
    out = [
        CategoryInfo(
            CategoryId(int(i)),
            str(n),
            str(k),
            None if pid is None else CategoryId(int(pid)),
            str(n) if pname is None else f"{pname}{SEPARATOR}{n}",
            str(color or ""),
        )
        for i, n, k, pid, pname, color in rows
    ]
    return sorted(out, key=lambda c: (c.kind, c.full_name.lower()))


def list_categories(ledger: Ledger) -> list[CategoryInfo]:
    """Every category, parents before their children, income then expense groups by name."""
    with ledger.book.reading() as session:
        return _all(session.connection())


def load_category(conn: SqlConnection, category_id: int) -> CategoryInfo:
    for c in _all(conn):
        if c.id == category_id:
            return c
    raise NotFoundError(Message("no category with id {category_id}", category_id=category_id))


def category_by_path(conn: SqlConnection, path: str) -> CategoryInfo:
    """ "Food" or "Food:Groceries" (ignoring case); a bare child name works when unambiguous."""
    key = SEPARATOR.join(part.strip() for part in path.split(SEPARATOR)).lower()
    cats = _all(conn)
    exact = [c for c in cats if c.full_name.lower() == key]
    if exact:
        return exact[0]
    by_name = [c for c in cats if c.name.lower() == key]
    if len(by_name) == 1:
        return by_name[0]
    if len(by_name) > 1:
        options = ", ".join(c.full_name for c in by_name)
        raise DomainError(
            Message(
                "category {path!r} is ambiguous; write one of: {options}",
                path=path,
                options=options,
            )
        )
    raise NotFoundError(Message("unknown category {path!r}", path=path))


def find_category(ledger: Ledger, path: str) -> CategoryInfo:
    with ledger.book.reading() as session:
        return category_by_path(session.connection(), path)


def _clean(conn: SqlConnection, name: str, parent_id: int | None, exclude: int | None) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise DomainError(Message("a category needs a name"))
    if SEPARATOR in clean:
        raise DomainError(
            Message("category names cannot contain {separator!r}", separator=SEPARATOR)
        )
    if len(clean) > 200:
        raise DomainError(Message("category names are at most 200 characters"))
    if category_queries.name_taken(conn, clean, parent_id, exclude):
        raise DomainError(Message("a category named {name!r} already exists there", name=clean))
    return clean


def create_category(
    ledger: Ledger,
    name: str,
    kind: CategoryKind | str | None = None,
    *,
    parent_id: int | None = None,
    color: str = "",
) -> tuple[CategoryId, Changes]:
    """A top-level category (``kind`` required) or a child of ``parent_id`` (kind inherited)."""
    with gate.write(ledger, Message("Add category")) as w:
        category_id = _insert(w, name, kind, parent_id, color)
    return CategoryId(category_id), w.changes


def create_path(
    ledger: Ledger, path: str, kind: CategoryKind | str | None = None
) -> tuple[CategoryId, Changes]:
    """``Parent:Child`` with whichever of the two is missing, in one write (one undo step):
    a new parent needs ``kind``; a new child takes its parent's kind."""
    parts = split_path(path)
    if not parts or len(parts) > 2:
        raise DomainError(Message("{path!r}: a category path is Parent or Parent:Child", path=path))
    with gate.write(ledger, Message("Add category {path}", path=join_path(parts))) as w:
        found = [
            c for c in _all(w.conn) if c.parent_id is None and c.name.lower() == parts[0].lower()
        ]
        parent_id = int(found[0].id) if found else _insert(w, parts[0], kind, None, "")
        category_id = parent_id if len(parts) == 1 else _insert(w, parts[1], None, parent_id, "")
    return CategoryId(category_id), w.changes


def _insert(
    w: gate.Write, name: str, kind: CategoryKind | str | None, parent_id: int | None, color: str
) -> int:
    """One category row inside write ``w`` (checks as ``create_category`` says)."""
    if parent_id is not None:
        parent = load_category(w.conn, parent_id)
        if parent.parent_id is not None:
            raise DomainError(
                Message(
                    "categories have two levels; {full_name!r} is already a child",
                    full_name=parent.full_name,
                )
            )
        if kind is not None and CategoryKind(kind) != CategoryKind(parent.kind):
            raise DomainError(
                Message(
                    "a child of {name!r} is an {kind} category like its parent",
                    name=parent.name,
                    kind=parent.kind,
                )
            )
        cat_kind = CategoryKind(parent.kind)
    else:
        if kind is None:
            raise DomainError(Message("a top-level category needs a kind: income or expense"))
        try:
            cat_kind = CategoryKind(kind)
        except ValueError:
            raise DomainError(
                Message("unknown category kind {kind!r} (income or expense)", kind=kind)
            ) from None
    clean = _clean(w.conn, name, parent_id, None)
    category_id = int(w.new_id("categories"))
    w.journal.insert(
        "categories",
        [(category_id, clean, cat_kind.value, parent_id, color)],
        ["id", "name", "kind", "parent_id", "color"],
    )
    w.mark(ChangeKind.CATEGORIES)
    return category_id


def rename_category(ledger: Ledger, category_id: int, name: str) -> Changes:
    with gate.write(ledger, Message("Rename category")) as w:
        cat = load_category(w.conn, category_id)
        clean = _clean(w.conn, name, cat.parent_id, category_id)
        w.journal.update_keys("categories", [category_id], {"name": clean})
        w.mark(ChangeKind.CATEGORIES)
    return w.changes


def set_category_color(ledger: Ledger, category_id: int, color: str) -> Changes:
    with gate.write(ledger, Message("Change category colour")) as w:
        load_category(w.conn, category_id)
        w.journal.update_keys("categories", [category_id], {"color": color[:9]})
        w.mark(ChangeKind.CATEGORIES)
    return w.changes


def delete_category(ledger: Ledger, category_id: int, *, reassign_to: int | None = None) -> Changes:
    """Delete a category (and its children); their entries move to ``reassign_to`` or to
    uncategorized, and their budgets go with them."""
    with gate.write(ledger, Message("Delete category")) as w:
        cat = load_category(w.conn, category_id)
        doomed = [category_id, *category_queries.child_ids(w.conn, category_id)]
        if reassign_to is not None:
            target = load_category(w.conn, reassign_to)
            if target.id in doomed:
                raise DomainError(
                    Message(
                        "cannot move entries of {full_name!r} into itself", full_name=cat.full_name
                    )
                )
        in_doomed = category_queries.in_categories(doomed)
        moved = w.journal.update_where("entries", {"category_id": reassign_to}, in_doomed)
        # Category totals of those days change; the worker refreshes them from these dates.
        for row in moved:
            w.touch(row[1], date.fromisoformat(row[3]))
        for row in split_queries.reassign_category(w.journal, in_doomed, reassign_to):
            w.touch(row[0], date.fromisoformat(row[1]))
        w.journal.delete_where("budgets", in_doomed)
        loan_queries.move_interest_categories(w.journal, doomed, reassign_to)
        w.journal.delete_where("categories", category_queries.children_of(category_id))
        w.journal.delete_keys("categories", [category_id])
        w.mark(ChangeKind.CATEGORIES, ChangeKind.ENTRIES, ChangeKind.BUDGETS)
    return w.changes


def move_category(ledger: Ledger, category_id: int, parent_id: int | None) -> Changes:
    """Put a category under ``parent_id`` (or at the top with None), keeping its kind.

    A category with children cannot become a child (two levels), and a child keeps its
    parent's kind: moving it under a parent of the other kind would silently turn its
    spending into income, so that is refused.
    """
    with gate.write(ledger, Message("Move category")) as w:
        cat = load_category(w.conn, category_id)
        if parent_id is not None:
            parent = load_category(w.conn, parent_id)
            if parent.id == cat.id or parent.parent_id is not None:
                raise DomainError(
                    Message(
                        "categories have two levels; {full_name!r} cannot hold a child",
                        full_name=parent.full_name,
                    )
                )
            if category_queries.child_ids(w.conn, category_id):
                raise DomainError(
                    Message(
                        "{full_name!r} has children; it stays at the top level",
                        full_name=cat.full_name,
                    )
                )
            if parent.kind != cat.kind:
                raise DomainError(
                    Message(
                        "{full_name!r} is an {kind} category and {name!r} an {kind2} one; a "
                        "child has its parent's kind",
                        full_name=cat.full_name,
                        kind=cat.kind,
                        name=parent.name,
                        kind2=parent.kind,
                    )
                )
        clean = _clean(w.conn, cat.name, parent_id, category_id)
        w.journal.update_keys("categories", [category_id], {"parent_id": parent_id, "name": clean})
        w.mark(ChangeKind.CATEGORIES)
    return w.changes
