"""The command line as a user meets it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from permoney_desktop import __version__
from permoney_desktop.cli import main


def permoney(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "permoney_desktop", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def table_digest(path: Path, *tables: str) -> str:
    digest = hashlib.sha256()
    with sqlite3.connect(path) as conn:
        for table in tables:
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def test_version() -> None:
    result = permoney("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"permoney {__version__}"


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--no-such-option"], "unrecognized arguments"),
        (["no-such-command"], "invalid choice"),
        (["demo", "--transactions", "many"], "invalid int value"),
        (["demo", "--end", "2024-13-01"], "invalid date"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args: list[str], needle: str) -> None:
    result = permoney(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and "Traceback" not in result.stderr


def test_missing_and_corrupt_books_are_one_line(tmp_path: Path) -> None:
    missing = permoney("--book", str(tmp_path / "none.permoney"), "demo")
    # demo creates a missing book by design; init refuses an existing file
    assert missing.returncode == 0
    junk = tmp_path / "junk.permoney"
    junk.write_bytes(b"\x00garbage" * 100)
    result = permoney("--book", str(junk), "demo")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not a Permoney book" in result.stderr


def test_init_creates_a_book_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "mine.permoney"
    assert main(["init", str(target), "--base-currency", "eur"]) == 0
    assert target.exists()
    with sqlite3.connect(target) as conn:
        assert conn.execute(
            "SELECT value FROM settings WHERE key='book.base_currency'"
        ).fetchone() == ('"EUR"',)
    result = permoney("init", str(target))
    assert result.returncode == 2 and "already exists" in result.stderr


def test_init_rejects_a_bad_currency(tmp_path: Path) -> None:
    result = permoney("init", str(tmp_path / "c.permoney"), "--base-currency", "DOLLARS")
    assert result.returncode == 2 and "unknown currency" in result.stderr
    assert not (tmp_path / "c.permoney").exists()


def test_demo_is_deterministic_from_the_seed(tmp_path: Path) -> None:
    tables = ("accounts", "categories", "entries", "transfers", "entry_tags", "exchange_rates")
    digests = []
    for name in ("a", "b"):
        book = tmp_path / f"{name}.permoney"
        assert (
            main(
                [
                    "--book",
                    str(book),
                    "demo",
                    "--transactions",
                    "3000",
                    "--years",
                    "2",
                    "--seed",
                    "42",
                    "--end",
                    "2025-06-30",
                ]
            )
            == 0
        )
        digests.append(table_digest(book, *tables).replace("created_at", ""))
    other = tmp_path / "c.permoney"
    assert (
        main(
            [
                "--book",
                str(other),
                "demo",
                "--transactions",
                "3000",
                "--years",
                "2",
                "--seed",
                "43",
                "--end",
                "2025-06-30",
            ]
        )
        == 0
    )
    with sqlite3.connect(tmp_path / "a.permoney") as a, sqlite3.connect(other) as c:
        same_seed = a.execute("SELECT date, amount, payee FROM entries ORDER BY id").fetchall()
        other_seed = c.execute("SELECT date, amount, payee FROM entries ORDER BY id").fetchall()
    with sqlite3.connect(tmp_path / "b.permoney") as b:
        assert (
            b.execute("SELECT date, amount, payee FROM entries ORDER BY id").fetchall() == same_seed
        )
    assert same_seed != other_seed


def test_demo_book_is_a_realistic_household(tmp_path: Path) -> None:
    book = tmp_path / "h.permoney"
    assert (
        main(
            [
                "--book",
                str(book),
                "demo",
                "--transactions",
                "4000",
                "--years",
                "2",
                "--end",
                "2025-06-30",
            ]
        )
        == 0
    )
    with sqlite3.connect(book) as conn:
        kinds = {r[0] for r in conn.execute("SELECT kind FROM accounts")}
        assert {"checking", "savings", "cash", "credit_card", "loan"} <= kinds
        assert conn.execute("SELECT count(DISTINCT currency) FROM accounts").fetchone()[0] >= 2
        count = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        assert 3900 <= count <= 4000
        # every transfer has exactly two opposite sides on two accounts
        bad = conn.execute(
            "SELECT transfer_id FROM entries WHERE transfer_id IS NOT NULL GROUP BY transfer_id "
            "HAVING count(*) != 2 OR sum(amount) != 0 OR count(DISTINCT account_id) != 2"
        ).fetchall()
        assert bad == []
        assert conn.execute("SELECT count(*) FROM transfers").fetchone()[0] > 20
        refunds = conn.execute(
            "SELECT count(*) FROM entries e JOIN categories c ON c.id = e.category_id "
            "WHERE c.kind = 'expense' AND e.amount > 0"
        ).fetchone()[0]
        assert refunds > 0
        assert (
            conn.execute("SELECT count(*) FROM categories WHERE parent_id IS NOT NULL").fetchone()[
                0
            ]
            > 10
        )
        assert conn.execute("SELECT count(*) FROM exchange_rates").fetchone()[0] > 50
        assert conn.execute("SELECT count(*) FROM entries WHERE kind='valuation'").fetchone()[0]


def test_demo_refuses_a_book_with_accounts(tmp_path: Path) -> None:
    book = tmp_path / "twice.permoney"
    assert main(["--book", str(book), "demo", "--transactions", "2000", "--years", "1"]) == 0
    before = table_digest(book, "entries")
    result = permoney("--book", str(book), "demo", "--transactions", "2000", "--years", "1")
    assert result.returncode == 2 and "empty book" in result.stderr
    assert table_digest(book, "entries") == before


def test_headless_commands_do_not_import_qt() -> None:
    code = (
        "import sys; from permoney_desktop.cli import main; "
        "from permoney_desktop.cli.parser import build_parser; build_parser(); "
        "import permoney_desktop.services.demo; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
