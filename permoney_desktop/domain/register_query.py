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
    amount_min: int | None = None  # minor units, inclusive, compared with the size (|amount|)
    amount_max: int | None = None
    sort: SortColumn = SortColumn.DATE
    descending: bool = False
    # What a dashboard figure counts (a card or chart click), so its rows add up to it:
    # ``flow`` "income"/"expense" (the category's kind; uncategorized by sign), "all" (every
    # transaction: cash flow); ``entry_kinds`` limits the kinds; ``category_ids`` (several: a
    # category and its children, or the top three) and ``uncategorized`` narrow the flow.
    flow: str | None = None
    entry_kinds: tuple[str, ...] = ()
    category_ids: tuple[CategoryId, ...] | None = None
    uncategorized: bool = False
    merchant_id: int | None = None

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
            or self.from_figure
        )

    @property
    def from_figure(self) -> bool:
        """A filter that came from a dashboard figure is in force."""
        return bool(
            self.flow
            or self.entry_kinds
            or self.category_ids is not None
            or self.uncategorized
            or self.merchant_id is not None
        )
