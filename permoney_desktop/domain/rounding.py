"""The one rounding policy for money: where and how amounts are quantized."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Context, Decimal

# Banker's rounding: unbiased over many conversions, which keeps FX-converted totals honest.
ROUNDING = ROUND_HALF_EVEN

# Enough precision for any realistic balance (10^28 minor units) so that intermediate sums are
# exact; only quantize() below ever drops digits.
MONEY_CONTEXT = Context(prec=38, rounding=ROUNDING)

_QUANTS = {e: Decimal(1).scaleb(-e) for e in range(0, 5)}


def quantize(value: Decimal, digits: int) -> Decimal:
    """Round ``value`` to ``digits`` decimal places with the app's rounding policy."""
    return value.quantize(_QUANTS[digits], rounding=ROUNDING, context=MONEY_CONTEXT)


# Converted amounts (minor units x an exchange rate) are kept to 12 decimal places of a minor
# unit: far below anything shown, and fixed-scale, so that sums of them are exact and do not
# depend on the order in which they are added (an inverse rate has 38 significant digits).
_INTERMEDIATE = Decimal(1).scaleb(-12)


def quantize_intermediate(value: Decimal) -> Decimal:
    """An unrounded intermediate amount (minor units) at the fixed scale sums are kept in."""
    return value.quantize(_INTERMEDIATE, rounding=ROUNDING, context=MONEY_CONTEXT)
