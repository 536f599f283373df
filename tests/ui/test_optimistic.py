"""Optimistic balances with the real services and the real worker on temp files.

Each write changes the sidebar balance, the register's running balances and net worth in the
same event-loop turn; the worker's confirmation then flips the state without a dataChanged when
the value is equal.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from permoney_desktop.app import start_worker
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, entries, register_reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.bus import WorkerBridge
from permoney_desktop.ui.main_window import MainWindow
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.models.accounts_model import BALANCE
from permoney_desktop.ui.operations import entries as entry_ops
from permoney_desktop.ui.operations import transfers as transfer_ops
from permoney_desktop.ui.operations import undo as undo_ops
from permoney_desktop.ui.operations import valuations as valuation_ops

D0 = date(2024, 1, 1)


@pytest.fixture
def book(ledger: Ledger) -> Ledger:
    chk, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance="1000", opening_date=D0
    )
    card, _ = accounts.create_account(
        ledger, "Card", "credit_card", "USD", opening_balance="200", opening_date=D0
    )
    for i in range(30):
        day = D0 + timedelta(days=i)
        entries.add_entry(ledger, NewEntry(chk, day, Decimal(-10 - i), payee=f"Shop {i}"))
        entries.add_entry(ledger, NewEntry(card, day, Decimal(-5), payee="Coffee"))
    return ledger


class Gui:
    def __init__(self, qtbot: QtBot, ledger: Ledger) -> None:
        self.qtbot = qtbot
        self.ledger = ledger
        self.bridge = WorkerBridge()
        self.worker = start_worker(ledger, self.bridge)
        assert self.worker is not None
        self.window = MainWindow(ledger, worker=self.worker, bridge=self.bridge)
        qtbot.addWidget(self.window)
        self.window.show()
        self.book = self.window.book
        self.reg = self.window.register_model
        self.side = self.window.accounts_model
        self.settle()

    def settle(self) -> None:
        """Flush the debounce, wait for the worker, deliver its queued signals."""
        self.window.wake.flush()
        assert self.worker.wait_idle(30)
        self.qtbot.wait(30)

    def account(self, name: str) -> AccountId:
        return next(a.id for a in self.book.accounts() if a.name == name)

    def sidebar_text(self, name: str) -> str:
        idx = self.side.index_of_account(self.account(name))
        return str(idx.siblingAtColumn(BALANCE).data())

    def close(self) -> None:
        self.worker.close()


@pytest.fixture
def gui(qtbot: QtBot, book: Ledger) -> Iterator[Gui]:
    g = Gui(qtbot, book)
    yield g
    g.close()


def _materialized_end(ledger: Ledger, acc: AccountId) -> int:
    rows = register_reads.confirmed_days(ledger, acc)
    return rows[-1].end


def test_delete_in_register_moves_balance_running_balances_and_net_worth_same_turn(
    gui: Gui,
) -> None:
    chk = gui.account("Checking")
    gui.window.open_account(int(chk))
    gui.reg.set_active(True)
    assert gui.reg.total == 30
    before_sidebar = gui.sidebar_text("Checking")
    before_net = gui.book.net_worth().minor
    at = gui.reg.row_of  # entry positions as view rows (the opening balance's row is first)
    last_balance = gui.reg.running_balance(at(29))
    assert last_balance is not None
    # Delete the 11th entry (-20.00): every later running balance goes up by 20.00.
    line = gui.reg.line(at(10))
    assert line is not None and line.amount == -2000
    later = gui.reg.running_balance(at(20))
    assert later is not None
    emitted: list[int] = []
    gui.side.dataChanged.connect(lambda *_a: emitted.append(1))
    assert gui.reg.delete_rows([at(10)])
    # Same turn: no event processing happened since the call returned.
    assert gui.reg.total == 29
    assert gui.book.balance(chk).minor == last_balance.minor + 2000  # type: ignore[union-attr]
    assert gui.book.balance(chk).provisional  # type: ignore[union-attr]
    assert gui.sidebar_text("Checking") != before_sidebar
    assert gui.book.net_worth().minor == before_net + 2000
    moved = gui.reg.running_balance(at(19))  # the old row 20 moved up by one
    assert moved is not None and moved.minor == later.minor + 2000
    assert emitted, "the sidebar announced the new balance"
    emitted.clear()
    gui.settle()
    # Confirmed by the worker with the same value: the state flips, no value repaint.
    assert not gui.book.is_provisional(chk)
    assert emitted == []
    assert gui.book.stats.matches >= 1 and gui.book.stats.mismatches == 0
    assert _materialized_end(gui.ledger, chk) == gui.book.balance(chk).minor  # type: ignore[union-attr]


def test_add_and_edit_through_the_register_blank_row(gui: Gui) -> None:
    chk = gui.account("Checking")
    gui.window.open_account(int(chk))
    gui.reg.set_active(True)
    start = gui.book.balance(chk).minor  # type: ignore[union-attr]
    blank = gui.reg.blank_row
    assert gui.reg.is_blank_row(blank) and blank == gui.reg.rowCount() - 1
    gui.reg.setData(gui.reg.index(blank, gui.reg.column_of(rm.DATE)), date(2024, 1, 15))
    gui.reg.setData(gui.reg.index(blank, gui.reg.column_of(rm.PAYEE)), "Refund desk")
    assert gui.reg.setData(gui.reg.index(blank, gui.reg.column_of(rm.DEPOSIT)), "125.50")
    assert gui.reg.total == 31
    assert gui.book.balance(chk).minor == start + 12550  # type: ignore[union-attr]
    # The new row sits among Jan 15 and later rows carry the new money.
    last = gui.reg.running_balance(gui.reg.row_of(gui.reg.total - 1))
    assert last is not None and last.minor == start + 12550
    # Edit its amount inline: balance follows in the same turn.
    rows = map(gui.reg.row_of, range(gui.reg.total))
    row = next(r for r in rows if gui.reg.line(r).payee == "Refund desk")  # type: ignore[union-attr]
    assert gui.reg.setData(gui.reg.index(row, gui.reg.column_of(rm.PAYMENT)), "4.50")
    assert gui.book.balance(chk).minor == start - 450  # type: ignore[union-attr]
    gui.settle()
    assert gui.book.stats.mismatches == 0
    assert _materialized_end(gui.ledger, chk) == start - 450


def test_liability_and_transfer_and_backdated_edit_before_a_valuation(gui: Gui) -> None:
    chk, card = gui.account("Checking"), gui.account("Card")
    owed = gui.book.balance(card).minor  # type: ignore[union-attr]
    assert owed == 20000 + 30 * 500  # liabilities show the positive amount owed
    # Pay 100 to the card: checking down 100, owed down 100, net worth unchanged.
    net = gui.book.net_worth().minor
    transfer_ops.add_transfer(
        gui.window.writer, int(chk), int(card), D0 + timedelta(days=29), Decimal(100)
    )
    assert gui.book.balance(card).minor == owed - 10000  # type: ignore[union-attr]
    assert gui.book.net_worth().minor == net
    # A valuation on day 20 sets the level; an edit on day 5 changes days 5..19 only.
    valuation_ops.set_valuation(gui.window.writer, int(chk), D0 + timedelta(days=20), Decimal(500))
    end_before = gui.book.balance(chk).minor  # type: ignore[union-attr]
    day5 = gui.book.end_of_day(chk, D0 + timedelta(days=10))
    line_id = next(
        e.id
        for e in entries.list_entries(gui.ledger).rows
        if e.account_id == chk and e.date == D0 + timedelta(days=5)
    )
    entry_ops.edit_entry(gui.window.writer, int(line_id), EntryPatch(amount=Decimal(-1015)))
    assert gui.book.end_of_day(chk, D0 + timedelta(days=10))[0] == day5[0] - 100000  # type: ignore[index]
    assert gui.book.balance(chk).minor == end_before  # the valuation holds the level
    gui.settle()
    assert gui.book.stats.mismatches == 0
    for acc in (chk, card):
        assert [(r.day, r.end) for r in gui.book.rows(acc)] == [
            (r.day, r.end) for r in register_reads.confirmed_days(gui.ledger, acc)
        ]


def test_undo_redo_named_in_the_edit_menu(gui: Gui) -> None:
    chk = gui.account("Checking")
    gui.window.open_account(int(chk))
    gui.reg.set_active(True)
    start = gui.book.balance(chk).minor  # type: ignore[union-attr]
    gui.reg.delete_rows([gui.reg.row_of(p) for p in (0, 1, 2)])
    assert gui.window.undo_action.text() == "Undo Delete 3 entries"
    deleted = gui.book.balance(chk).minor  # type: ignore[union-attr]
    assert deleted == start + 1000 + 1100 + 1200
    gui.window.undo_action.trigger()
    assert gui.book.balance(chk).minor == start  # type: ignore[union-attr]
    assert gui.reg.total == 30
    assert gui.window.redo_action.text() == "Redo Delete 3 entries"
    gui.window.redo_action.trigger()
    assert gui.book.balance(chk).minor == deleted  # type: ignore[union-attr]
    assert gui.reg.total == 27
    gui.settle()
    assert gui.book.stats.mismatches == 0
    assert _materialized_end(gui.ledger, chk) == deleted


def test_reconcile_equal_emits_no_data_changed_and_a_mismatch_is_counted(gui: Gui) -> None:
    chk = gui.account("Checking")
    counts = {"side": 0, "reg": 0}
    gui.window.open_account(int(chk))
    gui.reg.set_active(True)
    gui.side.dataChanged.connect(lambda *_a: counts.__setitem__("side", counts["side"] + 1))
    gui.reg.dataChanged.connect(lambda *_a: counts.__setitem__("reg", counts["reg"] + 1))
    gui.reg.setData(gui.reg.index(gui.reg.row_of(3), gui.reg.column_of(rm.PAYMENT)), "99")
    assert counts["reg"] == 1, "the initiating register redraws once"
    after_write = dict(counts)
    gui.settle()
    assert counts == after_write, "an equal confirmation emits no dataChanged"
    # Forge a wrong provisional row: the worker's value wins and the mismatch is counted.
    s = gui.book.core._series[chk]
    s.rows[-1] = s.rows[-1]._replace(end=s.rows[-1].end + 1)
    s.expected_version += 0
    s.confirmed_version -= 1
    assert gui.book.reconcile(chk, s.expected_version) is False
    assert gui.book.stats.mismatches == 1
    assert gui.book.balance(chk).minor == _materialized_end(gui.ledger, chk)  # type: ignore[union-attr]


@pytest.mark.slow
def test_random_edits_end_with_zero_mismatches(gui: Gui) -> None:
    rng = random.Random(7)
    chk, card = gui.account("Checking"), gui.account("Card")
    gui.window.open_account(int(chk))
    gui.reg.set_active(True)
    n = 1000
    for i in range(n):
        acc = rng.choice([chk, card])
        op = rng.random()
        ids = [e.id for e in entries.list_entries(gui.ledger).rows if e.account_id == acc]
        day = D0 + timedelta(days=rng.randrange(-3, 40))
        if op < 0.35 or not ids:
            entry_ops.add_entry(
                gui.window.writer, NewEntry(acc, day, Decimal(rng.randrange(-5000, 5000)) / 100)
            )
        elif op < 0.65:
            eid = rng.choice(ids)
            patch = (
                EntryPatch(date=day)
                if rng.random() < 0.5
                else EntryPatch(amount=Decimal(rng.randrange(-9000, 9000)) / 100)
            )
            entry_ops.edit_entry(gui.window.writer, int(eid), patch)
        elif op < 0.8:
            eid = rng.choice(ids)
            entry_ops.delete_entries(gui.window.writer, [int(eid)])
        elif op < 0.88:
            valuation_ops.set_valuation(
                gui.window.writer, int(acc), day, Decimal(rng.randrange(0, 3000))
            )
        elif op < 0.94:
            undo_ops.undo(gui.window.writer)
        else:
            undo_ops.redo(gui.window.writer)
        if i % 25 == 24:
            gui.settle()
    gui.settle()
    stats = gui.book.stats
    assert stats.mismatches == 0, stats.last_mismatch
    assert stats.matches > 0
    for acc in (chk, card):
        assert [(r.day, r.end, r.partial) for r in gui.book.rows(acc)] == [
            (r.day, r.end, r.partial) for r in register_reads.confirmed_days(gui.ledger, acc)
        ]
        assert not gui.book.is_provisional(acc)


def test_a_write_changes_dashboard_cards_in_the_same_turn(gui: Gui) -> None:
    from permoney_desktop.ui.money_format import format_money
    from permoney_desktop.ui.pages.dashboard_page import DashboardPage
    from permoney_desktop.ui.widgets.metric_card import FigureState

    gui.window.show_page("dashboard")
    page = gui.window.page("dashboard")
    assert isinstance(page, DashboardPage)
    gui.qtbot.waitUntil(lambda: not page.loading and "net_worth" in page.cards, timeout=10000)
    page.set_period("this_month")
    net_worth, expenses = page.cards["net_worth"], page.cards["expenses"]
    worth_before, spent_before = net_worth.value.text(), expenses.value.text()
    chk = gui.account("Checking")
    today = date.today()
    entry_ops.add_entry(gui.window.writer, NewEntry(chk, today, Decimal("-12.34")))
    # the same turn: no event processed since the write
    assert net_worth.value.text() != worth_before
    assert net_worth.value.text() == format_money(gui.book.net_worth().money)
    assert net_worth.data().state is FigureState.PROVISIONAL  # type: ignore[union-attr]
    assert expenses.value.text() != spent_before
    assert expenses.data().state is FigureState.PROVISIONAL  # type: ignore[union-attr]
    shown = net_worth.value.text(), expenses.value.text()
    gui.settle()
    gui.qtbot.waitUntil(
        lambda: net_worth.data().state is FigureState.CONFIRMED,  # type: ignore[union-attr]
        timeout=10000,
    )
    assert (net_worth.value.text(), expenses.value.text()) == shown
    assert gui.book.stats.mismatches == 0


def test_models_pass_qtmodeltester(qtmodeltester: object, gui: Gui) -> None:
    qtmodeltester.check(gui.side)  # type: ignore[attr-defined]
    gui.window.open_account(int(gui.account("Checking")))
    qtmodeltester.check(gui.reg)  # type: ignore[attr-defined]
    gui.window.open_account(None)
    qtmodeltester.check(gui.reg)  # type: ignore[attr-defined]
    # All accounts: no opening balance row, only the blank one.
    assert gui.reg.rowCount(QModelIndex()) == gui.reg.total + 1
