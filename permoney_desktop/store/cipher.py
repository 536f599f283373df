"""SQLCipher 4 for encrypted books: keyed connections, the file's book id, and conversion.

An encrypted book is a SQLCipher 4 database keyed with a raw 256-bit key (``PRAGMA key =
"x'…'"``, no passphrase derivation). Its 16-byte salt, which SQLCipher stores unencrypted at
the start of the file, is set to the book id (a uuid4): so the app can find the book's key in
the keyring before it can read the book. Unencrypted books keep using the stdlib ``sqlite3``;
``sqlcipher3`` is imported only when a key is involved.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

KEY_BYTES = 32
SALT_BYTES = 16
SQLITE_MAGIC = b"SQLite format 3\x00"


class WrongKeyError(RuntimeError):
    """The key does not open this encrypted file (or the file is not a database at all)."""


class CipherUnavailableError(RuntimeError):
    """sqlcipher3 is not installed, so encrypted books cannot be opened here."""


class FileInUseError(RuntimeError):
    """Another connection has the file open, so it cannot be held exclusively."""


def dbapi() -> ModuleType:
    """The sqlcipher3 DB-API module (imported on first use)."""
    try:
        import sqlcipher3.dbapi2 as module  # type: ignore[import-untyped]
    except ImportError:
        raise CipherUnavailableError(
            "encrypted books need the sqlcipher3 package, which is not installed"
        ) from None
    assert isinstance(module, ModuleType)
    return module


def _check_key(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError(f"a book key is {KEY_BYTES} bytes, not {len(key)}")
    return key.hex()


def apply_key(conn: Any, key: bytes, *, salt: bytes | None = None, schema: str = "") -> None:
    """Key a fresh SQLCipher connection; must run before any other statement on it.

    ``salt`` (the book id) is only needed when the connection creates the file.
    """
    prefix = f"{schema}." if schema else ""
    # SQLCipher logs decryption failures to stderr by default; a wrong key is our error to
    # report, in one line.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA {prefix}key = \"x'{_check_key(key)}'\"")
    if salt is not None:
        conn.execute(f"PRAGMA {prefix}cipher_salt = \"x'{_salt_hex(salt)}'\"")


def _salt_hex(salt: bytes) -> str:
    if len(salt) != SALT_BYTES:
        raise ValueError(f"a SQLCipher salt is {SALT_BYTES} bytes, not {len(salt)}")
    return salt.hex()


def connect(
    path: Path,
    key: bytes | None = None,
    *,
    salt: bytes | None = None,
    readonly: bool = False,
    check_same_thread: bool = True,
) -> Any:
    """A DB-API connection to ``path``: sqlcipher3 keyed with ``key``, or stdlib sqlite3.

    Raises ``WrongKeyError`` if ``key`` does not open an existing file.
    """
    target = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    if key is None:
        return sqlite3.connect(target, uri=True, check_same_thread=check_same_thread)
    module = dbapi()
    conn = module.connect(target, uri=True, check_same_thread=check_same_thread)
    try:
        apply_key(conn, key, salt=salt)
        verify_key(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def verify_key(conn: Any) -> None:
    """Read the schema once: SQLCipher only notices a wrong key on the first page read."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB" or "not a database" in str(exc):
            raise WrongKeyError("the key does not open this book") from None
        raise


def file_header(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(16)
    except FileNotFoundError:
        return b""


def is_encrypted_file(path: Path) -> bool:
    """True for a file shaped like SQLCipher: not plain SQLite, and whole pages of >= 512 bytes.

    Anything else (a text file, a truncated download) is simply not a book, and must not be
    met with a request for a recovery key.
    """
    head = file_header(path)
    if len(head) != 16 or head == SQLITE_MAGIC or not is_book_salt(head):
        return False
    size = path.stat().st_size
    return size >= 512 and size % 512 == 0


def is_book_salt(head: bytes) -> bool:
    """True when 16 bytes can be an encrypted book's salt: its book id, a version 4 UUID.

    So a plain book whose header was overwritten (zeroed, say) is called damaged, not
    encrypted: random bytes pass this by chance once in 64 times, zeros never.
    """
    return len(head) == SALT_BYTES and head[6] >> 4 == 4 and head[8] >> 6 == 0b10


def salt_of(path: Path) -> bytes:
    """The unencrypted salt at the start of a SQLCipher file (our book id)."""
    head = file_header(path)
    if len(head) != SALT_BYTES:
        raise WrongKeyError(f"{path.name} is too short to be an encrypted book")
    return head


def export(
    source: Path,
    source_key: bytes | None,
    dest: Path,
    dest_key: bytes | None,
    *,
    dest_salt: bytes | None = None,
) -> None:
    """Copy every table, index and the user_version of ``source`` into a new file ``dest``.

    ``sqlcipher_export`` re-encrypts (or decrypts) page by page; ``dest`` must not exist.
    """
    if dest.exists():
        raise FileExistsError(dest)
    module = dbapi()
    conn = module.connect(str(source))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            apply_key(conn, source_key)
        verify_key(conn)
        literal = str(dest).replace("'", "''")
        dest_literal = "''" if dest_key is None else f"\"x'{_check_key(dest_key)}'\""
        conn.execute(f"ATTACH DATABASE '{literal}' AS converted KEY {dest_literal}")
        if dest_key is not None and dest_salt is not None:
            conn.execute(f"PRAGMA converted.cipher_salt = \"x'{_salt_hex(dest_salt)}'\"")
        conn.execute("SELECT sqlcipher_export('converted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()


def create_empty(path: Path, key: bytes, salt: bytes) -> None:
    """Create a new, empty encrypted file whose salt is ``salt`` (the book id)."""
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(path)
    conn = connect(path, key, salt=salt)
    try:
        # Writing the header is what creates the file (and fixes its salt).
        conn.execute("PRAGMA user_version = 0")
        conn.commit()
    finally:
        conn.close()


def open_exclusive(path: Path, key: bytes | None) -> Any:
    """A sqlcipher3 connection (keyed with ``key`` for an encrypted file) that holds the file
    exclusively: no other program can read or write it until the connection is closed.

    Raises ``FileInUseError`` when another connection has it open.
    """
    conn = dbapi().connect(str(path), isolation_level=None, timeout=0.2)
    try:
        if key is not None:
            apply_key(conn, key)
        verify_key(conn)
        # Out of WAL into a single file: this also fails if any other connection is open.
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise FileInUseError(f"{path.name} is open in another program")
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except FileInUseError:
        conn.close()
        raise
    except Exception as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc).lower():
            raise FileInUseError(f"{path.name} is open in another program") from None
        raise
    return conn


def export_from(conn: Any, dest: Path, dest_key: bytes | None, salt: bytes | None) -> None:
    """Copy the database of an open sqlcipher3 connection into a new file ``dest`` (encrypted
    with ``dest_key`` and ``salt``, or plain without a key), with its user_version."""
    literal = str(dest).replace("'", "''")
    dest_literal = "''" if dest_key is None else f"\"x'{dest_key.hex()}'\""
    conn.execute(f"ATTACH DATABASE '{literal}' AS converted KEY {dest_literal}")
    try:
        if dest_key is not None and salt is not None:
            conn.execute(f"PRAGMA converted.cipher_salt = \"x'{salt.hex()}'\"")
        conn.execute("SELECT sqlcipher_export('converted')")
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA converted.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE converted")
