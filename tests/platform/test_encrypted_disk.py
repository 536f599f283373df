"""The encrypting diskcache Disk: values sealed at rest, tampering and foreign keys rejected."""

from __future__ import annotations

import secrets
from decimal import Decimal
from pathlib import Path

import diskcache
import pytest

from permoney_desktop.platform.encrypted_disk import SealedValueError, encrypted_disk


def _raw_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_values_round_trip_and_are_unreadable_on_disk(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    value = {"payee": "Dr. Smith Dental", "amount": Decimal("1234.56"), "big": "x" * 100_000}
    with diskcache.Cache(str(tmp_path / "c"), disk=encrypted_disk(key)) as cache:
        cache.set("m|1|0001|book|2024-01", value)
        cache.set("small", 42)
        assert cache.get("m|1|0001|book|2024-01") == value
        assert cache.get("small") == 42
    raw = _raw_bytes(tmp_path / "c")
    assert b"Dr. Smith" not in raw and b"1234.56" not in raw and b"xxxxxxxx" not in raw
    assert key.hex().encode() not in raw and key not in raw


def test_another_key_or_tampering_is_refused(tmp_path: Path) -> None:
    folder = str(tmp_path / "c")
    with diskcache.Cache(folder, disk=encrypted_disk(secrets.token_bytes(32))) as cache:
        cache.set("k", {"a": 1})
    with (
        diskcache.Cache(folder, disk=encrypted_disk(secrets.token_bytes(32))) as other,
        pytest.raises(SealedValueError),
    ):
        other.get("k")
    plain = diskcache.Cache(folder)
    plain.set("k", {"a": 1})  # an unsealed entry written by a plain Disk
    plain.close()
    with (
        diskcache.Cache(folder, disk=encrypted_disk(secrets.token_bytes(32))) as cache,
        pytest.raises(SealedValueError),
    ):
        cache.get("k")
