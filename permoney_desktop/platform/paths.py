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
from typing import TypeGuard

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


# A book on a PostgreSQL server is named by its URL instead of a path (``store.dialect``).
SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")

# Where a book is: a file's path, or a shared book's URL (a str; a Path would fold its "//").
BookLocation = Path | str


def is_server_url(location: object) -> TypeGuard[str]:
    return isinstance(location, str) and location.startswith(SERVER_SCHEMES)


def book_location(text: str) -> BookLocation:
    """What the user typed (``--book``, ``PERMONEY_BOOK``, ``init``): a URL stays text."""
    return text if is_server_url(text) else Path(text).expanduser()


def default_book_location() -> BookLocation:
    env = os.environ.get("PERMONEY_BOOK")
    if env:
        return book_location(env)
    return data_root() / f"book{BOOK_SUFFIX}"


def default_book_path() -> Path:
    """The default book when it is a file; a shared book's local stand-in otherwise."""
    return paths_for(default_book_location()).book


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
    """The book file and the derived stores that belong to it.

    For a shared book (``url`` set) ``book`` is a local stand-in path that names it on this
    machine (no file is there); its queue, cache and backups live under this machine's data
    folder like a file book's, keyed by the URL without its password.
    """

    book: Path
    queue: Path
    cache_dir: Path
    backups_dir: Path
    url: str | None = None

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


def server_key(url: str) -> str:
    """``book_key`` for a shared book: the database name plus a hash of the URL with any
    password left out (the same book from any spelling of one password)."""
    rest = url.split("://", 1)[1]
    netloc, _, tail = rest.partition("/")
    user_host = netloc.rsplit("@", 1)
    if len(user_host) == 2:
        netloc = f"{user_host[0].split(':', 1)[0]}@{user_host[1]}"
    canonical = f"postgresql://{netloc}/{tail}"
    digest = hashlib.sha256(canonical.encode()).hexdigest()[:12]
    name = tail.split("?", 1)[0] or "book"
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)[:40]
    return f"{stem}-{digest}"


def paths_for(book: BookLocation | None = None) -> BookPaths:
    location = book if book is not None else default_book_location()
    url = location if is_server_url(location) else None
    if url is not None:
        key = f"shared-{server_key(url)}"
        path = data_root() / "shared" / key
    else:
        path = Path(location).expanduser()
        key = book_key(path)
    return BookPaths(
        book=path,
        queue=data_root() / "queues" / f"{key}.queue.db",
        cache_dir=cache_root() / "metrics" / key,
        backups_dir=data_root() / "backups" / key,
        url=url,
    )


def umask_private() -> None:
    """New files created by SQLite, Huey and diskcache default to owner-only."""
    if sys.platform != "win32":
        os.umask(0o077)
