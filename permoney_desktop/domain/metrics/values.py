"""The inputs of the metric maths and their exact conversion to minor units."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, localcontext
from typing import ParamSpec, TypeVar

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.currency import Currency, exponent
from permoney_desktop.domain.entries import CategoryKind
from permoney_desktop.domain.fx import MissingRate, RateTable
from permoney_desktop.domain.rounding import MONEY_CONTEXT, quantize, quantize_intermediate

UNCATEGORIZED = "Uncategorized"
TOP_MERCHANTS = 10
_RATIO = 4  # savings rate and progress as fractions with 4 places (0.2534 = 25.34 %)

# (category id, merchant id, positive): ``positive`` splits uncategorized flows by sign and is
# always False for categorized ones, whose refunds must net against their spending.
FlowKey = tuple[int | None, int | None, bool]
Missing = frozenset[MissingRate]
# Base-currency minor units; a Decimal only once a conversion brought in a fraction.
Amount = int | Decimal
_NONE: Missing = frozenset()
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class FlowGroup:
    """One aggregate row from the store: the sum of a day's flows for one key and currency."""

    day: date
    category_id: int | None
    merchant_id: int | None
    positive: bool
    currency: str
    minor: int


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    id: int
    name: str
    kind: CategoryKind
    parent_id: int | None = None


@dataclass(frozen=True, slots=True)
class AccountLevel:
    """An account's level on a day, as the user sees it (owed for liabilities)."""

    account_id: int
    currency: str
    classification: Classification
    level_minor: int
    partial: bool = False


@dataclass(frozen=True, slots=True)
class Budget:
    category_id: int
    month: date
    amount_minor: int
    currency: str


@dataclass(frozen=True, slots=True)
class Goal:
    id: int
    name: str
    target_minor: int
    currency: str
    target_date: date | None
    account_ids: tuple[int, ...]


P = ParamSpec("P")
R = TypeVar("R")


def _exact(fn: Callable[P, R]) -> Callable[P, R]:
    """Run ``fn`` with the money context, so ``+`` on Decimals keeps every digit."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with localcontext(MONEY_CONTEXT):
            return fn(*args, **kwargs)

    return run


def in_minor(minor: int, cur: str, to: str, day: date, rates: RateTable) -> Amount | MissingRate:
    """``minor`` units of ``cur`` as minor units of ``to`` at the rate of ``day``, unrounded
    (kept at the fixed intermediate scale of ``rounding.quantize_intermediate``)."""
    if cur == to:
        return minor
    rate = rates.rate(Currency(cur), Currency(to), day)
    if rate is None:
        return MissingRate(Currency(cur), Currency(to), day)
    shift = exponent(Currency(to)) - exponent(Currency(cur))
    return quantize_intermediate(
        MONEY_CONTEXT.multiply(Decimal(minor).scaleb(shift, MONEY_CONTEXT), rate)
    )


def round_minor(value: Amount) -> int:
    """Round once, with the app's policy, to whole minor units."""
    return value if isinstance(value, int) else int(quantize(value, 0))
