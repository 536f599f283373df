"""File → Connect to a shared book… against the real private server: typed with the keyboard,
tested, a new book made in a missing database after asking, the password kept in the keyring
only when asked, and the book in Recent books without its password."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from permoney_desktop.platform.paths import data_root
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import server_auth
from permoney_desktop.ui import book_files, shared_books
from permoney_desktop.ui.dialogs.connect_dialog import ConnectDialog
from tests.keyrings import MemoryKeyring
from tests.security.tls_server import OWNER, SecureServer

DB = "connected_book"


@pytest.fixture
def fresh_db(secure_pg: SecureServer) -> Iterator[str]:
    yield DB
    with secure_pg.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')


def fill(qtbot: QtBot, dialog: ConnectDialog, secure_pg: SecureServer, password: str) -> None:
    """Type every field as a user would (select all, type)."""
    for field, text in (
        (dialog.host, "127.0.0.1"),
        (dialog.database, DB),
        (dialog.user, OWNER),
    ):
        field.selectAll()
        qtbot.keyClicks(field, text)
    dialog.port.selectAll()
    qtbot.keyClicks(dialog.port, str(secure_pg.port))
    dialog.tls.setCurrentIndex(dialog.tls.findData("verify-full"))
    qtbot.keyClicks(dialog.ca, str(secure_pg.ca))
    qtbot.keyClicks(dialog.password, password)


def test_connect_makes_a_new_book_after_asking_and_keeps_the_password_only_in_the_keyring(
    qtbot: QtBot, secure_pg: SecureServer, fresh_db: str, memory_keyring: MemoryKeyring
) -> None:
    asked: list[str] = []

    def confirm(_title: str, text: str) -> bool:
        asked.append(text)
        return True

    dialog = ConnectDialog(confirm=confirm)
    qtbot.addWidget(dialog)
    dialog.show()
    secret = secure_pg.passwords[OWNER]
    fill(qtbot, dialog, secure_pg, secret)
    assert dialog.test_connection() == "missing"
    assert f"no database {DB}" in dialog.status.text()
    dialog.remember.setChecked(True)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter connects
    assert asked == [f"Make a new shared book in {DB} on 127.0.0.1?"]
    expected = (
        f"postgresql://{OWNER}@127.0.0.1:{secure_pg.port}/{DB}"
        f"?sslmode=verify-full&sslrootcert={secure_pg.ca}"
    )
    assert dialog.url == expected
    assert list(memory_keyring.store.values()) == [secret]
    server_auth._passwords.clear()  # a new process: only the keyring knows it
    with Ledger.open(expected) as ledger:
        assert ledger.book.url == expected

    # The window's File menu: the book goes to Recent books without a password, and opens.
    opened: list[object] = []
    window = QWidget()
    qtbot.addWidget(window)
    actions = book_files.BookActions(window, Path("/nonexistent/current.permoney"), lambda: None)
    actions.ask_shared_book = lambda: shared_books.Connected(expected, secret)
    actions.switch = lambda book: opened.append((book, actions._handoff)) or True
    assert actions.connect_shared()
    assert opened == [(expected, secret)]  # the typed password goes to the new process only
    assert expected in book_files.recent_books()
    assert secret not in (data_root() / "recent-books.json").read_text(encoding="utf-8")
    actions.fill_recent_menu()
    labels = [a.text() for a in actions.recent_menu.actions()]
    assert f"{DB} on 127.0.0.1" in labels


def test_a_wrong_password_is_said_in_the_dialog_and_nothing_is_kept(
    qtbot: QtBot, secure_pg: SecureServer, fresh_db: str, memory_keyring: MemoryKeyring
) -> None:
    dialog = ConnectDialog(confirm=lambda _t, _x: True)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, secure_pg, "wrong-password")
    dialog.remember.setChecked(True)
    assert not dialog.connect_book()
    assert "refused the password given" in dialog.status.text()
    assert "wrong-password" not in dialog.status.text()
    assert dialog.url is None and memory_keyring.store == {}


def test_an_empty_form_names_the_missing_field(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = ConnectDialog(confirm=lambda _t, _x: True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.database.clear()
    assert not dialog.connect_book()
    assert dialog.status.text() == "Enter the database."


def test_recent_books_keep_urls_without_passwords(memory_keyring: MemoryKeyring) -> None:
    book_files.remember("postgresql://alice:s3cret@nas:5432/household")
    raw = json.loads((data_root() / "recent-books.json").read_text(encoding="utf-8"))
    assert raw == ["postgresql://alice@nas:5432/household"]
    assert book_files.recent_books() == ["postgresql://alice@nas:5432/household"]
