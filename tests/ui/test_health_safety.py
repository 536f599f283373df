"""The health page's book-safety verdict takes its age limits from ``services.health_bands``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from permoney_desktop.platform.secrets import KeyringStatus
from permoney_desktop.services.backups import BackupResult
from permoney_desktop.services.book_safety import SafetySummary
from permoney_desktop.services.health_bands import DEFAULT_THRESHOLDS
from permoney_desktop.services.integrity import CheckReport
from permoney_desktop.ui.pages.health_page import HealthInputs, HealthPage, safety_verdict

NOW = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)


def _summary(backup_days: float, check_days: float, now: datetime = NOW) -> SafetySummary:
    def at(days: float) -> str:
        return (now - timedelta(days=days)).isoformat()

    return SafetySummary(
        encrypted=False,
        keyring=KeyringStatus(True, "tests.MemoryKeyring"),
        last_backup=BackupResult("b.permoney", at(backup_days), "daily", True, 1024),
        last_check=CheckReport(at(check_days), 5, (), accounts_compared=3),
    )


def test_fresh_backup_and_check_are_healthy() -> None:
    level, rows, advice = safety_verdict(_summary(1, 1), NOW)
    assert level == "healthy" and advice == []
    assert dict(rows)["Last check"].text.endswith("clean · 3 accounts")


def test_old_backup_and_check_follow_the_default_limits() -> None:
    level, _rows, advice = safety_verdict(_summary(8, 3), NOW)
    assert level == "warning"
    assert advice == [
        "The last backup is 8 days old: File → Back up now… (is the worker running?).",
        "The last integrity check is 3 days old.",
    ]
    level, _rows, _advice = safety_verdict(_summary(31, 1), NOW)
    assert level == "critical"


def test_the_books_own_limits_are_used(qtbot: QtBot) -> None:
    stricter = DEFAULT_THRESHOLDS.with_settings({"thresholds.backup_age_days": [0.5, 1, 2]})
    level, _rows, advice = safety_verdict(_summary(1.5, 1), NOW, thresholds=stricter)
    assert level == "warning" and advice[0].startswith("The last backup is 1.5 days old")
    page = HealthPage()  # judges against the clock: ages from now
    now = datetime.now(UTC)
    qtbot.addWidget(page)
    page.update_from(
        HealthInputs(extra={"book_safety": _summary(1.5, 1, now), "thresholds": stricter})
    )
    assert page.safety.badge.level == "warning"
    page.update_from(HealthInputs(extra={"book_safety": _summary(1.5, 1, now)}))
    assert page.safety.badge.level == "healthy"
