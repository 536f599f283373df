"""Budget figures per month, computed by the worker and kept in the metrics cache with the stamp
of the inputs they are from; readers (the dashboard) take a cached month only for that stamp.

An entry also carries its *source*: the book's account data versions, categories, rates,
budgets, base currency and budget settings, all cheap to read. A reader whose source is
unchanged takes the entry without building the whole book's flow index (a full scan of every
entry, seconds at 1M entries: the dashboard did it at every start before)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from permoney_desktop.domain.budgets import MonthFigures, inputs_stamp, month_figures
from permoney_desktop.platform.metrics_cache import MetricsCache
from permoney_desktop.services.budget_book import BudgetBook, carry_negative, mode_of
from permoney_desktop.services.budgets import read_book
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.metrics.compute import Pause, _no_pause, book_lock
from permoney_desktop.store import budget_queries, metric_queries


@dataclass(frozen=True)
class BudgetMonth:
    """One month's figures and the stamp of the inputs they were computed from."""

    figures: MonthFigures
    stamp: str
    from_cache: bool = False


def cache_key(month: date) -> str:
    return f"budget:{month:%Y-%m}"


def source_key(ledger: Ledger) -> str:
    """A digest of what a month's figures are computed from, read without scanning entries:
    every account's data version (it moves on every write to its entries), the categories,
    the rates as stored, the budgets, the base currency and the budget settings."""
    with ledger.book.reading() as session, session.begin():
        versions = metric_queries.account_versions(session)
        cats = sorted(
            (c.id, c.kind.value, c.parent_id) for c in metric_queries.categories(session).values()
        )
        rates = metric_queries.rate_rows(session)
        budgets = sorted(budget_queries.all_budgets(session.connection()))
    parts = (
        str(ledger.base_currency),
        mode_of(ledger).value,
        repr(sorted(carry_negative(ledger))),
        repr(versions),
        repr(cats),
        repr(rates),
        repr(budgets),
    )
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


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
    source = source_key(ledger)  # read first: a write meanwhile leaves an older source
    result, _book = compute_month(ledger, month, pause)
    meta = {"stamp": result.stamp, "source": source}
    cache.set(cache_key(month), result.figures, background=True, meta=meta)
    return result


def cached_month(ledger: Ledger, cache: MetricsCache, month: date) -> BudgetMonth:
    """The month from the cache when it was computed from the book's current inputs, else
    computed now (and cached) by the same function."""
    source = source_key(ledger)
    entry = cache.get(cache_key(month))
    if entry is not None and entry.meta.get("source") == source and "stamp" in entry.meta:
        return BudgetMonth(entry.value, str(entry.meta["stamp"]), from_cache=True)
    with book_lock(ledger):
        book = read_book(ledger)
    stamp = inputs_stamp(book.inputs)
    if entry is not None and entry.meta.get("stamp") == stamp:
        return BudgetMonth(entry.value, stamp, from_cache=True)
    figures = month_figures(book.inputs, month)
    meta = {"stamp": stamp, "source": source}
    cache.set(cache_key(month), figures, background=False, meta=meta)
    return BudgetMonth(figures, stamp)
