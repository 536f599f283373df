"""Page 5: what was imported, and the transfers to review."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from permoney_desktop.services import import_preview
from permoney_desktop.services.imports import TransferProposal
from permoney_desktop.ui.dialogs.import_wizard.common import WizardState
from permoney_desktop.ui.dialogs.import_wizard.statement_view import StatementView
from permoney_desktop.ui.i18n import tr
from permoney_desktop.ui.operations import valuations as valuation_ops


class DonePage(QWizardPage):
    def __init__(self, wizard: WizardState, review: Callable[[list[TransferProposal]], None]):
        super().__init__()
        self.w = wizard
        self._review = review
        self.setTitle(tr("Imported"))
        self.setSubTitle(
            tr("The entries are in the book; balances and reports update by themselves.")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Import result"))
        self.review_button = QPushButton()
        self.review_button.setAccessibleName(tr("Review possible transfers"))
        self.review_button.clicked.connect(self._open_review)
        self.statement = StatementView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.statement)
        row = QHBoxLayout()
        row.addWidget(self.review_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()

    def initializePage(self) -> None:
        r = self.w.report
        if r is None:
            return
        parts = [f"Imported {r.imported:,} entr{'ies' if r.imported != 1 else 'y'} from {r.file}."]
        if r.duplicates:
            parts.append(f"{r.duplicates:,} duplicates were skipped.")
        if r.transfers_linked:
            parts.append(f"{r.transfers_linked:,} transfers were linked.")
        parts.append(tr("Edit → Undo takes the whole import back."))
        notes = [import_preview.currency_sentence(f) for f in self.w.foreign_rows]
        notes += r.notes  # what the file said beside its rows: sections skipped, openings set
        notes += valuation_ops.absorbed_notes(self.w.ledger, r.new_entry_ids)  # before an anchor
        self.summary.setText("\n\n".join([" ".join(parts), *notes]))
        self.statement.show_statement(r.closing, r.corrections, would=False)
        n = len(r.proposals)
        self.review_button.setText(tr("&Review %Ln possible transfers…", None, n))
        self.review_button.setVisible(n > 0)

    def _open_review(self) -> None:
        if self.w.report is not None:
            self._review(list(self.w.report.proposals))

    def nextId(self) -> int:
        return -1
