"""Display preferences (light/dark, number and date locale, language): applied at start.

They are the user's, kept in QSettings. ``apply_display_preferences`` runs once the
QApplication exists, before the first window; ``set_display_locale`` (Settings → OK) makes the
locale the default and emits ``locale_changed``, which every view that caches formatted text
listens to, so money and dates change in the open window at once, not on the next account.
The GUI's language (``ui/i18n.py``) is loaded here at start and changes on the next start.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, QObject, QSettings, Signal, SignalInstance

from permoney_desktop.ui import i18n, theme

THEME_KEY = "ui/theme"
LOCALE_KEY = "ui/locale"  # "" = the system locale


class _Signals(QObject):
    locale_changed = Signal()


_signals: _Signals | None = None


def locale_changed() -> SignalInstance:
    """Emitted after the display locale changed (views re-format their text)."""
    global _signals
    if _signals is None:
        _signals = _Signals()
    return _signals.locale_changed


def follow_locale(owner: QObject, slot: Callable[[], object]) -> None:
    """Call ``slot`` after each locale change while ``owner`` lives."""
    follow(locale_changed(), owner, slot)


def follow_theme(owner: QObject, slot: Callable[[], object]) -> None:
    """Call ``slot`` after each light/dark switch while ``owner`` lives."""
    follow(theme.theme_changed(), owner, slot)


def follow(signal: SignalInstance, owner: QObject, slot: Callable[[], object]) -> None:
    """Connect a global signal to ``slot`` for as long as ``owner`` lives. The signal outlives
    windows: a plain connection reached widgets that were already deleted."""

    def call() -> None:
        if shiboken6.isValid(owner):
            slot()

    signal.connect(call)

    def drop(*_args: object) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # gone with the application
            signal.disconnect(call)

    owner.destroyed.connect(drop)


def saved_locale_name(settings: QSettings | None = None) -> str:
    return str((settings or QSettings()).value(LOCALE_KEY, "") or "")


def locale_for(name: str) -> QLocale:
    """The locale a saved name stands for ("" = the system's)."""
    return QLocale(name) if name else QLocale.system()


def display_locale(settings: QSettings | None = None) -> QLocale:
    """The locale numbers and dates are shown in: the user's choice, else the system's."""
    return locale_for(saved_locale_name(settings))


def saved_theme(settings: QSettings | None = None) -> theme.ThemeMode:
    value = str((settings or QSettings()).value(THEME_KEY, theme.ThemeMode.SYSTEM.value))
    try:
        return theme.ThemeMode(value)
    except ValueError:  # an older or hand-edited value: follow the system
        return theme.ThemeMode.SYSTEM


def set_display_locale(locale: QLocale) -> None:
    """Make ``locale`` the default and tell every view (only when it changed)."""
    if locale.name() == QLocale().name():
        return
    QLocale.setDefault(locale)
    locale_changed().emit()


def apply_display_preferences(app: Any, settings: QSettings | None = None) -> None:
    """At start: the saved theme, locale and language (call once the QApplication exists)."""
    settings = settings or QSettings()
    i18n.install_translators(app, settings)
    QLocale.setDefault(display_locale(settings))
    theme.apply_theme(app, saved_theme(settings))
