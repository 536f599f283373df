"""Periodic upkeep: hourly full metrics, 5-minute health checks, stale claim cleanup.

The helpers here also serve start-up (``cleanup(at_start=True)`` before the consumer runs) and
``permoney health`` (``collect_report``), so the same rules apply everywhere.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from huey import crontab

from permoney_desktop.worker import claims, events, presence
from permoney_desktop.worker.monitor import HealthReport, JobMonitor
from permoney_desktop.worker.queue import ENQUEUED_AT, PRIORITY_MAINTENANCE, PermoneyHuey

if TYPE_CHECKING:
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.worker.context import WorkerContext

log = logging.getLogger(__name__)

OLDEST_SCAN_LIMIT = 500


@dataclass(frozen=True)
class QueueFigures:
    depth: int
    scheduled: int
    oldest_wait_s: float | None


def queue_figures(huey: PermoneyHuey) -> QueueFigures:
    """Tasks waiting, tasks scheduled for later, and how long the oldest has waited."""
    depth = int(huey.pending_count())
    scheduled = int(huey.scheduled_count())
    found = [
        kwargs.get(ENQUEUED_AT)
        for kwargs in (_queued_kwargs(huey) if depth else [])
        if isinstance(kwargs, dict)
    ]
    stamps: list[float] = [float(s) for s in found if isinstance(s, int | float)]
    oldest = max(0.0, time.time() - min(stamps)) if stamps else None
    return QueueFigures(depth, scheduled, oldest)


def _queued_kwargs(huey: PermoneyHuey) -> list[Any]:
    """The keyword arguments of the oldest queued messages, read without the task registry:
    a process that registered no tasks (``permoney health``) took every message for an
    unreadable one and said it "discarded" it."""
    found = []
    for data in huey.storage.enqueued_items(OLDEST_SCAN_LIMIT):
        try:
            found.append(huey.serializer.deserialize(data).kwargs)
        except Exception:  # an unreadable message has no age to tell
            continue
    return found


def live_owners(huey: PermoneyHuey, own_id: str | None = None) -> set[str]:
    """Consumers with a fresh heartbeat (and this one): owners whose claims are live."""
    alive = {str(r.get("id")) for r in presence.live_consumers(huey)}
    if own_id is not None:
        alive.add(own_id)
    return alive


def stale_claims(ledger: Ledger, huey: PermoneyHuey, own_id: str | None = None) -> int:
    """Claimed syncs rows whose owner is gone or whose lease ran out (taken over on the
    next claim or cleanup)."""
    held = claims.held_claims(ledger)
    if not held:
        return 0
    owners = live_owners(huey, own_id)
    if ledger.book.shared:  # other machines' holders: the lease alone decides (release_dead)
        owners = {c.owner for c in held if c.owner is not None}
    return len(claims.stale_claims(held, owners, claims.book_now(ledger)))


@dataclass(frozen=True)
class CleanupResult:
    claims_released: int
    accounts_pending: int


def cleanup(ctx: WorkerContext, *, at_start: bool = False) -> CleanupResult:
    """Release claims of consumers that are gone (or past their lease), and wake a consumer
    when the book holds pending syncs: a lost queue file, a failed enqueue or a crash costs
    nothing, because the book's syncs table is the record of the work."""
    huey = ctx.huey
    now = claims.book_now(ctx.ledger)
    released = claims.release_dead(ctx.ledger, now, live_owners(huey, ctx.consumer_id))
    if released:
        log.warning("took over %d sync claim(s) of a consumer that is gone", released)
    presence.forget_dead(huey)
    pending = claims.pending_accounts(ctx.ledger)
    if pending:
        from permoney_desktop.worker.sync_tasks import wake

        wake(ctx, pending)
        if at_start:
            log.info("woke the worker for %d pending account(s)", len(pending))
    return CleanupResult(released, len(pending))


def collect_report(
    huey: PermoneyHuey,
    monitor: JobMonitor,
    *,
    ctx: WorkerContext | None = None,
    ledger: Ledger | None = None,
    own_id: str | None = None,
    running: list[dict[str, Any]] | None = None,
    extra: dict[str, float | None] | None = None,
) -> HealthReport:
    """Queue figures + monitor figures + extra figures (given, and from hooks), judged by the
    thresholds."""
    figures = queue_figures(huey)
    extra = dict(extra or {})
    book = ledger if ledger is not None else (ctx.ledger if ctx is not None else None)
    if ctx is not None:
        for hook in ctx.hooks.health_figures:
            try:
                extra.update(hook(ctx))
            except Exception:
                log.exception("a health figures hook failed")
    return monitor.report(
        queue_depth=figures.depth,
        scheduled=figures.scheduled,
        oldest_wait_s=figures.oldest_wait_s,
        stale_locks=0 if book is None else stale_claims(book, huey, own_id),
        running=running,
        extra_figures=extra,
    )


def register(huey: PermoneyHuey, ctx: WorkerContext) -> None:
    @huey.periodic_task(  # type: ignore[untyped-decorator]
        crontab(minute="5"), priority=PRIORITY_MAINTENANCE, name="full_metrics"
    )
    def full_metrics() -> None:
        hook = ctx.hooks.full_metrics
        if hook is None:
            return
        periods = hook(ctx)
        if periods:
            ctx.events.publish(events.METRICS_UPDATED, list(periods))

    @huey.periodic_task(  # type: ignore[untyped-decorator]
        crontab(minute="*/5"), priority=PRIORITY_MAINTENANCE, name="monitor_health"
    )
    def monitor_health() -> None:
        report = collect_report(huey, ctx.monitor, ctx=ctx, own_id=ctx.consumer_id)
        ctx.monitor.due_alerts(report.verdict)

    @huey.periodic_task(  # type: ignore[untyped-decorator]
        crontab(minute="*/5"), priority=PRIORITY_MAINTENANCE, name="cleanup_stale"
    )
    def cleanup_stale() -> None:
        cleanup(ctx)

    ctx.tasks.update(
        full_metrics=full_metrics, monitor_health=monitor_health, cleanup_stale=cleanup_stale
    )
