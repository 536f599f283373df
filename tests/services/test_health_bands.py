"""Centralized thresholds: levels, verdicts, recommendations, overrides, alert limiting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.services.health_bands import (
    DEFAULT_THRESHOLDS,
    AlertLimiter,
    Band,
    Level,
    ThresholdError,
    evaluate,
)


@pytest.mark.parametrize(
    ("value", "level"),
    [
        (0.0, Level.HEALTHY),
        (5.0, Level.HEALTHY),
        (5.1, Level.DEGRADED),
        (30.0, Level.WARNING),
        (59.9, Level.WARNING),
        (60.0, Level.CRITICAL),
        (600.0, Level.CRITICAL),
    ],
)
def test_queue_wait_band_is_5_30_60_seconds(value: float, level: Level) -> None:
    assert DEFAULT_THRESHOLDS.checks["queue_wait_s"].band.level(value) is level


@pytest.mark.parametrize(
    ("rate", "level"),
    [
        (0.0, Level.HEALTHY),
        (0.01, Level.HEALTHY),
        (0.02, Level.DEGRADED),
        (0.05, Level.WARNING),
        (0.10, Level.CRITICAL),
    ],
)
def test_failure_rate_band_is_1_5_10_percent(rate: float, level: Level) -> None:
    assert DEFAULT_THRESHOLDS.checks["failure_rate"].band.level(rate) is level


def test_slow_job_limit_is_30_seconds_and_alerts_repeat_after_15_minutes() -> None:
    assert DEFAULT_THRESHOLDS.slow_job_s == 30.0
    assert DEFAULT_THRESHOLDS.alert_interval_s == 15 * 60


@given(st.floats(0, 1000), st.floats(0, 1000))
def test_a_worse_value_never_gets_a_better_level(a: float, b: float) -> None:
    band = DEFAULT_THRESHOLDS.checks["queue_wait_s"].band
    low, high = sorted((a, b))
    assert band.level(low) <= band.level(high)
    mirrored = Band(0.9, 0.7, 0.5, higher_is_worse=False)
    assert mirrored.level(high) <= mirrored.level(low)


def test_verdict_is_the_worst_finding_with_plain_recommendations() -> None:
    verdict = evaluate(
        {"queue_wait_s": 42.0, "failure_rate": 0.0, "unknown": 1.0, "stale_locks": None}
    )
    assert verdict.level is Level.WARNING
    assert [f.check for f in verdict.findings] == ["queue_wait_s", "failure_rate"]
    assert verdict.findings[0].shown == "42.0 s"
    assert verdict.recommendations == [
        "queue latency above 30.0 s: raise worker threads "
        "(setting worker.threads or PERMONEY_WORKER_THREADS)"
    ]
    assert evaluate({}).level is Level.HEALTHY


def test_settings_override_limits_and_scalars() -> None:
    custom = DEFAULT_THRESHOLDS.with_settings(
        {
            "thresholds.queue_wait_s": [1, 2, 3],
            "thresholds.failure_rate": {"critical": 0.5},
            "thresholds.slow_job_s": 10,
            "book.base_currency": "EUR",
        }
    )
    assert evaluate({"queue_wait_s": 2.5}, custom).level is Level.WARNING
    assert custom.checks["failure_rate"].band.critical == 0.5
    assert custom.checks["failure_rate"].band.warning == 0.05
    assert custom.slow_job_s == 10.0
    assert DEFAULT_THRESHOLDS.checks["queue_wait_s"].band.target == 5.0


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"thresholds.queue_wait_s": [3, 2, 1]}, "thresholds.queue_wait_s: limits must rise"),
        ({"thresholds.queue_wait_s": "fast"}, "expected [target, warning, critical]"),
        ({"thresholds.queue_wait_s": {"soon": 1}}, "unknown limit 'soon'"),
        ({"thresholds.slow_job_s": 0}, "thresholds.slow_job_s: must be above zero"),
        ({"thresholds.slow_job_s": True}, "expected a number"),
        ({"thresholds.nope": 1}, "thresholds.nope: no such threshold"),
    ],
)
def test_bad_threshold_settings_are_one_clear_error(
    settings: dict[str, object], message: str
) -> None:
    with pytest.raises(ThresholdError, match=message.replace("[", r"\[")):
        DEFAULT_THRESHOLDS.with_settings(settings)


def test_the_same_alert_is_raised_at_most_once_per_interval() -> None:
    limiter = AlertLimiter(900)
    assert limiter.allow("queue:warning", 1000.0)
    assert not limiter.allow("queue:warning", 1000.0 + 899)
    assert limiter.allow("queue:critical", 1000.0 + 10)
    assert limiter.allow("queue:warning", 1000.0 + 900)
    restored = AlertLimiter(900)
    restored.restore(limiter.state())
    assert not restored.allow("queue:critical", 1000.0 + 20)
