"""Proposing transfer pairs: opposite amounts on two accounts within a few days of each other."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

MAX_DAYS = 4


@dataclass(slots=True)  # built per row of an import; frozen init costs ~1 µs per field
class Side:
    """An entry that could be one side of a transfer."""

    entry_id: int
    account_id: int
    date: date
    amount_minor: int
    currency: str


@dataclass(frozen=True, slots=True)
class Proposal:
    """A proposed pair: ``outflow`` loses what ``inflow`` gains."""

    outflow: Side
    inflow: Side

    @property
    def key(self) -> tuple[int, int]:
        return pair_key(self.outflow.entry_id, self.inflow.entry_id)


def pair_key(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def propose(
    new: Sequence[Side],
    others: Iterable[Side],
    rejected: set[tuple[int, int]],
    max_days: int = MAX_DAYS,
) -> list[Proposal]:
    """Pairs among ``new`` and between ``new`` and ``others`` (unmatched existing entries).

    Each entry is used at most once; closer dates win, then earlier entries, so the result
    does not depend on input order. Pairs in ``rejected`` (the user said no) never return.
    """
    pool: dict[tuple[str, int], list[Side]] = defaultdict(list)
    new_ids = {s.entry_id for s in new}
    everyone = list(new) + [s for s in others if s.entry_id not in new_ids]
    for s in everyone:
        if s.amount_minor > 0:
            pool[(s.currency, s.amount_minor)].append(s)
    candidates: list[tuple[int, int, int, Side, Side]] = []
    for out in everyone:
        if out.amount_minor >= 0:
            continue
        for inflow in pool.get((out.currency, -out.amount_minor), ()):
            if inflow.account_id == out.account_id:
                continue
            if out.entry_id not in new_ids and inflow.entry_id not in new_ids:
                continue  # two old entries: not this import's business
            gap = abs((inflow.date - out.date).days)
            if gap > max_days or pair_key(out.entry_id, inflow.entry_id) in rejected:
                continue
            candidates.append((gap, out.entry_id, inflow.entry_id, out, inflow))
    candidates.sort(key=lambda c: c[:3])
    used: set[int] = set()
    result: list[Proposal] = []
    for _gap, a, b, out, inflow in candidates:
        if a in used or b in used:
            continue
        used.update((a, b))
        result.append(Proposal(out, inflow))
    return result
