"""Plain values the entry services take and return: new entries, patches, views and filters.

The views, filters, pages, patches and named items are made in ``domain.entry_views`` when first
named (``__getattr__`` below): a CLI write names none of them, and each dataclass costs about a
millisecond to create. Importing them from here works as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, Final

from permoney_desktop.domain.accounts import AccountKind, Classification
from permoney_desktop.domain.currency import Currency, exponent
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.errors import AmountError, DomainError
from permoney_desktop.domain.ids import AccountId, CategoryId, MerchantId
from permoney_desktop.domain.limits import check_minor, largest_amount
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.money import Money, parse_decimal

if TYPE_CHECKING:
    from permoney_desktop.domain.entry_views import (
        CategoryInfo,
        EntryFilter,
        EntryPage,
        EntryPatch,
        EntryView,
        NamedItem,
        RowError,
        TransferView,
    )


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


# The names ``domain.entry_views`` holds (see the module docstring).
_VIEWS = frozenset(
    {
        "CategoryInfo",
        "EntryFilter",
        "EntryPage",
        "EntryPatch",
        "EntryView",
        "NamedItem",
        "RowError",
        "TransferView",
    }
)


__all__ = [
    "EDITABLE_FIELDS",
    "UNSET",
    "AccountDetail",
    "CategoryInfo",
    "EntryFilter",
    "EntryPage",
    "EntryPatch",
    "EntryView",
    "NamedItem",
    "NewEntry",
    "NewTransfer",
    "NotFoundError",
    "RowError",
    "TransferView",
    "Unset",
    "to_minor",
]


def __getattr__(name: str) -> Any:
    if name in _VIEWS:
        from permoney_desktop.domain import entry_views

        return getattr(entry_views, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
