"""The worker with a real consumer on temporary files: coalescing, locks, retries, stops."""

from __future__ import annotations

import logging
import signal
import sqlite3
import threading
import time
import types
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, entries, materialize
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import engine
from permoney_desktop.worker import claims, events
from permoney_desktop.worker.queue import PRIORITY_MAINTENANCE
from permoney_desktop.worker.registry import TASK_MODULES
from permoney_desktop.worker.runtime import Worker, WorkerError, resolve_threads
from permoney_desktop.worker.sync_tasks import request_metrics, request_sync
from tests.worker.conftest import (
    START,
    Recorder,
    assert_equals_full_rebuild,
    data_version,
    new_account,
    sync_statuses,
)
from tests.worker.test_worker_process import wait_for

MakeWorker = Callable[..., Worker]


def edit(ledger: Ledger, acct: int, day: date, amount: str = "1.00") -> Any:
    _, changes = entries.add_entry(ledger, NewEntry(acct, day, Decimal(amount)))
    return changes


def test_threads_are_named_and_no_signal_handler_is_installed(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    worker = make_worker(threads=3)
    worker.start()
    names = {t.name for t in threading.enumerate()}
    assert {"permoney-worker-1", "permoney-worker-2", "permoney-worker-3"} <= names
    assert {"permoney-scheduler", "permoney-heartbeat"} <= names
    assert {s: signal.getsignal(s) for s in before} == before
    worker.stop()
    time.sleep(0.1)
    assert not any(t.name.startswith("permoney-worker") for t in threading.enumerate())


def test_thread_count_comes_from_env_then_setting(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_threads(ledger) == 2
    ledger.set_setting("worker.threads", 3)
    assert resolve_threads(ledger) == 3
    monkeypatch.setenv("PERMONEY_WORKER_THREADS", "4")
    assert resolve_threads(ledger) == 4
    monkeypatch.setenv("PERMONEY_WORKER_THREADS", "lots")
    with pytest.raises(WorkerError, match="PERMONEY_WORKER_THREADS must be a whole number"):
        resolve_threads(ledger)


def test_50_rapid_edits_coalesce_into_one_sync_equal_to_a_full_rebuild(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    acct = new_account(ledger, entries_count=2000)
    worker = make_worker()
    rec = Recorder()
    worker.events.subscribe_all(rec)
    worker.start()
    assert worker.wait_idle(10)
    worker.pause()  # the burst lands faster than any sync could start
    for i in range(50):
        # Scattered dates: the sync must start from the earliest one.
        day = START + timedelta(days=(i * 37) % 1500)
        assert worker.enqueue_changes(edit(ledger, acct, day))
    worker.resume()
    assert worker.wait_idle(20)
    assert len(rec.of(events.SYNC_STARTED, acct)) == 1
    (completed,) = rec.of(events.SYNC_COMPLETED, acct)
    assert completed[1] == data_version(ledger, acct)
    assert completed[2].window_start == START
    assert worker.monitor.superseded == 49
    assert_equals_full_rebuild(ledger, acct)


def test_no_two_syncs_of_one_account_overlap(
    ledger: Ledger, make_worker: MakeWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = new_account(ledger, "A", entries_count=3000)
    b = new_account(ledger, "B", entries_count=3000)
    worker = make_worker(threads=4)
    active: dict[int, int] = {a: 0, b: 0}
    peak: dict[int, int] = {a: 0, b: 0}
    lock = threading.Lock()
    real_sync = materialize.sync_account

    real_commit = materialize._commit
    done = threading.local()

    def leave(acct: int) -> None:
        if not getattr(done, "left", False):
            done.left = True
            with lock:
                active[acct] -= 1

    # Count the materializer's own runs, not the worker's events: a run that met a busy book
    # is retried without an end event, which an event count would take for an overlap.
    def counted_sync(ledger: Ledger, account_id: Any, *args: Any, **kwargs: Any) -> Any:
        acct = int(account_id)
        done.left = False
        with lock:
            active[acct] += 1
            peak[acct] = max(peak[acct], active[acct])
        try:
            time.sleep(0.005)  # widen the window an overlap would need
            return real_sync(ledger, account_id, *args, **kwargs)
        finally:
            leave(acct)

    # A run ends where its claim does: the commit that finishes its syncs rows. Another
    # thread may claim the account's next rows as soon as that commits, while this thread
    # is still returning from sync_account (on a loaded machine, long enough to be counted
    # as an overlap that never was). The write lock is held until that commit, so counting
    # the run as over inside it can miss no real overlap.
    def counted_commit(conn: Any, account_id: Any, *args: Any, **kwargs: Any) -> Any:
        verdict = real_commit(conn, account_id, *args, **kwargs)
        if verdict.committed:
            leave(int(account_id))
        return verdict

    monkeypatch.setattr(materialize, "sync_account", counted_sync)
    monkeypatch.setattr(materialize, "_commit", counted_commit)
    worker.start()
    for i in range(30):
        acct = (a, b)[i % 2]
        worker.enqueue_changes(edit(ledger, acct, START + timedelta(days=i * 11)))
        worker.sync_now(acct, full=i % 5 == 0)  # extra requests racing the edits
        time.sleep(0.003)
    assert worker.wait_idle(30)
    assert peak == {a: 1, b: 1}
    assert active == {a: 0, b: 0}
    assert_equals_full_rebuild(ledger, a)
    assert_equals_full_rebuild(ledger, b)


def test_an_edit_during_a_running_sync_is_not_lost(ledger: Ledger, make_worker: MakeWorker) -> None:
    acct = new_account(ledger, entries_count=20000, days=6000)
    worker = make_worker()
    running = threading.Event()
    done: list[int] = []
    worker.events.subscribe(events.SYNC_STARTED, lambda a: running.set())
    worker.events.subscribe(events.SYNC_COMPLETED, lambda a, version, s: done.append(version))
    worker.start()
    worker.sync_now(acct, full=True)  # a long full rebuild
    assert running.wait(5)
    late = edit(ledger, acct, START + timedelta(days=3), "-500.00")
    worker.enqueue_changes(late)
    assert worker.wait_idle(30)
    assert done[-1] == data_version(ledger, acct) == late.versions[acct]
    assert sync_statuses(ledger, acct)[-1] == "completed"
    assert_equals_full_rebuild(ledger, acct)


def test_busy_book_is_retried_with_backoff(
    ledger: Ledger, make_worker: MakeWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    acct = new_account(ledger, entries_count=200)
    changes = edit(ledger, acct, START + timedelta(days=5))
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)  # new connections give up quickly
    ledger.book.write_engine.dispose()
    ledger.book.read_engine.dispose()
    worker = make_worker()
    failed: list[str] = []
    worker.events.subscribe(events.SYNC_FAILED, lambda a, error: failed.append(error))
    blocker = sqlite3.connect(ledger.paths.book, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        worker.start()
        worker.enqueue_changes(changes)
        deadline = time.monotonic() + 10
        while worker.monitor.retries == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert worker.monitor.retries >= 1
    assert worker.wait_idle(20)
    assert failed == []
    assert sync_statuses(ledger, acct)[-1] == "completed"
    assert worker.monitor.failed == 0
    assert_equals_full_rebuild(ledger, acct)


def test_deleted_account_and_unreadable_payloads_are_discarded(
    ledger: Ledger, make_worker: MakeWorker, caplog: pytest.LogCaptureFixture
) -> None:
    keep = new_account(ledger, "Keep", entries_count=10)
    gone = new_account(ledger, "Gone", entries_count=10)
    accounts.delete_account(ledger, gone)
    worker = make_worker()
    failed: list[object] = []
    worker.events.subscribe(events.SYNC_FAILED, lambda *a: failed.append(a))
    with caplog.at_level(logging.WARNING):
        request_sync(worker.ctx, gone, full=True)  # nothing recorded: the account is gone
        worker.ctx.tasks["sync_account"]("not-an-id")
        worker.ctx.tasks["sync_account"]([keep, -3])
        worker.huey.storage.enqueue(b"\x80not a pickle", 0)
        worker.start()
        worker.enqueue_changes(edit(ledger, keep, START))
        assert worker.wait_idle(10)
    assert worker.monitor.discarded == 3
    assert (worker.monitor.failed, worker.monitor.retries) == (0, 0)
    assert failed == []
    assert "is not a positive whole number" in caplog.text
    assert "cannot be read" in caplog.text
    assert sync_statuses(ledger, gone) == []
    assert sync_statuses(ledger, keep)[-1] == "completed"  # the worker carried on


def test_a_failing_sync_is_marked_failed_and_the_worker_carries_on(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    broken = new_account(ledger, "Broken", entries_count=10)
    fine = new_account(ledger, "Fine", entries_count=10)
    broken_edit = edit(ledger, broken, START)
    with sqlite3.connect(ledger.paths.book) as conn:  # damage the data behind the app's back
        conn.execute("UPDATE accounts SET kind = 'bogus' WHERE id = ?", (broken,))
    worker = make_worker()
    rec = Recorder()
    worker.events.subscribe_all(rec)
    worker.start()
    worker.enqueue_changes(broken_edit)
    worker.enqueue_changes(edit(ledger, fine, START))
    assert worker.wait_idle(10)
    failures = rec.of(events.SYNC_FAILED, broken)  # start-up cleanup already asked once
    assert failures and all("bogus" in error for _, error in failures)
    assert "failed" in sync_statuses(ledger, broken)
    assert sync_statuses(ledger, broken)[-1] == "pending"  # the next edit or sync now retries
    assert sync_statuses(ledger, fine)[-1] == "completed"
    report = worker.health()
    assert report.failed >= len(failures)  # the metrics refresh trips on the damage too
    assert "bogus" in report.last_errors["sync_account"]["error"]


def _slow_module(log: list[str]) -> types.ModuleType:
    module = types.ModuleType("slow_tasks")

    def register(huey: Any, ctx: Any) -> None:
        @huey.task(name="slow_record")
        def slow_record(label: str, seconds: float = 0.0) -> None:
            log.append(f"start {label}")
            time.sleep(seconds)
            log.append(f"end {label}")

        @huey.task(name="explode")
        def explode() -> None:
            raise ZeroDivisionError("task bug")

        ctx.tasks.update(slow_record=slow_record, explode=explode)

    module.register = register  # type: ignore[attr-defined]
    return module


def test_graceful_stop_finishes_the_running_task_and_keeps_the_queued_ones(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    log: list[str] = []
    modules = [*TASK_MODULES, _slow_module(log)]
    worker = make_worker(threads=1, task_modules=modules)
    worker.start()
    worker.ctx.tasks["slow_record"]("long", 0.4)
    for label in ("q1", "q2", "q3"):
        worker.ctx.tasks["slow_record"](label)
    deadline = time.monotonic() + 5
    while "start long" not in log and time.monotonic() < deadline:
        time.sleep(0.005)
    worker.stop(graceful=True)
    assert log == ["start long", "end long"]
    assert worker.huey.pending_count() == 3
    worker.close()

    again = make_worker(threads=1, task_modules=[*TASK_MODULES, _slow_module(log)])
    again.start()
    assert again.wait_idle(10)
    assert log[2:] == ["start q1", "end q1", "start q2", "end q2", "start q3", "end q3"]


def test_a_task_exception_is_logged_with_traceback_and_recorded(
    ledger: Ledger, make_worker: MakeWorker, caplog: pytest.LogCaptureFixture
) -> None:
    log: list[str] = []
    worker = make_worker(task_modules=[*TASK_MODULES, _slow_module(log)])
    worker.start()
    with caplog.at_level(logging.ERROR):
        worker.ctx.tasks["explode"]()
        worker.ctx.tasks["slow_record"]("after")
        assert worker.wait_idle(10)
    assert "end after" in log
    assert "ZeroDivisionError: task bug" in caplog.text
    assert "Traceback" in caplog.text
    report = worker.health()
    assert report.failed == 1
    assert "ZeroDivisionError" in report.last_errors["explode"]["traceback"]


def test_syncs_run_before_metric_refreshes_before_maintenance(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    acct = new_account(ledger, entries_count=10)
    order: list[str] = []
    log: list[str] = []
    worker = make_worker(threads=1, task_modules=[*TASK_MODULES, _slow_module(log)])
    worker.ctx.hooks.refresh_metrics = lambda ctx, days, full: order.append("metrics")
    worker.events.subscribe(events.SYNC_STARTED, lambda a: order.append("sync"))
    worker.start()
    assert worker.wait_idle(10)
    worker.pause()
    worker.huey.enqueue(
        worker.ctx.tasks["slow_record"].s("maintenance", priority=PRIORITY_MAINTENANCE)
    )
    request_metrics(worker.ctx, [START])
    worker.enqueue_changes(edit(ledger, acct, START))
    worker.resume()
    assert worker.wait_idle(10)
    assert order[:2] == ["sync", "metrics"]
    assert log == ["start maintenance", "end maintenance"]


def test_metric_refreshes_coalesce_without_dropping_dates(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    calls: list[tuple[list[date], bool]] = []
    periods_seen: list[object] = []
    worker = make_worker()
    worker.ctx.hooks.refresh_metrics = lambda ctx, days, full: (
        calls.append((days, full)) or ["2020-01"]
    )
    worker.events.subscribe(events.METRICS_UPDATED, periods_seen.append)
    worker.start()
    worker.pause()
    # A thread already past the pause gate when it closed takes no task: wait until none is
    # (on a loaded machine one could otherwise still take the first request below).
    assert worker.wait_idle(10)
    for day in (date(2020, 3, 1), date(2020, 1, 5), date(2020, 3, 1), date(2021, 7, 9)):
        request_metrics(worker.ctx, [day])
    worker.resume()
    assert worker.wait_idle(10)
    assert calls == [([date(2020, 1, 5), date(2020, 3, 1), date(2021, 7, 9)], False)]
    assert periods_seen == [["2020-01"]]


def test_enqueue_failure_leaves_the_account_pending_for_the_next_start(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    acct = new_account(ledger, entries_count=50)
    changes = edit(ledger, acct, START + timedelta(days=2))
    broken = make_worker()
    broken.huey.storage.close()
    broken.huey.storage.filename = str(ledger.paths.queue.parent / "missing" / "q.db")
    assert broken.enqueue_changes(changes) is False  # logged, never raised
    assert sync_statuses(ledger, acct)[-1] == "pending"
    worker = make_worker()
    worker.start()  # start-up cleanup requests every pending account
    assert worker.wait_idle(10)
    assert sync_statuses(ledger, acct)[-1] == "completed"
    assert_equals_full_rebuild(ledger, acct)


def test_the_claim_of_a_dead_consumer_is_taken_over_at_start(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    acct = new_account(ledger, entries_count=50)
    edit(ledger, acct, START)
    crashed = claims.claim_next(ledger, "crashed-consumer", claims.utc_now())
    assert [c.account_id for c in crashed.claims] == [acct]
    assert sync_statuses(ledger, acct)[-1] == "syncing"
    worker = make_worker()
    worker.start()  # its owner has no heartbeat: released at once, not after the lease
    assert worker.wait_idle(10)
    assert claims.held_claims(ledger) == []
    assert sync_statuses(ledger, acct)[-1] == "completed"
    assert_equals_full_rebuild(ledger, acct)


def test_health_is_readable_from_the_queue_file(ledger: Ledger, make_worker: MakeWorker) -> None:
    from permoney_desktop.worker import presence

    acct = new_account(ledger, entries_count=50)
    worker = make_worker()
    worker.start()
    worker.enqueue_changes(edit(ledger, acct, START))
    assert worker.wait_idle(10)
    deadline = time.monotonic() + 5
    saved: Any = None
    while time.monotonic() < deadline:
        saved = presence.get_state(worker.huey, presence.MONITOR_KEY)
        if saved and saved.get("processed"):
            break
        time.sleep(0.1)
    assert saved is not None and saved["processed"] >= 1
    live = presence.live_consumers(worker.huey)
    assert [r["id"] for r in live] == [worker.consumer_id]
    worker.stop()
    assert presence.live_consumers(worker.huey) == []


def test_metric_refreshes_wait_for_syncs_to_be_quiet(
    ledger: Ledger, make_worker: MakeWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    acct = new_account(ledger, entries_count=2000)
    lock = threading.Lock()
    # "sync+" (started), "sync-" (done, failed or retried), "metrics" in the order they happened
    timeline: list[str] = []

    def note(what: str) -> None:
        with lock:
            timeline.append(what)

    def refresh(ctx: Any, days: list[date], full: bool) -> list[str]:
        note("metrics")
        time.sleep(0.05)  # a refresh long enough to collide with the next edit's sync
        return []

    worker = make_worker(threads=2)
    worker.ctx.hooks.refresh_metrics = refresh
    worker.events.subscribe(events.SYNC_STARTED, lambda a: note("sync+"))
    gate = worker.ctx.sync_gate
    gate_leave = gate.leave

    def leave() -> None:  # every started sync leaves the gate, however it ended
        note("sync-")
        gate_leave()

    monkeypatch.setattr(gate, "leave", leave)
    worker.start()
    for i in range(15):
        worker.enqueue_changes(edit(ledger, acct, START + timedelta(days=i)))
        time.sleep(0.03)
    assert worker.wait_idle(20)
    syncs, refreshes = timeline.count("sync+"), timeline.count("metrics")
    assert syncs and refreshes and timeline.count("sync-") == syncs
    # No sync was running when a refresh began (how long the syncs must have been quiet is
    # the gate's to count: tests/worker/test_sync_gate.py checks it on a clock moved by hand).
    running = 0
    for what in timeline:
        running += {"sync+": 1, "sync-": -1}.get(what, 0)
        assert what != "metrics" or running == 0, timeline
    # Refreshes waited for the burst to settle instead of running after every sync.
    assert refreshes < syncs


def test_one_refresh_at_a_time_and_an_edit_s_sync_never_waits_behind_a_second(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    acct = new_account(ledger, entries_count=200)
    calls: list[list[date]] = []
    running = threading.Event()
    release = threading.Event()

    def refresh(ctx: Any, days: list[date], full: bool) -> list[str]:
        calls.append(list(days))
        running.set()
        # A long refresh (a 1M book, five years back, on a busy machine): the first one
        # holds its thread until the test lets it go.
        release.wait(30)
        return []

    worker = make_worker(threads=2)
    worker.ctx.hooks.refresh_metrics = refresh
    rec = Recorder()
    worker.events.subscribe_all(rec)
    worker.start()
    first, second = START + timedelta(days=1), START + timedelta(days=2)
    request_metrics(worker.ctx, [first])
    assert running.wait(10)
    superseded = worker.monitor.superseded
    request_metrics(worker.ctx, [second])  # while the first runs: its dates wait their turn
    # The second request's task has had its go: it found a refresh running and gave way.
    assert wait_for(lambda: worker.monitor.superseded > superseded, 10)
    worker.enqueue_changes(edit(ledger, acct, START + timedelta(days=3)))
    # The second thread is free: the edit's sync completes while the first refresh still
    # holds the other one (no refresh waiting on a lock in its way).
    assert wait_for(lambda: bool(rec.of(events.SYNC_COMPLETED, acct)), 10)
    assert not release.is_set() and len(calls) == 1
    release.set()
    assert worker.wait_idle(10)
    assert calls[0] == [first]
    assert second in calls[1]  # run after the first, never beside it
    assert all(len(c) for c in calls)


def test_a_user_write_is_noticed_at_commit_and_the_worker_s_own_are_not(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    acct = new_account(ledger, entries_count=10)
    worker = make_worker()
    worker.start()
    gate = worker.ctx.sync_gate
    before = gate.user_write_at
    edit(ledger, acct, START)  # this thread plays the GUI: no enqueue yet
    assert gate.user_write_at > before and gate.busy()
    noticed = gate.user_write_at
    inner = threading.Thread(target=edit, args=(ledger, acct, START), name="permoney-worker-9")
    inner.start()
    inner.join()
    assert gate.user_write_at == noticed


def test_wake_syncs_what_the_book_holds_pending(ledger: Ledger, make_worker: MakeWorker) -> None:
    acct = new_account(ledger, entries_count=200)
    worker = make_worker()
    worker.start()
    assert worker.wait_idle(10)
    worker.pause()
    for i in range(5):
        edit(ledger, acct, START + timedelta(days=300 - i * 40))  # no Changes handed over
    rec = Recorder()
    worker.events.subscribe_all(rec)
    assert worker.wake()
    worker.resume()
    assert worker.wait_idle(20)
    (completed,) = rec.of(events.SYNC_COMPLETED, acct)
    assert completed[2].window_start == START + timedelta(days=140)
    assert sync_statuses(ledger, acct)[-1] == "completed"
    assert_equals_full_rebuild(ledger, acct)
