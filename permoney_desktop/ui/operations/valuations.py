"""Balance anchors (valuations): the account's balance as the user sees it on a day, and what
to do when a new entry lands before one (it absorbs the entry)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from permoney_desktop.domain.entry_values import EntryPatch
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.applied import Applied
from permoney_desktop.ui.lazy_import import lazy_module
from permoney_desktop.ui.writes import Writer

if TYPE_CHECKING:
    from permoney_desktop.domain.reconcile import Absorbed
    from permoney_desktop.services import entries as entry_service
    from permoney_desktop.services import valuations as valuation_service
else:
    entry_service = lazy_module("permoney_desktop.services.entries")
    valuation_service = lazy_module("permoney_desktop.services.valuations")


def set_valuation(
    writer: Writer, account_id: int, day: date, balance: Decimal, *, notes: str = ""
) -> int | None:
    """The valuation entry's id, or None (the error was reported)."""
    done = writer.write_value(
        lambda: valuation_service.set_valuation(
            writer.ledger, account_id, day, balance, notes=notes
        ),
        days=[(AccountId(account_id), day)],
        new_entries=lambda entry_id: [entry_id],
    )
    return None if done is None else int(done[0])


# Shown when a new entry lands before a later balance anchor (the main window sets a dialog).
Notify = Callable[[list["Absorbed"]], None]
_notify: list[Notify] = []


def set_absorbed_notifier(notify: Notify | None) -> None:
    _notify.clear()
    if notify is not None:
        _notify.append(notify)


def notice_absorbed(writer: Writer, entry_ids: Sequence[int]) -> list[Absorbed]:
    """Tell the user (through the notifier) which new entries a later anchor absorbs."""
    found = valuation_service.absorbed_by_anchors(writer.ledger, [int(i) for i in entry_ids])
    if found and _notify:
        _notify[0](found)
    return found


def move_anchor(writer: Writer, anchor_id: int, day: date) -> Applied | None:
    """Move a balance anchor to another day (before the entries it absorbed)."""
    return writer.write(
        lambda: entry_service.edit_entry(writer.ledger, anchor_id, EntryPatch(date=day)),
        ids=[anchor_id],
    )


def remove_anchor(writer: Writer, anchor_id: int) -> Applied | None:
    return writer.write(
        lambda: entry_service.delete_entries(writer.ledger, [anchor_id]), ids=[anchor_id]
    )


def absorbed_notes(ledger: Ledger, entry_ids: Sequence[int]) -> list[str]:
    """The import summary's sentences about new entries a later balance anchor absorbs (a
    read; here so that the wizard's pages need not import the valuations service)."""
    return valuation_service.absorbed_notes(ledger, entry_ids)
