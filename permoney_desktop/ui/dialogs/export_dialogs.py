"""Export entries as CSV (all, or what the register shows), export the whole book as a zip,
and import a book zip into an empty book. The file work runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from permoney_desktop.domain.changes import Changes
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.services import exports
from permoney_desktop.services import register_reads as reads
from permoney_desktop.services.exports import EntryExportFilter
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import theme
from permoney_desktop.ui.dialogs.jobs import Job
from permoney_desktop.ui.i18n import QT_TR_NOOP, say, tr


def describe_query(q: reads.RegisterQuery, account_name: str | None) -> str:
    parts = [f"account {account_name}" if account_name else tr("all accounts")]
    if q.date_from or q.date_to:
        lo = q.date_from.isoformat() if q.date_from else tr("the start")
        hi = q.date_to.isoformat() if q.date_to else "today"
        parts.append(f"{lo} to {hi}")
    if q.text:
        parts.append(f"matching “{q.text}”")
    if q.category_id is not None:
        parts.append(tr("one category"))
    if q.tag_id is not None:
        parts.append(tr("one tag"))
    if q.amount_min is not None or q.amount_max is not None:
        parts.append(tr("an amount range"))
    return ", ".join(parts)


def filter_for(ledger: Ledger, q: reads.RegisterQuery) -> EntryExportFilter:
    """The export filter for a register view: by account and dates, or by the exact rows when
    the view filters on more than that (text, category, tag, amount)."""
    accounts = None if q.account_id is None else [int(q.account_id)]
    if q.text or q.category_id is not None or q.tag_id is not None:
        return _by_rows(ledger, q)
    if q.amount_min is not None or q.amount_max is not None:
        return _by_rows(ledger, q)
    return EntryExportFilter(account_ids=accounts, since=q.date_from, until=q.date_to)


def _by_rows(ledger: Ledger, q: reads.RegisterQuery) -> EntryExportFilter:
    total = reads.count_entries(ledger, q)
    lines = reads.fetch_page(ledger, q, offset=0, limit=max(total, 1))
    return EntryExportFilter(entry_ids=[int(line.id) for line in lines])


class _FileDialog(QDialog):
    """A path with Browse…, options above it, OK/Cancel, and a message line."""

    title = ""
    file_filter = ""
    suffix = ""
    saving = True

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.result_text = ""
        self._job: Job | None = None
        self.setWindowTitle(tr(self.title))
        self.setAccessibleName(tr(self.title))
        self.path = QLineEdit()
        self.path.setAccessibleName(tr("File"))
        self.browse = QPushButton(tr("&Browse…"))
        self.browse.setAccessibleName(tr("Browse for the file"))
        self.browse.clicked.connect(self._browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Result"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.form = QFormLayout()
        label = QLabel(tr("&File:"))
        label.setBuddy(self.path)
        self.form.addRow(label, row)
        layout = QVBoxLayout(self)
        self.options = QVBoxLayout()
        layout.addLayout(self.options)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _browse(self) -> None:
        if self.saving:
            path, _ = QFileDialog.getSaveFileName(
                self, tr(self.title), self.path.text(), tr(self.file_filter)
            )
        else:
            path, _ = QFileDialog.getOpenFileName(
                self, tr(self.title), self.path.text(), tr(self.file_filter)
            )
        if path:
            if self.saving and self.suffix and not path.lower().endswith(self.suffix):
                path += self.suffix
            self.path.setText(path)

    def _fail(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {theme.palette().bad.name()}")
        self.message.setText(text)

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            self._fail(tr("Choose a file first."))
            return None
        path = Path(text).expanduser()
        if self.saving:
            if self.suffix and path.suffix.lower() != self.suffix:
                path = path.with_name(path.name + self.suffix)
            if not path.parent.is_dir():
                self._fail(f"The folder {path.parent} does not exist.")
                return None
        elif not path.is_file():
            self._fail(f"There is no file at {path}.")
            return None
        return path

    def start(self) -> None:
        """Run the work off the GUI thread; the dialog closes when it succeeded."""
        path = self.target()
        if path is None or (self._job is not None and self._job.running):
            return
        self.message.setStyleSheet("")
        self.message.setText(tr("Working…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        fn = self.work(path)
        job = Job(lambda _p, _c: fn(), self)
        job.succeeded.connect(lambda result: self._done(path, result))
        job.failed.connect(self._failed)
        self._job = job
        job.start()

    def work(self, path: Path) -> Callable[[], Any]:  # pragma: no cover - overridden
        raise NotImplementedError

    def finished_text(self, path: Path, result: Any) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def _done(self, path: Path, result: Any) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.result_text = self.finished_text(path, result)
        self.message.setText(self.result_text)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if isinstance(exc, DomainError | OSError):
            self._fail(f"{say(exc)}. Nothing was changed.")
        else:
            self._fail(f"Unexpected problem: {say(exc)}. Nothing was changed.")

    @property
    def busy(self) -> bool:
        return self._job is not None and self._job.running


class ExportEntriesDialog(_FileDialog):
    title = QT_TR_NOOP("Export entries")
    file_filter = QT_TR_NOOP("CSV files (*.csv);;All files (*)")
    suffix = ".csv"

    def __init__(
        self,
        ledger: Ledger,
        query: reads.RegisterQuery | None = None,
        account_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ledger, parent)
        self.query = query
        self.all_entries = QRadioButton(tr("&All entries"))
        self.all_entries.setAccessibleName(tr("Export all entries"))
        shown = describe_query(query, account_name) if query is not None else ""
        self.current_view = QRadioButton(
            tr("What the &register shows ({shown})").format(shown=shown)
        )
        self.current_view.setAccessibleName(tr("Export what the register shows"))
        group = QButtonGroup(self)
        group.addButton(self.all_entries)
        group.addButton(self.current_view)
        narrowed = query is not None and (query.filtered or query.account_id is not None)
        # "What the register shows" only when it shows less than everything.
        self.current_view.setVisible(narrowed)
        (self.current_view if narrowed else self.all_entries).setChecked(True)
        self.valuations = QCheckBox(tr("Include &balance adjustments (valuations)"))
        self.valuations.setAccessibleName(tr("Include balance adjustments"))
        self.valuations.setChecked(True)
        note = QLabel(tr("A UTF-8 CSV that spreadsheets open and Import… reads back."))
        note.setWordWrap(True)
        for w in (self.all_entries, self.current_view, self.valuations, note):
            self.options.addWidget(w)

    def work(self, path: Path) -> Callable[[], int]:
        ledger, q = self.ledger, self.query
        use_view = q is not None and self.current_view.isChecked()
        valuations = self.valuations.isChecked()

        def run() -> int:
            flt = filter_for(ledger, q) if use_view and q is not None else EntryExportFilter()
            if not valuations:
                flt = EntryExportFilter(
                    flt.account_ids, flt.since, flt.until, flt.entry_ids, include_valuations=False
                )
            return exports.export_entries_csv(ledger, path, flt)

        return run

    def finished_text(self, path: Path, result: Any) -> str:
        n = int(result)
        return f"Exported {n:,} entr{'ies' if n != 1 else 'y'} to {path.name}."


class ExportBookDialog(_FileDialog):
    title = QT_TR_NOOP("Export the whole book")
    file_filter = QT_TR_NOOP("Book exports (*.zip);;All files (*)")
    suffix = ".zip"

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(ledger, parent)
        note = QLabel(
            tr(
                "Accounts, categories, tags, rules, entries, transfers, valuations and rates as "
                "CSV files in one zip. Import book… loads it into a new, empty book."
            )
        )
        note.setWordWrap(True)
        self.options.addWidget(note)

    def work(self, path: Path) -> Callable[[], dict[str, int]]:
        ledger = self.ledger
        return lambda: exports.export_book(ledger, path)

    def finished_text(self, path: Path, result: Any) -> str:
        counts: dict[str, int] = result
        n = counts.get("entries.csv", 0)
        return f"Book exported to {path.name} ({n:,} entries)."


class ImportBookDialog(_FileDialog):
    title = QT_TR_NOOP("Import a book")
    file_filter = QT_TR_NOOP("Book exports (*.zip);;All files (*)")
    suffix = ".zip"
    saving = False

    def __init__(
        self, ledger: Ledger, publish: Callable[[Changes], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(ledger, parent)
        self.publish = publish
        note = QLabel(
            tr(
                "Loads a book exported with Export book… into this book, which must be empty "
                "(start a new book first). One step: Edit → Undo takes it back."
            )
        )
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.options.addWidget(note)

    def work(self, path: Path) -> Callable[[], Changes]:
        ledger = self.ledger
        return lambda: exports.import_book(ledger, path)

    def finished_text(self, path: Path, result: Any) -> str:
        self.publish(result)
        return f"Book {path.name} imported."
