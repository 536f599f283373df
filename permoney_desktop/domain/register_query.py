"""What a register shows: its filter and its sort order (a plain value the store reads)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from permoney_desktop.domain.ids import AccountId, CategoryId, TagId


class SortColumn(StrEnum):
    DATE = "date"
    AMOUNT = "amount"
    PAYEE = "payee"


@dataclass(frozen=True)
class RegisterQuery:
    """Which entries a register shows, and in which order."""

    account_id: AccountId | None = None  # None: all accounts
    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    category_id: CategoryId | None = None  # includes its child categories
    tag_id: TagId | None = None
    amount_min: int | None = None  # minor units, inclusive
    amount_max: int | None = None
    sort: SortColumn = SortColumn.DATE
    descending: bool = False

    @property
    def filtered(self) -> bool:
        return bool(
            self.text
            or self.date_from
            or self.date_to
            or self.category_id is not None
            or self.tag_id is not None
            or self.amount_min is not None
            or self.amount_max is not None
        )
