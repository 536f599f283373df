"""Account syncs and metric refreshes as Huey tasks: wake-ups that drain the book's syncs table.

* ``sync_account(account_ids)``: a wake-up. It claims pending accounts from the book (those in
  ``account_ids`` first) and recomputes them one by one until none is claimable (see
  ``claims.drain``); the ids are only an order, never state: everything it does comes from the
  syncs table, so a lost queue file loses nothing.
* ``refresh_metrics(dates)``: hand every date asked for since the last refresh to the metrics
  hook (dates of superseded requests are merged in the queue file, never dropped; see
  ``metric_dates`` for why those stay there).

Failure policy: SQLite busy/locked → the wake-up is retried with exponential backoff, 5
attempts in all (the account stays pending in the book either way); account gone or
unreadable arguments → discarded with a warning; anything else → the materializer marks the
sync failed with its error (it stays pending in the book, not claimed again by this wake-up),
the task reports ``sync_failed`` and the worker carries on with the next account.
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
from permoney_desktop.worker import book_clock, claims, events, metric_dates, presence
from permoney_desktop.worker.claims import Claim
from permoney_desktop.worker.context import StepAside
from permoney_desktop.worker.monitor import DISCARDED, FAILED, REQUEUED, SUPERSEDED
from permoney_desktop.worker.queue import (
    PRIORITY_METRICS,
    PRIORITY_SYNC,
    PermoneyHuey,
    sync_waiting,
)

if TYPE_CHECKING:
    from permoney_desktop.services.materialize import SyncOutcome
    from permoney_desktop.store.types import SqlConnection
    from permoney_desktop.worker.context import WorkerContext

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BACKOFF_BASE_S = 0.25  # 0.25, 0.5, 1, 2 s between the five attempts
METRICS_SETTLE_S = 0.2  # a refresh starts once syncs have been quiet this long
METRICS_YIELD_S = 2.0  # longest a refresh waits for quiet before going back in the queue
# "kept changing": a run outpaced by new writes to its account MAX_ROUNDS times in a row
# (a burst of edits on a loaded machine) is contention like a locked book. Its rows are
# pending again; without a retry nothing would wake a consumer for them until the next edit.
BUSY_WORDS = (
    "database is locked",
    "database is busy",
    "database table is locked",
    "kept changing",
)


class BadPayloadError(ValueError):
    """Task arguments that cannot be what the task expects."""


class BookBusyError(RuntimeError):
    """The book stayed locked: the wake-up is retried later (the rows stay in the book)."""


def _account_ids(value: Any) -> list[AccountId]:
    values = [value] if isinstance(value, int) else value
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise BadPayloadError(f"account ids {value!r} are not a list")
    out = []
    for item in values:
        if isinstance(item, bool) or not isinstance(item, int) or item <= 0:
            raise BadPayloadError(f"account id {item!r} is not a positive whole number")
        out.append(AccountId(item))
    return out


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


def wake(ctx: WorkerContext, account_ids: Iterable[int] = ()) -> None:
    """Enqueue a wake-up: a consumer claims what the book holds pending (``account_ids``
    first). Cheap enough for the GUI thread: one queue-file commit, no book access."""
    ctx.sync_gate.want()  # a metrics refresh running here steps aside at its next pause
    ctx.tasks["sync_account"](sorted({int(a) for a in account_ids}))


def request_sync(
    ctx: WorkerContext, account_id: int, from_date: date | None = None, *, full: bool = False
) -> None:
    """Have ``account_id`` recomputed: from ``from_date`` (or from the start with ``full``)
    recorded in the book first, else whatever it has pending; then wake a consumer."""
    if full or from_date is not None:
        claims.request(
            ctx.ledger, {account_id: None if full else from_date}, claims.book_now(ctx.ledger)
        )
    wake(ctx, [account_id])


def request_metrics(ctx: WorkerContext, dates: Iterable[date] | None) -> None:
    """Ask for the metric periods holding ``dates`` to be refreshed (None: all periods)."""
    huey = ctx.huey
    metric_dates.add(huey, None if dates is None else list(dates))
    token = metric_dates.set_token(huey, metric_dates.METRICS_TOKEN_KEY)
    ctx.tasks["refresh_metrics"](token=token)


def _is_busy_text(text: str | None) -> bool:
    return bool(text) and any(word in (text or "").lower() for word in BUSY_WORDS)


def _begin(ctx: WorkerContext, acct: AccountId) -> None:
    ctx.held.add(acct)
    ctx.sync_gate.enter()
    ctx.events.publish(events.SYNC_STARTED, acct)


def _end(ctx: WorkerContext, acct: AccountId) -> None:
    ctx.held.discard(acct)
    ctx.sync_gate.leave()


def run_claim(
    ctx: WorkerContext, claim: Claim, done: SyncOutcome | None = None, *, begun: bool = False
) -> bool:
    """Recompute one claimed account and report it; False when its run failed. ``begun``:
    the run began in the claim's own transaction (``_InClaim``), which made it already when
    ``done`` is given (then it is only reported here).

    Raises ``BookBusyError`` when the book stayed locked (the caller retries the wake-up).
    """
    from permoney_desktop.services import materialize

    acct = AccountId(claim.account_id)
    if not begun:
        _begin(ctx, acct)
    try:
        try:
            outcome = done or materialize.sync_account(ctx.ledger, acct, claimed=claim)
        except materialize.AccountGone:
            _discard(ctx, "sync_account", f"account {acct} no longer exists")
            return True
        except Exception as exc:
            # The run could not record its end: give the claim back (or leave it to the
            # next claim when even that fails) so the account is not stuck until the lease.
            try:
                claims.release(ctx.ledger, claim.sync_ids)
            except Exception:
                ctx.unreleased.update(claim.sync_ids)
            if is_busy_error(exc):
                raise BookBusyError(str(exc)) from exc
            ctx.events.publish(events.SYNC_FAILED, acct, f"{type(exc).__name__}: {exc}")
            raise
        if outcome.status == "failed":
            if _is_busy_text(outcome.error):
                raise BookBusyError(outcome.error or "book busy")
            ctx.monitor.mark_current(FAILED, outcome.error)
            ctx.events.publish(events.SYNC_FAILED, acct, outcome.error or "sync failed")
            return False
        ctx.events.publish(events.SYNC_COMPLETED, acct, outcome.version, outcome)
        if outcome.status == "completed" and ctx.hooks.refresh_metrics is not None:
            start = outcome.window_start
            request_metrics(ctx, None if start is None else [start])
        return True
    finally:
        _end(ctx, acct)


def drain(
    ctx: WorkerContext, first: Iterable[int] = (), *, clock: claims.Clock | None = None
) -> claims.DrainReport:
    """What a wake-up does, callable without a consumer (tests run it on their own thread).
    ``clock``: the book's (``book_clock.for_book``: a shared book's server clock, read once
    and counted on, not a round trip per claim) unless a test gives its own."""
    if clock is None:
        clock = book_clock.for_book(ctx.ledger)

    def give_back() -> list[int]:
        ids = sorted(ctx.unreleased)
        ctx.unreleased.difference_update(ids)
        return ids

    shared = ctx.ledger.book.shared
    in_claim = _InClaim(ctx)
    try:
        return claims.drain(
            ctx.ledger,
            ctx.consumer_id,
            in_claim.run,
            first=first,
            clock=clock,
            on_more=lambda: _help(ctx),
            give_back=give_back,
            live_owners=None if shared else (lambda: claim_owners(ctx)),
            sessions=shared,
            then=in_claim,
        )
    except BaseException as exc:
        in_claim.abandon(exc)
        raise


class _InClaim:
    """Runs that begin inside their claim's write transaction: a small one is made there
    whole (``materialize.sync_in_claim``: one transaction instead of three), reported once the
    claim committed; any other goes on after it, as before. Begun in the claim (the sync gate
    entered, ``SYNC_STARTED`` published) so a metrics refresh never starts beside it."""

    def __init__(self, ctx: WorkerContext) -> None:
        self.ctx = ctx
        self.begun: dict[tuple[int, ...], tuple[Claim, SyncOutcome | None]] = {}

    def __call__(self, conn: SqlConnection, batch: claims.ClaimBatch) -> None:
        from permoney_desktop.services import materialize

        for claim in batch.claims:
            _begin(self.ctx, AccountId(claim.account_id))
            self.begun[claim.sync_ids] = (claim, None)
            outcome = materialize.sync_in_claim(conn, claim, self.ctx.ledger.origin)
            self.begun[claim.sync_ids] = (claim, outcome)

    def run(self, claim: Claim) -> bool:
        begun = self.begun.pop(claim.sync_ids, None)
        if begun is None:
            return run_claim(self.ctx, claim)
        return run_claim(self.ctx, claim, begun[1], begun=True)

    def abandon(self, exc: BaseException) -> None:
        """The claim's transaction did not commit (its rows stay pending): the runs begun in
        it end here, failed unless the book was only busy (then the wake-up is retried)."""
        for claim, _outcome in self.begun.values():
            acct = AccountId(claim.account_id)
            _end(self.ctx, acct)
            if not is_busy_error(exc):
                self.ctx.events.publish(events.SYNC_FAILED, acct, f"{type(exc).__name__}: {exc}")
        self.begun.clear()


def claim_owners(ctx: WorkerContext) -> set[str]:
    """A book file's owners whose claims stay theirs (``presence.claim_owners``), and ours."""
    return presence.claim_owners(ctx.huey) | {ctx.consumer_id}


def _help(ctx: WorkerContext) -> None:
    """More accounts are claimable: a wake-up for a sibling thread, unless one waits already."""
    if not sync_waiting(ctx.huey):
        ctx.tasks["sync_account"]([])


def _run_wake(ctx: WorkerContext, task: Any, account_ids: Any, attempt: int) -> None:
    try:
        first = _account_ids(account_ids)
    except BadPayloadError as exc:
        _discard(ctx, "sync_account", str(exc))
        return
    try:
        report = drain(ctx, first)
    except BookBusyError as exc:
        _retry_busy(ctx, task, attempt, exc)
        return
    except Exception as exc:
        if not is_busy_error(exc):  # the claim itself met a locked book
            raise
        _retry_busy(ctx, task, attempt, exc)
        return
    if not report.claimed:
        ctx.monitor.mark_current(SUPERSEDED)  # an earlier wake-up took the work


def _retry_busy(ctx: WorkerContext, task: Any, attempt: int, exc: BaseException) -> None:
    # Nothing to keep: the accounts stay pending in the book for this retry or any wake-up.
    if attempt + 1 >= MAX_ATTEMPTS:
        message = f"book stayed locked through {MAX_ATTEMPTS} attempts"
        ctx.monitor.mark_current(FAILED, message)
        log.error("syncs gave up: %s (they stay pending in the book)", message)
        return
    delay = BACKOFF_BASE_S * 2**attempt
    log.info("book busy while syncing; retry %d in %.2f s", attempt + 1, delay)
    if task is not None:
        # Huey re-serializes the task's own kwargs for the retry, so the count travels with it.
        task.kwargs["attempt"] = attempt + 1
    raise RetryTask(delay=delay) from exc


def register(huey: PermoneyHuey, ctx: WorkerContext) -> None:
    @huey.task(name="sync_account", priority=PRIORITY_SYNC, context=True)  # type: ignore[untyped-decorator]
    def sync_account(
        account_ids: Any = (), *_old: Any, attempt: int = 0, task: Any = None, **_kw: Any
    ) -> None:
        # ``_old``/``_kw``: the arguments of requests queued by older versions (a date, a
        # token), whose state the book holds anyway.
        _run_wake(ctx, task, account_ids, int(attempt or 0))

    @huey.task(name="refresh_metrics", priority=PRIORITY_METRICS)  # type: ignore[untyped-decorator]
    def refresh_metrics(dates: Any = None, token: str | None = None) -> None:
        try:
            given = _days(dates)
        except BadPayloadError as exc:
            _discard(ctx, "refresh_metrics", str(exc))
            return
        if given:
            metric_dates.add(huey, given)
        if not metric_dates.is_latest(huey, metric_dates.METRICS_TOKEN_KEY, token):
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
        if metric_dates.waiting(huey):
            request_metrics(ctx, [])

    ctx.tasks.update(sync_account=sync_account, refresh_metrics=refresh_metrics)


def _refresh_once(ctx: WorkerContext) -> None:
    days, full = metric_dates.pop(ctx.huey)
    hook = ctx.hooks.refresh_metrics
    if hook is None or not (days or full):
        return
    try:
        periods = hook(ctx, days, full)
    except StepAside:
        metric_dates.add(ctx.huey, None if full else days)
        ctx.monitor.mark_current(SUPERSEDED, "stepped aside for a newer edit")
        return
    except Exception:
        # Keep the dates for the next refresh; the error itself is recorded by the monitor.
        metric_dates.add(ctx.huey, None if full else days)
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
        if not metric_dates.is_latest(ctx.huey, metric_dates.METRICS_TOKEN_KEY, token):
            return SUPERSEDED
        if sync_waiting(ctx.huey):
            time.sleep(0.01)  # let the sync's worker take it before we are queued again
            return REQUEUED
        if ctx.sync_gate.quiet(METRICS_SETTLE_S):
            return "go"
        if time.monotonic() >= deadline:
            return REQUEUED
        ctx.sync_gate.pause(0.02)
