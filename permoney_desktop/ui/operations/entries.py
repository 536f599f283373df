"""Entry operations: add, edit, delete and duplicate entries from the register."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.operations import reconcile as reconcile_ops
from permoney_desktop.ui.operations import valuations as valuation_ops
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.services import entries as entry_service
else:
    # Imported on first use: the first window needs no SQLAlchemy (see ui.lazy_import).
    entry_service = lazy_module("permoney_desktop.services.entries")


def add_entry(writer: Writer, new: NewEntry) -> int | None:
    """The new entry's id, or None (the error was reported)."""
    done = writer.write_value(
        lambda: entry_service.add_entry(writer.ledger, new),
        days=[(new.account_id, new.date)],
        new_entries=lambda entry_id: [entry_id],
    )
    if done is not None:
        valuation_ops.notice_absorbed(writer, [int(done[0])])  # before a later anchor?
    return None if done is None else int(done[0])


def edit_entry(
    writer: Writer, entry_id: int, patch: EntryPatch, *, version: int | None = None
) -> Applied | None:
    """``version``: the row version the view showed; someone else's change since refuses the
    edit (the error names the fresh values and the views read the row again)."""
    # A reconciled entry asks first: the service refuses, the user confirms, the write is
    # made again forced (no read of the statuses before every edit).
    return reconcile_ops.confirmed(
        writer,
        lambda force: writer.write(
            lambda: entry_service.edit_entry(
                writer.ledger, entry_id, patch, force=force, version=version
            ),
            ids=[entry_id],
            raising=reconcile_ops.ASKS,
        ),
        patch,
    )


def delete_entries(writer: Writer, entry_ids: Sequence[int]) -> Applied | None:
    ids = [int(i) for i in entry_ids]
    return reconcile_ops.confirmed(
        writer,
        lambda force: writer.write(
            lambda: entry_service.delete_entries(writer.ledger, ids, force=force),
            ids=ids,
            raising=reconcile_ops.ASKS,
        ),
        None,
    )


def duplicate_entry(writer: Writer, entry_id: int) -> int | None:
    """The copy's id, or None. Its day is the original's (the copy is measured as new)."""
    done = writer.write_value(
        lambda: entry_service.duplicate_entry(writer.ledger, entry_id),
        ids=[entry_id],
        new_entries=lambda new_id: [new_id],
    )
    return None if done is None else int(done[0])
