"""Transfers: two linked sides, created, edited and deleted together; cross-currency amounts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import EntryPatch, NotFoundError
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.services import accounts, entries, transfers
from permoney_desktop.services.ledger import Ledger

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends

D0 = date(2024, 1, 1)


def test_transfer_sides_and_signs(ledger: Ledger) -> None:
    chk, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    card, _ = accounts.create_account(ledger, "Card", "credit_card", "USD")
    t, c = transfers.add_transfer(ledger, chk, card, D0, Decimal("120.50"))
    assert c.label == "Add transfer"
    view = transfers.get_transfer(ledger, t)
    assert view.from_entry.account_id == chk and str(view.from_entry.amount) == "-120.50 USD"
    assert view.to_entry.account_id == card and str(view.to_entry.amount) == "120.50 USD"
    assert view.from_entry.payee == "Transfer to Card"
    assert {view.from_entry.kind, view.to_entry.kind} == {EntryKind.TRANSFER}


def test_cross_currency_needs_both_amounts(ledger: Ledger) -> None:
    usd, _ = accounts.create_account(ledger, "USD", "checking", "USD")
    jpy, _ = accounts.create_account(ledger, "JPY", "checking", "JPY")
    with pytest.raises(DomainError, match="from USD to JPY needs the amount received"):
        transfers.add_transfer(ledger, usd, jpy, D0, Decimal("10"))
    with pytest.raises(DomainError, match="more decimals than JPY"):
        transfers.add_transfer(ledger, usd, jpy, D0, Decimal("10"), to_amount=Decimal("1.5"))
    t, _ = transfers.add_transfer(ledger, usd, jpy, D0, Decimal("10"), to_amount=Decimal("1500"))
    view = transfers.get_transfer(ledger, t)
    assert str(view.to_entry.amount) == "1,500 JPY"
    transfers.edit_transfer(ledger, t, day=date(2024, 2, 1))
    assert transfers.get_transfer(ledger, t).to_entry.date == date(2024, 2, 1)
    with pytest.raises(DomainError, match="needs the amount received"):
        transfers.edit_transfer(ledger, t, amount=Decimal("11"))


def test_bad_transfers_are_refused(ledger: Ledger) -> None:
    a, _ = accounts.create_account(ledger, "A", "checking", "USD")
    with pytest.raises(DomainError, match="two different accounts"):
        transfers.add_transfer(ledger, a, a, D0, Decimal("1"))
    b, _ = accounts.create_account(ledger, "B", "checking", "USD")
    with pytest.raises(DomainError, match="must be positive"):
        transfers.add_transfer(ledger, a, b, D0, Decimal("-1"))
    with pytest.raises(NotFoundError):
        transfers.get_transfer(ledger, 7)
    assert entries.count_entries(ledger) == 0


def test_edit_and_delete_move_both_sides(ledger: Ledger) -> None:
    a, _ = accounts.create_account(ledger, "A", "checking", "USD")
    b, _ = accounts.create_account(ledger, "B", "savings", "USD")
    c_, _ = accounts.create_account(ledger, "C", "savings", "USD")
    t, _ = transfers.add_transfer(ledger, a, b, D0, Decimal("10"))
    changes = transfers.edit_transfer(ledger, t, to_account=c_, amount=Decimal("12"))
    assert dict(changes.dirty_from) == {a: D0, b: D0, c_: D0}
    view = transfers.get_transfer(ledger, t)
    assert view.to_entry.account_id == c_ and str(view.to_entry.amount) == "12.00 USD"
    # Editing one side through the register keeps the pair consistent.
    entries.edit_entry(
        ledger, view.to_entry.id, EntryPatch(amount=Decimal("15"), date=date(2024, 1, 5))
    )
    view = transfers.get_transfer(ledger, t)
    assert str(view.from_entry.amount) == "-15.00 USD" and view.from_entry.date == date(2024, 1, 5)
    with pytest.raises(DomainError, match="same account"):
        entries.edit_entry(ledger, view.to_entry.id, EntryPatch(account_id=a))
    # Deleting one side deletes the transfer.
    changes = entries.delete_entries(ledger, [view.to_entry.id])
    assert entries.count_entries(ledger) == 0 and set(changes.dirty_from) == {a, c_}
