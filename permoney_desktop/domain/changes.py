"""Changes: what a write touched, so views refresh and the worker recomputes only that."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from permoney_desktop.domain.ids import AccountId


class ChangeKind(StrEnum):
    ACCOUNTS = "accounts"
    ENTRIES = "entries"
    CATEGORIES = "categories"
    TAGS = "tags"
    MERCHANTS = "merchants"
    RATES = "rates"
    BUDGETS = "budgets"
    GOALS = "goals"
    RULES = "rules"
    SETTINGS = "settings"
    SCHEDULES = "schedules"
    BALANCES = "balances"  # materialized balances were rewritten (the worker's own writes)


def _frozen(m: Mapping[AccountId, object] | None) -> Mapping[AccountId, object]:
    return MappingProxyType(dict(m or {}))


@dataclass(frozen=True)
class Changes:
    """The result of one write: kinds of data changed and, per account, the earliest dirty date.

    ``versions`` holds each touched account's data version after the write, so a sync computed
    for that version can confirm the optimistic figures shown in the meantime.
    """

    kinds: frozenset[ChangeKind] = frozenset()
    dirty_from: Mapping[AccountId, date] = field(default_factory=lambda: MappingProxyType({}))
    versions: Mapping[AccountId, int] = field(default_factory=lambda: MappingProxyType({}))
    label: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "dirty_from", _frozen(self.dirty_from))
        object.__setattr__(self, "versions", _frozen(self.versions))

    @property
    def empty(self) -> bool:
        return not self.kinds and not self.dirty_from

    @property
    def accounts(self) -> frozenset[AccountId]:
        return frozenset(self.dirty_from) | frozenset(self.versions)

    def merge(self, other: Changes) -> Changes:
        """Combine two changes: union of kinds, earliest date and latest version per account."""
        return merge_all((self, other), label=other.label or self.label)


def merge_all(items: Iterable[Changes], label: str = "") -> Changes:
    kinds: set[ChangeKind] = set()
    dirty: dict[AccountId, date] = {}
    versions: dict[AccountId, int] = {}
    last_label = ""
    for c in items:
        kinds |= c.kinds
        for acc, d in c.dirty_from.items():
            dirty[acc] = min(d, dirty.get(acc, d))
        for acc, v in c.versions.items():
            versions[acc] = max(v, versions.get(acc, v))
        last_label = c.label or last_label
    return Changes(frozenset(kinds), dirty, versions, label or last_label)
