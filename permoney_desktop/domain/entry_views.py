"""Entry values for reads, lists and edits: views, filters, pages, patches, named items.

They are ``domain.entry_values`` names, kept here so that a write that names none of them (a
CLI ``tx add``) does not make them: each dataclass costs about a millisecond to create (its
methods are compiled from source). ``from permoney_desktop.domain.entry_values import EntryView``
keeps working (that module loads this one on first use); code may import from either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import UNSET, Unset
from permoney_desktop.domain.ids import AccountId, CategoryId, EntryId, MerchantId, TransferId
from permoney_desktop.domain.money import Money


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
