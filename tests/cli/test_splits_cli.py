"""``tx add --split``, ``tx split``, ``tx list --lines``: lines that sum exactly, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli


def _setup(cli: Cli, book: Path) -> None:
    cli(book, "accounts", "add", "Savings", "--type", "savings", "--currency", "USD")
    cli(book, "categories", "add", "Food", "--kind", "expense")
    cli(book, "categories", "add", "Home", "--kind", "expense")


def test_tx_add_with_split_lines_and_list_them(cli: Cli, book: Path) -> None:
    _setup(cli, book)
    entry = cli(
        book, "tx", "add", "--account", "Cash", "--date", "2024-03-05", "--amount", "-50",
        "--payee", "Market", "--split", "Food=-30.50", "--split", "[Savings]=-19.50",
    )  # fmt: skip
    listed = json.loads(cli(book, "tx", "list", "--lines", "--format", "json"))
    mine = next(r for r in listed if r["id"] == int(entry))
    assert [(line["category"], line["amount"]) for line in mine["lines"]] == [
        ("Food", "-30.50"),
        ("[Savings]", "-19.50"),
    ]
    table = cli(book, "tx", "list", "--lines")
    assert "[Savings]" in table and "line" in table
    balances = cli(book, "balances", "--format", "json")
    assert '"19.50"' in balances or "19.5" in balances


def test_lines_that_do_not_sum_are_refused_with_the_amount_left(cli: Cli, book: Path) -> None:
    _setup(cli, book)
    err = cli(
        book, "tx", "add", "--account", "Cash", "--date", "2024-03-05", "--amount", "-50",
        "--split", "Food=30", "--split", "Home=20", code=2,
    )  # fmt: skip
    assert "still to assign" in err and "Traceback" not in err
    assert json.loads(cli(book, "tx", "list", "--format", "json")) == []
    err = cli(book, "tx", "add", "--account", "Cash", "--date", "2024-03-05", "--amount", "-5",
              "--split", "Nope=-2", "--split", "Home=-3", code=2)  # fmt: skip
    assert "unknown category 'Nope'" in err


def test_tx_split_then_clear_then_undo(cli: Cli, book: Path) -> None:
    _setup(cli, book)
    entry = cli(book, "tx", "add", "--account", "Cash", "--date", "2024-03-05", "--amount", "-9",
                "--category", "Food")  # fmt: skip
    cli(book, "tx", "split", entry, "--split", "Food=-4", "--split", "Home=-5")
    report = cli(book, "report", "categories", "--from", "2024-03-01", "--to", "2024-03-31",
                 "--format", "json")  # fmt: skip
    assert "Home" in report
    err = cli(book, "tx", "edit", entry, "--amount", "-10", code=2)
    assert f"tx split {entry}" in err
    cli(book, "tx", "split", entry, "--clear")
    cli(book, "undo")
    listed = json.loads(cli(book, "tx", "list", "--lines", "--format", "json"))
    assert len(listed[0]["lines"]) == 2
