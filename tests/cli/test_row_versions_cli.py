"""``tx edit --if-version``: an edit made against an older row version is refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli


def test_an_edit_against_an_older_version_is_one_line_exit_2(cli: Cli, book: Path) -> None:
    entry_id = cli(book, "tx", "add", "--account", "Cash", "--date", "2025-03-01",
                   "--amount", "-12.50", "--payee", "Bakery")  # fmt: skip
    (row,) = json.loads(cli(book, "tx", "list", "--format", "json"))
    assert row["version"] == 1
    cli(book, "tx", "edit", entry_id, "--amount", "-13.75", "--if-version", "1")
    err = cli(book, "tx", "edit", entry_id, "--payee", "Mine", "--if-version", "1", code=2)
    assert err == (
        f"permoney: entry {entry_id} was changed by someone else since it was read (version 1,"
        " now 2); nothing was saved. It now reads: 2025-03-01, -13.75 USD, Bakery; to save"
        " yours over it: --if-version 2"
    )
    (row,) = json.loads(cli(book, "tx", "list", "--format", "json"))
    assert (row["payee"], row["amount"]) == ("Bakery", "-13.75")
    cli(book, "tx", "edit", entry_id, "--payee", "Mine", "--if-version", "2")
    (row,) = json.loads(cli(book, "tx", "list", "--format", "json"))
    assert (row["payee"], row["version"]) == ("Mine", 3)
