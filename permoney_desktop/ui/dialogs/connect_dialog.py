"""File → Connect to a shared book…: the server's address, the role, TLS and the password (kept
in the OS keyring only when asked), a connection test, and a new book made in an empty database
after asking. The dialog hands back the book's URL, never with a password in it.

Keyboard-first: every field has a mnemonic, Tab walks them in reading order, Enter connects and
Esc cancels. Connections run off the GUI thread behind a busy dialog (a host that does not
answer takes seconds).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.services import server_login
from permoney_desktop.services.ledger import BookError, Ledger
from permoney_desktop.ui import theme
from permoney_desktop.ui.dialogs.backup_dialogs import run_busy
from permoney_desktop.ui.dialogs.key_dialog import sentence
from permoney_desktop.ui.i18n import QT_TR_NOOP, say, tr

DEFAULT_PORT = 5432
# (sslmode, what the choice means), in the order offered.
TLS_MODES = (
    ("prefer", QT_TR_NOOP("Encrypt if the server offers it (prefer)")),
    ("require", QT_TR_NOOP("Always encrypt, do not check the certificate (require)")),
    ("verify-full", QT_TR_NOOP("Encrypt and check the certificate and host name (verify-full)")),
    ("verify-ca", QT_TR_NOOP("Encrypt and check the certificate (verify-ca)")),
    ("disable", QT_TR_NOOP("Never encrypt (disable)")),
)
_VERIFYING = ("verify-full", "verify-ca")

# Asks a yes/no question (title, text); True for yes. Tests answer it themselves.
Confirm = Callable[[str, str], bool]


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return ""


class ConnectDialog(QDialog):
    """Where the shared book is and how to log in; ``url`` is set once it is connected."""

    def __init__(self, parent: QWidget | None = None, confirm: Confirm | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Connect to a shared book"))
        self.setAccessibleName(tr("Connect to a shared book"))
        self.confirm: Confirm = confirm or self._confirm
        self.url: str | None = None
        self._build_fields()
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro())
        layout.addLayout(self._form())
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._tls_changed()
        self.setMinimumWidth(520)
        self.database.setFocus()

    def _intro(self) -> QLabel:
        intro = QLabel(
            tr(
                "A shared book lives in a PostgreSQL database that everyone in the household "
                "connects to with a role of their own."
            )
        )
        intro.setWordWrap(True)
        return intro

    def _build_fields(self) -> None:
        self.host = QLineEdit("localhost")
        self.host.setAccessibleName(tr("Server host"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(tr("Server port"))
        self.database = QLineEdit()
        self.database.setPlaceholderText(tr("e.g. household"))
        self.database.setAccessibleName(tr("Database"))
        self.user = QLineEdit(_os_user())
        self.user.setAccessibleName(tr("Your role (user name)"))
        self.tls = QComboBox()
        for mode, label in TLS_MODES:
            self.tls.addItem(tr(label), mode)
        self.tls.setAccessibleName(tr("Encryption (TLS)"))
        self.ca = QLineEdit()
        self.ca.setPlaceholderText(tr("the server's CA certificate (.pem)"))
        self.ca.setAccessibleName(tr("CA certificate file"))
        self.ca_browse = QPushButton(tr("&Browse…"))
        self.ca_browse.setAccessibleName(tr("Choose the CA certificate file"))
        self.ca_browse.clicked.connect(self._browse_ca)
        self.ca_browse.setAutoDefault(False)  # Enter connects, wherever the focus is
        self._ca_row = QHBoxLayout()
        self._ca_row.addWidget(self.ca, 1)
        self._ca_row.addWidget(self.ca_browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password"))
        self.remember = QCheckBox(tr("&Remember the password in this computer's keyring"))
        self.remember.setAccessibleName(tr("Remember the password in the keyring"))
        if not server_login.keyring_secure():
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                tr("No secure keyring is available: you will be asked for it each time.")
            )
        self._build_buttons()

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        for text, field in (
            (tr("&Host:"), self.host),
            (tr("P&ort:"), self.port),
            (tr("&Database:"), self.database),
            (tr("&User:"), self.user),
            (tr("&Encryption:"), self.tls),
        ):
            form.addRow(text, field)
        ca_label = QLabel(tr("C&A certificate:"))
        ca_label.setBuddy(self.ca)
        form.addRow(ca_label, self._ca_row)
        password_label = QLabel(tr("&Password:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        form.addRow("", self.remember)
        return form

    def _build_buttons(self) -> None:
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(tr("Connection status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = self.buttons.addButton(
            tr("&Test connection"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.connect_button = self.buttons.addButton(
            tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.test_button.setAutoDefault(False)
        self.connect_button.setDefault(True)
        self.test_button.clicked.connect(self.test_connection)
        self.connect_button.clicked.connect(self.connect_book)
        self.buttons.rejected.connect(self.reject)
        self.tls.currentIndexChanged.connect(self._tls_changed)

    # -- the fields ----------------------------------------------------------------------------

    def sslmode(self) -> str:
        return str(self.tls.currentData())

    def book_url(self) -> str:
        """The URL the fields name (no password in it)."""
        mode = self.sslmode()
        ca = self.ca.text().strip() if mode in _VERIFYING else ""
        return server_login.make_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            "" if mode == "prefer" else mode,
            ca,
        )

    def _tls_changed(self) -> None:
        verifying = self.sslmode() in _VERIFYING
        self.ca.setEnabled(verifying)
        self.ca_browse.setEnabled(verifying)

    def _browse_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("The server's CA certificate"),
            "",
            tr("Certificates (*.pem *.crt);;All files (*)"),
        )
        if name:
            self.ca.setText(name)

    def _missing_field(self) -> str | None:
        for field, name in (
            (self.host, tr("the server's host")),
            (self.database, tr("the database")),
            (self.user, tr("your role")),
        ):
            if not field.text().strip():
                field.setFocus()
                return tr("Enter {what}.").format(what=name)
        if self.sslmode() in _VERIFYING and not self.ca.text().strip():
            self.ca.setFocus()
            return tr("Choose the server's CA certificate, which checking it needs.")
        return None

    def _say(self, text: str, *, bad: bool = False) -> None:
        colour = theme.css_color(theme.palette().bad) if bad else ""
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
        self.status.setText(text)

    # -- talking to the server -----------------------------------------------------------------

    def _probe(self) -> str | None:
        """What the URL names on the server, or None after saying why it could not be asked."""
        missing = self._missing_field()
        if missing is not None:
            self._say(missing, bad=True)
            return None
        url, password = self.book_url(), self.password.text()
        try:
            return run_busy(
                self,
                tr("Connecting"),
                tr("Connecting to {host}…").format(host=self.host.text().strip()),
                lambda: server_login.probe_book(url, password or None),
            )
        except BookError as exc:
            self._say(sentence(say(exc)), bad=True)
            return None

    def test_connection(self) -> str | None:
        state = self._probe()
        if state is not None:
            self._say(self._state_sentence(state), bad=state == server_login.OTHER)
        return state

    def _state_sentence(self, state: str) -> str:
        database = self.database.text().strip()
        return {
            server_login.BOOK: tr("Connected: {db} holds a Permoney book."),
            server_login.EMPTY: tr(
                "Connected: {db} is empty. Connect makes a new book in it (after asking)."
            ),
            server_login.MISSING: tr(
                "Connected to the server, which has no database {db}. Connect creates it with "
                "a new book (after asking; your role needs the right to create databases)."
            ),
            server_login.OTHER: tr(
                "Connected, but {db} holds tables that are not a Permoney book: choose another "
                "database."
            ),
        }[state].format(db=database)

    def connect_book(self) -> bool:
        """Connect (making a new book first when the database is empty, after asking); the
        dialog closes with ``url`` set once the book opened."""
        state = self._probe()
        if state is None:
            return False
        if state == server_login.OTHER:
            self._say(self._state_sentence(state), bad=True)
            return False
        url = self.book_url()
        if state != server_login.BOOK:
            question = tr("Make a new shared book in {db} on {host}?").format(
                db=self.database.text().strip(), host=self.host.text().strip()
            )
            if not self.confirm(tr("New shared book"), question):
                self._say(self._state_sentence(state))
                return False
            try:
                run_busy(
                    self,
                    tr("Making the book"),
                    tr("Making a new book in {db}…").format(db=self.database.text().strip()),
                    lambda: Ledger.open(url, create=True).close(),
                )
            except BookError as exc:
                self._say(sentence(say(exc)), bad=True)
                return False
        password = self.password.text()
        if password and self.remember.isChecked():
            kept = server_login.remember_in_keyring(url, password)
            if not kept.ok:
                self._say(
                    tr("The keyring did not keep the password: {why}").format(why=kept.detail),
                    bad=True,
                )
                return False
        self.url = url
        self.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter connects from any field (the buttons' own Enter handling aside)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QPushButton
        ):
            event.accept()
            self.connect_book()
            return
        super().keyPressEvent(event)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes


def ask_for_shared_book(parent: QWidget | None = None) -> str | None:
    """Show the dialog; the connected book's URL (no password), or None when cancelled."""
    dialog = ConnectDialog(parent)
    dialog.exec()
    url = dialog.url
    dialog.deleteLater()
    return url
