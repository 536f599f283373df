"""The worker's claim clock: a shared book's server clock read once, then counted on by this
machine's monotonic clock (no round trip per claim), read again after its refresh time."""

from __future__ import annotations

from datetime import datetime, timedelta

from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker import book_clock, claims
from permoney_desktop.worker.book_clock import BookClock

SERVER = datetime(2026, 3, 1, 12, 0, 0)


class Fake:
    def __init__(self) -> None:
        self.mono = 100.0
        self.server = SERVER
        self.reads = 0

    def read(self) -> datetime:
        self.reads += 1
        return self.server

    def monotonic(self) -> float:
        return self.mono


def test_the_server_is_read_once_then_counted_on_by_the_monotonic_clock() -> None:
    fake = Fake()
    clock = BookClock(fake.read, refresh_s=30, monotonic=fake.monotonic)
    assert clock() == SERVER
    fake.mono += 2.5
    fake.server = SERVER + timedelta(hours=5)  # what the server says is not asked again
    assert clock() == SERVER + timedelta(seconds=2.5)
    fake.mono += 20
    assert clock() == SERVER + timedelta(seconds=22.5)
    assert fake.reads == 1


def test_it_reads_the_server_again_after_its_refresh_time() -> None:
    fake = Fake()
    clock = BookClock(fake.read, refresh_s=30, monotonic=fake.monotonic)
    clock()
    fake.mono += 30
    fake.server = SERVER + timedelta(seconds=31)  # the server's clock ran a second faster
    assert clock() == SERVER + timedelta(seconds=31)
    assert fake.reads == 2


def test_a_book_file_uses_this_machines_clock(ledger: Ledger) -> None:
    assert book_clock.for_book(ledger) is claims.utc_now


def test_a_shared_book_keeps_one_clock_that_follows_the_server(pg_book_url: str) -> None:
    with Ledger.open(pg_book_url) as shared:
        clock = book_clock.for_book(shared)
        assert book_clock.for_book(shared) is clock
        before = claims.book_now(shared)
        now = clock()
        after = claims.book_now(shared)
        # Between two readings of the server's clock (a round trip's slack at the end).
        assert before <= now <= after + timedelta(seconds=1)
