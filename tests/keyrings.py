"""Keyring backends for tests only, and a context manager that installs one.

Importing a ``KeyringBackend`` subclass makes it a candidate for keyring's automatic choice,
so these classes live only under ``tests/`` and report a negative priority: keyring never
picks them by itself; a test installs one explicitly with ``keyring.set_keyring``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

from permoney_desktop.platform import secrets


class MemoryKeyring(KeyringBackend):
    """A secure-looking store held in a dict (what a real Secret Service would do)."""

    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError("not found")
        del self.store[(service, username)]


class LockedKeyring(MemoryKeyring):
    """A store whose unlock prompt was dismissed."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


class BrokenKeyring(MemoryKeyring):
    """A store whose transport fails (e.g. D-Bus gone) with a non-keyring exception."""

    def get_password(self, service: str, username: str) -> str | None:
        raise ConnectionError("bus went away")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise ConnectionError("bus went away")


@contextmanager
def installed(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """Make ``backend`` the active keyring for the ``with`` block (and reset the notice)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    secrets.reset_notice()
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        secrets.reset_notice()
