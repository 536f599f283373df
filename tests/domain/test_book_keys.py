"""Recovery keys: round trip, forgiving input, and typo detection."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.book_keys import KeyFormatError, format_recovery_key, parse_key

keys = st.binary(min_size=32, max_size=32)


@settings(max_examples=200)
@given(keys)
def test_round_trip_any_case_and_spacing(key: bytes) -> None:
    text = format_recovery_key(key)
    groups = text.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert parse_key(text) == key
    assert parse_key(text.lower().replace("-", " ")) == key
    assert parse_key(key.hex()) == key


@settings(max_examples=200)
@given(
    keys,
    st.integers(min_value=0, max_value=55),
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
)
def test_a_single_typo_is_caught(key: bytes, position: int, replacement: str) -> None:
    text = format_recovery_key(key).replace("-", "")
    if text[position] == replacement:
        return
    typo = text[:position] + replacement + text[position + 1 :]
    # A 24-bit checksum: a typo slips through once in 16 million; the book would then refuse
    # the key ("wrong key"), never open wrongly.
    with pytest.raises(KeyFormatError, match="typo"):
        parse_key(typo)


def test_clear_errors() -> None:
    with pytest.raises(KeyFormatError, match="56 letters"):
        parse_key("ABCD-EFGH")
    with pytest.raises(KeyFormatError, match="A-Z and digits 2-7"):
        parse_key("1" * 55 + "0")
    good = format_recovery_key(bytes(range(32)))
    bad = ("B" if good[0] != "B" else "C") + good[1:]
    with pytest.raises(KeyFormatError, match="typo"):
        parse_key(bad)
