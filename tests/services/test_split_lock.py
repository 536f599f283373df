"""The reconciled lock reaches split entries' transfer lines and the opening balance: deleting
or re-splitting a split whose counterpart is reconciled, moving the split entry's date (its
counterpart moves too) and changing an account's opening balance under reconciled statements
each need ``force``, are recorded in the history, and undo as one step."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.domain.reconcile import EntryStatus, ReconciledError
from permoney_desktop.domain.splits import SplitLine, kept_counterparts
from permoney_desktop.services import accounts, categories, entries, reconcile, splits, undo
from permoney_desktop.services.ledger import Ledger

pytestmark = pytest.mark.backends

D0 = date(2026, 1, 1)
DAY = D0 + timedelta(days=3)


def _setup(ledger: Ledger) -> tuple[int, int, int, int, int]:
    """A card charge split into Food and a transfer line into Savings, whose counterpart is
    reconciled there: (checking, savings, food, split entry, counterpart)."""
    bank, _ = accounts.create_account(
        ledger, "Checking", AccountKind.CHECKING, "USD", opening_date=D0
    )
    save, _ = accounts.create_account(
        ledger, "Savings", AccountKind.SAVINGS, "USD", opening_date=D0
    )
    food, _ = categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    new = NewEntry(account_id=bank, date=DAY, amount=Decimal("-100"), payee="Shop")
    entry, _ = entries.add_entry(ledger, new)
    lines = [SplitLine(Decimal("-70"), food), SplitLine(Decimal("-30"), transfer_account_id=save)]
    splits.split_entry(ledger, entry, lines)
    (counter,) = [
        x.counter_entry_id for x in splits.lines_of(ledger, [entry])[entry] if x.counter_entry_id
    ]
    assert counter is not None
    reconcile.set_status(ledger, [counter], EntryStatus.CLEARED)
    reconcile.start(ledger, save, D0 + timedelta(days=10), Decimal("30"))
    reconcile.finish(ledger)
    assert reconcile.statuses(ledger, [counter])[counter] is EntryStatus.RECONCILED
    return int(bank), int(save), int(food), int(entry), int(counter)


def _edits(ledger: Ledger, account: int) -> list[tuple[int, str]]:
    return [(e.entry_id, e.change) for e in reconcile.history(ledger, account)[1]]


def test_deleting_the_split_entry_needs_force(ledger: Ledger) -> None:
    _bank, save, _food, entry, counter = _setup(ledger)
    with pytest.raises(
        ReconciledError, match=f"entry {counter}, a transfer line of split entry {entry}"
    ):
        entries.delete_entries(ledger, [entry])
    assert entries.get_entry(ledger, counter).amount.amount == Decimal("30")
    assert _edits(ledger, save) == []
    entries.delete_entries(ledger, [entry], force=True)
    ((who, change),) = _edits(ledger, save)
    assert who == counter and change.startswith("deleted") and f"split entry {entry}" in change
    assert reconcile.history(ledger, save)[0][0].entries == 0  # unlinked, in the same step
    undo.undo(ledger)
    assert reconcile.statuses(ledger, [counter])[counter] is EntryStatus.RECONCILED
    assert reconcile.history(ledger, save)[0][0].entries == 1
    assert _edits(ledger, save) == []


def test_re_splitting_keeps_a_repeated_transfer_line_and_asks_for_one_that_goes(
    ledger: Ledger,
) -> None:
    bank, save, food, entry, counter = _setup(ledger)
    home, _ = categories.create_category(ledger, "Home", CategoryKind.EXPENSE)
    # Only the category lines change: the reconciled counterpart stays, with its status.
    same = [
        SplitLine(Decimal("-40"), food),
        SplitLine(Decimal("-30"), home),
        SplitLine(Decimal("-30"), transfer_account_id=save, memo="to savings"),
    ]
    splits.split_entry(ledger, entry, same)
    (kept,) = [
        x.counter_entry_id for x in splits.lines_of(ledger, [entry])[entry] if x.counter_entry_id
    ]
    assert kept == counter
    assert reconcile.statuses(ledger, [counter])[counter] is EntryStatus.RECONCILED
    assert entries.get_entry(ledger, counter).notes == "to savings"
    assert _edits(ledger, save) == []
    # The transfer line's amount changes: its counterpart would go.
    changed = [SplitLine(Decimal("-75"), food), SplitLine(Decimal("-25"), transfer_account_id=save)]
    with pytest.raises(ReconciledError, match="re-splitting"):
        splits.split_entry(ledger, entry, changed)
    with pytest.raises(ReconciledError, match="removing"):
        splits.clear_split(ledger, entry)
    splits.split_entry(ledger, entry, changed, force=True)
    assert [who for who, _c in _edits(ledger, save)] == [counter]
    undo.undo(ledger)
    assert reconcile.statuses(ledger, [counter])[counter] is EntryStatus.RECONCILED
    splits.clear_split(ledger, entry, force=True)
    assert splits.lines_of(ledger, [entry]) == {}
    assert int(bank) != int(save)


def test_moving_the_split_entrys_date_needs_force(ledger: Ledger) -> None:
    _bank, save, _food, entry, counter = _setup(ledger)
    later = DAY + timedelta(days=2)
    with pytest.raises(ReconciledError, match="moving split entry"):
        entries.edit_entry(ledger, entry, EntryPatch(date=later))
    assert entries.get_entry(ledger, counter).date == DAY
    entries.edit_entry(ledger, entry, EntryPatch(payee="Grocer"))  # not a locked field
    entries.edit_entry(ledger, entry, EntryPatch(date=later), force=True)
    assert entries.get_entry(ledger, counter).date == later
    ((who, change),) = _edits(ledger, save)
    assert who == counter and change.startswith(f"date {DAY.isoformat()} → {later.isoformat()}")
    undo.undo(ledger)
    assert entries.get_entry(ledger, counter).date == DAY
    assert _edits(ledger, save) == []


def test_the_opening_balance_under_reconciled_statements_needs_force(ledger: Ledger) -> None:
    bank, _ = accounts.create_account(
        ledger, "Checking", AccountKind.CHECKING, "USD", opening_balance="100", opening_date=D0
    )
    # Without a finished reconciliation it changes freely.
    accounts.edit_account(ledger, bank, opening_balance="120")
    new = NewEntry(account_id=bank, date=DAY, amount=Decimal("-20"), payee="x")
    entry, _ = entries.add_entry(ledger, new)
    reconcile.set_status(ledger, [entry], EntryStatus.CLEARED)
    reconcile.start(ledger, bank, D0 + timedelta(days=10), Decimal("100"))
    reconcile.finish(ledger)
    with pytest.raises(ReconciledError, match="opening balance"):
        accounts.edit_account(ledger, bank, opening_balance="150")
    accounts.edit_account(ledger, bank, opening_balance="120", notes="same opening")  # unchanged
    assert accounts.get_account(ledger, bank).opening_balance.amount == Decimal("120")
    accounts.edit_account(ledger, bank, opening_balance="150", force=True)
    ((who, change),) = _edits(ledger, bank)
    assert who == 0 and "opening balance" in change and "150" in change
    undo.undo(ledger)
    assert accounts.get_account(ledger, bank).opening_balance.amount == Decimal("120")
    assert _edits(ledger, bank) == []


def test_kept_counterparts_match_account_and_amount_once() -> None:
    old = [(5, -300, 11), (5, -300, 12), (6, -100, 13)]
    new = [(None, -500), (5, -300), (5, -300), (5, -300), (6, -99)]
    assert kept_counterparts(old, new) == {1: 11, 2: 12}
    assert kept_counterparts(old, new, skip={1}) == {2: 11, 3: 12}
