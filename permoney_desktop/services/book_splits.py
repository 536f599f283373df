"""import-book's checks on split lines: the rules the write gate holds, named by file and line.

Run on the checked rows of a book zip before anything is written: each split entry's lines sum
exactly to its amount in its currency, and every transfer line has its counterpart (a transfer
entry without a transfer id, in the line's account, with the opposite amount on the entry's
day); every such counterpart belongs to exactly one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.imports.records import ImportFileError

SPLITS_FILE = "entry_splits.csv"
TRANSFER = EntryKind.TRANSFER.value
TRANSACTION = EntryKind.TRANSACTION.value

Batch = tuple[str, list[str], list[tuple[Any, ...]]]


def _line(index: int) -> int:
    return index + 2  # the header is line 1


def _columns(header: list[str], names: Sequence[str]) -> list[int]:
    return [header.index(n) if n in header else -1 for n in names]


def _entries(batches: Sequence[Batch]) -> dict[Any, tuple[Any, ...]]:
    """(id, account, kind, date, amount, currency, merchant, category) of every entry, by id."""
    out: dict[Any, tuple[Any, ...]] = {}
    for table, header, rows in batches:
        if table == "entries":
            idx = _columns(
                header,
                ("id", "account_id", "kind", "date", "amount", "currency", "merchant_id",
                 "category_id"),
            )  # fmt: skip
            for r in rows:
                out[r[idx[0]]] = tuple(r[i] if i >= 0 else None for i in idx)
    return out


def check(batches: Sequence[Batch], counterparts: dict[Any, tuple[str, int]]) -> None:
    """Refuse split lines that do not hold (see the module doc). ``counterparts``: transfer
    entries read without a transfer id, with the file and line they came from."""
    entries = _entries(batches)
    sums: dict[Any, int] = {}
    owned: set[Any] = set()
    first_line: dict[Any, int] = {}
    for table, header, rows in batches:
        if table != "entry_splits":
            continue
        cols = ("entry_id", "amount", "currency", "transfer_account_id", "counter_entry_id")
        idx = _columns(header, cols)
        carried = _columns(header, CARRIED)
        for n, r in enumerate(rows):
            cells: list[Any] = [r[i] if i >= 0 else None for i in idx]
            e_id, amount, cur, to_acc, counter = cells
            entry = _line_entry(n, entries.get(e_id), cur)
            _check_carried(n, [r[i] if i >= 0 else None for i in carried], entry)
            sums[e_id] = sums.get(e_id, 0) + int(amount)
            first_line.setdefault(e_id, _line(n))
            if (to_acc is None) != (counter is None):
                raise ImportFileError(
                    SPLITS_FILE, _line(n), "counter_entry_id", "a transfer line needs both columns"
                )
            if counter is not None:
                _check_counter(n, amount, to_acc, counter, entry, entries, owned)
    for entry_id, total in sums.items():
        if total != int(entries[entry_id][4]):
            raise ImportFileError(
                SPLITS_FILE, first_line[entry_id], "amount", "lines do not sum to their entry"
            )
    for entry_id, (fname, line) in counterparts.items():
        if entry_id not in owned:
            raise ImportFileError(
                fname, line, "transfer_id", "only a transfer side has a transfer, and it must"
            )


# A line's copy of its entry's fields, and where the entry keeps them (``_entries``' order).
CARRIED = ("date", "merchant_id", "entry_category_id", "entry_positive")


def _check_carried(n: int, values: list[Any], entry: tuple[Any, ...]) -> None:
    own = (entry[3], entry[6], entry[7], int(int(entry[4]) > 0))
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
    counter: Any,
    entry: tuple[Any, ...],
    entries: dict[Any, tuple[Any, ...]],
    owned: set[Any],
) -> None:
    other = entries.get(counter)
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
