"""A QIF opening balance record becomes the account's opening balance, never an income."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.services import accounts, imports, undo
from permoney_desktop.services.ledger import Ledger

CARD = b"""!Account
NVisa
TCCard
^
!Type:CCard
D1/ 1'24
T-300.00
POpening Balance
L[Visa]
^
D1/15'24
T-20.00
PBookshop
^
"""


def _request(data: bytes, **kw: object) -> imports.ImportRequest:
    return imports.ImportRequest(data=data, name="card.qif", **kw)  # type: ignore[arg-type]


def test_card_opening_is_the_amount_owed_and_one_undo_step(ledger: Ledger) -> None:
    acc, _ = accounts.create_account(ledger, "Visa", AccountKind.CREDIT_CARD, "USD")
    dry = imports.run_import(ledger, _request(CARD), dry_run=True)
    assert dry.notes == ["Visa: opening balance would be set to 300.00 on 2024-01-01"]
    assert accounts.get_account(ledger, acc).opening_balance.amount == 0
    report = imports.run_import(ledger, _request(CARD))
    assert report.imported == 1 and report.notes == [
        "Visa: opening balance set to 300.00 on 2024-01-01"
    ]
    detail = accounts.get_account(ledger, acc)
    assert (detail.opening_balance.amount, detail.opening_date) == (
        Decimal("300.00"),
        date(2024, 1, 1),
    )
    again = imports.run_import(ledger, _request(CARD))
    assert (again.imported, again.duplicates, again.notes) == (0, 1, [])
    undo.undo(ledger)  # the re-import's (empty) step
    assert undo.undo_label(ledger) == "Import 1 entries from card.qif"
    undo.undo(ledger)
    assert accounts.get_account(ledger, acc).opening_balance.amount == 0


def test_an_existing_opening_or_earlier_history_is_kept(ledger: Ledger) -> None:
    acc, _ = accounts.create_account(
        ledger, "Visa", AccountKind.CREDIT_CARD, "USD", opening_balance=Decimal("50")
    )
    report = imports.run_import(ledger, _request(CARD))
    assert report.notes == [
        "Visa: the file's opening balance 300.00 on 2024-01-01 differs from the account's "
        "50.00; the account's is kept"
    ]
    assert accounts.get_account(ledger, acc).opening_balance.amount == Decimal("50")
    accounts.create_account(ledger, "Old", AccountKind.CHECKING, "USD")
    early = b"!Type:Bank\nD12/15'23\nT-1\nPShop\n^\n"
    imports.run_import(ledger, imports.ImportRequest(data=early, name="e.qif", account="Old"))
    late = b"!Type:Bank\nD1/ 1'24\nT10\nPOpening Balance\nL[Old]\n^\nD1/20'24\nT-2\n^\n"
    report = imports.run_import(
        ledger, imports.ImportRequest(data=late, name="l.qif", account="Old")
    )
    assert report.notes == [
        "Old: the file's opening balance 10.00 on 2024-01-01 is not set: the account has "
        "entries before that day"
    ]
