"""Changes merge by union of kinds, earliest dirty date and latest version."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.changes import ChangeKind, Changes, merge_all
from permoney_desktop.domain.ids import AccountId

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))
changes = st.builds(
    Changes,
    kinds=st.frozensets(st.sampled_from(ChangeKind)),
    dirty_from=st.dictionaries(st.integers(1, 5).map(AccountId), dates, max_size=5),
    versions=st.dictionaries(st.integers(1, 5).map(AccountId), st.integers(0, 100), max_size=5),
)


@given(st.lists(changes, max_size=6))
def test_merge_keeps_the_earliest_date_and_latest_version(items: list[Changes]) -> None:
    merged = merge_all(items)
    for acc in merged.dirty_from:
        assert merged.dirty_from[acc] == min(
            c.dirty_from[acc] for c in items if acc in c.dirty_from
        )
    for acc in merged.versions:
        assert merged.versions[acc] == max(c.versions[acc] for c in items if acc in c.versions)
    assert merged.kinds == frozenset().union(*(c.kinds for c in items))


@given(changes, changes)
def test_merge_is_commutative_on_content(a: Changes, b: Changes) -> None:
    ab, ba = a.merge(b), b.merge(a)
    assert (ab.kinds, dict(ab.dirty_from), dict(ab.versions)) == (
        ba.kinds,
        dict(ba.dirty_from),
        dict(ba.versions),
    )


def test_empty() -> None:
    assert Changes().empty
    assert not Changes(dirty_from={AccountId(1): date(2024, 1, 1)}).empty
