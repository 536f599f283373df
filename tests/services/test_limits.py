"""Dates and amounts outside what the book can hold are refused at every door, book untouched."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.entry_values import EntryPatch, NewEntry, NewTransfer
from permoney_desktop.domain.errors import AmountError, DomainError
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.domain.limits import (
    FIRST_DATE,
    LAST_DATE,
    MAX_MINOR,
    DateRangeError,
    check_date,
    check_minor,
)
from permoney_desktop.services import (
    accounts,
    entries,
    imports,
    rates,
    transfers,
    valuations,
)
from permoney_desktop.services.ledger import Ledger

OUTSIDE = [date.min, FIRST_DATE - timedelta(days=1), LAST_DATE + timedelta(days=1), date.max]
RANGE = re.escape("outside the supported range (1900-01-01 to 2199-12-31)")


def _count(book: Path, table: str) -> int:
    con = sqlite3.connect(book)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


@given(st.dates())
def test_check_date_accepts_exactly_the_supported_range(day: date) -> None:
    if FIRST_DATE <= day <= LAST_DATE:
        assert check_date(day) == day
    else:
        with pytest.raises(DateRangeError, match=RANGE):
            check_date(day)


@given(st.integers(min_value=-(2**70), max_value=2**70), st.sampled_from([0, 2, 3, 4]))
def test_check_minor_accepts_exactly_below_the_bound(minor: int, exp: int) -> None:
    if abs(minor) < MAX_MINOR:
        assert check_minor(minor, exp) == minor
    else:
        with pytest.raises(AmountError, match="too large"):
            check_minor(minor, exp)


@given(st.integers(min_value=-2, max_value=2), st.booleans())
def test_amounts_at_the_bound(offset: int, negative: bool) -> None:
    """``to_minor`` in the entry path agrees with the bound on both sides of it."""
    minor = MAX_MINOR - 1 + offset
    minor = -minor if negative else minor
    amount = Decimal(minor).scaleb(-2)
    if abs(minor) < MAX_MINOR:
        assert entries.to_minor(amount, entries.currency("USD")) == minor
    else:
        with pytest.raises(AmountError, match=r"amounts up to 9,999,999,999,999\.99"):
            entries.to_minor(amount, entries.currency("USD"))


@pytest.fixture
def acc(ledger: Ledger) -> AccountId:
    return accounts.create_account(ledger, "Checking", "checking", "USD")[0]


@pytest.mark.parametrize("day", OUTSIDE)
def test_every_service_write_refuses_a_date_outside(
    ledger: Ledger, acc: AccountId, day: date
) -> None:
    other, _ = accounts.create_account(ledger, "Savings", "savings", "USD")
    kept, _ = entries.add_entry(ledger, NewEntry(acc, date(2024, 1, 1), Decimal(-5)))
    tid, _ = transfers.add_transfer(ledger, acc, other, date(2024, 1, 2), Decimal(3))
    before = _count(ledger.book.path, "entries")
    attempts = [
        lambda: entries.add_entry(ledger, NewEntry(acc, day, Decimal(-5))),
        lambda: entries.add_many(ledger, [NewEntry(acc, day, Decimal(-5))], label="x"),
        lambda: entries.add_many(ledger, [NewTransfer(acc, other, day, Decimal(1))], label="x"),
        lambda: entries.edit_entry(ledger, kept, EntryPatch(date=day)),
        lambda: entries.duplicate_entry(ledger, kept, day=day),
        lambda: transfers.add_transfer(ledger, acc, other, day, Decimal(1)),
        lambda: transfers.edit_transfer(ledger, tid, day=day),
        lambda: valuations.set_valuation(ledger, acc, day, "10"),
        lambda: accounts.create_account(ledger, "Old", "checking", "USD", opening_date=day),
        lambda: accounts.edit_account(ledger, acc, opening_date=day),
        lambda: rates.add_rate(ledger, day, "EUR", "USD", "1.1"),
    ]
    for attempt in attempts:
        with pytest.raises(DomainError, match=RANGE):
            attempt()
    assert _count(ledger.book.path, "entries") == before
    assert accounts.get_account(ledger, acc).opening_date != day
    assert rates.list_rates(ledger) == []


@pytest.mark.parametrize("day", [FIRST_DATE, LAST_DATE])
def test_the_bounds_themselves_are_accepted(ledger: Ledger, acc: AccountId, day: date) -> None:
    entries.add_entry(ledger, NewEntry(acc, day, Decimal("-9999999999999.99")))
    valuations.set_valuation(ledger, acc, day, "9999999999999.99")
    rates.add_rate(ledger, day, "EUR", "USD", "1.1")
    assert _count(ledger.book.path, "entries") == 2


def test_amount_beyond_the_bound_is_refused(ledger: Ledger, acc: AccountId) -> None:
    for amount in ("10000000000000", "-10000000000000", "1e999999"):
        with pytest.raises(AmountError, match="too large"):
            entries.add_entry(ledger, NewEntry(acc, date(2024, 1, 1), Decimal(amount)))
        with pytest.raises(AmountError, match="too large"):
            entries.add_many(ledger, [NewEntry(acc, date(2024, 1, 1), Decimal(amount))], label="x")
        with pytest.raises(AmountError, match="too large"):
            valuations.set_valuation(ledger, acc, date(2024, 1, 1), amount)
        with pytest.raises(AmountError, match="too large"):
            accounts.create_account(ledger, "Big", "checking", "USD", opening_balance=amount)
    assert _count(ledger.book.path, "entries") == 0


# The sample statement with its second row moved past the last supported day.
OFX_ROW = (
    (Path(__file__).parents[1] / "data" / "imports" / "checking_sgml.ofx")
    .read_text()
    .replace("<DTPOSTED>20240103", "<DTPOSTED>22000101", 1)
)


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("a.csv", "Date,Amount,Payee\n2024-01-01,5,a\n0001-01-01,5,b\n", 3),
        ("b.csv", "Date,Amount,Payee\n9999-12-31,6,b\n", 2),
        ("c.qif", "!Type:Bank\nD01/20/2024\nT-4.50\nPA\n^\nD01/20/1850\nT-1\nPB\n^\n", 6),
        ("d.ofx", OFX_ROW, 0),
    ],
)
def test_imports_refuse_a_row_outside_with_file_line_and_field(
    ledger: Ledger, acc: AccountId, name: str, text: str, line: int
) -> None:
    del acc
    request = imports.ImportRequest(text.encode(), name, account="Checking")
    with pytest.raises(ImportFileError, match=RANGE) as caught:
        imports.run_import(ledger, request)
    assert caught.value.file == name
    assert caught.value.field == "date"
    if line:
        assert caught.value.line == line
    assert _count(ledger.book.path, "entries") == 0


def test_import_refuses_an_amount_outside(ledger: Ledger, acc: AccountId) -> None:
    del acc
    text = b"Date,Amount,Payee\n2024-01-01,5,a\n2024-01-02,10000000000000,b\n"
    request = imports.ImportRequest(text, "big.csv", account="Checking")
    with pytest.raises(ImportFileError, match="too large") as caught:
        imports.run_import(ledger, request)
    assert (caught.value.line, caught.value.field) == (3, "amount")
    assert _count(ledger.book.path, "entries") == 0


def test_rates_file_refuses_a_date_outside(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("date,from,to,rate\n2024-01-01,EUR,USD,1.1\n1899-12-31,EUR,USD,1.1\n")
    with pytest.raises(rates.RateFileError, match=f"rates.csv, line 3, field 'date': .*{RANGE}"):
        rates.import_rates(ledger, path)
    assert rates.list_rates(ledger) == []
