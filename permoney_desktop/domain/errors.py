"""Domain exceptions: every error a user can cause carries a plain-language message."""


class DomainError(ValueError):
    """A value or operation that the finance rules reject."""


class CurrencyError(DomainError):
    """An unknown currency code, or arithmetic that mixes currencies."""


class AmountError(DomainError):
    """An amount that cannot be read or represented exactly."""
