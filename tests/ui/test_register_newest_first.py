"""Registers with the newest entry on top, on a real book: order, running balances, keyset
paging, the blank row first, keyboard entry, edits and deletes, and the remembered setting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, entries, valuations
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.bus import ChangeBus
from permoney_desktop.ui.dialogs.settings_dialog import SettingsDialog
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.models.register_model import RegisterModel
from permoney_desktop.ui.optimistic import BalanceBook, ReconcileStats
from permoney_desktop.ui.pages.register_page import RegisterPage
from permoney_desktop.ui.register_order import NEWEST_FIRST_KEY
from permoney_desktop.ui.writes import Writer

D0 = date(2024, 1, 1)
N = 3 * rm.PAGE + 37  # several pages and a partial last one


@dataclass
class Register:
    ledger: Ledger
    account: AccountId
    book: BalanceBook
    writer: Writer
    bus: ChangeBus

    def model(self, *, newest_first: bool) -> RegisterModel:
        model = RegisterModel(self.ledger, self.book, self.writer, self.bus)
        model.set_newest_first(newest_first)
        return model


@pytest.fixture
def reg(ledger: Ledger) -> Iterator[Register]:
    acc, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance="1000", opening_date=D0
    )
    rows = [
        NewEntry(acc, D0 + timedelta(days=i // 3), Decimal(-1 - (i % 7)), payee=f"Shop {i}")
        for i in range(N)
    ]
    entries.add_many(ledger, rows, label="test rows")
    bus = ChangeBus()
    book = BalanceBook(ledger, ReconcileStats())
    writer = Writer(ledger, book, bus)
    yield Register(ledger, acc, book, writer, bus)


def _truth(ledger: Ledger, acc: AccountId) -> dict[int, int]:
    """Each entry's running balance from first principles: the opening plus every flow up to
    and including it in (date, id) order (no valuations in these books)."""
    from permoney_desktop.services import register_reads as reads

    lines = reads.fetch_page(ledger, reads.RegisterQuery(account_id=acc), limit=10**6)
    out, level = {}, 100000
    for line in lines:
        level += line.amount
        out[int(line.id)] = level
    return out


def _rows(model: RegisterModel) -> list[tuple[int, int]]:
    """(entry id, running balance) of every entry row, top to bottom."""
    out = []
    for row in map(model.row_of, range(model.total)):  # (not the blank or opening rows)
        line = model.line(row)
        fig = model.running_balance(row)
        assert line is not None and fig is not None
        out.append((int(line.id), fig.minor))
    return out


def test_newest_on_top_same_balances_blank_row_first_keyset_pages(reg: Register) -> None:
    oldest = reg.model(newest_first=False)
    newest = reg.model(newest_first=True)
    assert not oldest.newest_first and newest.newest_first
    assert oldest.blank_row == N and newest.blank_row == 0
    assert newest.rowCount() == N + 1
    assert newest.headerData(0, Qt.Orientation.Vertical) == "✱"
    assert newest.data(newest.index(0, newest.column_of(rm.PAYEE))) == "New entry… (Ctrl+N)"
    newest.fetches = 0
    down = _rows(newest)  # scrolled top to bottom: each page after the one before it
    assert newest.fetches == -(-N // rm.PAGE)
    up = _rows(oldest)
    assert down == list(reversed(up))
    assert dict(down) == _truth(reg.ledger, reg.account)
    dates = [newest.line(r).date for r in range(1, N + 1)]  # type: ignore[union-attr]
    assert dates == sorted(dates, reverse=True)
    # A jump into the middle (an OFFSET read) and the very end read the right rows too.
    far = reg.model(newest_first=True)
    assert _rows(far)[-1] == up[0] and far.line(N // 2 + 1) == newest.line(N // 2 + 1)


def test_a_backdated_edit_and_a_delete_keep_every_row_right(reg: Register, qtbot: QtBot) -> None:
    model = reg.model(newest_first=True)
    _rows(model)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, _r=(): changed.append((a.row(), b.row())))
    # Edit an entry half-way back: the rows above it (newer) move, the rows below do not.
    row = N // 2
    line = model.line(row)
    assert line is not None
    assert model.setData(model.index(row, model.column_of(rm.AMOUNT)), "-100.00")
    assert dict(_rows(model)) == _truth(reg.ledger, reg.account)
    assert changed and all(top >= 1 for top, _b in changed)
    last_changed = max(b for _t, b in changed)
    assert row <= last_changed < N  # the older rows were not announced as changed
    # Delete two rows: the table shrinks by two in the same turn, balances still exact.
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    assert model.delete_rows([2, row + 1])
    assert model.total == N - 2 and removed and removed[0][0] >= 1
    assert model.is_blank_row(0)
    assert dict(_rows(model)) == _truth(reg.ledger, reg.account)
    # A valuation below the top: every newer row starts from its level.
    day = D0 + timedelta(days=10)
    _id, changes = valuations.set_valuation(reg.ledger, int(reg.account), day, "5000")
    reg.writer.publish(changes)
    fresh = reg.model(newest_first=True)
    assert _rows(model) == _rows(fresh)
    oldest = reg.model(newest_first=False)
    assert _rows(model) == list(reversed(_rows(oldest)))


def test_keyboard_entry_on_the_top_blank_row(reg: Register, qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue(NEWEST_FIRST_KEY, True)
    model = RegisterModel(reg.ledger, reg.book, reg.writer, reg.bus)
    model.set_query(model.query.__class__(account_id=reg.account))
    page = RegisterPage(model, settings=settings)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    assert model.newest_first and model.is_blank_row(0)
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == model.column_of(rm.DATE)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    qtbot.waitUntil(lambda: page.table.verticalScrollBar().value() == 0)
    top_before = model.running_balance(1)
    assert top_before is not None
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.focus_new_entry(edit=False)
    assert page.table.currentIndex().row() == 0
    # Type the payee, move to the amount, type it and press Enter: the entry is saved.
    qtbot.keyClick(page.table, Qt.Key.Key_Right)
    assert model.columns[page.table.currentIndex().column()] == rm.PAYEE
    qtbot.keyClicks(page.table, "B")  # typing opens the cell's editor with that key
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "B"
    qtbot.keyClicks(editor, "akery")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes its editor queued
    assert model.has_draft() and model.total == N
    # Payment and Deposit columns by default: spending is typed without a sign.
    amount = model.index(0, model.column_of(rm.PAYMENT))
    page.table.setCurrentIndex(amount)
    qtbot.keyClicks(page.table, "1")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "1"
    qtbot.keyClicks(editor, "2.34")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the queued commit: the amount saves the entry
    # The new entry (dated today, the newest) sits right under the blank row at once.
    assert model.total == N + 1
    new = model.line(1)
    assert new is not None and new.payee == "Bakery" and new.amount == -1234
    assert new.date == date.today()
    fig = model.running_balance(1)
    assert fig is not None and fig.minor == top_before.minor - 1234 and fig.provisional
    assert model.is_blank_row(0) and not model.has_draft()
    assert page.table.currentIndex().row() == 0  # ready for the next entry
    assert dict(_rows(model)) == _truth(reg.ledger, reg.account)


def test_setting_is_offered_remembered_and_applied(
    reg: Register, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    model = RegisterModel(reg.ledger, reg.book, reg.writer, reg.bus)
    page = RegisterPage(model, settings=settings)
    qtbot.addWidget(page)
    assert not model.newest_first and model.is_blank_row(N)
    dialog = SettingsDialog(reg.ledger, settings=settings)
    qtbot.addWidget(dialog)
    assert not dialog.newest_first.isChecked()
    dialog.newest_first_changed.connect(page.set_newest_first)
    dialog.newest_first.setChecked(True)
    with qtbot.waitSignal(dialog.newest_first_changed) as blocker:
        assert dialog.apply()
    assert blocker.args == [True]
    assert model.newest_first and model.is_blank_row(0) and model.total == N
    assert settings.value(NEWEST_FIRST_KEY) in (True, "true")
    with qtbot.assertNotEmitted(dialog.newest_first_changed):
        assert dialog.apply()  # unchanged: no signal, no reset
    # A new window (a new page on the same settings) starts newest-first.
    again = RegisterModel(reg.ledger, reg.book, reg.writer, reg.bus)
    second = RegisterPage(again, settings=settings)
    qtbot.addWidget(second)
    assert again.newest_first and again.is_blank_row(0)
    assert SettingsDialog(reg.ledger, settings=settings).newest_first.isChecked()


def test_newest_first_model_passes_qtmodeltester(reg: Register, qtmodeltester: ModelTester) -> None:
    model = reg.model(newest_first=True)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0, QModelIndex()).isValid()


@pytest.mark.parametrize("newest_first", [True, False])
def test_random_writes_with_partly_cached_pages_match_a_fresh_read(
    reg: Register, newest_first: bool
) -> None:
    """Edits (amounts and dates), adds and deletes anywhere, with only some pages cached: the
    live newest-on-top table always equals one read afresh from the book."""
    import random

    rnd = random.Random(6)
    model = reg.model(newest_first=newest_first)
    for step in range(30):
        for pos in rnd.sample(range(model.total), 3):  # what a view happened to show
            model.running_balance(model.row_of(pos))
        row = model.row_of(rnd.randrange(model.total))
        line = model.line(row)
        assert line is not None
        action = rnd.choice(("amount", "date", "delete", "add"))
        if action == "amount":
            assert model.setData(model.index(row, model.column_of(rm.AMOUNT)), f"-{step + 3}.25")
        elif action == "date":
            day = line.date + timedelta(days=rnd.randint(-40, 40))
            assert model.setData(model.index(row, model.column_of(rm.DATE)), day)
        elif action == "delete":
            assert model.delete_rows([row])
        else:
            model.draft_account = reg.account
            day = D0 + timedelta(days=rnd.randint(0, 300))
            blank = model.blank_row
            assert model.setData(model.index(blank, model.column_of(rm.DATE)), day)
            assert model.setData(model.index(blank, model.column_of(rm.AMOUNT)), "7.77")
        fresh = reg.model(newest_first=newest_first)
        assert model.total == fresh.total, (step, action)
        assert _rows(model) == _rows(fresh), (step, action)
        assert model.is_blank_row(model.blank_row) and model.newest_first == newest_first
    assert dict(_rows(model)) == _truth(reg.ledger, reg.account)
