"""Review proposed transfer pairs: link the checked ones as transfers, or reject them for good.

Proposals come from an import report or from ``imports.propose_transfers`` (the book's
unmatched transactions). Linking and rejecting are one service call each, one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.changes import Changes
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.services import imports
from permoney_desktop.services.imports import TransferProposal
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.dialogs._columns_model import ColumnsModel, Index, is_checked
from permoney_desktop.ui.i18n import QT_TR_NOOP, say, tr


class ProposalsModel(ColumnsModel):
    """Proposed pairs with a check box each (unchecked until the user agrees)."""

    COLUMNS = (
        QT_TR_NOOP("Link"),
        QT_TR_NOOP("Date"),
        QT_TR_NOOP("Amount"),
        QT_TR_NOOP("From"),
        QT_TR_NOOP("To"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposals: list[TransferProposal] = []
        self.checked: list[bool] = []

    def set_proposals(self, proposals: Sequence[TransferProposal]) -> None:
        self.beginResetModel()
        self.proposals = list(proposals)
        self.checked = [False] * len(self.proposals)
        self.endResetModel()

    def set_all(self, checked: bool) -> None:
        self.checked = [checked] * len(self.proposals)
        if self.proposals:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.proposals) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def checked_pairs(self) -> list[tuple[int, int]]:
        return [
            (p.outflow_id, p.inflow_id)
            for p, on in zip(self.proposals, self.checked, strict=True)
            if on
        ]

    def row_total(self) -> int:
        return len(self.proposals)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self.proposals)):
            return None
        p = self.proposals[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if self.checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                "",
                p.date.isoformat(),
                f"{p.amount:,} {p.currency}",
                p.outflow_account,
                p.inflow_account,
            )
            return values[col] if 0 <= col < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != 0
            or role != Qt.ItemDataRole.CheckStateRole
            or not (0 <= index.row() < len(self.proposals))
        ):
            return False
        self.checked[index.row()] = is_checked(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class TransferReviewDialog(QDialog):
    def __init__(
        self,
        ledger: Ledger,
        publish: Callable[[Changes], None],
        proposals: Sequence[TransferProposal] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.publish = publish
        self.setWindowTitle(tr("Review transfer matches"))
        self.setAccessibleName(tr("Review transfer matches"))
        intro = QLabel(
            tr(
                "Each row is money leaving one account and the same amount arriving in another "
                "within four days. Check the ones that are really transfers between your "
                "accounts: they stop counting as income and spending. Rejected pairs are never "
                "proposed again."
            )
        )
        intro.setWordWrap(True)
        self.model = ProposalsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Possible transfers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.check_all = QPushButton(tr("Check &all"))
        self.check_all.setAccessibleName(tr("Check all pairs"))
        self.check_all.clicked.connect(lambda: self.model.set_all(True))
        self.link_button = QPushButton(tr("&Link checked as transfers"))
        self.link_button.setAccessibleName(tr("Link the checked pairs as transfers"))
        self.reject_button = QPushButton(tr("&Not transfers"))
        self.reject_button.setAccessibleName(tr("Reject the checked pairs"))
        self.link_button.clicked.connect(self.confirm_checked)
        self.reject_button.clicked.connect(self.reject_checked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Result"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.check_all, self.link_button, self.reject_button):
            row.addWidget(b)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(720, 420)
        if proposals is None:
            proposals = imports.propose_transfers(ledger)
        self._show(proposals)

    def _show(self, proposals: Sequence[TransferProposal]) -> None:
        self.model.set_proposals(proposals)
        self.table.resizeColumnsToContents()
        has = bool(proposals)
        for b in (self.check_all, self.link_button, self.reject_button):
            b.setEnabled(has)
        if not has:
            self.message.setText(tr("No possible transfers to review."))

    def _write(self, fn: Callable[[list[tuple[int, int]]], Changes], verb: str) -> int:
        pairs = self.model.checked_pairs()
        if not pairs:
            self.message.setText(tr("Check the pairs first."))
            return 0
        try:
            changes = fn(pairs)
        except DomainError as exc:
            self.message.setText(tr("{error}. Nothing was changed.").format(error=say(exc)))
            return 0
        self.publish(changes)
        done = set(pairs)
        self._show([p for p in self.model.proposals if (p.outflow_id, p.inflow_id) not in done])
        self.message.setText(
            tr("%Ln pairs linked.", None, len(pairs))
            if verb == "linked"
            else tr("%Ln pairs rejected.", None, len(pairs))
        )
        return len(pairs)

    def confirm_checked(self) -> int:
        return self._write(lambda p: imports.confirm_transfers(self.ledger, p), "linked")

    def reject_checked(self) -> int:
        return self._write(lambda p: imports.reject_transfers(self.ledger, p), "rejected")
