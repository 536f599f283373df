"""Transfers between accounts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import entries as entry_service
from permoney_desktop.services import transfers as transfer_service
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.writes import Writer


def add_transfer(
    writer: Writer,
    from_account: int,
    to_account: int,
    day: date,
    amount: Decimal,
    *,
    to_amount: Decimal | None = None,
    payee: str = "",
) -> int | None:
    """The new transfer's id, or None (the error was reported). Both sides' days are named
    beforehand, so the write's own entries need no second look."""
    done = writer.write_value(
        lambda: transfer_service.add_transfer(
            writer.ledger,
            from_account,
            to_account,
            day,
            amount,
            to_amount=to_amount,
            payee=payee,
            payee_words=payee_words(),
        ),
        days=[(AccountId(from_account), day), (AccountId(to_account), day)],
    )
    return None if done is None else int(done[0])


def payee_words() -> tuple[str, str]:
    """The payees of a transfer made without one, in the window's language: they are written
    into the book as data, so a German window writes German ("Überweisung an Sparkonto")."""
    to, back = tr(entry_service.TRANSFER_TO), tr(entry_service.TRANSFER_FROM)
    if "{account}" not in to or "{account}" not in back:
        return entry_service.TRANSFER_TO, entry_service.TRANSFER_FROM
    return to, back
