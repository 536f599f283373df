"""The GUI asks before a split change reaches a reconciled transfer line in the other account:
re-splitting that drops it, removing the split, deleting the split entry and moving its date;
a declined question writes nothing, a confirmed one is kept in that account's history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.domain.reconcile import EntryStatus
from permoney_desktop.domain.splits import SplitLine
from permoney_desktop.services import accounts, categories, entries, reconcile, splits, undo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.operations import entries as entry_ops
from permoney_desktop.ui.operations import reconcile as reconcile_ops
from permoney_desktop.ui.operations import splits as split_ops

DAY = date(2026, 1, 5)


@pytest.fixture(autouse=True)
def _no_confirm_left() -> Iterator[None]:
    yield
    reconcile_ops.set_confirm(None)


def test_split_changes_ask_before_a_reconciled_transfer_line_goes(
    qtbot: QtBot, ledger: Ledger
) -> None:
    chk, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    sav, _ = accounts.create_account(ledger, "Savings", "savings", "USD")
    food, _ = categories.create_category(ledger, "Food", CategoryKind.EXPENSE)
    new = NewEntry(account_id=chk, date=DAY, amount=Decimal("-50"), payee="Mart")
    entry, _ = entries.add_entry(ledger, new)
    first = [SplitLine(Decimal("-30"), food), SplitLine(Decimal("-20"), transfer_account_id=sav)]
    splits.split_entry(ledger, entry, first)
    (counter,) = [
        x.counter_entry_id for x in splits.lines_of(ledger, [entry])[entry] if x.counter_entry_id
    ]
    assert counter is not None
    reconcile.set_status(ledger, [counter], EntryStatus.CLEARED)
    reconcile.start(ledger, int(sav), DAY + timedelta(days=20), Decimal("20"))
    reconcile.finish(ledger)
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    asked: list[str] = []
    answers: list[bool] = []
    reconcile_ops.set_confirm(lambda q: asked.append(q) or answers.pop(0))

    # Re-splitting the categories only keeps the reconciled line: no question.
    same = [SplitLine(Decimal("-10"), food), SplitLine(Decimal("-20"), None),
            SplitLine(Decimal("-20"), transfer_account_id=sav)]  # fmt: skip
    assert split_ops.split_entry(window.writer, entry, same, day=DAY) is not None
    assert asked == []
    # Each change that drops or moves the line asks; declined, nothing changes.
    changed = [SplitLine(Decimal("-25"), food), SplitLine(Decimal("-25"), transfer_account_id=sav)]
    answers += [False, False, False, False]
    assert (
        split_ops.split_entry(window.writer, entry, changed, day=DAY, other_accounts=[sav]) is None
    )
    assert split_ops.clear_split(window.writer, entry, day=DAY, other_accounts=[sav]) is None
    assert entry_ops.delete_entries(window.writer, [entry]) is None
    patch = EntryPatch(date=DAY + timedelta(days=1))
    assert entry_ops.edit_entry(window.writer, entry, patch) is None
    assert len(asked) == 4 and all("transfer line of this split is reconciled" in q for q in asked)
    assert reconcile.statuses(ledger, [counter])[counter] is EntryStatus.RECONCILED
    assert entries.get_entry(ledger, counter).date == DAY
    assert reconcile.history(ledger, int(sav))[1] == []
    # Confirmed: written, and kept in the savings account's history.
    answers += [True, True]
    assert entry_ops.edit_entry(window.writer, entry, patch) is not None
    assert entries.get_entry(ledger, counter).date == patch.date
    assert split_ops.split_entry(window.writer, entry, changed, day=DAY, other_accounts=[sav])
    changes = [e.change for e in reconcile.history(ledger, int(sav))[1]]
    assert len(changes) == 2 and changes[0].startswith("deleted") and changes[1].startswith("date")
    undo.undo(ledger)
    assert reconcile.statuses(ledger, [counter])[counter] is EntryStatus.RECONCILED
