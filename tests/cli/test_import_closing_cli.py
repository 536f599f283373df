"""`permoney import` says whether the book agrees with the statement's closing balance; a
difference is a visible warning, never a failed import."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from permoney_desktop.cli import main
from tests.services.test_closing_check import CARD_ROWS, CHECKING_ROWS, ofx


def _entries(book: Path) -> int:
    with sqlite3.connect(book) as conn:
        return int(conn.execute("SELECT count(*) FROM entries").fetchone()[0])


def _import(book: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--book", str(book), "import", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_accounts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    book = tmp_path / "b.permoney"
    assert main(["--book", str(book), "init"]) == 0
    for name, kind in (("Checking", "checking"), ("Visa", "credit_card")):
        args = ["accounts", "add", name, "--type", kind, "--currency", "USD"]
        assert main(["--book", str(book), *args]) == 0
    capsys.readouterr()
    return book


def test_agreement_and_difference_in_dry_run_and_import(
    two_accounts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "download.ofx"
    path.write_bytes(
        ofx(
            [
                ("bank", "111", CHECKING_ROWS, "1487.66", "20261031"),
                ("card", "4111", CARD_ROWS, "-512.35", "20261031"),
            ]
        )
    )
    maps = ["--account-map", "111=Checking", "--account-map", "4111=Visa"]
    code, out, err = _import(two_accounts, str(path), *maps, "--dry-run", capsys=capsys)
    assert code == 0
    assert out.splitlines()[1:] == [
        "closing balance: Checking: the statement's closing balance on 2026-10-31 is "
        "1,487.66 USD; the book would agree (1,487.66 USD)",
        "warning: closing balance: Visa: the statement's closing balance on 2026-10-31 is "
        "512.35 USD owed; the book's balance would be 512.34 USD owed: it differs by 0.01 USD "
        "(the book is lower)",
    ]
    assert err == (
        "permoney: warning: the book would differ from the statement's closing balance "
        "(1 account; see the summary)\n"
    )
    code, out, err = _import(two_accounts, str(path), *maps, capsys=capsys)
    assert code == 0  # a difference is information: the import succeeded
    assert out.splitlines()[0] == "imported 4, duplicates 0, rejected 0"
    assert "the book agrees (1,487.66 USD)" in out
    assert "the book's balance is 512.34 USD owed: it differs by 0.01 USD" in out
    assert "the book differs from the statement's closing balance (1 account" in err


def test_no_line_when_every_balance_agrees_on_stderr(
    two_accounts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "download.ofx"
    path.write_bytes(ofx([("bank", "111", CHECKING_ROWS, "1487.66", "20261031")]))
    code, out, err = _import(two_accounts, str(path), "--account", "Checking", capsys=capsys)
    assert (code, err) == (0, "")
    assert "the book agrees" in out


# A card issuer's export: charges negative, the payment positive, and a running balance that
# shows what is owed as a positive number (each balance moves by minus the row's amount).
CARD_CSV = (
    "Date,Description,Amount,Balance\n"
    "2026-10-02,Grocer,-20.00,20.00\n"
    "2026-10-05,Fuel,-30.00,50.00\n"
    "2026-10-20,Payment thank you,50.00,0.00\n"
    "2026-10-28,Books,-12.34,12.34\n"
)


def test_a_card_balance_shown_owed_positive_agrees_when_the_data_say_so(
    two_accounts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "card.csv"
    path.write_text(CARD_CSV)
    code, out, err = _import(two_accounts, str(path), "--account", "Visa", capsys=capsys)
    assert (code, err) == (0, "")
    assert (
        "closing balance: Visa: the statement's closing balance on 2026-10-28 is 12.34 USD owed; "
        "the book agrees (12.34 USD owed)"
    ) in out.splitlines()
    assert "note: card.csv: the balance column shows what is owed as a positive number" in out


def test_a_card_balance_written_signed_is_read_signed(
    two_accounts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "card.csv"
    path.write_text(CARD_CSV.replace(",20.00\n", ",-20.00\n").replace(",50.00\n", ",-50.00\n")
                    .replace(",12.34\n", ",-12.34\n"))  # fmt: skip
    code, out, err = _import(two_accounts, str(path), "--account", "Visa", capsys=capsys)
    assert (code, err) == (0, "")
    assert "the book agrees (12.34 USD owed)" in out
    assert "owed as a positive number" not in out


def test_an_undecided_card_balance_is_refused_with_the_option_then_imported(
    two_accounts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One row moves no balance: whether 12.34 is owed or in credit is the user's to say."""
    path = tmp_path / "card.csv"
    path.write_text("Date,Description,Amount,Balance\n2026-10-28,Books,-12.34,12.34\n")
    before = _entries(two_accounts)
    for extra in ((), ("--dry-run",)):
        code, out, err = _import(two_accounts, str(path), "--account", "Visa", *extra,
                                 capsys=capsys)  # fmt: skip
        assert code == 2 and out == ""
        assert _entries(two_accounts) == before
        assert err == (
            "permoney: card.csv: the balance column does not show whether it counts what is "
            "owed on Visa as a positive number (no run of balances moves by the amounts either "
            "way); choose the balance column's sign "
            "(--balance-sign owed-positive or --balance-sign signed)\n"
        )
    code, out, _err = _import(two_accounts, str(path), "--account", "Visa", "--dry-run",
                              "--balance-sign", "signed", capsys=capsys)  # fmt: skip
    assert code == 0
    assert "is -12.34 USD owed; the book's balance would be 12.34 USD owed" in out
    code, out, err = _import(two_accounts, str(path), "--account", "Visa",
                             "--balance-sign", "owed-positive", capsys=capsys)  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "imported 1, duplicates 0, rejected 0"
    assert "the book agrees (12.34 USD owed)" in out
    assert _entries(two_accounts) == before + 1


def test_an_undecided_balance_of_a_bank_account_is_read_signed(
    two_accounts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bank.csv"
    path.write_text("Date,Description,Amount,Balance\n2026-10-28,Deposit,100.00,100.00\n")
    code, out, err = _import(two_accounts, str(path), "--account", "Checking", capsys=capsys)
    assert (code, err) == (0, "")
    assert "the book agrees (100.00 USD)" in out
