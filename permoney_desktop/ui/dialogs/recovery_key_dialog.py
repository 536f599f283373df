"""Shows a book's new recovery key once: copy it, confirm it is written down, then it is gone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.services.encryption import NewKey
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import tr

GROUPS_PER_LINE = 7


def key_lines(recovery_key: str) -> str:
    """The key in two lines of seven groups: easier to copy by hand than one long line."""
    groups = recovery_key.split("-")
    lines = [
        "-".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]
    return "-\n".join(lines)


class RecoveryKeyDialog(QDialog):
    """The recovery key of ``book_name``; closes only once the user confirms writing it down."""

    def __init__(self, made: NewKey, book_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.made = made
        self.setWindowTitle(tr("Recovery key of {book_name}").format(book_name=book_name))
        self.setAccessibleName(tr("Recovery key"))
        self.setMinimumWidth(560)
        heading = QLabel(
            tr("<b>{book_name}</b> is encrypted. This is its recovery key:").format(
                book_name=book_name
            )
        )
        heading.setWordWrap(True)
        self.key_label = QLabel(key_lines(made.recovery_key))
        self.key_label.setObjectName("recovery-key")
        self.key_label.setAccessibleName(tr("Recovery key"))
        self.key_label.setFont(theme.money_font(self.key_label.font(), scale=1.3, bold=True))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(16, 14, 16, 14)
        box_layout.addWidget(self.key_label)

        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setAccessibleName(tr("Copy the recovery key"))
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel()
        self.copied.setStyleSheet(f"color: {theme.css_color(theme.palette().muted)}")
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied, 1)

        warning = QLabel(
            tr(
                "Write it down or keep it in a password manager now: it is shown only this once. "
                "If this computer's keyring is lost or the book is moved to another computer, the "
                "recovery key is the only way to open the book."
            )
        )
        warning.setWordWrap(True)
        if made.stored_in_keyring:
            kept = tr(
                "The key is also kept in this computer's keyring, so the book opens by itself."
            )
        else:
            detail = made.keyring_detail or tr("no secure keyring is available")
            detail = detail[:1].lower() + detail[1:]
            kept = (
                f"The key was not stored in a keyring ({detail.rstrip('.')}): you will type "
                "the recovery key each time you open the book."
            )
        self.keyring_line = QLabel(kept)
        self.keyring_line.setWordWrap(True)
        if not made.stored_in_keyring:
            color = theme.palette().verdict("warning")
            self.keyring_line.setStyleSheet(f"color: {theme.css_color(color)}")

        self.confirm = QCheckBox(tr("I have written down the recovery key"))
        self.confirm.toggled.connect(self._on_confirm)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.css_color(theme.palette().bad)}")
        self.buttons = QDialogButtonBox()
        self.done_button = self.buttons.addButton(
            tr("Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(box)
        layout.addLayout(copy_row)
        layout.addWidget(warning)
        layout.addWidget(self.keyring_line)
        layout.addSpacing(6)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.made.recovery_key)
        self.copied.setText(tr("Copied. Paste it into your password manager, then clear it."))

    def _on_confirm(self, checked: bool) -> None:
        self.done_button.setEnabled(checked)
        if checked:
            self.error.clear()

    def accept(self) -> None:
        if not self.confirm.isChecked():
            self._refuse()
            return
        # The key should not linger on the clipboard once it has been put somewhere safe.
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self.made.recovery_key:
            clipboard.clear()
        super().accept()

    def reject(self) -> None:
        # Esc or the window's close button: the key must not vanish unseen.
        if self.confirm.isChecked():
            self.accept()
        else:
            self._refuse()

    def _refuse(self) -> None:
        self.error.setText(
            tr("Tick the box once the key is written down: it will not be shown again.")
        )
        self.confirm.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm.isChecked():
            super().closeEvent(event)
        else:
            event.ignore()
            self._refuse()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.confirm.isChecked():
            self._refuse()
            return
        super().keyPressEvent(event)
