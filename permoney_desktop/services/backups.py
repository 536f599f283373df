"""Verified backups of a book: online copies, daily automatic ones, pruning, and restore.

A backup is taken with SQLite's online backup API from inside one read transaction, and the
book's fingerprint (row counts of every table; per account: entry count and sum, materialized
balance count and last end) is read in that same snapshot. The copy is written beside its
destination under a temporary name, reopened, checked with ``PRAGMA integrity_check`` and
fingerprinted again; only a copy whose fingerprint equals the live book's is renamed into
place. Every result is recorded in the book's settings (``safety.last_backup``) for the
health panel. An encrypted book's backups are encrypted with the same key. A shared
(PostgreSQL) book's backup is its book zip, verified by reading it back (``server_backups``).
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from permoney_desktop.domain.messages import Message
from permoney_desktop.identity import BOOK_SUFFIX
from permoney_desktop.platform.paths import make_private_file
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import backup_files, cipher, disk_space

# Named here too: callers compare a live book's fingerprint with a copy's (encryption, tests).
Fingerprint = backup_files.Fingerprint

log = logging.getLogger(__name__)

LAST_BACKUP_SETTING = "safety.last_backup"
KEEP_SETTING = "backup.keep"
AUTO_SETTING = "backup.auto"
DEFAULT_KEEP = 7
AUTO_TAG = "auto"


class BackupError(RuntimeError):
    """A backup or restore that could not be made; the message names what and where."""


@dataclass(frozen=True)
class BackupResult:
    """One backup attempt, as recorded for the health panel."""

    path: str
    created_at: str
    reason: str
    ok: bool
    size_bytes: int = 0
    duration_ms: int = 0
    problems: tuple[str, ...] = ()

    def as_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["problems"] = list(self.problems)
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> BackupResult:
        return cls(**{**record, "problems": tuple(record.get("problems", ()))})


def fingerprint(conn: Any) -> Fingerprint:
    """Fingerprint of the database behind a DB-API connection (inside the caller's snapshot)."""
    return backup_files.fingerprint(conn)


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S%fZ")


def _suffix(ledger: Ledger) -> str:
    """A book file's backups are book files; a shared book's are book zips."""
    if ledger.paths.url is None:
        return BOOK_SUFFIX
    # Imported for shared books only: it loads the book export (SQLAlchemy), which a
    # book file's commands (``permoney tx add`` opens this module) must not pay for.
    from permoney_desktop.services import server_backups

    return server_backups.SUFFIX


def default_destination(ledger: Ledger, reason: str, moment: datetime) -> Path:
    stem = ledger.paths.book.stem
    return ledger.paths.backups_dir / f"{stem}-{_stamp(moment)}-{reason}{_suffix(ledger)}"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_snapshot(ledger: Ledger, target: Path) -> Fingerprint:
    """Copy the book into ``target`` and return the live fingerprint of the same snapshot."""
    key = ledger.book.key
    salt = None if key is None else bytes.fromhex(ledger.book_id)
    return backup_files.copy_snapshot(ledger.book.read_engine, target, key, salt)


def verify(path: Path, expected: Fingerprint, key: bytes | None) -> list[str]:
    """Reopen a backup file and compare it with the live book's fingerprint."""
    try:
        conn = cipher.connect(path, key, readonly=True)
    except cipher.WrongKeyError:
        return ["the backup does not open with the book's key"]
    except Exception as exc:
        return [f"the backup does not open ({type(exc).__name__})"]
    try:
        rows = backup_files.integrity_lines(conn)
        if rows != ["ok"]:
            return [f"integrity check: {r}" for r in rows[:20]]
        return expected.differences(fingerprint(conn))
    except Exception as exc:
        return [f"the backup cannot be read ({type(exc).__name__}: {exc})"]
    finally:
        conn.close()


def _write_verified(ledger: Ledger, partial: Path) -> list[str]:
    """Write the copy to ``partial`` and verify it; the problems ([] when it is faithful)."""
    if ledger.paths.url is not None:
        from permoney_desktop.services import server_backups  # see _suffix

        problems = server_backups.write_verified_zip(ledger, partial)
        make_private_file(partial)
        return problems
    live = _copy_snapshot(ledger, partial)
    make_private_file(partial)
    return verify(partial, live, ledger.book.key)


def backup(
    ledger: Ledger,
    dest: Path | None = None,
    *,
    reason: str = "manual",
    record: bool = True,
    now: datetime | None = None,
) -> BackupResult:
    """Write a verified backup of the open book to ``dest`` (a file or a folder).

    Without ``dest`` the backup goes to the book's backups folder. An existing file is never
    overwritten. A copy that fails verification is deleted, and the failure is recorded.
    """
    started = time.perf_counter()
    moment = now or _now()
    if dest is None:
        ledger.paths.ensure_dirs()
        target = default_destination(ledger, reason, moment)
    else:
        dest = dest.expanduser()
        target = dest / default_destination(ledger, reason, moment).name if dest.is_dir() else dest
    if target.exists():
        raise BackupError(Message("{target} already exists; choose another file", target=target))
    if not target.parent.is_dir():
        raise BackupError(
            Message(
                "cannot write {target}: folder {parent} does not exist",
                target=target,
                parent=target.parent,
            )
        )
    if target.resolve() == ledger.paths.book.resolve():
        raise BackupError(Message("the backup cannot replace the book itself"))
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    problems: list[str]
    try:
        problems = _write_verified(ledger, partial)
        if not problems:
            _fsync(partial)
            os.replace(partial, target)
            _fsync_dir(target.parent)
    except Exception as exc:
        problems = [_write_problem(target, exc)]
    finally:
        # The copy and SQLite's rollback journal beside it: nothing half written stays.
        disk_space.remove_partial(partial)
    result = BackupResult(
        path=str(target),
        created_at=moment.isoformat(timespec="seconds"),
        reason=reason,
        ok=not problems,
        size_bytes=target.stat().st_size if not problems else 0,
        duration_ms=round((time.perf_counter() - started) * 1000),
        problems=tuple(problems),
    )
    if record:
        _record(ledger, result)
    if problems:
        log.info("backup %s failed: %d problem(s)", target.name, len(problems))
    else:
        log.info("backup %s written and verified in %d ms", target.name, result.duration_ms)
    return result


def _write_problem(target: Path, exc: Exception) -> str:
    """What went wrong writing ``target``; unexpected errors propagate."""
    if disk_space.is_disk_full(exc):
        return disk_space.full_message(target, "no backup was written")
    if isinstance(exc, OSError):
        return f"cannot write {target}: {exc.strerror or exc}"
    raise exc


def _record(ledger: Ledger, result: BackupResult) -> None:
    """Remember the attempt for the health panel; a book on a full disk cannot take even that
    (the backup itself went elsewhere and is reported anyway)."""
    try:
        ledger.set_setting(LAST_BACKUP_SETTING, result.as_record())
    except disk_space.DiskFullError as exc:
        log.info("backup attempt not recorded in the book: %s", exc)


def last_backup(ledger: Ledger) -> BackupResult | None:
    """The last recorded backup attempt (for the health panel)."""
    record = ledger.setting(LAST_BACKUP_SETTING)
    return None if not record else BackupResult.from_record(record)


def automatic_backups(ledger: Ledger) -> list[Path]:
    """The automatic backups in the book's backups folder, oldest first."""
    folder = ledger.paths.backups_dir
    if not folder.is_dir():
        return []
    pattern = f"{ledger.paths.book.stem}-*-{AUTO_TAG}{_suffix(ledger)}"
    return sorted(folder.glob(pattern))


def _backup_day(path: Path) -> date | None:
    # <stem>-<stamp>-<reason><suffix>; the stem may itself contain dashes.
    parts = path.name.removesuffix(path.suffix).rsplit("-", 2)
    stamp = parts[1] if len(parts) == 3 else ""
    try:
        return datetime.strptime(stamp[:8], "%Y%m%d").date()
    except ValueError:
        return None


def prune(ledger: Ledger, keep: int | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; returns what was removed.

    Manual and pre-restore backups are the user's and are never pruned.
    """
    keep = int(ledger.setting(KEEP_SETTING, DEFAULT_KEEP) if keep is None else keep)
    existing = automatic_backups(ledger)
    doomed = existing[: max(0, len(existing) - max(keep, 1))]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def auto_backup(ledger: Ledger, *, now: datetime | None = None) -> BackupResult | None:
    """Take today's automatic backup if there is none yet (at most one a day), then prune.

    Returns None when nothing was due (already done today, or turned off in the settings).
    """
    if not ledger.setting(AUTO_SETTING, True):
        return None
    today = (now or _now()).date()
    if any(_backup_day(p) == today for p in automatic_backups(ledger)):
        return None
    result = backup(ledger, reason=AUTO_TAG, now=now)
    if result.ok:
        prune(ledger)
    return result


def check_restorable(path: Path, key: bytes | None) -> None:
    """Refuse a file that is not a healthy book (before anything is touched)."""
    if not path.is_file():
        raise BackupError(Message("no backup file at {path}", path=path))
    encrypted = cipher.is_encrypted_file(path)
    if encrypted and key is None:
        raise BackupError(
            Message(
                "{path} is encrypted (or not a Permoney book) and this book is not encrypted",
                path=path,
            )
        )
    try:
        conn = cipher.connect(path, key if encrypted else None, readonly=True)
    except cipher.WrongKeyError:
        raise BackupError(
            Message("{path} is encrypted with another key than this book", path=path)
        ) from None
    except Exception as exc:
        raise BackupError(
            Message("{path} is not a Permoney book ({exc})", path=path, exc=exc)
        ) from None
    try:
        rows = backup_files.integrity_lines(conn)
        if rows != ["ok"]:
            raise BackupError(Message("{path} is damaged: {rows}", path=path, rows=rows[0]))
        if not backup_files.has_schema_version(conn):
            raise BackupError(
                Message("{path} is not a Permoney book (no schema version)", path=path)
            )
    except cipher.WrongKeyError:
        raise BackupError(
            Message("{path} is encrypted with another key than this book", path=path)
        ) from None
    except Exception as exc:
        if isinstance(exc, BackupError):
            raise
        raise BackupError(
            Message("{path} is not a Permoney book ({exc})", path=path, exc=exc)
        ) from None
    finally:
        conn.close()
    if (key is not None) != encrypted:
        state = "encrypted" if encrypted else "not encrypted"
        raise BackupError(
            f"{path} is {state} but the book is not; "
            + ("decrypt" if key is not None else "encrypt")
            + " the book first or restore a matching backup"
        )


def _copy_was_damaged(result: BackupResult) -> bool:
    """True when a backup failed only because the book it copied is damaged."""
    return bool(result.problems) and all(
        p.startswith(("integrity check:", "the backup cannot be read")) for p in result.problems
    )


def _keep_damaged(ledger: Ledger) -> BackupResult:
    """Copy a damaged book's file (and its WAL) as they are, beside its backups."""
    moment = _now()
    target = default_destination(ledger, "damaged", moment)
    ledger.paths.ensure_dirs()
    try:
        for source, dest in ((ledger.paths.book, target), (_wal(ledger.paths.book), _wal(target))):
            if source.exists():
                shutil.copyfile(source, dest)
                make_private_file(dest)
    except OSError as exc:
        return BackupResult(
            str(target),
            moment.isoformat(),
            "damaged",
            False,
            problems=(f"cannot write {target}: {exc.strerror or exc}",),
        )
    return BackupResult(
        str(target),
        moment.isoformat(timespec="seconds"),
        "damaged",
        True,
        size_bytes=target.stat().st_size,
    )


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


@dataclass(frozen=True)
class RestoreResult:
    restored_from: str
    safety_backup: BackupResult


def restore(ledger: Ledger, source: Path) -> RestoreResult:
    """Replace the open book's content with ``source``, after a verified backup of it.

    The copy goes through SQLite's backup API into the live file, so other connections see
    either the old or the new book, never a torn one. The caller should reopen the book
    afterwards (the restored file may need a migration) and clear derived stores.
    """
    source = source.expanduser()
    if ledger.paths.url is not None:
        from permoney_desktop.services import server_backups  # see _suffix

        raise BackupError(server_backups.RESTORE_ADVICE)
    if source.resolve() == ledger.paths.book.resolve():
        raise BackupError(Message("cannot restore the book from itself"))
    key = ledger.book.key
    check_restorable(source, key)
    safety = backup(ledger, reason="pre-restore")
    if not safety.ok and _copy_was_damaged(safety):
        # The book itself is damaged (that is why it is being restored): no copy of it can
        # verify, so it is kept byte for byte instead, and the restore goes ahead.
        safety = _keep_damaged(ledger)
    if not safety.ok:
        raise BackupError(
            "the current book could not be backed up first, so nothing was restored: "
            + "; ".join(safety.problems[:3])
        )
    backup_files.copy_into(ledger.book.write_engine, source, key)
    # The pooled connections may cache the old schema; start afresh.
    ledger.book.read_engine.dispose()
    ledger.book.write_engine.dispose()
    make_private_file(ledger.paths.book)
    log.info("restored the book from %s", source.name)
    return RestoreResult(str(source), safety)
