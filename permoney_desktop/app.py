"""Composition root: builds the ledger and the window and wires the layers together."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from permoney_desktop.identity import APP_ID, APP_NAME, ORGANIZATION, VERSION
from permoney_desktop.platform.paths import default_book_path
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store.book import BookError


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return True
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_app(
    book: Path | None = None, screenshot: Path | None = None, page: str = "dashboard"
) -> int:
    """Open the main window on ``book`` (the default book is created on first run)."""
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not _has_display():
        print(
            "permoney: no display found (DISPLAY/WAYLAND_DISPLAY unset); run it in a desktop "
            "session, or use QT_QPA_PLATFORM=offscreen with --screenshot",
            file=sys.stderr,
        )
        return 2
    create = book is None and not default_book_path().exists()
    try:
        ledger = Ledger.open(book, create=create)
    except BookError as exc:
        print(f"permoney: {exc}", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from permoney_desktop.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(VERSION)
    app.setDesktopFileName(APP_ID)
    window = MainWindow(ledger)
    window.show_page(page)
    try:
        if screenshot is not None:
            return window.save_screenshot(screenshot)
        window.show()
        return int(app.exec())
    finally:
        ledger.close()
