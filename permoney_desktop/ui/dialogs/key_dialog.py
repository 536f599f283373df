"""Asks for an encrypted book's recovery key; a wrong key is said in the dialog, and retried."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.identity import APP_NAME
from permoney_desktop.services.encryption import KeyRequest
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr

# Tries a typed key: None when it opened the book, else the sentence saying why not.
TryKey = Callable[[str], str | None]

_HINT = QT_TR_NOOP(
    "A recovery key is 14 groups of 4 letters and digits (ABCD-EFGH-…), shown once when the "
    "book was encrypted. Paste or type it; case, spaces and dashes do not matter."
)


# Why the key is asked for, by ``KeyRequest.reason`` (the service's own message otherwise).
_REASONS = {
    "missing": QT_TR_NOOP(
        "Its key is not in this computer's keyring. Enter the book's recovery key to "
        "open it; it will be kept in the keyring from then on."
    ),
    "locked": QT_TR_NOOP(
        "The keyring is locked, so the book's key cannot be read from it. Enter the "
        "book's recovery key, or unlock the keyring and start again."
    ),
    "insecure": QT_TR_NOOP(
        "No secure keyring holds its key. Enter the book's recovery key to open it."
    ),
}


def sentence(text: str) -> str:
    """A service message as a sentence: capital first letter (not of a file name), full stop."""
    text = text.strip()
    if not text:
        return text
    first = text.split(maxsplit=1)[0]
    if first.isalpha() and first.islower():
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class KeyDialog(QDialog):
    """The recovery-key prompt for ``request``; ``try_key`` decides whether a key opens it."""

    def __init__(
        self, request: KeyRequest, try_key: TryKey | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.request = request
        self.try_key = try_key
        title = tr("Unlock {book} — {app}").format(book=request.path.name, app=APP_NAME)
        self.setWindowTitle(title)
        self.setAccessibleName(tr("Recovery key"))
        self.setMinimumWidth(520)

        heading = QLabel(tr("<b>{name}</b> is encrypted").format(name=request.path.name))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.message = QLabel(tr(_REASONS.get(request.reason, "")) or sentence(request.message))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(tr("Why the key is needed"))
        self.notice = QLabel(request.keyring_notice or "")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setObjectName("keyring-notice")
        self.notice.setStyleSheet(f"color: {theme.css_color(theme.palette().verdict('warning'))}")
        self.notice.setVisible(bool(request.keyring_notice))

        self.entry = QLineEdit()
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setPlaceholderText(tr("XXXX-XXXX-XXXX-…"))
        self.entry.setAccessibleName(tr("Recovery key"))
        self.entry.setFont(theme.money_font(self.entry.font()))
        # Paste-friendly: no input mask or length limit; the parser ignores spaces and dashes.
        self.entry.setClearButtonEnabled(True)
        self.entry.textChanged.connect(self._on_text)
        self.show_key = QCheckBox(tr("Show the key"))
        self.show_key.toggled.connect(self._on_show)
        hint = QLabel(tr(_HINT))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {theme.css_color(theme.palette().muted)}")

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setAccessibleName(tr("Error"))
        self.error.setStyleSheet(f"color: {theme.css_color(theme.palette().bad)}")
        if request.reason in ("wrong", "typo"):
            self.error.setText(sentence(request.message))
        self.error.setVisible(bool(self.error.text()))

        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(
            tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(
            tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setToolTip(tr("Close {app} without opening the book").format(app=APP_NAME))
        self.open_button.setDefault(True)
        self.open_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_open)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        layout.addSpacing(6)
        layout.addWidget(self.entry)
        layout.addWidget(self.show_key)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.entry.setFocus()

    @property
    def key_text(self) -> str:
        return self.entry.text()

    def _on_text(self, text: str) -> None:
        self.open_button.setEnabled(bool(text.strip()))

    def _on_show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.entry.setEchoMode(mode)

    def fail(self, message: str) -> None:
        """Say why the key did not open the book, and get ready for another try."""
        self.error.setText(sentence(message))
        self.error.setVisible(True)
        self.entry.selectAll()
        self.entry.setFocus()

    def _on_open(self) -> None:
        text = self.key_text.strip()
        if not text:
            return
        if self.try_key is None:
            self.accept()
            return
        self.open_button.setEnabled(False)
        try:
            problem = self.try_key(text)
        finally:
            self.open_button.setEnabled(True)
        if problem is None:
            self.accept()
        else:
            self.fail(problem)
