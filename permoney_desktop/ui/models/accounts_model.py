"""The accounts tree: net worth, then classification → kind → account, each with its balance.

Figures come live from the ``BalanceBook`` (a bisect per cell). When the book recomputes
accounts, only the cells whose shown value changed get ``dataChanged``; a flip from provisional
to confirmed with the same value emits nothing here (the view repaints the indicator from
``BalanceBook.states_changed``), so a confirmation never makes a number blink.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from permoney_desktop.domain.accounts import AccountKind, Classification
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.ui import preferences, theme
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.models import roles
from permoney_desktop.ui.models.figure_cell import figure_data
from permoney_desktop.ui.money_format import format_money
from permoney_desktop.ui.optimistic import BalanceBook, Figure

NAME, BALANCE = 0, 1
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass
class _Node:
    kind: str  # net_worth | classification | kind | account
    label: str
    parent: int  # node number of the parent, -1 for top level
    row: int
    classification: Classification | None = None
    account_kind: AccountKind | None = None
    account_id: AccountId | None = None
    children: list[int] = field(default_factory=list)


class AccountsModel(QAbstractItemModel):
    def __init__(self, book: BalanceBook, *, show_archived: bool = False) -> None:
        super().__init__()
        self.book = book
        self._show_archived = show_archived
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._by_account: dict[AccountId, int] = {}
        self._shown: dict[int, tuple[int, tuple[str, ...]]] = {}  # node -> (minor, missing)
        # Figures computed once per change, not per cell read: the view asks for several
        # roles of every visible row, and a group total walks all its accounts.
        self._figures: dict[int, Figure | None] = {}
        self._build()
        book.figures_changed.connect(self._on_figures_changed)
        book.figures_corrected.connect(self._on_figures_changed)
        book.states_changed.connect(self._forget_figures)
        # Balances are re-formatted (and the column re-measured) in the new locale.
        preferences.follow_locale(self, self.rebuild)

    # -- structure -------------------------------------------------------------------------

    def _add(self, node: _Node) -> int:
        self._nodes.append(node)
        number = len(self._nodes) - 1
        if node.parent < 0:
            self._top.append(number)
        else:
            self._nodes[node.parent].children.append(number)
        return number

    def _build(self) -> None:
        self._nodes, self._top, self._by_account = [], [], {}
        self._figures = {}
        accounts = [a for a in self.book.accounts() if self._show_archived or not a.archived]
        self._add(_Node("net_worth", tr("Net worth"), -1, 0))
        for cls in Classification:
            members = [a for a in accounts if a.kind.classification is cls]
            if not members:
                continue
            group = self._add(
                _Node("classification", tr(cls.plural).upper(), -1, len(self._top), cls)
            )
            for kind in AccountKind:
                of_kind = [a for a in members if a.kind is kind]
                if not of_kind:
                    continue
                parent = self._nodes[group]
                kind_node = self._add(
                    _Node("kind", tr(kind.label), group, len(parent.children), cls, kind)
                )
                for a in of_kind:
                    label = tr("{name} (archived)").format(name=a.name) if a.archived else a.name
                    n = self._add(
                        _Node(
                            "account",
                            label,
                            kind_node,
                            len(self._nodes[kind_node].children),
                            cls,
                            kind,
                            a.id,
                        )
                    )
                    self._by_account[a.id] = n
        self._shown = {n: self._snapshot(n) for n in range(len(self._nodes))}

    def rebuild(self) -> None:
        """Accounts were added, removed, renamed or archived: a structural change."""
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self._show_archived = show
            self.rebuild()

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    def account_count(self) -> int:
        return len(self._by_account)

    def index_of_account(self, account_id: AccountId) -> QModelIndex:
        n = self._by_account.get(account_id)
        return QModelIndex() if n is None else self.createIndex(self._nodes[n].row, NAME, n)

    # -- figures ---------------------------------------------------------------------------

    def figure(self, number: int) -> Figure | None:
        if number in self._figures:
            return self._figures[number]
        fig = self._figure(number)
        self._figures[number] = fig
        return fig

    def _forget_figures(self, _accounts: object = None) -> None:
        self._figures = {}

    def _figure(self, number: int) -> Figure | None:
        node = self._nodes[number]
        if node.kind == "account":
            assert node.account_id is not None
            return self.book.balance(node.account_id)
        if node.kind == "net_worth":
            return self.book.net_worth()
        ids = self._accounts_under(number)
        return self.book.total(ids, classification=node.classification)

    def _accounts_under(self, number: int) -> list[AccountId]:
        node = self._nodes[number]
        if node.account_id is not None:
            return [node.account_id]
        out: list[AccountId] = []
        for child in node.children:
            out += self._accounts_under(child)
        return out

    def _snapshot(self, number: int) -> tuple[int, tuple[str, ...]]:
        fig = self.figure(number)
        return (0, ()) if fig is None else (fig.minor, fig.missing)

    def _on_figures_changed(self, accounts: frozenset[AccountId]) -> None:
        self._figures = {}
        if any(a not in self._by_account for a in accounts) and any(
            a in {s.id for s in self.book.accounts()} and self._visible(a) for a in accounts
        ):
            self.rebuild()
            return
        dirty: set[int] = {0}
        for acc in accounts:
            n = self._by_account.get(acc)
            while n is not None and n >= 0:
                dirty.add(n)
                n = self._nodes[n].parent
        for n in sorted(dirty):
            now = self._snapshot(n)
            if now != self._shown.get(n):
                self._shown[n] = now
                idx = self.createIndex(self._nodes[n].row, BALANCE, n)
                self.dataChanged.emit(
                    idx,
                    idx,
                    [
                        Qt.ItemDataRole.DisplayRole,
                        Qt.ItemDataRole.ToolTipRole,
                        roles.FIGURE_ROLE,
                        roles.FIGURE_STATE_ROLE,
                    ],
                )

    def _visible(self, account_id: AccountId) -> bool:
        st = self.book.account(account_id)
        return st is not None and (self._show_archived or not st.archived)

    # -- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column not in (NAME, BALANCE) or row < 0:
            return QModelIndex()
        children = self._top if not parent.isValid() else self._nodes[parent.internalId()].children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        p = self._nodes[child.internalId()].parent
        if p < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[p].row, NAME, p)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.column() != NAME:
            return 0
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self._nodes[index.internalId()]
        if node.kind == "account":
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("Account", "Balance")[section] if section in (0, 1) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        number = index.internalId()
        node = self._nodes[number]
        col = index.column()
        if role == roles.NODE_KIND_ROLE:
            return node.kind
        if role == Qt.ItemDataRole.FontRole and node.kind != "account":
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold if node.kind != "kind" else QFont.Weight.Normal)
            if node.kind == "net_worth":
                font.setPointSizeF(font.pointSizeF() * 1.1)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == "kind":
            return theme.palette().muted
        if role == roles.ACCOUNT_ID_ROLE:
            return None if node.account_id is None else int(node.account_id)
        if col == NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return node.label
            if role == Qt.ItemDataRole.ToolTipRole and node.account_id is not None:
                st = self.book.account(node.account_id)
                if st is not None:
                    return f"{st.kind.label} · {st.currency}" + (
                        tr(" · archived") if st.archived else ""
                    )
            return None
        fig = self.figure(number)
        if fig is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_money(fig.money, show_code=self._several_currencies())
        return figure_data(fig, role)

    def _several_currencies(self) -> bool:
        return len({a.currency for a in self.book.accounts()}) > 1
