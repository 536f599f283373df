"""Book keys as people see them: a recovery key to write down, parsed back with typo checks.

A book key is 32 random bytes. Its recovery key is those bytes plus a 3-byte checksum in
base32 (no 0/1/8 confusion: RFC 4648's alphabet has none of 0, 1, 8 or 9), grouped in 14 blocks
of 4: ``ABCD-EFGH-…``. Parsing accepts any case, spaces or dashes, and also the 64-character
hex form (for ``PERMONEY_BOOK_KEY`` in scripts).
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.messages import Message

KEY_BYTES = 32
_CHECK_BYTES = 3
_GROUP = 4


class KeyFormatError(DomainError):
    """Text that is not a recovery key (or has a typo in it)."""


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"permoney recovery key\x00" + key).digest()[:_CHECK_BYTES]


def format_recovery_key(key: bytes) -> str:
    """The recovery key for ``key``: 56 base32 characters in groups of four."""
    if len(key) != KEY_BYTES:
        raise ValueError(
            Message(
                "a book key is {key_bytes} bytes, not {count}",
                key_bytes=KEY_BYTES,
                count=len(key),
            )
        )
    text = base64.b32encode(key + _checksum(key)).decode()
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_key(text: str) -> bytes:
    """The book key in a recovery key or a 64-digit hex key; a clear error otherwise."""
    compact = "".join(ch for ch in text if not ch.isspace() and ch != "-")
    if len(compact) == 2 * KEY_BYTES and all(c in "0123456789abcdefABCDEF" for c in compact):
        return bytes.fromhex(compact)
    if len(compact) != 56:
        raise KeyFormatError(
            Message(
                "a recovery key has 56 letters and digits (14 groups of 4), got {count}",
                count=len(compact),
            )
        )
    try:
        raw = base64.b32decode(compact.upper())
    except (binascii.Error, ValueError):
        raise KeyFormatError(
            Message("a recovery key uses only the letters A-Z and digits 2-7")
        ) from None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _checksum(key) != check:
        raise KeyFormatError(Message("the recovery key has a typo (its checksum does not match)"))
    return key
