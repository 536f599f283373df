"""Duplicate detection: external ids first, then (account, date, amount, payee) as a multiset.

The multiset matters: two identical coffees on one day are two entries. Each existing entry
can absorb at most one incoming row with the same fingerprint, so a first import keeps both
and a second import of the same file keeps neither.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from itertools import compress, repeat
from operator import not_

Fingerprint = tuple[int, date, int, str]

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def normalize_payee(payee: str) -> str:
    """Case, spacing and punctuation do not make another payee ("BEAN THERE" = "Bean there.")."""
    return " ".join(_NON_WORD.sub(" ", payee.casefold()).split())


def fingerprint(account_id: int, day: date, amount_minor: int, payee: str) -> Fingerprint:
    return (account_id, day, amount_minor, normalize_payee(payee))


class SkipReason(StrEnum):
    EXTERNAL_ID = "external id already in the account"
    EXTERNAL_ID_IN_FILE = "external id repeated in the file"
    FINGERPRINT = "same date, amount and payee as an existing entry"


@dataclass(slots=True)
class Candidate:
    """An incoming row, already resolved to an account and minor units."""

    account_id: int
    date: date
    amount_minor: int
    payee: str
    external_id: str | None


@dataclass(frozen=True)
class DedupePlan:
    keep: tuple[int, ...]  # indices into the candidates, in order
    skipped: tuple[tuple[int, SkipReason], ...]


def plan(
    candidates: Sequence[Candidate],
    existing_ids: set[tuple[int, str]],
    existing_fingerprints: Iterable[Fingerprint],
) -> DedupePlan:
    """Which candidates to import and which to skip (with the reason).

    Rows with an external id are judged by the id alone (a bank's id is authoritative); rows
    without one by fingerprint against the book's entries, each existing entry matching once.
    """
    return plan_columns(
        [c.account_id for c in candidates],
        [c.date for c in candidates],
        [c.amount_minor for c in candidates],
        [c.payee for c in candidates],
        [c.external_id for c in candidates],
        existing_ids,
        existing_fingerprints,
    )


def plan_columns(
    account_ids: Sequence[int],
    dates: Sequence[date],
    amounts_minor: Sequence[int],
    payees: Sequence[str],
    external_ids: Sequence[str | None],
    existing_ids: set[tuple[int, str]],
    existing_fingerprints: Iterable[Fingerprint],
) -> DedupePlan:
    """``plan`` over the candidates' fields as columns (no object per row)."""
    n = len(account_ids)
    if all(external_ids):
        accounts = set(account_ids)
        if len(accounts) == 1:  # one account: the ids alone (str hashes are cached)
            (only,) = accounts
            known = {x for a, x in existing_ids if a == only}
            fast = plan_known_ids(known, external_ids)
            if fast is not None:
                return fast
        else:
            # The usual first import: every id new, none repeated in the file — keep them all.
            keys = list(zip(account_ids, external_ids, strict=True))
            if existing_ids.isdisjoint(keys) and len(set(keys)) == n:
                return DedupePlan(tuple(range(n)), ())
    available = Counter(existing_fingerprints)
    seen_ids: set[tuple[int, str]] = set()
    keep: list[int] = []
    skipped: list[tuple[int, SkipReason]] = []
    for i, (account_id, ext) in enumerate(zip(account_ids, external_ids, strict=True)):
        if ext:
            key = (account_id, ext)
            if key in existing_ids:
                skipped.append((i, SkipReason.EXTERNAL_ID))
            elif key in seen_ids:
                skipped.append((i, SkipReason.EXTERNAL_ID_IN_FILE))
            else:
                seen_ids.add(key)
                keep.append(i)
            continue
        fp = fingerprint(account_id, dates[i], amounts_minor[i], payees[i])
        if available[fp] > 0:
            available[fp] -= 1
            skipped.append((i, SkipReason.FINGERPRINT))
        else:
            keep.append(i)
    return DedupePlan(tuple(keep), tuple(skipped))


def plan_known_ids(known: set[str], external_ids: Sequence[str | None]) -> DedupePlan | None:
    """``plan_columns`` for rows of one account that all carry an id none of which repeats in
    the file, given the account's known ids: C-level set and compress passes, no loop per row
    (a first import keeps everything, a re-import skips everything). None when the shortcut
    does not apply (a missing or repeated id): the caller runs the general plan."""
    n = len(external_ids)
    if not all(external_ids) or len(set(external_ids)) != n:
        return None
    if known.isdisjoint(external_ids):
        return DedupePlan(tuple(range(n)), ())
    in_book = list(map(known.__contains__, external_ids))
    keep = tuple(compress(range(n), map(not_, in_book)))
    skipped = tuple(zip(compress(range(n), in_book), repeat(SkipReason.EXTERNAL_ID)))
    return DedupePlan(keep, skipped)
