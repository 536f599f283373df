"""Page 4: the whole file planned (new rows, duplicates, transfers), then the Import button."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from permoney_desktop.services import import_preview, imports
from permoney_desktop.services.import_preview import ForeignRows
from permoney_desktop.services.imports import ImportPlan, TransferProposal
from permoney_desktop.ui import theme
from permoney_desktop.ui.dialogs.import_wizard.balance_sign_prompt import BalanceSignPrompt
from permoney_desktop.ui.dialogs.import_wizard.common import (
    STAGES,
    WizardState,
    amount_text,
    error_label,
    error_sentence,
)
from permoney_desktop.ui.dialogs.import_wizard.kind_chooser import KindChooser
from permoney_desktop.ui.dialogs.import_wizard.statement_view import StatementView
from permoney_desktop.ui.dialogs.jobs import Cancel, Job, Progress
from permoney_desktop.ui.i18n import tr


class SummaryPage(QWizardPage):
    def __init__(self, wizard: WizardState) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Check and import"))
        self.setSubTitle(tr("What the import will do. It is one step you can undo."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("&Import"))
        self.plan: ImportPlan | None = None
        self.ready = False
        self._generation = 0
        self._job: Job | None = None
        self.busy = QProgressBar()
        self.busy.setAccessibleName(tr("Checking the file"))
        self.busy.setTextVisible(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(tr("Import summary"))
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.foreign: list[ForeignRows] = []
        self.currency_note = QLabel()
        self.currency_note.setWordWrap(True)
        self.currency_note.setAccessibleName(tr("Rows in another currency"))
        self.currency_note.setTextFormat(Qt.TextFormat.PlainText)
        self.currency_note.setStyleSheet(f"color: {theme.palette().amber.name()}")
        self.currency_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(tr("What the file says beside its rows"))
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statement = StatementView()
        self.dup_label = QLabel(tr("Skipped as duplicates:"))
        self.duplicates = QTableWidget(0, 5)
        self.duplicates.setAccessibleName(tr("Rows skipped as duplicates"))
        self.duplicates.setHorizontalHeaderLabels(
            [tr("Line"), tr("Date"), tr("Amount"), tr("Payee"), tr("Why")]
        )
        self.prop_label = QLabel(tr("Possible transfers (you can review them after the import):"))
        self.proposals = QTableWidget(0, 5)
        self.proposals.setAccessibleName(tr("Possible transfers"))
        self.proposals.setHorizontalHeaderLabels(
            [tr("Date"), tr("Amount"), tr("From"), tr("To"), tr("Currency")]
        )
        for t in (self.duplicates, self.proposals):
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            t.verticalHeader().setVisible(False)
            t.horizontalHeader().setStretchLastSection(True)
            t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 6)
            t.setMaximumHeight(160)
        self.error = error_label()
        self.kinds = KindChooser(self._kinds_changed)
        self.balance_sign = BalanceSignPrompt(self._balance_sign_chosen)
        layout = QVBoxLayout(self)
        for widget in (
            self.busy,
            self.counts,
            self.notes,
            self.currency_note,
            self.statement,
            self.balance_sign,
            self.kinds,
            self.dup_label,
            self.duplicates,
            self.prop_label,
            self.proposals,
        ):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self._generation += 1
        generation = self._generation
        self.plan = None
        self.foreign = []
        self.ready = False
        self.w.report = None
        self.counts.clear()
        self.error.clear()
        for w in (
            self.notes,
            self.balance_sign,
            self.currency_note,
            self.statement,
            self.dup_label,
            self.duplicates,
            self.prop_label,
            self.proposals,
        ):
            w.setVisible(False)
        self.busy.setVisible(True)
        self.busy.setRange(0, 0)
        self.busy.setFormat(tr("Checking every row…"))
        request = self.w.request()
        ledger = self.w.ledger

        def fn(progress: Progress, cancel: Cancel) -> tuple[ImportPlan, list[ForeignRows]]:
            plan = imports.plan_import(ledger, request, progress=progress, cancel=cancel)
            foreign = import_preview.foreign_rows(plan.foreign)
            return plan, import_preview.with_rates(ledger, foreign)

        job = Job(fn, self)
        job.progressed.connect(lambda s, d, t: _show_progress(self.busy, s, d, t))
        job.succeeded.connect(lambda result, g=generation: self._planned(g, *result))
        job.failed.connect(lambda e, g=generation: self._failed(g, e))
        self._job = job
        job.start()

    def cleanupPage(self) -> None:
        if self._job is not None and self._job.running:
            self._job.cancel()
        self._generation += 1

    def _planned(self, generation: int, plan: ImportPlan, foreign: list[ForeignRows]) -> None:
        if generation != self._generation:
            return
        self.plan = plan
        self.foreign = foreign
        self.kinds.show_for(plan.undecided_kinds)
        self.balance_sign.ask(plan.file, plan.undecided_balance_sign)
        self.currency_note.setText(
            "\n".join("⚠ " + import_preview.currency_sentence(f) for f in foreign)
        )
        self.currency_note.setVisible(bool(foreign))
        self.busy.setVisible(False)
        lines = [_headline(plan)]
        if plan.duplicates and plan.imported:
            lines.append(
                tr("{count:,} already in the book, skipped (listed below).").format(
                    count=plan.duplicates
                )
            )
        if plan.transfer_pairs:
            n = len(plan.transfer_pairs)
            lines.append(
                tr("{count:,} transfer(s) linked by the file's ids.", None, n).format(count=n)
            )
        if plan.proposals:
            n = len(plan.proposals)
            lines.append(tr("{count:,} possible transfer(s) to review.", None, n).format(count=n))
        if plan.new_categories:
            shown = ", ".join(plan.new_categories[:8])
            more = len(plan.new_categories) - 8
            lines.append(
                tr("New categories: {names} and {count} more.").format(names=shown, count=more)
                if more > 0
                else tr("New categories: {names}.").format(names=shown)
            )
        if plan.rules_applied:
            lines.append(
                tr("Your rules fill in fields on {count:,} entries.").format(
                    count=plan.rules_applied
                )
            )
        per_account: dict[int, int] = {}
        for r in plan.new_rows:
            per_account[r.account_id] = per_account.get(r.account_id, 0) + 1
        if per_account:
            into = sorted((plan.accounts.get(acc, str(acc)), n) for acc, n in per_account.items())
            accounts = ", ".join(f"{name} ({n:,})" for name, n in into)
            lines.append(tr("Into {accounts}.").format(accounts=accounts))
        self.counts.setText("\n".join(lines))
        # What the file said beside its rows (entries left out, a batch kept whole, a balance
        # that cannot be checked): shown before the import, not only after it.
        self.notes.setText("\n".join(tr("Note: {note}").format(note=n) for n in plan.notes))
        self.notes.setVisible(bool(plan.notes))
        self.statement.show_statement(plan.closing, plan.corrections, would=True)
        self._fill_duplicates(plan)
        self._fill_proposals(plan.proposals)
        self.ready = True
        self.completeChanged.emit()

    def _fill_duplicates(self, plan: ImportPlan) -> None:
        rows = plan.skipped[:500]
        self.duplicates.setRowCount(len(rows))
        for i, s in enumerate(rows):
            for j, text in enumerate(
                (str(s.line), s.date.isoformat(), amount_text(s.amount), s.payee, s.reason)
            ):
                self.duplicates.setItem(i, j, _cell(text, numeric=j in (0, 2), money=j == 2))
        self.duplicates.resizeColumnsToContents()
        self.dup_label.setVisible(bool(rows))
        self.duplicates.setVisible(bool(rows))

    def _fill_proposals(self, proposals: Sequence[TransferProposal]) -> None:
        rows = list(proposals[:500])
        self.proposals.setRowCount(len(rows))
        for i, p in enumerate(rows):
            for j, text in enumerate(
                (
                    p.date.isoformat(),
                    amount_text(p.amount),
                    p.outflow_account,
                    p.inflow_account,
                    p.currency,
                )
            ):
                self.proposals.setItem(i, j, _cell(text, numeric=j == 1, money=j == 1))
        self.proposals.resizeColumnsToContents()
        self.prop_label.setVisible(bool(rows))
        self.proposals.setVisible(bool(rows))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy.setVisible(False)
        self.error.setText(error_sentence(exc))
        self.ready = True
        self.completeChanged.emit()

    def _kinds_changed(self, kinds: dict[str, str]) -> None:
        self.w.category_kinds = kinds
        self.completeChanged.emit()

    def _balance_sign_chosen(self, sign: str) -> None:
        """Plan again with the balance column read as chosen (kept for a preset, too)."""
        self.w.choose_balance_sign(sign)
        self.initializePage()

    def isComplete(self) -> bool:
        return (
            self.ready
            and self.plan is not None
            and (self.plan.imported > 0 or _corrects(self.plan))
            and not self.plan.undecided_balance_sign
            and not self.w.importing
            and self.kinds.complete()
        )

    def validatePage(self) -> bool:
        if self.w.report is not None:
            return True
        self.w.start_import()
        return False  # the wizard moves on by itself when the import has finished


def _headline(plan: ImportPlan) -> str:
    """The summary's first line: how many rows are new, or that a re-import brings none."""
    if plan.imported or _corrects(plan):
        return tr("{count:,} new entries out of {total:,} in {file}.", None, plan.imported).format(
            count=plan.imported, total=plan.total, file=plan.file
        )
    if not plan.total:
        return tr("Nothing to import: {file} holds no rows to import.").format(file=plan.file)
    if plan.duplicates == plan.total:
        if plan.total == 1:
            return tr(
                "The one row of {file} is already in the book: nothing new to import."
            ).format(file=plan.file)
        return tr(
            "All {total:,} rows of {file} are already in the book: nothing new to "
            "import (listed below)."
        ).format(total=plan.total, file=plan.file)
    return tr(
        "Nothing new to import: {count:,} of the {total:,} rows of {file} are already in the book."
    ).format(count=plan.duplicates, total=plan.total, file=plan.file)


def _corrects(plan: ImportPlan) -> bool:
    """Whether the import would change the book through the bank's corrections alone."""
    return any(o.applied for o in plan.corrections)


def _cell(text: str, *, numeric: bool, money: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if money:
        item.setFont(theme.money_font())
    return item


def _show_progress(bar: QProgressBar, stage: str, done: int, total: int) -> None:
    if total > 0:
        bar.setRange(0, total)
        bar.setValue(min(done, total))
    else:
        bar.setRange(0, 0)
    bar.setFormat(tr(STAGES.get(stage, stage.capitalize() + "…")))
