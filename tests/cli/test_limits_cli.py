"""The CLI refuses dates and amounts the book cannot hold, and the book keeps working after."""

from __future__ import annotations

from pathlib import Path

import pytest

from permoney_desktop.cli import main

RANGE = "outside the supported range (1900-01-01 to 2199-12-31)"


def _run(capsys: pytest.CaptureFixture[str], book: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--book", str(book), *args])
    return code, capsys.readouterr().err


@pytest.fixture
def book(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "b.permoney"
    assert _run(capsys, path, "init")[0] == 0
    for name in ("Checking", "Savings"):
        args = ("accounts", "add", name, "--type", "checking", "--currency", "USD")
        assert _run(capsys, path, *args)[0] == 0
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("tx", "add", "--account", "Checking", "--date", "0001-01-01", "--amount", "-5"),
        ("tx", "add", "--account", "Checking", "--date", "9999-12-31", "--amount", "-5"),
        ("tx", "edit", "1", "--date", "1899-12-31"),
        ("transfer", "--from", "Checking", "--to", "Savings", "--date", "2200-01-01"),
        ("valuation", "--account", "Checking", "--date", "0001-01-01", "--balance", "1"),
        ("accounts", "add", "Old", "--type", "checking", "--opening-date", "1800-01-01"),
        ("rates", "add", "--date", "0001-01-01", "--from", "EUR", "--to", "USD", "--rate", "1"),
        ("metrics", "--today", "0001-01-01"),
    ],
)
def test_a_date_outside_is_refused_with_the_range(
    book: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    full = (*args, "--amount", "1") if args[0] == "transfer" else args
    code, err = _run(capsys, book, *full)
    assert code != 0
    assert RANGE in err
    assert "Traceback" not in err


def test_an_amount_outside_is_refused(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ("tx", "add", "--account", "Checking", "--date", "2024-01-01", "--amount")
    code, err = _run(capsys, book, *args, "10000000000000")
    assert code != 0
    assert "amounts up to 9,999,999,999,999.99 are supported" in err
    assert _run(capsys, book, *args, "9999999999999.99")[0] == 0


def test_import_outside_is_refused_and_sync_and_metrics_keep_working(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "far.csv"
    csv_file.write_text("Date,Amount,Payee\n2024-01-01,5,a\n9999-12-31,6,b\n")
    code, err = _run(capsys, book, "import", str(csv_file), "--account", "Checking")
    assert code != 0
    assert f"far.csv, line 3, field date: date 9999-12-31 is {RANGE}" in err
    tx = ("tx", "add", "--account", "Checking", "--date", "1900-01-01", "--amount", "-5")
    assert _run(capsys, book, *tx)[0] == 0
    code, err = _run(capsys, book, "sync", "--wait")
    assert code == 0
    assert "failed" not in err
    assert _run(capsys, book, "metrics")[0] == 0
