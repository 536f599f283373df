"""Is a shared book's server reachable? The probe the window runs, and the write gate's guard
that turns a server gone mid-write into a clear refusal (never a queued change, never a raw
driver error).

While ``ledger.unreachable`` holds a sentence, the gate refuses every write with it; the
window sets and clears it from its probe (``ui.server_watch``), a CLI process sets it when a
write finds the server gone, and the process ends there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.read_only import ReadOnlyBookError
from permoney_desktop.store.book import BookError

PROBE_TIMEOUT_S = 3


class ServerUnreachableError(ReadOnlyBookError):
    """A write refused because the shared book's server cannot be reached."""


def refusal(ledger: Ledger) -> str:
    """What a refused write says while the server is away."""
    return (
        f"the server of {ledger.book.name} cannot be reached, so nothing was changed (changes "
        "are never kept aside to send later); try again once it is back"
    )


def probe(ledger: Ledger, timeout_s: int = PROBE_TIMEOUT_S) -> str | None:
    """None when the book's server answers; else why not, in a few words. A book file is
    always reachable."""
    url = ledger.book.url
    if url is None:
        return None
    from permoney_desktop.store.server_book import ping

    try:
        ping(url, timeout_s=timeout_s)
    except BookError as exc:
        # The driver's short cause ("Connection refused") when there is one: the banner
        # names the book itself.
        return str(getattr(exc, "cause", "") or exc)
    return None


def is_unreachable(exc: BaseException) -> bool:
    from permoney_desktop.store import server_auth

    return server_auth.is_unreachable(exc)


@contextmanager
def guard(ledger: Ledger) -> Iterator[None]:
    """Around a shared book's write: a server that went away becomes a
    ``ServerUnreachableError`` (and, under a window's watch, the ledger refuses writes until
    its probe finds the server back)."""
    if ledger.unreachable is not None:
        raise ServerUnreachableError(ledger.unreachable)
    if ledger.book.url is None:
        yield
        return
    try:
        yield
    except ReadOnlyBookError:
        raise
    except Exception as exc:
        from permoney_desktop.store import server_auth  # (a shared book's only)

        if not server_auth.is_unreachable(exc):
            raise
        message = refusal(ledger)
        if ledger.server_watched:
            ledger.unreachable = message
        raise ServerUnreachableError(message) from None
