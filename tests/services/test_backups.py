"""Verified backups: online copy, verification, daily automatic backups, pruning, restore."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from permoney_desktop.services import backups
from permoney_desktop.services.demo import fill_demo
from permoney_desktop.services.ledger import Ledger


def _entries(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM entries").fetchone()[0])


@pytest.fixture
def filled(ledger: Ledger) -> Ledger:
    fill_demo(ledger, transactions=400, years=1, seed=3, end=date(2024, 6, 30))
    return ledger


def test_backup_is_a_verified_consistent_private_copy(filled: Ledger) -> None:
    result = backups.backup(filled)
    assert result.ok and result.problems == ()
    path = Path(result.path)
    assert path.parent == filled.paths.backups_dir
    assert _entries(path) == _entries(filled.paths.book) > 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(filled.paths.backups_dir.stat().st_mode) == 0o700
    # Self-contained: no WAL sidecars, journal mode DELETE.
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not list(path.parent.glob("*.partial"))
    recorded = backups.last_backup(filled)
    assert recorded == result


def test_backup_to_a_folder_or_file_never_overwrites(filled: Ledger, tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    in_folder = backups.backup(filled, folder)
    assert Path(in_folder.path).parent == folder and in_folder.ok
    named = backups.backup(filled, tmp_path / "copy.permoney")
    assert named.ok and Path(named.path) == tmp_path / "copy.permoney"
    with pytest.raises(backups.BackupError, match="already exists"):
        backups.backup(filled, tmp_path / "copy.permoney")
    with pytest.raises(backups.BackupError, match="does not exist"):
        backups.backup(filled, tmp_path / "missing" / "x.permoney")


def test_fingerprint_catches_a_differing_copy(filled: Ledger, tmp_path: Path) -> None:
    result = backups.backup(filled, tmp_path / "b.permoney")
    with sqlite3.connect(filled.paths.book) as live:
        expected = backups.fingerprint(live)
    with sqlite3.connect(result.path) as conn:
        conn.execute("DELETE FROM entries WHERE id = (SELECT min(id) FROM entries)")
    problems = backups.verify(Path(result.path), expected, None)
    assert any("table entries" in p for p in problems)
    assert any(p.startswith("account ") for p in problems)
    # Problems name ids and counts, never amounts or payees.
    assert not any("$" in p or "." in p.split(":")[-1] for p in problems)


def test_corrupt_copy_fails_verification(filled: Ledger, tmp_path: Path) -> None:
    result = backups.backup(filled, tmp_path / "b.permoney")
    path = Path(result.path)
    data = bytearray(path.read_bytes())
    page = 4096
    for i in range(3 * page + 200, min(len(data), 12 * page), 7):
        data[i] = 0xFF
    path.write_bytes(bytes(data))
    with sqlite3.connect(filled.paths.book) as live:
        expected = backups.fingerprint(live)
    assert backups.verify(path, expected, None)


def test_auto_backup_once_a_day_and_keeps_the_last_n(filled: Ledger) -> None:
    filled.set_setting(backups.KEEP_SETTING, 2)
    first = backups.auto_backup(filled)
    assert first is not None and first.ok
    assert backups.auto_backup(filled) is None  # already done today
    # Backups from earlier days (renamed to look older) are pruned down to the setting.
    for days in (3, 2, 1):
        old = datetime.now(UTC) - timedelta(days=days)
        name = backups.default_destination(filled, backups.AUTO_TAG, old)
        Path(first.path).with_name(name.name).write_bytes(Path(first.path).read_bytes())
    manual = backups.backup(filled)
    removed = backups.prune(filled)
    kept = backups.automatic_backups(filled)
    assert len(removed) == 2 and len(kept) == 2
    assert Path(first.path) in kept
    assert Path(manual.path).exists()  # manual backups are never pruned


def test_auto_backup_can_be_turned_off(filled: Ledger) -> None:
    filled.set_setting(backups.AUTO_SETTING, False)
    assert backups.auto_backup(filled) is None
    assert backups.automatic_backups(filled) == []


def test_restore_takes_a_backup_first_and_replaces_content(filled: Ledger) -> None:
    saved = backups.backup(filled)
    before = _entries(filled.paths.book)
    with filled.book.writing() as session, session.begin():
        session.execute(text("DELETE FROM entries"))
    assert _entries(filled.paths.book) == 0
    result = backups.restore(filled, Path(saved.path))
    assert result.safety_backup.ok and result.safety_backup.reason == "pre-restore"
    assert _entries(Path(result.safety_backup.path)) == 0  # the state before the restore
    with filled.book.reading() as session:
        assert session.execute(text("SELECT count(*) FROM entries")).scalar_one() == before


def test_restore_refuses_junk_and_leaves_the_book_alone(filled: Ledger, tmp_path: Path) -> None:
    junk = tmp_path / "junk.permoney"
    junk.write_bytes(b"not a database at all, just text" * 10)
    before = _entries(filled.paths.book)
    with pytest.raises(backups.BackupError, match="not a Permoney book"):
        backups.restore(filled, junk)
    with pytest.raises(backups.BackupError, match="no backup file"):
        backups.restore(filled, tmp_path / "nothing.permoney")
    plain = tmp_path / "plain.sqlite"
    sqlite3.connect(plain).execute("CREATE TABLE t(x)")
    with pytest.raises(backups.BackupError, match="no schema version"):
        backups.restore(filled, plain)
    assert _entries(filled.paths.book) == before
    assert backups.automatic_backups(filled) == []
