"""Transfers between accounts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import transfers as transfer_service
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
            writer.ledger, from_account, to_account, day, amount, to_amount=to_amount, payee=payee
        ),
        days=[(AccountId(from_account), day), (AccountId(to_account), day)],
    )
    return None if done is None else int(done[0])
