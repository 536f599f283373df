"""Balance anchors (valuations): the account's balance as the user sees it on a day."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import valuations as valuation_service
from permoney_desktop.ui.writes import Writer


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
