"""Account kinds, their classification, and the sign convention for balances.

The sign convention (written once, here):

* An entry's amount is the change it makes to the owner's position through that account:
  positive = money in (or debt paid down), negative = money out (or debt grown).
* Internally every balance is a *position*: what the account adds to net worth. An asset's
  position is its balance; a liability's position is minus the amount owed.
* A liability is *shown* as the positive amount owed; net worth = assets - owed = sum of
  positions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.messages import Message


class Classification(StrEnum):
    ASSET = "asset"
    LIABILITY = "liability"

    @property
    def plural(self) -> str:
        return "Assets" if self is Classification.ASSET else "Liabilities"


class AccountKind(StrEnum):
    CHECKING = "checking"
    SAVINGS = "savings"
    CASH = "cash"
    CREDIT_CARD = "credit_card"
    LOAN = "loan"
    INVESTMENT = "investment"
    PROPERTY = "property"
    VEHICLE = "vehicle"
    OTHER_ASSET = "other_asset"
    OTHER_LIABILITY = "other_liability"

    @property
    def classification(self) -> Classification:
        return _CLASSIFICATION[self]

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, text: str) -> AccountKind:
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            names = ", ".join(k.value for k in cls)
            raise DomainError(
                Message("unknown account type {text!r} (one of: {names})", text=text, names=names)
            ) from None


_CLASSIFICATION = {
    AccountKind.CHECKING: Classification.ASSET,
    AccountKind.SAVINGS: Classification.ASSET,
    AccountKind.CASH: Classification.ASSET,
    AccountKind.INVESTMENT: Classification.ASSET,
    AccountKind.PROPERTY: Classification.ASSET,
    AccountKind.VEHICLE: Classification.ASSET,
    AccountKind.OTHER_ASSET: Classification.ASSET,
    AccountKind.CREDIT_CARD: Classification.LIABILITY,
    AccountKind.LOAN: Classification.LIABILITY,
    AccountKind.OTHER_LIABILITY: Classification.LIABILITY,
}

_LABELS = {
    AccountKind.CHECKING: "Checking",
    AccountKind.SAVINGS: "Savings",
    AccountKind.CASH: "Cash",
    AccountKind.INVESTMENT: "Investments",
    AccountKind.PROPERTY: "Property",
    AccountKind.VEHICLE: "Vehicles",
    AccountKind.OTHER_ASSET: "Other assets",
    AccountKind.CREDIT_CARD: "Credit cards",
    AccountKind.LOAN: "Loans",
    AccountKind.OTHER_LIABILITY: "Other liabilities",
}


def position_from_display(display_minor: int, classification: Classification) -> int:
    """A user-facing balance (owed, for liabilities) as a net-worth position."""
    return -display_minor if classification is Classification.LIABILITY else display_minor


def display_from_position(position_minor: int, classification: Classification) -> int:
    """A net-worth position as the user-facing balance (positive owed for liabilities)."""
    return -position_minor if classification is Classification.LIABILITY else position_minor


@dataclass(frozen=True, slots=True)
class AccountInfo:
    """An account as lists and the sidebar show it."""

    id: AccountId
    name: str
    kind: AccountKind
    currency: Currency
    archived: bool = False

    @property
    def classification(self) -> Classification:
        return self.kind.classification
