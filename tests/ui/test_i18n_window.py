"""The GUI's language on the real window: German applied at start, the Settings choice kept
across a restart, English plurals, and the pseudo-locale that shows truncation."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from permoney_desktop.app import run_app
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import i18n, preferences
from permoney_desktop.ui.dialogs.settings_dialog import SettingsDialog
from permoney_desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import translations


@pytest.fixture(autouse=True)
def _catalogues(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    translations.build()  # what set-up does; a no-op when the .qm files are current
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    yield
    app = QApplication.instance()
    if app is not None:
        i18n.remove_translators(app)


def _ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _install(language: str, tmp_path: Path) -> None:
    saved = _ini(tmp_path)
    saved.setValue(i18n.LANGUAGE_KEY, language)
    saved.sync()
    assert i18n.install_translators(QApplication.instance(), _ini(tmp_path)) == language


def test_german_reaches_the_menus_pages_and_dialogs(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    _install("de", tmp_path)
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    assert _menus(window) == ["&Datei", "&Bearbeiten", "&Ansicht", "E&xtras", "&Hilfe"]
    toolbar = [a.text() for a in window._page_actions.values()]
    assert toolbar[:4] == ["Übersicht", "Kontobuch", "Berichte", "Zustand"]
    assert window.undo_action.text() == "Rückgängig"
    assert "Konten" in window.status_label.text() or "Konto" in window.status_label.text()
    dialog = SettingsDialog(ledger, window, settings=_ini(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    # Qt's own strings come in German too (qtbase_de.qm): the standard buttons.
    assert "Abbrechen" in [b.text() for b in dialog.buttons.buttons()]


def test_french_reaches_the_menus(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    _install("fr", tmp_path)
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    assert _menus(window) == ["&Fichier", "É&dition", "&Affichage", "&Outils", "&Aide"]


def test_the_settings_choice_sticks_and_applies_at_the_next_start(
    qtbot: QtBot, ledger: Ledger, book_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SettingsDialog(ledger, settings=_ini(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.language_box.currentData() == ""  # follows the system until chosen
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("de"))
    assert dialog.apply()
    ledger.close()
    # A restart: the start-up reads the user's QSettings afresh (this test's file) and the
    # real start path builds the window; record what its menus say.
    monkeypatch.setattr(preferences, "QSettings", lambda: _ini(tmp_path))
    seen: dict[str, Any] = {}

    def record(window: MainWindow, path: Path) -> int:
        seen["menus"] = _menus(window)
        seen["title"] = window._page_actions["dashboard"].text()
        return 0

    monkeypatch.setattr(MainWindow, "save_screenshot", record)
    assert run_app(book=book_path, screenshot=tmp_path / "shot.png") == 0
    # Every menu once, in German: the File-menu additions (books, import, backups) found the
    # translated File menu instead of adding an English one.
    assert seen["menus"] == ["&Datei", "&Bearbeiten", "&Ansicht", "E&xtras", "&Hilfe"]
    assert seen["title"] == "Übersicht"
    assert i18n.active_language() == "de"
    reopened = SettingsDialog(Ledger.open(book_path), settings=_ini(tmp_path))
    qtbot.addWidget(reopened)
    assert reopened.language_box.currentData() == "de"
    reopened.ledger.close()


def test_english_plurals_come_from_the_english_catalogue(tmp_path: Path) -> None:
    _install("en", tmp_path)
    assert i18n.tr("%n accounts", None, 1) == "1 account"
    assert i18n.tr("%n accounts", None, 3) == "3 accounts"


def test_the_system_language_is_followed_when_nothing_is_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: "fr")
    assert i18n.chosen_language(_ini(tmp_path)) == "fr"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "de")
    assert i18n.chosen_language(_ini(tmp_path)) == "de"


def test_the_pseudo_locale_accents_lengthens_and_keeps_fields() -> None:
    text = "&Delete {count} entries in <b>%n</b> accounts"
    out = i18n.pseudo(text)
    assert out.startswith("⟦") and out.endswith("⟧")
    assert "&D" in out and "{count}" in out and "<b>%n</b>" in out
    assert len(out) >= len(text) * 1.4
    assert "entries" not in out  # every word is accented: an English word left is a miss
    assert i18n.pseudo("—") == "—"


def test_the_pseudo_locale_reaches_qt_and_the_window(
    qtbot: QtBot, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(i18n.LANGUAGE_ENV, i18n.PSEUDO)
    assert i18n.install_translators(QApplication.instance()) == i18n.PSEUDO
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    assert all(text.startswith("⟦") for text in _menus(window)[:4])
