"""Settings, rates delete, proposed transfers, presets and rule edits from the command line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.cli.conftest import Cli


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_settings_get_and_set_are_checked(cli: Cli, book: Path) -> None:
    assert cli(book, "settings", "get", "book.base_currency") == "USD"
    cli(book, "settings", "set", "book.base_currency", "eur")
    cli(book, "settings", "set", "worker.threads", "3")
    got = {r["key"]: r["value"] for r in rows(cli(book, "settings", "get", "--format", "csv"))}
    assert got["book.base_currency"] == "EUR" and got["worker.threads"] == "3"
    assert "from 1 to 16" in cli(book, "settings", "set", "worker.threads", "99", code=2)
    assert "unknown setting 'colour'" in cli(book, "settings", "set", "colour", "red", code=2)
    assert "no setting 'nope'" in cli(book, "settings", "get", "nope", code=2)
    assert cli(book, "settings", "get", "worker.threads") == "3"


def test_rates_delete_is_undoable(cli: Cli, book: Path) -> None:
    cli(
        book,
        "rates",
        "add",
        "--date",
        "2024-01-01",
        "--from",
        "EUR",
        "--to",
        "USD",
        "--rate",
        "1.1",
    )
    cli(
        book,
        "rates",
        "add",
        "--date",
        "2024-02-01",
        "--from",
        "EUR",
        "--to",
        "USD",
        "--rate",
        "1.2",
    )
    cli(book, "rates", "delete", "--date", "2024-01-01", "--from", "eur", "--to", "usd")
    listed = rows(cli(book, "rates", "list", "--format", "csv"))
    assert [(r["date"], r["rate"]) for r in listed] == [("2024-02-01", "1.2")]
    err = cli(
        book, "rates", "delete", "--date", "2024-03-01", "--from", "EUR", "--to", "USD", code=2
    )
    assert "no EUR->USD rate on 2024-03-01" in err
    assert cli(book, "undo") == "Undo Delete exchange rate"
    assert len(rows(cli(book, "rates", "list", "--format", "csv"))) == 2


def test_proposed_transfers_are_listed_confirmed_and_rejected(cli: Cli, book: Path) -> None:
    cli(book, "accounts", "add", "Bank", "--type", "checking", "--currency", "USD")
    out_a = cli(book, "tx", "add", "--account", "Bank", "--date", "2024-03-01", "--amount", "-40")
    in_a = cli(book, "tx", "add", "--account", "Cash", "--date", "2024-03-01", "--amount", "40")
    out_b = cli(book, "tx", "add", "--account", "Bank", "--date", "2024-04-01", "--amount", "-70")
    in_b = cli(book, "tx", "add", "--account", "Cash", "--date", "2024-04-02", "--amount", "70")
    listed = rows(cli(book, "transfers", "list", "--format", "csv"))
    assert [(r["out_id"], r["in_id"], r["from"], r["to"]) for r in listed] == [
        (out_a, in_a, "Bank", "Cash"),
        (out_b, in_b, "Bank", "Cash"),
    ]
    assert cli(book, "transfers", "confirm", f"{out_a},{in_a}") == "linked 1 pair"
    assert cli(book, "transfers", "reject", "--all") == "rejected 1 pair"
    assert rows(cli(book, "transfers", "list", "--format", "csv")) == []
    kinds = {r["id"]: r["kind"] for r in rows(cli(book, "tx", "list", "--format", "csv"))}
    assert kinds == {out_a: "transfer", in_a: "transfer", out_b: "transaction", in_b: "transaction"}
    cli(book, "undo")  # the rejection
    cli(book, "undo")  # the link
    assert len(rows(cli(book, "transfers", "list", "--format", "csv"))) == 2
    assert "give OUT_ID,IN_ID pairs or --all" in cli(book, "transfers", "confirm", code=2)


def test_presets_list_and_delete(cli: Cli, book: Path, tmp_path: Path) -> None:
    data = tmp_path / "bank.csv"
    data.write_text("date,amount,payee\n2024-01-05,-3.00,Shop\n", encoding="utf-8")
    cli(book, "import", str(data), "--account", "Cash", "--dry-run", "--save-preset", "My bank")
    assert cli(book, "presets", "list") == "My bank"
    cli(book, "presets", "delete", "my bank")
    assert cli(book, "presets", "list") == ""
    assert "no import preset named 'x'" in cli(book, "presets", "delete", "x", code=2)


def test_rules_edit_enable_disable(cli: Cli, book: Path) -> None:
    cli(book, "categories", "add", "Food", "--kind", "expense")
    cli(book, "categories", "add", "Food:Bread")
    cli(book, "rules", "add", "--if", "payee", "contains", "bakery", "--category", "Food")
    cli(book, "rules", "edit", "1", "--category", "Food: Bread", "--name", "Bakeries")
    cli(book, "rules", "disable", "1")
    listed = cli(book, "rules", "list")
    assert "Bakeries" in listed and "category Food:Bread" in listed and " no " in listed
    cli(
        book,
        "tx",
        "add",
        "--account",
        "Cash",
        "--date",
        "2024-01-02",
        "--amount",
        "-3",
        "--payee",
        "Corner Bakery",
    )
    assert cli(book, "rules", "apply") == "rules changed 0 of 1 entries"
    cli(book, "rules", "enable", "1")
    assert cli(book, "rules", "apply") == "rules changed 1 of 1 entries"
    assert rows(cli(book, "tx", "list", "--format", "csv"))[0]["category"] == "Food:Bread"
    err = cli(book, "rules", "edit", "1", "--category", "", "--no-tags", code=2)
    assert "a rule needs an action" in err
    assert "unknown category 'Pets'" in cli(
        book, "rules", "edit", "1", "--category", "Pets", code=2
    )
