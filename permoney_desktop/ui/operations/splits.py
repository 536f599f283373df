"""Split operations: split an entry into lines, or remove its split, from the split editor."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.splits import SplitLine
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.operations import reconcile as reconcile_ops
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.services import splits as split_service
else:
    split_service = lazy_module("permoney_desktop.services.splits")


def _days(day: date, accounts: Iterable[int]) -> list[tuple[AccountId, date]]:
    # A transfer line's counterpart is on the entry's day in its account: name those days so
    # the writer counts the rows the write adds or removes there.
    return [(AccountId(int(a)), day) for a in set(accounts)]


def split_entry(
    writer: Writer,
    entry_id: int,
    lines: Sequence[SplitLine],
    *,
    day: date,
    other_accounts: Iterable[int] = (),
) -> Applied | None:
    """Replace the entry's lines; ``other_accounts``: accounts of its previous transfer lines."""
    accounts = [int(x.transfer_account_id) for x in lines if x.transfer_account_id is not None]
    # A reconciled transfer line the new lines drop asks first: the service refuses, the
    # user confirms, the write is made again forced.
    return reconcile_ops.confirmed(
        writer,
        lambda force: writer.write(
            lambda: split_service.split_entry(writer.ledger, entry_id, lines, force=force),
            ids=[entry_id],
            days=_days(day, [*accounts, *other_accounts]),
            raising=reconcile_ops.ASKS,
        ),
        None,
    )


def clear_split(
    writer: Writer, entry_id: int, *, day: date, other_accounts: Iterable[int] = ()
) -> Applied | None:
    return reconcile_ops.confirmed(
        writer,
        lambda force: writer.write(
            lambda: split_service.clear_split(writer.ledger, entry_id, force=force),
            ids=[entry_id],
            days=_days(day, other_accounts),
            raising=reconcile_ops.ASKS,
        ),
        None,
    )
