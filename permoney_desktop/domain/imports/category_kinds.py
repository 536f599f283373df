"""The kind (income or expense) of each category an import creates.

A new child takes its parent's kind, whether the parent is in the book or new with it: a
refund filed under an expense category ("Food:Refunds") is less spending, never income. A new
top-level category's kind is decided from all of the file's rows under it (its own and its
new children's): more money out than in rows is an expense, more in than out is income. A tie
(or rows that are all zero) decides nothing: the kind is asked for, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from permoney_desktop.domain.errors import DomainError

SEPARATOR = ":"
INCOME = "income"
EXPENSE = "expense"
KINDS = (INCOME, EXPENSE)


class UndecidedKindError(DomainError):
    """New top-level categories whose kind the file's rows do not decide."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        listed = ", ".join(repr(n) for n in names)
        super().__init__(
            f"the file's rows do not say whether new categor{'y' if len(names) == 1 else 'ies'} "
            f"{listed} {'is' if len(names) == 1 else 'are'} income or expense (as much money in "
            "as out); choose the kind"
        )


def _votes(rows: Iterable[tuple[str, int]]) -> dict[str, int]:
    votes: dict[str, int] = {}
    for path, minor in rows:
        top = path.split(SEPARATOR)[0].casefold()
        if minor:
            votes[top] = votes.get(top, 0) + (1 if minor > 0 else -1)
    return votes


def undecided_kinds(
    new_paths: Sequence[str],
    rows: Iterable[tuple[str, int]],
    existing: Mapping[str, str],
) -> list[str]:
    """The new top-level categories (as the file spells them) whose rows are a tie."""
    votes = _votes(rows)
    out: dict[str, None] = {}
    for path in new_paths:
        top = path.split(SEPARATOR)[0]
        if top.casefold() not in existing and not votes.get(top.casefold(), 0):
            out.setdefault(top, None)
    return list(out)


def new_category_kinds(
    new_paths: Sequence[str],
    rows: Iterable[tuple[str, int]],
    existing: Mapping[str, str],
    chosen: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Kind of each category to create: every new path and new parent, parents first.

    ``rows``: (clean path, signed minor amount) of the file's rows that name a new category;
    ``existing``: the book's kinds by case-folded top-level name; ``chosen``: kinds the user
    gave by top-level name (any case), which win over the vote. A tie that nobody chose
    raises ``UndecidedKindError``.
    """
    votes = _votes(rows)
    given = {k.strip().casefold(): v for k, v in (chosen or {}).items()}
    out: dict[str, str] = {}
    undecided: dict[str, None] = {}
    for path in new_paths:
        parts = path.split(SEPARATOR)
        top = parts[0].casefold()
        kind = existing.get(top) or given.get(top)
        if kind is None:
            vote = votes.get(top, 0)
            if not vote:
                undecided.setdefault(parts[0], None)
                continue
            kind = INCOME if vote > 0 else EXPENSE
        if top not in existing:
            out.setdefault(parts[0], kind)
        if len(parts) > 1:
            out.setdefault(path, kind)
    if undecided:
        raise UndecidedKindError(list(undecided))
    return out
