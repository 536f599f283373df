"""The accounts sidebar: accounts grouped by classification, then kind."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from permoney_desktop.domain.accounts import AccountInfo, AccountKind, Classification

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AccountsSidebar(QTreeWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(False)
        self.setObjectName("accounts-sidebar")
        self._count = 0

    def is_empty(self) -> bool:
        return self._count == 0

    def set_accounts(self, accounts: Sequence[AccountInfo]) -> None:
        self.clear()
        self._count = len(accounts)
        for classification in Classification:
            members = [a for a in accounts if a.classification is classification and not a.archived]
            if not members:
                continue
            group = QTreeWidgetItem([classification.plural.upper()])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(group)
            for kind in AccountKind:
                for account in (a for a in members if a.kind is kind):
                    item = QTreeWidgetItem([account.name])
                    item.setData(0, ACCOUNT_ID_ROLE, int(account.id))
                    item.setToolTip(0, f"{kind.label} · {account.currency}")
                    group.addChild(item)
            group.setExpanded(True)
