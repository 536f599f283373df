"""``permoney report income|categories|networth --monthly``: per calendar month and currency,
refunds netted, transfers excluded, as the dashboard reads the book."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

RANGE = ("--from", "2024-01-01", "--to", "2024-02-29")


@pytest.fixture
def household(cli: Cli, tmp_path: Path) -> Path:
    book = tmp_path / "h.permoney"
    cli(book, "init")
    for name, kind, cur, opening in (
        ("Bank", "checking", "USD", "500"),
        ("Cash", "cash", "USD", "100"),
        ("Card", "credit_card", "USD", "0"),
        ("Euro", "savings", "EUR", "100"),
    ):
        cli(
            book,
            "accounts",
            "add",
            name,
            "--type",
            kind,
            "--currency",
            cur,
            "--opening-balance",
            opening,
            "--opening-date",
            "2024-01-01",
        )
    cli(book, "categories", "add", "Food", "--kind", "expense")
    cli(book, "categories", "add", "Salary", "--kind", "income")
    for account, day, amount, category in (
        ("Bank", "2024-01-05", "1000", "Salary"),
        ("Bank", "2024-01-06", "-100", "Food"),
        ("Bank", "2024-01-20", "20", "Food"),  # a refund: less spent, not income
        ("Bank", "2024-01-21", "-30", ""),
        ("Card", "2024-01-22", "-200", "Food"),
        ("Euro", "2024-02-03", "-10", "Food"),
    ):
        cli(
            book,
            "tx",
            "add",
            "--account",
            account,
            "--date",
            day,
            "--amount",
            amount,
            "--category",
            category,
        )
    cli(
        book, "transfer", "--from", "Bank", "--to", "Cash", "--date", "2024-01-25", "--amount", "50"
    )
    return book


def report(cli: Cli, book: Path, name: str) -> list[dict[str, str]]:
    out = cli(book, "report", name, "--monthly", *RANGE, "--format", "csv")
    return list(csv.DictReader(io.StringIO(out)))


def test_income_statement(cli: Cli, household: Path) -> None:
    assert report(cli, household, "income") == [
        {
            "month": "2024-01",
            "currency": "USD",
            "income": "1000.00",
            "expenses": "310.00",
            "net": "690.00",
        },
        {
            "month": "2024-02",
            "currency": "EUR",
            "income": "0.00",
            "expenses": "10.00",
            "net": "-10.00",
        },
    ]


def test_category_totals(cli: Cli, household: Path) -> None:
    got = [
        (r["month"], r["kind"], r["category"], r["currency"], r["amount"])
        for r in report(cli, household, "categories")
    ]
    assert got == [
        ("2024-01", "income", "Salary", "USD", "1000.00"),
        ("2024-01", "expense", "Food", "USD", "280.00"),
        ("2024-01", "expense", "Uncategorized", "USD", "30.00"),
        ("2024-02", "expense", "Food", "EUR", "10.00"),
    ]


def test_net_worth_at_month_ends(cli: Cli, household: Path) -> None:
    got = [
        (r["month"], r["currency"], r["assets"], r["liabilities"], r["net_worth"])
        for r in report(cli, household, "networth")
    ]
    assert got == [
        ("2024-01", "EUR", "100.00", "0.00", "100.00"),
        ("2024-01", "USD", "1490.00", "200.00", "1290.00"),
        ("2024-02", "EUR", "90.00", "0.00", "90.00"),
        ("2024-02", "USD", "1490.00", "200.00", "1290.00"),
    ]


def test_json_table_and_a_range(cli: Cli, household: Path) -> None:
    rows = json.loads(
        cli(household, "report", "income", "--from", "2024-02-01", "--format", "json")
    )
    assert [(r["month"], r["currency"]) for r in rows] == [("2024-02", "EUR")]
    table = cli(household, "report", "income", *RANGE).splitlines()
    assert table[0].split() == ["month", "currency", "income", "expenses", "net"]
    assert "ends" in cli(
        household, "report", "income", "--from", "2024-02-01", "--to", "2024-01-01", code=2
    )
