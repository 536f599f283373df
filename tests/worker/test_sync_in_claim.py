"""A small sync made in its claim's own write transaction (``materialize.sync_in_claim``):
one transaction instead of three, and the guarantees of the three kept (a rebuild or a long
window still runs on its own, a failure falls back to a run of its own, a worker that dies
mid-sync leaves its rows pending for the next claim)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import entries, materialize
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker import claims, events
from permoney_desktop.worker.runtime import Worker
from permoney_desktop.worker.sync_tasks import drain
from tests.worker.conftest import (
    START,
    Recorder,
    assert_equals_full_rebuild,
    new_account,
    sync_statuses,
)

pytestmark = pytest.mark.backends

MakeWorker = Callable[..., Worker]


def edit(ledger: Ledger, acct: int, day: date) -> None:
    entries.add_entry(ledger, NewEntry(acct, day, Decimal("2.50")))


@contextmanager
def commits(ledger: Ledger) -> Iterator[list[str]]:
    """Every transaction committed on the book's write engine inside the block."""
    seen: list[str] = []

    def committed(_conn: Any) -> None:
        seen.append("commit")

    engine = ledger.book.write_engine
    event.listen(engine, "commit", committed)
    try:
        yield seen
    finally:
        event.remove(engine, "commit", committed)


def test_a_small_edit_is_claimed_computed_and_stored_in_one_transaction(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    acct = new_account(ledger, entries_count=40, days=40)
    edit(ledger, acct, START + timedelta(days=38))
    worker = make_worker()
    rec = Recorder()
    worker.events.subscribe_all(rec)
    with commits(ledger) as seen:
        report = drain(worker.ctx, [acct])
    assert report.synced == [acct]
    assert seen == ["commit"]  # the claim, the read and the write: one transaction
    assert [e for _t, e, a, _th in rec.events if e.startswith("sync_")] == [
        events.SYNC_STARTED,
        events.SYNC_COMPLETED,
    ]
    (completed,) = rec.of(events.SYNC_COMPLETED, acct)
    assert completed[2].window_start == START + timedelta(days=38)
    assert sync_statuses(ledger, acct)[-1] == "completed"
    assert not worker.ctx.held
    assert_equals_full_rebuild(ledger, acct)


def test_a_long_window_is_claimed_first_then_computed_on_its_own(
    ledger: Ledger, make_worker: MakeWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    acct = new_account(ledger, entries_count=40, days=40)
    edit(ledger, acct, START + timedelta(days=2))  # 38 days of entries after it
    monkeypatch.setattr(materialize, "IN_CLAIM_MAX_ENTRIES", 10)
    compute = materialize._compute
    seen_then: list[list[str]] = []

    def watched(*args: Any, **kw: Any) -> Any:
        seen_then.append(sync_statuses(ledger, acct))  # read from outside the worker
        return compute(*args, **kw)

    monkeypatch.setattr(materialize, "_compute", watched)
    worker = make_worker()
    with commits(ledger) as seen:
        report = drain(worker.ctx, [acct])
    assert report.synced == [acct]
    # The claim was committed before the computation began, which read in a snapshot of
    # its own: the book's write lock was not held meanwhile.
    assert seen_then and seen_then[0][-1] == "syncing"
    assert len(seen) == 2  # the claim, then the write
    assert sync_statuses(ledger, acct)[-1] == "completed"
    assert_equals_full_rebuild(ledger, acct)


def test_a_failure_in_the_claims_transaction_falls_back_to_a_run_of_its_own(
    ledger: Ledger, make_worker: MakeWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    acct = new_account(ledger, entries_count=40, days=40)
    edit(ledger, acct, START + timedelta(days=39))
    compute = materialize._compute
    calls: list[str] = []

    def fails_once(*args: Any, **kw: Any) -> Any:
        calls.append("compute")
        if len(calls) == 1:
            raise RuntimeError("a fault inside the claim's transaction")
        return compute(*args, **kw)

    monkeypatch.setattr(materialize, "_compute", fails_once)
    worker = make_worker()
    rec = Recorder()
    worker.events.subscribe_all(rec)
    report = drain(worker.ctx, [acct])
    assert report.synced == [acct] and report.failed == []
    assert calls == ["compute", "compute"]  # rolled back to its savepoint, then run again
    assert [e for _t, e, _a, _th in rec.events if e.startswith("sync_")] == [
        events.SYNC_STARTED,
        events.SYNC_COMPLETED,
    ]
    assert sync_statuses(ledger, acct)[-1] == "completed"
    assert_equals_full_rebuild(ledger, acct)


class Killed(BaseException):
    """The worker's thread dying mid-sync: nothing in the worker catches it."""


def test_a_worker_dying_mid_sync_leaves_its_rows_pending_for_the_next_claim(
    ledger: Ledger, make_worker: MakeWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    acct = new_account(ledger, entries_count=40, days=40)
    edit(ledger, acct, START + timedelta(days=37))
    compute = materialize._compute

    def dies(*args: Any, **kw: Any) -> Any:
        raise Killed

    monkeypatch.setattr(materialize, "_compute", dies)
    worker = make_worker()
    rec = Recorder()
    worker.events.subscribe_all(rec)
    with pytest.raises(Killed):
        drain(worker.ctx, [acct])
    # Its claim went with its transaction: pending, not claimed by a dead owner, so the next
    # worker takes it now instead of after a lease or a takeover.
    assert sync_statuses(ledger, acct)[-1] == "pending"
    assert not worker.ctx.held
    assert rec.of(events.SYNC_FAILED, acct)  # the run it began is reported ended
    monkeypatch.setattr(materialize, "_compute", compute)
    (taken,) = claims.claim_next(ledger, "next-worker", claims.book_now(ledger)).claims
    assert taken.account_id == acct and taken.window_start == START + timedelta(days=37)
