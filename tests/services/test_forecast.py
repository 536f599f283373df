"""The forecast service against a naive day-by-day model, and never mixed into the actual
balances."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.recurrence import Frequency, Recurrence, Weekend
from permoney_desktop.domain.schedules import ScheduleMode, Template
from permoney_desktop.services import (
    accounts,
    balances,
    budgets,
    categories,
    entries,
    materialize,
    schedules,
)
from permoney_desktop.services.forecast import forecast
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.schedule_posting import run_due, skip_occurrence

TODAY = date(2026, 1, 15)


@pytest.fixture
def book(ledger: Ledger) -> Ledger:
    chk, _ = accounts.create_account(
        ledger,
        "Checking",
        AccountKind.CHECKING,
        "USD",
        opening_balance="1000",
        opening_date=date(2025, 12, 1),
    )
    card, _ = accounts.create_account(
        ledger,
        "Card",
        AccountKind.CREDIT_CARD,
        "USD",
        opening_balance="500",
        opening_date=date(2025, 12, 1),
    )
    accounts.create_account(ledger, "Old", AccountKind.SAVINGS, "USD")
    entries.add_entry(ledger, NewEntry(chk, date(2026, 1, 3), Decimal("-45.50"), payee="Shop"))
    # Already in the book, dated in the future: part of the actual levels.
    entries.add_entry(ledger, NewEntry(card, date(2026, 2, 10), Decimal("-99"), payee="Flight"))
    salary = Template(chk, Decimal("3000"), "Employer")
    schedules.add_schedule(
        ledger,
        "",
        salary,
        Recurrence(Frequency.MONTHLY, date(2025, 12, 25), weekend=Weekend.BEFORE),
    )
    pay_card = Template(chk, Decimal("200"), to_account_id=card)
    schedules.add_schedule(ledger, "", pay_card, Recurrence(Frequency.MONTHLY, date(2026, 1, 20)))
    rent = Template(chk, Decimal("-1200"), "Landlord")
    sid, _ = schedules.add_schedule(
        ledger, "", rent, Recurrence(Frequency.MONTHLY, date(2026, 1, 1)), ScheduleMode.REMIND
    )
    skip_occurrence(ledger, sid, TODAY, date(2026, 3, 1))
    run_due(ledger, TODAY)
    materialize.sync_all(ledger)
    return ledger


def _stored(ledger: Ledger) -> list[tuple[object, ...]]:
    with ledger.book.reading() as s:
        return [
            tuple(r)
            for r in s.connection().exec_driver_sql(
                'SELECT account_id, date, "end" FROM balances ORDER BY account_id, date'
            )
        ]


def test_forecast_equals_a_naive_model_and_writes_nothing(book: Ledger) -> None:
    before = _stored(book)
    f = forecast(book, TODAY, months=3)
    assert _stored(book) == before
    assert f.days[0] == TODAY and f.days[-1] == date(2026, 4, 15)
    sched = schedules.list_schedules(book)
    st = schedules.state(book)
    names = {a.name: a for a in f.accounts}
    assert "Old" in names
    for i, d in enumerate(f.days):
        actual = {b.name: b.minor for b in balances.balances_on(book, d)}
        expected = dict(actual)
        for s in sched:
            handled = st.handled.get(s.id, {})
            cents = int(s.template.amount * 100)
            for o in s.recurrence.occurrences(d):
                if o.due <= TODAY or o.nominal in handled:
                    continue
                if s.template.to_account_id is None:
                    expected[s.account_name] += cents
                else:
                    expected[s.account_name] -= cents
                    expected[s.to_account_name] -= cents  # the card: less owed
        for name, a in names.items():
            assert a.levels[i] == expected[name], (name, d)
        worth = sum(v if k != "Card" else -v for k, v in expected.items())
        assert f.net_worth[i].amount.minor_units == worth
        assert not f.net_worth[i].partial


def test_a_single_account_and_the_horizon(book: Ledger) -> None:
    card = accounts.find_account(book, "Card").id
    f = forecast(book, TODAY, months=1, account_ids=[card])
    assert [a.name for a in f.accounts] == ["Card"]
    assert f.net_worth == []
    assert len(f.days) == 32
    # 500 owed, 200 paid on the 20th.
    assert f.accounts[0].levels[0] == 50000
    assert f.accounts[0].levels[f.days.index(date(2026, 1, 20))] == 30000
    with pytest.raises(DomainError, match="1 to 12 months"):
        forecast(book, TODAY, months=13)


def test_budgets_add_their_spread_spending_on_the_account_they_are_spent_from(
    book: Ledger,
) -> None:
    chk = accounts.find_account(book, "Checking").id
    card = accounts.find_account(book, "Card").id
    food = categories.create_category(book, "Food", CategoryKind.EXPENSE)[0]
    entries.add_entry(
        book, NewEntry(card, date(2026, 1, 5), Decimal("-40"), payee="Shop", category_id=food)
    )
    budgets.set_budget(book, food, date(2026, 1, 1), 40000)
    groceries = Template(chk, Decimal("-60"), "Market", category_id=food)
    schedules.add_schedule(book, "", groceries, Recurrence(Frequency.MONTHLY, date(2026, 1, 25)))
    materialize.sync_all(book)
    plain = forecast(book, TODAY, months=2)
    f = forecast(book, TODAY, months=2, with_budgets=True)
    assert plain.notes == () and any("evenly" in n for n in f.notes)
    assert any("Card" in n or "most of its spending" in n for n in f.notes)

    def diff(name: str, day: date) -> int:
        i = f.days.index(day)
        new = next(a for a in f.accounts if a.name == name).levels[i]
        old = next(a for a in plain.accounts if a.name == name).levels[i]
        return new - old

    # January: 400 − 40 spent − 60 scheduled = 300 over the 16 days after the 15th, on the
    # card (where the food was bought): more owed. February repeats January's 400, less 60.
    assert diff("Card", date(2026, 1, 16)) == 1875
    assert diff("Card", date(2026, 1, 31)) == 30000
    assert diff("Card", date(2026, 2, 28)) == 30000 + 34000
    assert all(diff("Checking", d) == 0 for d in f.days)
    # March (to the 15th): 400 − the 60 scheduled on the 25th, 340 over 31 days.
    march = 15 * (34000 // 31) + min(15, 34000 % 31)  # the remainder: a cent a day first
    assert diff("Card", date(2026, 3, 15)) == 64000 + march
    worth = f.net_worth[-1].amount.minor_units - plain.net_worth[-1].amount.minor_units
    assert worth == -(64000 + march)
    on_checking = forecast(book, TODAY, months=1, with_budgets=True, budget_account=chk)
    i = on_checking.days.index(date(2026, 1, 31))
    assert on_checking.accounts[0].name == "Checking"
    assert on_checking.accounts[0].levels[i] - plain.accounts[0].levels[i] == -30000
