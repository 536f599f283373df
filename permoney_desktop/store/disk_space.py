"""Full disks: "no space left" recognised from SQLite and the OS, and told as where and what to do.

SQLite says "database or disk is full" (SQLITE_FULL) and the OS ENOSPC; both reach the user as
one sentence naming the disk, never as a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_SQLITE_FULL = 13
_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


class DiskFullError(RuntimeError):
    """A write that did not fit on its disk; nothing of it was kept."""

    def __init__(self, path: Path | str | None, what: str = "nothing was changed") -> None:
        self.path = None if path is None else Path(path)
        super().__init__(full_message(self.path, what))


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc``, what it wraps (SQLAlchemy's ``orig``) and what caused it, without repeats."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        cur = todo.pop()
        if cur is None or any(cur is s for s in seen):
            continue
        seen.append(cur)
        orig = getattr(cur, "orig", None)
        todo += [orig if isinstance(orig, BaseException) else None, cur.__cause__, cur.__context__]
    return seen


def is_disk_full(exc: BaseException) -> bool:
    """True when ``exc`` (or what it wraps) says the disk has no room left."""
    for cur in _causes(exc):
        if isinstance(cur, DiskFullError):
            return True
        if isinstance(cur, OSError) and cur.errno in _FULL_ERRNOS:
            return True
        # sqlite3 and sqlcipher3 alike: the error code when given, else SQLite's own words.
        if getattr(cur, "sqlite_errorcode", None) == _SQLITE_FULL:
            return True
        if type(cur).__name__ == "OperationalError" and "database or disk is full" in str(cur):
            return True
    return False


def is_disk_trouble(exc: BaseException) -> bool:
    """A full disk, or SQLite's "disk I/O error" (what it says when the WAL index of a book on
    a full disk cannot be made): cases where the book may still be read read-only."""
    return is_disk_full(exc) or any("disk I/O error" in str(c) for c in _causes(exc))


def wal_is_empty(book: Path) -> bool:
    """True when no committed change waits in the book's WAL: the main file alone is the book,
    so it can be read as an immutable file (no WAL index, nothing written)."""
    wal = book.with_name(book.name + "-wal")
    try:
        return not wal.exists() or wal.stat().st_size == 0
    except OSError:
        return False


def immutable_uri(book: Path) -> str:
    """A stdlib-sqlite3 URI reading ``book`` without writing anything beside it."""
    return f"{Path(os.path.abspath(book)).as_uri()}?mode=ro&immutable=1"


def mount_point(path: Path) -> Path:
    """The mount point holding ``path`` (the disk a user would free space on)."""
    current = Path(os.path.abspath(path))
    while not current.exists() and current != current.parent:
        current = current.parent
    while not os.path.ismount(current) and current != current.parent:
        current = current.parent
    return current


def full_message(path: Path | None, what: str = "nothing was changed") -> str:
    if path is None:
        return (
            "not enough disk space: free some space on the disk that holds the book, "
            f"then try again ({what})"
        )
    return (
        f"not enough disk space on {mount_point(path)} (writing {path.name}): free some space "
        f"there, or choose a folder on another disk, then try again ({what})"
    )


def remove_partial(*paths: Path) -> None:
    """Delete files a failed write left behind, with SQLite's sidecars of each."""
    for p in paths:
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                p.with_name(p.name + suffix).unlink(missing_ok=True)


@contextmanager
def reported(path: Path | None, what: str = "nothing was changed") -> Iterator[None]:
    """Run a write; a full disk inside it becomes ``DiskFullError`` naming the disk."""
    try:
        yield
    except DiskFullError:
        raise
    except Exception as exc:
        if is_disk_full(exc):
            raise DiskFullError(path, what) from exc
        raise


@contextmanager
def written_whole(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` to write; it becomes ``target`` only when the block
    ends without error, so a failure (a full disk) never leaves a truncated file behind."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        with reported(target, "no file was written"):
            yield partial
            os.replace(partial, target)
    finally:
        remove_partial(partial)
