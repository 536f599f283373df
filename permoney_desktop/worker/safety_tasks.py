"""The worker's book-safety task: today's automatic backup and the daily integrity check.

It runs every few minutes but does work only when something is due (one backup a day, one
check a day), so the first run after the app opens a book takes that day's backup.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from huey import crontab

from permoney_desktop.services import book_safety
from permoney_desktop.worker.queue import PRIORITY_MAINTENANCE

if TYPE_CHECKING:
    from permoney_desktop.worker.context import WorkerContext
    from permoney_desktop.worker.queue import PermoneyHuey

log = logging.getLogger(__name__)


def register(huey: PermoneyHuey, ctx: WorkerContext) -> None:
    @huey.periodic_task(  # type: ignore[untyped-decorator]
        crontab(minute="*/10"), priority=PRIORITY_MAINTENANCE, name="book_safety"
    )
    def book_safety_run() -> None:
        try:
            book_safety.run_due(ctx.ledger)
        except Exception:
            log.exception("the daily book safety run failed")

    ctx.tasks.update(book_safety=book_safety_run)
