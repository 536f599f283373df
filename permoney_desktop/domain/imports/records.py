"""The neutral parsed row every format produces, and the one error type a bad file raises."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message


class FileFormat(StrEnum):
    CSV = "csv"
    OFX = "ofx"
    QFX = "qfx"
    QIF = "qif"
    CAMT = "camt"
    MT940 = "mt940"


class ImportFileError(DomainError):
    """A file that cannot be imported as a whole: says which file, line and field, and why.

    ``line`` is 1-based in the source file (0 when the problem is the file as a whole).
    """

    def __init__(self, file: str, line: int, field: str, reason: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.reason = reason
        # The frame is a Message too, so a window translates it and the reason in it.
        if line and field:
            text = Message("{file}, line {line}, field {field}: {reason}", **self._parts())
        elif line:
            text = Message("{file}, line {line}: {reason}", **self._parts())
        elif field:
            text = Message("{file}, field {field}: {reason}", **self._parts())
        else:
            text = Message("{file}: {reason}", **self._parts())
        super().__init__(text)

    def _parts(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "field": self.field, "reason": self.reason}


class ParsedSplit(NamedTuple):
    """One split line of a file's transaction (QIF ``S``/``E``/``$``): a category path, or an
    account name in ``account`` for a transfer line; the amount in the row's sign and currency."""

    line: int
    amount: Decimal
    category: str = ""
    memo: str = ""
    account: str | None = None


class ParsedRow(NamedTuple):
    """One transaction as read from a file, before it is matched to the book.

    ``amount`` follows the entry sign (positive = money in or debt paid down) and is exact in
    the row's currency. ``currency``/``account`` of ``None`` mean "the target account's".
    A named tuple: a file's rows can be built from columns without a Python call per row
    (``tuple.__new__``), and read by field in C (``attrgetter``).
    """

    line: int
    date: date
    amount: Decimal
    payee: str = ""
    memo: str = ""
    category: str = ""
    currency: str | None = None
    external_id: str | None = None
    account: str | None = None
    transfer_ref: str | None = None
    tags: tuple[str, ...] = ()
    splits: tuple[ParsedSplit, ...] = ()  # lines that sum exactly to ``amount`` (or none)


@dataclass(frozen=True, slots=True)
class StatementInfo:
    """What an OFX statement says about its account: its id at the bank and its currency."""

    account_key: str
    currency: str
    account_type: str = ""
    bank_id: str = ""


@dataclass(frozen=True, slots=True)
class StatementBalance:
    """A balance the file itself states: ``amount`` at the end of ``date`` (entry sign).

    ``account`` is the file's own account key (``None``: the file's only account) and
    ``currency`` its currency (``None``: the account's). Kept for the reconciliation check,
    never imported as an entry. ``sign_undecided``: the file does not show whether it counts
    an amount owed as positive (a CSV balance column whose rows do not decide it); the check
    asks before comparing it with a debt.
    """

    amount: Decimal
    date: date
    account: str | None = None
    currency: str | None = None
    sign_undecided: bool = False


@dataclass(frozen=True, slots=True)
class Correction:
    """A bank's correction of a transaction it sent (OFX ``CORRECTACTION``).

    ``action`` is "REPLACE" or "DELETE", ``target`` the corrected transaction's FITID,
    ``account`` the file's account key, ``line`` the correcting record's line, ``replacement``
    the FITID of the transaction that replaces the target (REPLACE; it is one of the rows),
    ``in_file`` whether the target was in this file too (then it is already left out of the
    rows). The import applies it to an entry of an earlier download with that external id.
    """

    action: str
    target: str
    account: str | None
    line: int
    replacement: str | None = None
    in_file: bool = False


@dataclass(frozen=True)
class ParsedFile:
    """A whole file, parsed and validated: nothing in it failed to read."""

    name: str
    format: FileFormat
    rows: tuple[ParsedRow, ...]
    statements: tuple[StatementInfo, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)
    # The statement's own balances (OFX LEDGERBAL, CAMT CLBD/OPBD, MT940 :62F:/:60F:, a CSV
    # running-balance column), for the closing-balance check; empty when the file states none.
    closing_balances: tuple[StatementBalance, ...] = ()
    opening_balances: tuple[StatementBalance, ...] = ()
    # Corrections of transactions (OFX CORRECTACTION), for entries of earlier downloads.
    corrections: tuple[Correction, ...] = ()

    @property
    def account_keys(self) -> tuple[str, ...]:
        """The file's own account names/ids, in order of first appearance."""
        seen: dict[str, None] = {}
        for r in self.rows:
            if r.account is not None:
                seen.setdefault(r.account, None)
        return tuple(seen)
