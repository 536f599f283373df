"""Open or create a book file: check it, migrate it, and hand out its two engines.

SQLAlchemy costs a third of a second or more to import. ``open_ready_book`` opens a plain book
already at the app's schema with stdlib ``sqlite3`` alone, so the GUI can show its window
first; the book's engines (and SQLAlchemy) are built on first use, or ahead of it by
``Book.warm_up`` on a background thread. A thread that needs them meanwhile waits for them.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from permoney_desktop.store import cipher, disk_space, migrate, read_pool, slow_queries

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

SQLITE_MAGIC = b"SQLite format 3\x00"


log = logging.getLogger(__name__)


class BookError(RuntimeError):
    """A book that cannot be opened: missing, not a book, locked, or too new."""


class EncryptedBookError(BookError):
    """The book is encrypted and no key (or the wrong key) was given; ``book_id`` names it."""

    def __init__(self, message: str, book_id: str, *, wrong_key: bool = False) -> None:
        super().__init__(message)
        self.book_id = book_id
        self.wrong_key = wrong_key


class Book:
    """An open book: its path, id and engines. Sessions are made per call, never shared.

    Without engines given, they are built on first use (thread-safe: the first caller builds
    them, others wait for it).
    """

    def __init__(
        self,
        path: Path,
        book_id: str,
        read_engine: Engine | None = None,
        write_engine: Engine | None = None,
        backup_before_upgrade: Path | None = None,
        key: bytes | None = None,
        *,
        read_only: bool = False,
        url: str | None = None,
    ) -> None:
        self.path = path
        # A shared book's PostgreSQL URL (``store.server_book``); None for a book file. Its
        # ``path`` is then a local stand-in that names it on this machine.
        self.url = url
        # Opened read-only because its disk is full (see ``open_book``): reads work, every
        # write is refused with where to free space.
        self.read_only = read_only
        self.book_id = book_id
        self.backup_before_upgrade = backup_before_upgrade
        # The raw SQLCipher key of an encrypted book (None for a plain one); backups and the
        # encrypted metrics cache need it. Never logged or shown.
        self.key = key
        self._lock = threading.Lock()
        self._engines: _Engines | None = None
        # Stdlib stand-ins for the engines (``use_stdlib``): this process never builds them.
        self._stdlib: _Engines | None = None
        if read_engine is not None and write_engine is not None:
            self._engines = _Engines(read_engine, write_engine)
        elif read_engine is not None or write_engine is not None:
            raise ValueError("give both engines or neither")
        self._closed = False

    def __repr__(self) -> str:
        return f"Book(path={self.path!r}, book_id={self.book_id!r})"

    @property
    def shared(self) -> bool:
        """True for a shared book on a PostgreSQL server."""
        return self.url is not None

    @property
    def name(self) -> str:
        """What messages call the book: its file name, or its URL without a password."""
        if self.url is not None:
            from permoney_desktop.store.dialect import display_url

            return display_url(self.url)
        return self.path.name

    def use_stdlib(self) -> bool:
        """Serve this book's sessions and engines with stdlib ``sqlite3`` (``store.lite``)
        instead of SQLAlchemy, for a short command whose whole path is driver-level SQL (``tx
        add``). Only a plain, writable book file whose engines are not built yet; False (and
        nothing changed) otherwise."""
        if self.key is not None or self.url is not None or self.read_only:
            return False
        with self._lock:
            if self._engines is not None or self._closed:
                return False
            from permoney_desktop.store.lite import LiteEngines

            # Stands in for ``_Engines``: the same attributes and calls, on stdlib connections.
            self._stdlib = cast("_Engines", LiteEngines(self.path))
        return True

    def end_stdlib(self) -> None:
        """Back to SQLAlchemy for what follows (the engines are built on first use): for a
        step past the tested stdlib path, such as waking a live worker through its queue."""
        with self._lock:
            stdlib, self._stdlib = self._stdlib, None
        if stdlib is not None:
            stdlib.read.dispose()
            stdlib.write.dispose()

    def _built(self) -> _Engines:
        engines = self._engines
        if engines is None and self._stdlib is not None:
            return self._stdlib
        if engines is None:
            with self._lock:
                engines = self._engines
                if engines is None:
                    if self._closed:
                        raise BookError(f"{self.path.name} is closed")
                    engines = self._engines = _Engines.make(self.path, self.key, self.read_only)
        return engines

    @property
    def engines_ready(self) -> bool:
        """True once the engines exist (SQLAlchemy imported)."""
        return self._engines is not None

    def warm_up(self) -> None:
        """Build the engines now (imports SQLAlchemy): off the GUI thread, after the window.

        Also what the first write would otherwise pay on the GUI thread: the ORM's mapper
        configuration and a pooled connection per engine with its pragmas set."""
        engines = self._built()
        from sqlalchemy.orm import configure_mappers

        configure_mappers()
        for engine in (engines.read, engines.write):
            with engine.connect():
                pass

    @property
    def read_engine(self) -> Engine:
        return self._built().read

    @property
    def write_engine(self) -> Engine:
        return self._built().write

    def reading(self) -> Session:
        """A session for reads (deferred transaction on a WAL snapshot)."""
        return self._built().reading()

    def writing(self) -> Session:
        """A session whose transaction begins IMMEDIATE; only the services use it."""
        if self.read_only:
            raise disk_space.DiskFullError(self.path)
        return self._built().writing()

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A read session's connection (one WAL snapshot for the block)."""
        with self.reading() as session:
            yield session.connection()

    @contextmanager
    def write_transaction(self) -> Iterator[Connection]:
        """One write transaction (begun IMMEDIATE) and its connection: committed when the
        block ends, rolled back if it raises."""
        with disk_space.reported(self.path), self.writing() as session, session.begin():
            yield session.connection()

    @contextmanager
    def dbapi_reading(self) -> Iterator[Any]:
        """A DB-API connection borrowed from the read engine's pool (the plain readers in
        ``store.balance_reader`` work on it); given back when the block ends."""
        fairy = self.read_engine.raw_connection()
        try:
            if self.url is not None:
                from permoney_desktop.store.dialect import PgDbapi

                yield PgDbapi(fairy.dbapi_connection)
            else:
                yield fairy.dbapi_connection
        finally:
            fairy.close()

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def setting_text(self, key: str) -> str | None:
        """A setting's stored JSON text (None when unset). A plain book is read with stdlib
        ``sqlite3``, so reading settings never waits for the engines."""
        if self.key is not None or self.url is not None:
            return self._setting_by_engine(key)
        started = time.perf_counter()
        uri = disk_space.immutable_uri(self.path) if self.read_only else _uri(self.path, "rw")
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            row = conn.execute(_SETTING_SQL, (key,)).fetchone()
        finally:
            conn.close()
        slow_queries.report_since(started, _SETTING_SQL)
        return None if row is None else str(row[0])

    def _setting_by_engine(self, key: str) -> str | None:
        from permoney_desktop.store.schema import SettingRow

        with self.reading() as session:
            row = session.get(SettingRow, key)
            return None if row is None else row.value

    def close(self) -> None:
        read_pool.close(self)
        with self._lock:
            self._closed = True
            engines = self._engines or self._stdlib
        if engines is not None:
            engines.read.dispose()
            engines.write.dispose()


BUSY_TIMEOUT_S = 5.0
_SETTING_SQL = "SELECT value FROM settings WHERE key = ?"


def _uri(path: Path, mode: str) -> str:
    """A stdlib-sqlite3 URI for ``path`` that never creates the file (any characters in the
    path escaped)."""
    return f"{path.resolve().as_uri()}?mode={mode}"


class _Engines:
    """A book's read and write engines with their session factories."""

    def __init__(self, read: Engine, write: Engine) -> None:
        from sqlalchemy.orm import sessionmaker

        self.read = read
        self.write = write
        self.reading: sessionmaker[Session] = sessionmaker(read, expire_on_commit=False)
        self.writing: sessionmaker[Session] = sessionmaker(write, expire_on_commit=False)

    @classmethod
    def make(cls, path: Path, key: bytes | None, immutable: bool = False) -> _Engines:
        from permoney_desktop.store.engine import make_engine

        return cls(
            make_engine(path, write=False, key=key, immutable=immutable),
            make_engine(path, write=True, key=key, immutable=immutable),
        )


def _check_file(path: Path, key: bytes | None) -> None:
    if path.is_dir():
        raise BookError(f"{path} is a directory, not a book")
    if path.stat().st_size == 0:
        # SQLite would take an empty file for a new database: a book cut to nothing would
        # silently come back empty. An existing path never becomes a new book.
        raise BookError(
            f"{path} is an empty file (0 bytes), not a book; restore a backup "
            "(permoney restore FILE) or remove the file"
        )
    with path.open("rb") as fh:
        head = fh.read(16)
    if key is not None:
        if head == SQLITE_MAGIC:
            raise BookError(f"{path} is not encrypted; open it without a key")
        return
    if cipher.is_encrypted_file(path):
        # SQLCipher files start with their salt, which is our book id.
        raise EncryptedBookError(
            f"{path} is encrypted (or not a Permoney book): its key is needed", head.hex()
        )
    if head and head != SQLITE_MAGIC:
        raise BookError(
            f"{path} is damaged or not a Permoney book: it starts neither like a book nor like "
            "an encrypted book; restore a backup (permoney restore FILE)"
        )


def open_book(path: Path, *, create: bool = False, key: bytes | None = None) -> Book:
    """Open the book at ``path``, migrating it to the app's schema first.

    With ``create``, a missing file becomes a new empty book (encrypted when ``key`` is
    given). Errors are ``BookError`` with a sentence a user can act on.
    """
    from sqlalchemy.exc import DatabaseError, OperationalError

    from permoney_desktop.store.engine import is_busy_error, make_engine

    path = path.expanduser()
    existed = path.exists()
    if not existed and not create:
        raise BookError(f"no book at {path}; create one with: permoney init {path}")
    new_id: str | None = None
    if existed:
        _check_file(path, key)
    elif not path.parent.is_dir():
        raise BookError(f"cannot create {path}: folder {path.parent} does not exist")
    elif key is not None:
        import uuid  # (a new encrypted book's: not loaded by every open)

        new_id = uuid.uuid4().hex
        cipher.create_empty(path, key, bytes.fromhex(new_id))
    try:
        backup = migrate.upgrade(path, key=key)
    except cipher.WrongKeyError:
        raise EncryptedBookError(
            f"wrong key for {path}", cipher.salt_of(path).hex(), wrong_key=True
        ) from None
    except cipher.CipherUnavailableError as exc:
        raise BookError(str(exc)) from None
    except (migrate.SchemaTooNewError, migrate.SchemaUnknownError) as exc:
        raise BookError(str(exc)) from None
    except (OperationalError, sqlite3.OperationalError) as exc:
        if is_busy_error(exc):
            raise BookError(f"{path} is locked by another program; close it and retry") from None
        return _open_read_only(path, key, exc)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        raise BookError(f"{path} is damaged or not a Permoney book ({exc})") from None
    _make_owner_only(path)
    read_engine = make_engine(path, write=False, key=key)
    write_engine = make_engine(path, write=True, key=key)
    if key is not None and new_id is None:
        new_id = cipher.salt_of(path).hex()
    book_id = _ensure_book_id(write_engine, new_id)
    return Book(path, book_id, read_engine, write_engine, backup, key)


def _open_read_only(path: Path, key: bytes | None, exc: Exception) -> Book:
    """After ``exc`` opening the book: when its disk is full (the WAL index cannot be made)
    and no change waits in its WAL, the book read as an immutable file; else the error."""
    if not disk_space.is_disk_trouble(exc):
        raise BookError(f"cannot open {path}: {exc}") from None
    book = _immutable_book(path) if key is None and disk_space.wal_is_empty(path) else None
    if book is None:
        raise disk_space.DiskFullError(path, "the book could not be opened") from None
    log.info("the disk holding %s is full: the book is open read-only", path)
    return book


def _immutable_book(path: Path) -> Book | None:
    """The book at ``path`` read as an immutable file; None when it is not a current book."""
    try:
        conn = sqlite3.connect(disk_space.immutable_uri(path), uri=True)
        try:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            row = conn.execute(_SETTING_SQL, ("book.id",)).fetchone()
        finally:
            conn.close()
        book_id = None if row is None else json.loads(row[0])
    except (sqlite3.Error, ValueError):
        return None
    if version is None or version[0] != migrate.SCHEMA_HEAD or not isinstance(book_id, str):
        return None
    return Book(path, book_id, read_only=True)


def open_ready_book(path: Path) -> Book | None:
    """Open a plain book that needs nothing done first, without importing SQLAlchemy.

    The book must exist, be an unencrypted SQLite file at the app's schema head and have its
    id: then its engines are built on first use (see the module docstring). Anything else
    (missing, encrypted, to be migrated, unreadable, locked) returns None: ``open_book``
    then does the full open and says what is wrong.
    """
    path = path.expanduser()
    try:
        if not path.is_file() or cipher.file_header(path) != SQLITE_MAGIC:
            return None
        if migrate.current_revision(path) != migrate.SCHEMA_HEAD:
            return None
        started = time.perf_counter()
        conn = sqlite3.connect(_uri(path, "ro"), uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            row = conn.execute(_SETTING_SQL, ("book.id",)).fetchone()
        finally:
            conn.close()
        slow_queries.report_since(started, _SETTING_SQL)
        book_id = None if row is None else json.loads(row[0])
    except (OSError, ValueError, sqlite3.Error):
        return None
    if not isinstance(book_id, str) or not book_id:
        return None
    _make_owner_only(path)
    return Book(path, book_id)


def _make_owner_only(path: Path) -> None:
    if os.name == "posix":
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if candidate.exists():
                candidate.chmod(0o600)


def _ensure_book_id(engine: Engine, preferred: str | None = None) -> str:
    import uuid

    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from permoney_desktop.store.schema import SettingRow

    with Session(engine) as session, session.begin():
        row = session.scalar(select(SettingRow).where(SettingRow.key == "book.id"))
        if row is not None:
            return str(json.loads(row.value))
        book_id = preferred or uuid.uuid4().hex
        session.add(SettingRow(key="book.id", value=json.dumps(book_id)))
        return book_id
