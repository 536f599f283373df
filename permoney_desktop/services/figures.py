"""A shown figure (an amount and its state) and how often provisional figures were confirmed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.money import Money


class FigureState(IntEnum):
    CONFIRMED = 0
    PROVISIONAL = 1
    PARTIAL = 2


@dataclass(frozen=True)
class Figure:
    """A shown amount (minor units, as the user sees it) with its state."""

    minor: int
    currency: Currency
    provisional: bool = False
    missing: tuple[str, ...] = ()  # why the figure is partial ("no EUR→USD rate on …")

    @property
    def partial(self) -> bool:
        return bool(self.missing)

    @property
    def state(self) -> FigureState:
        if self.missing:
            return FigureState.PARTIAL
        return FigureState.PROVISIONAL if self.provisional else FigureState.CONFIRMED

    @property
    def money(self) -> Money:
        return Money.from_minor(self.minor, self.currency)

    def tooltip(self) -> str:
        parts = []
        if self.missing:
            parts.append("Partial: " + "; ".join(self.missing) + ". Add the rate to complete it.")
        if self.provisional:
            parts.append("Provisional: computed right after your edit; the worker will confirm it.")
        return "\n".join(parts)


@dataclass
class ReconcileCounts:
    """Optimistic accuracy, for the health page: how often provisional figures were confirmed."""

    applied: int = 0  # Changes applied optimistically
    reconciles: int = 0  # confirmations compared
    matches: int = 0
    mismatches: int = 0
    external: int = 0  # a newer version from another writer, adopted (not a mismatch)
    last_mismatch: str = ""

    def snapshot(self) -> dict[str, int | str]:
        return {
            "applied": self.applied,
            "reconciles": self.reconciles,
            "matches": self.matches,
            "mismatches": self.mismatches,
            "external": self.external,
            "last_mismatch": self.last_mismatch,
        }
