"""Categories, tags and merchants from the command line on a fresh book: create, list,
rename, move, delete, each undoable, and the unknown-category hint of ``tx add``/``rules add``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.cli.conftest import Cli


def categories(cli: Cli, book: Path) -> dict[str, str]:
    rows = csv.DictReader(io.StringIO(cli(book, "categories", "list", "--format", "csv")))
    return {r["path"]: r["kind"] for r in rows}


def test_a_fresh_book_is_categorized_from_the_cli(cli: Cli, book: Path) -> None:
    hint = cli(
        book,
        "tx",
        "add",
        "--account",
        "Cash",
        "--date",
        "2024-01-02",
        "--amount",
        "-5",
        "--category",
        "Food",
        code=2,
    )
    assert "unknown category 'Food'" in hint and "permoney categories add 'Food'" in hint
    cli(book, "categories", "add", "Food", "--kind", "expense")
    cli(book, "categories", "add", "Salary", "--kind", "income")
    # Both spellings are accepted; the listing shows one.
    cli(book, "categories", "add", "Food: Groceries")
    assert categories(cli, book) == {
        "Food": "expense",
        "Food:Groceries": "expense",
        "Salary": "income",
    }
    assert cli(book, "categories", "add", "Pets", code=2).endswith(
        "a top-level category needs --kind income or --kind expense"
    )
    entry = cli(
        book,
        "tx",
        "add",
        "--account",
        "Cash",
        "--date",
        "2024-01-02",
        "--amount",
        "-5",
        "--category",
        "Food: Groceries",
    )
    rows = list(csv.DictReader(io.StringIO(cli(book, "tx", "list", "--format", "csv"))))
    assert [(r["id"], r["category"]) for r in rows] == [(entry, "Food:Groceries")]


def test_rename_move_delete_and_undo(cli: Cli, book: Path) -> None:
    cli(book, "categories", "add", "Food", "--kind", "expense")
    cli(book, "categories", "add", "Home", "--kind", "expense")
    cli(book, "categories", "add", "Salary", "--kind", "income")
    cli(book, "categories", "add", "Food:Snacks")
    cli(book, "categories", "rename", "Food:Snacks", "Treats")
    assert "Food:Treats" in categories(cli, book)
    cli(book, "categories", "move", "Food:Treats", "--to", "Home")
    assert "Home:Treats" in categories(cli, book)
    refused = cli(book, "categories", "move", "Home:Treats", "--to", "Salary", code=2)
    assert "a child has its parent's kind" in refused
    cli(book, "categories", "move", "Treats", "--top")
    assert categories(cli, book)["Treats"] == "expense"
    entry = cli(
        book,
        "tx",
        "add",
        "--account",
        "Cash",
        "--date",
        "2024-01-02",
        "--amount",
        "-5",
        "--category",
        "Treats",
    )
    cli(book, "categories", "delete", "Treats", "--move-entries-to", "Food")
    assert "Treats" not in categories(cli, book)
    rows = list(csv.DictReader(io.StringIO(cli(book, "tx", "list", "--format", "csv"))))
    assert [(r["id"], r["category"]) for r in rows] == [(entry, "Food")]
    assert cli(book, "undo") == "Undo Delete category"
    assert "Treats" in categories(cli, book)
    cli(book, "undo")  # the tx add
    assert cli(book, "undo") == "Undo Move category"
    assert "Home:Treats" in categories(cli, book)


def test_rules_add_names_how_to_create_a_missing_category(cli: Cli, book: Path) -> None:
    err = cli(
        book,
        "rules",
        "add",
        "--if",
        "payee",
        "contains",
        "bakery",
        "--category",
        "Food:Bread",
        code=2,
    )
    assert "unknown category 'Food:Bread'" in err and "categories add 'Food:Bread'" in err
    cli(book, "categories", "add", "Food", "--kind", "expense")
    cli(book, "categories", "add", "Food:Bread")
    assert cli(
        book, "rules", "add", "--if", "payee", "contains", "bakery", "--category", "food: bread"
    ).startswith("added rule")


def test_tags_and_merchants(cli: Cli, book: Path) -> None:
    cli(
        book,
        "tx",
        "add",
        "--account",
        "Cash",
        "--date",
        "2024-01-02",
        "--amount",
        "-5",
        "--tags",
        "trip,work",
    )
    rows = csv.DictReader(io.StringIO(cli(book, "tags", "list", "--format", "csv")))
    assert {r["name"]: r["entries"] for r in rows} == {"trip": "1", "work": "1"}
    cli(book, "tags", "rename", "TRIP", "holiday")
    cli(book, "tags", "delete", "work")
    listed = list(csv.DictReader(io.StringIO(cli(book, "tx", "list", "--format", "csv"))))
    assert listed[0]["tags"] == "holiday"
    assert cli(book, "undo") == "Undo Delete tag"
    assert "unknown tag 'nope'" in cli(book, "tags", "delete", "nope", code=2)

    merchant = cli(book, "merchants", "add", "Corner Bakery")
    assert merchant.isdigit()
    cli(book, "merchants", "rename", "corner bakery", "Corner Bakery & Co")
    rows = csv.DictReader(io.StringIO(cli(book, "merchants", "list", "--format", "csv")))
    assert [r["name"] for r in rows] == ["Corner Bakery & Co"]
    cli(book, "merchants", "delete", "Corner Bakery & Co")
    assert cli(book, "merchants", "list", "--format", "csv").splitlines() == ["id,name,entries"]
    assert cli(book, "undo") == "Undo Delete merchant"
    assert "Corner Bakery & Co" in cli(book, "merchants", "list")
