"""An entries CSV keeps its meaning when imported again: valuations are refused with the line
and field (never turned into transactions), and an export without them imports whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from permoney_desktop.cli import main


def _run(book: Path, *args: str) -> int:
    return main(["--book", str(book), *args])


def _same_accounts(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as conn:
        rows = conn.execute("SELECT name, kind, currency FROM accounts ORDER BY id").fetchall()
    assert _run(target, "init") == 0
    for name, kind, cur in rows:
        assert _run(target, "accounts", "add", name, "--type", kind, "--currency", cur) == 0


def _kinds(book: Path) -> dict[str, int]:
    with sqlite3.connect(book) as conn:
        return dict(conn.execute("SELECT kind, count(*) FROM entries GROUP BY kind").fetchall())


def test_valuations_in_an_entries_csv_are_refused_not_turned_into_transactions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "demo.permoney"
    assert _run(source, "demo", "--transactions", "400", "--years", "1", "--seed", "3") == 0
    assert _kinds(source).get("valuation", 0) > 0
    exported = tmp_path / "x.csv"
    assert _run(source, "export", str(exported)) == 0
    target = tmp_path / "target.permoney"
    _same_accounts(source, target)
    capsys.readouterr()

    assert _run(target, "import", str(exported)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "field kind: a valuation" in err, err
    assert _kinds(target) == {}  # all or nothing: not one row went in

    plain = tmp_path / "y.csv"
    assert _run(source, "export", str(plain), "--no-valuations") == 0
    assert _run(target, "import", str(plain)) == 0, capsys.readouterr().err
    imported = _kinds(target)
    assert imported.get("valuation", 0) == 0
    expected = _kinds(source)
    assert imported.get("transaction") == expected.get("transaction")
    assert imported.get("transfer") == expected.get("transfer")
