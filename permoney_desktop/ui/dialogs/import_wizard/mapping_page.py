"""Page 2 (CSV only): which column means what, how the text is read, with a live preview."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions
from permoney_desktop.services import import_preview, imports
from permoney_desktop.services.import_preview import HeadPreview, human_date_format
from permoney_desktop.ui.dialogs.import_wizard.common import (
    PREVIEW_ROWS,
    WizardState,
    error_label,
    error_sentence,
    readable_formats,
)
from permoney_desktop.ui.dialogs.import_wizard.direction_prompt import DirectionPrompt
from permoney_desktop.ui.dialogs.import_wizard.preview_table import preview_table, show_rows
from permoney_desktop.ui.dialogs.import_wizard.reading_options import ReadingOptions
from permoney_desktop.ui.dialogs.jobs import Cancel, Job, Progress
from permoney_desktop.ui.i18n import QT_TR_NOOP, say, tr

# Changes made within this many milliseconds (a preset filling a dozen controls) share one
# preview; each preview reads only the head of the file.
PREVIEW_DEBOUNCE_MS = 120

FIELD_LABELS: dict[str, str] = {
    "date": QT_TR_NOOP("Date"),
    "amount": QT_TR_NOOP("Amount"),
    "debit": QT_TR_NOOP("Debit (money out)"),
    "credit": QT_TR_NOOP("Credit (money in)"),
    "payee": QT_TR_NOOP("Payee"),
    "memo": QT_TR_NOOP("Memo"),
    "category": QT_TR_NOOP("Category"),
    "currency": QT_TR_NOOP("Currency"),
    "external_id": QT_TR_NOOP("Bank's id"),
    "account": QT_TR_NOOP("Account"),
    "transfer_id": QT_TR_NOOP("Transfer id"),
    "tags": QT_TR_NOOP("Tags"),
    "direction": QT_TR_NOOP("Direction (in/out)"),
    "fee": QT_TR_NOOP("Fee"),
    "balance": QT_TR_NOOP("Running balance"),
    "split": QT_TR_NOOP("Split lines"),
}


class MappingPage(QWizardPage):
    def __init__(self, wizard: WizardState) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Read the columns"))
        self.setSubTitle(
            tr(
                "Match the file's columns to what they mean. The table shows the first rows as "
                "they will be imported; rows that cannot be read are marked."
            )
        )
        self.preview: HeadPreview | None = None
        self.ready = False
        self._generation = 0
        self._loading = False
        self._guessed_for: bytes | None = None
        self._header: list[str] = []
        self._job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_preview)
        presets_row = self._presets_row()
        grid = self._columns_grid()
        self.reading = ReadingOptions()
        self.reading.changed.connect(self._changed)
        # Kept by name: tests and the page itself reach these controls directly.
        self.date_format = self.reading.date_format
        self.inflows_negative = self.reading.inflows_negative
        self.date_note = self.reading.date_note
        self.direction_prompt = DirectionPrompt()
        self.direction_prompt.confirm.toggled.connect(lambda _on: self.completeChanged.emit())
        self.columns["direction"].currentIndexChanged.connect(self._direction_changed)
        for line in (self.reading.direction_out, self.reading.direction_in):
            line.editingFinished.connect(self._direction_changed)
        self.table, self.model = preview_table(tr("Preview of the first rows"))
        self.status = QLabel()
        self.status.setAccessibleName(tr("Preview summary"))
        self.status.setWordWrap(True)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(presets_row)
        layout.addLayout(grid)
        layout.addWidget(self.reading)
        layout.addWidget(self.direction_prompt)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)

    def _presets_row(self) -> QHBoxLayout:
        """The saved mappings: choose, load, save as, delete."""
        self.presets = QComboBox()
        self.presets.setAccessibleName(tr("Saved mapping"))
        self.presets.setMinimumContentsLength(16)
        self.load_preset_button = QPushButton(tr("&Load"))
        self.load_preset_button.setAccessibleName(tr("Load the saved mapping"))
        self.save_preset_button = QPushButton(tr("&Save as…"))
        self.save_preset_button.setAccessibleName(tr("Save this mapping"))
        self.delete_preset_button = QPushButton(tr("Delete"))
        self.delete_preset_button.setAccessibleName(tr("Delete the saved mapping"))
        self.load_preset_button.clicked.connect(self.load_preset)
        self.save_preset_button.clicked.connect(self._ask_save_preset)
        self.delete_preset_button.clicked.connect(self.delete_preset)
        presets_row = QHBoxLayout()
        presets_label = QLabel(tr("Saved &mappings:"))
        presets_label.setBuddy(self.presets)
        presets_row.addWidget(presets_label)
        presets_row.addWidget(self.presets, 1)
        for b in (self.load_preset_button, self.save_preset_button, self.delete_preset_button):
            presets_row.addWidget(b)
        return presets_row

    def _columns_grid(self) -> QGridLayout:
        """One list per field: which of the file's columns holds it."""
        self.columns: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for n, (fld, label) in enumerate(FIELD_LABELS.items()):
            combo = QComboBox()
            combo.setAccessibleName(tr("Column for {field}").format(field=tr(label).lower()))
            combo.currentIndexChanged.connect(self._changed)
            self.columns[fld] = combo
            text = QLabel(tr("{field}:").format(field=tr(label)))
            text.setBuddy(combo)
            row, col = divmod(n, 3)
            grid.addWidget(text, row, col * 2)
            grid.addWidget(combo, row, col * 2 + 1)
        for c in (1, 3, 5):
            grid.setColumnStretch(c, 1)
        return grid

    # -- state -----------------------------------------------------------------------------

    def initializePage(self) -> None:
        self._reload_presets()
        if self._guessed_for is not self.w.data:
            # A new file: let the service guess the mapping and options, then show them.
            self._guessed_for = self.w.data
            self._set_header([])
            self.reading.apply(CsvOptions())
            self.direction_prompt.clear()
            self._start_preview(guess=True)

    def mapping(self) -> CsvMapping:
        chosen = {f: (c.currentData() or None) for f, c in self.columns.items()}
        if chosen["direction"] is None and self.direction_prompt.asked:
            chosen["direction"] = ""  # asked and answered: the file has no direction column
        return CsvMapping().with_columns(chosen)

    def options(self) -> CsvOptions:
        return self.reading.options()

    def _set_header(self, header: Sequence[str]) -> None:
        self._header = list(header)
        self._loading = True
        try:
            for combo in self.columns.values():
                keep = combo.currentData()
                combo.clear()
                combo.addItem(tr("(not in the file)"), None)
                for h in header:
                    if h:
                        combo.addItem(h, h)
                combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
            self.reading.set_columns(header)
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
            self.reading.apply(options)
        finally:
            self._loading = False
        self._changed()

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
        self.status.setText(tr("Reading the file…"))
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
        elif p.header and p.header != self._header:
            self._set_header(p.header)  # a new header row (or none): the columns changed
        if p.direction_question is not None and not self.direction_prompt.asked:
            self._ask_direction(p)
            return
        show_rows(self.table, self.model, p.rows)
        note = ""
        if p.date_format:
            note = tr("Dates read as {format}").format(format=human_date_format(p.date_format))
            if self.date_format.currentData() is None and not p.complete:
                note += tr(" (decided from the first {rows} rows)").format(rows=f"{p.sampled:,}")
        self.date_note.setText(note)
        self.status.setText(_summary(p))
        problem = _first_problem(p)
        if problem:
            self.error.setText(problem)
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

    def _ask_direction(self, p: HeadPreview) -> None:
        """Unsigned amounts beside a column that looks like a direction: choose that column
        for the direction, preview the signs it gives, and wait for the user to confirm."""
        question = p.direction_question
        assert question is not None  # the caller checked
        combo = self.columns["direction"]
        idx = combo.findData(question.column)
        self.direction_prompt.ask(question)
        if idx >= 0:
            combo.setCurrentIndex(idx)  # previews again, now with the signs
        else:
            self._changed()

    def _direction_changed(self, *_args: object) -> None:
        if not self._loading:
            self.direction_prompt.unconfirm()

    def isComplete(self) -> bool:
        p = self.preview
        return self.ready and p is not None and p.ok and self.direction_prompt.answered()

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
            self.presets.setPlaceholderText(tr("No saved mappings yet"))

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
            self, tr("Save mapping"), tr("Name for this mapping (e.g. the bank):")
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
        self.status.setText(tr("Mapping saved as “{name}”.").format(name=" ".join(name.split())))
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


def _summary(p: HeadPreview) -> str:
    """How many rows the preview shows of how many, and how many cannot be read."""
    bad = len(p.errors)
    shown = len(p.rows)
    total = f"{p.rows_in_file:,}"
    if shown and p.complete:
        parts = [tr("Showing the first {shown} of {total} rows.").format(shown=shown, total=total)]
    elif shown:
        parts = [
            tr("Showing the first {shown} of about {total} rows.").format(shown=shown, total=total)
        ]
    elif p.complete:
        parts = [
            tr("{total} rows in the file; they show here once the problem below is solved.").format(
                total=total
            )
        ]
    else:
        parts = [
            tr(
                "About {total} rows in the file; they show here once the problem below is solved."
            ).format(total=total)
        ]
    if not p.complete and not p.file_error:
        parts.append(tr("Every row is checked before the import, on the next pages."))
    if bad and not p.file_error:
        parts.append(
            tr("1 row cannot be read; the import needs every row to be readable.")
            if bad == 1
            else tr(
                "{count} rows cannot be read; the import needs every row to be readable."
            ).format(count=f"{bad:,}")
        )
    return " ".join(parts)


_WHAT_TO_DO = (
    (QT_TR_NOOP("choose the date format"), QT_TR_NOOP("choose the format under Dates")),
    (
        QT_TR_NOOP("choose the decimal separator"),
        QT_TR_NOOP("choose it under Decimal separator"),
    ),
    (
        QT_TR_NOOP("set the direction values"),
        QT_TR_NOOP("type them under Money out when / Money in when"),
    ),
    (QT_TR_NOOP("with a row filter"), QT_TR_NOOP("under Only rows where")),
    (
        QT_TR_NOOP("read the file as having no header and map the columns by number"),
        QT_TR_NOOP("tick No header row and choose the columns by number"),
    ),
)


def _first_problem(p: HeadPreview) -> str:
    """The file's problem, or its first unreadable row's, as a sentence ("" when none)."""
    first = readable_formats(say(p.file_error or (p.errors[0] if p.errors else "")))
    if not first:
        return ""
    # The preview's messages already name the file, the line and the field.
    # The services end a refusal with what to do; here the control that does it is named
    # (each phrase translated as the message's translation words it).
    for words, control in _WHAT_TO_DO:
        first = first.replace(tr(words), tr(control))
    if tr("choose") not in first:
        first = tr("{problem}. Fix the file or the settings above").format(
            problem=first.rstrip(".")
        )
    return f"{first.rstrip('.')}."
