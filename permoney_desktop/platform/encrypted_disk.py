"""An encrypting diskcache ``Disk``: cached values of an encrypted book are sealed at rest.

Every value is pickled and sealed with AES-256-GCM (authenticated: a tampered or foreign entry
fails to open and reads as a miss, never as wrong figures). The cache key is derived from the
book key with HKDF, so the book key itself is never used twice for different purposes. Keys of
entries stay readable: they carry only ids, versions and period dates, never amounts.

Use: ``diskcache.Cache(directory, disk=encrypted_disk(book_key))``. The cipher key lives only
in the class made here — never in diskcache's settings table, which is stored in plaintext.
"""

from __future__ import annotations

import io
import os
import pickle
from typing import Any

import diskcache
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_NONCE = 12
_CONTEXT = b"permoney-desktop metrics cache v1"


class SealedValueError(ValueError):
    """An entry that does not open with this book's key (tampered, or another book's)."""


def derive_cache_key(book_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_CONTEXT).derive(book_key)


def encrypted_disk(book_key: bytes) -> type[diskcache.Disk]:
    """A ``Disk`` class bound to one book's key (pass it as ``Cache(..., disk=…)``)."""
    aead = AESGCM(derive_cache_key(book_key))

    class EncryptedDisk(diskcache.Disk):  # type: ignore[misc]
        def store(self, value: Any, read: bool, key: Any = diskcache.core.UNKNOWN) -> Any:
            if read:
                value = value.read()
            plain = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            nonce = os.urandom(_NONCE)
            sealed = nonce + aead.encrypt(nonce, plain, _CONTEXT)
            return super().store(sealed, False, key=key)

        def fetch(self, mode: int, filename: str | None, value: Any, read: bool) -> Any:
            sealed = super().fetch(mode, filename, value, False)
            if not isinstance(sealed, bytes) or len(sealed) <= _NONCE:
                raise SealedValueError("a cache entry that is not sealed")
            try:
                plain = aead.decrypt(sealed[:_NONCE], sealed[_NONCE:], _CONTEXT)
            except InvalidTag:
                raise SealedValueError("a cache entry does not open with this book's key") from None
            result = pickle.loads(plain)
            return io.BytesIO(result) if read and isinstance(result, bytes) else result

    return EncryptedDisk
