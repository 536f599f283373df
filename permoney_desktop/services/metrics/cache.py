"""The metrics cache: periods computed once, kept per book, refreshed only where an edit reached."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from permoney_desktop.domain.metrics import (
    PeriodMetrics,
)
from permoney_desktop.domain.periods import (
    Period,
    all_named_periods,
)
from permoney_desktop.platform.metrics_cache import CachedValue, MetricsCache
from permoney_desktop.services import gate
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.metrics.compute import (
    Pause,
    Versions,
    _compute,
    _load,
    _no_pause,
    _prime_daily,
    _state,
    _with_budgets,
)
from permoney_desktop.store import metric_queries as q
from permoney_desktop.store.migrate import SCHEMA_HEAD


def _meta(versions: Versions) -> dict[str, Any]:
    return {"versions": versions}


def _current_versions(ledger: Ledger) -> Versions:
    with ledger.book.reading() as session:
        return q.account_versions(session)


def period_metrics(
    ledger: Ledger, cache: MetricsCache, period: Period, *, allow_stale: bool = True
) -> CachedValue[PeriodMetrics]:
    """The period's metrics from the cache, computed once (whoever asks) when missing.

    With ``allow_stale=False`` an entry computed for other account versions is recomputed;
    by default it is served (the worker's refresh is on its way) and flagged stale by
    ``dashboard``.
    """
    accept = None
    if not allow_stale:
        versions = _current_versions(ledger)

        def accept(entry: CachedValue[Any]) -> bool:
            return bool(entry.meta.get("versions") == versions)

    def compute() -> tuple[PeriodMetrics, Versions]:
        with _state(ledger).lock, ledger.book.reading() as session, session.begin():
            snap = _with_budgets(_load(ledger, session), session, [period])
            return _compute(snap, session, period), snap.versions

    entry = cache.get_or_compute(
        period.key, compute, background=False, accept=accept, meta=lambda r: _meta(r[1])
    )
    value, _versions = entry.value
    return CachedValue(
        value, entry.background_calculated, entry.computed_at, entry.meta, entry.from_cache
    )


@dataclass(frozen=True)
class CalculationReport:
    computed: tuple[str, ...]
    skipped: tuple[str, ...]
    duration_ms: float


def calculate_all(
    ledger: Ledger,
    cache: MetricsCache,
    *,
    today: date | None = None,
    force: bool = False,
    pause: Pause = _no_pause,
) -> CalculationReport:
    """Compute every named period (and its previous period) into the cache.

    Without ``force``, periods already cached for the book's current data are skipped;
    ``force`` also rebuilds the flow index from scratch.
    """
    started = time.perf_counter()
    today = today or date.today()
    computed, skipped = [], []
    # No cyclic GC meanwhile: the computation builds some hundred thousand acyclic groups and
    # sums, and each collection walked them all again (a tenth of a cold run at 100k).
    with (
        gate.no_gc(),
        _state(ledger).lock,
        ledger.book.reading() as session,
        session.begin(),
    ):
        snap = _load(ledger, session, rebuild=force, pause=pause)
        periods = all_named_periods(today, snap.first_day)
        todo = []
        for period in periods:
            entry = None if force else cache.get(period.key)
            if entry is not None and entry.meta.get("versions") == snap.versions:
                skipped.append(period.name.value)
            else:
                todo.append(period)
        snap = _with_budgets(snap, session, todo)
        _prime_daily(snap, session, todo)
        for period in todo:
            pause()
            result = _compute(snap, session, period)
            cache.set(
                period.key, (result, snap.versions), background=True, meta=_meta(snap.versions)
            )
            computed.append(period.name.value)
    return CalculationReport(
        tuple(computed), tuple(skipped), (time.perf_counter() - started) * 1000
    )


@dataclass(frozen=True)
class RefreshReport:
    refreshed: tuple[str, ...]
    evicted: int
    duration_ms: float


def _end_of_key(key: str) -> date | None:
    """The end date inside a cache name made by ``Period.key``."""
    try:
        return date.fromisoformat(key.split(":")[1].split("..")[1])
    except (IndexError, ValueError):
        return None


def refresh_for_dates(
    ledger: Ledger,
    cache: MetricsCache,
    dates: Iterable[date],
    *,
    today: date | None = None,
    pause: Pause = _no_pause,
) -> RefreshReport:
    """Recompute only the named periods an edit from ``dates`` on can change; drop other
    affected entries (custom periods, other days' periods). Periods ending before the
    earliest date stay. ``dates`` are earliest dirty dates: everything after them is reread.
    ``pause`` is called between steps (reading the flows, patching the index, each period)."""
    started = time.perf_counter()
    days = set(dates)
    if not days:
        return RefreshReport((), 0, 0.0)
    earliest = min(days)
    today = today or date.today()
    with _state(ledger).lock, ledger.book.reading() as session, session.begin():
        snap = _load(ledger, session, days=days, pause=pause)
        periods = [p for p in all_named_periods(today, snap.first_day) if p.affected_by(earliest)]
        snap = _with_budgets(snap, session, periods)
        _prime_daily(snap, session, periods)
        results = {}
        for p in periods:
            pause()
            results[p.key] = (_compute(snap, session, p), snap.versions)
        refreshed = [p.name.value for p in periods]
    cache.set_many(results, background=True, meta=_meta(snap.versions))
    fresh = {p.key for p in periods}
    evicted = 0
    for name in cache.names():
        end = _end_of_key(name)
        if name not in fresh and end is not None and earliest <= end and cache.delete(name):
            evicted += 1
    return RefreshReport(tuple(refreshed), evicted, (time.perf_counter() - started) * 1000)


def open_cache(ledger: Ledger) -> MetricsCache:
    """This book's metrics cache (keys carry the schema version and the book id)."""
    disk = None
    if ledger.book.key is not None:
        from permoney_desktop.platform.encrypted_disk import encrypted_disk

        disk = encrypted_disk(ledger.book.key)
    return MetricsCache(
        ledger.paths.cache_dir, schema_version=SCHEMA_HEAD, book_id=ledger.book_id, disk=disk
    )
