"""Encrypted books: creating them, finding their key, and converting a book either way.

Where a book's key comes from, in order: the text the caller passes (a typed recovery key),
``PERMONEY_BOOK_KEY``, then the OS keyring (only a secure one; see ``platform.secrets``). When
none has it, ``open_ledger`` raises ``KeyRequired`` — the GUI shows its dialog and calls again
with the typed text; the CLI prompts. A key typed in is remembered in a secure keyring.

``encrypt_book``/``decrypt_book`` convert through a new file beside the book: export, verify
(integrity check and the same fingerprint as the source), then one atomic rename. The book is
held with an exclusive lock throughout, so no other program writes to the old file meanwhile;
a failure at any step leaves the original file as it was.

Encrypting is the one step after which a lost key means a lost book, so it runs in two halves:
``prepare_encryption`` takes a verified plain backup and makes the key; the caller shows the
recovery key (and writes it where the user asked) and only once that has worked does
``finish_encryption`` convert the file. A conversion killed half-way leaves a hidden
``.<book>.converting`` file (plaintext when decrypting): the next open removes it.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from permoney_desktop.domain.book_keys import KeyFormatError, format_recovery_key, parse_key
from permoney_desktop.domain.messages import Message, reason
from permoney_desktop.identity import BOOK_SUFFIX
from permoney_desktop.platform.paths import BookLocation, make_private_file, paths_for
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import cipher
from permoney_desktop.store.book import BookError, EncryptedBookError

if TYPE_CHECKING:
    from permoney_desktop.platform.secrets import SecretResult

log = logging.getLogger(__name__)

ENV_KEY = "PERMONEY_BOOK_KEY"
MAX_PROMPTS = 3


class KeyRequired(BookError):  # noqa: N818 (reads as a request, not a failure)
    """The book is encrypted and no usable key was found; ``request`` says why."""

    def __init__(self, request: KeyRequest) -> None:
        super().__init__(request.message)
        self.request = request


class EncryptionError(BookError):
    """A conversion that could not be done; the original book is untouched."""


@dataclass(frozen=True)
class KeyRequest:
    """What to ask the user for: the recovery key of the book at ``path``."""

    path: Path
    book_id: str
    reason: str  # 'missing' | 'wrong' | 'locked' | 'insecure' | 'typo' | 'error'
    message: str
    keyring_notice: str | None = None


@dataclass(frozen=True)
class NewKey:
    """A freshly generated book key: the recovery key is shown once, then forgotten."""

    recovery_key: str
    stored_in_keyring: bool
    keyring_detail: str = ""


Prompt = Callable[[KeyRequest], str | None]


def is_encrypted(path: Path) -> bool:
    return cipher.is_encrypted_file(path.expanduser())


def _request(path: Path, book_id: str, reason: str, detail: str = "") -> KeyRequest:
    from permoney_desktop.platform import secrets

    messages = {
        "missing": f"{path.name} is encrypted and its key is not in the keyring",
        "wrong": "that key does not open this book",
        "locked": f"the keyring is locked, so the key of {path.name} cannot be read",
        "insecure": f"{path.name} is encrypted and no secure keyring holds its key",
        "typo": detail,
        "error": f"the keyring failed ({detail})",
    }
    message = messages.get(reason, detail) + "; enter its recovery key"
    if reason == "typo":
        message = detail
    notice = secrets.notice_once() if reason == "insecure" else None
    return KeyRequest(path, book_id, reason, message, notice)


def _stored_key(book_id: str) -> tuple[bytes | None, str, str]:
    """The keyring's key for a book, or why there is none."""
    from permoney_desktop.platform import secrets

    found = secrets.load_book_key(book_id)
    if found.outcome is secrets.Outcome.FOUND and found.value:
        try:
            return parse_key(found.value), "", ""
        except KeyFormatError:
            return None, "error", "the keyring entry is not a key"
    reason = {
        secrets.Outcome.MISSING: "missing",
        secrets.Outcome.LOCKED: "locked",
        secrets.Outcome.INSECURE: "insecure",
    }.get(found.outcome, "error")
    return None, reason, found.detail


def remember_key(book_id: str, key: bytes) -> SecretResult:
    """Keep a book's key in the keyring (refused by an insecure one)."""
    from permoney_desktop.platform import secrets

    return secrets.store_book_key(book_id, key.hex())


def conversion_leftovers(book: Path) -> list[Path]:
    """The temporary files of a conversion that was killed before it finished."""
    temp = _temp_of(book)
    names = (temp.name, *(temp.name + tail for tail in ("-journal", "-wal", "-shm")))
    return [book.with_name(name) for name in names if book.with_name(name).exists()]


def remove_conversion_leftovers(book: Path) -> list[Path]:
    """Remove what a killed conversion left beside the book (a plaintext copy, when it was
    decrypting); returns what was removed. Never the book itself: the conversion only
    replaces it in one atomic rename, so the book is whole either way."""
    removed = []
    for leftover in conversion_leftovers(book):
        try:
            leftover.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise EncryptionError(
                Message(
                    "{leftover} is left over from an interrupted conversion and cannot be "
                    "removed ({value}); remove it, then try again",
                    leftover=leftover,
                    value=exc.strerror or exc,
                )
            ) from None
        removed.append(leftover)
        log.warning("removed %s, left over from an interrupted conversion", leftover.name)
    return removed


def open_ledger(
    path: BookLocation | None = None,
    *,
    create: bool = False,
    key_text: str | None = None,
    prompt: Prompt | None = None,
    remember: bool = True,
    stdlib: bool = False,
) -> Ledger:
    """Open a book, plain or encrypted, finding the key as the module docstring says.

    ``stdlib``: see ``Book.use_stdlib`` (only for commands whose path is tested on it).
    Without ``prompt``, a missing or wrong key raises ``KeyRequired``; with it, the prompt is
    asked (up to three times) and returning None gives up with ``KeyRequired``.
    """
    paths = paths_for(path)
    if paths.url is not None:
        # A shared book is never an encrypted file: the server and TLS guard it.
        return Ledger.open(paths.url, create=create)
    book = paths.book
    remove_conversion_leftovers(book)
    if not is_encrypted(book):
        # ``stdlib``: a ready plain book served without SQLAlchemy (``Book.use_stdlib``); a
        # book to create, migrate or repair takes the full open below.
        ready = Ledger.open_ready(path) if stdlib and not create else None
        if ready is not None and ready.book.use_stdlib():
            return ready
        if ready is not None:
            ready.close()
        return Ledger.open(path, create=create)
    book_id = cipher.salt_of(book).hex()
    typed = key_text if key_text is not None else os.environ.get(ENV_KEY) or None
    from_keyring = False
    request: KeyRequest | None = None
    key: bytes | None = None
    if typed is not None:
        try:
            key = parse_key(typed)
        except KeyFormatError as exc:
            request = _request(book, book_id, "typo", str(exc))
    else:
        key, reason, detail = _stored_key(book_id)
        from_keyring = key is not None
        if key is None:
            request = _request(book, book_id, reason, detail)
    for attempt in range(MAX_PROMPTS + 1):
        if key is not None:
            try:
                ledger = Ledger.open(path, create=create, key=key)
            except EncryptedBookError as exc:
                if not exc.wrong_key:
                    raise
                request = _request(book, book_id, "wrong")
            else:
                if remember and not from_keyring:
                    remember_key(ledger.book_id, key)
                return ledger
        assert request is not None
        if prompt is None or attempt == MAX_PROMPTS:
            raise KeyRequired(request)
        answer = prompt(request)
        if answer is None:
            raise KeyRequired(request)
        from_keyring = False
        try:
            key = parse_key(answer)
        except KeyFormatError as exc:
            key, request = None, _request(book, book_id, "typo", str(exc))
    raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover


def new_key() -> bytes:
    import secrets as random_source

    return random_source.token_bytes(cipher.KEY_BYTES)


def _keep(book_id: str, key: bytes) -> NewKey:
    from permoney_desktop.platform import secrets

    stored = remember_key(book_id, key)
    return NewKey(format_recovery_key(key), stored.outcome is secrets.Outcome.STORED, stored.detail)


def create_encrypted(path: Path | None = None) -> tuple[Ledger, NewKey]:
    """Create a new, empty, encrypted book with a random key (kept in a secure keyring)."""
    target = paths_for(path).book
    if target.exists():
        raise EncryptionError(
            Message("a file already exists at {target}; choose another path", target=target)
        )
    key = new_key()
    ledger = Ledger.open(path, create=True, key=key)
    return ledger, _keep(ledger.book_id, key)


def discard_new_book(book: Path) -> None:
    """Delete a book just made by ``create_encrypted`` whose key could not be shown."""
    from permoney_desktop.platform import secrets

    if is_encrypted(book):
        secrets.forget_book_key(cipher.salt_of(book).hex())
    for name in (book.name, *(book.name + tail for tail in ("-journal", "-wal", "-shm"))):
        book.with_name(name).unlink(missing_ok=True)


# -- conversion ---------------------------------------------------------------------------


# Each step of a conversion, named so the tests can make any one of them fail.
STEPS = ("lock", "export", "verify", "keyring", "replace")
_fault: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if _fault is not None:
        _fault(name)


def _lock_exclusively(path: Path, key: bytes | None) -> Any:
    """A connection that holds the book exclusively (no other program can read or write)."""
    try:
        return cipher.open_exclusive(path, key)
    except cipher.FileInUseError:
        raise EncryptionError(
            Message("{name} is open in another program; close it first", name=path.name)
        ) from None


def _temp_of(book: Path) -> Path:
    return book.with_name(f".{book.name}.converting")


def _convert(path: Path, source_key: bytes | None, dest_key: bytes | None, book_id: str) -> None:
    from permoney_desktop.services import backups

    temp = _temp_of(path)
    remove_conversion_leftovers(path)
    _step("lock")
    conn = _lock_exclusively(path, source_key)
    try:
        expected = backups.fingerprint(conn)
        _step("export")
        salt = bytes.fromhex(book_id) if dest_key is not None else None
        cipher.export_from(conn, temp, dest_key, salt)
        make_private_file(temp)
        _step("verify")
        problems = backups.verify(temp, expected, dest_key)
        if problems:
            raise EncryptionError(
                "the converted copy did not verify, the book is unchanged: " + problems[0]
            )
        _step("replace")
        with open(temp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except OSError as exc:
        raise EncryptionError(
            Message(
                "the conversion failed ({value}); the book is unchanged", value=exc.strerror or exc
            )
        ) from None
    finally:
        conn.close()
        with contextlib.suppress(EncryptionError):
            remove_conversion_leftovers(path)


@dataclass(frozen=True)
class PendingEncryption:
    """A book ready to be encrypted: its verified plain backup is taken and its key made.

    Nothing has changed in the book yet; ``finish_encryption`` converts it once the recovery
    key has been shown, and ``abandon_encryption`` forgets the key if it could not be.
    """

    book: Path
    book_id: str
    key: bytes
    made: NewKey
    safety_backup: Path


@dataclass(frozen=True)
class Encrypted:
    """A book just encrypted, and the plain backups of it that remain readable by anyone."""

    made: NewKey
    safety_backup: Path
    plain_backups: tuple[Path, ...]


class KeyNotShownError(EncryptionError):
    """The recovery key could not be shown or kept where asked, so the book stays plain."""


def prepare_encryption(path: Path | None = None) -> PendingEncryption:
    """Check the book, take a verified plain backup of it, and make its key (kept in a
    secure keyring when there is one). The book itself is not touched."""
    book = paths_for(path).book
    if not book.exists():
        raise EncryptionError(Message("no book at {book}", book=book))
    if is_encrypted(book):
        raise EncryptionError(Message("{name} is already encrypted", name=book.name))
    remove_conversion_leftovers(book)
    with Ledger.open(path) as ledger:  # migrates, and tells us the book id
        book_id = ledger.book_id
        if len(book_id) != 32:
            raise EncryptionError(
                Message("{name} has an unexpected book id; cannot encrypt it", name=book.name)
            )
        safety = _plain_backup(ledger)
    key = new_key()
    _step("keyring")
    return PendingEncryption(book, book_id, key, _keep(book_id, key), safety)


def _plain_backup(ledger: Ledger) -> Path:
    from permoney_desktop.services import backups

    try:
        # Not recorded as the last backup: the conversion changes nothing in the book.
        result = backups.backup(ledger, reason="pre-encrypt", record=False)
    except backups.BackupError as exc:
        raise EncryptionError(Message("{exc}; the book was not encrypted", exc=exc)) from None
    if not result.ok:
        raise EncryptionError(
            "the book could not be backed up first, so it was not encrypted: "
            + "; ".join(result.problems[:3])
        )
    return Path(result.path)


def abandon_encryption(pending: PendingEncryption) -> None:
    """Forget the key of an encryption that will not happen (the book stays plain)."""
    from permoney_desktop.platform import secrets

    if pending.made.stored_in_keyring:
        secrets.forget_book_key(pending.book_id)


def finish_encryption(pending: PendingEncryption) -> Encrypted:
    """Convert the book, after its recovery key has been shown; the book stays plain on any
    failure (and the key is forgotten)."""
    try:
        _convert(pending.book, None, pending.key, pending.book_id)
    except BaseException:
        abandon_encryption(pending)
        raise
    log.info("encrypted book %s", pending.book.name)
    return Encrypted(pending.made, pending.safety_backup, tuple(plain_backups(pending.book)))


def encrypt_book(path: Path | None = None, *, deliver: Callable[[NewKey], None]) -> Encrypted:
    """Encrypt a plain book in place.

    ``deliver`` shows the recovery key (and writes it where the user asked); it returns only
    once that has worked. If it raises, the book stays plain and the error says so.
    """
    pending = prepare_encryption(path)
    try:
        deliver(pending.made)
    except Exception as exc:
        abandon_encryption(pending)
        raise KeyNotShownError(
            Message(
                "the recovery key could not be shown ({exc}), so {name} was not "
                "encrypted and is unchanged",
                exc=reason(exc),
                name=pending.book.name,
            )
        ) from None
    return finish_encryption(pending)


def plain_backups(book: Path) -> list[Path]:
    """The unencrypted backups of ``book`` in its backups folder: anyone who can read them
    can read the book."""
    folder = paths_for(book).backups_dir
    if not folder.is_dir():
        return []
    # The folder is this book's own (named for its path), so every book file in it is a backup.
    found = folder.glob(f"*{BOOK_SUFFIX}")
    return sorted(p for p in found if p.is_file() and not cipher.is_encrypted_file(p))


def encrypt_plain_backups(book: Path, key: bytes) -> list[Path]:
    """Encrypt the unencrypted backups of an encrypted book in place, with its key (so they
    restore into it); each copy is verified before it replaces its plain file."""
    if not is_encrypted(book):
        raise EncryptionError(
            Message("{name} is not encrypted; its backups stay as they are", name=book.name)
        )
    salt = cipher.salt_of(book)
    done = []
    for plain in plain_backups(book):
        _encrypt_backup(plain, key, salt)
        done.append(plain)
    return done


def _encrypt_backup(plain: Path, key: bytes, salt: bytes) -> None:
    from permoney_desktop.services import backups

    temp = plain.with_name(f".{plain.name}.encrypting")
    temp.unlink(missing_ok=True)
    try:
        source = cipher.connect(plain, None, readonly=True)
        try:
            expected = backups.fingerprint(source)
        finally:
            source.close()
        cipher.export(plain, None, temp, key, dest_salt=salt)
        make_private_file(temp)
        problems = backups.verify(temp, expected, key)
        if problems:
            raise EncryptionError(
                Message("the encrypted copy of {name} did not verify; it is kept", name=plain.name)
            )
        os.replace(temp, plain)
    except OSError as exc:
        raise EncryptionError(
            Message("cannot encrypt {name}: {value}", name=plain.name, value=exc.strerror or exc)
        ) from None
    finally:
        temp.unlink(missing_ok=True)


def remove_plain_backups(book: Path) -> list[Path]:
    """Delete the unencrypted backups of an encrypted book; returns what was removed."""
    if not is_encrypted(book):
        raise EncryptionError(
            Message("{name} is not encrypted; its backups are its safety net", name=book.name)
        )
    doomed = plain_backups(book)
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def decrypt_book(path: Path | None = None, *, key: bytes) -> None:
    """Turn an encrypted book back into a plain SQLite file and forget its key."""
    from permoney_desktop.platform import secrets

    book = paths_for(path).book
    if not is_encrypted(book):
        raise EncryptionError(Message("{name} is not encrypted", name=book.name))
    book_id = cipher.salt_of(book).hex()
    _step("keyring")
    _convert(book, key, None, book_id)
    secrets.forget_book_key(book_id)
    log.info("decrypted book %s", book.name)
