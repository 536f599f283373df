"""``loan add|show|pay``: terms, the hand-checked schedule, an extra payment's effect, and a
payment recorded as principal (transfer into the loan) and interest (expense) split lines."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli


def _loan(cli: Cli, book: Path) -> None:
    cli(book, "accounts", "add", "Car loan", "--type", "loan", "--currency", "USD",
        "--opening-balance", "1000")  # fmt: skip
    cli(book, "categories", "add", "Interest", "--kind", "expense")


def test_loan_add_show_and_pay(cli: Cli, book: Path) -> None:
    _loan(cli, book)
    out = cli(book, "loan", "add", "--account", "Car loan", "--principal", "1000", "--rate", "12",
              "--term", "3", "--first-payment", "2024-01-31")  # fmt: skip
    assert "3 payments of 340.02 USD" in out and "2024-03-31" in out and "20.07 USD" in out
    rows = json.loads(cli(book, "loan", "show", "--account", "Car loan", "--format", "json"))
    assert [(r["principal"], r["interest"], r["balance"]) for r in rows] == [
        ("330.02", "10.00", "669.98"),
        ("333.32", "6.70", "336.66"),
        ("336.66", "3.37", "0.00"),
    ]
    shown = cli(book, "loan", "show", "--account", "Car loan", "--extra", "200")
    assert "paying 200.00 USD more each month: paid off 2024-02-29 (1 payments sooner)" in shown
    entry = cli(book, "loan", "pay", "--account", "Car loan", "--from", "Cash", "--date",
                "2024-01-31", "--interest-category", "Interest")  # fmt: skip
    listed = json.loads(cli(book, "tx", "list", "--lines", "--format", "json"))
    payment = next(r for r in listed if r["id"] == int(entry))
    assert payment["amount"] == "-340.02"
    assert [(x["category"], x["amount"]) for x in payment["lines"]] == [
        ("[Car loan]", "-330.02"),
        ("Interest", "-10.00"),
    ]
    balances = {
        r["account"]: r["balance"] for r in json.loads(cli(book, "balances", "--format", "json"))
    }
    assert balances["Car loan"] == "669.98"  # owed: 1,000.00 less the principal part


def test_loan_errors_are_one_clear_line(cli: Cli, book: Path) -> None:
    _loan(cli, book)
    err = cli(book, "loan", "add", "--account", "Cash", "--principal", "10", "--rate", "5",
              "--term", "3", "--first-payment", "2024-01-31", code=2)  # fmt: skip
    assert "not a loan" in err
    err = cli(book, "loan", "show", "--account", "Car loan", code=2)
    assert "no loan terms" in err
    err = cli(book, "loan", "add", "--account", "Car loan", "--principal", "1000", "--rate", "12",
              "--term", "12", "--first-payment", "2024-01-31", "--payment", "5",
              code=2)  # fmt: skip
    assert "does not cover the interest" in err


def test_scheduled_payments_need_the_loan_s_interest_category(cli: Cli, book: Path) -> None:
    _loan(cli, book)
    terms = ("--principal", "1000", "--rate", "12", "--term", "3", "--first-payment", "2024-01-31")
    out = cli(book, "loan", "add", "--account", "Car loan", *terms)
    assert "no interest category" in out
    schedule = ("schedule", "add", "--account", "Cash", "--amount", "340.02", "--to", "Car loan",
                "--every", "month", "--start", "2024-01-31", "--count", "3")  # fmt: skip
    err = cli(book, *schedule, code=2)
    assert len(err.strip().splitlines()) == 1 and "--interest-category" in err, err
    err = cli(book, "loan", "pay", "--account", "Car loan", "--from", "Cash", "--date",
              "2024-01-31", code=2)  # fmt: skip
    assert "--interest-category" in err
    out = cli(book, "loan", "add", "--account", "Car loan", *terms,
              "--interest-category", "Interest")  # fmt: skip
    assert "interest category Interest" in out
    assert "interest category Interest" in cli(book, "loan", "show", "--account", "Car loan")
    cli(book, *schedule)
    cli(book, "schedule", "run", "--until", "2024-02-15")
    listed = json.loads(cli(book, "tx", "list", "--lines", "--format", "json"))
    (payment,) = [r for r in listed if r["lines"]]
    assert [(x["category"], x["amount"]) for x in payment["lines"]] == [
        ("[Car loan]", "-330.02"),
        ("Interest", "-10.00"),
    ]
    # ``loan pay`` takes the loan's category when none is given.
    entry = cli(book, "loan", "pay", "--account", "Car loan", "--from", "Cash", "--date",
                "2024-02-29")  # fmt: skip
    listed = json.loads(cli(book, "tx", "list", "--lines", "--format", "json"))
    paid = next(r for r in listed if r["id"] == int(entry))
    assert paid["lines"][1]["category"] == "Interest"
