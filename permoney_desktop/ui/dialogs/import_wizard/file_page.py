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

FORMAT_NAMES = {
    FileFormat.CSV: "CSV (a table of columns)",
    FileFormat.OFX: "OFX bank statement",
    FileFormat.QFX: "QFX (Quicken) bank statement",
    FileFormat.QIF: "QIF (Quicken interchange)",
    FileFormat.CAMT: "camt.053/.052/.054 bank statement, report or notice (ISO 20022 XML)",
    FileFormat.MT940: "MT940 bank statement (SWIFT)",
}


class FilePage(QWizardPage):
    def __init__(self, wizard: WizardState) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Choose a file")
        self.setSubTitle(
            "A CSV, OFX, QFX, QIF, camt.053 or MT940 export from your bank, or a spreadsheet "
            "(.xlsx, .ods). Nothing is written until you confirm on the last page."
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
            self.format.addItem(FORMAT_NAMES[fmt], fmt.value)
        self.detected = QLabel()
        self.detected.setAccessibleName("Detected format")
        self.detected.setWordWrap(True)
        self.error = error_label()
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
            "Bank files (*.csv *.tsv *.txt *.ofx *.qfx *.qif *.xml *.sta *.mt940 *.940 "
            "*.xlsx *.ods *.xls);;"
            "All files (*)",
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
        problem = imports.file_problem(data, path.name) if fmt is FileFormat.CSV else None
        if problem is not None:
            self.error.setText(f"{path.name}: {problem[0].upper()}{problem[1:]}.")
            self.completeChanged.emit()
            return
        self.w.set_file(path, data, fmt)
        how = "Format" if chosen else "Detected"
        shown = FORMAT_NAMES[fmt]
        if fmt is FileFormat.CSV and (book := workbook.kind(data)) is not None:
            shown = f"a spreadsheet (.{book}); its first sheet is read as a table of columns"
        self.detected.setText(f"{how}: {shown} · {len(data):,} bytes")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.path is not None

    def nextId(self) -> int:
        return MAPPING_PAGE if self.w.format is FileFormat.CSV else ACCOUNTS_PAGE
