"""Exchange rates as plain data: the rate on or before a day, or an honest 'missing'."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.rounding import MONEY_CONTEXT


@dataclass(frozen=True, slots=True)
class Rate:
    """Units of ``quote`` for one unit of ``base`` on ``day``."""

    day: date
    base: Currency
    quote: Currency
    rate: Decimal


@dataclass(frozen=True, slots=True)
class MissingRate:
    """A conversion that could not be made: which pair, for which day."""

    base: Currency
    quote: Currency
    day: date

    def __str__(self) -> str:
        return f"no {self.base}→{self.quote} rate on or before {self.day.isoformat()}"


@dataclass
class RateTable:
    """All known rates, looked up as 'the latest rate on or before the day'.

    A pair missing in one direction is served by the inverse of the other direction (exact
    arithmetic, not a guess). Nothing is ever assumed to be 1:1 across currencies.
    """

    _days: dict[tuple[str, str], list[date]] = field(default_factory=dict)
    _rates: dict[tuple[str, str], list[Decimal]] = field(default_factory=dict)

    @classmethod
    def of(cls, rates: Iterable[Rate]) -> RateTable:
        table = cls()
        for r in sorted(rates, key=lambda r: r.day):
            table._days.setdefault((r.base, r.quote), []).append(r.day)
            table._rates.setdefault((r.base, r.quote), []).append(r.rate)
        return table

    def _direct(self, base: str, quote: str, day: date) -> tuple[date, Decimal] | None:
        days = self._days.get((base, quote))
        if not days:
            return None
        i = bisect_right(days, day)
        if i == 0:
            return None
        return days[i - 1], self._rates[(base, quote)][i - 1]

    def rate(self, base: Currency, quote: Currency, day: date) -> Decimal | None:
        """The rate to convert ``base`` into ``quote`` on ``day``, or None when unknown."""
        if base == quote:
            return Decimal(1)
        direct = self._direct(base, quote, day)
        inverse = self._direct(quote, base, day)
        # Prefer whichever quote is more recent; on a tie the direct quote wins.
        if direct and (not inverse or direct[0] >= inverse[0]):
            return direct[1]
        if inverse:
            return MONEY_CONTEXT.divide(Decimal(1), inverse[1])
        return None

    def convert(self, amount: Money, to: Currency, day: date) -> Money | MissingRate:
        """``amount`` in ``to`` at the rate of ``day``, or the missing pair."""
        r = self.rate(amount.currency, to, day)
        if r is None:
            return MissingRate(amount.currency, to, day)
        return amount.convert(r, to)
