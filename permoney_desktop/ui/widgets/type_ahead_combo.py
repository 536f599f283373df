"""A drop-down list that takes a name with spaces as it is typed: "Visa Card" selects Visa Card."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

_CHORDS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class TypeAheadCombo(QComboBox):
    """Qt's combo finds an item as its first letters are typed, but a space opens the list: in
    the register, "Visa Card" typed into the account cell left the list open after "Visa", and
    it took the rest of the keys (Tab included). Here a space typed while a name is being typed
    (within the platform's keyboard-search interval) goes on searching; a space on its own still
    opens the list, as everywhere else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & _CHORDS:
            super().keyPressEvent(event)
            return
        fresh = (
            not self._since.isValid()
            or self._since.elapsed() > QApplication.keyboardInputInterval()
        )
        if fresh:
            self._typed = ""
        if text == " " and not self._typed:
            super().keyPressEvent(event)  # a space on its own: open the list
            return
        self._typed += text
        self._since.restart()
        found = self.findText(self._typed, Qt.MatchFlag.MatchStartsWith)
        if found >= 0:
            self.setCurrentIndex(found)
        event.accept()
