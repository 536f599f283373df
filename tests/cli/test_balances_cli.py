"""`permoney materialize` and `permoney balances` end to end on a real demo book."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from permoney_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_book(book_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, _out, _err = run(
        capsys,
        "--book",
        str(book_path),
        "demo",
        "--transactions",
        "1500",
        "--years",
        "2",
        "--end",
        "2025-06-30",
    )
    assert code == 0
    # Writes only queue their syncs (a worker runs them); materialize here, as a script would.
    code, _out, _err = run(capsys, "--book", str(book_path), "materialize")
    assert code == 0
    return book_path


def test_materialized_balances_print_as_csv(
    demo_book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--book", str(demo_book), "balances", "--to", "2025-06-30", "--format", "csv"
    )
    assert code == 0 and "pending" not in err and "not yet" not in err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["account", "date", "balance", "currency"]
    by_name = {r["account"]: r for r in rows}
    assert by_name["Euro Account"]["currency"] == "EUR"
    assert by_name["Car Loan"]["date"] == "2025-06-30"
    # The loan is shown as the positive amount owed.
    assert float(by_name["Car Loan"]["balance"]) > 0
    assert len(rows) == 7


def test_monthly_json_and_daily_agree_on_month_ends(
    demo_book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = str(demo_book)
    _c, out, _e = run(
        capsys,
        "--book",
        book,
        "balances",
        "--account",
        "Visa Card",
        "--monthly",
        "--from",
        "2025-01-01",
        "--to",
        "2025-06-30",
        "--format",
        "json",
    )
    monthly = json.loads(out)
    assert [r["date"] for r in monthly] == [
        "2025-01-31",
        "2025-02-28",
        "2025-03-31",
        "2025-04-30",
        "2025-05-31",
        "2025-06-30",
    ]
    assert all(r["partial"] is False for r in monthly)
    _c, out, _e = run(
        capsys,
        "--book",
        book,
        "balances",
        "--account",
        "Visa Card",
        "--daily",
        "--from",
        "2025-01-01",
        "--to",
        "2025-06-30",
        "--format",
        "csv",
    )
    daily = {r["date"]: r["balance"] for r in csv.DictReader(io.StringIO(out))}
    assert len(daily) == 181
    assert all(daily[r["date"]] == r["balance"] for r in monthly)


def test_table_shows_net_worth_and_pending_note(
    demo_book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    conn = sqlite3.connect(demo_book)
    with conn:
        conn.execute("UPDATE syncs SET status = 'pending' WHERE account_id = 1")
    conn.close()
    code, out, err = run(capsys, "--book", str(demo_book), "balances", "--to", "2025-06-30")
    assert code == 0
    assert "Net worth" in out and "Everyday Checking" in out
    assert "not yet reflected" in err and "Everyday Checking" in err
    code, out, _err = run(capsys, "--book", str(demo_book), "materialize")
    assert code == 0 and "Everyday Checking" in out and "completed" in out
    _code, _out, err = run(capsys, "--book", str(demo_book), "balances")
    assert "not yet" not in err


def test_full_materialize_is_idempotent(
    demo_book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = str(demo_book)
    _c, before, _e = run(capsys, "--book", book, "balances", "--monthly", "--format", "csv")
    code, out, _e = run(capsys, "--book", book, "materialize", "--full")
    assert code == 0 and out.count("completed") == 7
    _c, after, _e = run(capsys, "--book", book, "balances", "--monthly", "--format", "csv")
    assert before == after


def test_unknown_account_and_bad_dates_are_one_line_errors(
    demo_book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "--book", str(demo_book), "balances", "--account", "Nope")
    assert code == 2 and "no account named 'Nope'" in err
    code, _out, err = run(
        capsys, "--book", str(demo_book), "balances", "--from", "2025-02-01", "--to", "2025-01-01"
    )
    assert code == 2 and "after" in err


def test_balances_process_never_imports_sqlalchemy(demo_book: Path) -> None:
    probe = (
        "import sys; from permoney_desktop.cli import main; "
        f"code = main(['--book', {str(demo_book)!r}, 'balances']); "
        "assert code == 0; assert 'sqlalchemy' not in sys.modules, 'sqlalchemy imported'"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Net worth" in result.stdout
