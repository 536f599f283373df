"""Money: an exact Decimal amount in one ISO 4217 currency."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from permoney_desktop.domain.currency import Currency, currency, exponent
from permoney_desktop.domain.errors import AmountError, CurrencyError
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.rounding import MONEY_CONTEXT, quantize


def parse_decimal(text: str) -> Decimal:
    """Read a plain decimal number ("-1234.5"); reject floats, NaN, infinities and junk."""
    try:
        value = Decimal(text.strip().replace("_", ""))
    except (InvalidOperation, AttributeError):
        raise AmountError(Message("not an amount: {text!r}", text=text)) from None
    if not value.is_finite():
        raise AmountError(Message("not an amount: {text!r}", text=text))
    return value


@dataclass(frozen=True, slots=True, order=False)
class Money:
    """An amount of one currency, always quantized to that currency's minor unit.

    Build it only through ``Money(amount, currency)``: the constructor accepts ``Decimal``,
    ``int`` or a decimal string and applies the single rounding policy. Floats are refused,
    because they cannot represent most cent values exactly.
    """

    amount: Decimal
    currency: Currency

    def __init__(self, amount: Decimal | int | str, currency_code: str) -> None:
        if isinstance(amount, bool | float):
            raise AmountError(
                Message("money cannot be built from a float or bool; use Decimal or str")
            )
        if isinstance(amount, str):
            amount = parse_decimal(amount)
        elif isinstance(amount, int):
            amount = Decimal(amount)
        elif not isinstance(amount, Decimal) or not amount.is_finite():
            raise AmountError(Message("not an amount: {amount!r}", amount=amount))
        cur = currency(currency_code)
        object.__setattr__(self, "currency", cur)
        object.__setattr__(self, "amount", quantize(amount, exponent(cur)))

    @classmethod
    def from_minor(cls, minor_units: int, currency_code: str) -> Money:
        """Money from integer minor units (cents), as stored in the book."""
        if isinstance(minor_units, bool) or not isinstance(minor_units, int):
            raise AmountError(
                Message(
                    "minor units must be an int, got {type}",
                    type=type(minor_units).__name__,
                )
            )
        cur = currency(currency_code)
        return cls(Decimal(minor_units).scaleb(-exponent(cur)), cur)

    @classmethod
    def zero(cls, currency_code: str) -> Money:
        return cls(0, currency_code)

    @property
    def minor_units(self) -> int:
        """The amount in integer minor units, exact by construction."""
        return int(self.amount.scaleb(exponent(self.currency)))

    def _check(self, other: object) -> Money:
        if not isinstance(other, Money):
            raise TypeError(Message("cannot combine Money with {type}", type=type(other).__name__))
        if other.currency != self.currency:
            raise CurrencyError(
                Message(
                    "cannot combine {currency} with {currency2} without an exchange rate",
                    currency=self.currency,
                    currency2=other.currency,
                )
            )
        return other

    def __add__(self, other: Money) -> Money:
        o = self._check(other)
        return Money(MONEY_CONTEXT.add(self.amount, o.amount), self.currency)

    def __sub__(self, other: Money) -> Money:
        o = self._check(other)
        return Money(MONEY_CONTEXT.subtract(self.amount, o.amount), self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.amount), self.currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        if isinstance(factor, bool) or not isinstance(factor, Decimal | int):
            raise TypeError(Message("money can only be multiplied by a Decimal or an int"))
        return Money(MONEY_CONTEXT.multiply(self.amount, Decimal(factor)), self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        return self.amount < self._check(other).amount

    def __le__(self, other: Money) -> bool:
        return self.amount <= self._check(other).amount

    def __gt__(self, other: Money) -> bool:
        return self.amount > self._check(other).amount

    def __ge__(self, other: Money) -> bool:
        return self.amount >= self._check(other).amount

    def __bool__(self) -> bool:
        return bool(self.amount)

    def convert(self, rate: Decimal, to_currency: str) -> Money:
        """This amount in ``to_currency`` at ``rate`` (units of target per unit of self)."""
        if not isinstance(rate, Decimal) or not rate.is_finite() or rate <= 0:
            raise AmountError(
                Message("exchange rate must be a positive Decimal, got {rate!r}", rate=rate)
            )
        return Money(MONEY_CONTEXT.multiply(self.amount, rate), to_currency)

    def __str__(self) -> str:
        return f"{self.amount:,.{exponent(self.currency)}f} {self.currency}"

    def __repr__(self) -> str:
        return f"Money('{self.amount}', '{self.currency}')"
