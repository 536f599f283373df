"""Budget figures in the worker: one month computed and cached with its inputs' stamp, then
published (``budget_updated``) so the GUI can confirm the figures it showed optimistically.

Asked for by the GUI after a budget edit (``budget_month``), and after every metrics refresh
or full calculation for the current month (entries changed what was spent), so the cache the
dashboard reads holds this month for the book's current inputs."""

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
    _after_metrics(ctx)


def _current_month(ctx: WorkerContext) -> None:
    try:
        compute(ctx, date.today().replace(day=1))
    except Exception:  # the metrics succeeded; the budget month is computed on the next ask
        log.exception("the current budget month could not be computed")


def _after_metrics(ctx: WorkerContext) -> None:
    """Chain the current month's budget after the metrics hooks installed before this module
    (``TASK_MODULES`` order)."""
    refresh, full = ctx.hooks.refresh_metrics, ctx.hooks.full_metrics
    if refresh is not None:

        def refresh_then_budget(c: WorkerContext, dates: list[date], every: bool) -> Any:
            out = refresh(c, dates, every)
            _current_month(c)
            return out

        ctx.hooks.refresh_metrics = refresh_then_budget
    if full is not None:

        def full_then_budget(c: WorkerContext) -> Any:
            out = full(c)
            _current_month(c)
            return out

        ctx.hooks.full_metrics = full_then_budget


def request(ctx: WorkerContext, month: date) -> Any:
    """Queue one month's computation (the GUI's confirmation of an edit)."""
    return ctx.tasks["budget_month"](month.replace(day=1).isoformat())
