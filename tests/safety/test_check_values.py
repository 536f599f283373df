"""``permoney check`` finds what can break the book: values a later command depends on, and a
damaged page, reported in a real process without a traceback (``--repair`` included)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _permoney(home: Path, book: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PERMONEY_HOME": str(home), "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "permoney_desktop", "--book", str(book), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def _damage(book: Path) -> None:
    """Sixteen bytes over a live row in the second half of the file: its kind, date and amount
    are in an index, so the row and its index entry no longer agree. An occurrence of the text
    may sit in a page's free space (stale bytes no check can see), so the first one whose
    overwrite SQLite's own integrity check notices is taken."""
    data = bytes(book.read_bytes())
    start = len(data) // 2
    while (at := data.find(b"transaction", start)) >= 0:
        damaged = bytearray(data)
        damaged[at : at + 16] = b"\xff" * 16
        book.write_bytes(bytes(damaged))
        conn = sqlite3.connect(book)
        try:
            found = conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
        except sqlite3.DatabaseError:
            found = True
        finally:
            conn.close()
        if found:
            return
        start = at + 1
    raise AssertionError("no row in the second half of the book to damage")


@pytest.fixture
def book(tmp_path: Path, permoney_home: Path) -> Path:
    path = tmp_path / "household.permoney"
    done = _permoney(permoney_home, path, "demo", "--transactions", "2000", "--years", "2")
    assert done.returncode == 0, done.stderr
    repaired = _permoney(permoney_home, path, "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


BREAKS = [
    ("UPDATE accounts SET kind = 'hacker' WHERE id = 1", "accounts row 1: kind"),
    ("UPDATE accounts SET currency = 'ZZZ' WHERE id = 2", "accounts row 2: currency"),
    (
        "INSERT OR REPLACE INTO settings (key, value) VALUES ('book.base_currency', '{}')",
        "setting book.base_currency",
    ),
    (
        "INSERT INTO rules (name, position, enabled, conditions, merchant, tags, rename_payee,"
        " created_at) VALUES ('r', 0, 1, '{hacker', '', 'x', '', '2024-01-01 00:00:00')",
        ": conditions is not JSON",
    ),
    ("UPDATE entries SET date = '2024-02-30' WHERE id = 7", "entries row 7: date is not a date"),
    ("UPDATE entries SET amount = 12.5 WHERE id = 8", "entries row 8: amount"),
]


@pytest.mark.parametrize(("sql", "finding"), BREAKS, ids=[b[1] for b in BREAKS])
def test_check_reports_a_value_later_commands_cannot_read(
    book: Path, permoney_home: Path, sql: str, finding: str
) -> None:
    with sqlite3.connect(book) as conn:
        conn.execute(sql)
    done = _permoney(permoney_home, book, "check")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert finding in done.stdout and "values" in done.stdout, done.stdout
    assert "hacker" not in done.stdout and "ZZZ" not in done.stdout


def test_a_damaged_page_is_reported_not_a_traceback(
    book: Path, permoney_home: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "before.permoney"
    made = _permoney(permoney_home, book, "backup", str(backup))
    assert made.returncode == 0, made.stderr
    _damage(book)
    for args in (("check",), ("check", "--repair"), ("check", "--quick")):
        done = _permoney(permoney_home, book, *args)
        assert "Traceback" not in done.stderr, (args, done.stderr)
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert "damaged" in done.stdout or "sqlite" in done.stdout, done.stdout
    repaired = _permoney(permoney_home, book, "check", "--repair")
    assert "rebuilt the balances" not in repaired.stdout  # nothing computed from bad rows
    # The check found the file damaged: it is read-only until a restore or a clean check.
    refused = _permoney(
        permoney_home,
        book,
        "tx",
        "add",
        "--account",
        "Brokerage",
        "--date",
        "2024-01-02",
        "--amount",
        "1",
    )
    assert refused.returncode == 2 and "read-only" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr
    listed = _permoney(permoney_home, book, "accounts", "list")  # reads still work
    assert listed.returncode == 0 and "Brokerage" in listed.stdout, listed.stderr


def test_a_damage_error_anywhere_in_the_cli_is_one_line_without_the_row_text() -> None:
    from permoney_desktop.cli.errors import friendly_error

    damaged = sqlite3.OperationalError(
        "Could not decode to UTF-8 column 'payee' with text 'Zebulon Quixotic'"
    )
    message = friendly_error(damaged)
    assert message is not None and "damaged" in message and "Zebulon" not in message
    assert friendly_error(sqlite3.DatabaseError("database disk image is malformed"))
    assert friendly_error(sqlite3.OperationalError("database is locked")) != message


def test_restoring_a_backup_lifts_the_read_only_state(
    book: Path, permoney_home: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "before.permoney"
    assert _permoney(permoney_home, book, "backup", str(backup)).returncode == 0
    _damage(book)
    assert _permoney(permoney_home, book, "check").returncode == 1
    add = ("tx", "add", "--account", "Brokerage", "--date", "2024-01-02", "--amount", "1")
    assert "read-only" in _permoney(permoney_home, book, *add).stderr
    restored = _permoney(permoney_home, book, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    kept = restored.stderr.split("the previous book was saved to ")[1].strip()
    assert kept.endswith("-damaged.permoney") and Path(kept).stat().st_size > 0  # kept as is
    added = _permoney(permoney_home, book, *add)
    assert added.returncode == 0, added.stderr
