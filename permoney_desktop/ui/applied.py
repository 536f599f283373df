"""The frozen record a UI write publishes: its ``Changes`` and what views need to follow it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from permoney_desktop.domain.changes import Changes
from permoney_desktop.domain.ids import AccountId


@dataclass(frozen=True, slots=True)
class Applied:
    """One write, applied to the provisional figures and published once.

    ``days``: every day whose entries the write changed (any account), so the dashboard can
    patch those days instead of recomputing the book; ``count_delta``: entries gained (lost:
    negative) per account, so the register and the status bar move their counts without a
    ``count(*)``; exact only for the accounts it names. Both are None when unknown (undo,
    redo, a write made off the GUI thread, a whole-book change): views then count again.
    ``origin``: the object that asked for the write (``Writer.write(origin=…)``), else None.
    """

    changes: Changes
    days: frozenset[date] | None = None
    count_delta: Mapping[AccountId, int] | None = None
    # Who asked for the write, when it passed itself (a view that shows the change already,
    # like the budget page's typed cell): it can skip its own write by identity, not by label.
    origin: object | None = None

    def __post_init__(self) -> None:
        if self.count_delta is not None:
            object.__setattr__(self, "count_delta", MappingProxyType(dict(self.count_delta)))
