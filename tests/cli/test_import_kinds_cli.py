"""An import keeps category kinds right: a new child takes its parent's kind, a new top-level
category's kind comes from all of the file's rows for it, and the CLI lists them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from permoney_desktop.domain.imports.category_kinds import UndecidedKindError, new_category_kinds
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
    with pytest.raises(UndecidedKindError) as caught:
        new_category_kinds(["Even", "Even:Sub"], [("Even", 3), ("Even:Sub", -3)], {})
    assert caught.value.names == ["Even"]
    assert new_category_kinds(
        ["Even", "Even:Sub"], [("Even", 3), ("Even:Sub", -3)], {}, {"even": "income"}
    ) == {"Even": "income", "Even:Sub": "income"}


def test_a_tied_new_category_is_refused_until_its_kind_is_given(
    cli: Cli, book: Path, tmp_path: Path
) -> None:
    data = tmp_path / "tie.csv"
    data.write_text(
        "date,amount,payee,category\n2024-03-01,-5.00,Friend,Lending\n"
        "2024-03-09,5.00,Friend,Lending\n2024-03-10,0.00,Bank,Zero\n",
        encoding="utf-8",
    )
    before = cli(book, "categories", "list", "--format", "csv")
    err = cli(book, "import", str(data), "--account", "Cash", code=2)
    assert err.startswith("permoney: the file's rows do not say whether new categories ")
    assert "'Lending', 'Zero' are income or expense" in err
    assert err.endswith("(--category-kind NAME=income or NAME=expense)")
    assert cli(book, "categories", "list", "--format", "csv") == before
    err = cli(book, "import", str(data), "--account", "Cash", "--category-kind", "zero=x", code=2)
    assert "the kind is income or expense" in err
    out = cli(
        book,
        "import",
        str(data),
        "--account",
        "Cash",
        "--category-kind",
        "Lending=income",
        "--category-kind",
        "zero=expense",
    )
    assert "created categories: Lending (income), Zero (expense)" in out.splitlines()
