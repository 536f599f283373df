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
    try:
        from permoney_desktop.worker.runtime import Worker

        worker = Worker(ledger, threads=1, periodic=False)
    except Exception as exc:
        _warn(str(exc), changes)
        return
    try:
        if changes.dirty_from and sync_inline(worker, [int(a) for a in changes.dirty_from]):
            return
        if not worker.enqueue_changes(changes):
            _warn("see the log", changes)
    finally:
        worker.close()


def sync_inline(worker: Worker, touched: list[int]) -> bool:
    """Recompute ``touched`` here when no consumer is alive; False when it did not (all)."""
    from permoney_desktop.worker import presence

    if presence.live_consumers(worker.huey):
        return False
    presence.beat(worker.huey, worker.consumer_id, {"threads": 1, "paused": False, "running": []})
    try:
        return _claim_and_run(worker, touched)
    except Exception:
        log.exception("inline balance update failed; the accounts stay pending")
        return False
    finally:
        presence.forget(worker.huey, worker.consumer_id)


def _claim_and_run(worker: Worker, touched: list[int]) -> bool:
    from permoney_desktop.worker import claims
    from permoney_desktop.worker.sync_tasks import run_claim

    ledger = worker.ledger
    others = set(claims.account_ids(ledger)) - set(touched)
    done: set[int] = set()
    failed: set[int] = set()
    while True:
        batch = claims.claim_next(
            ledger,
            worker.consumer_id,
            claims.book_now(ledger),
            first=touched,
            skip=others | done | failed,
        )
        if not batch.claims:
            # Nothing of ours left claimable: all done, or held by a consumer that started
            # meanwhile (it finishes them).
            return not failed
        for claim in batch.claims:
            (done if run_claim(worker.ctx, claim) else failed).add(claim.account_id)


def _warn(reason: str, changes: Changes) -> None:
    if changes.dirty_from:
        print(
            f"permoney: warning: could not queue the balance update ({reason}); it stays "
            "pending and runs with: permoney sync --wait",
            file=sys.stderr,
        )
