"""Page 3: which book account the file's entries go to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from permoney_desktop.domain.imports.records import FileFormat, ParsedFile
from permoney_desktop.services import accounts as accounts_service
from permoney_desktop.services import import_preview, imports
from permoney_desktop.services.import_preview import HeadPreview
from permoney_desktop.ui.dialogs.import_wizard.common import (
    PREVIEW_ROWS,
    WizardState,
    error_label,
    error_sentence,
)
from permoney_desktop.ui.dialogs.import_wizard.preview_table import preview_table, show_rows
from permoney_desktop.ui.dialogs.jobs import Cancel, Job, Progress
from permoney_desktop.ui.i18n import tr


@dataclass
class AccountChoice:
    id: int
    name: str
    currency: str


class AccountsPage(QWizardPage):
    def __init__(self, wizard: WizardState, new_account: Callable[[], None] | None) -> None:
        super().__init__()
        self.w = wizard
        self._new_account = new_account
        self.setTitle(tr("Choose the accounts"))
        self.setSubTitle(tr("Say which of your accounts the file's entries belong to."))
        self.parsed: ParsedFile | None = None
        self.ready = False
        self._job: Job | None = None
        self._generation = 0
        self.book_accounts: list[AccountChoice] = []
        self.key_combos: dict[str, QComboBox] = {}
        self.fixed: QComboBox | None = None
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.new_account_button = QPushButton(tr("&New account…"))
        self.new_account_button.setAccessibleName(tr("Create a new account"))
        self.new_account_button.clicked.connect(self._create_account)
        self.new_account_button.setVisible(new_account is not None)
        self.table, self.model = preview_table(tr("Entries in the file"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("File summary"))
        self.error = error_label()
        self.mismatch = error_label()
        self.mismatch.setAccessibleName(tr("Statement currency problem"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_account_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_host)
        layout.addWidget(self.mismatch)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self._generation += 1
        generation = self._generation
        self.ready = False
        self.parsed = None
        self.error.clear()
        self.status.setText(tr("Reading the file…"))
        self._build_form()
        request = self.w.request()
        head = self.w.head_preview
        mapping = self.w.csv_mapping
        one_account = mapping is not None and mapping.account is None
        if self.w.format is FileFormat.CSV and head is not None and head.ok and one_account:
            # Nothing here needs the whole file: the summary page reads and checks every row
            # once. The mapping page's rows (just read, same settings) are this file's.
            self._head(head)
            return

        def fn(_progress: Progress, _cancel: Cancel) -> ParsedFile:
            return imports.parse_file(request)

        job = Job(fn, self)
        job.succeeded.connect(lambda parsed, g=generation: self._parsed(g, parsed))
        job.failed.connect(lambda e, g=generation: self._failed(g, e))
        self._job = job
        job.start()

    def _load_accounts(self) -> None:
        self.book_accounts = [
            AccountChoice(int(a.id), a.name, str(a.currency))
            for a in accounts_service.list_accounts(self.w.ledger, include_archived=False)
        ]

    def _account_combo(self, name: str, guess: str | None, currency: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(tr("Choose an account…"), None)
        for a in self.book_accounts:
            combo.addItem(f"{a.name} ({a.currency})", a.name)
        idx = -1
        if guess:
            idx = combo.findData(
                next((a.name for a in self.book_accounts if a.name.casefold() == guess), None)
            )
        if idx < 0 and currency is None and len(self.book_accounts) == 1:
            idx = 1
        if idx < 0 and currency is not None:
            same = [a for a in self.book_accounts if a.currency == currency]
            if len(same) == 1 and len(self.book_accounts) == 1:
                idx = combo.findData(same[0].name)
        combo.setCurrentIndex(max(idx, 0))
        combo.currentIndexChanged.connect(lambda _i: self._choice_changed())
        return combo

    def _build_form(self) -> None:
        keep = {k: c.currentData() for k, c in self.key_combos.items()}
        keep_fixed = self.fixed.currentData() if self.fixed is not None else self.w.account
        while self.form.rowCount():
            self.form.removeRow(0)
        self.key_combos = {}
        self.fixed = None
        self._load_accounts()
        parsed = self.parsed
        if parsed is None:
            return
        currencies = {s.account_key: s.currency for s in parsed.statements}
        for key in parsed.account_keys:
            cur = currencies.get(key)
            combo = self._account_combo(
                f"Account for the file's account {key}", key.strip().casefold(), cur
            )
            if keep.get(key):
                combo.setCurrentIndex(max(combo.findData(keep[key]), 0))
            shown = f"“{key}”" + (f" ({cur})" if cur else "")
            label = QLabel(tr("{shown} goes to:").format(shown=shown))
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.key_combos[key] = combo
        if not parsed.account_keys or any(r.account is None for r in parsed.rows):
            combo = self._account_combo(tr("Account for the entries"), None, None)
            if keep_fixed:
                combo.setCurrentIndex(max(combo.findData(keep_fixed), 0))
            label = QLabel(
                tr("&Entries go to:") if not parsed.account_keys else tr("Other entries go to:")
            )
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.fixed = combo
        if not self.book_accounts:
            self.error.setText(
                tr(
                    "This book has no accounts yet. Create the account the file belongs to "
                    "(New account…), then choose it here."
                )
            )
        self.mismatch.setText(" ".join(self._mismatches()))

    def _head(self, head: HeadPreview) -> None:
        self.parsed = ParsedFile(self.w.path.name if self.w.path else "", FileFormat.CSV, ())
        self._build_form()
        show_rows(self.table, self.model, head.rows)
        about = "" if head.complete else tr("About ")
        n = head.rows_in_file
        self.status.setText(
            about
            # The plural form by n; the count as before (grouped digits).
            + tr("{count:,} entries in the file, first rows below.", None, n).format(count=n)
            + " "
            + tr("Every row is checked on the next page.")
        )
        self.ready = True
        self.completeChanged.emit()

    def _parsed(self, generation: int, parsed: ParsedFile) -> None:
        if generation != self._generation:
            return
        self.parsed = parsed
        self._build_form()
        show_rows(
            self.table,
            self.model,
            [import_preview.head_row(r, None) for r in parsed.rows[:PREVIEW_ROWS]],
        )
        n = len(parsed.rows)
        self.status.setText(
            tr("%Ln entries in the file", None, n) + (tr(", first rows below.") if n else ".")
        )
        if parsed.warnings:
            self.status.setText(self.status.text() + " " + " ".join(parsed.warnings))
        self.ready = True
        self.completeChanged.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.status.clear()
        self.model.set_rows([])
        self.error.setText(error_sentence(exc))
        self.ready = True
        self.completeChanged.emit()

    def _create_account(self) -> None:
        if self._new_account is None:
            return
        self._new_account()
        self.error.clear()
        self._build_form()
        self.completeChanged.emit()

    def _choice_changed(self) -> None:
        self.mismatch.setText(" ".join(self._mismatches()))
        self.completeChanged.emit()

    def _mismatches(self) -> list[str]:
        """A statement (OFX/QFX) says its account's currency: the import refuses another one,
        so say it here, where the account is chosen."""
        if self.parsed is None:
            return []
        currency_of = {a.name: a.currency for a in self.book_accounts}
        out = []
        for info in self.parsed.statements:
            combo = self.key_combos.get(info.account_key)
            chosen = combo.currentData() if combo is not None else None
            if chosen and currency_of.get(chosen, info.currency) != info.currency:
                out.append(
                    f"The statement for “{info.account_key}” is in {info.currency}, but "
                    f"{chosen} keeps {currency_of[chosen]}: choose an account in "
                    f"{info.currency} (or create one with New account…)."
                )
        return out

    def isComplete(self) -> bool:
        if not self.ready or self.parsed is None:
            return False
        combos = list(self.key_combos.values())
        if self.fixed is not None:
            combos.append(self.fixed)
        return all(c.currentData() for c in combos) and not self._mismatches()

    def validatePage(self) -> bool:
        self.w.accounts = {k: str(c.currentData()) for k, c in self.key_combos.items()}
        self.w.account = str(self.fixed.currentData()) if self.fixed is not None else None
        return True
