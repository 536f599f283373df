"""A new book set up, categorized and reported from the command line alone, as separate
``permoney`` processes (no app, no worker): the reports agree with what was entered, and the
balances are right after each write without a ``sync``."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

# (date, account, amount, payee, category or None: left for a rule or a bulk edit)
ENTRIES = [
    ("2026-01-02", "Checking", "2500.00", "ACME Payroll", "Salary"),
    ("2026-01-03", "Checking", "-950.00", "Landlord", "Housing:Rent"),
    ("2026-01-05", "Card", "-42.30", "Corner Grocer", None),  # a rule categorizes these
    ("2026-01-19", "Card", "-17.85", "Corner Grocer", None),
    ("2026-01-21", "Card", "-12.00", "Cinema", None),  # a bulk edit categorizes it
    ("2026-01-25", "Card", "4.20", "Corner Grocer", None),  # a refund, nets in its category
    ("2026-02-02", "Checking", "2500.00", "ACME Payroll", "Salary"),
    ("2026-02-03", "Checking", "-950.00", "Landlord", "Housing:Rent"),
    ("2026-02-07", "Card", "-61.10", "Corner Grocer", None),
]
RULE = ("Corner Grocer", "Food:Groceries")
BULK = ("Cinema", "Fun")
KINDS = {"Salary": "income", "Housing": "expense", "Food": "expense", "Fun": "expense"}
OPENING = {"Checking": Decimal("1000.00"), "Card": Decimal(0)}
TRANSFER = ("2026-02-10", "Checking", "Card", Decimal("150.00"))


def permoney(book: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "permoney_desktop", "--book", str(book), *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )
    assert result.returncode == 0, f"{args}: {result.stderr}"
    assert "not yet reflected" not in result.stderr, result.stderr
    return result.stdout


def table(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def category_of(payee: str, given: str | None) -> str:
    return given or dict([RULE, BULK])[payee]


def test_a_new_book_from_the_command_line_alone(tmp_path: Path) -> None:
    book = tmp_path / "household.permoney"
    permoney(book, "init", str(book), "--base-currency", "EUR")
    for name, kind in (("Checking", "checking"), ("Card", "credit_card")):
        opening = ["--opening-balance", str(OPENING[name]), "--opening-date", "2026-01-01"]
        permoney(book, "accounts", "add", name, "--type", kind, "--currency", "EUR", *opening)
    for top, kind in KINDS.items():
        permoney(book, "categories", "add", top, "--kind", kind)
    permoney(book, "categories", "add", "Housing:Rent")  # a child takes its parent's kind
    permoney(book, "categories", "add", "Food: Groceries")  # either spelling
    listed = {
        r["path"]: r["kind"] for r in table(permoney(book, "categories", "list", "--format", "csv"))
    }
    assert listed["Housing:Rent"] == "expense" and listed["Food:Groceries"] == "expense"

    ids: dict[int, tuple[str, str, str, str, str | None]] = {}
    for day, account, amount, payee, category in ENTRIES:
        args = ["tx", "add", "--account", account, "--date", day, "--amount", amount,
                "--payee", payee]  # fmt: skip
        if category:
            args += ["--category", category]
        ids[int(permoney(book, *args).strip())] = (day, account, amount, payee, category)
        # Right after each write, without a sync: the account's balance includes it.
        shown = table(permoney(book, "balances", "--account", account, "--format", "csv"))
        entered = sum(Decimal(a) for _d, acc, a, _p, _c in ids.values() if acc == account)
        owed = account == "Card"  # a liability shows what is owed
        expected = OPENING[account] + entered
        assert Decimal(shown[0]["balance"]) == (-expected if owed else expected)
    day, source, target, amount = TRANSFER
    permoney(book, "transfer", "--from", source, "--to", target, "--date", day,
             "--amount", str(amount))  # fmt: skip

    permoney(book, "rules", "add", "--name", "groceries", "--if", "payee", "contains",
             RULE[0].split()[0], "--category", RULE[1])  # fmt: skip
    permoney(book, "rules", "apply")
    cinema = [i for i, e in ids.items() if e[3] == BULK[0]]
    permoney(book, "tx", "edit", *map(str, cinema), "--category", BULK[1])
    listed_rows = table(permoney(book, "tx", "list", "--format", "csv"))
    by_id = {int(r["id"]): r for r in listed_rows}
    for entry_id, (_d, _a, _amt, payee, category) in ids.items():
        assert by_id[entry_id]["category"] == category_of(payee, category)

    # Reports as data, from what was entered: income, expenses and net per month.
    months: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    per_category: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for day, _account, amount, payee, category in ENTRIES:
        month, path = day[:7], category_of(payee, category)
        kind = KINDS[path.split(":")[0]]
        months[month]["income" if kind == "income" else "expenses"] += Decimal(amount)
        per_category[(month, path)] += Decimal(amount)
    income = {
        r["month"]: r
        for r in table(permoney(book, "report", "income", "--monthly", "--format", "csv"))
    }
    assert set(income) == set(months)
    for month, sums in months.items():
        row = income[month]
        assert Decimal(row["income"]) == sums["income"]
        assert Decimal(row["expenses"]).copy_abs() == sums["expenses"].copy_abs()
        assert Decimal(row["net"]) == sums["income"] + sums["expenses"]  # transfers excluded
        assert row["currency"] == "EUR"
    reported = {
        (r["month"], r["category"]): Decimal(r["amount"]).copy_abs()
        for r in table(permoney(book, "report", "categories", "--monthly", "--format", "csv"))
    }
    assert reported == {k: v.copy_abs() for k, v in per_category.items()}
    worth = table(permoney(book, "report", "networth", "--monthly", "--format", "csv"))
    total = sum(OPENING.values()) + sum(Decimal(e[2]) for e in ENTRIES)
    assert Decimal(worth[-1]["net_worth"]) == total
