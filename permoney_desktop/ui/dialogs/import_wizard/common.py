"""What the wizard's pages share: page ids, stage names, error sentences, the wizard state."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions
from permoney_desktop.domain.imports.records import FileFormat, ImportFileError
from permoney_desktop.services import import_preview
from permoney_desktop.services.import_preview import ForeignRows, HeadPreview, human_date_format
from permoney_desktop.services.imports import (
    ImportCancelledError,
    ImportReport,
    ImportRequest,
    ImportSetupError,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import QT_TR_NOOP, say, tr

PREVIEW_ROWS = import_preview.PREVIEW_ROWS

FILE_PAGE, MAPPING_PAGE, ACCOUNTS_PAGE, SUMMARY_PAGE, DONE_PAGE = range(5)

STAGES = {
    "reading": QT_TR_NOOP("Reading the file…"),
    "checking": QT_TR_NOOP("Checking every row…"),
    "duplicates": QT_TR_NOOP("Looking for duplicates…"),
    "rules": QT_TR_NOOP("Applying your rules…"),
    "writing": QT_TR_NOOP("Writing entries…"),
    "saving": QT_TR_NOOP("Saving…"),
}


def error_sentence(exc: BaseException) -> str:
    """What went wrong and what to do, as the wizard shows it (never a traceback)."""
    if isinstance(exc, ImportFileError):
        return file_error_sentence(exc)
    if isinstance(exc, ImportSetupError):
        return f"{say(exc)}. Nothing was imported."
    if isinstance(exc, ImportCancelledError):
        return tr("The import was cancelled; nothing was written.")
    if isinstance(exc, DomainError | ValueError | LookupError | OSError):
        return f"{say(exc)}."
    return f"Unexpected problem: {say(exc)}. Nothing was imported."


def file_error_sentence(exc: ImportFileError) -> str:
    """Where in the file, and why (the reason a ``Message`` from the domain), in the GUI's
    language; the file's own names (file, field code) as they are."""
    why = readable_formats(say(exc.reason))
    if exc.line and exc.field:
        text = tr(
            "{file}, line {line}, field “{field}”: {reason}. Nothing was imported; fix the "
            "file, or go Back and change how it is read."
        )
    elif exc.line:
        text = tr(
            "{file}, line {line}: {reason}. Nothing was imported; fix the file, or go Back "
            "and change how it is read."
        )
    elif exc.field:
        text = tr(
            "{file}, field “{field}”: {reason}. Nothing was imported; fix the file, or go "
            "Back and change how it is read."
        )
    else:
        text = tr(
            "{file}: {reason}. Nothing was imported; fix the file, or go Back and change how "
            "it is read."
        )
    return text.format(file=exc.file, line=exc.line, field=exc.field, reason=why)


def amount_text(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return f"{amount:,}".replace("-", "−") if amount < 0 else f"{amount:,}"


_STRFTIME = re.compile(r"%[a-zA-Z](?:[^\s()%]*%[a-zA-Z])*")


def readable_formats(message: str) -> str:
    """A service message with date formats as the Dates list shows them (DD/MM/YYYY)."""
    return _STRFTIME.sub(lambda m: human_date_format(m.group(0)), message)


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"color: {theme.palette().bad.name()}")
    label.setAccessibleName(tr("Problem"))
    return label


class WizardState(Protocol):
    """What the pages read and set on the wizard (``ImportWizard`` is the one implementation;
    the pages name this instead, so they do not import the wizard that builds them)."""

    ledger: Ledger
    path: Path | None
    data: bytes
    format: FileFormat
    csv_mapping: CsvMapping | None
    csv_options: CsvOptions
    account: str | None
    accounts: dict[str, str]
    category_kinds: dict[str, str]  # kinds chosen for new categories the file leaves undecided
    report: ImportReport | None
    importing: bool

    @property
    def head_preview(self) -> HeadPreview | None:
        """The mapping page's latest preview of the file's head (None before one)."""

    @property
    def foreign_rows(self) -> list[ForeignRows]:
        """The planned rows in another currency than their account (the summary page's)."""

    def set_file(self, path: Path | None, data: bytes, fmt: FileFormat | None = None) -> None: ...

    def request(self, *, csv_guess: bool = False) -> ImportRequest: ...

    def start_import(self) -> None: ...

    def choose_balance_sign(self, sign: str) -> None:
        """Read the CSV's balance column as ``sign`` from now on (and in a preset saved)."""
