"""Damaged book files get clear words from a real ``permoney`` process, and an existing path
never becomes a new book."""

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
    env.pop("PERMONEY_BOOK_KEY", None)
    return subprocess.run(
        [sys.executable, "-m", "permoney_desktop", "--book", str(book), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def book(tmp_path: Path, permoney_home: Path) -> Path:
    path = tmp_path / "household.permoney"
    done = _permoney(permoney_home, path, "demo", "--transactions", "300", "--years", "1")
    assert done.returncode == 0, done.stderr
    return path


def _one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    return done.stderr


@pytest.mark.parametrize("command", [("accounts", "list"), ("check",), ("demo",)])
def test_a_zeroed_header_is_called_damaged_not_encrypted(
    book: Path, permoney_home: Path, command: tuple[str, ...]
) -> None:
    with book.open("r+b") as fh:
        fh.write(bytes(100))  # SQLite's whole header
    size = book.stat().st_size
    err = _one_line_error(_permoney(permoney_home, book, *command))
    assert "damaged" in err and "encrypted and" not in err and "recovery key" not in err
    assert book.stat().st_size == size


@pytest.mark.parametrize("command", [("check",), ("accounts", "list"), ("demo",), ("init",)])
def test_an_empty_file_never_becomes_a_new_book(
    tmp_path: Path, permoney_home: Path, command: tuple[str, ...]
) -> None:
    path = tmp_path / "cut.permoney"
    path.touch()
    done = _permoney(permoney_home, path, *command)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert "empty file" in done.stderr or "already exists" in done.stderr, done.stderr
    assert path.stat().st_size == 0  # still the user's empty file, no book made over it


def test_an_emptied_schema_version_is_an_unknown_version(book: Path, permoney_home: Path) -> None:
    with sqlite3.connect(book) as conn:
        conn.execute("DELETE FROM alembic_version")
    for command in (("accounts", "list"), ("check",)):
        err = _one_line_error(_permoney(permoney_home, book, *command))
        assert "unknown version" in err and "already exists" not in err and "CREATE" not in err
    with sqlite3.connect(book) as conn:  # nothing was created over the tables
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] > 0
