"""Regex rules cannot hang the app: RE2 runs them, and what it cannot run is refused or skipped."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

EVIL_PAYEE = "a" * 40 + "b"


def run(book: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # The timeout only guards the suite: with a backtracking matcher these runs took hours.
    return subprocess.run(
        [sys.executable, "-m", "permoney_desktop", "--book", str(book), *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )


def ok(book: Path, *args: str) -> str:
    result = run(book, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_catastrophic_pattern_neither_hangs_import_nor_rules_apply(tmp_path: Path) -> None:
    book = tmp_path / "b.permoney"
    ok(book, "init")
    ok(book, "accounts", "add", "Checking", "--type", "checking", "--currency", "USD")
    ok(book, "rules", "add", "--name", "evil", "--if", "payee", "regex", "(a+)+$", "--tag", "x")
    ok(book, "rules", "add", "--name", "b", "--if", "payee", "regex", "a+b$", "--tag", "y")
    bank = tmp_path / "bank.csv"
    bank.write_text(f"Date,Amount,Payee\n2024-01-01,-5,{EVIL_PAYEE}\n2024-01-02,-6,{'a' * 40}\n")
    assert "imported 2" in ok(book, "import", str(bank), "--account", "Checking")
    assert "rules changed 0 of 2" in ok(book, "rules", "apply")
    listed = json.loads(ok(book, "tx", "list", "--format", "json"))
    assert {r["payee"]: r["tags"] for r in listed} == {EVIL_PAYEE: "y", "a" * 40: "x"}


def test_rules_add_refuses_a_pattern_that_needs_backtracking(tmp_path: Path) -> None:
    book = tmp_path / "b.permoney"
    ok(book, "init")
    result = run(book, "rules", "add", "--if", "payee", "regex", r"(\w+)\1", "--tag", "x")
    assert result.returncode != 0
    assert "back-references are not supported" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Error parsing" not in result.stderr  # RE2's own log stays quiet
    con = sqlite3.connect(book)
    assert con.execute("SELECT count(*) FROM rules").fetchone() == (0,)
    con.close()


def test_a_stored_rule_re2_refuses_is_skipped_and_reported(tmp_path: Path) -> None:
    """A book written before rules ran on RE2 may hold a look-ahead: it is never run."""
    book = tmp_path / "b.permoney"
    ok(book, "init")
    ok(book, "accounts", "add", "Checking", "--type", "checking", "--currency", "USD")
    ok(book, "rules", "add", "--name", "old", "--if", "payee", "regex", "shop", "--tag", "x")
    ok(book, "rules", "add", "--name", "new", "--if", "payee", "contains", "shop", "--tag", "y")
    con = sqlite3.connect(book)
    with con:
        old = [{"field": "payee", "op": "regex", "value": "(?=shop)shop"}]
        con.execute("UPDATE rules SET conditions = ? WHERE name = 'old'", (json.dumps(old),))
    con.close()
    assert "no: cannot run" in ok(book, "rules", "list")
    bank = tmp_path / "bank.csv"
    bank.write_text("Date,Amount,Payee\n2024-01-01,-5,shop\n")
    result = run(book, "import", str(bank), "--account", "Checking")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("rule 'old' was not run: ") == 1
    result = run(book, "rules", "apply")
    assert result.returncode == 0, result.stderr
    assert "rule 'old' was not run" in result.stderr
    (row,) = json.loads(ok(book, "tx", "list", "--format", "json"))
    assert row["tags"] == "y"
