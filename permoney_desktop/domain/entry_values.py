"""Plain values the entry services take and return: new entries, patches, views and filters."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Final

from permoney_desktop.domain.accounts import AccountKind, Classification
from permoney_desktop.domain.currency import Currency, exponent
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.errors import AmountError, DomainError
from permoney_desktop.domain.ids import (
    AccountId,
    CategoryId,
    EntryId,
    MerchantId,
    TransferId,
)
from permoney_desktop.domain.limits import check_minor, largest_amount
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money, parse_decimal


class NotFoundError(DomainError):
    """A record named by id or name that the book does not hold."""


class _Unset(Enum):
    UNSET = "unset"

    def __repr__(self) -> str:
        return "UNSET"


# "Leave this field alone" for patch fields where None means "clear it".
UNSET: Final = _Unset.UNSET
Unset = _Unset

# Names used in ``user_fields`` (fields a person set by hand; rules never overwrite them).
EDITABLE_FIELDS = frozenset(
    {"account", "date", "amount", "currency", "payee", "notes", "category", "merchant", "tags"}
)


def to_minor(value: Decimal | str | int, cur: Currency, what: str = "amount") -> int:
    """``value`` in integer minor units of ``cur``; more decimals than ``cur`` has is an error."""
    if isinstance(value, bool | float):
        raise AmountError(
            Message(
                "{what} must be a Decimal or a string, not {type}",
                what=what,
                type=type(value).__name__,
            )
        )
    if isinstance(value, str):
        amount = parse_decimal(value)
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        amount = value
        if not amount.is_finite():
            raise AmountError(Message("{what} is not a number: {value}", what=what, value=value))
    digits = exponent(cur)
    try:
        scaled = amount.scaleb(digits)
        minor = int(scaled)
    except (ArithmeticError, ValueError):  # decimal.Overflow, InvalidOperation, OverflowError
        raise AmountError(
            Message(
                "{what} {value} is too large (amounts up to {digits:,} are supported)",
                what=what,
                value=value,
                digits=largest_amount(digits),
            )
        ) from None
    if scaled != minor:
        allowed = f"{digits} decimal place{'s' if digits != 1 else ''}"
        raise AmountError(
            Message(
                "{what} {value} has more decimals than {cur} allows ({allowed})",
                what=what,
                value=value,
                cur=cur,
                allowed=allowed,
            )
        )
    return check_minor(minor, digits, what, value)


@dataclass(frozen=True, slots=True)
class NewEntry:
    """A register line to add. ``amount`` is signed (domain/accounts.py); a valuation's is the
    level."""

    account_id: AccountId
    date: date
    amount: Decimal
    kind: EntryKind = EntryKind.TRANSACTION
    currency: Currency | None = None  # None: the account's currency
    payee: str = ""
    notes: str = ""
    category_id: CategoryId | None = None
    merchant_id: MerchantId | None = None
    tags: tuple[str, ...] = ()
    external_id: str | None = None
    user_fields: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class NewTransfer:
    """Money moved between two own accounts; ``amount`` > 0 leaves ``from_account``.

    ``to_amount`` is what arrives, required when the two accounts' currencies differ.
    """

    from_account: AccountId
    to_account: AccountId
    date: date
    amount: Decimal
    to_amount: Decimal | None = None
    payee: str = ""
    notes: str = ""
    external_id: str | None = None


@dataclass(frozen=True, slots=True)
class EntryPatch:
    """Fields to change on an entry; ``None`` (or UNSET for nullable ones) leaves a field alone."""

    account_id: AccountId | None = None
    date: date | None = None
    amount: Decimal | None = None
    currency: Currency | None = None
    payee: str | None = None
    notes: str | None = None
    category_id: CategoryId | Unset | None = UNSET
    merchant_id: MerchantId | Unset | None = UNSET
    tags: tuple[str, ...] | None = None

    def fields(self) -> frozenset[str]:
        """The user-facing names of the fields this patch sets."""
        names = {
            "account": self.account_id is not None,
            "date": self.date is not None,
            "amount": self.amount is not None,
            "currency": self.currency is not None,
            "payee": self.payee is not None,
            "notes": self.notes is not None,
            "category": self.category_id is not UNSET,
            "merchant": self.merchant_id is not UNSET,
            "tags": self.tags is not None,
        }
        return frozenset(k for k, v in names.items() if v)


@dataclass(frozen=True, slots=True)
class EntryView:
    """One register line as the CLI and GUI show it."""

    id: EntryId
    account_id: AccountId
    account_name: str
    kind: EntryKind
    date: date
    amount: Money
    payee: str
    notes: str
    category_id: CategoryId | None
    category: str  # "Food:Groceries", or "" when uncategorized
    merchant_id: MerchantId | None
    merchant: str
    tags: tuple[str, ...]
    transfer_id: TransferId | None
    external_id: str | None
    user_fields: frozenset[str]
    # The row version this view was read at: an edit saved against it is refused once
    # someone else changed the entry (``services.row_versions``).
    version: int = 1


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """Which entries a list shows; every criterion is optional and they combine with AND."""

    account_ids: tuple[AccountId, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""  # substring of payee or notes, case-insensitive
    category_ids: tuple[CategoryId, ...] = ()  # a parent also matches its children
    uncategorized: bool = False
    tag: str | None = None
    amount_min: Decimal | None = None  # signed, in each entry's own currency
    amount_max: Decimal | None = None
    kinds: tuple[EntryKind, ...] = ()


@dataclass(frozen=True, slots=True)
class EntryPage:
    """A page of entries and how many match the filter in all."""

    rows: tuple[EntryView, ...]
    total: int
    next_after: tuple[date, EntryId] | None = None  # keyset cursor for the next page


@dataclass(frozen=True, slots=True)
class TransferView:
    id: TransferId
    from_entry: EntryView
    to_entry: EntryView


@dataclass(frozen=True, slots=True)
class RowError:
    """Where a bad input row is: file, line and field."""

    source: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}, line {self.line}, field {self.column!r}: {self.message}"


@dataclass(frozen=True, slots=True)
class AccountDetail:
    """An account with everything its edit form shows."""

    id: AccountId
    name: str
    kind: AccountKind
    currency: Currency
    opening_balance: Money  # as the user sees it: positive owed for liabilities
    opening_date: date | None
    archived: bool
    notes: str
    sort_order: int
    data_version: int

    @property
    def classification(self) -> Classification:
        return self.kind.classification


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    id: CategoryId
    name: str
    kind: str
    parent_id: CategoryId | None
    full_name: str  # "Parent:Child"
    color: str = ""


@dataclass(frozen=True, slots=True)
class NamedItem:
    """A tag or a merchant."""

    id: int
    name: str
    uses: int = field(default=0)
