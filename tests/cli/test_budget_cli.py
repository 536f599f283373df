"""``permoney budget`` as a user runs it: set, show, move, templates, mode, undo and bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli.conftest import Cli


@pytest.fixture
def budget_book(tmp_path: Path, cli: Cli) -> Path:
    path = tmp_path / "b.permoney"
    cli(path, "init")
    cli(path, "accounts", "add", "Checking", "--type", "checking", "--currency", "USD")
    cli(path, "accounts", "add", "Savings", "--type", "savings", "--currency", "USD")
    cli(path, "accounts", "add", "Euro", "--type", "checking", "--currency", "EUR")
    cli(path, "categories", "add", "Food", "--kind", "expense")
    cli(path, "categories", "add", "Food:Groceries")
    cli(path, "categories", "add", "Rent", "--kind", "expense")
    cli(path, "categories", "add", "Salary", "--kind", "income")
    cli(path, "rates", "add", "--date", "2025-01-01", "--from", "EUR", "--to", "USD",
        "--rate", "1.10")  # fmt: skip

    def tx(day: str, amount: str, category: str, account: str = "Checking") -> None:
        cli(path, "tx", "add", "--account", account, "--date", day, "--amount", amount,
            "--category", category, "--payee", "Someone")  # fmt: skip

    tx("2025-01-02", "3000", "Salary")
    tx("2025-01-05", "-120.50", "Food:Groceries")
    tx("2025-01-06", "20", "Food:Groceries")  # a refund nets against the category
    tx("2025-01-07", "-10", "Food:Groceries", "Euro")  # 11.00 USD at the day's rate
    tx("2025-02-03", "-900", "Rent")
    # A transfer never counts as spending or income.
    cli(path, "transfer", "--from", "Checking", "--to", "Savings", "--date", "2025-01-09",
        "--amount", "500")  # fmt: skip
    return path


def _show(cli: Cli, book: Path, month: str) -> dict[str, object]:
    doc: dict[str, object] = json.loads(cli(book, "budget", "show", "--month", month, "--all",
                                            "--format", "json"))  # fmt: skip
    return doc


def _line(doc: dict[str, object], name: str) -> dict[str, str]:
    rows = doc["categories"]
    assert isinstance(rows, list)
    return next(r for r in rows if r["category"] == name)


def test_set_show_and_roll_over(cli: Cli, budget_book: Path) -> None:
    assert cli(budget_book, "budget", "set", "Groceries", "200", "--month", "2025-01") == (
        "Set budget"
    )
    cli(budget_book, "budget", "set", "Rent", "1000", "--month", "2025-01")
    jan = _show(cli, budget_book, "2025-01")
    assert _line(jan, "Food:Groceries") == {
        "category": "Food:Groceries",
        "budgeted": "200.00",
        "spent": "111.50",  # 120.50 − 20.00 refund + 11.00 converted
        "available": "88.50",
        "overspending": "to_budget",
        "partial": False,
    }
    assert jan["to_budget"] == "1800.00"  # 3000 income − 1200 budgeted; the transfer is no flow
    feb = _show(cli, budget_book, "2025-02")
    assert _line(feb, "Food:Groceries")["available"] == "88.50"  # rolled over
    assert _line(feb, "Rent")["available"] == "100.00"  # 1000 carried − 900 spent
    assert feb["to_budget"] == "1800.00"


def test_table_and_csv_forms(cli: Cli, budget_book: Path) -> None:
    cli(budget_book, "budget", "set", "Rent", "1000", "--month", "2025-01")
    table = cli(budget_book, "budget", "show", "--month", "2025-01")
    assert table.splitlines()[0].split() == ["category", "budgeted", "spent", "available"]
    assert "to budget: 2000.00 USD" in table
    rows = list(csv.DictReader(io.StringIO(cli(budget_book, "budget", "show", "--month",
                                               "2025-01", "--format", "csv"))))  # fmt: skip
    # Without --all only categories with a figure are listed.
    assert {r["category"]: r["available"] for r in rows} == {
        "Food:Groceries": "-111.50",
        "Rent": "1000.00",
    }


def test_overspending_policy_is_per_category(cli: Cli, budget_book: Path) -> None:
    cli(budget_book, "budget", "set", "Groceries", "100", "--month", "2025-01")
    feb = _show(cli, budget_book, "2025-02")
    assert _line(feb, "Food:Groceries")["available"] == "0.00"
    assert feb["overspent_last_month"] == "11.50"
    assert feb["to_budget"] == "2888.50"  # 3000 − 100 budgeted − 11.50 overspent
    cli(budget_book, "budget", "overspend", "Groceries", "carry")
    feb = _show(cli, budget_book, "2025-02")
    assert _line(feb, "Food:Groceries")["available"] == "-11.50"
    assert _line(feb, "Food:Groceries")["overspending"] == "carry"
    assert feb["overspent_last_month"] == "0.00"


def test_move_is_one_undo_step(cli: Cli, budget_book: Path) -> None:
    cli(budget_book, "budget", "set", "Rent", "1000", "--month", "2025-01")
    assert cli(budget_book, "budget", "move", "150", "--from", "Rent", "--to", "Groceries",
               "--month", "2025-01") == "Move money"  # fmt: skip
    jan = _show(cli, budget_book, "2025-01")
    assert _line(jan, "Rent")["budgeted"] == "850.00"
    assert _line(jan, "Food:Groceries")["budgeted"] == "150.00"
    assert cli(budget_book, "undo") == "Undo Move money"
    jan = _show(cli, budget_book, "2025-01")
    assert _line(jan, "Rent")["budgeted"] == "1000.00"
    assert _line(jan, "Food:Groceries")["budgeted"] == "0.00"


def test_templates_apply_in_one_step(cli: Cli, budget_book: Path) -> None:
    cli(budget_book, "budget", "set", "Rent", "1000", "--month", "2025-01")
    cli(budget_book, "budget", "set", "Groceries", "200", "--month", "2025-01")
    out = cli(budget_book, "budget", "template", "apply", "copy", "--month", "2025-02")
    assert out.splitlines()[-1] == "Apply budget template: Copy last month"
    feb = _show(cli, budget_book, "2025-02")
    assert (_line(feb, "Rent")["budgeted"], _line(feb, "Food:Groceries")["budgeted"]) == (
        "1000.00",
        "200.00",
    )
    cli(budget_book, "undo")
    assert _line(_show(cli, budget_book, "2025-02"), "Rent")["budgeted"] == "0.00"
    cli(budget_book, "budget", "template", "apply", "average", "--months", "1", "--month",
        "2025-02", "--cap", "100")  # fmt: skip
    assert _line(_show(cli, budget_book, "2025-02"), "Food:Groceries")["budgeted"] == "100.00"
    cli(budget_book, "budget", "template", "apply", "percent", "--percent", "10", "--category",
        "Rent", "--month", "2025-02")  # fmt: skip
    assert _line(_show(cli, budget_book, "2025-02"), "Rent")["budgeted"] == "300.00"
    cli(budget_book, "budget", "template", "apply", "fixed", "--amount", "42", "--category",
        "Groceries", "--month", "2025-03")  # fmt: skip
    assert _line(_show(cli, budget_book, "2025-03"), "Food:Groceries")["budgeted"] == "42.00"


def test_tracking_mode_has_no_rollover(cli: Cli, budget_book: Path) -> None:
    cli(budget_book, "budget", "set", "Rent", "1000", "--month", "2025-01")
    assert cli(budget_book, "budget", "mode") == "envelope"
    assert cli(budget_book, "budget", "mode", "tracking") == "tracking"
    assert cli(budget_book, "settings", "get", "budget.mode") == "tracking"
    feb = _show(cli, budget_book, "2025-02")
    assert feb["mode"] == "tracking"
    assert _line(feb, "Rent")["available"] == "-900.00"
    assert feb["to_budget"] == "0.00"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("set", "Salary", "5"), "income category"),
        (("set", "Nowhere", "5"), "unknown category 'Nowhere'"),
        (("set", "Rent", "1.234"), "more than 2 decimals"),
        (("set", "Rent", "lots"), "not an amount"),
        (("set", "Rent", "5", "--month", "2025-13"), "invalid month"),
        (("move", "0", "--from", "Rent", "--to", "Groceries"), "more than zero"),
        (("template", "apply", "fixed", "--category", "Rent"), "needs --amount"),
        (("template", "apply", "percent", "--percent", "150", "--category", "Rent"), "up to 100"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    cli: Cli, budget_book: Path, args: tuple[str, ...], message: str
) -> None:
    err = cli(budget_book, "budget", *args, code=2)
    assert message in err
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err
    assert _show(cli, budget_book, "2025-01")["to_budget"] == "3000.00"


def test_goals_add_list_delete(cli: Cli, budget_book: Path) -> None:
    cli(budget_book, "budget", "set", "Groceries", "200", "--month", "2025-01")
    assert cli(budget_book, "goal", "add", "Cushion", "--target", "1000", "--by", "2099-12-01",
               "--account", "Savings") == "1"  # fmt: skip
    cli(budget_book, "goal", "add", "Feast", "--target", "400", "--category", "Groceries")
    goals = {g["name"]: g for g in json.loads(cli(budget_book, "goal", "list", "--format", "json"))}
    assert goals["Cushion"]["saved"] == "500.00"  # the transfer into Savings
    assert goals["Cushion"]["progress"] == "50%"
    assert goals["Cushion"]["monthly"] != ""
    assert goals["Feast"]["by"] == "" and goals["Feast"]["monthly"] == ""
    err = cli(budget_book, "goal", "add", "Cushion", "--target", "5", "--account", "Savings",
              code=2)  # fmt: skip
    assert "exists already" in err
    assert cli(budget_book, "goal", "delete", "Cushion") == "Delete goal"
    assert cli(budget_book, "undo") == "Undo Delete goal"
    names = [g["name"] for g in json.loads(cli(budget_book, "goal", "list", "--format", "json"))]
    assert names == ["Cushion", "Feast"]


def test_split_lines_count_by_their_category(cli: Cli, budget_book: Path) -> None:
    cli(budget_book, "categories", "add", "Home", "--kind", "expense")
    cli(budget_book, "tx", "add", "--account", "Checking", "--date", "2025-01-20", "--amount",
        "-100", "--payee", "Store", "--split", "Rent=-70", "--split", "Home=-30")  # fmt: skip
    jan = _show(cli, budget_book, "2025-01")
    assert _line(jan, "Rent")["spent"] == "70.00"
    assert _line(jan, "Home")["spent"] == "30.00"


def test_the_scheduled_template_covers_each_category_s_occurrences(
    cli: Cli, budget_book: Path
) -> None:
    err = cli(budget_book, "budget", "template", "apply", "scheduled", "--month", "2025-02",
              code=2)  # fmt: skip
    assert "no schedule spends in a category in 2025-02" in err
    cli(budget_book, "schedule", "add", "--account", "Checking", "--payee", "Landlord",
        "--amount", "-700", "--category", "Rent", "--every", "2weeks", "--start", "2025-01-03",
        "--remind")  # fmt: skip
    cli(budget_book, "schedule", "add", "--account", "Euro", "--payee", "Market", "--amount",
        "-20", "--category", "Groceries", "--every", "month", "--start", "2025-01-31",
        "--remind")  # fmt: skip
    cli(budget_book, "schedule", "add", "--account", "Checking", "--to", "Savings",
        "--amount", "100", "--every", "month", "--start", "2025-01-15", "--remind")  # fmt: skip
    cli(budget_book, "budget", "template", "apply", "scheduled", "--month", "2025-05", "--cap",
        "1000")  # fmt: skip
    may = _show(cli, budget_book, "2025-05")
    # 9 and 23 May: 2 × 700 = 1400, capped at 1000; the transfer is no spending.
    assert _line(may, "Rent")["budgeted"] == "1000.00"
    assert _line(may, "Food:Groceries")["budgeted"] == "22.00"  # 20 EUR at 1.10


def test_goal_edit_changes_each_field_as_one_undo_step(cli: Cli, budget_book: Path) -> None:
    cli(budget_book, "goal", "add", "Cushion", "--target", "1000", "--by", "2099-12-01",
        "--account", "Savings")  # fmt: skip
    cli(budget_book, "goal", "add", "Feast", "--target", "400", "--category", "Groceries")

    def listed() -> dict[str, dict[str, str]]:
        rows = json.loads(cli(budget_book, "goal", "list", "--format", "json"))
        return {g["name"]: g for g in rows}

    assert cli(budget_book, "goal", "edit", "Cushion", "--name", "Buffer", "--target", "2000",
               "--no-by") == "Edit goal"  # fmt: skip
    buffer = listed()["Buffer"]
    assert buffer["target"] == "2000.00" and buffer["by"] == "" and buffer["saved"] == "500.00"
    assert "Cushion" not in listed()
    # Where it saves: from the account to a category (its available).
    cli(budget_book, "goal", "edit", "Buffer", "--category", "Rent", "--by", "2099-06-30")
    assert listed()["Buffer"]["by"] == "2099-06-30"
    assert listed()["Buffer"]["saved"] != "500.00"
    assert cli(budget_book, "undo") == "Undo Edit goal"
    assert listed()["Buffer"]["saved"] == "500.00" and listed()["Buffer"]["by"] == ""
    assert cli(budget_book, "undo") == "Undo Edit goal"
    assert listed()["Cushion"]["target"] == "1000.00"
    assert listed()["Cushion"]["by"] == "2099-12-01"
    err = cli(budget_book, "goal", "edit", "Cushion", "--name", "feast", code=2)
    assert "exists already" in err
    err = cli(budget_book, "goal", "edit", "Cushion", code=2)
    assert "nothing to change" in err
    err = cli(budget_book, "goal", "edit", "Nope", "--target", "5", code=2)
    assert "no goal called" in err and "Traceback" not in err


def test_show_says_the_uncategorized_spending(cli: Cli, budget_book: Path) -> None:
    assert _show(cli, budget_book, "2025-01")["uncategorized"] == "0.00"
    cli(budget_book, "tx", "add", "--account", "Checking", "--date", "2025-01-09",
        "--amount", "-30", "--payee", "Kiosk")  # fmt: skip
    doc = _show(cli, budget_book, "2025-01")
    assert doc["uncategorized"] == "30.00"
    assert doc["to_budget"] == "3000.00"  # in no envelope: the figures are as before
    table = cli(budget_book, "budget", "show", "--month", "2025-01")
    assert "uncategorized spending (in no envelope): 30.00 USD" in table


def test_mode_and_overspend_changes_are_undo_steps(cli: Cli, budget_book: Path) -> None:
    assert cli(budget_book, "budget", "mode") == "envelope"
    cli(budget_book, "budget", "mode", "tracking")
    assert cli(budget_book, "budget", "mode") == "tracking"
    assert cli(budget_book, "undo") == "Undo Tracking budgeting"
    assert cli(budget_book, "budget", "mode") == "envelope"
    cli(budget_book, "budget", "overspend", "Rent", "carry")
    assert cli(budget_book, "undo") == "Undo Carry overspending as negative"
    cli(budget_book, "budget", "mode", "envelope")  # already: no step of its own
    assert not cli(budget_book, "undo").endswith("budgeting")
