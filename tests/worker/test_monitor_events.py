"""The job monitor's figures and the event publisher, without a consumer."""

from __future__ import annotations

import logging
import time

import pytest

from permoney_desktop.services.health_bands import DEFAULT_THRESHOLDS, Level
from permoney_desktop.worker import monitor as monitor_module
from permoney_desktop.worker.events import SYNC_COMPLETED, SYNC_STARTED, EventPublisher
from permoney_desktop.worker.monitor import SUPERSEDED, JobMonitor, percentile
from tests.clock import FakeClock, TimeWithClock


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 95) == 95.0
    assert percentile([3.0], 95) == 3.0
    assert percentile([], 50) is None


def test_monitor_counts_latency_runs_failures_and_superseded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The monitor reads the wall clock through its module: hold it still, so the waits it
    # records are exactly the ones given here.
    now = time.time()
    monkeypatch.setattr(monitor_module, "time", TimeWithClock(FakeClock(now), reads=("time",)))
    monitor = JobMonitor()
    monitor.job_started("a", "sync_account", now - 0.2)
    monitor.job_finished("a")
    monitor.job_started("b", "sync_account", now - 0.4)
    monitor.mark_current(SUPERSEDED)
    monitor.job_finished("b")
    monitor.job_started("c", "refresh_metrics", None)
    try:
        raise ValueError("boom")
    except ValueError as exc:
        monitor.job_finished("c", exc)
    monitor.job_started("d", "sync_account", None)
    monitor.job_finished("d", RuntimeError("busy"), retrying=True)
    report = monitor.report(queue_depth=3, stale_locks=0)
    assert (report.processed, report.failed, report.superseded, report.retries) == (2, 1, 1, 1)
    assert report.failure_rate == 0.5
    assert report.queue_depth == 3
    assert report.wait_p50_s == pytest.approx(0.2)
    assert report.wait_p95_s == pytest.approx(0.4)
    assert "ValueError: boom" in report.last_errors["refresh_metrics"]["traceback"]
    assert report.verdict.level is Level.CRITICAL  # 50% failures
    assert any("failure rate above 10.0%" in r for r in report.verdict.recommendations)


def test_queue_that_nobody_consumes_shows_as_latency() -> None:
    report = JobMonitor().report(queue_depth=1, oldest_wait_s=90.0)
    assert report.verdict.level is Level.CRITICAL
    assert report.verdict.findings[0].check == "queue_wait_s"


def test_stuck_and_slow_jobs_are_reported() -> None:
    monitor = JobMonitor()
    started = time.time() - DEFAULT_THRESHOLDS.stuck_job_s - 1
    report = monitor.report(queue_depth=0, running=[{"task": "sync_account", "started": started}])
    assert len(report.stuck_jobs) == 1
    assert report.verdict.level is Level.WARNING


def test_alerts_are_logged_once_per_interval(caplog: pytest.LogCaptureFixture) -> None:
    monitor = JobMonitor()
    verdict = monitor.report(queue_depth=1, oldest_wait_s=45.0).verdict
    with caplog.at_level(logging.WARNING):
        assert len(monitor.due_alerts(verdict, now=1000.0)) == 1
        assert monitor.due_alerts(verdict, now=1000.0 + 60) == []
        assert len(monitor.due_alerts(verdict, now=1000.0 + 901)) == 1
    assert sum("raise worker threads" in r.getMessage() for r in caplog.records) == 2


def test_state_round_trips_for_another_process() -> None:
    monitor = JobMonitor()
    monitor.job_started("a", "sync_account", time.time() - 0.1)
    monitor.job_finished("a")
    again = JobMonitor()
    again.restore(monitor.to_state())
    report = again.report(queue_depth=0)
    assert report.processed == 1 and report.wait_p50_s is not None
    again.restore({"processed": "many"})  # unreadable state is ignored, not fatal


def test_publisher_calls_subscribers_and_survives_their_errors(
    caplog: pytest.LogCaptureFixture,
) -> None:
    pub = EventPublisher()
    seen: list[object] = []

    def broken(*_args: object) -> None:
        raise RuntimeError("subscriber bug")

    pub.subscribe(SYNC_COMPLETED, broken)
    unsubscribe = pub.subscribe(
        SYNC_COMPLETED, lambda acct, version, summary: seen.append((acct, version))
    )
    pub.subscribe_all(lambda event, args: seen.append(event))
    with caplog.at_level(logging.ERROR):
        pub.publish(SYNC_COMPLETED, 7, 3, None)
    assert seen == [(7, 3), SYNC_COMPLETED]
    assert "sync_completed subscriber failed" in caplog.text
    unsubscribe()
    pub.publish(SYNC_COMPLETED, 7, 4, None)
    pub.publish(SYNC_STARTED, 7)
    assert seen == [(7, 3), SYNC_COMPLETED, SYNC_COMPLETED, SYNC_STARTED]
    with pytest.raises(ValueError, match="unknown worker event 'nope'"):
        pub.subscribe("nope", print)
