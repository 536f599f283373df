"""Page 1: choose the file and its format."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWizardPage,
)

from permoney_desktop.domain.imports import workbook
from permoney_desktop.domain.imports.records import FileFormat
from permoney_desktop.services import imports
from permoney_desktop.ui.dialogs.import_wizard.common import (
    ACCOUNTS_PAGE,
    MAPPING_PAGE,
    WizardState,
    error_label,
)
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr

FORMAT_NAMES = {
    FileFormat.CSV: QT_TR_NOOP("CSV (a table of columns)"),
    FileFormat.OFX: QT_TR_NOOP("OFX bank statement"),
    FileFormat.QFX: QT_TR_NOOP("QFX (Quicken) bank statement"),
    FileFormat.QIF: QT_TR_NOOP("QIF (Quicken interchange)"),
    FileFormat.CAMT: QT_TR_NOOP(
        "camt.053/.052/.054 bank statement, report or notice (ISO 20022 XML)"
    ),
    FileFormat.MT940: QT_TR_NOOP("MT940 bank statement (SWIFT)"),
}


class FilePage(QWizardPage):
    def __init__(self, wizard: WizardState) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Choose a file"))
        self.setSubTitle(
            tr(
                "A CSV, OFX, QFX, QIF, camt.053 or MT940 export from your bank, or a spreadsheet "
                "(.xlsx, .ods). Nothing is written until you confirm on the last page."
            )
        )
        self.path = QLineEdit()
        self.path.setAccessibleName(tr("File to import"))
        self.path.setPlaceholderText(tr("Path of the bank file"))
        self.browse = QPushButton(tr("&Browse…"))
        self.browse.setAccessibleName(tr("Browse for a file"))
        self.browse.clicked.connect(self._browse)
        self.format = QComboBox()
        self.format.setAccessibleName(tr("File format"))
        self.format.addItem(tr("Detect from the file"), None)
        for fmt in FileFormat:
            self.format.addItem(tr(FORMAT_NAMES[fmt]), fmt.value)
        self.detected = QLabel()
        self.detected.setAccessibleName(tr("Detected format"))
        self.detected.setWordWrap(True)
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        path_label = QLabel(tr("&File:"))
        path_label.setBuddy(self.path)
        form.addRow(path_label, row)
        format_label = QLabel(tr("F&ormat:"))
        format_label.setBuddy(self.format)
        form.addRow(format_label, self.format)
        form.addRow("", self.detected)
        form.addRow(self.error)
        self.path.textChanged.connect(self._load)
        self.format.currentIndexChanged.connect(lambda _i: self._load(self.path.text()))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Import a bank file"),
            str(Path(self.path.text()).parent) if self.path.text() else "",
            tr(
                "Bank files (*.csv *.tsv *.txt *.ofx *.qfx *.qif *.xml *.sta *.mt940 *.940 "
                "*.xlsx *.ods *.xls);;"
                "All files (*)"
            ),
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
            self.error.setText(
                tr("There is no file at {path}.").format(path=path) if path.name else ""
            )
            self.completeChanged.emit()
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.error.setText(
                tr("{name} cannot be read: {error}.").format(
                    name=path.name, error=exc.strerror or exc
                )
            )
            self.completeChanged.emit()
            return
        if not data.strip():
            self.error.setText(tr("{name} is empty.").format(name=path.name))
            self.completeChanged.emit()
            return
        chosen = self.format.currentData()
        fmt = FileFormat(chosen) if chosen else imports.detect_format(data, path.name)
        problem = imports.file_problem(data, path.name) if fmt is FileFormat.CSV else None
        if problem is not None:
            self.error.setText(f"{path.name}: {problem[0].upper()}{problem[1:]}.")
            self.completeChanged.emit()
            return
        self.w.set_file(path, data, fmt)
        how = tr("Format") if chosen else tr("Detected")
        shown = tr(FORMAT_NAMES[fmt])
        if fmt is FileFormat.CSV and (book := workbook.kind(data)) is not None:
            shown = f"a spreadsheet (.{book}); its first sheet is read as a table of columns"
        self.detected.setText(
            tr("{how}: {shown} · {size:,} bytes").format(how=how, shown=shown, size=len(data))
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.path is not None

    def nextId(self) -> int:
        return MAPPING_PAGE if self.w.format is FileFormat.CSV else ACCOUNTS_PAGE
