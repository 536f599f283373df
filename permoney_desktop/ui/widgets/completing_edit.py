"""A line edit with completion that Tab and Enter accept, and category paths spelled as shown.

QCompleter's popup takes Tab or Enter as "accept" only when a row was chosen with the arrows;
otherwise the half-typed text was saved ("Corn" for "Corner Bakery"). Here the first offered
completion is taken when none was chosen. For category paths a space typed after a colon is
left out ("Food: Gro" reads "Food:Gro"), the spelling the completions use.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QListView, QWidget

from permoney_desktop.domain.category_paths import SEPARATOR

_ACCEPT_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CompletingEdit(QLineEdit):
    def __init__(
        self, words: Sequence[str], parent: QWidget | None = None, *, paths: bool = False
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.completer_ = QCompleter(list(words), self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(self.completer_)
        # Installed after QCompleter's own filter, so it runs first: the text is completed
        # before the completer hides its popup and passes the key on.
        self.popup_ = QListView()
        self.completer_.setPopup(self.popup_)  # our own view: it lives as long as the completer
        self.popup_.installEventFilter(self)

    def accept_completion(self) -> bool:
        """Take the highlighted completion, or the first offered; False when none shows."""
        popup = self.popup_
        if not popup.isVisible():
            return False
        index = popup.currentIndex()
        model = self.completer_.completionModel()
        if not index.isValid():
            if model.rowCount() == 0:
                return False
            index = model.index(0, 0)
        self.setText(str(index.data()))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ACCEPT_KEYS
        ):
            self.accept_completion()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.paths and event.text() == " ":
            before = self.text()[: self.cursorPosition()]
            if before.endswith(SEPARATOR):
                return  # paths are spelled "Food:Groceries": no space after the colon
        super().keyPressEvent(event)
