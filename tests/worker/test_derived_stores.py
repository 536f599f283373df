"""Derived stores heal themselves: a garbage queue file or a file where the cache folder was is
moved aside, rebuilt and said once; ``check --repair`` really fixes the queue."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from permoney_desktop.platform.paths import paths_for
from permoney_desktop.store import queue_tables
from permoney_desktop.worker.queue import make_huey, repair_queue

GARBAGE = bytes(range(256)) * 20


def run(book: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "permoney_desktop", "--book", str(book), *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )


def ok(book: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = run(book, *args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "b.permoney"
    ok(path, "init")
    ok(path, "accounts", "add", "Checking", "--type", "checking", "--currency", "USD")
    ok(path, "tx", "add", "--account", "Checking", "--date", "2024-01-01", "--amount", "-5")
    ok(path, "sync", "--wait")
    return path


def _sound(queue: Path) -> bool:
    return queue_tables.file_problem(queue) is None and queue.exists()


def test_a_garbage_queue_is_moved_aside_and_rebuilt_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    queue = tmp_path / "queues" / "q.queue.db"
    queue.parent.mkdir()
    queue.write_bytes(GARBAGE)
    with caplog.at_level(logging.WARNING):
        make_huey(queue)
        make_huey(queue)
    said = [r.getMessage() for r in caplog.records if "could not be read" in r.getMessage()]
    assert len(said) == 1
    assert _sound(queue)
    (aside,) = [p for p in queue.parent.iterdir() if ".unreadable-" in p.name]
    assert aside.read_bytes() == GARBAGE  # kept for a bug report, not deleted


def test_every_command_survives_a_garbage_queue_and_check_repair_fixes_it(book: Path) -> None:
    queue = paths_for(book).queue
    queue.write_bytes(GARBAGE)
    for suffix in ("-wal", "-shm"):
        queue.with_name(queue.name + suffix).unlink(missing_ok=True)
    first = ok(book, "sync", "--wait")
    assert first.stderr.count("could not be read") == 1
    assert _sound(queue)
    assert "could not be read" not in ok(book, "health").stderr
    queue.write_bytes(GARBAGE)
    for suffix in ("-wal", "-shm"):
        queue.with_name(queue.name + suffix).unlink(missing_ok=True)
    repaired = ok(book, "check", "--repair")
    assert "repaired: moved the unreadable work queue aside" in repaired.stdout
    assert _sound(queue)
    again = ok(book, "check", "--repair")
    assert "work queue" not in again.stdout  # nothing left to repair


def test_repair_queue_leaves_a_sound_queue_alone(tmp_path: Path) -> None:
    queue = tmp_path / "q.queue.db"
    make_huey(queue)
    assert repair_queue(queue) is None
    con = sqlite3.connect(queue)
    assert con.execute("PRAGMA quick_check").fetchone() == ("ok",)
    con.close()


def test_a_file_where_the_cache_folder_was_is_moved_aside(book: Path) -> None:
    cache = paths_for(book).cache_dir
    shutil.rmtree(cache)
    cache.write_text("not a folder")
    listed = ok(book, "accounts", "list")
    assert listed.stderr.count("was not a folder") == 1
    assert cache.is_dir()
    assert "Checking" in listed.stdout
    ok(book, "metrics")
    assert "was not a folder" not in ok(book, "accounts", "list").stderr
    (aside,) = [p for p in cache.parent.iterdir() if ".unreadable-" in p.name]
    assert aside.read_text() == "not a folder"
