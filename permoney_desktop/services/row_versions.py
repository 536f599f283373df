"""Row versions: an edit saved against an entry that someone else changed meanwhile is refused.

Every journaled update of an entry raises its ``version`` (``store.journal``); a view carries
the version it was read at (``EntryView.version``, the register's ``EntryLine.version``). An
edit that names the version it was made against is checked inside its write, before anything
changes: a different version means another person (or window, or command) saved first, and
the edit is refused with the entry's fresh values instead of overwriting theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from permoney_desktop.domain.entry_values import NotFoundError
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message
from permoney_desktop.store import entry_queries
from permoney_desktop.store.types import SqlConnection

if TYPE_CHECKING:  # (made on first use: see domain.entry_views)
    from permoney_desktop.domain.entry_views import EntryView


class StaleEntryError(DomainError):
    """The entry changed since the version the edit was made against; ``fresh`` holds its
    values now (the GUI reloads the row, the CLI prints them)."""

    def __init__(self, fresh: EntryView, expected: int) -> None:
        self.fresh = fresh
        self.expected = expected
        super().__init__(
            f"entry {fresh.id} was changed by someone else since it was read (version"
            f" {expected}, now {fresh.version}); nothing was saved. It now reads: "
            f"{describe(fresh)}"
        )


def describe(view: EntryView) -> str:
    """The fields a person compares, in one line."""
    parts = [view.date.isoformat(), str(view.amount), view.payee or "(no payee)"]
    if view.category:
        parts.append(view.category)
    return ", ".join(parts)


def require(
    conn: SqlConnection,
    entry_id: int,
    expected: int | None,
    fresh: Callable[[], EntryView | None],
) -> None:
    """Refuse (``StaleEntryError``) unless the entry is still at ``expected`` (None: no check,
    the caller read nothing before, as a CLI edit by id)."""
    if expected is None:
        return
    now = entry_queries.version_of(conn, entry_id)
    if now is None:
        raise NotFoundError(
            Message(
                "entry {entry_id} was deleted by someone else; nothing was saved", entry_id=entry_id
            )
        )
    if now != expected:
        view = fresh()
        if view is None:  # pragma: no cover - the row was just read in this transaction
            raise NotFoundError(Message("no entry with id {entry_id}", entry_id=entry_id))
        raise StaleEntryError(view, expected)
