"""A shared book's clock for the worker's claims, without a server round trip per claim.

Claims on a shared book are stamped, and judged stale, by the database server's clock
(``claims.book_now``), because the workers' machines drift apart. Reading it took a round trip
(and a transaction) before every claim: on the path of each edit's confirmation, twice per
wake-up. ``BookClock`` reads it once, then counts on from this machine's monotonic clock, and
reads it again every ``REFRESH_S``: the stamps stay within milliseconds of the server's, far
inside the claims' lease (``claims.LEASE_S``), and a step of this machine's wall clock (NTP,
a suspended laptop's resume) cannot move them, since only the monotonic clock is counted.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from permoney_desktop.worker import claims

if TYPE_CHECKING:
    from permoney_desktop.services.ledger import Ledger

REFRESH_S = 30.0


class BookClock:
    """``clock()`` is now by the server's clock (naive UTC), read again every ``refresh_s``."""

    def __init__(
        self,
        read: Callable[[], datetime],
        *,
        refresh_s: float = REFRESH_S,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._read = read
        self._refresh_s = refresh_s
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._base: tuple[datetime, float] | None = None  # (server time, monotonic then)

    def __call__(self) -> datetime:
        with self._lock:
            base = self._base
            now = self._monotonic()
            if base is None or now - base[1] >= self._refresh_s:
                before = self._monotonic()
                server = self._read()
                after = self._monotonic()
                # The server answered somewhere in the round trip: its middle is the best guess.
                base = self._base = (server, (before + after) / 2)
                now = after
            return base[0] + timedelta(seconds=now - base[1])


_clocks: weakref.WeakKeyDictionary[Ledger, BookClock] = weakref.WeakKeyDictionary()
_clocks_lock = threading.Lock()


def for_book(ledger: Ledger) -> Callable[[], datetime]:
    """The claim clock of ``ledger``'s book: the cached server clock of a shared book (one per
    open ledger), this machine's clock for a book file."""
    if not ledger.book.shared:
        return claims.utc_now
    with _clocks_lock:
        clock = _clocks.get(ledger)
        if clock is None:
            clock = _clocks[ledger] = BookClock(lambda: claims.book_now(ledger))
        return clock
