"""Metric refresh requests in the queue file: dates to refresh, merged, with a latest-wins token.

This is the one piece of work state the queue file keeps, on purpose: it is not a dirty
balance. Cached figures carry the account data versions they were computed from, so dates
lost with the queue file cost freshness, never correctness (the figures show as stale until
the hourly full calculation or the next edit's refresh replaces them).

A burst of requests becomes one refresh: each adds its dates (never dropped), stores a new
token and enqueues a task with it; a task whose token is no longer the latest returns at once
(``is_latest`` peeks, never consumes), the latest one takes every date asked for so far.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from permoney_desktop.store import queue_tables

if TYPE_CHECKING:
    from permoney_desktop.worker.presence import SideHolder
    from permoney_desktop.worker.queue import PermoneyHuey

ALL_DATES = "*"
METRICS_TOKEN_KEY = "token:metrics"


def set_token(huey: PermoneyHuey, key: str) -> str:
    import uuid  # (uuid loads platform: not for a CLI write's ``add``)

    token = uuid.uuid4().hex
    huey.put(key, token)
    return token


def is_latest(huey: PermoneyHuey, key: str, token: str | None) -> bool:
    """True unless a newer request replaced ``token`` (a missing token counts as latest)."""
    if token is None:
        return True
    current = huey.get(key, peek=True)
    return current is None or current == token


def add(huey: SideHolder, days: list[date] | None) -> None:
    """Queue dates for a metrics refresh; ``None`` asks for every period."""
    values = [ALL_DATES] if days is None else sorted({d.isoformat() for d in days})
    queue_tables.add_metric_dates(huey.side, values)


def pop(huey: PermoneyHuey) -> tuple[list[date], bool]:
    """Every queued refresh date (sorted) and whether a full refresh was asked for."""
    days = set(queue_tables.pop_metric_dates(huey.side))
    full = ALL_DATES in days
    days.discard(ALL_DATES)
    return sorted(date.fromisoformat(d) for d in days), full


def waiting(huey: PermoneyHuey) -> bool:
    """True when some refresh date is queued."""
    return queue_tables.metric_dates_waiting(huey.side)
