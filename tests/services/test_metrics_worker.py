"""Metrics through the real worker: a Huey consumer on a temporary queue file, a real cache."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.periods import PeriodName, named_period
from permoney_desktop.services import accounts, entries, materialize, metrics
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker import events, metrics_tasks
from permoney_desktop.worker.runtime import Worker

TODAY = date.today()


@pytest.fixture
def worker(ledger: Ledger) -> Iterator[Worker]:
    w = Worker(ledger, periodic=False)
    yield w
    w.close()


def _book(ledger: Ledger) -> int:
    acct, _ = accounts.create_account(
        ledger,
        "Checking",
        "checking",
        "USD",
        opening_balance=Decimal("1000"),
        opening_date=TODAY - timedelta(days=400),
    )
    rows = [NewEntry(acct, TODAY - timedelta(days=i * 9), Decimal("-12.50")) for i in range(40)]
    entries.add_many(ledger, rows, label="bulk")
    materialize.sync_account(ledger, acct, full=True)
    return acct


def test_full_calculation_then_an_edit_refreshes_only_affected_periods(
    ledger: Ledger, worker: Worker
) -> None:
    acct = _book(ledger)
    updated: list[list[str]] = []
    worker.events.subscribe(events.METRICS_UPDATED, updated.append)
    worker.start()
    metrics_tasks.request_full(worker.ctx, force=True)
    assert worker.wait_idle(30)
    assert updated and set(updated[-1]) == {p.value for p in metrics.NAMED_PERIODS}
    cache = metrics_tasks.cache_of(worker.ctx)
    last_month = named_period(PeriodName.LAST_MONTH, TODAY)
    before = cache.get(last_month.key)
    assert before is not None and before.background_calculated
    _entry, changes = entries.add_entry(ledger, NewEntry(acct, TODAY, Decimal("-99.99")))
    worker.enqueue_changes(changes)
    assert worker.wait_idle(30)
    assert "this_month" in updated[-1] and "last_month" not in updated[-1]
    after = cache.get(last_month.key)
    assert after is not None and after.computed_at == before.computed_at
    d = metrics.dashboard(ledger, cache, "this_month")
    assert not d.stale and d.background_calculated
    fresh = metrics.compute_period(ledger, named_period(PeriodName.THIS_MONTH, TODAY))
    assert d.cards["expenses"].value is not None
    assert d.cards["expenses"].value.minor_units == fresh.current.expenses
    figures = metrics_tasks.health_figures(worker.ctx)
    assert figures["cache_degraded"] == 0.0 and figures["cache_entries"]
    assert figures["memory_rss_mb"] and figures["memory_rss_mb"] > 10
    assert cache.recorded_stats() is not None


def test_cache_figures_feed_the_verdict(tmp_path: Path) -> None:
    from permoney_desktop.platform.metrics_cache import MetricsCache
    from permoney_desktop.services.health_bands import Level, evaluate

    blocker = tmp_path / "file"
    blocker.write_text("x")
    broken = MetricsCache(blocker, schema_version="0001", book_id="b")
    verdict = evaluate(metrics_tasks.cache_figures(broken))
    assert verdict.level is Level.DEGRADED
    assert any("unusable" in r for r in verdict.recommendations)
    healthy = MetricsCache(tmp_path / "ok", schema_version="0001", book_id="b")
    healthy.set("p", 1, background=True)
    for _ in range(45):  # warmed up: judged from 50 lookups on (WARM_LOOKUPS)
        healthy.get("p")
    for _ in range(5):
        healthy.get("missing")
    figures = metrics_tasks.cache_figures(healthy)
    assert figures["cache_hit_rate"] == 0.9
    assert evaluate({"cache_hit_rate": 0.6}).level is Level.WARNING
    assert evaluate({"cache_hit_rate": 0.4}).level is Level.CRITICAL
    assert evaluate({"memory_rss_mb": 1200.0}).level is Level.WARNING
    assert evaluate({"ui_operation_s": 0.3}).level is Level.DEGRADED
