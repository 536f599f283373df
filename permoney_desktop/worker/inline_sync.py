"""A CLI write's own balance update, without Huey: claim, recompute, release, as a worker does.

``cli.write_sync`` runs this first. When no consumer is alive (their heartbeats are in the
queue file's side tables), this process registers a heartbeat as one, claims the written
accounts' pending ``syncs`` rows (``worker.claims``: one write transaction each, so a worker
starting meanwhile sees them held by a live owner), recomputes them with
``services.materialize`` and leaves the changed dates for the next metrics refresh. Reading
and writing the side tables takes a plain connection (``store.queue_tables.PlainQueueFile``):
loading Huey (and Redis, which Huey loads when installed) would cost more than the write.
With a consumer alive it does nothing and says so; the caller then wakes that consumer.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from permoney_desktop.domain.ids import AccountId
from permoney_desktop.platform.paths import ensure_derived_dir, make_private_file
from permoney_desktop.services import materialize
from permoney_desktop.store import queue_tables
from permoney_desktop.worker import claims, presence

if TYPE_CHECKING:
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.store.sync_queries import Claim

log = logging.getLogger(__name__)

# What a claim's run reports: True when done (or nothing left to do), False when it failed.
RunClaim = Callable[["Claim"], bool]


def claim_and_run(ledger: Ledger, owner: str, touched: list[int], run: RunClaim) -> bool:
    """Claim ``touched`` accounts' pending rows one account at a time and ``run`` each; False
    when a run failed. Accounts held by a consumer that started meanwhile are left to it.

    On a shared book ``owner`` holds its claim session (``store.claim_sessions``) throughout,
    as a worker does: without it every worker took the claims for a dead owner's and gave
    them back while this process was still recomputing them."""
    session = claims.open_session(ledger, owner)
    try:
        others = set(claims.account_ids(ledger)) - set(touched)
        done: set[int] = set()
        failed: set[int] = set()
        while True:
            batch = claims.claim_next(
                ledger, owner, claims.book_now(ledger), first=touched, skip=others | done | failed
            )
            if not batch.claims:
                return not failed
            for claim in batch.claims:
                (done if run(claim) else failed).add(claim.account_id)
    finally:
        if session is not None:
            session.close()


def sync_here(ledger: Ledger, touched: list[int]) -> bool | None:
    """Recompute ``touched`` in this process; None when a consumer is alive (wake it
    instead), False when something is left pending, True when all is up to date."""
    path = ledger.paths.queue
    ensure_derived_dir(path.parent)
    side = queue_tables.PlainQueueFile(path)
    try:
        make_private_file(path)
        if presence.live_consumers(side):
            return None
        owner = os.urandom(6).hex()  # as a worker's consumer id: 12 random hex digits
        presence.beat(side, owner, {"threads": 1, "paused": False, "running": []})
        starts: list[date | None] = []
        try:
            ok = claim_and_run(ledger, owner, touched, lambda c: _run(ledger, c, starts))
        except Exception:
            log.exception("inline balance update failed; the accounts stay pending")
            ok = False
        finally:
            presence.forget(side, owner)
        _note_metric_dates(side, starts)
        return ok
    finally:
        side.close()


def _run(ledger: Ledger, claim: Claim, starts: list[date | None]) -> bool:
    """One claimed account recomputed (``worker.sync_tasks.run_claim`` without the events
    and the monitor, which nobody watches in a CLI process)."""
    try:
        outcome = materialize.sync_account(ledger, AccountId(claim.account_id), claimed=claim)
    except materialize.AccountGone:
        return True
    except Exception:
        log.exception("balance update of account %s failed", claim.account_id)
        try:
            claims.release(ledger, claim.sync_ids)
        except Exception:
            log.exception("could not give the claim back; it expires with its lease")
        return False
    if outcome.status == "failed":
        return False
    if outcome.status == "completed":
        starts.append(outcome.window_start)
    return True


def _note_metric_dates(side: queue_tables.PlainQueueFile, starts: list[date | None]) -> None:
    """Leave the recomputed dates for the next metrics refresh, as a worker's sync does
    (``worker.metric_dates``; no start date means every period)."""
    if not starts:
        return
    from permoney_desktop.worker import metric_dates

    try:
        metric_dates.add(side, None if None in starts else [d for d in starts if d])
    except Exception:
        log.exception("could not note the dates for the metrics refresh")
