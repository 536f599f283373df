"""Balance reads on a real book: on-date balances, series, net worth with FX, sidebar."""

from __future__ import annotations

from datetime import date, timedelta

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.money import Money
from permoney_desktop.services import balances, materialize
from permoney_desktop.services.ledger import Ledger
from tests.services.test_materialize import D0, Writer


def book(ledger: Ledger) -> tuple[int, int, int, int]:
    w = Writer(ledger)
    checking = w.account("Checking", AccountKind.CHECKING, opening=100_00, opening_date=D0)
    loan = w.account("Loan", AccountKind.LOAN, opening=1_000_00, opening_date=D0)
    euro = w.account("Euro", AccountKind.SAVINGS, currency="EUR", opening=50_00, opening_date=D0)
    undated = w.account("Jar", AccountKind.CASH, opening=7_00)
    w.add(checking, D0 + timedelta(days=10), 25_00)
    w.add(loan, D0 + timedelta(days=10), 200_00, kind="transfer")  # paid down
    w.add(euro, D0 + timedelta(days=40), 10_00, cur="EUR")
    w.rate(D0 + timedelta(days=20), "EUR", "USD", "1.5")
    materialize.sync_pending(ledger)
    return checking, loan, euro, undated


def test_balances_on_a_date_carry_forward_and_show_liabilities_as_owed(ledger: Ledger) -> None:
    checking, loan, _euro, undated = book(ledger)
    on = {b.account_id: b for b in balances.balances_on(ledger, D0 + timedelta(days=365))}
    assert on[AccountId(checking)].minor == 125_00
    assert on[AccountId(checking)].as_of == D0 + timedelta(days=10)
    assert on[AccountId(loan)].minor == 800_00
    assert on[AccountId(undated)].minor == 7_00 and on[AccountId(undated)].as_of is None
    before = {b.account_id: b for b in balances.balances_on(ledger, D0 - timedelta(days=1))}
    assert before[AccountId(checking)].minor == 0


def test_net_worth_uses_the_rate_on_or_before_each_day_and_flags_missing(
    ledger: Ledger,
) -> None:
    book(ledger)
    early = balances.net_worth(ledger, D0 + timedelta(days=15))
    assert early.partial and [str(m) for m in early.missing] == [
        "no EUR→USD rate on or before 2024-01-16"
    ]
    assert early.amount == Money("125", "USD") - Money("800", "USD") + Money("7", "USD")
    late = balances.net_worth(ledger, D0 + timedelta(days=60))
    assert not late.partial
    assert late.amount == Money("-668", "USD") + Money("90", "USD")  # 60 EUR at 1.5
    series = balances.net_worth_series(ledger, [D0 + timedelta(days=15), D0 + timedelta(days=60)])
    assert [n.amount for n in series] == [early.amount, late.amount]


def test_month_end_and_daily_series(ledger: Ledger) -> None:
    checking, *_ = book(ledger)
    monthly = balances.month_end_series(ledger, [checking], end=date(2024, 3, 15))
    points = monthly[AccountId(checking)]
    assert [(p.day, p.minor) for p in points] == [
        (date(2024, 1, 31), 125_00),
        (date(2024, 2, 29), 125_00),
        (date(2024, 3, 15), 125_00),
    ]
    daily = balances.daily_series(ledger, [checking], end=D0 + timedelta(days=12))
    assert [p.minor for p in daily[AccountId(checking)]] == [100_00] * 10 + [125_00] * 3


def test_sidebar_groups_net_worth_and_pending(ledger: Ledger) -> None:
    checking, _loan, *_ = book(ledger)
    Writer(ledger).add(checking, D0 + timedelta(days=11), 1_00)
    data = balances.sidebar(ledger, D0 + timedelta(days=60))
    assert data.pending == frozenset({AccountId(checking)})
    groups = {g.kind: g for g in data.groups}
    assert groups[AccountKind.LOAN].total == Money("800", "USD")
    assert groups[AccountKind.SAVINGS].total == Money("90", "USD")
    assert data.net_worth.amount == Money("-578", "USD")
    assert [a.name for a in data.accounts] == ["Checking", "Euro", "Jar", "Loan"]


def test_the_sqlite3_reader_answers_like_the_ledger(ledger: Ledger) -> None:
    book(ledger)
    reader = balances.reader_for_path(ledger.book.path)
    try:
        day = D0 + timedelta(days=60)
        assert balances.balances_on(reader, day) == balances.balances_on(ledger, day)
        assert balances.net_worth(reader, day) == balances.net_worth(ledger, day)
    finally:
        reader.conn.close()
