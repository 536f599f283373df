"""The registers' display preferences kept in QSettings: order (newest on top or at the bottom)
and money columns (Payment and Deposit, or one signed Amount)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

NEWEST_FIRST_KEY = "register/newest_first"


def newest_first_setting(settings: QSettings | None = None) -> bool:
    """Whether registers show the newest entry on top (the blank entry row above it)."""
    value = (settings or QSettings()).value(NEWEST_FIRST_KEY, False)
    return value is True or str(value).lower() in ("true", "1")


SPLIT_AMOUNTS_KEY = "register/split_amounts"


def split_amounts_setting(settings: QSettings | None = None) -> bool:
    """Whether registers show Payment and Deposit columns (the default) or one signed Amount."""
    value = (settings or QSettings()).value(SPLIT_AMOUNTS_KEY, True)
    return value is True or str(value).lower() in ("true", "1")
