"""QIF split lines land as split entries, to the cent, in the import's one undo step; a transfer
line's other side in the same file becomes its counterpart (no money counted twice)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.services import (
    accounts,
    balances,
    imports,
    materialize,
    reports,
    splits,
    undo,
)
from permoney_desktop.services.ledger import Ledger

TWO_ACCOUNTS = b"""!Account
NChecking
TBank
^
!Type:Bank
D2024-03-20
T-100.00
PCorner Market
SFood:Groceries
EMilk and bread
$-61.37
SHousehold
$-18.63
S[Savings]
Eput aside
$-20.00
^
!Account
NSavings
TBank
^
!Type:Bank
D2024-03-20
T20.00
PFrom checking
L[Checking]
^
D2024-03-21
T5.00
PInterest
LInterest
^
"""


def _minor(ledger: Ledger, name: str) -> int:
    materialize.sync_all(ledger, full=True)
    return next(b.minor for b in balances.balances_on(ledger, date(2024, 3, 31)) if b.name == name)


def test_qif_splits_import_to_the_cent_and_adopt_the_other_side(ledger: Ledger) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    accounts.create_account(ledger, "Savings", AccountKind.SAVINGS, "USD")
    report = imports.run_import(ledger, imports.ImportRequest(data=TWO_ACCOUNTS, name="two.qif"))
    assert report.imported == 3
    assert any("with their split lines" in n for n in report.notes)
    ids = list(report.new_entry_ids)
    found = splits.lines_of(ledger, ids)
    ((_entry, lines),) = found.items()
    assert [(line.target(), line.minor, line.memo) for line in lines] == [
        ("Food:Groceries", -6137, "Milk and bread"),
        ("Household", -1863, ""),
        ("[Savings]", -2000, "put aside"),
    ]
    # The savings record of the same transfer became the line's counterpart: 20 + 5, not 45.
    assert _minor(ledger, "Savings") == 2500
    assert _minor(ledger, "Checking") == -10000
    spent = {
        r.category: r.amount
        for r in reports.category_totals(ledger, date(2024, 3, 1), date(2024, 3, 31))
    }
    assert spent == {"Food:Groceries": 6137, "Household": 1863, "Interest": 500}
    undo.undo(ledger)
    assert splits.lines_of(ledger, ids) == {}
    assert _minor(ledger, "Savings") == 0


def test_a_transfer_line_to_an_unknown_account_is_kept_with_a_note(ledger: Ledger) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    data = b"!Type:Bank\nD2024-03-20\nT-10.00\nPShop\nSGifts\n$-4.00\nS[Holiday Fund]\n$-6.00\n^\n"
    report = imports.run_import(
        ledger, imports.ImportRequest(data=data, name="one.qif", account="Checking")
    )
    assert any("Holiday Fund" in n for n in report.notes)
    (lines,) = splits.lines_of(ledger, list(report.new_entry_ids)).values()
    assert [(line.target(), line.minor, line.memo) for line in lines] == [
        ("Gifts", -400, ""),
        ("Uncategorized", -600, "[Holiday Fund]"),
    ]
    assert sum(line.minor for line in lines) == Decimal("-10.00").scaleb(2)
