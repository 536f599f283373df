"""An import keeps category kinds right: a new child takes its parent's kind, a new top-level
category's kind comes from all of the file's rows for it, and the CLI lists them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from permoney_desktop.domain.imports.category_kinds import new_category_kinds
from tests.cli.conftest import Cli

FILE = """date,amount,payee,category
2024-02-20,20.00,Shop refund,Food:Refunds
2024-02-21,-50.00,Grocer,Food
2024-02-22,100.00,Employer,Salary
2024-02-23,-10.00,Bar,Fun:Drinks
2024-02-24,5.00,Bar refund,Fun
2024-02-25,-7.00,Cinema,Fun:Films
"""


def test_refund_under_an_expense_parent_stays_an_expense(
    cli: Cli, book: Path, tmp_path: Path
) -> None:
    cli(book, "categories", "add", "Food", "--kind", "expense")
    data = tmp_path / "bank.csv"
    data.write_text(FILE, encoding="utf-8")
    dry = cli(book, "import", str(data), "--account", "Cash", "--dry-run")
    created = (
        "categories: Food:Refunds (expense), Salary (income), Fun (expense), "
        "Fun:Drinks (expense), Fun:Films (expense)"
    )
    assert f"would create {created}" in dry.splitlines()
    out = cli(book, "import", str(data), "--account", "Cash")
    assert f"created {created}" in out.splitlines()
    listed = csv.DictReader(io.StringIO(cli(book, "categories", "list", "--format", "csv")))
    assert {r["path"]: r["kind"] for r in listed} == {
        "Food": "expense",
        "Food:Refunds": "expense",
        "Fun": "expense",
        "Fun:Drinks": "expense",
        "Fun:Films": "expense",
        "Salary": "income",
    }
    income = csv.DictReader(
        io.StringIO(
            cli(
                book,
                "report",
                "income",
                "--from",
                "2024-02-01",
                "--to",
                "2024-02-29",
                "--format",
                "csv",
            )
        )
    )
    # The refund lowers spending: 50 - 20 + 10 - 5 + 7; only the salary is income.
    assert list(income) == [
        {
            "month": "2024-02",
            "currency": "USD",
            "income": "100.00",
            "expenses": "42.00",
            "net": "58.00",
        }
    ]


def test_a_new_top_level_kind_counts_every_row_under_it() -> None:
    existing = {"food": "expense", "salary": "income"}
    rows = [("Gifts", 1), ("Gifts:Out", -1), ("Gifts:Out", -1), ("Bonus", 5), ("Salary:Tips", -1)]
    assert new_category_kinds(["Gifts", "Gifts:Out", "Bonus", "Salary:Tips"], rows, existing) == {
        "Gifts": "expense",
        "Gifts:Out": "expense",
        "Bonus": "income",
        "Salary:Tips": "income",  # a child has its parent's kind whatever the row's sign
    }
    assert new_category_kinds(["Even"], [("Even", 3), ("Even", -3)], {}) == {"Even": "expense"}
