"""Backup and check ages are judged by the central thresholds, overridable like every check."""

from __future__ import annotations

import pytest

from permoney_desktop.services.health_bands import (
    DEFAULT_THRESHOLDS,
    Level,
    ThresholdError,
    evaluate,
)


@pytest.mark.parametrize(
    ("age", "level"),
    [(0.0, Level.HEALTHY), (6.9, Level.HEALTHY), (7.0, Level.WARNING), (29.9, Level.WARNING),
     (30.0, Level.CRITICAL)],
)  # fmt: skip
def test_backup_age_levels(age: float, level: Level) -> None:
    assert DEFAULT_THRESHOLDS.checks["backup_age_days"].band.level(age) is level


@pytest.mark.parametrize(
    ("age", "level"),
    [(1.0, Level.HEALTHY), (2.0, Level.HEALTHY), (2.5, Level.DEGRADED), (14.0, Level.WARNING),
     (60.0, Level.CRITICAL)],
)  # fmt: skip
def test_check_age_levels(age: float, level: Level) -> None:
    assert DEFAULT_THRESHOLDS.checks["check_age_days"].band.level(age) is level


def test_age_advice_names_the_age_in_days() -> None:
    finding = evaluate({"backup_age_days": 8.04}).findings[0]
    assert finding.shown == "8 days"
    assert finding.recommendation.startswith("the last backup is 8 days old: File → Back up now")
    assert DEFAULT_THRESHOLDS.checks["check_age_days"].format(1.0) == "1 day"
    assert DEFAULT_THRESHOLDS.checks["check_age_days"].format(2.25) == "2.2 days"


def test_age_limits_follow_the_book_settings() -> None:
    custom = DEFAULT_THRESHOLDS.with_settings({"thresholds.backup_age_days": [1, 2, 3]})
    assert custom.checks["backup_age_days"].band.level(2.5) is Level.WARNING
    assert DEFAULT_THRESHOLDS.checks["backup_age_days"].band.level(2.5) is Level.HEALTHY
    with pytest.raises(ThresholdError, match=r"thresholds\.check_age_days"):
        DEFAULT_THRESHOLDS.with_settings({"thresholds.check_age_days": [9, 3, 1]})
