"""A CSV's running-balance column gives the statement's closing balance: the balance after the
last transaction, whether the file lists the oldest or the newest row first."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.imports.csv_format import CsvOptions, read_csv
from permoney_desktop.domain.imports.records import StatementBalance

START = date(2026, 11, 1)


def _file(rows: list[tuple[date, Decimal, Decimal | str]]) -> bytes:
    body = "\n".join(f"{d.isoformat()},{a},{b}" for d, a, b in rows)
    return f"Date,Amount,Balance\n{body}\n".encode()


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(-(10**6), 10**6, places=2, allow_nan=False),
    st.lists(st.decimals(-(10**4), 10**4, places=2, allow_nan=False), min_size=1, max_size=20),
    st.booleans(),
    st.booleans(),
)
def test_the_closing_balance_is_the_last_one_in_time_either_order(
    opening: Decimal, amounts: list[Decimal], newest_first: bool, one_day: bool
) -> None:
    rows: list[tuple[date, Decimal, Decimal | str]] = []
    balance = opening
    for i, a in enumerate(amounts):
        balance += a
        rows.append((START if one_day else START + timedelta(days=i), a, balance))
    if newest_first:
        rows.reverse()
    parsed = read_csv(_file(rows), "f.csv", options=CsvOptions(decimal_comma=False))
    last_day = START if one_day else START + timedelta(days=len(amounts) - 1)
    if one_day and len(amounts) > 1 and _both_orders_fit(rows):
        # The balances fit either order and every row is on one day: nothing is claimed.
        assert parsed.closing_balances == ()
        assert any("no closing balance" in w for w in parsed.warnings)
    else:
        assert parsed.closing_balances == (StatementBalance(opening + sum(amounts), last_day),)


def _both_orders_fit(rows: list[tuple[date, Decimal, Decimal | str]]) -> bool:
    def fits(seq: list[tuple[date, Decimal, Decimal | str]]) -> bool:
        return all(
            Decimal(str(b)) == Decimal(str(pb)) + a for (_d, _pa, pb), (_d2, a, b) in pairwise(seq)
        )

    return fits(rows) and fits(rows[::-1])


def test_a_blank_closing_balance_is_said_and_other_cells_are_not_read() -> None:
    rows: list[tuple[date, Decimal, Decimal | str]] = [
        (START, Decimal("-5.00"), "n/a"),  # never read: it does not close the statement
        (START + timedelta(days=1), Decimal("10.00"), ""),
    ]
    parsed = read_csv(_file(rows), "f.csv", options=CsvOptions(decimal_comma=False))
    assert parsed.closing_balances == ()
    assert parsed.warnings == ("f.csv: the balance column is blank on line 3: no closing balance",)


def test_each_account_of_a_file_gets_its_closing_balance() -> None:
    data = (
        b"Date,Account,Amount,Balance\n2026-11-01,A,-1.00,9.00\n2026-11-01,B,5.00,105.00\n"
        b"2026-11-03,A,-2.00,7.00\n2026-11-02,B,-5.00,100.00\n"
    )
    parsed = read_csv(data, "f.csv", options=CsvOptions(decimal_comma=False))
    assert parsed.closing_balances == (
        StatementBalance(Decimal("7.00"), date(2026, 11, 3), "A"),
        StatementBalance(Decimal("100.00"), date(2026, 11, 2), "B"),
    )
