"""``permoney schedule …`` in-process: add, list, run, upcoming, post, skip, edit, delete."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.conftest import Cli


@pytest.fixture
def sbook(book: Path, cli: Cli) -> Path:
    cli(book, "accounts", "add", "Checking", "--type", "checking", "--currency", "USD")
    cli(book, "accounts", "add", "Savings", "--type", "savings", "--currency", "USD")
    cli(book, "categories", "add", "Utilities", "--kind", "expense")
    return book


def months_ago(n: int) -> date:
    today = date.today()
    y, m = divmod(today.year * 12 + today.month - 1 - n, 12)
    return date(y, m + 1, 1)


def test_add_list_run_and_run_again(sbook: Path, cli: Cli) -> None:
    start = months_ago(3)
    sid = cli(
        sbook,
        "schedule", "add", "--account", "Checking", "--payee", "Power", "--amount", "-80.00",
        "--category", "Utilities", "--every", "month", "--day", "1", "--start", start.isoformat(),
    )  # fmt: skip
    assert sid == "1"
    listed = json.loads(cli(sbook, "schedule", "list", "--format", "json"))
    assert listed[0]["name"] == "Power" and listed[0]["rule"] == "monthly on the 1st"
    assert listed[0]["next"] == start.isoformat()
    out = cli(sbook, "schedule", "run", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    # The 1st of three months ago, two months ago, last month and this month.
    assert [r["date"] for r in rows] == [months_ago(n).isoformat() for n in (3, 2, 1, 0)]
    assert {r["amount"] for r in rows} == {"-80.00"}
    assert list(csv.DictReader(io.StringIO(cli(sbook, "schedule", "run", "--format", "csv")))) == []
    txs = json.loads(cli(sbook, "tx", "list", "--format", "json"))
    assert [t["date"] for t in txs] == [r["date"] for r in rows]
    assert {t["category"] for t in txs} == {"Utilities"}


def test_transfer_remind_post_skip(sbook: Path, cli: Cli) -> None:
    today = date.today()
    start = today - timedelta(days=14)
    cli(
        sbook,
        "schedule", "add", "--account", "Checking", "--to", "Savings", "--amount", "50",
        "--every", "week", "--start", start.isoformat(), "--remind",
    )  # fmt: skip
    assert cli(sbook, "schedule", "run", "--format", "json") == "[]"
    upcoming = json.loads(cli(sbook, "schedule", "upcoming", "--days", "8", "--format", "json"))
    assert [u["date"] for u in upcoming] == [
        (start + timedelta(days=7 * k)).isoformat() for k in range(4)
    ]
    assert [u["status"] for u in upcoming] == ["overdue", "overdue", "due", "upcoming"]
    entry = cli(sbook, "schedule", "post", "1")
    assert entry.isdigit()
    cli(sbook, "schedule", "skip", "1")
    upcoming = json.loads(cli(sbook, "schedule", "upcoming", "--days", "8", "--format", "json"))
    assert [u["date"] for u in upcoming] == [
        (start + timedelta(days=7 * k)).isoformat() for k in (2, 3)
    ]
    sides = json.loads(cli(sbook, "tx", "list", "--format", "json"))
    assert sorted((s["account"], s["amount"]) for s in sides) == [
        ("Checking", "-50.00"),
        ("Savings", "50.00"),
    ]
    err = cli(sbook, "schedule", "post", "1", "--date", start.isoformat(), code=2)
    assert "already posted" in err


def test_edit_from_a_date_and_delete(sbook: Path, cli: Cli) -> None:
    start = months_ago(2)
    cli(
        sbook,
        "schedule", "add", "--account", "Checking", "--payee", "Rent", "--amount", "-1000",
        "--every", "month", "--start", start.isoformat(),
    )  # fmt: skip
    new_id = cli(
        sbook, "schedule", "edit", "1", "--from", months_ago(1).isoformat(), "--amount", "-1100"
    )
    assert new_id == "2"
    out = json.loads(cli(sbook, "schedule", "run", "--format", "json"))
    assert [(r["schedule"], r["amount"]) for r in out] == [
        (1, "-1000.00"),
        (2, "-1100.00"),
        (2, "-1100.00"),
    ]
    cli(sbook, "schedule", "edit", "2", "--name", "Flat rent", "--remind")
    listed = json.loads(cli(sbook, "schedule", "list", "--format", "json"))
    assert [(s["name"], s["mode"]) for s in listed] == [("Rent", "post"), ("Flat rent", "remind")]
    cli(sbook, "schedule", "delete", "1")
    assert [s["id"] for s in json.loads(cli(sbook, "schedule", "list", "--format", "json"))] == [2]
    cli(sbook, "undo")
    assert [s["id"] for s in json.loads(cli(sbook, "schedule", "list", "--format", "json"))] == [
        1,
        2,
    ]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--every", "fortnight-ish"], "unknown interval"),
        (["--every", "month", "--weekday", "fri"], "--weekday and --nth go together"),
        (["--every", "week", "--day", "3"], "monthly or yearly"),
        (["--every", "month", "--to", "Checking"], "two different accounts"),
        (["--every", "month", "--category", "Nope"], "unknown category"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    sbook: Path, cli: Cli, args: list[str], words: str
) -> None:
    base = ["schedule", "add", "--account", "Checking", "--amount", "-5", "--payee", "X"]
    err = cli(sbook, *base, *args, code=2)
    assert words in err and "\n" not in err and "Traceback" not in err
    assert json.loads(cli(sbook, "schedule", "list", "--format", "json")) == []


def test_detect_accept_reject(sbook: Path, cli: Cli) -> None:
    today = date.today()
    for k in range(4, 0, -1):
        day = (today - timedelta(days=7 * k)).isoformat()
        cli(
            sbook,
            "tx",
            "add",
            "--account",
            "Checking",
            "--date",
            day,
            "--amount",
            "-12.50",
            "--payee",
            "Veg box",
        )
        day = (today - timedelta(days=14 * k + 1)).isoformat()
        cli(
            sbook,
            "tx",
            "add",
            "--account",
            "Checking",
            "--date",
            day,
            "--amount",
            "-40",
            "--payee",
            "Cleaner",
        )
    found = json.loads(cli(sbook, "schedule", "detect", "--format", "json"))
    by_payee = {p["payee"]: p for p in found}
    assert {(k, p["cadence"]) for k, p in by_payee.items()} == {
        ("Veg box", "weekly"),
        ("Cleaner", "every 2 weeks"),
    }
    assert by_payee["Veg box"]["next"] == today.isoformat()
    sid = cli(sbook, "schedule", "detect", "--accept", by_payee["Veg box"]["id"])
    listed = json.loads(cli(sbook, "schedule", "list", "--format", "json"))
    assert [(s["id"], s["payee"], s["amount"], s["rule"]) for s in listed] == [
        (int(sid), "Veg box", "-12.50", "weekly")
    ]
    cli(sbook, "schedule", "detect", "--reject", by_payee["Cleaner"]["id"])
    assert json.loads(cli(sbook, "schedule", "detect", "--format", "json")) == []
    err = cli(sbook, "schedule", "detect", "--accept", "nope", code=2)
    assert "no open proposal" in err


def test_forecast_rows(sbook: Path, cli: Cli) -> None:
    today = date.today()
    start = today + timedelta(days=3)
    cli(
        sbook,
        "schedule", "add", "--account", "Checking", "--payee", "Employer", "--amount", "2500",
        "--every", "month", "--start", start.isoformat(),
    )  # fmt: skip
    out = cli(sbook, "forecast", "--months", "2", "--account", "Checking", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["account", "date", "balance", "currency"]
    by_day = {r["date"]: r["balance"] for r in rows}
    assert by_day[today.isoformat()] == "0.00"
    assert by_day[(start - timedelta(days=1)).isoformat()] == "0.00"
    assert by_day[start.isoformat()] == "2500.00"
    assert rows[-1]["balance"] == "5000.00"  # the second salary lands inside two months
    worth = json.loads(cli(sbook, "forecast", "--months", "1", "--net-worth", "--format", "json"))
    assert worth[0]["date"] == today.isoformat() and worth[0]["net_worth"] == "0.00"
    assert worth[-1]["net_worth"] == "2500.00"
    err = cli(sbook, "forecast", "--months", "13", code=2)
    assert "1 to 12 months" in err


def test_add_from_today_leaves_the_past_alone(sbook: Path, cli: Cli) -> None:
    start = months_ago(3)
    cli(
        sbook,
        "schedule", "add", "--account", "Checking", "--payee", "Gym", "--amount", "-30",
        "--every", "month", "--day", "1", "--start", start.isoformat(), "--from-today",
    )  # fmt: skip
    rows = json.loads(cli(sbook, "schedule", "run", "--format", "json"))
    expected = [months_ago(0).isoformat()] if date.today().day == 1 else []
    assert [r["date"] for r in rows] == expected


def test_forecast_with_budgets_says_how_and_counts_them(sbook: Path, cli: Cli) -> None:
    month = date.today().strftime("%Y-%m")
    cli(sbook, "budget", "set", "Utilities", "310", "--month", month)
    plain = json.loads(cli(sbook, "forecast", "--months", "1", "--format", "json"))
    table = cli(sbook, "forecast", "--months", "1", "--with-budgets", "--budget-account", "Savings")
    assert "spread evenly over the month's remaining days" in table
    assert "counted on Savings" in table
    args = ["--with-budgets", "--budget-account", "Savings", "--account", "Savings"]
    rows = json.loads(cli(sbook, "forecast", "--months", "1", *args, "--format", "json"))
    assert rows[0]["balance"] == "0.00"  # today: the actual level
    assert len(rows) == len([r for r in plain if r["account"] == "Savings"])
    # A month ahead always reaches into next month, which repeats this month's 310.
    assert rows[-1]["balance"].startswith("-")
    err = cli(sbook, "forecast", "--budget-account", "Savings", code=2)
    assert "--with-budgets" in err
