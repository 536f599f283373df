"""A worker killed mid-sync: a live worker takes its account over at once, not after the lease.

The child (``tests.worker.claim_child``) claims an account as a worker does and is SIGKILLed
while holding it. The surviving worker was already running and idle, with no periodic
cleanup and a lease far longer than the test waits: only its idle poll, seeing the dead
holder (a shared book: the holder's session ended; a book file: its heartbeat's process is
gone), can finish the account.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import entries, materialize
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store.claim_sessions import OwnerSession
from permoney_desktop.worker import claims, inline_sync
from permoney_desktop.worker.queue import QUEUE_URL_ENV
from permoney_desktop.worker.runtime import Worker
from tests import servers
from tests.services.book_state import connect
from tests.worker.conftest import START, assert_equals_full_rebuild, new_account

pytestmark = pytest.mark.backends

# Far beyond every wait below: a takeover seen here cannot be the lease running out.
LONG_LEASE_S = 3600.0
WAIT_S = 30.0
# A few idle polls (``worker.takeover.POLL_EVERY_S``), far below the lease.
PROMPT_S = 12.0


def wait_for(condition: Callable[[], bool], timeout: float = WAIT_S) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def claim_rows(ledger: Ledger, acct: int) -> list[tuple[str, str | None]]:
    with connect(ledger) as conn:
        return [
            (str(s), o)
            for s, o in conn.execute(
                "SELECT status, claimed_by FROM syncs WHERE account_id = ? ORDER BY id", (acct,)
            )
        ]


def spawn_claimer(ledger: Ledger, acct: int, home: Path) -> tuple[subprocess.Popen[str], str]:
    book = ledger.book.url or str(ledger.paths.book)
    # Its own data folder: on a shared book, another machine (its own queue, no wake-ups).
    env = {**os.environ, "PERMONEY_HOME": str(home)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.worker.claim_child", book, str(acct)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline().split()
    assert line[:1] == ["claimed"], "the child did not claim"
    return child, line[1]


def test_a_killed_workers_claim_is_finished_by_an_idle_worker_well_before_the_lease(
    ledger: Ledger,
    make_worker: Callable[..., Worker],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(claims, "LEASE_S", LONG_LEASE_S)
    acct = new_account(ledger, entries_count=200)
    entries.add_entry(ledger, NewEntry(acct, START + timedelta(days=3), Decimal("-7.50")))
    survivor = make_worker(periodic=False)
    survivor.start()
    assert wait_for(lambda: claim_rows(ledger, acct)[-1][0] == "completed")
    child, owner = spawn_claimer(ledger, acct, tmp_path / "elsewhere")
    try:
        assert claim_rows(ledger, acct)[-1] == ("syncing", owner)
        # While the holder lives its claim is its own, whoever looks.
        mark = claims.work_mark(
            ledger,
            claims.book_now(ledger),
            live_owners=None if ledger.book.shared else {survivor.consumer_id, owner},
            sessions=ledger.book.shared,
        )
        assert not mark.stale_claims
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
    ok = wait_for(lambda: claim_rows(ledger, acct)[-1] == ("completed", survivor.consumer_id))
    assert ok, (claim_rows(ledger, acct), survivor.consumer_id)
    assert all(status == "completed" for status, _owner in claim_rows(ledger, acct))
    assert_equals_full_rebuild(ledger, acct)


def test_a_shared_books_claim_is_kept_while_its_owners_session_lives(pg_book_url: str) -> None:
    with Ledger.open(pg_book_url) as shared:
        acct = new_account(shared, entries_count=3)
        entries.add_entry(shared, NewEntry(acct, START + timedelta(days=2), Decimal("1.00")))
        url = shared.book.url
        assert url is not None
        session = OwnerSession(url, "elsewhere")
        now = claims.book_now(shared)
        (claim,) = claims.claim_next(shared, "elsewhere", now, sessions=True).claims
        assert claims.claim_next(shared, "me", now, sessions=True).claims == ()
        assert claims.release_dead(shared, now, live_owners=set()) == 0
        session.close()  # the holder's process ends: its session with it
        (taken,) = claims.claim_next(shared, "me", claims.book_now(shared), sessions=True).claims
        assert (taken.account_id, taken.window_start) == (claim.account_id, claim.window_start)


@pytest.fixture
def redis_queue(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private Redis as the shared book's wake-up queue (``PERMONEY_QUEUE_URL``)."""
    server = servers.services().start_redis()
    monkeypatch.setenv(QUEUE_URL_ENV, server.url)
    yield str(server.url)
    server.close()


def test_a_redis_queued_worker_waiting_for_work_counts_as_idle(
    pg_book_url: str, redis_queue: str
) -> None:
    """Its thread spends nearly all its time blocked in Redis's dequeue (BZPOPMIN, up to a
    second, so a wake-up starts at once). That wait is idleness: counted as busy, the idle
    poll that takes a dead holder's claims over ran only about one beat in forty."""
    with Ledger.open(pg_book_url) as shared:
        worker = Worker(shared, threads=1, periodic=False)
        try:
            worker.start()
            assert worker.huey.storage.blocking  # the premise: a dequeue waits on Redis
            samples = []
            for _ in range(150):
                samples.append(worker._idle())
                time.sleep(0.01)
            assert all(samples), f"idle in {sum(samples)} of {len(samples)} samples"
        finally:
            worker.close()


def test_a_redis_queued_worker_takes_a_killed_workers_claim_over_promptly(
    pg_book_url: str,
    redis_queue: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The fault test's machine: a shared book with Redis. Only the survivor's idle poll can
    see the dead holder here (its wake-up died with it), every ``POLL_EVERY_S``."""
    monkeypatch.setattr(claims, "LEASE_S", LONG_LEASE_S)
    with Ledger.open(pg_book_url) as shared:
        acct = new_account(shared, entries_count=50)
        survivor = Worker(shared, threads=1, periodic=False)
        try:
            survivor.start()
            child, _owner = spawn_claimer(shared, acct, tmp_path / "elsewhere")
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
            done = wait_for(
                lambda: claim_rows(shared, acct)[-1] == ("completed", survivor.consumer_id),
                timeout=PROMPT_S,
            )
            assert done, claim_rows(shared, acct)
            assert_equals_full_rebuild(shared, acct)
        finally:
            survivor.close()


def test_a_cli_writes_inline_sync_holds_its_claims_against_workers(pg_book_url: str) -> None:
    """A CLI write on a shared book with no worker alive on its machine recomputes its
    accounts itself (``worker.inline_sync``). While it does, a worker elsewhere must see a
    live owner: it used to hold no claim session, so every worker's claim or idle poll gave
    its rows back mid-run and computed the account a second time beside it."""
    with Ledger.open(pg_book_url) as shared:
        acct = new_account(shared, entries_count=20)
        entries.add_entry(shared, NewEntry(acct, START + timedelta(days=5), Decimal("-3.00")))
        seen: list[tuple[int, bool]] = []

        def run(claim: claims.Claim) -> bool:
            now = claims.book_now(shared)
            stale = claims.work_mark(shared, now, sessions=True).stale_claims
            seen.append((claims.release_dead(shared, now, live_owners=set()), stale))
            outcome = materialize.sync_account(shared, AccountId(claim.account_id), claimed=claim)
            return outcome.status != "failed"

        assert inline_sync.claim_and_run(shared, "cli-write", [int(acct)], run)
        assert seen == [(0, False)]
        assert claim_rows(shared, acct)[-1] == ("completed", "cli-write")
        assert_equals_full_rebuild(shared, acct)


def test_an_idle_worker_gives_its_own_leftover_claim_back_and_finishes_it(
    ledger: Ledger, make_worker: Callable[..., Worker]
) -> None:
    """A run the server restart cut off could not give its claim back; its worker lives, so
    nobody else takes it over. Once idle, the worker's own poll does."""
    acct = new_account(ledger, entries_count=30)
    worker = make_worker(periodic=False)
    worker.start()
    entries.add_entry(ledger, NewEntry(acct, START + timedelta(days=4), Decimal("-2.00")))
    (claim,) = claims.claim_next(ledger, worker.consumer_id, claims.book_now(ledger)).claims
    assert claim.account_id == acct and claim_rows(ledger, acct)[-1][0] == "syncing"
    assert wait_for(lambda: claim_rows(ledger, acct)[-1][0] == "completed"), claim_rows(
        ledger, acct
    )
    assert_equals_full_rebuild(ledger, acct)


def test_no_task_starts_while_the_idle_worker_gives_its_leftovers_back(
    ledger: Ledger, make_worker: Callable[..., Worker]
) -> None:
    """The poll checks that no thread holds a task, then gives the worker's own claims back.
    A thread that took a wake-up in between and claimed would have its live claim given back
    (and the account computed twice): while the poll looks, a dequeued task waits."""
    acct = new_account(ledger, entries_count=30)
    worker = make_worker(periodic=False)
    worker.start()
    assert worker.wait_idle(WAIT_S)
    entries.add_entry(ledger, NewEntry(acct, START + timedelta(days=4), Decimal("-2.00")))
    with worker._still_idle() as idle:
        assert idle
        worker.wake([acct])
        time.sleep(0.5)  # ample for a free thread to claim (tens of milliseconds)
        assert claim_rows(ledger, acct)[-1] == ("pending", None)
    assert wait_for(lambda: claim_rows(ledger, acct)[-1][0] == "completed")
