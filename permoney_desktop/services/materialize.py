"""The materializer: the only writer of the ``balances`` table, one account at a time.

A run claims the account's pending ``syncs`` row, reads its inputs in one snapshot, computes the
days with ``domain.balances.daily_balances`` (continuing from the stored day before the dirty
window, or from the opening when that row is missing or the opening changed), and commits the
rows only if the account's data version has not moved since the snapshot. If it moved, an edit
landed mid-run: the run folds in the new request and computes again, so no edit is lost.

Only the difference from the stored rows is written (``row_changes``): an edit years back moves
every later level by the same amount up to the next valuation, which one UPDATE stores.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import TypeVar

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.balance_events import balance_events, foreign_currencies
from permoney_desktop.domain.balances import DayTuple, Seed, daily_tuples
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.fx import MissingRate, Rate, RateTable
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.messages import Message
from permoney_desktop.services import live
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.stored_levels import Levels, levels_text
from permoney_desktop.store import balance_inputs, notify
from permoney_desktop.store import balance_queries as q
from permoney_desktop.store.balance_queries import Conn
from permoney_desktop.store.sync_queries import Claim

log = logging.getLogger(__name__)

# An account edited faster than it can be recomputed gives up after this many rounds and
# leaves its request pending for the next run, rather than spinning.
MAX_ROUNDS = 8

T = TypeVar("T")


class AccountGone(LookupError):  # noqa: N818 (the agreed interface name)
    """The account was deleted (its rows and syncs went with it)."""


@dataclass(frozen=True)
class SyncOutcome:
    """What one ``sync_account`` call did.

    ``status`` is 'completed', 'failed', or 'idle' (nothing was pending and nothing asked).
    ``version`` is the data version the written rows reflect. ``missing`` lists one missing
    exchange rate per currency pair (earliest day), when ``partial``.
    """

    account_id: AccountId
    status: str
    version: int
    window_start: date | None
    rows_written: int
    duration_ms: int
    partial: bool
    error: str | None
    missing: tuple[MissingRate, ...] = ()
    rounds: int = 0
    full: bool = False
    # The levels the run stored, as ``confirmed_levels`` would read them back: the window
    # that confirms them compares with these instead of reading them on its GUI thread.
    levels: Levels | None = None


@dataclass(frozen=True)
class _Computed:
    days: list[DayTuple]
    currency: str
    rewrite_from: date | None
    keep: tuple[date, date] | None
    version: int
    full: bool
    missing: tuple[MissingRate, ...]
    partial: bool

    @property
    def rows(self) -> list[q.BalanceRow]:
        """The computed days as rows to store (``services.integrity`` compares them)."""
        cur = self.currency
        return [(d.isoformat(), cur, s, i, o, a, e, int(p)) for d, s, i, o, a, e, p in self.days]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _write(ledger: Ledger, fn: Callable[[Conn], T]) -> T:
    return q.in_write_transaction(ledger.book, fn)


def _read(ledger: Ledger, fn: Callable[[Conn], T]) -> T:
    return q.in_read_snapshot(ledger.book, fn)


def _earliest(a: date | None, b: date | None) -> date | None:
    """The earlier of two windows where None means 'from the very beginning'."""
    return None if a is None or b is None else min(a, b)


def sync_account(
    ledger: Ledger,
    account_id: AccountId,
    from_date: date | None = None,
    *,
    full: bool = False,
    claimed: Claim | None = None,
) -> SyncOutcome:
    """Bring one account's materialized days up to date (see the module docstring).

    ``from_date`` widens the window beyond the pending request; ``full`` rebuilds everything.
    With nothing pending and neither given, nothing runs (status 'idle'). ``claimed``: the
    account's pending rows a worker already claimed (``store.sync_queries.claim``); the run
    computes from their window and finishes them instead of claiming itself.
    """
    started = time.perf_counter()
    now = _now()

    def claim(conn: Conn) -> tuple[q.AccountState, tuple[int, ...], date | None] | None:
        account = q.load_account(conn, account_id)
        if account is None:
            raise AccountGone(
                Message(
                    "account {account_id} no longer exists",
                    account_id=account_id,
                )
            )
        pending = q.claim_pending(conn, account_id, now)
        if pending is None and from_date is None and not full:
            return None
        if full:
            window = None
        elif pending is None:
            window = from_date
        else:
            window = pending.window_start
            if from_date is not None:
                window = _earliest(window, from_date)
        if pending is None:
            ids: tuple[int, ...] = (
                q.insert_syncing(conn, account_id, window, account.data_version, now),
            )
        else:
            ids = pending.sync_ids
        return account, ids, window

    if claimed is not None:
        sync_ids = claimed.sync_ids
        window = None if full else claimed.window_start
        if window is not None and from_date is not None:
            window = min(window, from_date)
    else:
        made = _write(ledger, claim)
        if made is None:
            version = _read(ledger, lambda c: q.data_version(c, account_id)) or 0
            return SyncOutcome(account_id, "idle", version, None, 0, 0, False, None)
        _account, sync_ids, window = made
    rounds = 0
    try:
        while True:
            rounds += 1
            computed = _read(ledger, partial(_compute, account_id=account_id, window=window))
            verdict = _write(
                ledger,
                partial(
                    _commit,
                    account_id=account_id,
                    sync_ids=sync_ids,
                    window=window,
                    computed=computed,
                    started=started,
                    origin=ledger.origin,
                ),
            )
            if verdict.committed:
                break
            window = verdict.window
            if rounds >= MAX_ROUNDS:
                raise RuntimeError(
                    Message(
                        "account kept changing during {rounds} recomputations",
                        rounds=rounds,
                    )
                )
    except AccountGone:
        raise
    except Exception as exc:
        log.exception("materializing account %s failed", account_id)
        message = f"{type(exc).__name__}: {exc}"
        elapsed = _ms(started)

        def fail(conn: Conn) -> int:
            version = q.data_version(conn, account_id)
            if version is None:
                raise AccountGone(
                    Message(
                        "account {account_id} no longer exists",
                        account_id=account_id,
                    )
                )
            q.finish(
                conn,
                sync_ids,
                status="failed",
                window_start=window,
                version=version,
                finished=_now(),
                duration_ms=elapsed,
                error=message,
            )
            q.requeue(conn, account_id, window, version, _now())
            return version

        version = _write(ledger, fail)
        return SyncOutcome(
            account_id, "failed", version, window, 0, elapsed, False, message, rounds=rounds
        )
    return _completed(account_id, computed, window, started, rounds)


def _completed(
    account_id: AccountId, computed: _Computed, window: date | None, started: float, rounds: int
) -> SyncOutcome:
    return SyncOutcome(
        account_id,
        "completed",
        computed.version,
        window,
        len(computed.days),
        _ms(started),
        computed.partial,
        None,
        computed.missing,
        rounds,
        computed.full,
        Levels(
            computed.rewrite_from,  # None: a rebuild, which stored exactly these days
            levels_text((d, e, p) for d, _s, _i, _o, _a, e, p in computed.days),
        ),
    )


# A claimed window with at most this many entries from its first day on (an edit of recent
# days: a few milliseconds of reading and computing) is recomputed in the claim's own
# transaction (``sync_in_claim``); a longer one, or a rebuild, in transactions of its own.
IN_CLAIM_MAX_ENTRIES = 2000


class _MovedUnderLock(Exception):  # noqa: N818 (never leaves this module)
    """The account's data version moved inside the claim's transaction (not expected: it
    holds the write lock): the savepoint is rolled back and the run goes its own way."""


def sync_in_claim(conn: Conn, claim: Claim, origin: str = "") -> SyncOutcome | None:
    """Recompute a just-claimed account inside the write transaction that claimed it.

    One transaction (claim, read, write) instead of three for a small edit: a shared book's
    round trips are most of a small sync's time. The claim's write transaction holds the
    book's write lock (IMMEDIATE on a file, the advisory lock on PostgreSQL), so nothing can
    change under the computation and it reads the same state a snapshot would; that is why
    only a short window runs here, never a rebuild, which would keep every other writer
    waiting. A killed worker's transaction rolls back whole: its rows stay pending, with no
    claim to take over. None when the run belongs in transactions of its own (a rebuild, a
    long window) or failed here (rolled back to a savepoint, the claim kept): the caller
    then runs ``sync_account(claimed=…)`` as before, with its failure handling.
    """
    account_id = AccountId(claim.account_id)
    window = claim.window_start
    if window is None or balance_inputs.entries_beyond(
        conn, account_id, window, IN_CLAIM_MAX_ENTRIES
    ):
        return None
    started = time.perf_counter()
    try:
        with conn.begin_nested():
            computed = _compute(conn, account_id, window)
            verdict = _commit(conn, account_id, claim.sync_ids, window, computed, started, origin)
            if not verdict.committed:  # not under the write lock; rolled back to the savepoint
                raise _MovedUnderLock
    except Exception:
        log.debug("in-claim sync of account %s left to its own run", account_id, exc_info=True)
        return None
    return _completed(account_id, computed, window, started, 1)


def _ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)


def _compute(conn: Conn, account_id: AccountId, window: date | None) -> _Computed:
    """Read the inputs in this snapshot and compute the rows to write (no writes here)."""
    account = q.load_account(conn, account_id)
    if account is None:
        raise AccountGone(
            Message(
                "account {account_id} no longer exists",
                account_id=account_id,
            )
        )
    entry_span = balance_inputs.entry_span(conn, account_id)
    first_row, stored_seed = q.load_edges(conn, account_id, window)
    first, last = _bounds(account, entry_span)
    seed = _usable_seed(account, first_row, stored_seed, window, first)
    days, specials = balance_inputs.rows_from(
        conn, account_id, account.currency, None if seed is None else window
    )
    foreign = foreign_currencies(specials, account.currency)
    rates = RateTable()
    if foreign:
        rates = RateTable.of(
            Rate(d, Currency(f), Currency(t), r)
            for d, f, t, r in q.load_rates(conn, foreign | {account.currency})
        )
    inputs = balance_events(days, specials, Currency(account.currency), rates)
    classification = AccountKind(account.kind).classification
    rows = daily_tuples(
        classification,
        inputs.events,
        opening=account.opening_balance,
        opening_date=account.opening_date,
        seed=seed,
        until=last,
        summed=inputs.summed,
    )
    keep = None if first is None or last is None else (first, last)
    rewrite_from = None if seed is None else seed.day + timedelta(days=1)
    partial = any(d[6] for d in rows) or (seed is not None and seed.partial)
    return _Computed(
        rows,
        account.currency,
        rewrite_from,
        keep,
        account.data_version,
        seed is None,
        inputs.first_missing_per_pair(),
        partial,
    )


def _bounds(
    account: q.AccountState, entry_span: tuple[date, date] | None
) -> tuple[date | None, date | None]:
    days = [d for d in (account.opening_date, *(entry_span or ())) if d is not None]
    return (min(days), max(days)) if days else (None, None)


def _usable_seed(
    account: q.AccountState,
    head: q.StoredEdge | None,
    seed: q.StoredEdge | None,
    window: date | None,
    first: date | None,
) -> Seed | None:
    """The stored row to continue from, or None when only a full rebuild is right."""
    if window is None or first is None or seed is None or window <= first:
        return None
    # The first stored row shows the opening the rows were built from: if it differs (date,
    # opening level or currency changed), every stored level is suspect.
    if (
        head is None
        or head.day != first
        or head.start != account.opening_balance
        or head.currency != account.currency
        or seed.currency != account.currency
    ):
        return None
    return Seed(seed.day, seed.end, seed.partial)


@dataclass(frozen=True)
class _Verdict:
    committed: bool
    window: date | None  # the window of the next round when not committed


# More runs than this (levels moving by different amounts in many places, e.g. after a rate
# change) are cheaper written as rows in one statement than as one UPDATE each.
MAX_SHIFT_RUNS = 16


def row_changes(
    days: list[DayTuple],
    currency: str,
    stored: list[q.StoredRow],
    keep_from: date | None,
    keep_until: date | None,
) -> tuple[list[q.BalanceRow], list[tuple[str, str, int]], list[str]]:
    """What turns ``stored`` (the stored rows from the first computed day on) into ``days``:
    rows to write whole, runs of consecutive stored rows whose start and end all moved by the
    same amount and nothing else (``(first, last, delta)``), and stored days inside the kept
    span that no computed row covers (never expected: rows are dense).

    An edit five years back moves every later level by the same amount up to the next
    valuation: one UPDATE instead of rewriting every row. The rows themselves still come from
    ``daily_tuples`` alone; this only decides how to store them.
    """
    at_of = _positions(stored)
    upserts: list[q.BalanceRow] = []
    runs: list[list[int]] = []  # [first index in days, last index, delta]
    run_delta = run_at = 0
    seen: set[int] = set()
    for n, (day, start, inflows, outflows, adjustment, end, part) in enumerate(days):
        at = at_of(day)
        if at is not None:
            seen.add(at)
            _d, cur, s0, i0, o0, a0, e0, p0 = stored[at]
            delta = start - s0
            if (
                end - e0 == delta
                and i0 == inflows
                and o0 == outflows
                and a0 == adjustment
                and bool(p0) == part
                and cur == currency
            ):
                if delta == 0:
                    run_delta = 0
                    continue  # unchanged
                if run_delta == delta and at == run_at + 1:
                    runs[-1][1] = n
                else:
                    runs.append([n, n, delta])
                run_delta, run_at = delta, at
                continue
        run_delta = 0
        upserts.append((day.isoformat(), currency, start, inflows, outflows, adjustment, end, part))
    if len(runs) > MAX_SHIFT_RUNS:
        for first, last, _delta in runs:
            upserts.extend(
                (d.isoformat(), currency, st, i, o, a, e, p)
                for d, st, i, o, a, e, p in days[first : last + 1]
            )
        runs = []
    shifts = [(days[a][0].isoformat(), days[b][0].isoformat(), delta) for a, b, delta in runs]
    stale: list[str] = []
    if keep_from is not None and keep_until is not None and len(seen) < len(stored):
        lo, hi = keep_from.isoformat(), keep_until.isoformat()
        stale = [r[0] for i, r in enumerate(stored) if i not in seen and lo <= r[0] <= hi]
    return upserts, shifts, stale


def _positions(stored: list[q.StoredRow]) -> Callable[[date], int | None]:
    """Where a day's row is in ``stored``: by arithmetic when the rows are one per day without
    gaps (as written), else through a lookup by date."""
    if stored:
        first = date.fromisoformat(stored[0][0]).toordinal()
        size = len(stored)
        if date.fromisoformat(stored[-1][0]).toordinal() - first == size - 1:

            def dense(day: date) -> int | None:
                i = day.toordinal() - first
                return i if 0 <= i < size else None

            return dense
    index = {date.fromisoformat(r[0]): i for i, r in enumerate(stored)}
    return index.get


def _commit(
    conn: Conn,
    account_id: AccountId,
    sync_ids: tuple[int, ...],
    window: date | None,
    computed: _Computed,
    started: float,
    origin: str = "",
) -> _Verdict:
    """Write the rows if the data version still matches the snapshot's.

    On a mismatch nothing is written: the requests made meanwhile are folded into this run
    (its window widened to the earliest of theirs) and the caller computes again.
    """
    version = q.data_version(conn, account_id)
    if version is None:
        raise AccountGone(
            Message(
                "account {account_id} no longer exists",
                account_id=account_id,
            )
        )
    if version != computed.version:
        found, new_window = q.absorb_pending(conn, account_id)
        widened = _earliest(window, new_window) if found else window
        q.finish(
            conn,
            sync_ids,
            status="syncing",
            window_start=widened,
            version=version,
            finished=None,
            duration_ms=None,
            error=None,
        )
        return _Verdict(False, widened)
    keep_from, keep_until = computed.keep or (None, None)
    # Read inside the write transaction: the difference is taken from what is stored now.
    stored = q.stored_rows(conn, account_id, computed.rewrite_from)
    upserts, shifts, stale = row_changes(
        computed.days, computed.currency, stored, keep_from, keep_until
    )
    q.write_rows(
        conn,
        account_id,
        keep_from=keep_from,
        keep_until=keep_until,
        upserts=upserts,
        shifts=shifts,
        stale=stale,
    )
    q.finish(
        conn,
        sync_ids,
        status="completed",
        window_start=window,
        version=version,
        finished=_now(),
        duration_ms=_ms(started),
        error=None,
    )
    # Every open window of a shared book confirms its figures for this version (live.py).
    notify.send(conn, live.synced_notice(origin, account_id, version, window))
    return _Verdict(True, window)


def sync_pending(ledger: Ledger) -> list[SyncOutcome]:
    """Run every account that has a pending sync, oldest id first."""
    outcomes = []
    for account_id in sorted(pending_accounts(ledger)):
        try:
            outcomes.append(sync_account(ledger, account_id))
        except AccountGone:
            continue
    return outcomes


def sync_all(ledger: Ledger, *, full: bool = False) -> list[SyncOutcome]:
    """Every account: a full rebuild with ``full``, else whatever is pending."""
    ids = _read(ledger, q.account_ids)
    outcomes = []
    for account_id in ids:
        try:
            outcomes.append(sync_account(ledger, AccountId(account_id), full=full))
        except AccountGone:
            continue
    return outcomes


def pending_accounts(ledger: Ledger) -> dict[AccountId, date]:
    """Accounts waiting for a sync and the earliest dirty date of each (``date.min``: all)."""
    rows = _read(ledger, q.pending)
    return {AccountId(a): (w or date.min) for a, w in rows.items()}


def confirmed_levels(ledger: Ledger, account_id: AccountId, since: date | None = None) -> str:
    """The stored levels of ``account_id`` from ``since`` as one text, ``date,end,partial``
    per day (partial 0 or 1) joined with ``;`` in date order: what the GUI compares its
    provisional rows with when a sync completes. One row to fetch: thousands of rows would
    each wait for the GIL on the GUI thread while a worker thread runs Python."""
    return _read(ledger, lambda c: q.levels_text(c, account_id, since))


def recover_interrupted(ledger: Ledger) -> int:
    """Reset runs left 'syncing' by a crashed process to pending; returns how many.

    Call once when a book opens, before any worker runs in this or another process.
    """
    return _write(ledger, q.reset_syncing)
