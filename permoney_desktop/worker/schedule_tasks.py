"""The worker's schedule catch-up: posts every due scheduled occurrence, once a day or more.

A periodic task looks every ten minutes and writes only when something is due (a posting
schedule whose catch-up has not run today), so the day's occurrences are posted shortly after
midnight while the worker runs. ``schedule_catch_up`` is also enqueued when ``permoney worker``
starts. Exactly once holds whatever else runs the catch-up at the same time (the app at start,
``permoney schedule run``): see ``services/schedule_posting.py``.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from huey import crontab

from permoney_desktop.services import schedule_posting
from permoney_desktop.worker.queue import PRIORITY_MAINTENANCE

if TYPE_CHECKING:
    from permoney_desktop.worker.context import WorkerContext
    from permoney_desktop.worker.queue import PermoneyHuey

log = logging.getLogger(__name__)


def catch_up(ctx: WorkerContext, today: date | None = None) -> int:
    """Post what is due (when anything is) and wake the syncs of the accounts it touched;
    returns how many occurrences were posted."""
    today = today or date.today()
    if not schedule_posting.due_now(ctx.ledger, today):
        return 0
    result = schedule_posting.run_due(ctx.ledger, today)
    if result.changes.dirty_from:
        from permoney_desktop.worker.sync_tasks import wake

        wake(ctx, result.changes.dirty_from)
    if result.posted:
        log.info("posted %d scheduled transaction(s)", len(result.posted))
    return len(result.posted)


def register(huey: PermoneyHuey, ctx: WorkerContext) -> None:
    @huey.task(priority=PRIORITY_MAINTENANCE, name="schedule_catch_up")  # type: ignore[untyped-decorator]
    def schedule_catch_up() -> None:
        try:
            catch_up(ctx)
        except Exception:
            log.exception("the scheduled-transaction catch-up failed")

    @huey.periodic_task(  # type: ignore[untyped-decorator]
        crontab(minute="*/10"), priority=PRIORITY_MAINTENANCE, name="schedule_catch_up_daily"
    )
    def schedule_catch_up_daily() -> None:
        try:
            catch_up(ctx)
        except Exception:
            log.exception("the scheduled-transaction catch-up failed")

    ctx.tasks.update(
        schedule_catch_up=schedule_catch_up, schedule_catch_up_daily=schedule_catch_up_daily
    )
