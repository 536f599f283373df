"""`permoney import` applies a bank's corrections of an earlier download and says what it did;
one `permoney undo` takes back the import with its corrections."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli
from tests.services.test_import_corrections import DELETE, FIRST, REPLACE, second


def test_corrections_are_printed_and_undone_with_the_import(cli: Cli, tmp_path: Path) -> None:
    book = tmp_path / "b.permoney"
    cli(book, "init")
    cli(book, "accounts", "add", "Checking", "--type", "checking", "--currency", "USD")
    first, fix = tmp_path / "first.ofx", tmp_path / "fix.ofx"
    first.write_bytes(FIRST)
    fix.write_bytes(second(REPLACE + "\n" + DELETE.replace("A2", "NOPE"), balance="918.66"))
    cli(book, "import", str(first), "--account", "Checking")
    out = cli(book, "import", str(fix), "--account", "Checking", "--dry-run")
    assert (
        "correction: Checking: the bank replaces its transaction A1 (line 8): entry 1 of "
        "2026-10-03, -12.34 USD GROCER would be deleted; the corrected transaction would be "
        "imported"
    ) in out.splitlines()
    out = cli(book, "import", str(fix), "--account", "Checking")
    lines = out.splitlines()
    assert lines[0] == "imported 2, duplicates 0, rejected 0"
    assert lines[1].endswith("-12.34 USD GROCER deleted; the corrected transaction is imported")
    assert lines[2] == (
        "warning: correction: Checking: the bank deletes its transaction NOPE (line 9): no "
        "entry of the account has that id, so it changes nothing"
    )
    assert "the book agrees (918.66 USD)" in lines[3]
    listed = cli(book, "tx", "list")
    assert "-21.34" in listed and "-12.34" not in listed
    cli(book, "undo")
    listed = cli(book, "tx", "list")
    assert "-12.34" in listed and "-21.34" not in listed
