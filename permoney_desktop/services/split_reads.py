"""Reading split lines for the register (no SQLAlchemy: the register's first page uses it)."""

from __future__ import annotations

from collections.abc import Sequence

from permoney_desktop.domain.ids import AccountId, EntryId
from permoney_desktop.domain.splits import StoredLine
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import balance_inputs, split_reads


def lines_of(ledger: Ledger, entry_ids: Sequence[int]) -> dict[int, list[StoredLine]]:
    """The lines of the given entries (split ones only), in one read snapshot."""
    with balance_inputs.snapshot(ledger.book) as conn:
        return split_reads.lines_of(conn, entry_ids)


def counterpart_owners(
    ledger: Ledger, entry_ids: Sequence[int]
) -> dict[EntryId, tuple[EntryId, AccountId]]:
    """For split transfer lines' counterparts among ``entry_ids``: their split entry and its
    account (the register's "other side" of such a row)."""
    with balance_inputs.snapshot(ledger.book) as conn:
        rows = split_reads.counterpart_owners(conn, entry_ids)
    return {EntryId(int(c)): (EntryId(int(e)), AccountId(int(a))) for c, e, a in rows}


def category_tree(ledger: Ledger) -> list[tuple[int, int | None, str]]:
    """(id, parent id, kind) of every category."""
    with balance_inputs.snapshot(ledger.book) as conn:
        return split_reads.category_tree(conn)
