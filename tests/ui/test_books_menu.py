"""Books from the GUI: File → New book…, Open book…, Recent books; demo data in its own book."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from permoney_desktop import app
from permoney_desktop.services import overview
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store.book import BookError
from permoney_desktop.ui import book_files
from permoney_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger) -> tuple[MainWindow, list[Path]]:
    win = MainWindow(ledger)
    qtbot.addWidget(win)
    win.show()
    opened: list[Path] = []
    win.books.switch = lambda path: opened.append(path) or True  # type: ignore[func-returns-value]
    return win, opened


def test_the_file_menu_offers_books(window: tuple[MainWindow, list[Path]]) -> None:
    win, _ = window
    texts = [a.text() for a in win.file_menu.actions()]
    assert texts[:4] == ["New book…", "Open book…", "Connect to a shared book…", "Recent books"]


def test_new_book_creates_an_empty_book_and_opens_it(
    window: tuple[MainWindow, list[Path]], tmp_path: Path
) -> None:
    win, opened = window
    win.books.ask_new_path = lambda: tmp_path / "Household"
    assert win.books.new_book()
    made = tmp_path / "Household.permoney"
    assert opened == [made]
    with Ledger.open(made) as fresh:  # a real, migrated book
        assert overview.list_accounts(fresh) == []
    assert book_files.recent_books()[0] == made.resolve()
    # an existing file is never overwritten
    win.books._warn = lambda title, text: opened.append(Path(text))  # type: ignore[method-assign]
    assert not win.books.new_book()


def test_open_and_recent_books_stick(
    window: tuple[MainWindow, list[Path]], tmp_path: Path, book_path: Path
) -> None:
    win, opened = window
    other = book_files.create_book(tmp_path / "Other")
    win.books.ask_open_path = lambda: other
    assert win.books.open_book()
    assert opened == [other]
    recent = book_files.recent_books()
    assert recent[:2] == [other.resolve(), book_path.resolve()]  # newest first, this one kept
    win.books.fill_recent_menu()
    names = [a.text() for a in win.books.recent_menu.actions()]
    assert names == ["Other"]  # the open book is not offered again
    win.books.recent_menu.actions()[0].trigger()
    assert opened == [other, other]


def test_demo_data_goes_into_a_demo_book_after_asking(
    qtbot: QtBot, window: tuple[MainWindow, list[Path]], ledger: Ledger
) -> None:
    win, opened = window
    asked: list[Path] = []
    win.books.confirm_demo = lambda path: asked.append(path) is not None  # declines
    qtbot.mouseClick(win.empty_state.demo_button, Qt.MouseButton.LeftButton)
    assert asked and opened == [] and not book_files.demo_book_path().exists()
    win.books.confirm_demo = lambda path: True
    qtbot.mouseClick(win.empty_state.demo_button, Qt.MouseButton.LeftButton)
    demo_path = book_files.demo_book_path()
    assert opened == [demo_path]
    with Ledger.open(demo_path) as demo:
        assert len(overview.list_accounts(demo)) > 3
    assert overview.list_accounts(ledger) == []  # the user's own book is left empty
    assert win.current_page() == "empty"


def test_the_app_opens_the_book_opened_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    last = book_files.create_book(tmp_path / "Last")
    book_files.remember(last)
    seen: list[Path | None] = []

    def refuse(book: Path | None, *, create: bool) -> Ledger:
        seen.append(book)
        raise BookError("stop here")

    monkeypatch.setattr(app, "open_for_window", refuse)
    assert app.run_app(screenshot=tmp_path / "x.png") == 2
    assert seen == [last.resolve()]
