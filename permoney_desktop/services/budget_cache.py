"""Budget figures per month, computed by the worker and kept in the metrics cache with the stamp
of the inputs they are from; readers (the dashboard) take a cached month only for that stamp."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from permoney_desktop.domain.budgets import MonthFigures, inputs_stamp, month_figures
from permoney_desktop.platform.metrics_cache import MetricsCache
from permoney_desktop.services.budgets import BudgetBook, read_book
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.metrics.compute import Pause, _no_pause, book_lock


@dataclass(frozen=True)
class BudgetMonth:
    """One month's figures and the stamp of the inputs they were computed from."""

    figures: MonthFigures
    stamp: str
    from_cache: bool = False


def cache_key(month: date) -> str:
    return f"budget:{month:%Y-%m}"


def compute_month(
    ledger: Ledger, month: date, pause: Pause = _no_pause
) -> tuple[BudgetMonth, BudgetBook]:
    """Read the book and compute ``month`` (the worker's path and a cache miss's)."""
    with book_lock(ledger):
        book = read_book(ledger, pause)
    figures = month_figures(book.inputs, month)
    return BudgetMonth(figures, inputs_stamp(book.inputs)), book


def store_month(
    ledger: Ledger, cache: MetricsCache, month: date, pause: Pause = _no_pause
) -> BudgetMonth:
    """Compute ``month`` and keep it in the cache with its stamp (the worker's task)."""
    result, _book = compute_month(ledger, month, pause)
    cache.set(cache_key(month), result.figures, background=True, meta={"stamp": result.stamp})
    return result


def cached_month(ledger: Ledger, cache: MetricsCache, month: date) -> BudgetMonth:
    """The month from the cache when it was computed from the book's current inputs, else
    computed now (and cached) by the same function."""
    with book_lock(ledger):
        book = read_book(ledger)
    stamp = inputs_stamp(book.inputs)
    entry = cache.get(cache_key(month))
    if entry is not None and entry.meta.get("stamp") == stamp:
        return BudgetMonth(entry.value, stamp, from_cache=True)
    figures = month_figures(book.inputs, month)
    cache.set(cache_key(month), figures, background=False, meta={"stamp": stamp})
    return BudgetMonth(figures, stamp)
