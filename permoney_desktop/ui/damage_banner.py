"""The bar a damaged book shows across the window: what happened, that writes are refused, and
a button that restores the newest verified backup."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr
from permoney_desktop.ui.widgets.top_banner import TopBanner

# What the window's writer shows when an edit is refused (the CLI says it its own way).
REFUSED = QT_TR_NOOP(
    "This book file is damaged, so it is open read-only: nothing was changed. Restore the "
    "newest verified backup with the button at the top of the window (or File → Restore from "
    "backup…)"
)


class DamageBanner(TopBanner):
    """Not dismissable: the book stays read-only until a restore (or a clean full check), and
    the bar says so for as long as it is true."""

    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "damage-banner",
            theme.palette().bad,
            36,
            tr("The book is damaged"),
            tr("&Restore the newest verified backup"),
            tr("Restore the newest verified backup"),
            parent,
        )
        self.restore_button = self.button
        self.restore_button.clicked.connect(self.restore_requested)

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
