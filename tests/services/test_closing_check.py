"""A statement's closing balance compared with the account on that date: in a plan and a dry run
("would be"), and after the write (the materializer's own figure, checked against the stored
balances once synced)."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, balances, entries, imports, materialize
from permoney_desktop.services.imports.closing_check import ClosingCheck, summary
from permoney_desktop.services.ledger import Ledger


def ofx(statements: list[tuple[str, str, list[tuple[str, str, str]], str | None, str]]) -> bytes:
    """An OFX 1.x file: per statement (kind "bank"/"card", account id, transactions as
    (YYYYMMDD, amount, FITID), the LEDGERBAL amount or None, its DTASOF day)."""
    bank: list[str] = []
    card: list[str] = []
    for kind, acct, trns, bal, asof in statements:
        tr = "".join(
            f"<STMTTRN><TRNTYPE>OTHER<DTPOSTED>{d}<TRNAMT>{a}<FITID>{f}<NAME>P{f}</STMTTRN>\n"
            for d, a, f in trns
        )
        ledger_bal = f"<LEDGERBAL><BALAMT>{bal}<DTASOF>{asof}120000[-5:EST]</LEDGERBAL>\n"
        body = (
            f"<BANKTRANLIST><DTSTART>20260101<DTEND>{asof}\n{tr}</BANKTRANLIST>\n"
            f"{ledger_bal if bal is not None else ''}"
        )
        if kind == "card":
            card.append(
                "<CCSTMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><CCSTMTRS>"
                f"<CURDEF>USD<CCACCTFROM><ACCTID>{acct}</CCACCTFROM>\n{body}"
                "</CCSTMTRS></CCSTMTTRNRS>\n"
            )
        else:
            bank.append(
                "<STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS>"
                f"<CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>{acct}<ACCTTYPE>CHECKING"
                f"</BANKACCTFROM>\n{body}</STMTRS></STMTTRNRS>\n"
            )
    text = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX>\n"
    if bank:
        text += "<BANKMSGSRSV1>\n" + "".join(bank) + "</BANKMSGSRSV1>\n"
    if card:
        text += "<CREDITCARDMSGSRSV1>\n" + "".join(card) + "</CREDITCARDMSGSRSV1>\n"
    return (text + "</OFX>\n").encode()


CHECKING_ROWS = [("20261003", "-12.34", "C1"), ("20261015", "1500.00", "C2")]
CARD_ROWS = [("20261005", "-500.00", "V1"), ("20261020", "-12.34", "V2")]


def _request(data: bytes, **accounts_map: str) -> imports.ImportRequest:
    return imports.ImportRequest(data=data, name="download.ofx", accounts=accounts_map)


def _stored_level(ledger: Ledger, account_id: AccountId, day: date) -> Decimal:
    """The balance the app shows for the day, from the materialized rows."""
    materialize.sync_all(ledger)
    (bal,) = balances.balances_on(ledger, day, [account_id])
    return bal.money.amount


def test_an_agreeing_statement_says_so_in_plan_dry_run_and_after(ledger: Ledger) -> None:
    acc, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    data = ofx([("bank", "111", CHECKING_ROWS, "1487.66", "20261031")])
    request = _request(data, **{"111": "Checking"})
    for checks in (
        imports.plan_import(ledger, request).closing,
        imports.run_import(ledger, request, dry_run=True).closing,
    ):
        assert checks == [
            ClosingCheck(
                "Checking",
                "USD",
                date(2026, 10, 31),
                Decimal("1487.66"),
                Decimal("1487.66"),
                would_be=True,
            )
        ]
        assert checks[0].agrees
    report = imports.run_import(ledger, request)
    (check,) = report.closing
    assert (check.agrees, check.would_be, check.difference) == (True, False, 0)
    assert check.book == _stored_level(ledger, acc, check.day)
    assert summary(report.closing) == [
        (
            False,
            "Checking: the statement's closing balance on 2026-10-31 is 1,487.66 USD; "
            "the book agrees (1,487.66 USD)",
        )
    ]
    # A re-import is all duplicates and still agrees.
    again = imports.run_import(ledger, request)
    assert (again.imported, [c.agrees for c in again.closing]) == (0, [True])


def test_a_cent_off_is_a_difference_not_an_error(ledger: Ledger) -> None:
    acc, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    data = ofx([("bank", "111", CHECKING_ROWS, "1487.67", "20261031")])
    dry = imports.run_import(ledger, _request(data, **{"111": "Checking"}), dry_run=True)
    (would,) = dry.closing
    assert (would.book, would.difference, would.agrees) == (
        Decimal("1487.66"),
        Decimal("-0.01"),
        False,
    )
    assert summary(dry.closing)[0] == (
        True,
        "Checking: the statement's closing balance on 2026-10-31 is 1,487.67 USD; the book's "
        "balance would be 1,487.66 USD: it differs by 0.01 USD (the book is lower)",
    )
    report = imports.run_import(ledger, _request(data, **{"111": "Checking"}))
    assert report.imported == 2  # the import stands
    (check,) = report.closing
    assert (check.difference, check.would_be) == (Decimal("-0.01"), False)
    assert check.book == _stored_level(ledger, acc, check.day)


def test_a_card_statement_compares_the_amount_owed(ledger: Ledger) -> None:
    acc, _ = accounts.create_account(
        ledger, "Visa", AccountKind.CREDIT_CARD, "USD", opening_balance=Decimal("100")
    )
    # The card owed 100 before; the statement says 612.34 owed (OFX: a negative balance).
    data = ofx([("card", "4111", CARD_ROWS, "-612.34", "20261031")])
    report = imports.run_import(ledger, _request(data, **{"4111": "Visa"}))
    (check,) = report.closing
    assert (check.liability, check.statement, check.book, check.agrees) == (
        True,
        Decimal("612.34"),
        Decimal("612.34"),
        True,
    )
    assert check.book == _stored_level(ledger, acc, check.day)
    assert "612.34 USD owed; the book agrees (612.34 USD owed)" in summary(report.closing)[0][1]
    # Owed a cent more by the statement than the book: the book is lower.
    data = ofx([("card", "4111", CARD_ROWS, "-612.35", "20261031")])
    (check,) = imports.run_import(ledger, _request(data, **{"4111": "Visa"})).closing
    assert check.difference == Decimal("-0.01")
    assert summary([check])[0][1].endswith("it differs by 0.01 USD (the book is lower)")


def test_the_balance_is_the_one_on_the_statement_date(ledger: Ledger) -> None:
    acc, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    # Already in the book: one entry before the statement's period, two after its date, and a
    # balance anchor after it too. None after the date may count.
    for day, amount, kind in (
        (date(2026, 9, 1), "200.00", EntryKind.TRANSACTION),
        (date(2026, 11, 2), "-75.00", EntryKind.TRANSACTION),
        (date(2026, 11, 3), "5000.00", EntryKind.VALUATION),
        (date(2026, 12, 24), "-30.00", EntryKind.TRANSACTION),
    ):
        entries.add_entry(ledger, NewEntry(acc, day, Decimal(amount), kind))
    data = ofx([("bank", "111", CHECKING_ROWS, "1687.66", "20261031")])
    request = _request(data, **{"111": "Checking"})
    (would,) = imports.plan_import(ledger, request).closing
    assert (would.book, would.agrees) == (Decimal("1687.66"), True)
    (check,) = imports.run_import(ledger, request).closing
    assert (check.book, check.agrees) == (Decimal("1687.66"), True)
    assert check.book == _stored_level(ledger, acc, check.day)
    assert _stored_level(ledger, acc, date(2026, 12, 31)) == Decimal("4970.00")


def test_a_file_with_several_accounts_checks_each(ledger: Ledger) -> None:
    checking, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    visa, _ = accounts.create_account(ledger, "Visa", AccountKind.CREDIT_CARD, "USD")
    accounts.create_account(ledger, "Savings", AccountKind.SAVINGS, "USD")
    data = ofx(
        [
            ("bank", "111", CHECKING_ROWS, "1487.66", "20261031"),
            ("card", "4111", CARD_ROWS, "-500.00", "20261031"),  # misses the 12.34
            ("bank", "222", [("20261001", "10.00", "S1")], None, "20261031"),  # no balance
        ]
    )
    request = _request(data, **{"111": "Checking", "4111": "Visa", "222": "Savings"})
    report = imports.run_import(ledger, request)
    by_name = {c.account: c for c in report.closing}
    assert sorted(by_name) == ["Checking", "Visa"]
    assert by_name["Checking"].agrees
    assert (by_name["Visa"].book, by_name["Visa"].difference) == (
        Decimal("512.34"),
        Decimal("12.34"),
    )
    assert by_name["Visa"].book == _stored_level(ledger, visa, date(2026, 10, 31))
    assert by_name["Checking"].book == _stored_level(ledger, checking, date(2026, 10, 31))
    warnings = [text for warn, text in summary(report.closing) if warn]
    assert warnings == [
        "Visa: the statement's closing balance on 2026-10-31 is 500.00 USD owed; the book's "
        "balance is 512.34 USD owed: it differs by 12.34 USD (the book is higher)"
    ]


def test_no_stated_balance_means_no_check(ledger: Ledger) -> None:
    accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    data = ofx([("bank", "111", CHECKING_ROWS, None, "20261031")])
    report = imports.run_import(ledger, _request(data, **{"111": "Checking"}))
    assert (report.imported, report.closing) == (2, [])


def test_earlier_stated_balances_are_counted_under_the_latest() -> None:
    def check(day: int, book: str) -> ClosingCheck:
        return ClosingCheck("A", "USD", date(2026, 1, day), Decimal("10"), Decimal(book))

    lines = summary([check(1, "10"), check(2, "9.99"), check(3, "11"), check(4, "10")])
    assert lines == [
        (False, "A: the statement's closing balance on 2026-01-04 is 10.00 USD; the book agrees "
         "(10.00 USD)"),
        (True, "A: 2 of the file's 3 earlier stated balances differ; the first, on 2026-01-02: "
         "the book's balance is 9.99 USD: it differs by 0.01 USD (the book is lower)"),
    ]  # fmt: skip


cents = st.integers(min_value=-500_000, max_value=500_000)
days = st.integers(min_value=0, max_value=60)
START = date(2026, 3, 1)


@settings(max_examples=25)
@given(
    book_rows=st.lists(st.tuples(days, cents), max_size=6),
    file_rows=st.lists(st.tuples(days, cents), min_size=1, max_size=6),
    statement_day=days,
    off_by=st.integers(min_value=-3, max_value=3),
    liability=st.booleans(),
)
def test_difference_is_exact_against_a_naive_sum(
    migrated_template: Path,
    book_rows: list[tuple[int, int]],
    file_rows: list[tuple[int, int]],
    statement_day: int,
    off_by: int,
    liability: bool,
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "b.permoney"
        shutil.copyfile(migrated_template, path)
        path.chmod(0o600)
        with Ledger.open(path) as ledger:
            kind = AccountKind.CREDIT_CARD if liability else AccountKind.CHECKING
            acc, _ = accounts.create_account(ledger, "A", kind, "USD")
            for d, c in book_rows:
                entries.add_entry(
                    ledger, NewEntry(acc, START + timedelta(d), Decimal(c).scaleb(-2))
                )
            on = START + timedelta(statement_day)
            position = sum(c for d, c in [*book_rows, *file_rows] if d <= statement_day)
            stated = Decimal(position + off_by).scaleb(-2)
            trns = [
                ((START + timedelta(d)).strftime("%Y%m%d"), str(Decimal(c).scaleb(-2)), f"F{i}")
                for i, (d, c) in enumerate(file_rows)
            ]
            kind_text = "card" if liability else "bank"
            statement = (kind_text, "9", trns, str(stated), on.strftime("%Y%m%d"))
            request = _request(ofx([statement]), **{"9": "A"})
            sign = -1 if liability else 1
            (would,) = imports.plan_import(ledger, request).closing
            (after,) = imports.run_import(ledger, request).closing
            for c in (would, after):
                assert c.statement == sign * stated
                assert c.difference == sign * Decimal(-off_by).scaleb(-2)
                assert c.agrees is (off_by == 0)
            assert after.book == _stored_level(ledger, acc, on)
