"""Books from the GUI: File → New book…, Open book…, Recent books, and the demo book.

A window belongs to one book (its worker, queue and caches are the book's), so another book
opens in a fresh app process started on it (``relaunch``), and this one quits: the start-up
path every book takes anyway. The books opened last are kept in the data folder
(``recent-books.json``), newest first; the app opens the newest one when started without
``--book``. Demo data never goes into the user's book: it fills a separate demo book, after
asking.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from permoney_desktop.platform.paths import BookLocation, data_root, is_server_url
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import shared_books
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.operations import demo as demo_ops

log = logging.getLogger(__name__)

MAX_RECENT = 8
SUFFIX = ".permoney"
DEMO_BOOK_NAME = f"Demo household{SUFFIX}"


def _recent_file() -> Path:
    return data_root() / "recent-books.json"


def recent_books() -> list[BookLocation]:
    """The books opened last, newest first: files that still exist, and shared books' URLs
    (kept without a password; a server is not asked here)."""
    try:
        raw = json.loads(_recent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    texts = [p for p in raw if isinstance(p, str)] if isinstance(raw, list) else []
    books: list[BookLocation] = []
    for text in texts:
        if is_server_url(text):
            books.append(shared_books.without_password(text))
        elif Path(text).exists():
            books.append(Path(text))
    return books[:MAX_RECENT]


def _same(book: BookLocation) -> BookLocation:
    """One spelling per book: a file's resolved path, a URL without a password."""
    if is_server_url(book):
        return shared_books.without_password(book)
    return Path(book).expanduser().resolve()


def remember(book: BookLocation) -> None:
    """Put ``book`` first in the recent list (written at once: it survives a crash)."""
    book = _same(book)
    books = [book] + [p for p in recent_books() if p != book]
    path = _recent_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps([str(p) for p in books[:MAX_RECENT]]), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        log.warning("could not save the recent books list", exc_info=True)


def last_book() -> BookLocation | None:
    books = recent_books()
    return books[0] if books else None


def demo_book_path() -> Path:
    return data_root() / "demo" / DEMO_BOOK_NAME


def relaunch(book: BookLocation, password: str | None = None) -> bool:
    """Start the app on ``book`` in a new process; False when it could not start. A shared
    book's ``password`` (typed, not kept in the keyring) goes to it through a pipe, never on
    its command line or in its environment."""
    if getattr(sys, "frozen", False):  # the packaged app: its executable is the app
        program, args = sys.executable, ["--book", str(book)]
    else:
        program, args = sys.executable, ["-m", "permoney_desktop", "--book", str(book)]
    if password is not None:
        return shared_books.start_with_password([program, *args], password)
    started, _pid = QProcess.startDetached(program, args)
    return bool(started)


def with_suffix(path: Path) -> Path:
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def create_book(path: Path) -> Path:
    """A new, empty book at ``path`` (refused when a file is there: nothing is overwritten)."""
    path = with_suffix(path.expanduser())
    if path.exists():
        raise FileExistsError(f"{path.name} exists already: choose another name, or open it")
    Ledger.open(path, create=True).close()
    return path


class BookActions:
    """The File menu's book entries for ``window`` (which quits once another book opens).

    ``switch`` opens a book (default: ``relaunch`` it, then quit this window); tests and the
    dialogs' callers replace ``ask_*`` and ``switch``.
    """

    def __init__(
        self, window: QWidget, current: BookLocation, quit_app: Callable[[], None]
    ) -> None:
        self.window = window
        self.current = current
        self.quit_app = quit_app
        self.switch: Callable[[BookLocation], bool] = self._relaunch_and_quit
        self.ask_shared_book: Callable[[], shared_books.Connected | None] = lambda: (
            shared_books.ask(self.window)
        )
        self._handoff: str | None = None  # a typed password for the next relaunch only
        self.ask_new_path: Callable[[], Path | None] = self._ask_new_path
        self.ask_open_path: Callable[[], Path | None] = self._ask_open_path
        self.confirm_demo: Callable[[Path], bool] = self._confirm_demo
        self.recent_menu = QMenu(tr("Recent books"), window)
        self.recent_menu.setObjectName("recent-books-menu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        remember(current)

    # -- menu ------------------------------------------------------------------------------

    def install(self, file_menu: QMenu, before: object = None) -> None:
        new = file_menu.addAction(tr("New book…"), self.new_book)
        new.setObjectName("new-book")
        opened = file_menu.addAction(tr("Open book…"), self.open_book)
        opened.setShortcut("Ctrl+O")
        shared = file_menu.addAction(tr("Connect to a shared book…"), self.connect_shared)
        shared.setObjectName("connect-shared-book")
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        for action in (new, opened, shared, self.recent_menu.menuAction()):
            if before is not None:
                file_menu.removeAction(action)
                file_menu.insertAction(before, action)  # type: ignore[arg-type]
        self.fill_recent_menu()

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        others = [p for p in recent_books() if p != _same(self.current)]
        for path in others:
            label = shared_books.label(path) if is_server_url(path) else Path(path).stem
            action = self.recent_menu.addAction(label, partial(self.open_path, path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
        if not others:
            empty = self.recent_menu.addAction(tr("No other books yet"))
            empty.setEnabled(False)

    # -- actions ---------------------------------------------------------------------------

    def new_book(self) -> bool:
        path = self.ask_new_path()
        if path is None:
            return False
        try:
            made = create_book(path)
        except (FileExistsError, OSError) as exc:
            self._warn(tr("New book"), say(exc))
            return False
        return self.open_path(made)

    def open_book(self) -> bool:
        path = self.ask_open_path()
        return False if path is None else self.open_path(path)

    def open_path(self, path: BookLocation) -> bool:
        if not is_server_url(path) and not Path(path).exists():
            self._warn(tr("Open book"), tr("{path} is not there any more.").format(path=path))
            return False
        if _same(path) == _same(self.current):
            return False  # it is the open one
        remember(path)
        return self.switch(path)

    def connect_shared(self) -> bool:
        """File → Connect to a shared book…: the dialog, then the book opens like any other
        (in a new app process; a typed password not kept in the keyring is handed to it)."""
        connected = self.ask_shared_book()
        if connected is None:
            return False
        self._handoff = connected.password
        try:
            return self.open_path(connected.url)
        finally:
            self._handoff = None

    def open_demo(self) -> bool:
        """Demo data in its own book, after asking; the user's book is left as it is."""
        path = demo_book_path()
        if not self.confirm_demo(path):
            return False
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                demo_ops.fill_demo_book(path)
            except Exception as exc:
                log.exception("the demo book could not be made")
                self._warn(
                    tr("Demo book"),
                    tr("The demo book could not be made: {error}").format(error=say(exc)),
                )
                return False
        return self.open_path(path)

    # -- default dialogs -------------------------------------------------------------------

    def _relaunch_and_quit(self, path: BookLocation) -> bool:
        if not relaunch(path, self._handoff):
            self._warn(tr("Open book"), tr("Could not start the app on {path}.").format(path=path))
            return False
        self.quit_app()
        return True

    def _folder(self) -> Path:
        """Where the file dialogs start: the open book's folder (the data folder for a
        shared book, which has none)."""
        if is_server_url(self.current):
            return data_root()
        return Path(self.current).expanduser().parent

    def _ask_new_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            tr("New book"),
            str(self._folder() / (tr("My book") + SUFFIX)),
            tr("Permoney books (*{suffix})").format(suffix=SUFFIX),
        )
        return Path(name) if name else None

    def _ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            tr("Open book"),
            str(self._folder()),
            tr("Permoney books (*{suffix});;All files (*)").format(suffix=SUFFIX),
        )
        return Path(name) if name else None

    def _confirm_demo(self, path: Path) -> bool:
        box = QMessageBox(self.window)
        box.setWindowTitle(tr("Try demo data"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(tr("Open a demo household in a book of its own?"))
        box.setInformativeText(
            tr(
                "The demo book is {path}. Your own book stays exactly as it is; "
                "File → Recent books brings you back to it."
            ).format(path=path)
        )
        go = box.addButton(tr("Open the demo book"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go)
        box.exec()
        return box.clickedButton() is go

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)
