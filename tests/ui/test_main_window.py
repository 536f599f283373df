"""The main window on a real book: empty state, demo data, pages, shortcuts, screenshot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from permoney_desktop.app import run_app
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.main_window import MainWindow


def test_empty_book_teaches_and_demo_fills_it(qtbot: QtBot, ledger: Ledger) -> None:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.show()
    assert window.current_page() == "empty"
    assert window.accounts_model.account_count() == 0
    window.fill_demo_here()
    assert window.current_page() == "dashboard"
    model = window.accounts_model
    groups = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert groups == ["Net worth", "ASSETS", "LIABILITIES"]
    assert "entries" in window.status_label.text() and "0 entries" not in window.status_label.text()


def test_ctrl_number_switches_pages(qtbot: QtBot, ledger: Ledger) -> None:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.show()
    window.fill_demo_here()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "health"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "register"


def test_window_title_names_the_book(qtbot: QtBot, ledger: Ledger) -> None:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("test — ")


def test_a_shared_books_title_is_its_database_and_server(qtbot: QtBot, pg_book_url: str) -> None:
    """Not its local folder's name (``shared-<db>-<hash of the person's URL>``), which differed
    from one person's window to the other's."""
    with Ledger.open(pg_book_url) as book:
        window = MainWindow(book)
        qtbot.addWidget(window)
        database = pg_book_url.rsplit("/", 1)[1]
        assert window.windowTitle() == f"{database} on 127.0.0.1 — Permoney"
        assert book.paths.book.stem not in window.windowTitle()


def test_screenshot_writes_a_png(qtbot: QtBot, tmp_path: Path, book_path: Path) -> None:
    Ledger.open(book_path, create=True).close()
    shot = tmp_path / "shot.png"
    assert run_app(book=book_path, screenshot=shot, page="dashboard") == 0
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 600 and image.height() > 400


def test_empty_state_text_is_not_clipped(qtbot: QtBot, ledger: Ledger) -> None:
    from PySide6.QtWidgets import QLabel

    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.show()
    body = window.empty_state.findChild(QLabel, "empty-body")
    assert body is not None and body.isVisible()
    assert body.height() >= body.heightForWidth(body.width())
