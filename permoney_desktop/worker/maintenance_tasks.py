"""Periodic upkeep: hourly full metrics, 5-minute health checks, stale lock and sync cleanup.

The helpers here also serve start-up (``cleanup(at_start=True)`` before the consumer runs) and
``permoney health`` (``collect_report``), so the same rules apply everywhere.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from huey import crontab

from permoney_desktop.worker import coalesce, events, presence
from permoney_desktop.worker.monitor import HealthReport, JobMonitor
from permoney_desktop.worker.queue import ENQUEUED_AT, PRIORITY_MAINTENANCE, PermoneyHuey

if TYPE_CHECKING:
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
    stamps = [
        t.kwargs.get(ENQUEUED_AT)
        for t in (huey.pending(limit=OLDEST_SCAN_LIMIT) if depth else [])
        if t is not None and isinstance(getattr(t, "kwargs", None), dict)
    ]
    stamps = [s for s in stamps if isinstance(s, int | float)]
    oldest = max(0.0, time.time() - min(stamps)) if stamps else None
    return QueueFigures(depth, scheduled, oldest)


def stale_locks(huey: PermoneyHuey, own_id: str | None = None) -> list[coalesce.HeldLock]:
    """Locks whose owner is neither this consumer nor any live one."""
    alive = {str(r.get("id")) for r in presence.live_consumers(huey)}
    if own_id is not None:
        alive.add(own_id)
    return [lock for lock in coalesce.held_locks(huey) if lock.owner not in alive]


@dataclass(frozen=True)
class CleanupResult:
    locks_cleared: int
    syncs_recovered: int
    accounts_requested: int


def cleanup(ctx: WorkerContext, *, at_start: bool = False) -> CleanupResult:
    """Clear stale locks, reset syncs a crash left 'syncing', and re-request pending accounts.

    Interrupted syncs are only reset when no live consumer holds an account lock (so no sync
    runs anywhere); a request whose enqueue failed is picked up from the book's syncs table.
    """
    from permoney_desktop.services import materialize
    from permoney_desktop.worker.sync_tasks import request_sync

    huey = ctx.huey
    cleared = 0
    for lock in stale_locks(huey, ctx.consumer_id):
        if coalesce.clear_lock(huey, lock.key):
            cleared += 1
            log.warning("cleared stale lock %s (owner %s is gone)", lock.key, lock.owner)
    presence.forget_dead(huey)
    recovered = 0
    if not coalesce.held_locks(huey):
        recovered = materialize.recover_interrupted(ctx.ledger)
        if recovered:
            log.warning("reset %d interrupted sync(s) to pending", recovered)
    pending = materialize.pending_accounts(ctx.ledger)
    owed = coalesce.dirty_accounts(huey)
    accounts = set(pending) | set(owed)
    for acct in sorted(accounts):
        request_sync(ctx, acct)
    if at_start and accounts:
        log.info("requested syncs for %d pending account(s)", len(accounts))
    return CleanupResult(cleared, recovered, len(accounts))


def collect_report(
    huey: PermoneyHuey,
    monitor: JobMonitor,
    *,
    ctx: WorkerContext | None = None,
    own_id: str | None = None,
    running: list[dict[str, Any]] | None = None,
    extra: dict[str, float | None] | None = None,
) -> HealthReport:
    """Queue figures + monitor figures + extra figures (given, and from hooks), judged by the
    thresholds."""
    figures = queue_figures(huey)
    extra = dict(extra or {})
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
        stale_locks=len(stale_locks(huey, own_id)),
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
