"""Entry status and statement reconciliation maths: cleared balance, difference, adjustment.

Levels (a statement balance, an anchor, the cleared balance) are as the user sees them:
liabilities as the positive amount owed. Flows carry the entry sign of ``domain/accounts.py``
(positive = money in or debt paid down), so for a liability a positive flow lowers the level.
All figures are integer minor units of the account's currency.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.ids import AccountId, EntryId
from permoney_desktop.domain.messages import Message


class EntryStatus(StrEnum):
    UNCLEARED = "uncleared"
    CLEARED = "cleared"
    RECONCILED = "reconciled"

    @property
    def mark(self) -> str:
        """The register's one-letter column, as GnuCash shows it ('' for uncleared)."""
        return {"uncleared": "", "cleared": "c", "reconciled": "R"}[self.value]

    @classmethod
    def parse(cls, text: str) -> EntryStatus:
        try:
            return cls(text.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise DomainError(
                Message("unknown status {text!r} (one of: {names})", text=text, names=names)
            ) from None


# Fields of a reconciled entry that a statement vouches for: changing one needs the explicit
# path (confirmation in the GUI, --force in the CLI) and is kept in the history.
LOCKED_FIELDS = ("amount", "date", "account")

ADJUSTMENT_PAYEE = "Reconciliation adjustment"


class ReconciledError(DomainError):
    """A change to a reconciled entry that was not confirmed."""

    def __init__(self, message: str, entry_ids: tuple[int, ...]) -> None:
        super().__init__(message)
        self.entry_ids = entry_ids


class ReconciledLineError(ReconciledError):
    """A change that would delete or move a split entry's reconciled transfer counterpart."""


def level_after(level: int, flows: int, classification: Classification) -> int:
    """The level after ``flows`` (their signed sum) moved it."""
    return level + flows if classification is Classification.ASSET else level - flows


def flow_for(level_change: int, classification: Classification) -> int:
    """The flow (entry sign) that moves the level by ``level_change``."""
    return level_change if classification is Classification.ASSET else -level_change


@dataclass(frozen=True, slots=True)
class Base:
    """Where a reconciliation's cleared balance starts: the latest balance anchor on or before
    the statement date (``anchor`` is its day; it absorbs every flow up to that day), or the
    account's opening balance (``anchor`` None)."""

    level: int
    anchor: date | None


class Candidate(NamedTuple):
    """An entry a reconciliation can tick: not yet reconciled, dated after the base's anchor
    and on or before the statement date, in the account's currency. A named tuple, not a
    frozen dataclass: a statement window of 10,000 entries builds in a millisecond instead of
    sixty (a frozen dataclass sets each field through ``object.__setattr__``)."""

    id: int
    day: date
    amount: int
    payee: str
    cleared: bool


class Tally:
    """The cleared balance and difference of an open reconciliation, updated per tick in O(1).

    The GUI updates its figures with this in the same event-loop turn as a tick, and the
    service computes the figures it finishes with through the same class.
    """

    def __init__(
        self,
        statement: int,
        base: int,
        reconciled_flows: int,
        classification: Classification,
        candidates: Iterable[Candidate] = (),
    ) -> None:
        self.statement = statement
        self.classification = classification
        self._start = level_after(base, reconciled_flows, classification)
        self.cleared_flows = sum(c.amount for c in candidates if c.cleared)

    def tick(self, amount: int, cleared: bool) -> None:
        """An entry of ``amount`` (entry sign) became cleared (or uncleared)."""
        self.cleared_flows += amount if cleared else -amount

    @property
    def cleared_balance(self) -> int:
        return level_after(self._start, self.cleared_flows, self.classification)

    @property
    def difference(self) -> int:
        """Statement balance minus cleared balance, as a level: zero means it agrees."""
        return self.statement - self.cleared_balance

    def adjustment_flow(self) -> int:
        """The flow an adjustment entry needs so the difference becomes zero."""
        return flow_for(self.difference, self.classification)


def absorbed_by_anchor(entry_day: date, anchors: Iterable[date]) -> date | None:
    """The earliest balance anchor on or after ``entry_day``: it absorbs the entry (a day's
    flows come before its valuations), so the balance from that anchor on does not change."""
    later = [a for a in anchors if a >= entry_day]
    return min(later) if later else None


@dataclass(frozen=True, slots=True)
class Absorbed:
    """Entries dated on or before a later balance anchor: the anchor absorbs them, so the
    account's balance from the anchor's day on does not change."""

    account_id: AccountId
    account_name: str
    anchor_id: EntryId
    anchor_day: date
    entries: int
    first_day: date

    def sentence(self, noun: str = "entry") -> str:
        day = self.anchor_day.isoformat()
        if self.entries == 1:
            return (
                f"this {noun} is before the balance set on {day} in {self.account_name},"
                f" which absorbs it: the balance after {day} does not change"
            )
        return (
            f"{self.entries} {noun.replace('entry', 'entries')} of {self.account_name} are"
            f" before the balance set on {day}, which absorbs them: the balance after {day}"
            " does not change"
        )

    @property
    def move_to(self) -> date:
        """Where moving the anchor lets these entries count: the day before the first one."""
        return self.first_day - timedelta(days=1)

    def commands(self) -> list[str]:
        """The CLI commands that act on the anchor (remove it, or move it before them)."""
        return [
            f"remove the balance set (the entries then count): permoney tx delete {self.anchor_id}",
            "or move it before them (its balance then holds from that day):"
            f" permoney tx edit {self.anchor_id} --date {self.move_to.isoformat()}",
        ]
