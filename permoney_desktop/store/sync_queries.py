"""SQL of the syncs table as the one record of dirty work: requests, claims, leases, takeover.

A ``pending`` row says "recompute this account from ``window_start`` on" (NULL: from its very
beginning). The write gate leaves one in the write's own transaction; nothing else holds that
state. A consumer *claims* an account's pending rows (status 'syncing', ``claimed_by``,
``claimed_at``) in one write transaction, so two consumers never recompute one account at once;
while it works it renews ``claimed_at``. A claim older than the lease, or held by an owner known
to be gone, is stale: its rows become pending again and the next claim takes them over.

Every function takes a connection inside a transaction the caller opened; on SQLite the write
engine begins IMMEDIATE, so a claim's read and update see one state. A second dialect
implements the same functions (PostgreSQL: the claim's SELECT ``FOR UPDATE SKIP LOCKED``).
Times are naive UTC, passed in by the caller (tests inject a clock).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from permoney_desktop.store.claim_sessions import NO_SESSION
from permoney_desktop.store.dialect import is_postgres
from permoney_desktop.store.types import SqlConnection

if TYPE_CHECKING:
    from sqlalchemy import Engine

# Pending and claimed rows of a deleted account go with it (ON DELETE CASCADE).
_PENDING = "status = 'pending' AND account_id IS NOT NULL"


@dataclass(frozen=True, slots=True)
class Claim:
    """One account's pending rows, now claimed: recompute from ``window_start`` (None: all)."""

    account_id: int
    sync_ids: tuple[int, ...]
    window_start: date | None


@dataclass(frozen=True, slots=True)
class ClaimBatch:
    """What one claim took, and whether more accounts were left claimable."""

    claims: tuple[Claim, ...]
    more: bool


def _stamp(moment: datetime) -> str:
    # As SQLAlchemy's DateTime stores it on SQLite (and the write gate does), so text
    # comparisons order correctly.
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _cutoff(now: datetime, lease_s: float) -> str:
    return _stamp(now - timedelta(seconds=lease_s))


# A claim made without ``claimed_at`` (an inline run of the materializer) counts from when
# it started.
_STALE = "COALESCE(claimed_at, started_at, created_at) < ?"


def _marks(values: Collection[Any]) -> str:
    return ", ".join("?" for _ in values)


def server_now(conn: SqlConnection) -> datetime:
    """The database server's clock as naive UTC (PostgreSQL: shared books' leases)."""
    text = conn.exec_driver_sql(
        "SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    ).scalar()
    return datetime.fromisoformat(str(text))


def _stale_where(
    conn: SqlConnection,
    now: datetime,
    lease_s: float,
    live_owners: Collection[str] | None,
    sessions: bool,
) -> tuple[str, list[Any]]:
    """The condition on a claimed row that makes it stale, and its parameters: past the
    lease; or, with ``live_owners``, owned by someone not in it (a book file's heartbeats);
    or, with ``sessions`` on PostgreSQL, owned by someone holding no session
    (``store.claim_sessions``)."""
    stale = _STALE
    params: list[Any] = [_cutoff(now, lease_s)]
    if live_owners is not None:
        owners = sorted(live_owners)
        dead = f"claimed_by IS NOT NULL AND claimed_by NOT IN ({_marks(owners)})"
        if not owners:
            dead = "claimed_by IS NOT NULL"
        stale = f"{stale} OR ({dead})"
        params.extend(owners)
    if sessions and is_postgres(conn):
        stale = f"{stale} OR ({NO_SESSION})"
    return f"({stale})", params


def has_claimable(
    conn: SqlConnection,
    now: datetime,
    lease_s: float,
    *,
    live_owners: Collection[str] | None = None,
    sessions: bool = False,
) -> bool:
    """Is any account waiting, or any claim stale (see ``_stale_where``)? One indexed probe:
    an idle wake-up costs this read and no write transaction."""
    stale, params = _stale_where(conn, now, lease_s, live_owners, sessions)
    row = conn.exec_driver_sql(
        f"SELECT 1 FROM syncs WHERE ({_PENDING}) OR (status = 'syncing' AND {stale}) LIMIT 1",
        tuple(params),
    ).first()
    return row is not None


@dataclass(frozen=True, slots=True)
class WorkMark:
    """What an idle worker's poll sees: the newest pending row, and whether a claim is stale."""

    newest_pending: int
    stale_claims: bool


def work_mark(
    conn: SqlConnection,
    now: datetime,
    lease_s: float,
    *,
    live_owners: Collection[str] | None = None,
    sessions: bool = False,
) -> WorkMark:
    """One read for an idle worker's poll: a pending row newer than the last one it saw is
    new work (rows a failed run left pending are older, so they do not spin the poll), a
    stale claim is a dead holder's account to take over."""
    stale, params = _stale_where(conn, now, lease_s, live_owners, sessions)
    newest = conn.exec_driver_sql(f"SELECT MAX(id) FROM syncs WHERE {_PENDING}").scalar()
    dead = conn.exec_driver_sql(
        f"SELECT 1 FROM syncs WHERE status = 'syncing' AND {stale} LIMIT 1", tuple(params)
    ).first()
    return WorkMark(int(newest or 0), dead is not None)


def pending(conn: SqlConnection) -> dict[int, date | None]:
    """Accounts with pending rows and the earliest window of each (None: from the start)."""
    rows = conn.exec_driver_sql(
        "SELECT account_id, MAX(CASE WHEN window_start IS NULL THEN 1 ELSE 0 END), "
        f"MIN(window_start) FROM syncs WHERE {_PENDING} GROUP BY account_id"
    ).all()
    return {int(a): (None if full or w is None else date.fromisoformat(w)) for a, full, w in rows}


def account_ids(conn: SqlConnection) -> list[int]:
    return [int(r[0]) for r in conn.exec_driver_sql("SELECT id FROM accounts ORDER BY id")]


def _merge_pending(conn: SqlConnection, account_id: int, window: str | None) -> bool:
    """Fold a window into the account's pending row (the earliest date; None wins), keeping
    one pending row per account (``services.integrity`` checks it); False when it has none."""
    row = conn.exec_driver_sql(
        "SELECT id, window_start FROM syncs WHERE account_id = ? AND status = 'pending' "
        "ORDER BY id LIMIT 1",
        (account_id,),
    ).first()
    if row is None:
        return False
    merged = None if window is None or row[1] is None else min(window, row[1])
    if merged != row[1]:
        conn.exec_driver_sql("UPDATE syncs SET window_start = ? WHERE id = ?", (merged, row[0]))
    return True


def request(conn: SqlConnection, windows: Mapping[int, date | None], now: datetime) -> None:
    """Ask for accounts to be recomputed from a date (None: from the start, a full rebuild),
    merged into each account's pending row or as a new one. Deleted accounts are skipped."""
    for acct, day in windows.items():
        window = None if day is None else day.isoformat()
        if _merge_pending(conn, int(acct), window):
            continue
        conn.exec_driver_sql(
            "INSERT INTO syncs (account_id, kind, status, window_start, data_version, "
            "created_at, attempts) SELECT id, 'account', 'pending', ?, data_version, ?, 0 "
            "FROM accounts WHERE id = ?",
            (window, _stamp(now), int(acct)),
        )


def _give_back(conn: SqlConnection, where: str, params: tuple[Any, ...]) -> int:
    """Claimed rows matching ``where`` back to pending, each merged into its account's
    pending row when it has one (a write landed meanwhile); returns how many rows."""
    rows = conn.exec_driver_sql(
        f"SELECT id, account_id, window_start FROM syncs WHERE status = 'syncing' AND {where} "
        "ORDER BY id",
        params,
    ).all()
    for sync_id, acct, window in rows:
        if acct is not None and _merge_pending(conn, int(acct), window):
            conn.exec_driver_sql("DELETE FROM syncs WHERE id = ?", (sync_id,))
            continue
        conn.exec_driver_sql(
            "UPDATE syncs SET status = 'pending', claimed_by = NULL, claimed_at = NULL, "
            "started_at = NULL WHERE id = ?",
            (sync_id,),
        )
    return len(rows)


def release_stale(
    conn: SqlConnection,
    now: datetime,
    lease_s: float,
    *,
    live_owners: Collection[str] | None = None,
    sessions: bool = False,
) -> int:
    """Turn stale claims back into pending requests; returns how many rows.

    A claim is stale when it was neither made nor renewed within ``lease_s`` seconds, or
    when ``live_owners`` is given and its owner is not in it (a consumer known to be gone),
    or with ``sessions`` (a shared book) when its owner's session ended.
    """
    stale, params = _stale_where(conn, now, lease_s, live_owners, sessions)
    return _give_back(conn, stale, tuple(params))


def claim(
    conn: SqlConnection,
    owner: str,
    now: datetime,
    *,
    lease_s: float,
    first: Iterable[int] = (),
    skip: Collection[int] = (),
    limit: int = 1,
    live_owners: Collection[str] | None = None,
    sessions: bool = False,
) -> ClaimBatch:
    """Claim the pending rows of up to ``limit`` accounts nobody else is recomputing.

    Stale claims are released first (see ``release_stale``, which ``live_owners`` and
    ``sessions`` go to), so a dead consumer's account is taken over here. Accounts in
    ``first`` come first, then the oldest requests; accounts in ``skip`` (e.g. failed in this
    run already) are left pending. Every pending row of a chosen account is claimed at once:
    its window is the earliest of them (None when any is None).
    """
    release_stale(conn, now, lease_s, live_owners=live_owners, sessions=sessions)
    hint = sorted({int(a) for a in first})
    excluded = sorted({int(a) for a in skip})
    where = (
        f"{_PENDING} AND account_id NOT IN "
        "(SELECT account_id FROM syncs WHERE status = 'syncing' AND account_id IS NOT NULL)"
    )
    if excluded:
        where += f" AND account_id NOT IN ({_marks(excluded)})"
    if is_postgres(conn):
        chosen, locked = _choose_locked(conn, where, excluded, hint, limit)
    else:
        chosen, locked = _choose(conn, where, excluded, hint, limit), None
    more = len(chosen) > limit
    chosen = chosen[:limit]
    if not chosen:
        return ClaimBatch((), False)
    stamp = _stamp(now)
    # On PostgreSQL only the rows this claim locked (a row another transaction holds stays
    # pending for the next claim); on SQLite the IMMEDIATE transaction holds them all.
    rows_of = f"account_id IN ({_marks(chosen)})"
    keys: tuple[Any, ...] = tuple(chosen)
    if locked is not None:
        taken = set(chosen)
        ids = [i for i, acct in locked if acct in taken]
        rows_of, keys = f"id IN ({_marks(ids)})", tuple(ids)
    rows = conn.exec_driver_sql(
        "UPDATE syncs SET status = 'syncing', claimed_by = ?, claimed_at = ?, started_at = ?, "
        f"attempts = attempts + 1 WHERE status = 'pending' AND {rows_of} "
        "RETURNING id, account_id, window_start",
        (owner, stamp, stamp, *keys),
    ).all()
    by_account: dict[int, list[tuple[int, str | None]]] = {}
    for sync_id, acct, window in rows:
        by_account.setdefault(int(acct), []).append((int(sync_id), window))
    claims = []
    for acct in chosen:
        held = sorted(by_account.get(acct, ()))
        if not held:
            continue
        days = [w for _i, w in held if w is not None]
        start = None if len(days) < len(held) or not days else date.fromisoformat(min(days))
        claims.append(Claim(acct, tuple(i for i, _w in held), start))
    return ClaimBatch(tuple(claims), more)


def _choose(
    conn: SqlConnection, where: str, excluded: list[int], hint: list[int], limit: int
) -> list[int]:
    """Up to ``limit`` + 1 claimable accounts, hinted ones first, then the oldest requests."""
    order = "MIN(id)"
    if hint:
        first_ = f"CASE WHEN account_id IN ({_marks(hint)}) THEN 1 ELSE 0 END"
        order = f"MAX({first_}) DESC, MIN(id)"
    return [
        int(r[0])
        for r in conn.exec_driver_sql(
            f"SELECT account_id FROM syncs WHERE {where} GROUP BY account_id "
            f"ORDER BY {order} LIMIT ?",
            (*excluded, *hint, limit + 1),
        )
    ]


def _choose_locked(
    conn: SqlConnection, where: str, excluded: list[int], hint: list[int], limit: int
) -> tuple[list[int], list[tuple[int, int]]]:
    """PostgreSQL: lock the claimable pending rows with ``FOR UPDATE SKIP LOCKED`` (rows
    another worker is claiming right now are passed over, never waited for) and choose the
    accounts from them in ``_choose``'s order; returns the accounts and the locked rows."""
    order = "id"
    if hint:
        order = f"CASE WHEN account_id IN ({_marks(hint)}) THEN 0 ELSE 1 END, id"
    locked = [
        (int(i), int(a))
        for i, a in conn.exec_driver_sql(
            f"SELECT id, account_id FROM syncs WHERE {where} ORDER BY {order} "
            "FOR UPDATE SKIP LOCKED",
            (*excluded, *hint),
        )
    ]
    chosen: list[int] = []
    for _i, acct in locked:
        if acct not in chosen:
            chosen.append(acct)
            if len(chosen) > limit:
                break
    return chosen, locked


def owns_claims(conn: SqlConnection, owner: str) -> bool:
    """Does ``owner`` hold claimed rows? (An idle worker should not: a run that could not
    give its rows back, e.g. the server restarting under it.)"""
    row = conn.exec_driver_sql(
        "SELECT 1 FROM syncs WHERE status = 'syncing' AND claimed_by = ? LIMIT 1", (owner,)
    ).first()
    return row is not None


def release_owner(conn: SqlConnection, owner: str) -> int:
    """Give every row ``owner`` claimed back as pending (an idle owner's leftovers)."""
    return _give_back(conn, "claimed_by = ?", (owner,))


def renew(conn: SqlConnection, owner: str, now: datetime) -> int:
    """Keep ``owner``'s claims alive for another lease; returns how many rows."""
    result = conn.exec_driver_sql(
        "UPDATE syncs SET claimed_at = ? WHERE status = 'syncing' AND claimed_by = ?",
        (_stamp(now), owner),
    )
    return int(result.rowcount or 0)


def release(conn: SqlConnection, sync_ids: Collection[int]) -> None:
    """Give claimed rows back as pending (a run that could not finish, e.g. a busy book)."""
    if sync_ids:
        _give_back(conn, f"id IN ({_marks(sync_ids)})", tuple(sync_ids))


@dataclass(frozen=True, slots=True)
class HeldClaim:
    account_id: int | None
    owner: str | None
    claimed_at: str | None


def held_claims(conn: SqlConnection) -> list[HeldClaim]:
    """Every claimed, unfinished row's account, owner and claim time (health reports)."""
    rows = conn.exec_driver_sql(
        "SELECT account_id, claimed_by, COALESCE(claimed_at, started_at) FROM syncs "
        "WHERE status = 'syncing' ORDER BY id"
    ).all()
    return [HeldClaim(a, o, None if t is None else str(t)) for a, o, t in rows]


def recent(
    conn: SqlConnection, *, since: str | None = None, limit: int | None = None
) -> list[tuple[Any, ...]]:
    """Runs and requests, newest first: (id, account name, status, window_start, data_version,
    duration_ms, finished_at, error). ``since`` (stored-time text): finished since then, or
    still pending or claimed."""
    sql = (
        "SELECT s.id, a.name, s.status, s.window_start, s.data_version, s.duration_ms, "
        "s.finished_at, s.error FROM syncs s LEFT JOIN accounts a ON a.id = s.account_id"
    )
    params: tuple[Any, ...] = ()
    if since is not None:
        sql += " WHERE s.finished_at >= ? OR s.status IN ('pending', 'syncing')"
        params = (since,)
    sql += " ORDER BY s.id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params = (*params, int(limit))
    return [tuple(r) for r in conn.exec_driver_sql(sql, params).all()]


def on_commit(engine: Engine, callback: Callable[[], None]) -> None:
    """Call ``callback`` after every commit on ``engine`` (on the committing thread).

    Here because a commit of a user write is what leaves syncs rows pending: the worker uses
    it to let its metric refreshes step aside for the sync that follows.
    """
    from sqlalchemy import event

    event.listen(engine, "commit", lambda _conn: callback())
