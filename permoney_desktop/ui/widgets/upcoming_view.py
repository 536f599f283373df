"""A table of upcoming scheduled occurrences with their per-row actions: post now (Enter),
post dated today, skip (Del), edit this and later, edit the whole schedule."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from permoney_desktop.domain.schedules import Pending
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.models.upcoming_model import UpcomingModel


class UpcomingView(QTableView):
    """Emits what the user asked for; ``ui/schedule_actions.py`` runs it through the writer."""

    post_requested = Signal(object, bool)  # Pending, dated today (else its due date)
    skip_requested = Signal(object)
    split_requested = Signal(object)  # edit this and later
    edit_requested = Signal(object)  # the whole schedule

    def __init__(self, model: UpcomingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(tr("Upcoming scheduled transactions"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(False)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.post_action = self._action(
            tr("Post now"), "Return", lambda p: self.post_requested.emit(p, False)
        )
        self.post_today_action = self._action(
            tr("Post now, dated today"), "Ctrl+Return", lambda p: self.post_requested.emit(p, True)
        )
        self.skip_action = self._action(tr("Skip this one"), "Del", self.skip_requested.emit)
        self.split_action = self._action(
            tr("Edit this and later…"), "F2", self.split_requested.emit
        )
        self.edit_action = self._action(
            tr("Edit the schedule…"), "Shift+F2", self.edit_requested.emit
        )

    @property
    def upcoming(self) -> UpcomingModel:
        model = self.model()
        assert isinstance(model, UpcomingModel)
        return model

    def _action(self, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        def run(_checked: bool = False) -> None:
            p = self.current()
            if p is not None:
                slot(p)  # type: ignore[operator]

        action.triggered.connect(run)
        self.addAction(action)
        return action

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The row keys, also where the window's shortcuts do not reach (a key sent to the
        view itself): Enter posts, Ctrl+Enter posts dated today, Del skips, F2 edits this and
        later, Shift+F2 the whole schedule."""
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        action = None
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            action = self.post_today_action if ctrl else self.post_action
        elif key == Qt.Key.Key_Delete:
            action = self.skip_action
        elif key == Qt.Key.Key_F2:
            action = self.edit_action if shift else self.split_action
        if action is None:
            super().keyPressEvent(event)
        else:
            action.trigger()

    def current(self) -> Pending | None:
        index = self.currentIndex()
        return self.upcoming.pending(index.row()) if index.isValid() else None

    def menu(self) -> QMenu:
        menu = QMenu(self)
        for a in (self.post_action, self.post_today_action, self.skip_action):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.split_action)
        menu.addAction(self.edit_action)
        return menu

    def _menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        self.menu().exec(self.viewport().mapToGlobal(pos))
