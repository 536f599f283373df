"""A bar across the top of the window: a warning icon, a bold title, a sentence, one button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import tr


class TopBanner(QFrame):
    """The damaged-book and unreachable-server bars share this shape; each names its colour,
    its accessible name and its one button (``button``), and fills ``title`` and ``label``."""

    def __init__(
        self,
        name: str,
        colour: QColor,
        tint_alpha: int,
        accessible: str,
        button_text: str,
        button_accessible: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        tint = f"rgba({colour.red()},{colour.green()},{colour.blue()},{tint_alpha})"
        self.setStyleSheet(
            f"#{name} {{ background: {tint}; border-bottom: 1px solid {theme.css_color(colour)}; }}"
        )
        icon = QLabel("⚠")
        icon.setStyleSheet(f"color: {theme.css_color(colour)}; font-size: 18px;")
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
        self.button = QPushButton(button_text)
        self.button.setAccessibleName(button_accessible)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
