"""A CSV's running-balance column read as the statement's closing balance: the balance after
the last transaction, whichever way the file is sorted (the closing-balance check compares it
with the account; it is never imported as an entry).

Which way the column counts is decided from the data when it is certain: a balance that moves
by each row's amount is the account's balance in the entry sign ("signed"); one that moves by
minus each amount shows what is owed as a positive number ("owed-positive", as card issuers
print it). Otherwise the option given (``--balance-sign``) decides, and without one the
balance is marked undecided: the closing-balance check asks, never guesses, for a debt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from operator import attrgetter, itemgetter, neg, sub

from permoney_desktop.domain.imports.amounts import AmountFormatError, parse_amount
from permoney_desktop.domain.imports.records import ImportFileError, ParsedRow, StatementBalance

SIGNED = "signed"
OWED_POSITIVE = "owed-positive"
BALANCE_SIGNS = (OWED_POSITIVE, SIGNED)


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


def detect_sign(rows: Sequence[ParsedRow], balances: Sequence[Decimal | None]) -> str | None:
    """``SIGNED`` when, in the file's time order, every balance is the one before it plus the
    amounts since, ``OWED_POSITIVE`` when it is the one before minus them, None when the data
    do not say for certain (no balance moved, or neither rule holds on every row). A row
    without a balance (None) adds its amount to the next one's move."""
    if len(rows) < 2:
        return None
    first, last = rows[0].date, rows[-1].date
    amounts = list(map(attrgetter("amount"), rows))
    found: set[str] = set()
    if first <= last:
        found |= _rules_held(range(len(rows)), amounts, balances)
    if first >= last:
        found |= _rules_held(range(len(rows) - 1, -1, -1), amounts, balances)
    return found.pop() if len(found) == 1 else None


def detect_sign_plain(rows: Sequence[ParsedRow], values: Sequence[Decimal]) -> str | None:
    """``detect_sign`` for a column with a balance on every row: whole columns compared at C
    level (a large file's balances are read in milliseconds)."""
    if len(rows) < 2:
        return None
    first, last = rows[0].date, rows[-1].date
    amounts = list(map(attrgetter("amount"), rows))
    moves = list(map(sub, values[1:], values[:-1]))  # each balance minus the one before it
    found: set[str] = set()
    # A balance that moved cannot keep both rules: the second is tested only when the first
    # fails, so the usual file is compared once per order its dates allow.
    if first <= last and any(amounts[1:]):  # oldest first: a move is the later row's amount
        later = amounts[1:]
        up = moves == later
        found |= _held(up, not up and moves == list(map(neg, later)))
    if first >= last and any(amounts[:-1]):  # newest first: the moves run backwards
        later = amounts[:-1]
        down = moves == later
        found |= _held(not down and moves == list(map(neg, later)), down)
    return found.pop() if len(found) == 1 else None


def _held(signed: bool, owed: bool) -> set[str]:
    return {rule for rule, held in ((SIGNED, signed), (OWED_POSITIVE, owed)) if held}


def _rules_held(
    order: Sequence[int], amounts: Sequence[Decimal], balances: Sequence[Decimal | None]
) -> set[str]:
    """Which of the two rules every move of the balances in ``order`` (time order) keeps."""
    signed = owed = True
    moved = False
    before: Decimal | None = None
    since = Decimal(0)
    for i in order:
        balance = balances[i]
        if before is None:
            before = balance  # the first balance: the amounts before it are not in a move
            continue
        since += amounts[i]
        if balance is None:
            continue
        delta = balance - before
        signed = signed and delta == since
        owed = owed and delta == -since
        moved = moved or since != 0
        if not (signed or owed):
            break  # neither rule can hold any more: the rest of the file cannot decide
        before, since = balance, Decimal(0)
    return _held(signed, owed) if moved else set()


def _within(
    balance_of: Callable[[int], Decimal | None], idx: list[int]
) -> Callable[[int], Decimal | None]:
    """``balance_of`` for one account's rows, numbered within them."""
    return lambda k: balance_of(idx[k])


def closing_balances(
    rows: Sequence[ParsedRow],
    balance_of: Callable[[int], Decimal | None],
    sign: str | None = SIGNED,
    decide: Callable[[list[int]], str | None] | None = None,
    *,
    undecided_owed: bool = False,
) -> tuple[tuple[StatementBalance, ...], list[str]]:
    """The closing balance of each account the file holds (one when it names none), and a note
    for each account whose closing balance cannot be told. ``balance_of(i)`` reads row i's
    balance as written (None: blank); only the rows that decide are read. ``sign``: how the
    column counts (``BALANCE_SIGNS``), None to decide from the data: ``decide(rows)`` says
    how the rows at those indices count (``detect_sign``), None when they do not say.
    ``undecided_owed``: how to read a balance the data do not decide (marked undecided)."""
    groups: dict[str | None, list[int]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(r.account, []).append(i)
    out: list[StatementBalance] = []
    notes: list[str] = []
    for account, idx in groups.items():
        picked = [rows[i] for i in idx]
        where = f" for {account}" if account else ""
        chosen = sign
        if chosen is None:
            chosen = decide(idx) if decide is not None else None
            if chosen == OWED_POSITIVE:
                notes.append(
                    f"the balance column{where} shows what is owed as a positive number "
                    "(each balance moves by minus the row's amount)"
                )
        owed = chosen == OWED_POSITIVE or (chosen is None and undecided_owed)
        oriented = _oriented(balance_of, owed)
        at = _last_index(picked, _within(oriented, idx))
        if at is None:
            notes.append(
                f"the balance column gives no closing balance{where}: every row is on one day "
                "and the balances do not show their order"
            )
            continue
        value = oriented(idx[at])
        row = picked[at]
        if value is None:
            notes.append(
                f"the balance column is blank on line {row.line}: no closing balance{where}"
            )
            continue
        out.append(StatementBalance(value, row.date, account, row.currency, chosen is None))
    return tuple(out), notes


def _oriented(
    balance_of: Callable[[int], Decimal | None], owed: bool
) -> Callable[[int], Decimal | None]:
    """``balance_of`` in the entry sign (``owed``: an amount owed shown positive, negated)."""
    if not owed:
        return balance_of

    def flipped(i: int) -> Decimal | None:
        value = balance_of(i)
        return None if value is None else -value

    return flipped


def closing_from_column(
    rows: Sequence[tuple[int, list[str]]],
    parsed: Sequence[ParsedRow],
    idx: int,
    comma: bool,
    name: str,
    sign: str | None = None,
    inflows_negative: bool = False,
) -> tuple[tuple[StatementBalance, ...], list[str]]:
    """The closing balance from the running-balance column at ``idx`` (``parsed[i]`` is
    ``rows[i]`` read), and notes naming what could not be told. ``sign``: ``BALANCE_SIGNS``,
    or None to decide from the data (undecided, it is read as the amounts are: negated with
    ``inflows_negative``, and marked so). Only the balances that decide are read strictly: the
    column is never imported, so its other cells cannot refuse a file."""

    def balance_of(i: int) -> Decimal | None:
        line, cells = rows[i]
        text = cells[idx].strip() if idx < len(cells) else ""
        if not text:
            return None
        try:
            return parse_amount(text, comma)
        except AmountFormatError as exc:
            raise ImportFileError(name, line, "balance", str(exc)) from None

    def decide(group: list[int]) -> str | None:
        picked = [parsed[i] for i in group] if len(group) < len(parsed) else parsed
        texts = _balance_texts([rows[i] for i in group] if picked is not parsed else rows, idx)
        plain = _plain(texts, comma)
        if plain is not None:
            return detect_sign_plain(picked, plain)
        return detect_sign(picked, list(map(_lenient(comma), texts)))

    found, notes = closing_balances(
        parsed, balance_of, sign, decide, undecided_owed=inflows_negative
    )
    return found, [f"{name}: {n}" for n in notes]


# A character no plain amount is written with (a running balance is mostly distinct values:
# the general parser's cache does not help it, so plain columns are read in bulk).
_NOT_PLAIN = re.compile(r"[^0-9.,\n-]")


def _balance_texts(rows: Sequence[tuple[int, list[str]]], idx: int) -> list[str]:
    if min((len(c) for _l, c in rows), default=0) > idx:  # the usual file: C-level passes
        return list(map(str.strip, map(itemgetter(idx), map(itemgetter(1), rows))))
    return [c[idx].strip() if idx < len(c) else "" for _l, c in rows]


def _plain(texts: list[str], comma: bool) -> list[Decimal] | None:
    """Every text's value when each is a plain amount ("-1234.56", "-1.234,56"), read in a few
    C-level passes; None when a cell is blank or more than digits, separators and a minus (the
    cell-by-cell reader decides those)."""
    joined = "\n".join(texts)
    if _NOT_PLAIN.search(joined) or ("," in joined and not comma):
        return None
    if comma:
        joined = joined.replace(".", "").replace(",", ".")
    try:
        return list(map(Decimal, joined.split("\n")))
    except InvalidOperation:  # a blank cell, a lone minus, "1-2"…
        return None


def _lenient(comma: bool) -> Callable[[str], Decimal | None]:
    """A reader of one balance for deciding how the column counts: None for a blank cell or
    one that is not an amount (it never refuses the file: only the closing one is read
    strictly)."""

    def read(text: str) -> Decimal | None:
        if not text:
            return None
        try:
            return parse_amount(text, comma)
        except AmountFormatError:
            return None

    return read
