"""Claims on the book's syncs table, without threads: injected clock, drains run in the test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import entries, materialize
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker import claims, events
from permoney_desktop.worker.claims import LEASE_S, Claim
from permoney_desktop.worker.maintenance_tasks import cleanup
from permoney_desktop.worker.runtime import Worker
from permoney_desktop.worker.sync_tasks import drain
from tests.services.book_state import connect
from tests.worker.conftest import (
    START,
    Recorder,
    assert_equals_full_rebuild,
    new_account,
    sync_statuses,
)

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends

T0 = datetime(2030, 5, 1, 12, 0, 0)


def edit(ledger: Ledger, acct: int, day: date) -> None:
    entries.add_entry(ledger, NewEntry(acct, day, Decimal("1.00")))


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def claimed(ledger: Ledger, owner: str, now: datetime, **kw: object) -> list[Claim]:
    return list(claims.claim_next(ledger, owner, now, **kw).claims)  # type: ignore[arg-type]


def rows(ledger: Ledger, account: int) -> list[tuple[str, str | None, str | None]]:
    with connect(ledger) as conn:
        return conn.execute(
            "SELECT status, window_start, claimed_by FROM syncs WHERE account_id = ? ORDER BY id",
            (account,),
        ).fetchall()


def test_a_burst_of_writes_is_one_claim_from_the_earliest_date(ledger: Ledger) -> None:
    acct = new_account(ledger, entries_count=20)
    days = [START + timedelta(days=d) for d in (400, 90, 700, 35, 260)]
    for day in days:
        edit(ledger, acct, day)
    (claim,) = claimed(ledger, "w1", at(0))
    assert (claim.account_id, claim.window_start) == (acct, min(days))
    assert claimed(ledger, "w2", at(1)) == []  # nothing else pending, and acct is held
    assert [r for r in rows(ledger, acct) if r[0] == "syncing"] == [
        ("syncing", min(days).isoformat(), "w1")
    ]
    outcome = materialize.sync_account(ledger, acct, claimed=claim)
    assert (outcome.status, outcome.window_start) == ("completed", min(days))
    assert materialize.pending_accounts(ledger) == {}
    assert_equals_full_rebuild(ledger, acct)


def test_a_write_during_a_sync_leaves_the_account_pending_and_the_holder_takes_it(
    ledger: Ledger,
) -> None:
    acct = new_account(ledger, entries_count=50)
    edit(ledger, acct, START + timedelta(days=300))
    late_day = START + timedelta(days=20)
    seen: list[tuple[Claim, dict[AccountId, date]]] = []

    def run(claim: Claim) -> bool:
        if not seen:  # the first run: a write lands while it holds the account
            edit(ledger, acct, late_day)
            assert claimed(ledger, "other", at(2)) == []  # held: nobody else starts it
        seen.append((claim, materialize.pending_accounts(ledger)))
        return run_sync(ledger)(claim)

    report = claims.drain(ledger, "w1", run, clock=lambda: at(1))
    assert report.synced == [acct, acct]  # the holder claimed again after its run
    first, second = seen
    assert first[0].window_start == START + timedelta(days=300)
    assert first[1] == {acct: late_day}  # pending again while the first run held it
    assert second[0].window_start == late_day
    assert materialize.pending_accounts(ledger) == {}
    assert sync_statuses(ledger, acct)[-2:] == ["completed", "completed"]
    assert_equals_full_rebuild(ledger, acct)


def test_a_stale_claim_is_taken_over_after_its_lease_and_a_renewed_one_is_not(
    ledger: Ledger,
) -> None:
    a = new_account(ledger, "A", entries_count=10)
    b = new_account(ledger, "B", entries_count=10)
    edit(ledger, a, START + timedelta(days=5))
    edit(ledger, b, START + timedelta(days=6))
    (dead,) = claimed(ledger, "killed", at(0), first=[a])
    (alive,) = claimed(ledger, "alive", at(0), first=[b])
    assert (dead.account_id, alive.account_id) == (a, b)
    assert claims.renew(ledger, "alive", at(LEASE_S - 5)) == 1
    assert claimed(ledger, "w2", at(LEASE_S - 1)) == []  # both still within their lease
    (taken,) = claimed(ledger, "w2", at(LEASE_S + 1))
    assert taken == Claim(a, dead.sync_ids, START + timedelta(days=5))
    assert rows(ledger, a)[-1] == ("syncing", taken.window_start.isoformat(), "w2")
    assert claimed(ledger, "w2", at(LEASE_S + 2)) == []  # b's renewed claim still holds


# On a shared book other machines' workers hold claims this machine's heartbeats cannot vouch
# for: there the lease alone decides (tests/worker/test_shared_claims.py).
@pytest.mark.sqlite_only
def test_a_claim_of_an_owner_known_to_be_gone_is_released_at_once(ledger: Ledger) -> None:
    acct = new_account(ledger, entries_count=10)
    edit(ledger, acct, START)
    claimed(ledger, "gone", at(0))
    claimed(ledger, "me", at(0))  # nothing: held
    assert claims.release_dead(ledger, at(1), live_owners={"me"}) == 1
    (claim,) = claimed(ledger, "me", at(2))
    assert claim.account_id == acct


def test_a_full_request_widens_every_pending_date_and_claims_order_by_hint(
    ledger: Ledger,
) -> None:
    a = new_account(ledger, "A", entries_count=10)
    b = new_account(ledger, "B", entries_count=10)
    edit(ledger, a, START + timedelta(days=9))
    edit(ledger, b, START + timedelta(days=4))
    claims.request(ledger, {a: None}, at(0))
    batch = claims.claim_next(ledger, "w1", at(1), first=[b])
    assert [(c.account_id, c.window_start) for c in batch.claims] == [
        (b, START + timedelta(days=4))
    ]
    assert batch.more  # a is still claimable: another consumer thread is asked to help
    (full,) = claimed(ledger, "w2", at(1))
    assert (full.account_id, full.window_start, len(full.sync_ids)) == (a, None, 1)


def run_sync(ledger: Ledger) -> Callable[[Claim], bool]:
    def run(claim: Claim) -> bool:
        outcome = materialize.sync_account(ledger, AccountId(claim.account_id), claimed=claim)
        return outcome.status == "completed"

    return run


def test_a_failing_account_is_not_claimed_again_in_the_same_drain(ledger: Ledger) -> None:
    a = new_account(ledger, "A", entries_count=10)
    b = new_account(ledger, "B", entries_count=10)
    edit(ledger, a, START)
    edit(ledger, b, START)
    with connect(ledger) as conn:  # damage A behind the app's back
        conn.execute("UPDATE accounts SET kind = 'bogus' WHERE id = ?", (a,))
    ran: list[int] = []
    sync = run_sync(ledger)

    def run(claim: Claim) -> bool:
        ran.append(claim.account_id)
        return sync(claim)

    report = claims.drain(ledger, "w1", run, first=[a], clock=lambda: at(0))
    assert (report.synced, report.failed) == ([b], [a])
    assert ran == [a, b]
    assert materialize.pending_accounts(ledger) == {a: START}  # for the next wake-up
    assert sync_statuses(ledger, a)[-2:] == ["failed", "pending"]


def test_nothing_pending_costs_no_write_transaction(ledger: Ledger) -> None:
    new_account(ledger, entries_count=5)
    writes: list[str] = []
    from sqlalchemy import event

    def on_begin(conn: object) -> None:
        writes.append("begin")

    event.listen(ledger.book.write_engine, "begin", on_begin)
    try:
        assert claimed(ledger, "w1", at(0)) == []
    finally:
        event.remove(ledger.book.write_engine, "begin", on_begin)
    assert writes == []


def test_a_lost_queue_file_loses_nothing(ledger: Ledger) -> None:
    acct = new_account(ledger, entries_count=30)
    producer = Worker(ledger, periodic=False)
    edit(ledger, acct, START + timedelta(days=3))
    assert producer.wake([acct])
    producer.close()
    for path in ledger.paths.queue.parent.glob(ledger.paths.queue.name + "*"):
        path.unlink()  # the queue file and its WAL: every wake-up is gone
    worker = Worker(ledger, periodic=False)
    try:
        assert worker.pending == 0
        rec = Recorder()
        worker.events.subscribe_all(rec)
        result = cleanup(worker.ctx, at_start=True)  # what start() runs first
        assert (result.claims_released, result.accounts_pending) == (0, 1)
        assert worker.pending == 1  # one wake-up, carrying only the account id
        report = drain(worker.ctx, [acct], clock=lambda: at(0))
        assert report.synced == [acct]
        (completed,) = rec.of(events.SYNC_COMPLETED, acct)
        assert completed[2].window_start == START + timedelta(days=3)
        assert sync_statuses(ledger, acct)[-1] == "completed"
    finally:
        worker.close()
    assert_equals_full_rebuild(ledger, acct)


def test_a_lost_queue_file_with_a_real_consumer(ledger: Ledger) -> None:
    acct = new_account(ledger, entries_count=30)
    edit(ledger, acct, START + timedelta(days=8))
    ledger.paths.queue.unlink(missing_ok=True)
    worker = Worker(ledger, periodic=False)
    try:
        worker.start()
        assert worker.wait_idle(20)
    finally:
        worker.close()
    assert sync_statuses(ledger, acct)[-1] == "completed"
    assert_equals_full_rebuild(ledger, acct)


def test_a_taken_over_claim_merges_with_a_write_made_meanwhile(ledger: Ledger) -> None:
    acct = new_account(ledger, entries_count=10)
    edit(ledger, acct, START + timedelta(days=50))
    claimed(ledger, "killed", at(0))
    edit(ledger, acct, START + timedelta(days=70))  # lands while the dead claim holds it
    assert materialize.pending_accounts(ledger) == {acct: START + timedelta(days=70)}
    (taken,) = claimed(ledger, "w2", at(LEASE_S + 1))
    assert taken.window_start == START + timedelta(days=50)  # the dead run's window kept
    # One request per account, as the integrity check expects: the stale row was folded in.
    statuses = sync_statuses(ledger, acct)
    assert statuses.count("syncing") == 1 and "pending" not in statuses
    assert len(taken.sync_ids) == 1


def test_a_rebuild_asked_for_survives_a_later_write(ledger: Ledger) -> None:
    acct = new_account(ledger, entries_count=10)
    claims.request(ledger, {acct: None}, at(0))
    edit(ledger, acct, START + timedelta(days=40))  # the write gate merges into that row
    assert materialize.pending_accounts(ledger) == {acct: date.min}  # still "from the start"
    (claim,) = claimed(ledger, "w1", at(1))
    assert claim.window_start is None
    outcome = materialize.sync_account(ledger, AccountId(acct), claimed=claim)
    assert (outcome.status, outcome.full) == ("completed", True)
