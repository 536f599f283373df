"""``tx list --category`` finds a split entry by its lines and shows their amount in the
category, saying so beside the category with the entry's own total."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli


def test_tx_list_by_category_shows_the_lines_amount(cli: Cli, book: Path) -> None:
    cli(book, "categories", "add", "Food", "--kind", "expense")
    cli(book, "categories", "add", "Home", "--kind", "expense")
    cli(book, "tx", "add", "--account", "Cash", "--date", "2024-03-05", "--amount", "-50",
        "--split", "Food=-20", "--split", "Home=-30")  # fmt: skip
    cli(book, "tx", "add", "--account", "Cash", "--date", "2024-03-06", "--amount", "-7",
        "--category", "Food")  # fmt: skip
    rows = json.loads(cli(book, "tx", "list", "--category", "Food", "--format", "json"))
    assert [(r["amount"], r["category"]) for r in rows] == [
        ("-20.00", "Food (split: 1 line(s); entry -50.00)"),
        ("-7.00", "Food"),
    ]
    assert "split: 1 line(s)" in cli(book, "tx", "list", "--category", "Home")
