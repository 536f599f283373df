"""A small base for the editing dialogs: a form, OK/Cancel, and an inline error line."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.optimistic import BalanceBook


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.palette().bad.name()}")
        self.error.setAccessibleName(tr("Error"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def fail(self, message: str) -> None:
        self.error.setText(message)

    def clear_error(self) -> None:
        """Edited since the error: it no longer describes what is typed."""
        self.error.clear()

    def _on_ok(self) -> None:
        if self.save():
            self.accept()

    def save(self) -> bool:  # pragma: no cover - overridden
        return True


def account_combo(
    book: BalanceBook, current: int | None = None, *, leave_out: int | None = None
) -> QComboBox:
    """Open accounts by name (``leave_out``: one not to offer, the other side's)."""
    combo = QComboBox()
    shown = [st for st in book.accounts() if not st.archived and st.id != leave_out]
    for st in sorted(shown, key=lambda s: (s.name.casefold(), int(s.id))):
        combo.addItem(f"{st.name} ({st.currency})", int(st.id))
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(int(current)), 0))
    return combo
