"""The accounts sidebar: the accounts tree view, an archived toggle and "+ Account"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.ids import AccountId
from permoney_desktop.ui import preferences
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.models import roles
from permoney_desktop.ui.models.accounts_model import BALANCE, NAME, AccountsModel
from permoney_desktop.ui.widgets.figure_delegate import FigureDelegate

_TREE_CSS = "QTreeView::branch { image: none; border-image: none; }"


class _Tree(QTreeView):
    def __init__(self, model: AccountsModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setIndentation(10)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegateForColumn(BALANCE, FigureDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed, sized once per rebuild: ResizeToContents would measure every row on each
        # dataChanged, in the same turn as the edit.
        header.setSectionResizeMode(BALANCE, QHeaderView.ResizeMode.Fixed)
        self.setObjectName("accounts-sidebar")
        self.setAccessibleName(tr("Accounts"))
        # Groups are always open: no expand arrows, just indentation.
        self.setStyleSheet(_TREE_CSS)
        # A widget with a style sheet keeps the palette it was polished with: after a switch
        # to dark it stayed white with light-grey group rows. Polish it again on each switch.
        preferences.follow_theme(self, self._repolish)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _repolish(self) -> None:
        self.setStyleSheet("")
        self.setStyleSheet(_TREE_CSS)
        self.viewport().update()


class AccountsSidebar(QWidget):
    account_activated = Signal(int)  # account id
    add_account_requested = Signal()
    edit_account_requested = Signal(int)

    def __init__(self, model: AccountsModel) -> None:
        super().__init__()
        self.model = model
        self.tree = _Tree(model)
        self.tree.clicked.connect(self._on_clicked)
        self.tree.activated.connect(self._on_clicked)
        self.tree.doubleClicked.connect(self._on_double)
        # Arrow keys move the current row: the register follows it, as a click does.
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self._selecting = False
        # A rebuild (new account, a locale change) keeps the chosen account selected.
        self._kept: AccountId | None = None
        model.modelAboutToBeReset.connect(self._keep_current)
        model.modelReset.connect(self._decorate)
        model.book.states_changed.connect(lambda _ids: self.tree.viewport().update())
        self.add_button = QPushButton(tr("+ Account"))
        self.add_button.setAccessibleName(tr("Add an account"))
        self.add_button.setFlat(True)
        self.add_button.clicked.connect(self.add_account_requested)
        self.archived_toggle = QCheckBox(tr("Show archived"))
        self.archived_toggle.setAccessibleName(tr("Show archived accounts"))
        self.archived_toggle.toggled.connect(model.set_show_archived)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(4, 0, 4, 4)
        bottom.addWidget(self.add_button)
        bottom.addStretch()
        bottom.addWidget(self.archived_toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.tree)
        layout.addLayout(bottom)
        self._decorate()

    def _keep_current(self) -> None:
        self._kept = self.current_account()

    def _decorate(self) -> None:
        self.tree.expandAll()
        if self._kept is not None:
            self.select_account(self._kept)
            self._kept = None
        self.tree.resizeColumnToContents(BALANCE)
        self.tree.setColumnWidth(BALANCE, self.tree.columnWidth(BALANCE) + 24)
        for row in range(self.model.rowCount()):
            idx = self.model.index(row, NAME)
            if idx.data(roles.NODE_KIND_ROLE) == "net_worth":
                self.tree.setFirstColumnSpanned(row, QModelIndex(), False)

    def is_empty(self) -> bool:
        return self.model.account_count() == 0

    def select_account(self, account_id: AccountId | None) -> None:
        """Show ``account_id`` as the chosen one (None: no account) without re-opening it."""
        idx = self.model.index_of_account(account_id) if account_id is not None else None
        self._selecting = True
        try:
            if idx is not None and idx.isValid():
                self.tree.setCurrentIndex(idx)
            elif account_id is None:
                self.tree.clearSelection()
                self.tree.setCurrentIndex(QModelIndex())
        finally:
            self._selecting = False

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting:
            self._on_clicked(current)

    def current_account(self) -> AccountId | None:
        value = self.tree.currentIndex().data(roles.ACCOUNT_ID_ROLE)
        return None if value is None else AccountId(int(value))

    def _on_clicked(self, index: QModelIndex) -> None:
        value = index.data(roles.ACCOUNT_ID_ROLE)
        if value is not None:
            self.account_activated.emit(int(value))

    def _on_double(self, index: QModelIndex) -> None:
        value = index.data(roles.ACCOUNT_ID_ROLE)
        if value is not None:
            self.edit_account_requested.emit(int(value))


def bold(font: QFont) -> QFont:
    f = QFont(font)
    f.setWeight(QFont.Weight.DemiBold)
    return f
