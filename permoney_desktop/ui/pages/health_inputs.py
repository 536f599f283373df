"""What the health page is fed: the inputs record, the slow-query collector, the cache's figures."""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from permoney_desktop.services.health_bands import DEFAULT_THRESHOLDS, evaluate, warm_hit_rate

SQL_LOGGER = "permoney.sql"  # where the book engines log statements over 100 ms


@dataclass(frozen=True)
class HealthInputs:
    jobs: Mapping[str, Any] | None = None  # HealthReport.to_dict()
    cache: Mapping[str, Any] | None = None  # CacheStats.as_dict() (+ "verdict")
    slow_queries: Sequence[Mapping[str, Any]] = ()  # {"sql", "ms", "count", "level"?}
    optimistic: Mapping[str, Any] | None = None  # ReconcileStats.snapshot()
    extra: Mapping[str, Any] = field(default_factory=dict)


class SlowQueryLog(logging.Handler):
    """Collects the book engines' slow-query log lines (logger ``permoney.sql``): statement
    text and time only, as logged; never parameter values."""

    def __init__(self, keep: int = 20) -> None:
        super().__init__(logging.WARNING)
        self.keep = keep
        self._rows: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    @classmethod
    def installed(cls) -> SlowQueryLog:
        logger = logging.getLogger(SQL_LOGGER)
        for handler in logger.handlers:
            if isinstance(handler, SlowQueryLog):
                return handler
        handler = cls()
        logger.addHandler(handler)
        return handler

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args if isinstance(record.args, tuple) else ()
        if len(args) < 3:
            return
        ms, sql = float(str(args[0])), str(args[2])
        with self._lock:
            row = self._rows.setdefault(sql, {"sql": sql, "ms": 0.0, "count": 0})
            row["count"] += 1
            row["ms"] = max(row["ms"], ms)
            if len(self._rows) > self.keep:
                slowest = sorted(self._rows.values(), key=lambda r: -r["ms"])[: self.keep]
                self._rows = {r["sql"]: r for r in slowest}

    def rows(self) -> list[dict[str, Any]]:
        with self._lock:
            return sorted((dict(r) for r in self._rows.values()), key=lambda r: -r["ms"])


def cache_figures(stats: Any) -> dict[str, float | None]:
    """The cache's figures by check name in ``services.health_bands`` (as the worker reports)."""
    p95 = stats.lookup_p95_ms
    return {
        "cache_hit_rate": warm_hit_rate(stats.hits, stats.misses, stats.hit_rate),
        "cache_lookup_p95_s": None if p95 is None else p95 / 1000,
        "cache_entries": None if stats.entries is None else float(stats.entries),
        "cache_degraded": 1.0 if stats.degraded else 0.0,
    }


def cache_inputs(cache: Any) -> dict[str, Any] | None:
    """A metrics cache's stats with a verdict from the central thresholds."""
    if cache is None:
        return None
    stats = cache.stats()
    data = dict(stats.as_dict())
    verdict = evaluate(cache_figures(stats), DEFAULT_THRESHOLDS)
    data["verdict"] = {
        "level": verdict.level.label,
        "findings": [
            {
                "check": f.check,
                "title": f.title,
                "value": f.value,
                "shown": f.shown,
                "level": f.level.label,
                "recommendation": f.recommendation,
            }
            for f in verdict.findings
        ],
        "recommendations": verdict.recommendations,
    }
    return data
