"""A CSV's running-balance column read as the statement's closing balance: the balance after
the last transaction, whichever way the file is sorted (the closing-balance check compares it
with the account; it is never imported as an entry)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import pairwise

from permoney_desktop.domain.imports.amounts import AmountFormatError, parse_amount
from permoney_desktop.domain.imports.records import ImportFileError, ParsedRow, StatementBalance


def _consistent(amounts: Sequence[Decimal], balances: Sequence[Decimal | None]) -> bool:
    """Each balance is the one before it plus the row's amount (rows in time order)."""
    pairs = list(zip(amounts, balances, strict=True))
    return all(
        prev is not None and cur is not None and cur == prev + amount
        for (_a, prev), (amount, cur) in pairwise(pairs)
    )


def _last_index(
    rows: Sequence[ParsedRow], balance_of: Callable[[int], Decimal | None]
) -> int | None:
    """The index (into ``rows``) of the row whose balance closes the statement, or None when
    the file does not say (all rows on one day and the balances fit neither order)."""
    first, last = rows[0].date, rows[-1].date
    if first < last:
        return len(rows) - 1
    if first > last or len(rows) == 1:
        return 0
    amounts = [r.amount for r in rows]
    balances = [balance_of(i) for i in range(len(rows))]
    up = _consistent(amounts, balances)
    down = _consistent(amounts[::-1], balances[::-1])
    if up != down:
        return len(rows) - 1 if up else 0
    return None


def _within(
    balance_of: Callable[[int], Decimal | None], idx: list[int]
) -> Callable[[int], Decimal | None]:
    """``balance_of`` for one account's rows, numbered within them."""
    return lambda k: balance_of(idx[k])


def closing_balances(
    rows: Sequence[ParsedRow], balance_of: Callable[[int], Decimal | None]
) -> tuple[tuple[StatementBalance, ...], list[str]]:
    """The closing balance of each account the file holds (one when it names none), and a note
    for each account whose closing balance cannot be told. ``balance_of(i)`` reads row i's
    balance (None: blank); only the rows that decide are read."""
    groups: dict[str | None, list[int]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(r.account, []).append(i)
    out: list[StatementBalance] = []
    notes: list[str] = []
    for account, idx in groups.items():
        picked = [rows[i] for i in idx]
        at = _last_index(picked, _within(balance_of, idx))
        where = f" for {account}" if account else ""
        if at is None:
            notes.append(
                f"the balance column gives no closing balance{where}: every row is on one day "
                "and the balances do not show their order"
            )
            continue
        value = balance_of(idx[at])
        row = picked[at]
        if value is None:
            notes.append(
                f"the balance column is blank on line {row.line}: no closing balance{where}"
            )
            continue
        out.append(StatementBalance(value, row.date, account, row.currency))
    return tuple(out), notes


def closing_from_column(
    rows: Sequence[tuple[int, list[str]]],
    parsed: Sequence[ParsedRow],
    idx: int,
    comma: bool,
    inflows_negative: bool,
    name: str,
) -> tuple[tuple[StatementBalance, ...], list[str]]:
    """The closing balance from the running-balance column at ``idx`` (``parsed[i]`` is
    ``rows[i]`` read), and notes naming what could not be told. Only the balances that decide
    are read: the column is never imported, so its other cells cannot refuse a file."""

    def balance_of(i: int) -> Decimal | None:
        line, cells = rows[i]
        text = cells[idx].strip() if idx < len(cells) else ""
        if not text:
            return None
        try:
            value = parse_amount(text, comma)
        except AmountFormatError as exc:
            raise ImportFileError(name, line, "balance", str(exc)) from None
        return -value if inflows_negative else value

    found, notes = closing_balances(parsed, balance_of)
    return found, [f"{name}: {n}" for n in notes]
