"""ISO 4217 currency codes and their minor-unit exponents."""

from __future__ import annotations

from typing import NewType

from permoney_desktop.domain.errors import CurrencyError
from permoney_desktop.domain.messages import Message

Currency = NewType("Currency", str)

# Codes with an exponent other than 2. Source: ISO 4217 list one (2024 edition).
_EXPONENT_EXCEPTIONS: dict[str, int] = {
    **dict.fromkeys(
        """
    BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF
    """.split(),
        0,
    ),
    **dict.fromkeys(
        """
    BHD IQD JOD KWD LYD OMR TND
    """.split(),
        3,
    ),
    "CLF": 4,
    "UYW": 4,
}

# Active ISO 4217 codes for currencies (funds and precious metals left out on purpose:
# nobody keeps a checking account in XAU, and guessing their exponent would be wrong).
_CODES = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
    BYN BZD CAD CDF CHF CLF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP
    GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS
    KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR
    MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF
    SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD
    TZS UAH UGX USD UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG
    """.split()
)


def currency(code: str) -> Currency:
    """Return the canonical currency for ``code`` or raise ``CurrencyError``."""
    normalized = code.strip().upper()
    if normalized not in _CODES:
        raise CurrencyError(
            Message(
                "unknown currency code {code!r} (expected an ISO 4217 code such as USD)", code=code
            )
        )
    return Currency(normalized)


def exponent(cur: Currency) -> int:
    """Number of digits after the decimal point in ``cur``'s minor unit."""
    return _EXPONENT_EXCEPTIONS.get(cur, 2)


def all_codes() -> frozenset[str]:
    """Every currency code the app accepts."""
    return _CODES
