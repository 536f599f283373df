"""Write conflicts between people on one book, turned into plain outcomes: a busy book is
retried, a bank row another import inserted first is a duplicate, never a raw driver error.

``retried`` runs a whole write again when the database gave it up as a serialization failure,
a deadlock or a lock timeout (PostgreSQL) or a busy file (SQLite): nothing of the failed try
was committed, so running it again is safe. ``translated`` names what the gate turns into a
``DomainError``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message

T = TypeVar("T")

ATTEMPTS = 6
FIRST_PAUSE_S = 0.05


class BookBusyError(DomainError):
    """A deadlock or serialization failure: nothing was saved, the whole write may run again
    (``retried``; the CLI's runner looks for ``retryable``)."""

    retryable = True


class DuplicateExternalIdError(DomainError):
    """Another entry in the account already has this bank id (someone imported it first)."""


def retried(fn: Callable[[], T], *, attempts: int = ATTEMPTS) -> T:
    """``fn`` (one whole write), run again after a serialization failure or deadlock."""
    pause = FIRST_PAUSE_S
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except BookBusyError:
            if attempt == attempts:
                raise
        time.sleep(pause)
        pause *= 2
    raise AssertionError("unreachable")  # pragma: no cover


@contextmanager
def translated() -> Iterator[None]:
    """Driver errors a user can meet on a shared book as ``DomainError``s (one sentence)."""
    try:
        yield
    except DomainError:
        raise
    except Exception as exc:
        # Imported only once something failed: the GUI's writer imports this module before
        # the window opens, which needs no SQLAlchemy (``store.engine`` imports it).
        from permoney_desktop.store.engine import is_busy_error, is_duplicate_external_id

        if is_busy_error(exc):
            raise BookBusyError(
                Message(
                    "the book is busy with another person's change; nothing was saved, try again"
                )
            ) from None
        if is_duplicate_external_id(exc):
            raise DuplicateExternalIdError(
                Message(
                    "another entry in this account already has the same bank id (it was "
                    "imported or moved there first); nothing was saved"
                )
            ) from None
        raise
