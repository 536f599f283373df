"""The records of an import: the request, the plan, the report, the preview, and its errors."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from permoney_desktop.domain.changes import Changes
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.imports.csv_format import CsvMapping, CsvOptions
from permoney_desktop.domain.imports.records import FileFormat
from permoney_desktop.services.imports.closing_check import ClosingCheck
from permoney_desktop.services.imports.corrections import CorrectionOutcome

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]

CHUNK = 10_000
CATEGORY_SEPARATOR = ":"


class ImportCancelledError(DomainError):
    """The user cancelled; nothing was written."""


class ImportSetupError(DomainError):
    """The request cannot run: unknown account or preset, or a file without a target account."""


@dataclass(frozen=True)
class ImportRequest:
    """One file to import and how to read it.

    ``account`` is the book account for rows that do not name one (or for a single-account
    file); ``accounts`` maps the file's own account names/ids to book account names.
    """

    data: bytes
    name: str
    format: FileFormat | None = None
    account: str | None = None
    accounts: Mapping[str, str] = field(default_factory=dict)
    mapping: CsvMapping | None = None
    options: CsvOptions = field(default_factory=CsvOptions)
    apply_rules: bool = True
    # Kinds ("income"/"expense") of new top-level categories the file's rows do not decide.
    category_kinds: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_path(cls, path: Path, **kwargs: Any) -> ImportRequest:
        return cls(data=path.read_bytes(), name=path.name, **kwargs)


class Skipped(NamedTuple):
    """A row not imported, and why (a named tuple: a re-import makes one per row, in C)."""

    line: int
    reason: str
    date: date
    amount: Decimal
    payee: str


@dataclass(frozen=True)
class TransferProposal:
    """Two entries that look like one transfer. Ids are real once imported (negative in a plan:
    ``-(n+1)`` is the plan's n-th new row)."""

    outflow_id: int
    inflow_id: int
    outflow_account: str
    inflow_account: str
    date: date
    amount: Decimal
    currency: str


@dataclass(slots=True)
class NewRow:
    account_id: int
    date: date
    minor: int
    currency: str
    payee: str
    memo: str
    category_id: int | None
    category_path: str
    merchant: str
    tags: tuple[str, ...]
    external_id: str | None
    user_fields: str
    transfer_ref: str | None
    line: int


@dataclass(slots=True)
class NewRows:
    """The rows to import as columns, in insert (date) order: the write zips them straight
    into its INSERT parameters, with no object per row."""

    account_id: list[int]
    date: list[date]
    minor: list[int]
    currency: list[str]
    payee: list[str]
    memo: list[str]
    category_id: list[int | None]
    category_path: list[str]
    merchant: list[str]
    tags: list[tuple[str, ...]]
    external_id: list[str | None]
    user_fields: list[str]
    transfer_ref: list[str | None]
    line: list[int]

    def __len__(self) -> int:
        return len(self.line)

    def rows(self) -> list[NewRow]:
        return list(
            map(
                NewRow,
                self.account_id,
                self.date,
                self.minor,
                self.currency,
                self.payee,
                self.memo,
                self.category_id,
                self.category_path,
                self.merchant,
                self.tags,
                self.external_id,
                self.user_fields,
                self.transfer_ref,
                self.line,
            )
        )


@dataclass
class ImportPlan:
    """What an import would do, computed without writing."""

    file: str
    format: FileFormat
    total: int
    new: NewRows
    skipped: list[Skipped]
    transfer_pairs: list[tuple[int, int]]  # indices into the new rows linked by a transfer id
    proposals: list[TransferProposal]
    new_categories: list[str]
    accounts: dict[int, str]
    rules_applied: int = 0
    # New rows in another currency than their account: (account, its currency, row currency).
    foreign: dict[tuple[str, str, str], int] = field(default_factory=dict)
    # What the reader noted without refusing (sections skipped, corrections of earlier files).
    notes: list[str] = field(default_factory=list)
    # Opening balances to set on accounts without one: (account id, entry-signed amount, day).
    openings: list[tuple[int, Decimal, date]] = field(default_factory=list)
    # The file's own account keys (None: rows that name none) -> (book account id, name).
    targets: dict[str | None, tuple[int, str]] = field(default_factory=dict)
    # The file's stated closing balances against the book as it would be (closing_check).
    closing: list[ClosingCheck] = field(default_factory=list)
    # Kinds the request chose for new top-level categories, and those still to choose (a tie
    # in the file's rows): the import refuses until each is chosen.
    chosen_kinds: dict[str, str] = field(default_factory=dict)
    undecided_kinds: list[str] = field(default_factory=list)
    # Debts whose stated balance the file does not say how it counts (owed positive or
    # signed): the import refuses until ``CsvOptions.balance_sign`` says.
    undecided_balance_sign: list[str] = field(default_factory=list)
    # The file's corrections of earlier downloads against the book (corrections).
    corrections: list[CorrectionOutcome] = field(default_factory=list)

    _rows: list[NewRow] | None = field(default=None, repr=False)

    @property
    def new_rows(self) -> list[NewRow]:
        """The new rows one object each (built on first use: the import itself needs none)."""
        if self._rows is None:
            self._rows = self.new.rows()
        return self._rows

    @property
    def imported(self) -> int:
        return len(self.new)

    @property
    def duplicates(self) -> int:
        return len(self.skipped)


@dataclass
class ImportReport:
    file: str
    format: FileFormat
    total: int
    imported: int
    duplicates: int
    skipped: list[Skipped]
    transfers_linked: int
    proposals: list[TransferProposal]
    rules_applied: int
    dry_run: bool
    changes: Changes = field(default_factory=Changes)
    new_entry_ids: range = range(0)
    foreign: dict[tuple[str, str, str], int] = field(default_factory=dict)  # as ImportPlan's
    notes: list[str] = field(default_factory=list)  # as ImportPlan's
    # Categories the import creates (would create), path -> kind, parents first.
    new_categories: dict[str, str] = field(default_factory=dict)
    # The file's stated closing balances against the book (after the write, or would be).
    closing: list[ClosingCheck] = field(default_factory=list)
    # The file's corrections of earlier downloads: what each did (or would do) to the book.
    corrections: list[CorrectionOutcome] = field(default_factory=list)


@dataclass
class PreviewRow:
    line: int
    date: date | None
    amount: Decimal | None
    payee: str
    memo: str
    category: str
    account: str
    error: str = ""


@dataclass
class Preview:
    format: FileFormat
    header: list[str]
    mapping: CsvMapping | None
    options: CsvOptions | None
    rows: list[PreviewRow]
    errors: list[str]
    file_error: str | None
    total_rows: int
    date_format: str | None = None


@dataclass
class BookAccount:
    """A book account as the import reads it."""

    id: int
    name: str
    currency: str
