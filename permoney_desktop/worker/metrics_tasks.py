"""Dashboard metrics in the worker: the hourly and forced full calculation, the refresh after
edits (through the sync tasks' coalesced ``refresh_metrics``), cache and memory health figures,
and a periodic trim of in-memory state.

* ``calculate_all_metrics(force=False)``: every named period into the cache (the hourly run at
  minute 5 is C's ``full_metrics`` periodic task, which calls the hook installed here).
* The ``refresh_metrics`` hook gets every date asked for since the last refresh (merged by the
  sync tasks, never dropped) and recomputes only the periods those dates can change.
* One calculation per book at a time: the services' per-book lock (threads of this process)
  plus a lock entry in the metrics cache (other processes sharing the book).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from huey import crontab

from permoney_desktop.worker.queue import PRIORITY_MAINTENANCE, PermoneyHuey

if TYPE_CHECKING:
    from permoney_desktop.platform.metrics_cache import MetricsCache
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.worker.context import WorkerContext

log = logging.getLogger(__name__)

# A calculation holding the cross-process lock longer than this is presumed dead.
CALC_LOCK_TTL_S = 120.0
_CALC_LOCK = "calc-lock"


def cache_of(ctx: WorkerContext) -> MetricsCache:
    from permoney_desktop.services import metrics

    if ctx.metrics_cache is None:
        ctx.metrics_cache = metrics.open_cache(ctx.ledger)
    cache: MetricsCache = ctx.metrics_cache
    return cache


@contextmanager
def book_calculation(ledger: Ledger, cache: MetricsCache) -> Iterator[None]:
    """Hold this book's calculation lock: in-process first, then across processes."""
    from permoney_desktop.services import metrics

    with metrics.book_lock(ledger), cache.hold(_CALC_LOCK, ttl=CALC_LOCK_TTL_S):
        yield


def calculate_all(ctx: WorkerContext, *, force: bool = False) -> list[str]:
    from permoney_desktop.services import metrics

    cache = cache_of(ctx)
    with book_calculation(ctx.ledger, cache):
        report = metrics.calculate_all(
            ctx.ledger, cache, force=force, pause=ctx.sync_gate.yield_to_syncs
        )
    log.info(
        "metrics: computed %s, skipped %s in %.0f ms",
        ",".join(report.computed) or "-",
        ",".join(report.skipped) or "-",
        report.duration_ms,
    )
    return list(report.computed)


def refresh(ctx: WorkerContext, dates: list[date], full: bool) -> Sequence[str]:
    """The ``refresh_metrics`` hook: only the periods the dates can change (all with ``full``)."""
    from permoney_desktop.services import metrics

    if full:
        return calculate_all(ctx, force=True)
    cache = cache_of(ctx)
    begun = time.monotonic()
    with book_calculation(ctx.ledger, cache):
        # Between its steps the refresh lets an edit's sync run alone (a sync sharing the GIL
        # with it waits at every SQLite call), and stops once a newer edit has made it stale
        # (StepAside): the edit's figures and confirmation come first, a refresh after them.
        report = metrics.refresh_for_dates(
            ctx.ledger, cache, dates, pause=ctx.sync_gate.stepping_aside(begun)
        )
    log.info("metrics: refreshed %s in %.0f ms", ",".join(report.refreshed), report.duration_ms)
    return list(report.refreshed)


def process_rss_mb() -> float | None:
    """Resident set size of this process in MB (None where the OS does not say)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # Linux reports KiB, macOS bytes; this is the peak, the best the OS offers here.
        return float(peak) / (1024 * 1024 if sys.platform == "darwin" else 1024)
    except (ImportError, OSError):
        return None


def cache_figures(cache: MetricsCache) -> dict[str, float | None]:
    """Health figures of the cache, by check name in ``services.health_bands``.

    Hit rate and lookup times come from the process that served the reads: a process with no
    reads of its own (the CLI) reports the last snapshot the worker recorded.
    """
    from permoney_desktop.services.health_bands import warm_hit_rate

    stats = cache.stats()
    hit_rate, p95 = stats.hit_rate, stats.lookup_p95_ms
    lookups = (stats.hits, stats.misses)
    if stats.hits + stats.misses == 0:
        saved = cache.recorded_stats()
        if saved:
            hit_rate = saved.get("hit_rate")
            p95 = saved.get("lookup_p95_ms")
            lookups = (int(saved.get("hits") or 0), int(saved.get("misses") or 0))
    return {
        # Not judged while the cache warms up (a cold start is no warning).
        "cache_hit_rate": warm_hit_rate(*lookups, hit_rate),
        "cache_lookup_p95_s": None if p95 is None else p95 / 1000,
        "cache_entries": None if stats.entries is None else float(stats.entries),
        "cache_degraded": 1.0 if stats.degraded else 0.0,
    }


def health_figures(ctx: WorkerContext) -> dict[str, float | None]:
    """Health hook: cache figures (recorded for other processes too) and memory."""
    cache = cache_of(ctx)
    cache.record_stats()
    figures = cache_figures(cache)
    figures["memory_rss_mb"] = process_rss_mb()
    return figures


def trim(ctx: WorkerContext) -> None:
    """Periodic trim: expired cache entries out, old day-level detail out of memory."""
    from permoney_desktop.services import metrics

    cache = cache_of(ctx)
    expired = cache.evict_expired()
    dropped = metrics.trim_memory(ctx.ledger)
    if expired or dropped:
        log.info("metrics trim: %d expired entries, %d day-level months", expired, dropped)


def register(huey: PermoneyHuey, ctx: WorkerContext) -> None:
    @huey.task(name="calculate_all_metrics", priority=PRIORITY_MAINTENANCE)  # type: ignore[untyped-decorator]
    def calculate_all_metrics(force: bool = False) -> None:
        started = time.perf_counter()
        periods = calculate_all(ctx, force=bool(force))
        if periods:
            from permoney_desktop.worker import events

            ctx.events.publish(events.METRICS_UPDATED, periods)
        log.debug("calculate_all_metrics took %.0f ms", (time.perf_counter() - started) * 1000)

    @huey.periodic_task(  # type: ignore[untyped-decorator]
        crontab(minute="*/5"), priority=PRIORITY_MAINTENANCE, name="trim_metrics"
    )
    def trim_metrics() -> None:
        trim(ctx)

    ctx.hooks.refresh_metrics = refresh
    ctx.hooks.full_metrics = lambda c: calculate_all(c, force=False)
    ctx.hooks.health_figures.append(health_figures)
    ctx.tasks.update(calculate_all_metrics=calculate_all_metrics, trim_metrics=trim_metrics)


def request_full(ctx: WorkerContext, *, force: bool = False) -> Any:
    """Queue a full calculation (the tray's and the CLI's "refresh now")."""
    return ctx.tasks["calculate_all_metrics"](force=force)
