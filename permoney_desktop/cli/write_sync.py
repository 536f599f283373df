"""After a CLI write: bring the touched accounts up to date here when no app or worker runs.

The write left one pending row per dirtied account in the book's ``syncs`` table (the durable
record). With a live consumer (the app, ``permoney worker``) we only wake it. With none, this
process registers a heartbeat as a consumer, claims those accounts' rows the way a worker
does (``worker.claims``: one write transaction each, so a worker starting meanwhile sees
them held by a live owner and does not compute them twice), recomputes them inline and
forgets its heartbeat. Anything it could not finish stays pending for the next worker.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from permoney_desktop.worker import inline_sync

if TYPE_CHECKING:
    from permoney_desktop.domain.changes import Changes
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.worker.runtime import Worker

log = logging.getLogger(__name__)


def after_write(ledger: Ledger, changes: Changes) -> None:
    """Sync the write's accounts inline when nobody else will, else queue the wake-up.

    If neither works, the write still stands: its accounts stay pending in the book's syncs
    table and the next worker start or ``permoney sync`` picks them up.
    """
    if not changes.kinds and not changes.dirty_from:
        return
    touched = [int(a) for a in changes.dirty_from]
    tried = False
    if touched and not ledger.book.shared:
        # Without Huey first (``worker.inline_sync``): only a live consumer to wake, or work
        # left over, needs the queue below.
        tried = True
        try:
            if inline_sync.sync_here(ledger, touched):
                return
        except Exception:
            log.exception("inline balance update failed; the accounts stay pending")
    ledger.book.end_stdlib()  # the worker's set-up reads settings through the ORM
    try:
        from permoney_desktop.worker.runtime import Worker

        worker = Worker(ledger, threads=1, periodic=False)
    except Exception as exc:
        _warn(str(exc), changes)
        return
    try:
        if touched and not tried and sync_inline(worker, touched):
            return
        if not worker.enqueue_changes(changes):
            _warn("see the log", changes)
    finally:
        worker.close()


def sync_inline(worker: Worker, touched: list[int]) -> bool:
    """Recompute ``touched`` here when no consumer is alive; False when it did not (all).
    (A shared book's path: its queue may be on Redis.)"""
    from permoney_desktop.worker import presence
    from permoney_desktop.worker.sync_tasks import run_claim

    if presence.live_consumers(worker.huey):
        return False
    presence.beat(worker.huey, worker.consumer_id, {"threads": 1, "paused": False, "running": []})
    try:
        return inline_sync.claim_and_run(
            worker.ledger, worker.consumer_id, touched, lambda claim: run_claim(worker.ctx, claim)
        )
    except Exception:
        log.exception("inline balance update failed; the accounts stay pending")
        return False
    finally:
        presence.forget(worker.huey, worker.consumer_id)


def _warn(reason: str, changes: Changes) -> None:
    if changes.dirty_from:
        print(
            f"permoney: warning: could not queue the balance update ({reason}); it stays "
            "pending and runs with: permoney sync --wait",
            file=sys.stderr,
        )
