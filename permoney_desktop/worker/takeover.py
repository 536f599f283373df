"""Prompt takeover: a worker's claim session on a shared book, and its idle poll for work.

Two gaps a wake-up queue leaves: a worker SIGKILLed mid-sync takes its wake-up with it, so
its claimed account waits for the lease and the next cleanup; and without Redis, a worker
on another machine hears of nobody's writes but its own machine's. So the heartbeat thread
calls ``ClaimWatch.tick`` every beat:

* On a shared book it keeps the worker's ``store.claim_sessions`` session open (and opens a
  new one after a server restart), so the worker's claims count as live while it lives and
  die with it.
* While the worker is idle, every ``POLL_EVERY_S`` it reads one ``work_mark``: a stale claim
  (its holder's session ended, its heartbeat's process is gone, or its lease ran out) or,
  on a shared book, any pending row (another machine's write without Redis, or a wake-up
  lost with Redis or a server restart), wakes a consumer here. Claims of its own
  while idle (a run that could not give them back) are made pending again first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING

from permoney_desktop.worker import claims

if TYPE_CHECKING:
    from permoney_desktop.store.claim_sessions import OwnerSession
    from permoney_desktop.worker.context import WorkerContext

log = logging.getLogger(__name__)

POLL_EVERY_S = 2.0


class ClaimWatch:
    """One worker's session and idle poll (``tick`` from its heartbeat thread only)."""

    def __init__(self, ctx: WorkerContext, *, poll_pending: bool) -> None:
        self.ctx = ctx
        self.poll_pending = poll_pending
        self._session: OwnerSession | None = None
        self._last_poll: float | None = None

    @property
    def has_session(self) -> bool:
        return self._session is not None

    def keep_session(self) -> None:
        """Open the claim session when there is none or it died; never raises (a server
        that cannot be reached is tried again at the next beat)."""
        if not self.ctx.ledger.book.shared:
            return
        if self._session is not None:
            if self._session.alive():
                return
            self._session.close()
            self._session = None
        try:
            self._session = claims.open_session(self.ctx.ledger, self.ctx.consumer_id)
        except Exception as exc:
            log.warning("could not open the worker's claim session: %s", type(exc).__name__)

    def tick(
        self,
        now: float,
        *,
        idle: bool,
        still_idle: Callable[[], AbstractContextManager[bool]] | None = None,
    ) -> bool:
        """One beat (``now``: monotonic seconds); True when it woke a consumer.
        ``still_idle``: whether the worker is idle, kept so while the block runs (no thread
        takes a task meanwhile); without it ``idle`` is trusted throughout."""
        self.keep_session()
        if not idle or (self._last_poll is not None and now - self._last_poll < POLL_EVERY_S):
            return False
        self._last_poll = now
        shared = self.ctx.ledger.book.shared
        try:
            # Our own claims while idle are leftovers of a run that could not give them back
            # (the server restarting under it): nobody else takes them while we live. Checked
            # and given back while no thread can start a task: one that claimed between the
            # check and the release had its live claim given back (computed twice).
            with nullcontext(idle) if still_idle is None else still_idle() as quiet:
                leftovers = (
                    claims.release_leftovers(self.ctx.ledger, self.ctx.consumer_id) if quiet else 0
                )
            mark = claims.work_mark(
                self.ctx.ledger,
                claims.book_now(self.ctx.ledger),
                live_owners=None if shared else self._owners(),
                sessions=shared,
            )
        except Exception as exc:  # a server away: the next poll asks again
            log.info("idle poll of the syncs failed: %s", type(exc).__name__)
            return False
        # Any pending row while idle is work nobody woke us for (a failed run's rows are
        # 'failed', not pending, so this does not spin on them).
        fresh = self.poll_pending and mark.newest_pending > 0
        if not (mark.stale_claims or fresh or leftovers):
            return False
        from permoney_desktop.worker.sync_tasks import wake

        wake(self.ctx)
        return True

    def _owners(self) -> Collection[str]:
        from permoney_desktop.worker.sync_tasks import claim_owners

        return claim_owners(self.ctx)

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None
