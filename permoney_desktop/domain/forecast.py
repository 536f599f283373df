"""Cash-flow forecast maths: actual levels carried forward plus the scheduled flows to come.

Kept apart from the materialized balances on purpose: a forecast is computed on demand from
the stored levels (which already hold any future-dated entries) and the pending scheduled
occurrences, and is never written back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import accumulate


@dataclass(frozen=True, slots=True)
class Flow:
    """A scheduled change to one account on ``day``: ``minor`` carries the entry sign
    (positive = money in or debt paid down)."""

    day: date
    account_id: int
    minor: int


def level_change(minor: int, liability: bool) -> int:
    """What an entry-signed flow does to the level as shown (owed, for a liability)."""
    return -minor if liability else minor


def project(
    days: Sequence[date],
    actual: Mapping[int, Sequence[int]],
    flows: Iterable[Flow],
    liabilities: frozenset[int] = frozenset(),
) -> dict[int, list[int]]:
    """Per account, the level on each of ``days`` (ascending): the actual level that day plus
    every scheduled flow on or before it (flows before ``days[0]`` are not counted)."""
    if not days:
        return {a: [] for a in actual}
    index = {d: i for i, d in enumerate(days)}
    first, last = days[0], days[-1]
    deltas = {a: [0] * len(days) for a in actual}
    for f in flows:
        if f.account_id not in deltas or not first <= f.day <= last:
            continue
        i = index.get(f.day)
        if i is None:  # ``days`` with gaps: the flow counts from the next listed day
            i = next(k for k, d in enumerate(days) if d >= f.day)
        deltas[f.account_id][i] += level_change(f.minor, f.account_id in liabilities)
    return {
        a: [lvl + cum for lvl, cum in zip(actual[a], accumulate(deltas[a]), strict=True)]
        for a in actual
    }
