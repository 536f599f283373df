"""Dashboard metrics of a book: compute any period, keep the named ones cached, refresh only
what an edit touched, and hand the GUI ready-made cards (``dashboard``).

The pieces live in ``compute`` (the flow index and one period's figures), ``cache`` (cached
periods and the worker's refresh), ``cards`` (what the dashboard reads) and ``export`` (plain
data for the CLI); callers keep importing them from here.
"""

from __future__ import annotations

from permoney_desktop.domain.periods import NAMED_PERIODS
from permoney_desktop.platform.metrics_cache import MetricsCache
from permoney_desktop.services.metrics.cache import (
    CalculationReport,
    RefreshReport,
    calculate_all,
    open_cache,
    period_metrics,
    refresh_for_dates,
)
from permoney_desktop.services.metrics.cards import (
    CARD_KEYS,
    Card,
    CardFilter,
    DashboardMetrics,
    category_filter,
    dashboard,
    merchant_filter,
    provisional_dashboard,
    to_dashboard,
)
from permoney_desktop.services.metrics.compute import _STATES as _STATES  # benchmarks reset it
from permoney_desktop.services.metrics.compute import (
    Pause,
    book_lock,
    compute_period,
    first_day,
    provisional_period,
    resolve_period,
    trim_memory,
)
from permoney_desktop.services.metrics.export import metrics_dict

__all__ = [
    "CARD_KEYS",
    "NAMED_PERIODS",
    "CalculationReport",
    "Card",
    "CardFilter",
    "DashboardMetrics",
    "MetricsCache",
    "Pause",
    "RefreshReport",
    "book_lock",
    "calculate_all",
    "category_filter",
    "compute_period",
    "dashboard",
    "first_day",
    "merchant_filter",
    "metrics_dict",
    "open_cache",
    "period_metrics",
    "provisional_dashboard",
    "provisional_period",
    "refresh_for_dates",
    "resolve_period",
    "to_dashboard",
    "trim_memory",
]
