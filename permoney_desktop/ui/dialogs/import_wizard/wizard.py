"""The import wizard: the pages in order, the request they build, the import off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget, QWizard

from permoney_desktop.domain.changes import Changes
from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions
from permoney_desktop.domain.imports.records import FileFormat
from permoney_desktop.services import imports
from permoney_desktop.services.import_preview import ForeignRows, HeadPreview
from permoney_desktop.services.imports import (
    ImportCancelledError,
    ImportReport,
    ImportRequest,
    TransferProposal,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui.dialogs.import_wizard.accounts_page import AccountsPage
from permoney_desktop.ui.dialogs.import_wizard.common import (
    ACCOUNTS_PAGE,
    DONE_PAGE,
    FILE_PAGE,
    MAPPING_PAGE,
    STAGES,
    SUMMARY_PAGE,
    error_sentence,
)
from permoney_desktop.ui.dialogs.import_wizard.done_page import DonePage
from permoney_desktop.ui.dialogs.import_wizard.file_page import FilePage
from permoney_desktop.ui.dialogs.import_wizard.mapping_page import MappingPage
from permoney_desktop.ui.dialogs.import_wizard.summary_page import SummaryPage
from permoney_desktop.ui.dialogs.jobs import Cancel, Job, Progress
from permoney_desktop.ui.i18n import tr


class ImportWizard(QWizard):
    # A sentence for the main window's status bar (an import cancelled by closing the wizard).
    message = Signal(str)

    def __init__(
        self,
        ledger: Ledger,
        publish: Callable[[Changes], None],
        parent: QWidget | None = None,
        *,
        new_account: Callable[[], None] | None = None,
        review_transfers: Callable[[list[TransferProposal]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.publish = publish
        self.setWindowTitle(tr("Import a bank file"))
        self.setAccessibleName(tr("Import a bank file"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.path: Path | None = None
        self.data = b""
        self.format: FileFormat = FileFormat.CSV
        self.csv_mapping: CsvMapping | None = None
        self.csv_options = CsvOptions()
        self.category_kinds: dict[str, str] = {}
        self.account: str | None = None
        self.accounts: dict[str, str] = {}
        self.report: ImportReport | None = None
        self.importing = False
        self.import_error = ""
        self.progress_dialog: QProgressDialog | None = None
        self._import_job: Job | None = None
        self.closing = False  # closed while importing: finish the cancel, then close
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.accounts_page = AccountsPage(self, new_account)
        self.summary_page = SummaryPage(self)
        self.done_page = DonePage(self, review_transfers or (lambda _p: None))
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(ACCOUNTS_PAGE, self.accounts_page)
        self.setPage(SUMMARY_PAGE, self.summary_page)
        self.setPage(DONE_PAGE, self.done_page)
        self.setStartId(FILE_PAGE)
        self.resize(920, 680)

    @property
    def head_preview(self) -> HeadPreview | None:
        return self.mapping_page.preview

    @property
    def foreign_rows(self) -> list[ForeignRows]:
        return self.summary_page.foreign

    def set_file(self, path: Path | None, data: bytes, fmt: FileFormat | None = None) -> None:
        self.path = path
        self.data = data
        self.format = fmt or FileFormat.CSV
        self.csv_mapping = None
        self.csv_options = CsvOptions()
        self.category_kinds = {}

    def open_file(self, path: Path) -> None:
        """Start with ``path`` chosen (a dropped file, a test)."""
        self.file_page.path.setText(str(path))

    def request(self, *, csv_guess: bool = False) -> ImportRequest:
        """What the pages chose so far, as the service's request."""
        name = self.path.name if self.path is not None else ""
        if self.format is FileFormat.CSV:
            if csv_guess:
                mapping, options = None, CsvOptions()
            elif self.currentId() == MAPPING_PAGE or self.csv_mapping is None:
                mapping, options = self.mapping_page.mapping(), self.mapping_page.options()
            else:
                mapping, options = self.csv_mapping, self.csv_options
            return ImportRequest(
                data=self.data,
                name=name,
                format=FileFormat.CSV,
                account=self.account,
                accounts=dict(self.accounts),
                mapping=mapping,
                options=options,
                category_kinds=dict(self.category_kinds),
            )
        return ImportRequest(
            data=self.data,
            name=name,
            format=self.format,
            account=self.account,
            accounts=dict(self.accounts),
            category_kinds=dict(self.category_kinds),
        )

    def choose_balance_sign(self, sign: str) -> None:
        self.csv_options = replace(self.csv_options, balance_sign=sign)
        self.mapping_page.reading.balance_sign = sign

    # -- the import ------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.importing:
            return
        request = self.request()
        ledger = self.ledger
        self.importing = True
        self.import_error = ""
        self.summary_page.error.clear()
        self.summary_page.completeChanged.emit()

        def fn(progress: Progress, cancel: Cancel) -> ImportReport:
            return imports.run_import(ledger, request, progress=progress, cancel=cancel)

        dialog = QProgressDialog(tr("Importing…"), tr("&Cancel import"), 0, 0, self)
        dialog.setWindowTitle(tr("Importing"))
        dialog.setAccessibleName(tr("Import progress"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)
        job = Job(fn, self)
        # Cancel (or Esc) in the progress dialog is the same one action as closing the wizard.
        dialog.canceled.connect(self.cancel_and_close)
        job.progressed.connect(lambda s, d, t: self._import_progress(dialog, s, d, t))
        job.succeeded.connect(lambda report: self._imported(dialog, report))
        job.failed.connect(lambda exc: self._import_failed(dialog, exc))
        self.progress_dialog = dialog
        self._import_job = job
        job.start()

    def cancel_import(self) -> None:
        """What the progress dialog's Cancel does: cancel the import and close the wizard."""
        self.cancel_and_close()

    def cancel_and_close(self) -> None:
        """Close now; a running import is cancelled (the write rolls back) and the wizard is
        done once the service confirms. An import that had already committed is kept whole."""
        for page in (self.mapping_page, self.accounts_page, self.summary_page):
            job = page._job
            if job is not None and job.running:
                job.cancel()
        if not (self.importing and self._import_job is not None):
            super().reject()
            return
        self.closing = True
        self._import_job.cancel()
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
        self.hide()  # one action: the wizard is gone for the user at once

    def _import_progress(self, dialog: QProgressDialog, stage: str, done: int, total: int) -> None:
        if dialog.wasCanceled():
            return
        dialog.setLabelText(tr(STAGES.get(stage, stage.capitalize() + "…")))
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        else:
            dialog.setMaximum(0)

    def _finish_dialog(self, dialog: QProgressDialog) -> None:
        self.importing = False
        dialog.hide()
        dialog.deleteLater()
        self.progress_dialog = None

    def _imported(self, dialog: QProgressDialog, report: ImportReport) -> None:
        self._finish_dialog(dialog)
        self.report = report
        self.publish(report.changes)
        if self.closing:
            # The write committed before the cancel reached it: all of it is in the book.
            text = (
                f"The import had already finished when you closed the window: "
                f"{report.imported:,} entr{'ies' if report.imported != 1 else 'y'} from "
                f"{report.file} are in the book. Edit → Undo takes the whole import back."
            )
            self.message.emit(text)
            self._tell(text)
            self.done(QWizard.DialogCode.Accepted)
            return
        self.summary_page.completeChanged.emit()
        self.next()

    def _import_failed(self, dialog: QProgressDialog, exc: BaseException) -> None:
        self._finish_dialog(dialog)
        self.import_error = error_sentence(exc)
        if self.closing:
            self.message.emit(
                tr("Import cancelled; nothing was written.")
                if isinstance(exc, ImportCancelledError)
                else self.import_error
            )
            self.done(QWizard.DialogCode.Rejected)
            return
        self.summary_page.error.setText(self.import_error)
        self.summary_page.completeChanged.emit()

    def _tell(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Import finished"),
            text,
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setAccessibleName(tr("Import finished"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: one action, even during an import."""
        if self.closing:
            return  # already closing: the running import's end closes the wizard
        self.cancel_and_close()
