"""Account levels on a day (assets, debts, net worth) and the change from a previous figure."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.fx import MissingRate, RateTable
from permoney_desktop.domain.metrics.values import (
    _NONE,
    AccountLevel,
    Amount,
    Missing,
    _exact,
    in_minor,
    round_minor,
)
from permoney_desktop.domain.rounding import MONEY_CONTEXT, quantize

# -- levels -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LevelTotals:
    assets: int
    owed: int
    missing: Missing = _NONE
    stale: bool = False  # a balance row itself was partial

    @property
    def net_worth(self) -> int:
        return self.assets - self.owed

    @property
    def partial(self) -> bool:
        return bool(self.missing) or self.stale


@_exact
def level_totals(
    levels: Iterable[AccountLevel], base: str, day: date, rates: RateTable
) -> LevelTotals:
    """Assets, owed and net worth on ``day`` in ``base`` (each rounded once)."""
    assets: Amount = 0
    owed: Amount = 0
    missing: set[MissingRate] = set()
    stale = False
    for lv in levels:
        stale = stale or lv.partial
        converted = in_minor(lv.level_minor, lv.currency, base, day, rates)
        if isinstance(converted, MissingRate):
            missing.add(converted)
        elif lv.classification is Classification.LIABILITY:
            owed += converted
        else:
            assets += converted
    return LevelTotals(round_minor(assets), round_minor(owed), frozenset(missing), stale)


# -- comparisons ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Change:
    """Current minus previous, and that as a percentage of |previous| (None when 0)."""

    delta: int
    percent: Decimal | None


def change(current: int, previous: int | None) -> Change | None:
    if previous is None:
        return None
    delta = current - previous
    if previous == 0:
        return Change(delta, None)
    pct = MONEY_CONTEXT.divide(Decimal(delta) * 100, Decimal(abs(previous)))
    return Change(delta, quantize(pct, 2))
