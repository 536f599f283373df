"""Claiming the book's pending syncs: plain functions over the ledger, clock injected, no threads.

The book's ``syncs`` table is the one record of what must be recomputed and from which date
(see ``store.sync_queries``); the queue file only carries wake-ups. ``drain`` is what a
wake-up does: claim one account's pending rows (one write transaction), recompute it, claim
the next, until nothing claimable is left. It takes the recomputation as a callable, so the
claim and coalescing logic is tested without a consumer, a queue or a thread.

Why one account per claim: a second consumer thread (or process) claims the next account
meanwhile (``on_more`` asks for it), and an account whose claim is held elsewhere stays
pending for that holder, which claims again after it finished. Nothing is lost either way: a
write that lands while an account is recomputed leaves a pending row, which the running sync
folds in when the account's data version moved before its commit (``services.materialize``),
or which the holder's next claim takes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from permoney_desktop.store import sync_queries as sq
from permoney_desktop.store.sync_queries import Claim, ClaimBatch

if TYPE_CHECKING:
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.store.claim_sessions import OwnerSession
    from permoney_desktop.store.types import SqlConnection

__all__ = ["LEASE_S", "RENEW_EVERY_S", "Claim", "ClaimBatch", "Clock", "drain", "utc_now"]

# A claim neither made nor renewed for this long belongs to a consumer that died: taken over.
# A running consumer renews its claims every ``RENEW_EVERY_S`` (the heartbeat thread), so a
# long rebuild is never taken over while it runs.
LEASE_S = 60.0
RENEW_EVERY_S = 10.0

Clock = Callable[[], datetime]
# Work done inside a claim's write transaction (``worker.sync_tasks``: a small sync).
InClaim = Callable[["SqlConnection", ClaimBatch], None]
T = TypeVar("T")


def utc_now() -> datetime:
    """Now as the syncs table stores times: naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def book_now(ledger: Ledger) -> datetime:
    """Now by the book's clock, naive UTC: the database server's for a shared book, whose
    claims are stamped and judged stale by workers on machines whose clocks drift apart;
    this machine's for a book file."""
    if not ledger.book.shared:
        return utc_now()
    return _read(ledger, sq.server_now)


def _write(ledger: Ledger, fn: Callable[[SqlConnection], T]) -> T:
    # The write engine begins IMMEDIATE: a claim's read and update see one state.
    with ledger.book.write_engine.connect() as conn, conn.begin():
        return fn(conn)


def _read(ledger: Ledger, fn: Callable[[SqlConnection], T]) -> T:
    with ledger.book.read_engine.connect() as conn, conn.begin():
        return fn(conn)


def claim_next(
    ledger: Ledger,
    owner: str,
    now: datetime,
    *,
    first: Iterable[int] = (),
    skip: Collection[int] = (),
    give_back: Collection[int] = (),
    live_owners: Collection[str] | None = None,
    sessions: bool = False,
    then: InClaim | None = None,
) -> ClaimBatch:
    """Claim the next account's pending rows for ``owner`` (an empty batch when none is).

    Without ``first`` ids, and with nothing pending and no stale claim, this is one read and
    no write transaction (a wake-up whose work an earlier one already took); with them (a
    write's own wake-up, work most likely there) the claim goes straight to its transaction.
    ``give_back``: rows of a run that could not release them itself (a locked book), made
    pending again first. ``live_owners`` (a book file: the owners with a live heartbeat) and
    ``sessions`` (a shared book: owners holding their ``store.claim_sessions`` lock) let a
    dead holder's claim be taken over here and now, not only once its lease ran out.
    ``then(conn, batch)``: work done in the claim's own transaction, committed with it.
    """
    hint = list(first)
    if (
        not give_back
        and not hint
        and not _read(
            ledger,
            lambda c: sq.has_claimable(c, now, LEASE_S, live_owners=live_owners, sessions=sessions),
        )
    ):
        return ClaimBatch((), False)

    def claim(conn: SqlConnection) -> ClaimBatch:
        sq.release(conn, give_back)
        batch = sq.claim(
            conn,
            owner,
            now,
            lease_s=LEASE_S,
            first=hint,
            skip=skip,
            live_owners=live_owners,
            sessions=sessions,
        )
        if then is not None and batch.claims:
            then(conn, batch)
        return batch

    return _write(ledger, claim)


def release(ledger: Ledger, sync_ids: Collection[int]) -> None:
    _write(ledger, lambda conn: sq.release(conn, sync_ids))


def renew(ledger: Ledger, owner: str, now: datetime) -> int:
    return _write(ledger, lambda conn: sq.renew(conn, owner, now))


def release_dead(ledger: Ledger, now: datetime, live_owners: Collection[str]) -> int:
    """Make claims of owners not in ``live_owners``, and claims past their lease, pending.

    A shared book's claims may be held by workers on other machines, which this machine's
    heartbeats do not list: there the owner's session decides (``store.claim_sessions``: a
    killed worker's session ends with it), and the lease (``LEASE_S``, renewed by every live
    holder) for a holder whose session could not be told apart."""
    shared = ledger.book.shared
    owners = None if shared else live_owners
    return _write(
        ledger,
        lambda conn: sq.release_stale(conn, now, LEASE_S, live_owners=owners, sessions=shared),
    )


def work_mark(
    ledger: Ledger,
    now: datetime,
    *,
    live_owners: Collection[str] | None = None,
    sessions: bool = False,
) -> sq.WorkMark:
    """An idle worker's poll (``store.sync_queries.work_mark``)."""
    return _read(
        ledger,
        lambda c: sq.work_mark(c, now, LEASE_S, live_owners=live_owners, sessions=sessions),
    )


def release_leftovers(ledger: Ledger, owner: str) -> int:
    """An idle ``owner``'s claimed rows back to pending (none in the usual case: one read)."""
    if not _read(ledger, lambda c: sq.owns_claims(c, owner)):
        return 0
    return _write(ledger, lambda c: sq.release_owner(c, owner))


def open_session(ledger: Ledger, owner: str) -> OwnerSession | None:
    """``owner``'s session on a shared book (its claims die with it); None for a file."""
    url = ledger.book.url
    if url is None:
        return None
    from permoney_desktop.store.claim_sessions import OwnerSession

    return OwnerSession(url, owner)


def request(ledger: Ledger, windows: Mapping[int, date | None], now: datetime) -> None:
    """Record in the book that accounts need recomputing from a date (None: rebuild)."""
    _write(ledger, lambda conn: sq.request(conn, windows, now))


def pending_accounts(ledger: Ledger) -> dict[int, date | None]:
    return _read(ledger, sq.pending)


def held_claims(ledger: Ledger) -> list[sq.HeldClaim]:
    return _read(ledger, sq.held_claims)


def account_ids(ledger: Ledger) -> list[int]:
    return _read(ledger, sq.account_ids)


def stale_claims(
    held: Iterable[sq.HeldClaim], live_owners: Collection[str], now: datetime
) -> list[sq.HeldClaim]:
    """Claims a takeover would release: owner gone, or lease run out."""
    cutoff = (now - timedelta(seconds=LEASE_S)).isoformat(sep=" ")
    return [
        c
        for c in held
        if (c.owner is not None and c.owner not in live_owners)
        or c.claimed_at is None
        or c.claimed_at < cutoff
    ]


@dataclass
class DrainReport:
    """What one ``drain`` did: accounts recomputed, and those whose run failed (left pending)."""

    synced: list[int]
    failed: list[int]

    @property
    def claimed(self) -> bool:
        return bool(self.synced or self.failed)


def drain(
    ledger: Ledger,
    owner: str,
    run: Callable[[Claim], bool],
    *,
    first: Iterable[int] = (),
    clock: Clock = utc_now,
    on_more: Callable[[], object] | None = None,
    give_back: Callable[[], Collection[int]] | None = None,
    live_owners: Callable[[], Collection[str]] | None = None,
    sessions: bool = False,
    then: InClaim | None = None,
) -> DrainReport:
    """Claim and ``run`` pending accounts one at a time until none is claimable.

    ``run(claim)`` recomputes one claimed account and returns False when the run failed: that
    account is then not claimed again here (its rows stay pending for the next wake-up, sync
    now or cleanup) so a broken account cannot spin. ``on_more`` is called when further
    accounts were claimable, so another consumer thread can start on them meanwhile.
    ``live_owners`` (read again each round), ``sessions`` and ``then``: see ``claim_next``.
    """
    hint = [int(a) for a in first]
    report = DrainReport([], [])
    while True:
        returned = give_back() if give_back is not None else ()
        batch = claim_next(
            ledger,
            owner,
            clock(),
            first=hint,
            skip=report.failed,
            give_back=returned,
            live_owners=None if live_owners is None else live_owners(),
            sessions=sessions,
            then=then,
        )
        hint = []  # taken first, or not claimable: later rounds probe with a read first
        if not batch.claims:
            return report
        if batch.more and on_more is not None:
            on_more()
        for claim in batch.claims:
            (report.synced if run(claim) else report.failed).append(claim.account_id)
