"""The OS keyring, honestly: is it a secure store; book keys and shared books' server passwords
kept there (never elsewhere).

This is the only module that imports ``keyring``. A backend that is not a real credential
store (keyring's ``fail`` backend when nothing is set up, the ``null`` backend, a chainer of
only such backends, or any ``keyrings.alt`` backend, which keeps base64 "secrets" in a text
file) is reported as insecure, and then no key is ever written to it: the user is asked for
the book's key each time instead. Every call turns keyring's errors (locked store, no backend,
backend failures) into an outcome value, so callers never see a keyring exception.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

SERVICE = "permoney-desktop"

log = logging.getLogger(__name__)

# Backends that exist but protect nothing.
_INSECURE_MODULES = ("keyrings.alt", "keyring.backends.null", "keyring.backends.fail")

INSECURE_NOTICE = (
    "No secure credential store (GNOME Keyring/Secret Service, KWallet, macOS Keychain or "
    "Windows Credential Manager) is available, so Permoney will not remember book keys: you "
    "will be asked for the key each time you open an encrypted book."
)


@dataclass(frozen=True)
class KeyringStatus:
    """What the active keyring backend is and whether keys may be stored in it."""

    secure: bool
    backend: str
    reason: str = ""


class Outcome(StrEnum):
    FOUND = "found"
    STORED = "stored"
    DELETED = "deleted"
    MISSING = "missing"
    INSECURE = "insecure"
    LOCKED = "locked"
    ERROR = "error"


@dataclass(frozen=True)
class SecretResult:
    """The result of one keyring call; ``value`` is set only for ``FOUND``."""

    outcome: Outcome
    value: str | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome in (Outcome.FOUND, Outcome.STORED, Outcome.DELETED)


def _backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_secure_backend(backend: Any) -> bool:
    """True for a backend that really protects what it stores."""
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        members = list(backend.backends)
        # The chainer writes to its first member and reads from any: one weak member is enough
        # for a key to end up (or be read back) in plaintext.
        return bool(members) and all(is_secure_backend(m) for m in members)
    module = type(backend).__module__
    return not module.startswith(_INSECURE_MODULES)


def status() -> KeyringStatus:
    """Classify the active backend (never raises)."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # keyring's own start-up can fail on broken set-ups
        return KeyringStatus(False, "unavailable", f"the keyring could not start ({exc})")
    name = _backend_name(backend)
    if is_secure_backend(backend):
        return KeyringStatus(True, name)
    return KeyringStatus(False, name, INSECURE_NOTICE)


_notice_lock = threading.Lock()
_notice_given = False


def notice_once() -> str | None:
    """The insecure-keyring warning the first time it is asked for in this process, else None.

    The CLI prints it to stderr; the GUI shows it as a banner. A secure store gives None.
    """
    global _notice_given
    current = status()
    if current.secure:
        return None
    with _notice_lock:
        if _notice_given:
            return None
        _notice_given = True
    return current.reason


def reset_notice() -> None:
    """Forget that the notice was given (a new session, or tests)."""
    global _notice_given
    with _notice_lock:
        _notice_given = False


def _username(book_id: str) -> str:
    return f"book:{book_id}"


def _call(action: str, fn: Any) -> SecretResult | Any:
    """Run one keyring call, mapping every keyring failure to a result."""
    from keyring.errors import KeyringError, KeyringLocked, NoKeyringError

    try:
        return fn()
    except KeyringLocked:
        return SecretResult(Outcome.LOCKED, detail="the keyring is locked")
    except NoKeyringError:
        return SecretResult(Outcome.INSECURE, detail="no keyring backend is available")
    except KeyringError as exc:
        log.warning("keyring %s failed: %s", action, type(exc).__name__)
        return SecretResult(Outcome.ERROR, detail=f"the keyring failed ({type(exc).__name__})")
    except Exception as exc:  # D-Bus and backend errors are not always KeyringErrors
        log.warning("keyring %s failed: %s", action, type(exc).__name__)
        return SecretResult(Outcome.ERROR, detail=f"the keyring failed ({type(exc).__name__})")


def _load(username: str, missing: str) -> SecretResult:
    current = status()
    if not current.secure:
        return SecretResult(Outcome.INSECURE, detail=current.reason)
    import keyring

    got = _call("read", lambda: keyring.get_password(SERVICE, username))
    if isinstance(got, SecretResult):
        return got
    if got is None:
        return SecretResult(Outcome.MISSING, detail=missing)
    return SecretResult(Outcome.FOUND, value=str(got))


def _store(username: str, secret: str) -> SecretResult:
    current = status()
    if not current.secure:
        return SecretResult(Outcome.INSECURE, detail=current.reason)
    import keyring

    got = _call("write", lambda: keyring.set_password(SERVICE, username, secret))
    if isinstance(got, SecretResult):
        return got
    return SecretResult(Outcome.STORED)


def _forget(username: str, missing: str) -> SecretResult:
    import keyring
    from keyring.errors import PasswordDeleteError

    def delete() -> SecretResult:
        try:
            keyring.delete_password(SERVICE, username)
        except PasswordDeleteError:
            return SecretResult(Outcome.MISSING, detail=missing)
        return SecretResult(Outcome.DELETED)

    got = _call("delete", delete)
    assert isinstance(got, SecretResult)
    return got


_NO_BOOK_KEY = "the keyring holds no key for this book"


def load_book_key(book_id: str) -> SecretResult:
    """The stored key text of a book, if a secure keyring holds one."""
    return _load(_username(book_id), _NO_BOOK_KEY)


def store_book_key(book_id: str, secret: str) -> SecretResult:
    """Keep a book's key in the keyring; refused (``INSECURE``) when the store is not secure."""
    return _store(_username(book_id), secret)


def forget_book_key(book_id: str) -> SecretResult:
    """Remove a book's key from the keyring (``MISSING`` if there was none)."""
    return _forget(_username(book_id), _NO_BOOK_KEY)


# A shared book's server password, keyed by its login ``user@host:port/db``: the only place
# it is kept between runs (never a settings file, the recent list or a URL on disk).


def _server_username(login: str) -> str:
    return f"server:{login}"


_NO_SERVER_PASSWORD = "the keyring holds no password for this login"


def load_server_password(login: str) -> SecretResult:
    return _load(_server_username(login), _NO_SERVER_PASSWORD)


def store_server_password(login: str, password: str) -> SecretResult:
    return _store(_server_username(login), password)


def forget_server_password(login: str) -> SecretResult:
    return _forget(_server_username(login), _NO_SERVER_PASSWORD)
