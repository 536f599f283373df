"""The opening balance is a row of its account's register: first (last with newest on top),
dated the opening date, with its amount and the level the running balances start from; its
amount and date are edited in place as one undo step of the account."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.money import Money
from permoney_desktop.services import accounts, entries, undo
from permoney_desktop.services import register_reads as reads
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.bus import ChangeBus
from permoney_desktop.ui.day_format import format_day
from permoney_desktop.ui.models import register_model as rm
from permoney_desktop.ui.models.register_model import RegisterModel
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.optimistic import BalanceBook, ReconcileStats
from permoney_desktop.ui.writes import Writer

D0 = date(2024, 3, 1)
FLOWS = [Decimal("-12.50"), Decimal("40"), Decimal("-7.25")]


@dataclass
class Reg:
    ledger: Ledger
    checking: AccountId
    card: AccountId
    empty: AccountId
    model: RegisterModel

    def show(self, account: AccountId, **query: object) -> RegisterModel:
        self.model.set_query(reads.RegisterQuery(account_id=account, **query))  # type: ignore[arg-type]
        return self.model

    def text(self, row: int, column: str) -> object:
        return self.model.index(row, self.model.column_of(column)).data()


@pytest.fixture
def reg(ledger: Ledger, qapp: object) -> Iterator[Reg]:
    chk, _ = accounts.create_account(
        ledger, "Checking", "checking", "USD", opening_balance="1000", opening_date=D0
    )
    card, _ = accounts.create_account(
        ledger, "Card", "credit_card", "USD", opening_balance="200", opening_date=D0
    )
    empty, _ = accounts.create_account(ledger, "Cash", "cash", "USD", opening_date=D0)
    rows = [
        NewEntry(a, D0 + timedelta(days=i), f) for a in (chk, card) for i, f in enumerate(FLOWS)
    ]
    entries.add_many(ledger, rows, label="rows")
    bus = ChangeBus()
    book = BalanceBook(ledger, ReconcileStats())
    model = RegisterModel(ledger, book, Writer(ledger, book, bus), bus, split_amounts=True)
    yield Reg(ledger, chk, card, empty, model)


def _usd(amount: str) -> str:
    return format_money(Money(Decimal(amount), "USD"))


def test_the_first_row_is_the_opening_and_the_balances_start_from_it(reg: Reg) -> None:
    model = reg.show(reg.checking)
    assert model.opening_row == 0 and model.row_of(0) == 1
    assert model.rowCount() == model.total + 2 and model.is_blank_row(model.total + 1)
    assert reg.text(0, rm.DATE) == format_day(D0)
    assert reg.text(0, rm.PAYEE) == "Opening balance"
    assert (reg.text(0, rm.DEPOSIT), reg.text(0, rm.PAYMENT)) == (_usd("1000"), "")
    assert reg.text(0, rm.BALANCE) == _usd("1000")
    level = Decimal(1000)
    for position, flow in enumerate(FLOWS):
        level += flow
        assert reg.text(model.row_of(position), rm.BALANCE) == _usd(str(level))
    assert model.line(0) is None  # no entry: entry actions skip the row


def test_a_liability_opens_with_what_is_owed(reg: Reg) -> None:
    reg.show(reg.card)
    assert (reg.text(0, rm.PAYMENT), reg.text(0, rm.DEPOSIT)) == (_usd("200"), "")
    assert reg.text(0, rm.BALANCE) == _usd("200")
    # A charge raises what is owed, from the opening level.
    assert reg.text(reg.model.row_of(0), rm.BALANCE) == _usd("212.50")


def test_newest_on_top_puts_it_last(reg: Reg) -> None:
    model = reg.show(reg.checking)
    model.set_newest_first(True)
    assert model.blank_row == 0 and model.opening_row == model.total + 1
    assert model.rowCount() == model.total + 2
    assert reg.text(model.total + 1, rm.PAYEE) == "Opening balance"
    assert reg.text(model.row_of(model.total - 1), rm.BALANCE) == _usd(str(1000 + FLOWS[0]))


@pytest.mark.parametrize(
    "query",
    [{"text": "x"}, {"date_from": D0 + timedelta(days=1)}, {"sort": reads.SortColumn.PAYEE}],
)
def test_no_opening_row_where_it_would_not_belong(reg: Reg, query: dict[str, object]) -> None:
    model = reg.show(reg.checking, **query)
    assert model.opening_row is None and model.rowCount() == model.total + 1
    model.set_query(reads.RegisterQuery())  # all accounts
    assert model.opening_row is None
    assert reg.show(reg.empty).opening_row is None  # nothing opened with


def test_editing_its_amount_is_one_undo_step_and_moves_the_balances_at_once(
    reg: Reg, qtmodeltester: object
) -> None:
    model = reg.show(reg.checking)
    first = model.row_of(0)
    deposit = model.index(0, model.column_of(rm.DEPOSIT))
    assert deposit.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.index(0, model.column_of(rm.PAYEE)).flags() & Qt.ItemFlag.ItemIsEditable
    assert deposit.data(Qt.ItemDataRole.EditRole) == "1000.00"
    steps = undo.depth(reg.ledger)[0]
    assert model.setData(deposit, "1500")
    # Same turn: the row, and the running balances below it.
    assert reg.text(0, rm.DEPOSIT) == _usd("1500") and reg.text(0, rm.BALANCE) == _usd("1500")
    assert reg.text(first, rm.BALANCE) == _usd(str(1500 + FLOWS[0]))
    assert accounts.get_account(reg.ledger, reg.checking).opening_balance.amount == 1500
    assert undo.depth(reg.ledger)[0] == steps + 1
    assert undo.undo_label(reg.ledger) == "Edit account"
    undo.undo(reg.ledger)
    assert accounts.get_account(reg.ledger, reg.checking).opening_balance.amount == 1000
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_editing_its_date(reg: Reg) -> None:
    model = reg.show(reg.checking)
    earlier = D0 - timedelta(days=10)
    assert model.setData(model.index(0, model.column_of(rm.DATE)), earlier)
    assert accounts.get_account(reg.ledger, reg.checking).opening_date == earlier
    assert reg.text(0, rm.DATE) == format_day(earlier)


def test_the_row_comes_and_goes_with_the_opening(reg: Reg) -> None:
    model = reg.show(reg.empty)
    assert model.opening_row is None
    changes = accounts.edit_account(reg.ledger, reg.empty, opening_balance=Decimal(50))
    model.writer.publish(changes)  # as a write made off the GUI thread reaches the window
    assert model.opening_row == 0 and reg.text(0, rm.DEPOSIT) == _usd("50")
    assert model.setData(model.index(0, model.column_of(rm.DEPOSIT)), "0")
    assert model.opening_row is None and model.rowCount() == model.total + 1
