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
