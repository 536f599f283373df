"""The import wizard: choose a file, read it (CSV mapping with a live preview), map accounts,
review what will happen, import off the GUI thread with a cancellable progress dialog.

Every read and write goes through ``services.imports``; the wizard only collects the request.
The mapping page's live preview reads only the head of the file (``services.import_preview``);
the summary page plans the whole file, so every row is validated before the import. The import
itself is one gated write (one undo step); its ``Changes`` are handed to ``publish`` so the
window's figures and registers refresh and the worker syncs. Closing the wizard while the
import runs cancels it and closes in one action (nothing written); an import that committed
before the cancel arrived is kept whole, published and reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from permoney_desktop.domain.changes import Changes
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions
from permoney_desktop.domain.imports.dates import DATE_FORMATS
from permoney_desktop.domain.imports.records import FileFormat, ImportFileError, ParsedFile
from permoney_desktop.services import accounts as accounts_service
from permoney_desktop.services import import_preview, imports
from permoney_desktop.services.import_preview import (
    ForeignRows,
    HeadPreview,
    HeadRow,
    human_date_format,
)
from permoney_desktop.services.imports import (
    ImportCancelledError,
    ImportPlan,
    ImportReport,
    ImportRequest,
    ImportSetupError,
    TransferProposal,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import theme
from permoney_desktop.ui.dialogs._columns_model import ColumnsModel, Index
from permoney_desktop.ui.dialogs.jobs import Cancel, Job, Progress

PREVIEW_ROWS = import_preview.PREVIEW_ROWS
# Changes made within this many milliseconds (a preset filling a dozen controls) share one
# preview; each preview reads only the head of the file.
PREVIEW_DEBOUNCE_MS = 120

FILE_PAGE, MAPPING_PAGE, ACCOUNTS_PAGE, SUMMARY_PAGE, DONE_PAGE = range(5)

FIELD_LABELS: dict[str, str] = {
    "date": "Date",
    "amount": "Amount",
    "debit": "Debit (money out)",
    "credit": "Credit (money in)",
    "payee": "Payee",
    "memo": "Memo",
    "category": "Category",
    "currency": "Currency",
    "external_id": "Bank's id",
    "account": "Account",
    "transfer_id": "Transfer id",
    "tags": "Tags",
}
ENCODINGS: tuple[tuple[str, str | None], ...] = (
    ("Detect", None),
    ("UTF-8", "utf-8"),
    ("UTF-8 with BOM", "utf-8-sig"),
    ("Windows-1252 (Western)", "cp1252"),
    ("Latin-1", "latin-1"),
)
DELIMITERS = (("Detect", None), ("Comma", ","), ("Semicolon", ";"), ("Tab", "\t"), ("Pipe", "|"))
STAGES = {
    "reading": "Reading the file…",
    "checking": "Checking every row…",
    "duplicates": "Looking for duplicates…",
    "rules": "Applying your rules…",
    "writing": "Writing entries…",
    "saving": "Saving…",
}
_FORMAT_NAMES = {
    FileFormat.CSV: "CSV (a table of columns)",
    FileFormat.OFX: "OFX bank statement",
    FileFormat.QFX: "QFX (Quicken) bank statement",
    FileFormat.QIF: "QIF (Quicken interchange)",
}


def error_sentence(exc: BaseException) -> str:
    """What went wrong and what to do, as the wizard shows it (never a traceback)."""
    if isinstance(exc, ImportFileError):
        where = f"{exc.file}, line {exc.line}" if exc.line else exc.file
        what = f", field “{exc.field}”" if exc.field else ""
        return (
            f"{where}{what}: {readable_formats(exc.reason)}. Nothing was imported; fix the "
            "file, or go Back and change how it is read."
        )
    if isinstance(exc, ImportSetupError):
        return f"{exc}. Nothing was imported."
    if isinstance(exc, ImportCancelledError):
        return "The import was cancelled; nothing was written."
    if isinstance(exc, DomainError | ValueError | LookupError | OSError):
        return f"{exc}."
    return f"Unexpected problem: {exc}. Nothing was imported."


def _amount_text(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return f"{amount:,}".replace("-", "−") if amount < 0 else f"{amount:,}"


LINE, DATE, AMOUNT, CURRENCY, PAYEE, MEMO, CATEGORY, ACCOUNT, PROBLEM = range(9)


class PreviewModel(ColumnsModel):
    """The first rows of a file as they will be imported; rows that cannot be read are flagged,
    fields a rule fills in are shown in italics."""

    COLUMNS = (
        "Line",
        "Date",
        "Amount",
        "Currency",
        "Payee",
        "Memo",
        "Category",
        "Account",
        "Problem",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[HeadRow] = []
        self._money_font = theme.money_font()
        self._rule_font = QFont()
        self._rule_font.setItalic(True)

    def set_rows(self, rows: Sequence[HeadRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def error_rows(self) -> list[int]:
        return [i for i, r in enumerate(self.rows) if r.error]

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        col = index.column()
        by_rule = (col == PAYEE and "payee" in r.by_rules) or (
            col == CATEGORY and "category" in r.by_rules
        )
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                str(r.line),
                r.date.isoformat() if r.date else "",
                _amount_text(r.amount),
                r.currency,
                r.payee,
                r.memo,
                r.category,
                r.account,
                _problem(r),
            )
            return values[col] if 0 <= col < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.error:
                return r.error
            if by_rule:
                return "Filled in by one of your rules"
            return None
        if role == Qt.ItemDataRole.FontRole:
            if col == AMOUNT:
                return self._money_font
            return self._rule_font if by_rule else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (LINE, AMOUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and r.error:
            bad = QColor(theme.palette().bad)
            bad.setAlpha(48)
            return bad
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.error and col == PROBLEM:
                return theme.palette().bad
            if col == AMOUNT and r.amount is not None and r.amount < 0:
                return theme.palette().negative
        if role == Qt.ItemDataRole.AccessibleTextRole and r.error:
            return f"Line {r.line} cannot be read: {r.error}"
        return None


_STRFTIME = re.compile(r"%[a-zA-Z](?:[^\s()%]*%[a-zA-Z])*")


def readable_formats(message: str) -> str:
    """A service message with date formats as the Dates list shows them (DD/MM/YYYY)."""
    return _STRFTIME.sub(lambda m: human_date_format(m.group(0)), message)


def _problem(r: HeadRow) -> str:
    """The row's problem without the file and line its own row already shows."""
    short = r.error.split(f", line {r.line}, ", 1)[-1]
    return readable_formats(short.removeprefix("field "))


def show_rows(view: QTableView, model: PreviewModel, rows: Sequence[HeadRow]) -> None:
    """Fill the preview and hide the optional columns no shown row uses (more room for the
    ones that matter, the problem above all)."""
    model.set_rows(rows)
    used = {
        CURRENCY: any(r.currency for r in rows),
        MEMO: any(r.memo for r in rows),
        CATEGORY: any(r.category for r in rows),
        ACCOUNT: any(r.account for r in rows),
        PROBLEM: any(r.error for r in rows),
    }
    for col, shown in used.items():
        view.setColumnHidden(col, not shown)
    view.resizeColumnsToContents()


def _preview_table(name: str) -> tuple[QTableView, PreviewModel]:
    model = PreviewModel()
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    # Dense rows, like the register: a line of text and a little air.
    view.verticalHeader().setMinimumSectionSize(view.fontMetrics().height() + 4)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setMinimumHeight(180)
    return view, model


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"color: {theme.palette().bad.name()}")
    label.setAccessibleName("Problem")
    return label


@dataclass
class AccountChoice:
    id: int
    name: str
    currency: str


# -- page 1: the file --------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Choose a file")
        self.setSubTitle(
            "A CSV, OFX, QFX or QIF export from your bank. Nothing is written until you "
            "confirm on the last page."
        )
        self.path = QLineEdit()
        self.path.setAccessibleName("File to import")
        self.path.setPlaceholderText("Path of the bank file")
        self.browse = QPushButton("&Browse…")
        self.browse.setAccessibleName("Browse for a file")
        self.browse.clicked.connect(self._browse)
        self.format = QComboBox()
        self.format.setAccessibleName("File format")
        self.format.addItem("Detect from the file", None)
        for fmt in FileFormat:
            self.format.addItem(_FORMAT_NAMES[fmt], fmt.value)
        self.detected = QLabel()
        self.detected.setAccessibleName("Detected format")
        self.detected.setWordWrap(True)
        self.error = _error_label()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        path_label = QLabel("&File:")
        path_label.setBuddy(self.path)
        form.addRow(path_label, row)
        format_label = QLabel("F&ormat:")
        format_label.setBuddy(self.format)
        form.addRow(format_label, self.format)
        form.addRow("", self.detected)
        form.addRow(self.error)
        self.path.textChanged.connect(self._load)
        self.format.currentIndexChanged.connect(lambda _i: self._load(self.path.text()))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Import a bank file",
            str(Path(self.path.text()).parent) if self.path.text() else "",
            "Bank files (*.csv *.tsv *.txt *.ofx *.qfx *.qif);;All files (*)",
        )
        if path:
            self.path.setText(path)

    def _load(self, text: str) -> None:
        self.w.set_file(None, b"")
        self.detected.clear()
        self.error.clear()
        path = Path(text.strip()) if text.strip() else None
        if path is None:
            self.completeChanged.emit()
            return
        if not path.is_file():
            self.error.setText(f"There is no file at {path}." if path.name else "")
            self.completeChanged.emit()
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.error.setText(f"{path.name} cannot be read: {exc.strerror or exc}.")
            self.completeChanged.emit()
            return
        if not data.strip():
            self.error.setText(f"{path.name} is empty.")
            self.completeChanged.emit()
            return
        chosen = self.format.currentData()
        fmt = FileFormat(chosen) if chosen else imports.detect_format(data, path.name)
        self.w.set_file(path, data, fmt)
        how = "Format" if chosen else "Detected"
        self.detected.setText(f"{how}: {_FORMAT_NAMES[fmt]} · {len(data):,} bytes")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.path is not None

    def nextId(self) -> int:
        return MAPPING_PAGE if self.w.format is FileFormat.CSV else ACCOUNTS_PAGE


# -- page 2: CSV columns and options ---------------------------------------------------------


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Read the columns")
        self.setSubTitle(
            "Match the file's columns to what they mean. The table shows the first rows as "
            "they will be imported; rows that cannot be read are marked."
        )
        self.preview: HeadPreview | None = None
        self.ready = False
        self._generation = 0
        self._loading = False
        self._guessed_for: bytes | None = None
        self._job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_preview)

        # presets
        self.presets = QComboBox()
        self.presets.setAccessibleName("Saved mapping")
        self.presets.setMinimumContentsLength(16)
        self.load_preset_button = QPushButton("&Load")
        self.load_preset_button.setAccessibleName("Load the saved mapping")
        self.save_preset_button = QPushButton("&Save as…")
        self.save_preset_button.setAccessibleName("Save this mapping")
        self.delete_preset_button = QPushButton("Delete")
        self.delete_preset_button.setAccessibleName("Delete the saved mapping")
        self.load_preset_button.clicked.connect(self.load_preset)
        self.save_preset_button.clicked.connect(self._ask_save_preset)
        self.delete_preset_button.clicked.connect(self.delete_preset)
        presets_row = QHBoxLayout()
        presets_label = QLabel("Saved &mappings:")
        presets_label.setBuddy(self.presets)
        presets_row.addWidget(presets_label)
        presets_row.addWidget(self.presets, 1)
        for b in (self.load_preset_button, self.save_preset_button, self.delete_preset_button):
            presets_row.addWidget(b)

        # columns
        self.columns: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for n, (fld, label) in enumerate(FIELD_LABELS.items()):
            combo = QComboBox()
            combo.setAccessibleName(f"Column for {label.lower()}")
            combo.currentIndexChanged.connect(self._changed)
            self.columns[fld] = combo
            text = QLabel(f"{label}:")
            text.setBuddy(combo)
            row, col = divmod(n, 3)
            grid.addWidget(text, row, col * 2)
            grid.addWidget(combo, row, col * 2 + 1)
        for c in (1, 3, 5):
            grid.setColumnStretch(c, 1)

        # options
        self.date_format = QComboBox()
        self.date_format.setAccessibleName("Date format")
        self.date_format.addItem("Detect", None)
        for fmt in DATE_FORMATS:
            self.date_format.addItem(human_date_format(fmt), fmt)
        self.decimal_comma = QCheckBox("Decimal &comma (1.234,56)")
        self.inflows_negative = QCheckBox("Money &in is negative")
        self.inflows_negative.setToolTip(
            "Tick when the file shows deposits as negative and spending as positive "
            "(some card exports do)."
        )
        self.encoding = QComboBox()
        self.encoding.setAccessibleName("Text encoding")
        for text_, value in ENCODINGS:
            self.encoding.addItem(text_, value)
        self.delimiter = QComboBox()
        self.delimiter.setAccessibleName("Column separator")
        for text_, value in DELIMITERS:
            self.delimiter.addItem(text_, value)
        for box in (self.date_format, self.encoding, self.delimiter):
            box.currentIndexChanged.connect(self._changed)
        for check in (self.decimal_comma, self.inflows_negative):
            check.setAccessibleName(check.text().replace("&", ""))
            check.toggled.connect(self._changed)
        options = QGridLayout()
        for n, (label, widget) in enumerate(
            (
                ("&Dates:", self.date_format),
                ("&Encoding:", self.encoding),
                ("Se&parator:", self.delimiter),
            )
        ):
            text = QLabel(label)
            text.setBuddy(widget)
            options.addWidget(text, 0, n * 2)
            options.addWidget(widget, 0, n * 2 + 1)
        options.addWidget(self.decimal_comma, 1, 0, 1, 2)
        options.addWidget(self.inflows_negative, 1, 2, 1, 2)
        self.date_note = QLabel()
        self.date_note.setAccessibleName("Detected date format")
        options.addWidget(self.date_note, 1, 4, 1, 2)

        self.table, self.model = _preview_table("Preview of the first rows")
        self.status = QLabel()
        self.status.setAccessibleName("Preview summary")
        self.status.setWordWrap(True)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(presets_row)
        layout.addLayout(grid)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)

    # -- state -----------------------------------------------------------------------------

    def initializePage(self) -> None:
        self._reload_presets()
        if self._guessed_for is not self.w.data:
            # A new file: let the service guess the mapping and options, then show them.
            self._guessed_for = self.w.data
            self._set_header([])
            self._loading = True
            for box in (self.date_format, self.encoding, self.delimiter):
                box.setCurrentIndex(0)
            self.decimal_comma.setChecked(False)
            self.inflows_negative.setChecked(False)
            self._loading = False
            self._start_preview(guess=True)

    def mapping(self) -> CsvMapping:
        chosen = {f: (c.currentData() or None) for f, c in self.columns.items()}
        return CsvMapping().with_columns(chosen)

    def options(self) -> CsvOptions:
        return CsvOptions(
            date_format=self.date_format.currentData(),
            decimal_comma=self.decimal_comma.isChecked(),
            inflows_negative=self.inflows_negative.isChecked(),
            encoding=self.encoding.currentData(),
            delimiter=self.delimiter.currentData(),
        )

    def _set_header(self, header: Sequence[str]) -> None:
        self._loading = True
        try:
            for combo in self.columns.values():
                keep = combo.currentData()
                combo.clear()
                combo.addItem("(not in the file)", None)
                for h in header:
                    if h:
                        combo.addItem(h, h)
                combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
        finally:
            self._loading = False

    def apply_settings(self, mapping: CsvMapping, options: CsvOptions) -> None:
        """Show ``mapping``/``options`` in the controls (a guess, a preset) and preview them."""
        self._loading = True
        try:
            for fld, combo in self.columns.items():
                col = getattr(mapping, fld)
                idx = 0
                if col:
                    idx = next(
                        (
                            i
                            for i in range(combo.count())
                            if str(combo.itemData(i) or "").casefold() == col.casefold()
                        ),
                        -1,
                    )
                    if idx < 0:  # a preset naming a column this file lacks: keep it visible
                        combo.addItem(f"{col} (missing)", col)
                        idx = combo.count() - 1
                combo.setCurrentIndex(idx)
            self._select(self.date_format, options.date_format)
            self._select(self.encoding, options.encoding)
            self._select(self.delimiter, options.delimiter)
            self.decimal_comma.setChecked(options.decimal_comma)
            self.inflows_negative.setChecked(options.inflows_negative)
        finally:
            self._loading = False
        self._changed()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        idx = combo.findData(value)
        if idx < 0 and isinstance(value, str):
            combo.addItem(value, value)
            idx = combo.count() - 1
        combo.setCurrentIndex(max(idx, 0))

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self.ready = False
        self.completeChanged.emit()
        self._timer.start()

    # -- preview ---------------------------------------------------------------------------

    def _run_preview(self) -> None:
        self._start_preview(guess=False)

    def _start_preview(self, *, guess: bool) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        self.ready = False
        self.status.setText("Reading the file…")
        self.error.clear()
        self.completeChanged.emit()
        request = self.w.request(csv_guess=guess)
        ledger = self.w.ledger

        def fn(_progress: Progress, _cancel: Cancel) -> HeadPreview:
            return import_preview.preview_head(ledger, request, limit=PREVIEW_ROWS)

        job = Job(fn, self)
        job.succeeded.connect(lambda p, g=generation, gs=guess: self._previewed(g, gs, p))
        job.failed.connect(lambda e, g=generation: self._preview_failed(g, e))
        self._job = job
        job.start()

    def _previewed(self, generation: int, guess: bool, p: HeadPreview) -> None:
        if generation != self._generation:
            return  # the settings changed meanwhile: a newer preview is on its way
        self.preview = p
        if guess:
            self._set_header(p.header)
            if p.mapping is not None:
                self.apply_settings(p.mapping, p.options or CsvOptions())
                # apply_settings queued a preview of exactly these settings; show this one now
                self._timer.stop()
                self._generation += 1
                self._start_preview(guess=False)
                return
        elif p.header and self.columns["date"].count() <= 1:
            self._set_header(p.header)
        show_rows(self.table, self.model, p.rows)
        note = ""
        if p.date_format:
            note = f"Dates read as {human_date_format(p.date_format)}"
            if self.date_format.currentData() is None and not p.complete:
                note += f" (decided from the first {p.sampled:,} rows)"
        self.date_note.setText(note)
        bad = len(p.errors)
        shown = len(p.rows)
        about = "" if p.complete else "about "
        if shown:
            parts = [f"Showing the first {shown:,} of {about}{p.rows_in_file:,} rows."]
        else:
            parts = [
                f"{about.capitalize()}{p.rows_in_file:,} rows in the file; they show here "
                "once the problem below is solved."
            ]
        if not p.complete and not p.file_error:
            parts.append("Every row is checked before the import, on the next pages.")
        if bad and not p.file_error:
            parts.append(
                f"{bad:,} row{'s' if bad != 1 else ''} cannot be read; the import needs "
                "every row to be readable."
            )
        self.status.setText(" ".join(parts))
        first = readable_formats(p.file_error or (p.errors[0] if p.errors else ""))
        if first:
            # The preview's messages already name the file, the line and the field.
            first = first.replace("choose the date format", "choose the format under Dates")
            if "choose" not in first:
                first = f"{first.rstrip('.')}. Fix the file or the settings above"
            self.error.setText(f"{first.rstrip('.')}.")
        else:
            self.error.clear()
        self.ready = True
        self.completeChanged.emit()

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.preview = None
        self.model.set_rows([])
        self.status.clear()
        self.error.setText(error_sentence(exc))
        self.ready = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        p = self.preview
        return self.ready and p is not None and p.ok

    def validatePage(self) -> bool:
        self.w.csv_mapping = self.mapping()
        self.w.csv_options = self.options()
        return True

    # -- presets ---------------------------------------------------------------------------

    def _reload_presets(self, select: str | None = None) -> None:
        current = select or self.presets.currentText()
        self.presets.clear()
        try:
            names = imports.list_presets(self.w.ledger)
        except DomainError as exc:
            self.error.setText(error_sentence(exc))
            names = []
        for name in names:
            self.presets.addItem(name)
        if current:
            self.presets.setCurrentIndex(max(self.presets.findText(current), 0))
        has = bool(names)
        self.load_preset_button.setEnabled(has)
        self.delete_preset_button.setEnabled(has)
        self.presets.setEnabled(has)
        if not has:
            self.presets.setPlaceholderText("No saved mappings yet")

    def load_preset(self) -> None:
        name = self.presets.currentText()
        if not name:
            return
        try:
            mapping, options = imports.load_preset(self.w.ledger, name)
        except DomainError as exc:
            self.error.setText(error_sentence(exc))
            return
        self.apply_settings(mapping, options)

    def _ask_save_preset(self) -> None:
        name, ok = QInputDialog.getText(
            self, "Save mapping", "Name for this mapping (e.g. the bank):"
        )
        if ok:
            self.save_preset(name)

    def save_preset(self, name: str) -> bool:
        try:
            imports.save_preset(self.w.ledger, name, self.mapping(), self.options())
        except (DomainError, ValueError) as exc:
            self.error.setText(error_sentence(exc))
            return False
        self._reload_presets(select=" ".join(name.split()))
        self.status.setText(f"Mapping saved as “{' '.join(name.split())}”.")
        return True

    def delete_preset(self) -> None:
        name = self.presets.currentText()
        if not name:
            return
        try:
            imports.delete_preset(self.w.ledger, name)
        except DomainError as exc:
            self.error.setText(error_sentence(exc))
            return
        self._reload_presets()


# -- page 3: accounts -------------------------------------------------------------------------


class AccountsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard, new_account: Callable[[], None] | None) -> None:
        super().__init__()
        self.w = wizard
        self._new_account = new_account
        self.setTitle("Choose the accounts")
        self.setSubTitle("Say which of your accounts the file's entries belong to.")
        self.parsed: ParsedFile | None = None
        self.ready = False
        self._job: Job | None = None
        self._generation = 0
        self.book_accounts: list[AccountChoice] = []
        self.key_combos: dict[str, QComboBox] = {}
        self.fixed: QComboBox | None = None
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.new_account_button = QPushButton("&New account…")
        self.new_account_button.setAccessibleName("Create a new account")
        self.new_account_button.clicked.connect(self._create_account)
        self.new_account_button.setVisible(new_account is not None)
        self.table, self.model = _preview_table("Entries in the file")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("File summary")
        self.error = _error_label()
        self.mismatch = _error_label()
        self.mismatch.setAccessibleName("Statement currency problem")
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
        self.status.setText("Reading the file…")
        self._build_form()
        request = self.w.request()
        head = self.w.mapping_page.preview
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
        combo.addItem("Choose an account…", None)
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
            label = QLabel(f"{shown} goes to:")
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.key_combos[key] = combo
        if not parsed.account_keys or any(r.account is None for r in parsed.rows):
            combo = self._account_combo("Account for the entries", None, None)
            if keep_fixed:
                combo.setCurrentIndex(max(combo.findData(keep_fixed), 0))
            label = QLabel("&Entries go to:" if not parsed.account_keys else "Other entries go to:")
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.fixed = combo
        if not self.book_accounts:
            self.error.setText(
                "This book has no accounts yet. Create the account the file belongs to "
                "(New account…), then choose it here."
            )
        self.mismatch.setText(" ".join(self._mismatches()))

    def _head(self, head: HeadPreview) -> None:
        self.parsed = ParsedFile(self.w.path.name if self.w.path else "", FileFormat.CSV, ())
        self._build_form()
        show_rows(self.table, self.model, head.rows)
        about = "" if head.complete else "About "
        n = head.rows_in_file
        self.status.setText(
            f"{about}{n:,} entr{'ies' if n != 1 else 'y'} in the file, first rows below. "
            "Every row is checked on the next page."
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
            f"{n:,} entr{'ies' if n != 1 else 'y'} in the file"
            + (", first rows below." if n else ".")
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


# -- page 4: summary and confirm ------------------------------------------------------------


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Check and import")
        self.setSubTitle("What the import will do. It is one step you can undo.")
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Import")
        self.plan: ImportPlan | None = None
        self.ready = False
        self._generation = 0
        self._job: Job | None = None
        self.busy = QProgressBar()
        self.busy.setAccessibleName("Checking the file")
        self.busy.setTextVisible(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName("Import summary")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.foreign: list[ForeignRows] = []
        self.currency_note = QLabel()
        self.currency_note.setWordWrap(True)
        self.currency_note.setAccessibleName("Rows in another currency")
        self.currency_note.setTextFormat(Qt.TextFormat.PlainText)
        self.currency_note.setStyleSheet(f"color: {theme.palette().amber.name()}")
        self.currency_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dup_label = QLabel("Skipped as duplicates:")
        self.duplicates = QTableWidget(0, 5)
        self.duplicates.setAccessibleName("Rows skipped as duplicates")
        self.duplicates.setHorizontalHeaderLabels(["Line", "Date", "Amount", "Payee", "Why"])
        self.prop_label = QLabel("Possible transfers (you can review them after the import):")
        self.proposals = QTableWidget(0, 5)
        self.proposals.setAccessibleName("Possible transfers")
        self.proposals.setHorizontalHeaderLabels(["Date", "Amount", "From", "To", "Currency"])
        for t in (self.duplicates, self.proposals):
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            t.verticalHeader().setVisible(False)
            t.horizontalHeader().setStretchLastSection(True)
            t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 6)
            t.setMaximumHeight(160)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.counts)
        layout.addWidget(self.currency_note)
        layout.addWidget(self.dup_label)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.prop_label)
        layout.addWidget(self.proposals)
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
            self.currency_note,
            self.dup_label,
            self.duplicates,
            self.prop_label,
            self.proposals,
        ):
            w.setVisible(False)
        self.busy.setVisible(True)
        self.busy.setRange(0, 0)
        self.busy.setFormat("Checking every row…")
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
        self.currency_note.setText(
            "\n".join("⚠ " + import_preview.currency_sentence(f) for f in foreign)
        )
        self.currency_note.setVisible(bool(foreign))
        self.busy.setVisible(False)
        lines = [
            f"{plan.imported:,} new entr{'ies' if plan.imported != 1 else 'y'} "
            f"out of {plan.total:,} in {plan.file}.",
        ]
        if plan.duplicates:
            lines.append(f"{plan.duplicates:,} already in the book, skipped (listed below).")
        if plan.transfer_pairs:
            n = len(plan.transfer_pairs)
            lines.append(f"{n:,} transfer{'s' if n != 1 else ''} linked by the file's ids.")
        if plan.proposals:
            n = len(plan.proposals)
            lines.append(f"{n:,} possible transfer{'s' if n != 1 else ''} to review.")
        if plan.new_categories:
            shown = ", ".join(plan.new_categories[:8])
            more = len(plan.new_categories) - 8
            lines.append(f"New categories: {shown}" + (f" and {more} more." if more > 0 else "."))
        if plan.rules_applied:
            lines.append(f"Your rules fill in fields on {plan.rules_applied:,} entries.")
        per_account: dict[int, int] = {}
        for r in plan.new_rows:
            per_account[r.account_id] = per_account.get(r.account_id, 0) + 1
        if per_account:
            into = sorted((plan.accounts.get(acc, str(acc)), n) for acc, n in per_account.items())
            lines.append("Into " + ", ".join(f"{name} ({n:,})" for name, n in into) + ".")
        if not plan.imported:
            lines.append("Nothing new to import: every row is already in the book.")
        self.counts.setText("\n".join(lines))
        self._fill_duplicates(plan)
        self._fill_proposals(plan.proposals)
        self.ready = True
        self.completeChanged.emit()

    def _fill_duplicates(self, plan: ImportPlan) -> None:
        rows = plan.skipped[:500]
        self.duplicates.setRowCount(len(rows))
        for i, s in enumerate(rows):
            for j, text in enumerate(
                (str(s.line), s.date.isoformat(), _amount_text(s.amount), s.payee, s.reason)
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
                    _amount_text(p.amount),
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

    def isComplete(self) -> bool:
        return (
            self.ready and self.plan is not None and self.plan.imported > 0 and not self.w.importing
        )

    def validatePage(self) -> bool:
        if self.w.report is not None:
            return True
        self.w.start_import()
        return False  # the wizard moves on by itself when the import has finished


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
    bar.setFormat(STAGES.get(stage, stage.capitalize() + "…"))


# -- page 5: done ---------------------------------------------------------------------------


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, review: Callable[[list[TransferProposal]], None]):
        super().__init__()
        self.w = wizard
        self._review = review
        self.setTitle("Imported")
        self.setSubTitle("The entries are in the book; balances and reports update by themselves.")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Import result")
        self.review_button = QPushButton()
        self.review_button.setAccessibleName("Review possible transfers")
        self.review_button.clicked.connect(self._open_review)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
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
        parts.append("Edit → Undo takes the whole import back.")
        notes = [import_preview.currency_sentence(f) for f in self.w.summary_page.foreign]
        self.summary.setText("\n\n".join([" ".join(parts), *notes]))
        n = len(r.proposals)
        self.review_button.setText(f"&Review {n:,} possible transfer{'s' if n != 1 else ''}…")
        self.review_button.setVisible(n > 0)

    def _open_review(self) -> None:
        if self.w.report is not None:
            self._review(list(self.w.report.proposals))

    def nextId(self) -> int:
        return -1


# -- the wizard --------------------------------------------------------------------------------


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
        self.setWindowTitle("Import a bank file")
        self.setAccessibleName("Import a bank file")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.path: Path | None = None
        self.data = b""
        self.format: FileFormat = FileFormat.CSV
        self.csv_mapping: CsvMapping | None = None
        self.csv_options = CsvOptions()
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

    def set_file(self, path: Path | None, data: bytes, fmt: FileFormat | None = None) -> None:
        self.path = path
        self.data = data
        self.format = fmt or FileFormat.CSV
        self.csv_mapping = None
        self.csv_options = CsvOptions()

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
            )
        return ImportRequest(
            data=self.data,
            name=name,
            format=self.format,
            account=self.account,
            accounts=dict(self.accounts),
        )

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

        dialog = QProgressDialog("Importing…", "&Cancel import", 0, 0, self)
        dialog.setWindowTitle("Importing")
        dialog.setAccessibleName("Import progress")
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
        dialog.setLabelText(STAGES.get(stage, stage.capitalize() + "…"))
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
                "Import cancelled; nothing was written."
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
            "Import finished",
            text,
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setAccessibleName("Import finished")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: one action, even during an import."""
        if self.closing:
            return  # already closing: the running import's end closes the wizard
        self.cancel_and_close()
