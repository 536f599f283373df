"""Metric reads shared by the pages: one metrics cache per open book, and cached monthly history."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING, Any

from permoney_desktop.domain.periods import (
    add_months,
    custom_period,
    last_day_of_month,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.lazy_import import lazy_module

if TYPE_CHECKING:
    from permoney_desktop.domain.metrics import PeriodMetrics
    from permoney_desktop.services import metrics
else:  # imported on first use (by the first load, off the GUI thread): see ui.lazy_import
    metrics = lazy_module("permoney_desktop.services.metrics")


HISTORY_MONTHS = 12


_CACHES: weakref.WeakKeyDictionary[Ledger, Any] = weakref.WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def shared_cache(ledger: Ledger) -> Any:
    """One metrics cache per open book, shared by the dashboard, reports and health pages
    (the dashboard's first load opens it on a pool thread)."""
    with _CACHES_LOCK:
        cache = _CACHES.get(ledger)
        if cache is None:
            cache = metrics.open_cache(ledger)
            _CACHES[ledger] = cache
    return cache


def monthly_history(
    ledger: Ledger,
    cache: Any,
    end: date,
    months: int = HISTORY_MONTHS,
    *,
    fresh: bool = False,
    days: Collection[date] | None = None,
) -> list[PeriodMetrics]:
    """The whole calendar months up to ``end``'s month, oldest first (cached periods).

    With ``days`` (the days a write just changed) the months holding them are recomputed
    provisionally and the others come from the cache as they are."""
    first = add_months(end.replace(day=1), -(months - 1))
    touched = {d.replace(day=1) for d in days or ()}
    out = []
    for i in range(months):
        start = add_months(first, i)
        period = custom_period(start, min(last_day_of_month(start), end))
        if days is not None and start in touched:
            out.append(metrics.provisional_period(ledger, period, days))
            continue
        stale_ok = days is not None or not fresh
        out.append(metrics.period_metrics(ledger, cache, period, allow_stale=stale_ok).value)
    return out
