"""Coalescing state in the queue file: latest-wins tokens, earliest dirty dates, account locks.

How a burst of edits to one account becomes one sync (see ``sync_tasks``):

1. each request merges its date into ``permoney_dirty`` (one row per account, keeping the
   *earliest* date; an atomic upsert, so concurrent producers never drop a date), stores a new
   token under the account's key in Huey's KV, and enqueues a task carrying that token;
2. a task whose token is no longer the latest is superseded and returns at once (``peek``:
   reading the token never consumes it);
3. the latest task takes the account's lock (so one account is never materialized twice at
   once), *then* pops the dirty row and syncs from that date. A request that lands while the
   sync runs leaves a new row and a new task, which waits for the lock and runs afterwards.

Locks live in Huey's KV under ``lock:…`` with their owner (a consumer id); a lock whose owner
is no longer alive is stale and is cleared at start-up and by the periodic cleanup.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from permoney_desktop.domain.ids import AccountId
from permoney_desktop.worker.queue import QUEUE_NAME, PermoneyHuey

LOCK_PREFIX = "lock:"
ALL_DATES = "*"


def new_token() -> str:
    return uuid.uuid4().hex


def sync_token_key(account_id: int) -> str:
    return f"token:sync:{account_id}"


METRICS_TOKEN_KEY = "token:metrics"


@dataclass(frozen=True)
class DirtyRequest:
    """What is owed to one account: sync from ``from_date`` (None: the book's own window)."""

    from_date: date | None
    full: bool


def merge_dirty(huey: PermoneyHuey, account_id: int, from_date: date | None, full: bool) -> None:
    """Remember that ``account_id`` needs a sync from ``from_date``, keeping the earliest date."""
    day = from_date.isoformat() if from_date is not None else None
    huey.storage.sql(
        "insert into permoney_dirty (account_id, from_date, full, requested) values (?, ?, ?, ?) "
        "on conflict (account_id) do update set "
        "from_date = min(coalesce(from_date, excluded.from_date), "
        "coalesce(excluded.from_date, from_date)), "
        "full = max(full, excluded.full), requested = excluded.requested",
        (account_id, day, int(full), time.time()),
        commit=True,
    )


def pop_dirty(huey: PermoneyHuey, account_id: int) -> DirtyRequest | None:
    """Take (and remove) what is owed to ``account_id``; None when nothing is."""
    rows = huey.storage.sql(
        "delete from permoney_dirty where account_id = ? returning from_date, full",
        (account_id,),
        commit=True,
        results=True,
    )
    if not rows:
        return None
    day, full = rows[0]
    return DirtyRequest(date.fromisoformat(day) if day else None, bool(full))


def dirty_accounts(huey: PermoneyHuey) -> dict[AccountId, DirtyRequest]:
    rows = huey.storage.sql("select account_id, from_date, full from permoney_dirty", results=True)
    return {
        AccountId(int(acc)): DirtyRequest(date.fromisoformat(day) if day else None, bool(full))
        for acc, day, full in rows
    }


def syncs_requested(huey: PermoneyHuey, within_s: float) -> bool:
    """True when some account sync was requested in the last ``within_s`` seconds and has
    not started yet (older leftovers, e.g. of a failed enqueue, do not count)."""
    rows = huey.storage.sql(
        "select 1 from permoney_dirty where requested >= ? limit 1",
        (time.time() - within_s,),
        results=True,
    )
    return bool(rows)


def set_token(huey: PermoneyHuey, key: str) -> str:
    token = new_token()
    huey.put(key, token)
    return token


def is_latest(huey: PermoneyHuey, key: str, token: str | None) -> bool:
    """True unless a newer request replaced ``token`` (a missing token counts as latest)."""
    if token is None:
        return True
    current = huey.get(key, peek=True)
    return current is None or current == token


def add_metric_dates(huey: PermoneyHuey, days: list[date] | None) -> None:
    """Queue dates for a metrics refresh; ``None`` asks for every period."""
    values = [ALL_DATES] if days is None else sorted({d.isoformat() for d in days})
    if not values:
        return
    with huey.storage.db(commit=True) as cursor:
        cursor.executemany(
            "insert or ignore into permoney_metric_dates (day) values (?)",
            [(v,) for v in values],
        )


def pop_metric_dates(huey: PermoneyHuey) -> tuple[list[date], bool]:
    """Every queued refresh date (sorted) and whether a full refresh was asked for."""
    rows = huey.storage.sql(
        "delete from permoney_metric_dates returning day", commit=True, results=True
    )
    days = {r[0] for r in rows}
    full = ALL_DATES in days
    days.discard(ALL_DATES)
    return sorted(date.fromisoformat(d) for d in days), full


def metric_dates_waiting(huey: PermoneyHuey) -> bool:
    """True when some refresh date is queued."""
    return bool(huey.storage.sql("select 1 from permoney_metric_dates limit 1", results=True))


class AccountLock:
    """A cross-process lock on one account's sync, held in the queue's KV store."""

    def __init__(self, huey: PermoneyHuey, account_id: int, owner: str) -> None:
        self.huey = huey
        self.key = f"{LOCK_PREFIX}sync:{account_id}"
        self.owner = owner
        self.held = False

    def try_acquire(self) -> bool:
        value = {"owner": self.owner, "pid": os.getpid(), "since": time.time()}
        self.held = bool(self.huey.put_if_empty(self.key, value))
        return self.held

    def acquire(
        self, timeout: float, keep_waiting: Callable[[], bool], poll: float = 0.005
    ) -> bool:
        """Wait up to ``timeout`` seconds while ``keep_waiting()`` stays true."""
        deadline = time.monotonic() + timeout
        while True:
            if self.try_acquire():
                return True
            if time.monotonic() >= deadline or not keep_waiting():
                return False
            time.sleep(poll)

    def release(self) -> None:
        if self.held:
            self.huey.delete(self.key)
            self.held = False


@dataclass(frozen=True)
class HeldLock:
    key: str
    owner: str | None
    pid: int | None
    since: float | None


def held_locks(huey: PermoneyHuey) -> list[HeldLock]:
    rows = huey.storage.sql(
        "select key, value from kv where queue = ? and key like ?",
        (QUEUE_NAME, f"{LOCK_PREFIX}%"),
        results=True,
    )
    out: list[HeldLock] = []
    for key, raw in rows:
        info: Any
        try:
            info = huey.serializer.deserialize(raw)
        except Exception:
            info = None
        if not isinstance(info, dict):
            out.append(HeldLock(key, None, None, None))
            continue
        out.append(HeldLock(key, info.get("owner"), info.get("pid"), info.get("since")))
    return out


def clear_lock(huey: PermoneyHuey, key: str) -> bool:
    return bool(huey.delete(key))
