"""A CSV's running-balance column gives the statement's closing balance: the balance after the
last transaction, whether the file lists the oldest or the newest row first."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
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
        (closing,) = parsed.closing_balances
        assert (closing.amount, closing.date) == (opening + sum(amounts), last_day)
        if len(amounts) < 2 or not any(amounts[1:]):
            assert closing.sign_undecided  # no balance moved: the rows do not say how it counts


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


def _card_file(rows: list[tuple[date, Decimal, Decimal]]) -> bytes:
    body = "\n".join(f"{d.isoformat()},{a},{b}" for d, a, b in rows)
    return f"Date,Amount,Balance\n{body}\n".encode()


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(0, 10**5, places=2, allow_nan=False),
    st.lists(st.decimals(-(10**4), 10**4, places=2, allow_nan=False), min_size=2, max_size=20),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_a_balance_column_that_shows_the_debt_positive_is_told_from_the_data(
    owed_before: Decimal, amounts: list[Decimal], newest_first: bool, one_day: bool, owed: bool
) -> None:
    """Card issuers print the amount owed as a positive balance: each balance moves by minus
    the row's amount. Certain from the data, it is read that way; never otherwise."""
    rows: list[tuple[date, Decimal, Decimal]] = []
    level = -owed_before  # the account's balance in the entry sign (a debt is negative)
    for i, a in enumerate(amounts):
        level += a
        rows.append((START if one_day else START + timedelta(days=i), a, -level if owed else level))
    if newest_first:
        rows.reverse()
    parsed = read_csv(_card_file(rows), "card.csv", options=CsvOptions(decimal_comma=False))
    moved = any(amounts[1:])
    if not parsed.closing_balances:
        assert one_day  # only a one-day file may leave its order, and so its close, untold
        return
    (closing,) = parsed.closing_balances
    if closing.sign_undecided:
        # Undecided only when the data cannot tell: nothing moved, or one day in which the
        # balances fit both ways.
        assert not moved or one_day
        return
    assert closing.amount == level  # the entry-sign balance, whichever way the file wrote it
    assert any("owed as a positive number" in w for w in parsed.warnings) == owed
    if not one_day and moved:
        assert not closing.sign_undecided


@pytest.mark.parametrize(("sign", "expected"), [("owed-positive", "-7.00"), ("signed", "7.00")])
def test_the_sign_given_is_used_and_decided(sign: str, expected: str) -> None:
    # One row: nothing in the data says how the column counts.
    data = b"Date,Amount,Balance\n2026-11-01,-2.00,7.00\n"
    undecided = read_csv(data, "c.csv", options=CsvOptions(decimal_comma=False))
    assert undecided.closing_balances[0].sign_undecided
    given_sign = read_csv(data, "c.csv", options=CsvOptions(decimal_comma=False, balance_sign=sign))
    (closing,) = given_sign.closing_balances
    assert (closing.amount, closing.sign_undecided) == (Decimal(expected), False)


def test_a_gap_in_the_balances_leaves_the_sign_undecided_and_bad_cells_never_refuse() -> None:
    # Balances move by minus the amount, except one row (a pending charge the bank left out
    # of the running balance): not certain, so undecided; a bad cell mid-file is not read.
    data = (
        b"Date,Amount,Balance\n2026-11-01,-10.00,110.00\n2026-11-02,-5.00,115.00\n"
        b"2026-11-03,-1.00,n/a\n2026-11-04,-3.00,115.00\n2026-11-05,50.00,65.00\n"
    )
    parsed = read_csv(data, "c.csv", options=CsvOptions(decimal_comma=False))
    (closing,) = parsed.closing_balances
    assert closing.sign_undecided and closing.amount == Decimal("65.00")


def _written(value: Decimal, comma: bool, grouped: bool) -> str:
    text = f"{value:,.2f}" if grouped else f"{value:.2f}"
    return text.translate(str.maketrans(",.", ".,")) if comma else text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.decimals(-(10**9), 10**9, places=2, allow_nan=False), min_size=1, max_size=30),
    st.booleans(),
    st.booleans(),
    st.lists(st.sampled_from(["", "-", "n/a", "1-2", "+5", "1e3", "NaN", "1_000"]), max_size=2),
)
def test_the_bulk_balance_reader_reads_as_the_cell_reader_or_steps_aside(
    values: list[Decimal], comma: bool, grouped: bool, odd: list[str]
) -> None:
    """The column read in bulk (for deciding the sign) gives what ``parse_amount`` gives, and
    hands anything but plain amounts to the cell-by-cell reader."""
    from permoney_desktop.domain.imports.amounts import parse_amount
    from permoney_desktop.domain.imports.csv_balance import _plain

    texts = [_written(v, comma, grouped) for v in values]
    if not grouped or comma:
        assert _plain(texts, comma) == [parse_amount(t, comma) for t in texts]
    assert _plain(texts + odd, comma) is None or not odd
