"""The worker's budget months: computed on request and after each metrics refresh, cached with
the stamp of the inputs they are from, published as ``budget_updated``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from permoney_desktop.domain.budgets import inputs_stamp, month_figures
from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import accounts, budget_cache, budgets, categories, entries
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker import events
from permoney_desktop.worker.runtime import Worker

MakeWorker = Callable[..., Worker]

MONTH = date.today().replace(day=1)


def test_requested_month_and_refreshes_cache_the_current_inputs(
    ledger: Ledger, make_worker: MakeWorker
) -> None:
    acc, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    food, _ = categories.create_category(ledger, "Food", "expense")
    budgets.set_budget(ledger, food, MONTH, 300_00)
    published: list[tuple[date, str, object]] = []
    worker = make_worker()
    worker.events.subscribe(events.BUDGET_UPDATED, lambda *a: published.append(a))
    worker.start()
    worker.request_budget(MONTH)
    assert worker.wait_idle(20)
    book = budgets.read_book(ledger)
    month, stamp, figures = published[-1]
    assert (month, stamp) == (MONTH, inputs_stamp(book.inputs))
    assert figures == month_figures(book.inputs, MONTH)

    # An entry changes what was spent: the sync's metrics refresh recomputes this month.
    changes = entries.add_entry(ledger, NewEntry(acc, MONTH, Decimal("-45.50"), category_id=food))[
        1
    ]
    worker.enqueue_changes(changes)
    assert worker.wait_idle(20)
    book = budgets.read_book(ledger)
    month, stamp, figures = published[-1]
    assert stamp == inputs_stamp(book.inputs)
    assert figures.line(int(food)).available == 300_00 - 45_50
    cached = budget_cache.cached_month(ledger, worker.ctx.metrics_cache, MONTH)
    assert cached.from_cache
    assert cached.figures == figures


def test_a_cached_month_of_an_unchanged_book_is_read_without_the_flow_index(
    ledger: Ledger, make_worker: MakeWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dashboard asks for the current month at every start: when nothing it depends on
    changed, the cached figures come back without reading every entry's flows; any write to
    an account's entries, or to the budgets, sends it back to the book."""
    acc, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
    food, _ = categories.create_category(ledger, "Food", "expense")
    budgets.set_budget(ledger, food, MONTH, 300_00)
    worker = make_worker()
    worker.start()
    worker.request_budget(MONTH)
    assert worker.wait_idle(20)
    cache = worker.ctx.metrics_cache
    reads: list[int] = []
    real_read = budget_cache.read_book

    def counted(ledger: Ledger, *args: object, **kwargs: object) -> budgets.BudgetBook:
        reads.append(1)
        return real_read(ledger, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(budget_cache, "read_book", counted)
    first = budget_cache.cached_month(ledger, cache, MONTH)
    assert first.from_cache and reads == []

    entries.add_entry(ledger, NewEntry(acc, MONTH, Decimal("-20.00"), category_id=food))
    moved = budget_cache.cached_month(ledger, cache, MONTH)
    assert reads == [1]
    assert not moved.from_cache
    assert moved.figures.line(int(food)).available == 300_00 - 20_00
    again = budget_cache.cached_month(ledger, cache, MONTH)  # cached with its new source
    assert again.from_cache and reads == [1]

    budgets.set_budget(ledger, food, MONTH, 350_00)
    rebudgeted = budget_cache.cached_month(ledger, cache, MONTH)
    assert reads == [1, 1]
    assert rebudgeted.figures.line(int(food)).available == 350_00 - 20_00
