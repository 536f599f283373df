"""Open or create a book file: check it, migrate it, and hand out its two engines."""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from permoney_desktop.store import cipher, migrate
from permoney_desktop.store.engine import is_busy_error, make_engine
from permoney_desktop.store.schema import SettingRow

SQLITE_MAGIC = b"SQLite format 3\x00"


class BookError(RuntimeError):
    """A book that cannot be opened: missing, not a book, locked, or too new."""


class EncryptedBookError(BookError):
    """The book is encrypted and no key (or the wrong key) was given; ``book_id`` names it."""

    def __init__(self, message: str, book_id: str, *, wrong_key: bool = False) -> None:
        super().__init__(message)
        self.book_id = book_id
        self.wrong_key = wrong_key


@dataclass
class Book:
    """An open book: its path, id and engines. Sessions are made per call, never shared."""

    path: Path
    book_id: str
    read_engine: Engine
    write_engine: Engine
    backup_before_upgrade: Path | None = None
    # The raw SQLCipher key of an encrypted book (None for a plain one); backups and the
    # encrypted metrics cache need it. Never logged or shown.
    key: bytes | None = field(default=None, repr=False)
    _read: sessionmaker[Session] = field(init=False, repr=False)
    _write: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.read_engine, expire_on_commit=False)
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)

    def reading(self) -> Session:
        """A session for reads (deferred transaction on a WAL snapshot)."""
        return self._read()

    def writing(self) -> Session:
        """A session whose transaction begins IMMEDIATE; only the services use it."""
        return self._write()

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def close(self) -> None:
        self.read_engine.dispose()
        self.write_engine.dispose()


def _check_file(path: Path, key: bytes | None) -> None:
    if path.is_dir():
        raise BookError(f"{path} is a directory, not a book")
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
        raise BookError(f"{path} is not a Permoney book (not an SQLite database)")


def open_book(path: Path, *, create: bool = False, key: bytes | None = None) -> Book:
    """Open the book at ``path``, migrating it to the app's schema first.

    With ``create``, a missing file becomes a new empty book (encrypted when ``key`` is
    given). Errors are ``BookError`` with a sentence a user can act on.
    """
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
    except migrate.SchemaTooNewError as exc:
        raise BookError(str(exc)) from None
    except (OperationalError, sqlite3.OperationalError) as exc:
        if is_busy_error(exc):
            raise BookError(f"{path} is locked by another program; close it and retry") from None
        raise BookError(f"cannot open {path}: {exc}") from None
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        raise BookError(f"{path} is damaged or not a Permoney book ({exc})") from None
    _make_owner_only(path)
    read_engine = make_engine(path, write=False, key=key)
    write_engine = make_engine(path, write=True, key=key)
    if key is not None and new_id is None:
        new_id = cipher.salt_of(path).hex()
    book_id = _ensure_book_id(write_engine, new_id)
    return Book(path, book_id, read_engine, write_engine, backup, key)


def _make_owner_only(path: Path) -> None:
    if os.name == "posix":
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if candidate.exists():
                candidate.chmod(0o600)


def _ensure_book_id(engine: Engine, preferred: str | None = None) -> str:
    with Session(engine) as session, session.begin():
        row = session.scalar(select(SettingRow).where(SettingRow.key == "book.id"))
        if row is not None:
            return str(json.loads(row.value))
        book_id = preferred or uuid.uuid4().hex
        session.add(SettingRow(key="book.id", value=json.dumps(book_id)))
        return book_id
