"""Stored levels as one text: the part from a day on is what ``confirmed_levels`` reads from
that day, and a text that does not reach back to the day says so (the caller reads)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.services.stored_levels import Levels, levels_text

D0 = date(2020, 1, 1)

days = st.lists(
    st.tuples(st.integers(0, 3000), st.integers(-(10**12), 10**12), st.booleans()),
    max_size=40,
    unique_by=lambda t: t[0],
).map(lambda rows: sorted((D0 + timedelta(days=n), end, p) for n, end, p in rows))


@given(days, st.integers(-5, 3005), st.one_of(st.none(), st.integers(-5, 3005)))
def test_the_text_from_a_day_on_is_the_rows_from_that_day(
    rows: list[tuple[date, int, bool]], offset: int, start_offset: int | None
) -> None:
    start = None if start_offset is None else D0 + timedelta(days=start_offset)
    held = [r for r in rows if start is None or r[0] >= start]
    levels = Levels(start, levels_text(held))
    day = D0 + timedelta(days=offset)
    if start is not None and day < start:
        assert levels.since(day) is None
    else:
        assert levels.since(day) == levels_text(r for r in held if r[0] >= day)
    assert levels.since(None) == (levels.text if start is None else None)
