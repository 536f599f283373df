"""CLI round trip through real processes: accounts, tx, transfer, valuation, undo, redo, list."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from permoney_desktop.cli import main


def run(book: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "permoney_desktop", "--book", str(book), *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )


def ok(book: Path, *args: str) -> str:
    result = run(book, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., str]:
    """In-process ``permoney --book BOOK ARGS…`` returning stdout (faster than a process)."""

    def call(book: Path, *args: str, code: int = 0) -> str:
        capsys.readouterr()
        assert main(["--book", str(book), *args]) == code, capsys.readouterr().err
        return capsys.readouterr().out.strip()

    return call


def test_round_trip(tmp_path: Path, cli: Callable[..., str]) -> None:
    book = tmp_path / "b.permoney"
    cli(book, "init")
    assert (
        ok(
            book,
            "accounts",
            "add",
            "Checking",
            "--type",
            "checking",
            "--currency",
            "USD",
            "--opening-balance",
            "1000",
            "--opening-date",
            "2024-01-01",
        )
        == "1"
    )
    cli(
        book,
        "accounts",
        "add",
        "Visa",
        "--type",
        "credit_card",
        "--currency",
        "USD",
        "--opening-balance",
        "250",
        "--opening-date",
        "2024-01-01",
    )
    listed = json.loads(cli(book, "accounts", "list", "--format", "json"))
    assert [(a["name"], a["type"], a["opening_balance"]) for a in listed] == [
        ("Checking", "checking", "1000.00"),
        ("Visa", "credit_card", "250.00"),
    ]
    entry = ok(
        book,
        "tx",
        "add",
        "--account",
        "Checking",
        "--date",
        "2024-02-01",
        "--amount",
        "-12.34",
        "--payee",
        "Shop",
        "--notes",
        "first",
    )
    assert entry == "1"
    cli(book, "tx", "edit", entry, "--amount", "-15.5", "--payee", "Market")
    assert (
        cli(
            book,
            "transfer",
            "--from",
            "Checking",
            "--to",
            "Visa",
            "--date",
            "2024-02-10",
            "--amount",
            "100",
        )
        == "1"
    )
    cli(book, "valuation", "--account", "Visa", "--date", "2024-03-01", "--balance", "80")
    assert cli(book, "undo") == "Undo Add valuation"
    assert cli(book, "redo") == "Redo Add valuation"
    rows = list(csv.DictReader(io.StringIO(ok(book, "tx", "list", "--format", "csv"))))
    assert [(r["date"], r["account"], r["kind"], r["amount"], r["payee"]) for r in rows] == [
        ("2024-02-01", "Checking", "transaction", "-15.50", "Market"),
        ("2024-02-10", "Checking", "transfer", "-100.00", "Transfer to Visa"),
        ("2024-02-10", "Visa", "transfer", "100.00", "Transfer from Checking"),
        ("2024-03-01", "Visa", "valuation", "80.00", ""),
    ]
    assert rows[0]["notes"] == "first"
    only_visa = json.loads(
        cli(book, "tx", "list", "--account", "visa", "--from", "2024-02-11", "--format", "json")
    )
    assert [r["kind"] for r in only_visa] == ["valuation"]
    table = cli(book, "tx", "list", "--to", "2024-02-05")
    assert "Market" in table and "Transfer" not in table


def test_errors_are_one_line_and_write_nothing(
    tmp_path: Path, cli: Callable[..., str], capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "b.permoney"
    cli(book, "init")
    cli(book, "accounts", "add", "Yen", "--type", "cash", "--currency", "JPY")
    cases = [
        (
            ["tx", "add", "--account", "Yen", "--date", "2024-01-01", "--amount", "1.5"],
            "amount 1.5 has more decimals than JPY allows (0 decimal places)",
        ),
        (
            ["tx", "add", "--account", "Nope", "--date", "2024-01-01", "--amount", "1"],
            "unknown account 'Nope'",
        ),
        (
            [
                "tx",
                "add",
                "--account",
                "Yen",
                "--date",
                "2024-01-01",
                "--amount",
                "1",
                "--category",
                "Food",
            ],
            "unknown category 'Food'",
        ),
        (["tx", "edit", "7", "--amount", "1"], "no entry with id 7"),
        (["tx", "edit", "7"], "nothing to change"),
        (["accounts", "add", "X", "--type", "boat", "--currency", "USD"], "unknown account type"),
        (["accounts", "delete", "Yen"], "add --yes to confirm"),
    ]
    # One through a real process (exit code and stderr as a shell sees them), the rest in-process.
    result = run(book, *cases[0][0])
    assert result.returncode == 2 and result.stderr.strip() == f"permoney: {cases[0][1]}"
    for args, needle in cases[1:]:
        capsys.readouterr()
        assert main(["--book", str(book), *args]) == 2
        lines = capsys.readouterr().err.strip().splitlines()
        assert len(lines) == 1 and needle in lines[0], (args, lines)
    assert json.loads(cli(book, "tx", "list", "--format", "json")) == []


def test_in_process_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = str(tmp_path / "b.permoney")
    assert main(["--book", book, "init"]) == 0
    assert (
        main(["--book", book, "accounts", "add", "A", "--type", "checking", "--currency", "EUR"])
        == 0
    )
    assert main(["--book", book, "accounts", "rename", "A", "Main"]) == 0
    assert main(["--book", book, "accounts", "archive", "Main"]) == 0
    rates = tmp_path / "rates.csv"
    rates.write_text("date,from,to,rate\n2024-01-01,EUR,USD,1.1\n")
    assert main(["--book", book, "rates", "import", str(rates)]) == 0
    rates.write_text("date,from,to,rate\n2024-01-02,EUR,USD,1.1\n2024-01-03,EUR,USD,x\n")
    assert main(["--book", book, "rates", "import", str(rates)]) == 2
    err = capsys.readouterr().err
    assert "rates.csv, line 3, field 'rate'" in err
    capsys.readouterr()
    assert main(["--book", book, "rates", "list", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["date,from,to,rate", "2024-01-01,EUR,USD,1.1"]
    assert main(["--book", book, "undo"]) == 0
    assert main(["--book", book, "undo"]) == 0
    assert main(["--book", book, "accounts", "list", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "Undo Archive account" in out
    assert json.loads(out[out.index("[") :])[0]["archived"] is False
    assert main(["--book", book, "accounts", "delete", "Main", "--yes"]) == 0
    assert main(["--book", book, "undo"]) == 0
    assert main(["--book", book, "redo"]) == 0
    assert main(["--book", book, "redo"]) == 0
    assert "nothing to redo" in capsys.readouterr().err
