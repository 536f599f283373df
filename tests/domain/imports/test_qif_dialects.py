"""Quicken QIF dialects: date forms, account lists, comments, opening balances, investments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.imports.qif import normalize_date, read_qif
from permoney_desktop.domain.imports.records import ImportFileError

# A Quicken multi-account export: the AutoSwitch account list, then each account's records,
# an opening balance first, an investment account in between, comment lines.
MULTI = b"""!Option:AutoSwitch
!Account
NEveryday
TBank
^
NBrokerage
TInvst
^
NVisa
TCCard
^
!Clear:AutoSwitch
### exported by a personal-finance program
!Account
NEveryday
TBank
^
!Type:Bank
D1/ 1'00
T1,000.00
POpening Balance
L[Everyday]
^
D2/10'2020
T-25.50
PCorner Shop
LGroceries
^
D12/31'99
U250.00
PRefund
^
!Account
NBrokerage
TInvst
^
!Type:Invst
D3/1'20
NBuy
YACME
I10
Q2
T20.00
^
D3/2'20
NSell
YACME
T21.00
^
!Account
NVisa
TCCard
^
!Type:CCard
D2/11'2020
T-9.99
PStreaming
^
"""


def test_multi_account_autoswitch_export() -> None:
    parsed = read_qif(MULTI, "all.qif")
    assert [(r.account, r.date, r.amount) for r in parsed.rows] == [
        ("Everyday", date(2020, 2, 10), Decimal("-25.50")),
        ("Everyday", date(2099, 12, 31), Decimal("250.00")),
        ("Visa", date(2020, 2, 11), Decimal("-9.99")),
    ]
    assert parsed.account_keys == ("Everyday", "Visa")
    (opening,) = parsed.opening_balances
    assert (opening.amount, opening.date, opening.account) == (
        Decimal("1000.00"),
        date(2000, 1, 1),
        "Everyday",
    )
    assert parsed.warnings == ("all.qif: 2 investment records skipped (not imported)",)


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("1/ 1'00", "1/1/2000"),
        ("2/10'2020", "2/10/2020"),
        ("12/31' 9", "12/31/2009"),
        ("1/15/99", "1/15/1999"),
        ("01.02.2020", "01.02.2020"),
        ("1-15-24", "1-15-2024"),
        ("2024-01-15", "2024-01-15"),
    ],
)
def test_quicken_date_forms(text: str, spelled: str) -> None:
    assert normalize_date(text) == spelled


def test_dotted_dates_are_day_first() -> None:
    parsed = read_qif(b"!Type:Bank\nD01.02.2020\nT-1\n^\nD13.02.2020\nT-2\n^\n", "de.qif")
    assert [r.date for r in parsed.rows] == [date(2020, 2, 1), date(2020, 2, 13)]


def test_ambiguous_order_is_reported_in_the_files_own_text() -> None:
    data = b"!Type:Bank\nD1/ 2'20\nT-1\n^\n"
    with pytest.raises(ImportFileError) as caught:
        read_qif(data, "amb.qif")
    assert caught.value.line == 2 and caught.value.field == "D"
    assert repr("1/ 2'20") in caught.value.reason
    assert caught.value.reason.endswith("choose the date format")
    assert read_qif(data, "amb.qif", date_format="%d/%m/%Y").rows[0].date == date(2020, 2, 1)


def test_unreadable_date_shows_the_files_text() -> None:
    with pytest.raises(ImportFileError) as caught:
        read_qif(b"!Type:Bank\nD1/15'2020\nT-1\n^\nD2/30'2020\nT-1\n^\n", "bad.qif")
    assert (caught.value.line, caught.value.field) == (5, "D")
    assert repr("2/30'2020") in caught.value.reason


def test_investment_only_file_refuses_nothing_and_imports_nothing() -> None:
    parsed = read_qif(b"!Type:Invst\nD3/1'20\nNBuy\nT20\n^\n", "inv.qif")
    assert parsed.rows == ()
    assert parsed.warnings == ("inv.qif: 1 investment records skipped (not imported)",)


def test_opening_balance_of_another_account_is_a_transfer_not_an_opening() -> None:
    data = b"!Account\nNA\n^\n!Type:Bank\nD1/1'20\nT5\nPOpening Balance\nL[B]\n^\n"
    parsed = read_qif(data, "t.qif")
    assert len(parsed.rows) == 1 and parsed.opening_balances == ()


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=300)
    | st.builds(
        lambda cut, junk: MULTI[:cut] + junk + MULTI[cut:],
        st.integers(0, len(MULTI)),
        st.binary(max_size=12),
    )
    | st.lists(
        st.sampled_from(
            [
                "!Type:Bank",
                "!Account",
                "!Option:AutoSwitch",
                "!Clear:AutoSwitch",
                "!Type:Invst",
                "NX",
                "D1/ 1'00",
                "D2/10'2020",
                "D01.02.2020",
                "T-1.5",
                "U3",
                "POpening Balance",
                "L[X]",
                "^",
                "### c",
                "SCat",
                "$-1",
                "",
            ]
        ),
        max_size=30,
    ).map(lambda ls: "\n".join(ls).encode())
)
def test_fuzz_never_a_traceback(data: bytes) -> None:
    try:
        parsed = read_qif(data, "fuzz.qif")
    except ImportFileError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.qif")
    else:
        assert all(r.amount.is_finite() for r in parsed.rows)
