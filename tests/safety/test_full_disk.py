"""Full disks, on a real small filesystem: every write says "not enough disk space on …" and
leaves no partial file; reads keep working on a disk with no byte left."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from permoney_desktop.store import disk_space

FULL = "not enough disk space on "


def _mount_small(where: Path) -> bool:
    where.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)],
            capture_output=True,
            timeout=30,
        )
    except OSError:
        return False
    return done.returncode == 0


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB filesystem of its own (tmpfs; mounting it needs root). A new book alone is some
    300 KB: 600 KB no longer held one being created."""
    where = tmp_path / "small"
    if not _mount_small(where):
        pytest.skip("cannot mount a small tmpfs here (needs root): the full-disk cases need one")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, timeout=30)


def run(book: Path, *args: str) -> subprocess.CompletedProcess[str]:
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


def refused(book: Path, mount: Path, *args: str) -> None:
    result = run(book, *args)
    assert result.returncode != 0, result.stdout
    assert f"{FULL}{mount}" in result.stderr
    assert "Traceback" not in result.stderr
    assert "disk I/O error" not in result.stderr


def fill(disk: Path, leave: int) -> None:
    """Fill ``disk`` to the last byte, then give back ``leave`` bytes."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"x" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))


def entries(book: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(f"{book.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return con.execute("SELECT id, payee, amount FROM entries ORDER BY id").fetchall()
    finally:
        con.close()


@pytest.fixture
def book(small: Path) -> Path:
    path = small / "b.permoney"
    ok(path, "init")
    ok(path, "accounts", "add", "Checking", "--type", "checking", "--currency", "USD")
    for day in ("2024-01-01", "2024-01-02"):
        ok(path, "tx", "add", "--account", "Checking", "--date", day, "--amount", "-5")
    return path


def test_writes_on_a_nearly_full_disk_say_so_and_leave_nothing(book: Path, tmp_path: Path) -> None:
    small = book.parent
    fill(small, leave=150_000)
    before = entries(book)
    big = tmp_path / "big.csv"
    rows = [
        f"2024-02-{1 + i % 28:02d},-{i}.00,payee number {i} with a long name" for i in range(3000)
    ]
    big.write_text("Date,Amount,Payee\n" + "\n".join(rows) + "\n")
    refused(book, small, "import", str(big), "--account", "Checking")
    refused(book, small, "backup", str(small))
    assert entries(book) == before
    assert sorted(p.name for p in small.iterdir()) == ["b.permoney", "filler"]
    # What fits still works: a small write, its undo, a check.
    ok(book, "tx", "add", "--account", "Checking", "--date", "2024-01-03", "--amount", "-1")
    ok(book, "undo")
    ok(book, "check")
    assert entries(book) == before


def test_a_full_disk_still_reads_and_refuses_every_write(book: Path, tmp_path: Path) -> None:
    small = book.parent
    fill(small, leave=0)
    before = entries(book)
    listed = ok(book, "tx", "list")
    assert listed.count("Checking") == 2
    assert "Checking" in ok(book, "accounts", "list")
    ok(book, "balances")
    out = tmp_path / "elsewhere.csv"
    ok(book, "export", str(out))  # to another disk: the way out of a full one
    assert out.read_text().count("Checking") == 2
    refused(book, small, "export", str(small / "here.csv"))
    refused(
        book, small, "tx", "add", "--account", "Checking", "--date", "2024-01-03", "--amount", "-1"
    )
    refused(book, small, "undo")
    refused(book, small, "backup", str(small))
    refused(book, small, "check")
    assert entries(book) == before
    left = {p.name for p in small.iterdir()} - {"b.permoney", "filler"}
    # SQLite may leave an empty WAL and its index stub from the failed normal open: no data.
    assert left <= {"b.permoney-wal", "b.permoney-shm"}
    assert all((small / n).stat().st_size < 4096 for n in left)


def test_written_whole_leaves_no_truncated_file(tmp_path: Path) -> None:
    """Fault injection: the disk fills in the middle of writing a file."""
    target = tmp_path / "out.csv"
    with (
        pytest.raises(disk_space.DiskFullError, match=f"{FULL}.*out.csv.*no file was written"),
        disk_space.written_whole(target) as partial,
    ):
        partial.write_text("half a file")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert list(tmp_path.iterdir()) == []
    with disk_space.written_whole(target) as partial:
        partial.write_text("whole")
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    assert target.read_text() == "whole"


def test_sqlite_full_inside_a_write_becomes_the_message(tmp_path: Path) -> None:
    """Fault injection: SQLite's SQLITE_FULL, raw or wrapped, is recognised."""
    full = sqlite3.OperationalError("database or disk is full")
    wrapped = RuntimeError("statement failed")
    wrapped.__cause__ = full
    for exc in (full, wrapped, OSError(errno.ENOSPC, "No space left on device")):
        assert disk_space.is_disk_full(exc)
        with (
            pytest.raises(disk_space.DiskFullError, match=FULL),
            disk_space.reported(tmp_path / "b.permoney"),
        ):
            raise exc
    assert not disk_space.is_disk_full(sqlite3.OperationalError("no such table: x"))
