"""Budget figures in the worker: one month computed and cached with its inputs' stamp, then
published (``budget_updated``) so the GUI can confirm the figures it showed optimistically."""

from __future__ import annotations

import logging
import time
from datetime import date
from typing import TYPE_CHECKING, Any

from permoney_desktop.worker.queue import PRIORITY_MAINTENANCE, PermoneyHuey

if TYPE_CHECKING:
    from permoney_desktop.worker.context import WorkerContext

log = logging.getLogger(__name__)


def compute(ctx: WorkerContext, month: date) -> Any:
    """Compute, cache and publish one month; returns the ``BudgetMonth``."""
    from permoney_desktop.services import budget_cache
    from permoney_desktop.worker import events
    from permoney_desktop.worker.metrics_tasks import cache_of

    started = time.perf_counter()
    result = budget_cache.store_month(
        ctx.ledger, cache_of(ctx), month, pause=ctx.sync_gate.yield_to_syncs
    )
    ctx.events.publish(events.BUDGET_UPDATED, month, result.stamp, result.figures)
    log.debug("budget %s computed in %.0f ms", month, (time.perf_counter() - started) * 1000)
    return result


def register(huey: PermoneyHuey, ctx: WorkerContext) -> None:
    @huey.task(name="budget_month", priority=PRIORITY_MAINTENANCE)  # type: ignore[untyped-decorator]
    def budget_month(month: str) -> None:
        compute(ctx, date.fromisoformat(month))

    ctx.tasks.update(budget_month=budget_month)


def request(ctx: WorkerContext, month: date) -> Any:
    """Queue one month's computation (the GUI's confirmation of an edit)."""
    return ctx.tasks["budget_month"](month.replace(day=1).isoformat())
