"""Settings on a real book: book settings saved, bad thresholds refused in words, theme/locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from permoney_desktop.services.health_bands import DEFAULT_THRESHOLDS
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import theme
from permoney_desktop.ui.about_dialog import AboutDialog
from permoney_desktop.ui.dialogs.settings_dialog import (
    LOCALE_KEY,
    THEME_KEY,
    SettingsDialog,
    display_locale,
)


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def test_book_settings_are_saved_and_reported(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    dialog = SettingsDialog(ledger, settings=_settings(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.currency.currentText() == "USD"
    dialog.currency.setCurrentText("EUR")
    dialog.threads.setValue(4)
    with qtbot.waitSignal(dialog.applied) as blocker:
        assert dialog.apply()
    assert blocker.args[0] == {"book.base_currency": "EUR", "worker.threads": 4}
    assert ledger.base_currency == "EUR"
    assert ledger.setting("worker.threads") == 4
    lookup = dialog.threshold_boxes["cache_lookup_p95_s"][0]
    assert (lookup.value(), lookup.suffix()) == (1.0, " ms")  # 0.001 s reads as 1 ms
    # unchanged thresholds are not written as overrides
    assert not any(k.startswith("thresholds.") for k in ledger.all_settings())


def test_threshold_override_round_trips_and_disorder_is_refused(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    dialog = SettingsDialog(ledger, settings=_settings(tmp_path))
    qtbot.addWidget(dialog)
    warning = dialog.threshold_boxes["queue_wait_s"][1]
    warning.setValue(20)
    assert dialog.apply()
    assert ledger.setting("thresholds.queue_wait_s") == [5.0, 20.0, 60.0]
    stored = DEFAULT_THRESHOLDS.with_settings(ledger.all_settings())
    assert stored.checks["queue_wait_s"].band.warning == 20.0

    target_rate = dialog.threshold_boxes["failure_rate"][0]
    target_rate.setValue(50)  # 50 % target above the 5 % warning: out of order
    assert not dialog.apply()
    assert not dialog.error.isHidden()
    assert "thresholds.failure_rate" in dialog.error.text()
    assert ledger.setting("thresholds.failure_rate") is None  # nothing partially written


def test_theme_and_locale_are_user_preferences(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    settings = _settings(tmp_path)
    dialog = SettingsDialog(ledger, settings=settings)
    qtbot.addWidget(dialog)
    dark = next(b for b in dialog.theme_group.buttons() if b.property("mode") == "dark")
    dark.setChecked(True)
    dialog.locale_box.setCurrentIndex(dialog.locale_box.findData("de_DE"))
    assert "1.234.567,89" in dialog.preview.text()
    assert dialog.preview.text().startswith("-")
    try:
        assert dialog.apply()
        assert settings.value(THEME_KEY) == "dark"
        assert settings.value(LOCALE_KEY) == "de_DE"
        assert display_locale(settings).name() == "de_DE"
        assert theme.is_dark()
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply_theme(app, theme.ThemeMode.SYSTEM)
        QLocale.setDefault(QLocale.c())
    assert not theme.is_dark()


def test_about_names_every_store(qtbot: QtBot, ledger: Ledger) -> None:
    dialog = AboutDialog(ledger.paths)
    qtbot.addWidget(dialog)
    assert dialog.locations["Book"] == ledger.paths.book
    assert dialog.locations["Worker queue"] == ledger.paths.queue
    assert set(dialog.locations) == {"Book", "Worker queue", "Metrics cache", "Backups"}
