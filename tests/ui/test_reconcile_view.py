"""The reconcile view and the register's status column, driven by keys on real widgets."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.reconcile import Absorbed, EntryStatus
from permoney_desktop.services import accounts, entries, reconcile
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.dialogs.anchor_notice import AnchorNotice
from permoney_desktop.ui.dialogs.reconcile_dialog import ReconcileDialog
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models import register_status
from permoney_desktop.ui.operations import entries as entry_ops
from permoney_desktop.ui.operations import reconcile as reconcile_ops
from permoney_desktop.ui.operations import valuations as valuation_ops

D0 = date(2026, 1, 1)


def _book(ledger: Ledger, kind: AccountKind = AccountKind.CHECKING) -> tuple[AccountId, list[int]]:
    acc, _ = accounts.create_account(
        ledger, "Bank", kind, "USD", opening_balance="100", opening_date=D0
    )
    ids = []
    for offset, amount in ((2, "-20"), (5, "50"), (9, "-7.25"), (40, "-1")):
        new = NewEntry(account_id=acc, date=D0 + timedelta(days=offset), amount=Decimal(amount))
        ids.append(int(entries.add_entry(ledger, new)[0]))
    return acc, ids


def test_reconcile_a_statement_with_the_keyboard(qtbot: QtBot, ledger: Ledger) -> None:
    acc, ids = _book(ledger)
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    dialog = ReconcileDialog(window.writer, acc, window)
    qtbot.addWidget(dialog)
    assert dialog.start_box.isVisibleTo(dialog) and not dialog.work_box.isVisibleTo(dialog)
    dialog.statement_date.set_date(D0 + timedelta(days=30))
    qtbot.keyClicks(dialog.statement_balance, "130")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.work_box.isVisibleTo(dialog), dialog.error.text()
    model = dialog.model
    assert model is not None and model.rowCount() == 3  # not the entry after the statement
    assert dialog.difference_label.text() == "$30.00"
    assert not dialog.finish_button.isEnabled()
    # Space on the first row ticks it: the difference moves in the same turn.
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.cleared_label.text() == "$80.00"
    assert dialog.difference_label.text() == "$50.00"
    assert reconcile.statuses(ledger, [ids[0]])[ids[0]] is EntryStatus.CLEARED
    dialog.table.selectRow(1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.difference_label.text() == "$0.00"
    assert dialog.finish_button.isEnabled()
    # Ticking the third moves it away from zero; an adjustment makes Finish possible again.
    dialog.table.selectRow(2)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.difference_label.text() == "$7.25"
    assert not dialog.finish_button.isEnabled()
    dialog.adjust.setChecked(True)
    assert dialog.finish_button.isEnabled()
    dialog.adjust_name.clear()
    assert not dialog.finish_button.isEnabled()  # an adjustment needs a name
    dialog.adjust.setChecked(False)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # untick the third again
    assert dialog.difference_label.text() == "$0.00"
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ReconcileDialog.DialogCode.Accepted
    got = reconcile.statuses(ledger, ids)
    assert [got[i] for i in ids] == [
        EntryStatus.RECONCILED,
        EntryStatus.RECONCILED,
        EntryStatus.UNCLEARED,
        EntryStatus.UNCLEARED,
    ]


def test_an_open_reconciliation_reopens_with_its_ticks(qtbot: QtBot, ledger: Ledger) -> None:
    acc, ids = _book(ledger, AccountKind.CREDIT_CARD)
    reconcile.start(ledger, int(acc), D0 + timedelta(days=30), Decimal("100"))
    reconcile.set_status(ledger, [ids[0]], EntryStatus.CLEARED)
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    dialog = ReconcileDialog(window.writer, acc, window)
    qtbot.addWidget(dialog)
    assert dialog.work_box.isVisibleTo(dialog)
    assert dialog.model is not None and dialog.model.ticked == [True, False, False]
    # A card owes 100 + 20 after a -20 charge; the statement says 100 owed.
    assert dialog.cleared_label.text() == "$120.00"
    assert dialog.difference_label.text() == "-$20.00"


def test_c_toggles_the_register_status_and_a_reconciled_edit_asks(
    qtbot: QtBot, ledger: Ledger
) -> None:
    acc, ids = _book(ledger)
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.open_account(int(acc))
    model = window.register_model
    table = window.register_page.table
    col = model.column_of(register_status.STATUS)
    row = next(r for r in range(model.rowCount()) if (x := model.line(r)) and x.id == ids[0])
    table.setFocus()
    table.setCurrentIndex(model.index(row, col))
    table.selectRow(row)
    window.cleared_action.trigger()
    assert model.index(row, col).data() == "c"
    assert reconcile.statuses(ledger, [ids[0]])[ids[0]] is EntryStatus.CLEARED
    window.cleared_action.trigger()
    assert model.index(row, col).data() == ""
    # Reconcile the first entry, then edit its amount from the GUI: it asks first.
    reconcile.set_status(ledger, [ids[0]], EntryStatus.CLEARED)
    reconcile.start(ledger, int(acc), D0 + timedelta(days=3), Decimal("80"))
    reconcile.finish(ledger)
    asked: list[str] = []
    answers = [False, True]
    reconcile_ops.set_confirm(lambda q: asked.append(q) or answers.pop(0))
    patch = EntryPatch(amount=Decimal("-21"))
    assert entry_ops.edit_entry(window.writer, ids[0], patch) is None
    assert entries.get_entry(ledger, ids[0]).amount.amount == Decimal("-20.00")
    assert entry_ops.edit_entry(window.writer, ids[0], patch) is not None
    assert entries.get_entry(ledger, ids[0]).amount.amount == Decimal("-21.00")
    assert len(asked) == 2 and "reconciled" in asked[0]
    assert [e.entry_id for e in reconcile.history(ledger, int(acc))[1]] == [ids[0]]
    # A delete asks too; declined, the entry stays; with no one to ask, it is refused.
    answers.append(False)
    assert entry_ops.delete_entries(window.writer, [ids[0]]) is None
    assert len(asked) == 3 and "Delete it anyway?" in asked[2]
    reconcile_ops.set_confirm(None)
    errors: list[str] = []
    window.writer.error.connect(errors.append)
    assert entry_ops.delete_entries(window.writer, [ids[0], ids[1]]) is None
    assert errors == ["This entry is reconciled; it was left unchanged."]
    assert entries.get_entry(ledger, ids[0]).amount.amount == Decimal("-21.00")
    # An ordinary entry is edited without a question.
    assert entry_ops.edit_entry(window.writer, ids[1], EntryPatch(amount=Decimal("51"))) is not None


@pytest.fixture(autouse=True)
def _no_confirm_left() -> object:
    yield
    reconcile_ops.set_confirm(None)
    valuation_ops.set_absorbed_notifier(None)


def test_an_entry_before_a_balance_anchor_offers_to_move_it(qtbot: QtBot, ledger: Ledger) -> None:
    acc, _ids = _book(ledger)
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    anchor = valuation_ops.set_valuation(
        window.writer, int(acc), D0 + timedelta(days=60), Decimal("5")
    )
    assert anchor is not None
    seen: list[list[Absorbed]] = []
    valuation_ops.set_absorbed_notifier(seen.append)
    new = NewEntry(account_id=acc, date=D0 + timedelta(days=50), amount=Decimal("-3"))
    assert entry_ops.add_entry(window.writer, new) is not None
    assert len(seen) == 1 and seen[0][0].anchor_id == anchor
    late = NewEntry(account_id=acc, date=D0 + timedelta(days=70), amount=Decimal("-3"))
    assert entry_ops.add_entry(window.writer, late) is not None
    assert len(seen) == 1  # after the anchor: nothing to say
    notice = AnchorNotice(window.writer, seen[0][0], window)
    qtbot.addWidget(notice)
    assert "absorbs it" in notice.text()
    notice.move_button.click()
    assert entries.get_entry(ledger, anchor).date == D0 + timedelta(days=49)
    # The register's anchor row names what the anchor absorbs.
    window.open_account(int(acc))
    model = window.register_model
    row = next(r for r in range(model.rowCount()) if (x := model.line(r)) and x.id == anchor)
    text = model.index(row, model.column_of("category")).data()
    assert text.startswith("Balance set · absorbs")
    notice = AnchorNotice(window.writer, seen[0][0], window)
    qtbot.addWidget(notice)
    notice.remove_button.click()
    assert anchor not in {e.id for e in entries.list_entries(ledger).rows}


def test_the_start_form_reads_a_statement_file_and_shows_the_history(
    qtbot: QtBot, ledger: Ledger
) -> None:
    acc, ids = _book(ledger)
    reconcile.set_status(ledger, ids[:1], EntryStatus.CLEARED)
    reconcile.start(ledger, int(acc), D0 + timedelta(days=3), Decimal("80"))
    reconcile.finish(ledger)
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    dialog = ReconcileDialog(window.writer, acc, window)
    qtbot.addWidget(dialog)
    assert dialog.history.item(0).text().startswith(f"{D0 + timedelta(days=3)}  $80.00  finished")
    ofx = Path(__file__).parents[1] / "data" / "imports" / "checking_sgml.ofx"
    assert dialog.fill_from_file(ofx)
    assert dialog.statement_date.date() == date(2024, 1, 31)
    assert dialog.statement_balance.amount() == Decimal("1205.00")
    assert not dialog.fill_from_file(ofx.with_name("us_utf8.csv"))
    assert "states no closing balance" in dialog.error.text()
    assert dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert "undone" in dialog.history.item(0).text()
    assert not dialog.undo_button.isEnabled()
