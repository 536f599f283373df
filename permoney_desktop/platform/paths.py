"""Where a book, its worker queue and its metrics cache live; all created owner-only.

The three stores are kept apart (README, "Where things live"). A book's queue and cache paths
derive from the book's resolved path, so two books never share them. ``PERMONEY_HOME`` moves
everything under one directory (portable installs and tests).
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from permoney_desktop.identity import APP_ID, BOOK_SUFFIX

log = logging.getLogger(__name__)

DIR_MODE = 0o700
FILE_MODE = 0o600


def data_root() -> Path:
    home = os.environ.get("PERMONEY_HOME")
    if home:
        return Path(home).expanduser() / "data"
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def cache_root() -> Path:
    home = os.environ.get("PERMONEY_HOME")
    if home:
        return Path(home).expanduser() / "cache"
    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))


def default_book_path() -> Path:
    env = os.environ.get("PERMONEY_BOOK")
    if env:
        return Path(env).expanduser()
    return data_root() / f"book{BOOK_SUFFIX}"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make it owner-only."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if sys.platform != "win32":
        path.chmod(DIR_MODE)
    return path


def move_aside(path: Path) -> Path:
    """Rename an unreadable derived file or folder out of the way (kept for a bug report);
    returns its new name. The queue and the cache hold nothing that is not in the book."""
    stamp = time.strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.unreadable-{stamp}-{n}")
    path.rename(target)
    return target


def ensure_derived_dir(path: Path) -> Path:
    """``ensure_private_dir`` for a folder of derived data (queue, cache): something that is
    not a folder in its place, or in its parent's, is moved aside (and said once) first."""
    for p in (path.parent, path):
        if p.exists() and not p.is_dir():
            moved = move_aside(p)
            log.warning(
                "%s was not a folder; moved it aside to %s and started afresh (it held "
                "nothing that is not in the book)",
                p,
                moved.name,
            )
    return ensure_private_dir(path)


def make_private_file(path: Path) -> None:
    """Make an existing file (and its SQLite sidecars) owner-only."""
    if sys.platform == "win32":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            candidate.chmod(FILE_MODE)


def ensure_book_folder(path: Path) -> Path:
    """The folder a book lives in: created owner-only when missing, but an existing folder is
    the user's (their home, Documents, even ``/tmp``) and keeps its permissions. Making it
    owner-only turned a shared ``/tmp`` into 0700 for everyone else on the machine."""
    if not path.is_dir():
        ensure_private_dir(path)
    return path


@dataclass(frozen=True)
class BookPaths:
    """The book file and the derived stores that belong to it."""

    book: Path
    queue: Path
    cache_dir: Path
    backups_dir: Path

    def ensure_dirs(self) -> None:
        ensure_book_folder(self.book.parent)
        ensure_derived_dir(self.queue.parent)
        ensure_derived_dir(self.cache_dir)
        ensure_private_dir(self.backups_dir)


def book_key(book: Path) -> str:
    """A short stable key for a book path: its stem plus a hash of its resolved location."""
    resolved = str(book.expanduser().resolve())
    digest = hashlib.sha256(resolved.encode()).hexdigest()[:12]
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in book.stem)[:40] or "book"
    return f"{stem}-{digest}"


def paths_for(book: Path | None = None) -> BookPaths:
    book = (book or default_book_path()).expanduser()
    key = book_key(book)
    return BookPaths(
        book=book,
        queue=data_root() / "queues" / f"{key}.queue.db",
        cache_dir=cache_root() / "metrics" / key,
        backups_dir=data_root() / "backups" / key,
    )


def umask_private() -> None:
    """New files created by SQLite, Huey and diskcache default to owner-only."""
    if sys.platform != "win32":
        os.umask(0o077)
