"""The registers' order preference (newest entry on top or at the bottom), kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

NEWEST_FIRST_KEY = "register/newest_first"


def newest_first_setting(settings: QSettings | None = None) -> bool:
    """Whether registers show the newest entry on top (the blank entry row above it)."""
    value = (settings or QSettings()).value(NEWEST_FIRST_KEY, False)
    return value is True or str(value).lower() in ("true", "1")
