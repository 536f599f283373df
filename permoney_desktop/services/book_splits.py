"""import-book's checks on split lines: the rules the write gate holds, named by file and line.

Run on the checked rows of a book zip as they stream past, before the write commits: each split
entry's lines sum exactly to its amount in its currency, each line carries its entry's own
fields, and every transfer line has its counterpart (a transfer entry without a transfer id, in
the line's account, with the opposite amount on the entry's day); every such counterpart belongs
to exactly one line.

The entries come first in a book zip and are not held in memory: a chunk of lines looks up the
entries it names (``EntryLookup``, the book being written, where they already are). What is kept
is per split entry only: its amount, the sum of its lines so far and its first line.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.imports.records import ImportFileError

SPLITS_FILE = "entry_splits.csv"
TRANSFER = EntryKind.TRANSFER.value
TRANSACTION = EntryKind.TRANSACTION.value

# Entries by id → (id, account_id, kind, date, amount, currency, merchant_id, category_id), for
# the ids asked for (``store.export_queries.entry_facts``).
EntryLookup = Callable[[Collection[Any]], Mapping[Any, tuple[Any, ...]]]

_LINE_COLUMNS = ("entry_id", "amount", "currency", "transfer_account_id", "counter_entry_id")
# A line's copy of its entry's fields, and where the entry keeps them (``EntryLookup``'s order).
CARRIED = ("date", "merchant_id", "entry_category_id", "entry_positive")


def _line(index: int) -> int:
    return index + 2  # the header is line 1


def _columns(header: list[str], names: Sequence[str]) -> list[int]:
    return [header.index(n) if n in header else -1 for n in names]


class SplitChecks:
    """The split lines of one book zip, checked chunk by chunk, then as a whole (``finish``)."""

    def __init__(self, entries: EntryLookup) -> None:
        self.entries = entries
        self.sums: dict[Any, int] = {}
        self.amounts: dict[Any, int] = {}
        self.first_line: dict[Any, int] = {}
        self.owned: set[Any] = set()

    def add(self, header: list[str], rows: Sequence[tuple[Any, ...]], first_index: int) -> None:
        """One chunk of ``entry_splits.csv``; ``first_index``: its first row's index in the
        file (for line numbers)."""
        idx = _columns(header, _LINE_COLUMNS)
        carried = _columns(header, CARRIED)
        lines: list[list[Any]] = [[r[i] if i >= 0 else None for i in idx] for r in rows]
        wanted = {c[0] for c in lines} | {c[4] for c in lines if c[4] is not None}
        found = self.entries(wanted)
        for k, (e_id, amount, cur, to_acc, counter) in enumerate(lines):
            n = first_index + k
            entry = _line_entry(n, found.get(e_id), cur)
            _check_carried(n, [rows[k][i] if i >= 0 else None for i in carried], entry)
            self.amounts[e_id] = int(entry[4])
            self.sums[e_id] = self.sums.get(e_id, 0) + int(amount)
            self.first_line.setdefault(e_id, _line(n))
            if (to_acc is None) != (counter is None):
                raise ImportFileError(
                    SPLITS_FILE, _line(n), "counter_entry_id", "a transfer line needs both columns"
                )
            if counter is not None:
                _check_counter(n, amount, to_acc, found.get(counter), entry, counter, self.owned)

    def finish(self, counterparts: Mapping[Any, tuple[str, int]]) -> None:
        """After every line: each split sums to its entry, each counterpart has its line.
        ``counterparts``: transfer entries read without a transfer id, with their file and
        line."""
        for entry_id, total in self.sums.items():
            if total != self.amounts[entry_id]:
                line = self.first_line[entry_id]
                raise ImportFileError(
                    SPLITS_FILE, line, "amount", "lines do not sum to their entry"
                )
        for entry_id, (fname, line) in counterparts.items():
            if entry_id not in self.owned:
                raise ImportFileError(
                    fname, line, "transfer_id", "only a transfer side has a transfer, and it must"
                )


def _check_carried(n: int, values: list[Any], entry: tuple[Any, ...]) -> None:
    own = (entry[3], entry[6], entry[7], int(int(entry[4]) > 0))
    # The flag may come back as its text ("0"/"1") when its column type reads as text.
    if values[3] in ("0", "1"):
        values = [*values[:3], int(values[3])]
    for column, value, expected in zip(CARRIED, values, own, strict=True):
        if value != expected:
            raise ImportFileError(SPLITS_FILE, _line(n), column, "not its entry's value")


def _line_entry(n: int, entry: tuple[Any, ...] | None, cur: Any) -> tuple[Any, ...]:
    if entry is None or entry[2] != TRANSACTION:
        raise ImportFileError(SPLITS_FILE, _line(n), "entry_id", "only a transaction can be split")
    if cur != entry[5]:
        raise ImportFileError(SPLITS_FILE, _line(n), "currency", "not its entry's currency")
    return entry


def _check_counter(
    n: int,
    amount: Any,
    to_acc: Any,
    other: tuple[Any, ...] | None,
    entry: tuple[Any, ...],
    counter: Any,
    owned: set[Any],
) -> None:
    holds = (
        other is not None
        and other[2] == TRANSFER
        and other[1] == to_acc
        and to_acc != entry[1]
        and int(other[4]) == -int(amount)
        and other[3] == entry[3]
        and other[5] == entry[5]
        and counter not in owned
    )
    if not holds:
        raise ImportFileError(
            SPLITS_FILE, _line(n), "counter_entry_id", "not this line's counterpart entry"
        )
    owned.add(counter)
