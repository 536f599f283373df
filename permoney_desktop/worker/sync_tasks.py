"""Account syncs and metric refreshes as Huey tasks, with coalescing and the failure policy.

* ``sync_account(account_id, from_date)``: materialize one account from a date. Superseded
  requests return at once; the latest holds the account's lock (see ``coalesce``).
* ``sync_all(full)``: request a sync of every account with pending work (every account with
  ``full``), each through the same coalescing path.
* ``refresh_metrics(dates)``: hand every date asked for since the last refresh to the metrics
  hook (dates of superseded requests are merged in the queue file, never dropped).

Failure policy: SQLite busy/locked → retried with exponential backoff, 5 attempts in all;
account gone or unreadable arguments → discarded with a warning; anything else → the
materializer marks the sync failed with its error (it stays pending in the book), the task
reports ``sync_failed`` and the worker carries on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from huey.exceptions import RetryTask

from permoney_desktop.domain.ids import AccountId
from permoney_desktop.store.engine import is_busy_error
from permoney_desktop.worker import coalesce, events
from permoney_desktop.worker.context import StepAside
from permoney_desktop.worker.monitor import DISCARDED, FAILED, REQUEUED, SUPERSEDED
from permoney_desktop.worker.queue import (
    PRIORITY_METRICS,
    PRIORITY_SYNC,
    PRIORITY_SYNC_ALL,
    PermoneyHuey,
)

if TYPE_CHECKING:
    from permoney_desktop.worker.context import WorkerContext

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BACKOFF_BASE_S = 0.25  # 0.25, 0.5, 1, 2 s between the five attempts
LOCK_WAIT_S = 2.0  # then the task goes back in the queue and a worker is free again
METRICS_SETTLE_S = 0.2  # a refresh starts once syncs have been quiet this long
METRICS_YIELD_S = 2.0  # longest a refresh waits for quiet before going back in the queue
DIRTY_RECENT_S = 60.0  # queued sync requests older than this no longer hold refreshes back
BUSY_WORDS = ("database is locked", "database is busy", "database table is locked")


class BadPayloadError(ValueError):
    """Task arguments that cannot be what the task expects."""


def _account_id(value: Any) -> AccountId:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise BadPayloadError(f"account id {value!r} is not a positive whole number")
    return AccountId(value)


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise BadPayloadError(f"date {value!r} is not YYYY-MM-DD")


def _days(values: Any) -> list[date] | None:
    if values is None:
        return None
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise BadPayloadError(f"dates {values!r} are not a list")
    return [d for d in (_day(v) for v in values) if d is not None]


def _discard(ctx: WorkerContext, task_name: str, reason: str) -> None:
    log.warning("discarded %s: %s", task_name, reason)
    ctx.monitor.mark_current(DISCARDED, reason)


def request_sync(
    ctx: WorkerContext, account_id: int, from_date: date | None = None, *, full: bool = False
) -> None:
    """Ask for ``account_id`` to be materialized from ``from_date`` (earliest date wins)."""
    huey = ctx.huey
    ctx.sync_gate.want()  # a metrics refresh running here steps aside at its next pause
    coalesce.merge_dirty(huey, account_id, from_date, full)
    token = coalesce.set_token(huey, coalesce.sync_token_key(account_id))
    ctx.tasks["sync_account"](
        account_id, from_date.isoformat() if from_date else None, token=token, full=full
    )


def request_metrics(ctx: WorkerContext, dates: Iterable[date] | None) -> None:
    """Ask for the metric periods holding ``dates`` to be refreshed (None: all periods)."""
    huey = ctx.huey
    coalesce.add_metric_dates(huey, None if dates is None else list(dates))
    token = coalesce.set_token(huey, coalesce.METRICS_TOKEN_KEY)
    ctx.tasks["refresh_metrics"](token=token)


def _is_busy_text(text: str | None) -> bool:
    return bool(text) and any(word in (text or "").lower() for word in BUSY_WORDS)


def _run_sync(
    ctx: WorkerContext,
    task: Any,
    account_id: Any,
    from_date: Any,
    token: str | None,
    full: bool,
    attempt: int,
) -> None:
    from permoney_desktop.services import materialize

    try:
        acct = _account_id(account_id)
        day = _day(from_date)
    except BadPayloadError as exc:
        _discard(ctx, "sync_account", str(exc))
        return
    huey: PermoneyHuey = ctx.huey
    token_key = coalesce.sync_token_key(acct)
    if not coalesce.is_latest(huey, token_key, token):
        ctx.monitor.mark_current(SUPERSEDED)
        return
    lock = coalesce.AccountLock(huey, acct, ctx.consumer_id)
    if not lock.acquire(LOCK_WAIT_S, lambda: coalesce.is_latest(huey, token_key, token)):
        if not coalesce.is_latest(huey, token_key, token):
            ctx.monitor.mark_current(SUPERSEDED)
            return
        # The account is still being synced elsewhere: run afterwards, never drop the request.
        ctx.monitor.mark_current(REQUEUED)
        ctx.tasks["sync_account"](
            acct, day.isoformat() if day else None, token=token, full=full, attempt=attempt
        )
        return
    window = day
    wants_full = full
    ctx.sync_gate.enter()
    try:
        owed = coalesce.pop_dirty(huey, acct)
        if owed is not None:
            window = owed.from_date if window is None else min(window, owed.from_date or window)
            wants_full = wants_full or owed.full
        ctx.events.publish(events.SYNC_STARTED, acct)
        try:
            outcome = materialize.sync_account(ctx.ledger, acct, window, full=wants_full)
        except materialize.AccountGone:
            _discard(ctx, "sync_account", f"account {acct} no longer exists")
            return
        except Exception as exc:
            if not is_busy_error(exc):
                ctx.events.publish(events.SYNC_FAILED, acct, f"{type(exc).__name__}: {exc}")
                raise
            _retry_busy(ctx, task, acct, window, wants_full, attempt, exc)
            return
        if outcome.status == "failed":
            if _is_busy_text(outcome.error):
                _retry_busy(ctx, task, acct, window, wants_full, attempt, None)
                return
            ctx.monitor.mark_current(FAILED, outcome.error)
            ctx.events.publish(events.SYNC_FAILED, acct, outcome.error or "sync failed")
            return
        ctx.events.publish(events.SYNC_COMPLETED, acct, outcome.version, outcome)
        if outcome.status == "completed" and ctx.hooks.refresh_metrics is not None:
            start = outcome.window_start
            request_metrics(ctx, None if start is None else [start])
    finally:
        lock.release()
        ctx.sync_gate.leave()


def _retry_busy(
    ctx: WorkerContext,
    task: Any,
    acct: AccountId,
    window: date | None,
    full: bool,
    attempt: int,
    exc: BaseException | None,
) -> None:
    # The request goes back into the queue file so the retry (or a newer request) covers it.
    coalesce.merge_dirty(ctx.huey, acct, window, full)
    if attempt + 1 >= MAX_ATTEMPTS:
        message = f"book stayed locked through {MAX_ATTEMPTS} attempts"
        ctx.monitor.mark_current(FAILED, message)
        ctx.events.publish(events.SYNC_FAILED, acct, message)
        log.error("sync of account %s gave up: %s", acct, message)
        return
    delay = BACKOFF_BASE_S * 2**attempt
    log.info("book busy while syncing account %s; retry %d in %.2f s", acct, attempt + 1, delay)
    # Huey re-serializes the task's own kwargs for the retry, so the count travels with it.
    task.kwargs["attempt"] = attempt + 1
    raise RetryTask(delay=delay) from exc


def register(huey: PermoneyHuey, ctx: WorkerContext) -> None:
    @huey.task(name="sync_account", priority=PRIORITY_SYNC, context=True)  # type: ignore[untyped-decorator]
    def sync_account(
        account_id: Any,
        from_date: Any = None,
        token: str | None = None,
        full: bool = False,
        attempt: int = 0,
        task: Any = None,
    ) -> None:
        _run_sync(ctx, task, account_id, from_date, token, bool(full), int(attempt or 0))

    @huey.task(name="sync_all", priority=PRIORITY_SYNC_ALL)  # type: ignore[untyped-decorator]
    def sync_all(full: bool = False) -> None:
        from permoney_desktop.services import materialize

        if full:
            for acct in materialize_account_ids(ctx):
                request_sync(ctx, acct, full=True)
            return
        owed = set(coalesce.dirty_accounts(huey))
        for acct in materialize.pending_accounts(ctx.ledger):
            request_sync(ctx, acct)
            owed.discard(acct)
        for acct in owed:  # asked for in the queue file but not (yet) pending in the book
            request_sync(ctx, acct)

    @huey.task(name="refresh_metrics", priority=PRIORITY_METRICS)  # type: ignore[untyped-decorator]
    def refresh_metrics(dates: Any = None, token: str | None = None) -> None:
        try:
            given = _days(dates)
        except BadPayloadError as exc:
            _discard(ctx, "refresh_metrics", str(exc))
            return
        if given:
            coalesce.add_metric_dates(huey, given)
        if not coalesce.is_latest(huey, coalesce.METRICS_TOKEN_KEY, token):
            ctx.monitor.mark_current(SUPERSEDED)
            return
        if ctx.hooks.refresh_metrics is not None:
            verdict = _await_quiet(ctx, token)
            if verdict != "go":
                ctx.monitor.mark_current(verdict)
                if verdict == REQUEUED:  # syncs outrank us: go back behind them, dates kept
                    ctx.tasks["refresh_metrics"](token=token)
                return
        # One refresh at a time here: a second one would wait for the book's metrics lock on
        # a worker thread, and with both threads taken an edit's sync waited a second. Its
        # dates stay queued; the running refresh asks for another run when it ends.
        if not ctx.refresh_lock.acquire(blocking=False):
            ctx.monitor.mark_current(SUPERSEDED)
            return
        try:
            _refresh_once(ctx)
        finally:
            ctx.refresh_lock.release()
        # (After a failure its dates wait for the next request instead: no retry loop.)
        if coalesce.metric_dates_waiting(huey):
            request_metrics(ctx, [])

    ctx.tasks.update(sync_account=sync_account, sync_all=sync_all, refresh_metrics=refresh_metrics)


def _refresh_once(ctx: WorkerContext) -> None:
    days, full = coalesce.pop_metric_dates(ctx.huey)
    hook = ctx.hooks.refresh_metrics
    if hook is None or not (days or full):
        return
    try:
        periods = hook(ctx, days, full)
    except StepAside:
        coalesce.add_metric_dates(ctx.huey, None if full else days)
        ctx.monitor.mark_current(SUPERSEDED, "stepped aside for a newer edit")
        return
    except Exception:
        # Keep the dates for the next refresh; the error itself is recorded by the monitor.
        coalesce.add_metric_dates(ctx.huey, None if full else days)
        raise
    if periods:
        ctx.events.publish(events.METRICS_UPDATED, list(periods))


def _await_quiet(ctx: WorkerContext, token: str | None) -> str:
    """Wait until syncs have been quiet for a moment: "go", or why not (superseded/requeued).

    Never holds a worker thread while a sync waits for one: a queued sync request, or a
    newer refresh request, ends the wait at once.
    """
    deadline = time.monotonic() + METRICS_YIELD_S
    while True:
        if not coalesce.is_latest(ctx.huey, coalesce.METRICS_TOKEN_KEY, token):
            return SUPERSEDED
        if coalesce.syncs_requested(ctx.huey, DIRTY_RECENT_S):
            time.sleep(0.01)  # let the sync's worker take it before we are queued again
            return REQUEUED
        if ctx.sync_gate.quiet(METRICS_SETTLE_S):
            return "go"
        if time.monotonic() >= deadline:
            return REQUEUED
        ctx.sync_gate.pause(0.02)


def materialize_account_ids(ctx: WorkerContext) -> list[AccountId]:
    from sqlalchemy import select

    from permoney_desktop.store.schema import AccountRow

    with ctx.ledger.book.reading() as session:
        return [
            AccountId(i) for i in session.scalars(select(AccountRow.id).order_by(AccountRow.id))
        ]
