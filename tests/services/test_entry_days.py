"""The (account, day) places an edit touches (``register_reads.entry_days``/``entry_day_tally``):
the entries themselves and their transfer partners, on both backends."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, entries, register_reads, transfers
from permoney_desktop.services.ledger import Ledger

pytestmark = pytest.mark.backends

DAY = date(2024, 3, 5)
OTHER_DAY = date(2024, 3, 9)


def account(ledger: Ledger, name: str) -> AccountId:
    acct, _ = accounts.create_account(ledger, name, "checking", "USD")
    return acct


def test_an_entry_and_a_transfers_other_side_are_both_touched(ledger: Ledger) -> None:
    checking, savings = account(ledger, "Checking"), account(ledger, "Savings")
    plain, _ = entries.add_entry(ledger, NewEntry(checking, OTHER_DAY, Decimal("-4.20")))
    transfer_id, _ = transfers.add_transfer(ledger, checking, savings, DAY, Decimal("50"))
    side, other = register_reads.transfer_entry_ids(ledger, transfer_id)
    assert register_reads.entry_days(ledger, [plain]) == {(checking, OTHER_DAY)}
    assert register_reads.entry_days(ledger, [side]) == {(checking, DAY), (savings, DAY)}
    # Asked for both sides and a plain entry: each place once, each entry counted once.
    tally = register_reads.entry_day_tally(ledger, [plain, side, other])
    assert tally == {(checking, OTHER_DAY): 1, (checking, DAY): 1, (savings, DAY): 1}
