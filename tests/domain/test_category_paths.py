"""Category paths: every spelling reads as one path, shown one way."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from permoney_desktop.domain.category_paths import (
    join_path,
    path_key,
    shown_path,
    split_path,
    tidy_typing,
)

NAME = st.text(
    alphabet=st.characters(blacklist_characters=":\t\n\r", blacklist_categories=("Cs", "Cc")),
    min_size=1,
    max_size=12,
).filter(lambda s: s.strip() != "")
SPACES = st.sampled_from(["", " ", "  ", "\t"])


@given(st.lists(NAME, min_size=1, max_size=2), SPACES, SPACES)
def test_any_spacing_reads_as_the_same_path(parts: list[str], before: str, after: str) -> None:
    clean = tuple(" ".join(p.split()) for p in parts)
    typed = f"{before}:{after}".join(parts)
    assert split_path(typed) == clean
    assert shown_path(typed) == join_path(clean)
    assert path_key(typed) == path_key(join_path(clean))
    assert shown_path(shown_path(typed)) == shown_path(typed)


def test_the_spellings_users_met() -> None:
    # The README's spelling, in the GUI as in the CLI: both read, "Food:Groceries" shown.
    assert shown_path("Food: Groceries") == "Food:Groceries"
    assert shown_path("Food : Groceries") == "Food:Groceries"
    assert path_key("food:groceries") == path_key("Food: Groceries")
    assert tidy_typing("Food: Gro", 9) == ("Food:Gro", 8)
    assert tidy_typing("Food:", 5) == ("Food:", 5)
    assert tidy_typing("Food:  ", 7) == ("Food:", 5)
    assert tidy_typing("Pets", 4) == ("Pets", 4)
