"""OFX corrections of an earlier download: REPLACE and DELETE applied to the book's entry with the
corrected FITID in the same account, in the import's one write and undo step; never a guess."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.splits import SplitLine
from permoney_desktop.services import accounts, categories, imports, splits, transfers, undo
from permoney_desktop.services.imports.corrections import Status, sentence
from permoney_desktop.services.ledger import Ledger
from tests.services.book_state import book_state

FIRST = b"""OFXHEADER:100
DATA:OFXSGML

<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>111<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20261001<DTEND>20261010
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261003<TRNAMT>-12.34<FITID>A1<NAME>GROCER</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261004<TRNAMT>-40.00<FITID>A2<NAME>FUEL</STMTTRN>
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261005<TRNAMT>1000.00<FITID>A3<NAME>PAYROLL</STMTTRN>
</BANKTRANLIST>
<LEDGERBAL><BALAMT>947.66<DTASOF>20261010</LEDGERBAL>
</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
"""


def second(corrections: str, balance: str = "927.66") -> bytes:
    """The next download: one new transaction, the corrections, the new ledger balance."""
    return f"""OFXHEADER:100
DATA:OFXSGML

<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>2<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>111<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20261011<DTEND>20261020
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261012<TRNAMT>-20.00<FITID>B1<NAME>CAFE</STMTTRN>
{corrections}
</BANKTRANLIST>
<LEDGERBAL><BALAMT>{balance}<DTASOF>20261020</LEDGERBAL>
</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
""".encode()


# The grocer charged 21.34, not 12.34; the fuel charge never happened.
REPLACE = (
    "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261003<TRNAMT>-21.34<FITID>A1R<NAME>GROCER"
    "<CORRECTFITID>A1<CORRECTACTION>REPLACE</STMTTRN>"
)
DELETE = (
    "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261004<TRNAMT>-40.00<FITID>A2D"
    "<CORRECTFITID>A2<CORRECTACTION>DELETE</STMTTRN>"
)


def _request(data: bytes) -> imports.ImportRequest:
    return imports.ImportRequest(data=data, name="dl.ofx", account="Checking")


def _book(ledger: Ledger, account_id: AccountId) -> list[tuple[str | None, Decimal]]:
    with sqlite3.connect(ledger.book.path) as conn:
        rows = conn.execute(
            "SELECT external_id, amount FROM entries WHERE account_id = ?", (int(account_id),)
        ).fetchall()
    return sorted((x, Decimal(a).scaleb(-2)) for x, a in rows)


def _checking(ledger: Ledger) -> AccountId:
    acc, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    report = imports.run_import(ledger, _request(FIRST))
    assert report.imported == 3 and report.closing[0].agrees
    return acc


def test_replace_and_delete_apply_to_the_earlier_download_in_one_undo_step(
    ledger: Ledger,
) -> None:
    acc = _checking(ledger)
    before = _book(ledger, acc)
    # 1000 - 21.34 - 20 (the cafe) = 958.66: the bank's own balance after its corrections.
    data = second(REPLACE + "\n" + DELETE, balance="958.66")
    plan = imports.plan_import(ledger, _request(data))
    assert [(o.action, o.target, o.status) for o in plan.corrections] == [
        ("REPLACE", "A1", Status.APPLIED),
        ("DELETE", "A2", Status.APPLIED),
    ]
    assert plan.closing[0].agrees and plan.closing[0].would_be
    dry = imports.run_import(ledger, _request(data), dry_run=True)
    assert sentence(dry.corrections[0], would=True) == (
        "Checking: the bank replaces its transaction A1 (line 8): entry 1 of 2026-10-03, "
        "-12.34 USD GROCER would be deleted; the corrected transaction would be imported"
    )
    assert _book(ledger, acc) == before  # a dry run writes nothing

    report = imports.run_import(ledger, _request(data))
    assert report.imported == 2  # the cafe and the grocer's corrected charge
    assert [o.status for o in report.corrections] == [Status.APPLIED, Status.APPLIED]
    assert sentence(report.corrections[1], would=False) == (
        "Checking: the bank deletes its transaction A2 (line 9): entry 2 of 2026-10-04, "
        "-40.00 USD FUEL deleted"
    )
    assert _book(ledger, acc) == [
        ("A1R", Decimal("-21.34")),
        ("A3", Decimal("1000.00")),
        ("B1", Decimal("-20.00")),
    ]
    assert report.closing[0].agrees and not report.closing[0].would_be
    assert undo.undo_label(ledger) == "Import 2 entries from dl.ofx (2 corrections)"

    undo.undo(ledger)  # one step takes back the new rows and the deletions together
    assert _book(ledger, acc) == before
    undo.redo(ledger)
    assert len(_book(ledger, acc)) == 3

    again = imports.run_import(ledger, _request(data))  # the same download once more
    assert (again.imported, again.duplicates) == (0, 2)
    assert [o.status for o in again.corrections] == [Status.DONE_BEFORE, Status.NOT_FOUND]
    assert again.closing[0].agrees


def test_a_target_not_in_the_book_is_said_and_nothing_else_is_touched(ledger: Ledger) -> None:
    acc = _checking(ledger)
    savings, _ = accounts.create_account(ledger, "Savings", AccountKind.SAVINGS, "USD")
    # Another account's entry with the same id is not the target: corrections stay in their
    # account.
    imports.run_import(
        ledger,
        imports.ImportRequest(
            data=FIRST.replace(b"<ACCTID>111", b"<ACCTID>222"), name="s.ofx", account="Savings"
        ),
    )
    fix = REPLACE.replace("A1", "ZZ")
    report = imports.run_import(ledger, _request(second(fix)))
    (o,) = report.corrections
    assert (o.status, o.entry) == (Status.NOT_FOUND, None)
    assert sentence(o, would=False).endswith(
        "no entry of the account has that id, so it changes nothing"
    )
    assert len(_book(ledger, acc)) == 5  # 3 + the cafe + the replacement row
    assert len(_book(ledger, savings)) == 3


def test_a_transfer_side_is_left_alone(ledger: Ledger) -> None:
    # (Several entries with one bank id in an account cannot be: the book keeps (account,
    # external id) unique, so a correction finds one entry or none.)
    acc = _checking(ledger)
    savings, _ = accounts.create_account(ledger, "Savings", AccountKind.SAVINGS, "USD")
    transfers.add_transfer(ledger, acc, savings, date(2026, 10, 6), Decimal("50"))
    with sqlite3.connect(ledger.book.path) as conn:  # the bank's ids on the user's transfer
        conn.execute(
            "UPDATE entries SET external_id = 'T1' WHERE account_id = ? AND transfer_id"
            " IS NOT NULL",
            (int(acc),),
        )
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE entries SET external_id = 'A3' WHERE external_id = 'A2'")
    fix = DELETE.replace("A2", "T1")
    before = book_state(ledger.book.path)
    dry = imports.run_import(ledger, _request(second(fix)), dry_run=True)
    assert [o.status for o in dry.corrections] == [Status.TRANSFER]
    assert "is part of a transfer, left as it is: correct it by hand" in sentence(
        dry.corrections[0], would=True
    )
    assert book_state(ledger.book.path) == before
    report = imports.run_import(ledger, _request(second(fix)))
    assert [o.status for o in report.corrections] == [Status.TRANSFER]
    assert report.imported == 1
    assert len(_book(ledger, acc)) == 5  # nothing deleted: 3 + the transfer side + the cafe


def test_a_statement_that_only_deletes_is_an_import_of_its_own(ledger: Ledger) -> None:
    acc = _checking(ledger)
    only = second(DELETE).replace(
        b"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261012<TRNAMT>-20.00<FITID>B1<NAME>CAFE</STMTTRN>",
        b"",
    )
    report = imports.run_import(ledger, _request(only))
    assert (report.imported, [o.status for o in report.corrections]) == (0, [Status.APPLIED])
    assert not report.changes.empty
    assert [x for x, _a in _book(ledger, acc)] == ["A1", "A3"]
    undo.undo(ledger)
    assert [x for x, _a in _book(ledger, acc)] == ["A1", "A2", "A3"]


def test_a_split_goes_with_its_lines_unless_a_line_moves_money_elsewhere(ledger: Ledger) -> None:
    acc = _checking(ledger)
    savings, _ = accounts.create_account(ledger, "Savings", AccountKind.SAVINGS, "USD")
    food = categories.create_category(ledger, "Food", "expense")[0]
    with sqlite3.connect(ledger.book.path) as conn:
        (grocer,) = conn.execute("SELECT id FROM entries WHERE external_id = 'A1'").fetchone()
        (fuel,) = conn.execute("SELECT id FROM entries WHERE external_id = 'A2'").fetchone()
    splits.split_entry(
        ledger, grocer, [SplitLine(Decimal("-10"), food), SplitLine(Decimal("-2.34"), food)]
    )
    splits.split_entry(
        ledger, fuel, [SplitLine(Decimal("-30"), food), SplitLine(Decimal("-10"), None, savings)]
    )
    fix = REPLACE + "\n" + DELETE
    report = imports.run_import(ledger, _request(second(fix)))
    assert [o.status for o in report.corrections] == [Status.APPLIED, Status.TRANSFER]
    assert splits.lines_of(ledger, [grocer]) == {}
    assert len(splits.lines_of(ledger, [fuel])[fuel]) == 2
    assert len(_book(ledger, savings)) == 1  # the fuel split's transfer line is kept
    undo.undo(ledger)
    assert len(splits.lines_of(ledger, [grocer])[grocer]) == 2
    assert ("A1", Decimal("-12.34")) in _book(ledger, acc)
