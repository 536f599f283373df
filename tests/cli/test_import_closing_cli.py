"""`permoney import` says whether the book agrees with the statement's closing balance; a
difference is a visible warning, never a failed import."""

from __future__ import annotations

from pathlib import Path

import pytest

from permoney_desktop.cli import main
from tests.services.test_closing_check import CARD_ROWS, CHECKING_ROWS, ofx


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
