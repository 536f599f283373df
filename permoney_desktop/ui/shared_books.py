"""Shared books in the window's book handling: the Connect dialog's answer, the password prompt
a starting window shows when the server asks for one, and handing a typed password to the app
process a book opens in (through a pipe, never its command line or environment)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.services import server_login
from permoney_desktop.ui import theme
from permoney_desktop.ui.dialogs.key_dialog import sentence
from permoney_desktop.ui.i18n import tr


@dataclass(frozen=True)
class Connected:
    """A shared book the Connect dialog reached: its URL (no password) and, when the typed
    password was not kept in the keyring, that password for the app process it opens in."""

    url: str
    password: str | None = None


def without_password(url: str) -> str:
    return server_login.without_password(url)


def label(url: str) -> str:
    return server_login.short_name(url)


def ask(parent: QWidget | None) -> Connected | None:
    """File → Connect to a shared book…; None when cancelled."""
    from permoney_desktop.ui.dialogs.connect_dialog import ConnectDialog

    dialog = ConnectDialog(parent)
    dialog.exec()
    url, typed = dialog.url, dialog.password.text()
    kept = dialog.remember.isChecked()
    dialog.deleteLater()
    if url is None:
        return None
    return Connected(url, typed if typed and not kept else None)


def start_with_password(argv: list[str], password: str) -> bool:
    """Start ``argv`` (the app with ``--book URL``) detached, its password on a pipe."""
    try:
        child = subprocess.Popen(
            [*argv, "--password-stdin"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
        )
    except OSError:
        return False
    assert child.stdin is not None
    try:
        child.stdin.write(f"{password}\n".encode())
        child.stdin.close()
    except OSError:
        return False
    return True


class PasswordDialog(QDialog):
    """The server wants a password for this role: ask for it (and whether to keep it)."""

    def __init__(self, request: server_login.LoginRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Password for the shared book"))
        self.setAccessibleName(tr("Password for the shared book"))
        why = QLabel(sentence(request.message))
        why.setWordWrap(True)
        who = QLabel(tr("Password for {login}:").format(login=request.login))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password"))
        who.setBuddy(self.password)
        self.remember = QCheckBox(tr("&Remember the password in this computer's keyring"))
        self.remember.setAccessibleName(tr("Remember the password in the keyring"))
        if not request.keyring_secure:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                tr("No secure keyring is available: you will be asked for it each time.")
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addWidget(who)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.password.setFocus()

    def answer(self) -> server_login.LoginAnswer | None:
        if self.exec() != QDialog.DialogCode.Accepted or not self.password.text():
            return None
        return server_login.LoginAnswer(self.password.text(), self.remember.isChecked())


def _prompt(request: server_login.LoginRequest) -> server_login.LoginAnswer | None:
    if QApplication.instance() is None:
        app = QApplication(sys.argv[:1])
        theme.apply_theme(app)
    dialog = PasswordDialog(request)
    try:
        return dialog.answer()
    finally:
        dialog.deleteLater()


def install_prompt() -> None:
    """A shared book whose server asks for a password asks the user in a dialog."""
    server_login.set_prompt(_prompt)
