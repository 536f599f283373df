"""The mapping page's "how the text is read" controls: dates, encoding, separators, signs,
the direction column's values, the header row and a row filter, as one ``CsvOptions``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from permoney_desktop.domain.imports.csv_format import CsvOptions
from permoney_desktop.domain.imports.dates import DATE_FORMATS
from permoney_desktop.services.import_preview import human_date_format
from permoney_desktop.ui.i18n import QT_TR_NOOP, tr

ENCODINGS: tuple[tuple[str, str | None], ...] = (
    (QT_TR_NOOP("Detect"), None),
    (QT_TR_NOOP("UTF-8"), "utf-8"),
    (QT_TR_NOOP("UTF-8 with BOM"), "utf-8-sig"),
    (QT_TR_NOOP("UTF-16"), "utf-16"),
    (QT_TR_NOOP("Windows-1252 (Western)"), "cp1252"),
    (QT_TR_NOOP("Latin-1"), "latin-1"),
)
DELIMITERS = (
    (QT_TR_NOOP("Detect"), None),
    (QT_TR_NOOP("Comma"), ","),
    (QT_TR_NOOP("Semicolon"), ";"),
    (QT_TR_NOOP("Tab"), "\t"),
    (QT_TR_NOOP("Pipe"), "|"),
)
DECIMALS: tuple[tuple[str, bool | None], ...] = (
    (QT_TR_NOOP("Detect"), None),
    (QT_TR_NOOP("Point (1,234.56)"), False),
    (QT_TR_NOOP("Comma (1.234,56)"), True),
)


def _values(text: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in text.split(",") if v.strip())


class ReadingOptions(QWidget):
    """The controls; ``changed`` fires on every edit (the page previews again)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        # How the balance column counts (asked on the summary page when the data do not say).
        self.balance_sign: str | None = None
        self.date_format = QComboBox()
        self.date_format.setAccessibleName(tr("Date format"))
        self.date_format.addItem(tr("Detect"), None)
        for fmt in DATE_FORMATS:
            self.date_format.addItem(human_date_format(fmt), fmt)
        self.encoding = self._combo(tr("Text encoding"), ENCODINGS)
        self.delimiter = self._combo(tr("Column separator"), DELIMITERS)
        self.decimal = self._combo(tr("Decimal separator"), DECIMALS)
        self.inflows_negative = QCheckBox(tr("Money &in is negative"))
        self.inflows_negative.setToolTip(
            tr(
                "Tick when the file shows deposits as negative and spending as positive "
                "(some card exports do)."
            )
        )
        self.direction_out = self._line(
            tr("Direction values for money out"), tr("Af, D, Debit, S…")
        )
        self.direction_in = self._line(
            tr("Direction values for money in"), tr("Bij, C, Credit, H…")
        )
        self.header_row = QSpinBox()
        self.header_row.setAccessibleName(tr("Header line"))
        self.header_row.setRange(0, 10_000)
        self.header_row.setSpecialValueText(tr("Detect"))
        inner = self.header_row.findChild(QLineEdit)
        if inner is not None:  # the spin box's own editor is what takes the focus
            inner.setAccessibleName(tr("Header line"))
        self.no_header = QCheckBox(tr("&No header row"))
        self.no_header.setToolTip(tr("The file starts with data: columns are named by number."))
        self.only_column = QComboBox()
        self.only_column.setAccessibleName(tr("Only rows where column"))
        self.only_value = self._line(tr("Only rows with this value"), tr("e.g. COMPLETED"))
        for box in (
            self.date_format,
            self.encoding,
            self.delimiter,
            self.decimal,
            self.only_column,
        ):
            box.currentIndexChanged.connect(self._emit)
        for check in (self.inflows_negative, self.no_header):
            check.setAccessibleName(check.text().replace("&", ""))
            check.toggled.connect(self._emit)
        self.header_row.valueChanged.connect(self._emit)
        for line in (self.direction_out, self.direction_in, self.only_value):
            line.editingFinished.connect(self._emit)
        self.no_header.toggled.connect(lambda on: self.header_row.setEnabled(not on))
        self._layout()
        self.set_columns([])

    @staticmethod
    def _combo(name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for text, value in items:
            box.addItem(tr(text), value)
        return box

    @staticmethod
    def _line(name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(name)
        line.setPlaceholderText(placeholder)
        return line

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells: tuple[tuple[str, QWidget], ...] = (
            (tr("&Dates:"), self.date_format),
            (tr("&Encoding:"), self.encoding),
            (tr("Se&parator:"), self.delimiter),
            (tr("Decimal s&eparator:"), self.decimal),
            (tr("Header on &line:"), self.header_row),
            (tr("Only rows where:"), self.only_column),
            (tr("Money &out when:"), self.direction_out),
            (tr("Money i&n when:"), self.direction_in),
            (tr("is:"), self.only_value),
        )
        for n, (label, widget) in enumerate(cells):
            text = QLabel(label)
            text.setBuddy(widget)
            row, col = divmod(n, 3)
            grid.addWidget(text, row, col * 2)
            grid.addWidget(widget, row, col * 2 + 1)
        grid.addWidget(self.inflows_negative, 3, 0, 1, 2)
        grid.addWidget(self.no_header, 3, 2, 1, 2)
        self.date_note = QLabel()
        self.date_note.setAccessibleName(tr("Detected date format"))
        grid.addWidget(self.date_note, 3, 4, 1, 2)
        for c in (1, 3, 5):
            grid.setColumnStretch(c, 1)

    def _emit(self, *_args: object) -> None:
        self.changed.emit()

    def set_columns(self, header: Sequence[str]) -> None:
        """The file's columns offered for the row filter (the choice kept when still there)."""
        keep = self.only_column.currentData()
        blocked = self.only_column.blockSignals(True)
        try:
            self.only_column.clear()
            self.only_column.addItem(tr("(every row)"), None)
            for h in header:
                if h:
                    self.only_column.addItem(h, h)
            self.only_column.setCurrentIndex(max(self.only_column.findData(keep), 0))
        finally:
            self.only_column.blockSignals(blocked)

    def options(self) -> CsvOptions:
        column = self.only_column.currentData()
        value = self.only_value.text().strip()
        header = self.header_row.value()
        return CsvOptions(
            date_format=self.date_format.currentData(),
            decimal_comma=self.decimal.currentData(),
            inflows_negative=self.inflows_negative.isChecked(),
            encoding=self.encoding.currentData(),
            delimiter=self.delimiter.currentData(),
            direction_out=_values(self.direction_out.text()),
            direction_in=_values(self.direction_in.text()),
            header_row=header if header and not self.no_header.isChecked() else None,
            no_header=self.no_header.isChecked(),
            only=((column, value),) if column and value else (),
            balance_sign=self.balance_sign,
        )

    def apply(self, options: CsvOptions) -> None:
        """Show ``options`` (a guess, a preset) without emitting ``changed``."""
        widgets: tuple[QWidget, ...] = (
            self.date_format,
            self.encoding,
            self.delimiter,
            self.decimal,
            self.inflows_negative,
            self.no_header,
            self.header_row,
            self.only_column,
        )
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            _select(self.date_format, options.date_format)
            _select(self.encoding, options.encoding)
            _select(self.delimiter, options.delimiter)
            self.decimal.setCurrentIndex({None: 0, False: 1, True: 2}[options.decimal_comma])
            self.inflows_negative.setChecked(options.inflows_negative)
            self.no_header.setChecked(options.no_header)
            self.header_row.setEnabled(not options.no_header)
            self.header_row.setValue(options.header_row or 0)
            self.direction_out.setText(", ".join(options.direction_out))
            self.direction_in.setText(", ".join(options.direction_in))
            self.balance_sign = options.balance_sign  # asked on the summary page, kept here
            column, value = options.only[0] if options.only else (None, "")
            _select(self.only_column, column)
            self.only_value.setText(value)
        finally:
            for w, b in zip(widgets, blocked, strict=True):
                w.blockSignals(b)


def _select(combo: QComboBox, value: object) -> None:
    idx = combo.findData(value)
    if idx < 0 and isinstance(value, str):
        combo.addItem(value, value)
        idx = combo.count() - 1
    combo.setCurrentIndex(max(idx, 0))
