"""The balance-input queries on a real book: the same rows on a stdlib and a SQLAlchemy connection,
per-day sums and special entries as the domain defines them."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest

from permoney_desktop.domain.balance_events import DayRow, EntryRow, is_special
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, entries, transfers
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import balance_inputs

D0 = date(2024, 1, 1)


@pytest.fixture
def account(ledger: Ledger) -> AccountId:
    acc, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    other, _ = accounts.create_account(ledger, "Savings", "savings", "USD")
    rng = random.Random(5)
    for i in range(60):
        day = D0 + timedelta(days=rng.randrange(20))
        roll = rng.random()
        if roll < 0.1:
            kind, cur, amount = EntryKind.VALUATION, None, Decimal(rng.randrange(0, 900))
        elif roll < 0.25:
            kind, cur, amount = EntryKind.TRANSACTION, Currency("EUR"), Decimal(i - 30)
        else:
            kind, cur, amount = EntryKind.TRANSACTION, None, Decimal(rng.randrange(-500, 500))
        entries.add_entry(ledger, NewEntry(acc, day, amount, kind=kind, currency=cur))
        if i % 10 == 0:
            transfers.add_transfer(ledger, int(acc), int(other), day, Decimal(7))
    return acc


@pytest.fixture
def plain(ledger: Ledger) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(str(ledger.book.path))
    yield conn
    conn.close()


def expected(
    ledger: Ledger, acc: int, keep: set[date] | None = None
) -> tuple[list[DayRow], list[EntryRow]]:
    """The rows, built in Python from every entry of the account (``is_special``: the rule)."""
    days: dict[str, list[int]] = {}
    special: list[EntryRow] = []
    for e in sorted(entries.list_entries(ledger).rows, key=lambda e: (e.date, int(e.id))):
        if e.account_id != acc or (keep is not None and e.date not in keep):
            continue
        minor = e.amount.minor_units
        row = days.setdefault(e.date.isoformat(), [0, 0, 0])
        row[0] += minor
        row[1] += abs(minor)
        if is_special(e.kind, e.amount.currency, "USD"):
            row[2] += 1
            special.append((e.date.isoformat(), e.kind.value, minor, int(e.id), e.amount.currency))
    return [(d, *v) for d, v in sorted(days.items())], special  # type: ignore[misc]


def test_rows_from_on_both_kinds_of_connection(
    ledger: Ledger, account: AccountId, plain: sqlite3.Connection
) -> None:
    want_days, want_special = expected(ledger, account)
    assert any(r[1] == "valuation" for r in want_special)
    assert any(r[4] == "EUR" for r in want_special)
    got = balance_inputs.rows_from(plain, account, "USD")
    assert (sorted(got[0]), got[1]) == (want_days, want_special)
    with ledger.book.read_engine.connect() as conn:
        assert balance_inputs.rows_from(conn, account, "USD") == got
    since = D0 + timedelta(days=9)
    days, special = balance_inputs.rows_from(plain, account, "USD", since)
    assert sorted(days) == [r for r in want_days if r[0] >= since.isoformat()]
    assert special == [r for r in want_special if r[0] >= since.isoformat()]


def test_rows_on_given_days(ledger: Ledger, account: AccountId, plain: sqlite3.Connection) -> None:
    wanted = {D0 + timedelta(days=n) for n in (0, 3, 4, 11, 19, 40)}
    days, special = balance_inputs.rows_on(plain, account, "USD", wanted)
    assert (sorted(days), special) == expected(ledger, account, wanted)
    assert balance_inputs.rows_on(plain, account, "USD", ()) == ([], [])


def test_span_and_valuation_days(
    ledger: Ledger, account: AccountId, plain: sqlite3.Connection
) -> None:
    want_days, want_special = expected(ledger, account)
    assert balance_inputs.entry_span(plain, account) == (
        date.fromisoformat(want_days[0][0]),
        date.fromisoformat(want_days[-1][0]),
    )
    empty, _ = accounts.create_account(ledger, "Empty", "checking", "USD")
    assert balance_inputs.entry_span(plain, empty) is None
    assert balance_inputs.valuation_days(plain) == {
        account: {date.fromisoformat(r[0]) for r in want_special if r[1] == "valuation"}
    }
