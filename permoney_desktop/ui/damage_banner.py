"""The bar a damaged book shows across the window: what happened, that writes are refused, and
a button that restores the newest verified backup."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr

# What the window's writer shows when an edit is refused (the CLI says it its own way).
REFUSED = QT_TR_NOOP(
    "This book file is damaged, so it is open read-only: nothing was changed. Restore the "
    "newest verified backup with the button at the top of the window (or File → Restore from "
    "backup…)"
)


class DamageBanner(QFrame):
    """Not dismissable: the book stays read-only until a restore (or a clean full check), and
    the bar says so for as long as it is true."""

    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damage-banner")
        self.setAccessibleName(tr("The book is damaged"))
        bad = theme.palette().bad
        tint = f"rgba({bad.red()},{bad.green()},{bad.blue()},36)"
        self.setStyleSheet(
            f"#damage-banner {{ background: {tint}; "
            f"border-bottom: 1px solid {theme.css_color(bad)}; }}"
        )
        icon = QLabel("⚠")
        icon.setStyleSheet(f"color: {theme.css_color(bad)}; font-size: 18px;")
        icon.setAccessibleName(tr("Warning"))
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(tr("&Restore the newest verified backup"))
        self.restore_button.setAccessibleName(tr("Restore the newest verified backup"))
        self.restore_button.clicked.connect(self.restore_requested)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_damage(self, book_name: str, found: str) -> None:
        """``found``: when and how the damage was found, as a sentence."""
        self.title.setText(
            tr("{book_name} is damaged: it is open read-only").format(book_name=book_name)
        )
        self.label.setText(
            found
            + " "
            + tr(
                "Some of the file cannot be read correctly, so changes are refused until "
                "it is repaired: restore the newest verified backup (the damaged file is kept "
                "beside your backups first). Reading and exporting still work."
            )
        )
