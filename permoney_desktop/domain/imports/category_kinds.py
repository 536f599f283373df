"""The kind (income or expense) of each category an import creates.

A new child takes its parent's kind, whether the parent is in the book or new with it: a
refund filed under an expense category ("Food:Refunds") is less spending, never income. A new
top-level category's kind is decided from all of the file's rows under it (its own and its
new children's): more money out than in rows is an expense, more in than out is income, a tie
is an expense (the common case of a bank file).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

SEPARATOR = ":"
INCOME = "income"
EXPENSE = "expense"


def new_category_kinds(
    new_paths: Sequence[str],
    rows: Iterable[tuple[str, int]],
    existing: Mapping[str, str],
) -> dict[str, str]:
    """Kind of each category to create: every new path and new parent, parents first.

    ``rows``: (clean path, signed minor amount) of the file's rows that name a new category;
    ``existing``: the book's kinds by case-folded top-level name.
    """
    votes: dict[str, int] = {}
    for path, minor in rows:
        top = path.split(SEPARATOR)[0].casefold()
        if minor:
            votes[top] = votes.get(top, 0) + (1 if minor > 0 else -1)
    out: dict[str, str] = {}
    for path in new_paths:
        parts = path.split(SEPARATOR)
        top = parts[0].casefold()
        kind = existing.get(top) or (INCOME if votes.get(top, 0) > 0 else EXPENSE)
        if top not in existing:
            out.setdefault(parts[0], kind)
        if len(parts) > 1:
            out.setdefault(path, kind)
    return out
