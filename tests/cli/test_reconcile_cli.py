"""``permoney reconcile …`` and ``tx status``: a month's statement reconciled from the CLI."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli

DATA = Path(__file__).parents[1] / "data" / "imports"


def _history(cli: Cli, book: Path) -> list[str]:
    return cli(book, "reconcile", "list", "--account", "Cash").splitlines()[2:]


def test_a_statement_reconciled_from_the_cli(cli: Cli, book: Path) -> None:
    for day, amount in (("2026-01-05", "-20"), ("2026-01-09", "50"), ("2026-02-02", "-1")):
        cli(book, "tx", "add", "--account", "Cash", "--date", day, "--amount", amount)
    out = cli(
        book, "reconcile", "start", "--account", "Cash", "--date", "2026-01-31", "--balance", "30"
    )
    assert "difference:        30.00 USD" in out
    status = cli(book, "reconcile", "status", "--format", "csv")
    assert [line.split(",")[0] for line in status.splitlines()[1:]] == ["1", "2"]
    assert "not an unreconciled entry" in cli(book, "reconcile", "clear", "3", code=2)
    assert cli(book, "reconcile", "clear", "1") == "difference: 50.00 USD"
    err = cli(book, "reconcile", "finish", code=2)
    assert "difference is 50.00 USD" in err and "--adjust" in err
    assert cli(book, "reconcile", "clear", "2") == "difference: 0.00 USD"
    assert "2 entries reconciled" in cli(book, "reconcile", "finish")
    assert "finished" in _history(cli, book)[0]
    # The lock: amount, date and account need --force, and the change is in the history.
    assert "needs --force" in cli(book, "tx", "edit", "1", "--amount", "-21", code=2)
    assert "needs --force" in cli(book, "tx", "delete", "1", code=2)
    assert "needs --force" in cli(book, "tx", "status", "1", "uncleared", code=2)
    cli(book, "tx", "edit", "1", "--payee", "Grocer")
    cli(book, "tx", "edit", "1", "--amount", "-21", "--force")
    listing = cli(book, "reconcile", "list", "--account", "Cash")
    assert "entry 1: amount -20.00 USD → -21.00 USD" in listing
    assert "cleared again" in cli(book, "reconcile", "undo")
    assert "undone" in _history(cli, book)[0]
    cli(book, "tx", "status", "1", "uncleared")
    cli(book, "tx", "status", "3", "cleared")


def test_finish_with_a_named_adjustment(cli: Cli, book: Path) -> None:
    cli(book, "tx", "add", "--account", "Cash", "--date", "2026-01-05", "--amount", "-20")
    cli(book, "tx", "status", "1", "cleared")
    cli(
        book,
        "reconcile",
        "start",
        "--account",
        "Cash",
        "--date",
        "2026-01-31",
        "--balance",
        "-22.5",
    )
    assert "--payee names" in cli(book, "reconcile", "finish", "--payee", "Fee", code=2)
    cli(book, "reconcile", "finish", "--adjust", "--payee", "Bank fee")
    rows = cli(book, "tx", "list", "--format", "csv").splitlines()
    assert any("-2.50" in r and "Bank fee" in r for r in rows)
    assert "adjustment entry was deleted" in cli(book, "reconcile", "undo", "--account", "Cash")


def test_errors_are_one_line(cli: Cli, book: Path) -> None:
    assert "no reconciliation in progress" in cli(book, "reconcile", "status", code=2)
    args = ("reconcile", "start", "--account", "Nope", "--date", "2026-01-01", "--balance", "1")
    assert cli(book, *args, code=2) == "permoney: unknown account 'Nope'"
    err = cli(book, "tx", "status", "99", "cleared", code=2)
    assert err == "permoney: no entry with id 99"


def test_the_offered_commands_do_what_they_say(cli: Cli, tmp_path: Path) -> None:
    book = tmp_path / "b.permoney"
    cli(book, "init")
    cli(book, "accounts", "add", "Checking", "--type", "checking", "--currency", "USD")
    cli(book, "valuation", "--account", "Checking", "--date", "2026-03-01", "--balance", "500")
    out = cli(book, "import", str(DATA / "checking_sgml.ofx"), "--account", "Checking")
    notes = [line for line in out.splitlines() if "balance set on 2026-03-01" in line]
    assert len(notes) == 1 and "imported entries of Checking" in notes[0]
    move = next(line for line in out.splitlines() if "permoney tx edit 1 --date" in line)
    before = cli(book, "balances", "--account", "Checking", "--format", "csv")
    cli(book, *move.split("permoney ", 1)[1].split())
    assert cli(book, "balances", "--account", "Checking", "--format", "csv") != before
    again = cli(book, "import", str(DATA / "checking_sgml.ofx"), "--account", "Checking")
    assert "balance set" not in again  # every row a duplicate: nothing new to absorb


def test_start_from_a_statement_file(cli: Cli, book: Path) -> None:
    ofx = str(DATA / "checking_sgml.ofx")
    cli(book, "accounts", "add", "Checking", "--type", "checking", "--currency", "USD")
    cli(book, "import", ofx, "--account", "Checking")
    args = ("reconcile", "start", "--account", "Checking")
    assert "--from-file" in cli(book, *args, code=2)
    assert "one or the other" in cli(
        book, *args, "--from-file", ofx, "--date", "2024-01-31", code=2
    )
    out = cli(book, *args, "--from-file", ofx)
    # The file's LEDGERBAL (1205.00 on 2024-01-31) against its four imported (cleared) rows.
    assert "statement of 2024-01-31" in out and "statement balance: 1,205.00 USD" in out
    assert "difference:        4.00 USD" in out
    csv_file = DATA / "us_utf8.csv"
    cli(book, "reconcile", "cancel")
    err = cli(book, *args, "--from-file", str(csv_file), code=2)
    assert err == "permoney: us_utf8.csv states no closing balance; type it with --balance"
