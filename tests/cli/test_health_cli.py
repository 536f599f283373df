"""`permoney health` and `permoney cache stats` told truthfully from a fresh process."""

from __future__ import annotations

import json
import logging
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.platform.metrics_cache import MetricsCache
from permoney_desktop.services import entries
from permoney_desktop.services.ledger import Ledger
from tests.cli.conftest import Cli


def test_health_with_writes_queued_and_no_worker_says_so(
    cli: Cli, book: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cli(book, "tx", "add", "--account", "Cash", "--date", "2026-03-01", "--amount", "-5")
    with Ledger.open(book) as ledger:  # an edit the worker has not seen (no CLI sync)
        entries.add_entry(ledger, NewEntry(AccountId(1), date(2026, 3, 2), Decimal("-7")))
    caplog.set_level(logging.WARNING)
    out = cli(book, "health")
    assert not [r for r in caplog.records if "discarded" in r.getMessage()]
    assert "discarded a queued task" not in out
    lines = dict(line.split(None, 1) for line in out.splitlines()[:2])
    assert lines["verdict:"] != "healthy"
    assert "no worker is running" in out and "1 account behind its edits" in out
    assert "thread" not in out.split("recommendations:")[1].split("recent syncs:")[0]
    queued = next(line for line in out.splitlines() if line.startswith("queue depth"))
    oldest = next(line for line in out.splitlines() if line.startswith("oldest queued"))
    if int(queued.split()[-1]):
        assert oldest.split()[-1] != "-"  # its age is read without the task registry
    data = json.loads(cli(book, "health", "--format", "json"))
    assert data["verdict"]["level"] == "warning" and data["accounts_waiting"] == 1


def test_cache_stats_in_a_fresh_process_show_evictions(cli: Cli, book: Path) -> None:
    out = cli(book, "cache", "stats")
    rows = dict(line.rsplit(None, 1) for line in out.splitlines()[2:] if line.strip())
    assert rows["evictions"] == "0" and rows["entries"].isdigit()


def test_evictions_are_counted_in_the_cache_for_every_process(tmp_path: Path) -> None:
    small = MetricsCache(tmp_path / "c", schema_version="1", book_id="b", size_limit=40_000)
    for i in range(80):
        small.set(f"p{i}", "x" * 2_000, background=True)
    counted = small.stats().evictions
    small.close()
    assert counted is not None and counted > 0
    fresh = MetricsCache(tmp_path / "c", schema_version="1", book_id="b", size_limit=40_000)
    try:
        assert fresh.stats().evictions == counted  # a new process reads the same count
        assert fresh.stats().hits == 0
    finally:
        fresh.close()
