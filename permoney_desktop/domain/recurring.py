"""Recurring-payment detection: payees paid at a regular interval with a stable amount.

A payee (per account, its name folded: case, spacing, long digit runs such as card or
reference numbers) is proposed when its latest payments form a run of at least
``MIN_OCCURRENCES`` whose gaps all fall in one cadence's band and whose amounts all lie within
``AMOUNT_TOLERANCE`` of the latest one, and the run is still going (the next payment is not
long overdue). The bands are wide enough for weekend shifts and months of 28–31 days, and far
enough apart that no gap fits two of them.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from permoney_desktop.domain.recurrence import LAST, Frequency, Recurrence

MIN_OCCURRENCES = 3
AMOUNT_TOLERANCE = Decimal("0.10")  # of the latest amount, either way


@dataclass(frozen=True, slots=True)
class Cadence:
    name: str
    frequency: Frequency
    interval: int
    low: int  # gap in days, inclusive
    high: int

    def fits(self, gap: int) -> bool:
        return self.low <= gap <= self.high


CADENCES = (
    Cadence("weekly", Frequency.WEEKLY, 1, 6, 8),
    Cadence("every 2 weeks", Frequency.WEEKLY, 2, 12, 16),
    Cadence("monthly", Frequency.MONTHLY, 1, 26, 35),
    Cadence("yearly", Frequency.YEARLY, 1, 350, 380),
)
# How far back the detector reads: three yearly payments and some slack.
LOOKBACK_DAYS = 3 * 366 + 45

_DIGITS = re.compile(r"\d{4,}")


def payee_key(payee: str) -> str:
    """The payee as compared: case-folded, spacing collapsed, long digit runs dropped."""
    return " ".join(_DIGITS.sub(" ", payee.casefold()).split())


@dataclass(frozen=True, slots=True)
class Proposal:
    """A proposed schedule. ``id`` is stable for the same account and payee."""

    id: str
    account_id: int
    payee: str
    payee_key: str
    cadence: Cadence
    amount_minor: int  # the latest payment's, signed
    currency: str
    occurrences: int
    first: date
    last: date
    day: int | None  # monthly: the day of the month (or LAST); None otherwise

    def recurrence(self) -> Recurrence:
        """The rule the schedule would follow, starting after the latest payment (so
        accepting posts nothing that is already in the book)."""
        c = self.cadence
        if c.frequency is Frequency.MONTHLY:
            # Anchor on the month after the latest payment; the day comes from ``day``.
            y, m = divmod(self.last.year * 12 + self.last.month, 12)
            start = date(y, m + 1, 1)
            return Recurrence(c.frequency, start, interval=1, day=self.day)
        step = timedelta(days=7 * c.interval) if c.frequency is Frequency.WEEKLY else None
        if step is not None:
            return Recurrence(c.frequency, self.last + step, interval=c.interval)
        try:
            start = self.last.replace(year=self.last.year + 1)
        except ValueError:  # 29 February
            start = date(self.last.year + 1, 2, 28)
        return Recurrence(c.frequency, start)


def proposal_id(account_id: int, key: str) -> str:
    return hashlib.sha1(f"{account_id}:{key}".encode(), usedforsecurity=False).hexdigest()[:8]


def _month_day(days: list[date]) -> int:
    """The day of the month a monthly run keeps: LAST when every payment fell on its month's
    last day, else the most common day (a weekend shift moves a few; ties: the latest)."""

    def last_of(d: date) -> int:
        nxt = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return (nxt - timedelta(days=1)).day

    if all(d.day == last_of(d) for d in days):
        return LAST
    counts = Counter(d.day for d in days)
    return max(reversed([d.day for d in days]), key=lambda k: counts[k])


def _run(
    rows: list[tuple[date, int, str]], tolerance: Decimal
) -> tuple[Cadence, list[tuple[date, int, str]]] | None:
    """The latest run of payments with one cadence and a stable amount, if long enough."""
    if len(rows) < MIN_OCCURRENCES:
        return None
    last_day, ref, cur = rows[-1]
    gap = (last_day - rows[-2][0]).days
    cadence = next((c for c in CADENCES if c.fits(gap)), None)
    if cadence is None:
        return None
    limit = abs(Decimal(ref)) * tolerance
    run = [rows[-1]]
    for row in reversed(rows[:-1]):
        day, amount, currency = row
        if currency != cur or not cadence.fits((run[-1][0] - day).days):
            break
        if abs(Decimal(amount - ref)) > limit or (amount < 0) != (ref < 0):
            break
        run.append(row)
    if len(run) < MIN_OCCURRENCES:
        return None
    run.reverse()
    return cadence, run


def detect(
    rows: Iterable[tuple[int, str, str, int, str]],
    today: date,
    *,
    tolerance: Decimal = AMOUNT_TOLERANCE,
) -> list[Proposal]:
    """Proposals from transactions given as (account id, payee, ISO date, amount in minor
    units, currency), in any order; sorted by account and payee."""
    groups: dict[tuple[int, str], list[tuple[str, int, str, str]]] = {}
    keys: dict[str, str] = {}  # a book has few payees and many entries: fold each once
    for account_id, payee, day, amount, currency in rows:
        key = keys.get(payee)
        if key is None:
            key = keys[payee] = payee_key(payee)
        if key:
            groups.setdefault((account_id, key), []).append((str(day), amount, currency, payee))
    out: list[Proposal] = []
    for (account_id, key), items in groups.items():
        if len(items) < MIN_OCCURRENCES:
            continue
        items.sort()
        dated = [(date.fromisoformat(d), a, c) for d, a, c, _ in items]
        found = _run(dated, tolerance)
        if found is None:
            continue
        cadence, run = found
        first, last = run[0][0], run[-1][0]
        # Still going: the next payment is not overdue by more than half a period.
        if (today - last).days > cadence.high + cadence.high // 2:
            continue
        monthly = cadence.frequency is Frequency.MONTHLY
        month_day = _month_day([r[0] for r in run]) if monthly else None
        out.append(
            Proposal(
                id=proposal_id(account_id, key),
                account_id=account_id,
                payee=items[-1][3].strip(),
                payee_key=key,
                cadence=cadence,
                amount_minor=run[-1][1],
                currency=run[-1][2],
                occurrences=len(run),
                first=first,
                last=last,
                day=month_day,
            )
        )
    out.sort(key=lambda p: (p.account_id, p.payee_key))
    return out
