"""``tx edit ID…`` as one undo step, merchants on entries, and ``tx list`` by tag, merchant
and amount."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.cli.conftest import Cli


def listed(cli: Cli, book: Path, *filters: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(cli(book, "tx", "list", "--format", "csv", *filters))))


def add(cli: Cli, book: Path, amount: str, *extra: str, code: int = 0) -> str:
    return cli(
        book,
        "tx",
        "add",
        "--account",
        "Cash",
        "--date",
        "2024-01-02",
        "--amount",
        amount,
        *extra,
        code=code,
    )


def test_bulk_edit_is_one_undo_step(cli: Cli, book: Path) -> None:
    cli(book, "categories", "add", "Food", "--kind", "expense")
    ids = [add(cli, book, a) for a in ("-1", "-2", "-3")]
    cli(book, "tx", "edit", ids[0], ids[2], "--category", "Food")
    assert [r["category"] for r in listed(cli, book)] == ["Food", "", "Food"]
    assert cli(book, "undo") == "Undo Edit 2 entries"
    assert [r["category"] for r in listed(cli, book)] == ["", "", ""]
    assert "no entry" in cli(book, "tx", "edit", ids[0], "999", "--category", "Food", code=2)
    assert [r["category"] for r in listed(cli, book)] == ["", "", ""]


def test_list_filters_by_tag_merchant_and_amount(cli: Cli, book: Path) -> None:
    err = add(cli, book, "-5", "--merchant", "Corner Bakery", code=2)
    assert "permoney merchants add 'Corner Bakery'" in err
    cli(book, "merchants", "add", "Corner Bakery")
    bread = add(cli, book, "-5", "--merchant", "corner bakery", "--tags", "food")
    big = add(cli, book, "-250", "--tags", "food,home")
    pay = add(cli, book, "900")
    assert [r["merchant"] for r in listed(cli, book)] == ["Corner Bakery", "", ""]
    assert [r["id"] for r in listed(cli, book, "--tag", "FOOD")] == [bread, big]
    assert [r["id"] for r in listed(cli, book, "--merchant", "Corner  Bakery")] == [bread]
    assert [r["id"] for r in listed(cli, book, "--max", "-100")] == [big]
    assert [r["id"] for r in listed(cli, book, "--min", "-10")] == [bread, pay]
    assert [r["id"] for r in listed(cli, book, "--min", "-10", "--max", "0")] == [bread]
    cli(book, "tx", "edit", bread, "--merchant", "")
    assert listed(cli, book, "--merchant", "Corner Bakery") == []
