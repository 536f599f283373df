"""A parsed file's rows as columns: C-level passes over the rows, Python once per distinct value.

An import reads each field of the rows once into a list (``map`` with an ``attrgetter``), and
converts each distinct value (an amount text, a category path, a rule outcome) once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from decimal import Decimal
from itertools import repeat
from operator import attrgetter, itemgetter

from permoney_desktop.domain.imports import dedupe
from permoney_desktop.domain.imports.amounts import AmountFormatError, to_minor, to_minor_many
from permoney_desktop.domain.imports.records import ImportFileError, ParsedRow
from permoney_desktop.domain.rules import CATEGORY, TAGS, join_user_fields
from permoney_desktop.services.imports.types import (
    CATEGORY_SEPARATOR,
    BookAccount,
    NewRows,
    Skipped,
)

# One field of every row: ``list(map(AMOUNT_OF, rows))`` runs in C, no Python call per row.
AMOUNT_OF = attrgetter("amount")
ID_OF = attrgetter("id")
DATE_OF = attrgetter("date")
LINE_OF = attrgetter("line")
PAYEE_OF = attrgetter("payee")
MEMO_OF = attrgetter("memo")
CATEGORY_OF = attrgetter("category")
TAGS_OF = attrgetter("tags")
EXTERNAL_ID_OF = attrgetter("external_id")
TRANSFER_REF_OF = attrgetter("transfer_ref")
ACCOUNT_CURRENCY_OF = attrgetter("account", "currency")
ACCOUNT_OF = attrgetter("account")
CURRENCY_OF = attrgetter("currency")


def skipped_rows(
    rows: Sequence[ParsedRow], found: Sequence[tuple[int, dedupe.SkipReason]]
) -> list[Skipped]:
    """The skipped rows as ``Skipped`` built from columns (C-level passes, no call per row)."""
    picked = list(map(rows.__getitem__, map(itemgetter(0), found)))
    reasons = {r: r.value for r in set(map(itemgetter(1), found))}
    return list(
        map(
            tuple.__new__,
            repeat(Skipped),
            zip(
                map(LINE_OF, picked),
                map(reasons.__getitem__, map(itemgetter(1), found)),
                map(DATE_OF, picked),
                map(AMOUNT_OF, picked),
                map(PAYEE_OF, picked),
                strict=True,
            ),
        )
    )


def row_accounts(
    rows: Sequence[ParsedRow], targets: dict[str | None, BookAccount]
) -> tuple[list[BookAccount], list[str]]:
    """Each row's book account and currency, looked up once per distinct (account, currency)
    the file names (usually one)."""
    names, currencies = set(map(ACCOUNT_OF, rows)), set(map(CURRENCY_OF, rows))
    if len(names) == 1 and len(currencies) == 1:  # the usual file: no tuple per row
        ((name,), (currency,)) = names, currencies
        acc = targets[name]
        return [acc] * len(rows), [currency or acc.currency] * len(rows)
    keys = list(map(ACCOUNT_CURRENCY_OF, rows))
    found = {k: (targets[k[0]], k[1] or targets[k[0]].currency) for k in set(keys)}
    pairs = list(map(found.__getitem__, keys))
    return [a for a, _ in pairs], [c for _, c in pairs]


def minor_units(
    name: str, rows: Sequence[ParsedRow], amounts: list[Decimal], cur_of: list[str]
) -> list[int]:
    """Exact minor units of each row's amount, converted once per distinct (amount, currency);
    the first bad row (in file order) aborts with its line."""
    currencies = set(cur_of)
    if len(currencies) == 1:
        (cur,) = currencies
        return _minor_units_in(name, rows, amounts, cur)
    return _minor_units_mixed(name, rows, amounts, cur_of, currencies)


def _minor_units_in(
    name: str, rows: Sequence[ParsedRow], amounts: list[Decimal], cur: str
) -> list[int]:
    """``minor_units`` for a file in one currency (the usual file)."""
    # Parsers share one Decimal per distinct amount text, and a Decimal's hash is not
    # cheap: the rows' amounts are looked up by object identity (they outlive this call).
    keys = list(map(id, amounts))
    distinct = dict(zip(keys, amounts, strict=True))
    try:
        minors = to_minor_many(list(distinct.values()), cur)
    except AmountFormatError:
        for r in rows:  # the first bad row in file order, for its line
            try:
                to_minor(r.amount, cur)
            except AmountFormatError as exc:
                raise ImportFileError(name, r.line, "amount", str(exc)) from None
        raise
    minor_of = dict(zip(distinct, minors, strict=True))
    return list(map(minor_of.__getitem__, keys))


def _minor_units_mixed(
    name: str,
    rows: Sequence[ParsedRow],
    amounts: list[Decimal],
    cur_of: list[str],
    currencies: set[str],
) -> list[int]:
    """``minor_units`` for a file in several currencies: one table per currency."""
    tables: dict[str, dict[Decimal, int]] = {}
    bad: dict[tuple[Decimal, str], str] = {}
    for cur in currencies:
        table = tables[cur] = {}
        for a in {a for a, c in zip(amounts, cur_of, strict=True) if c == cur}:
            try:
                table[a] = to_minor(a, cur)
            except AmountFormatError as exc:
                bad[(a, cur)] = str(exc)
    if bad:
        for r, a, cur in zip(rows, amounts, cur_of, strict=True):
            if (a, cur) in bad:
                raise ImportFileError(name, r.line, "amount", bad[(a, cur)])
    return [tables[c][a] for a, c in zip(amounts, cur_of, strict=True)]


def clean_path(path: str) -> str:
    parts = [" ".join(p.split()) for p in path.split(CATEGORY_SEPARATOR)]
    parts = [p for p in parts if p][:2]  # the book has two category levels
    return CATEGORY_SEPARATOR.join(parts)


def file_categories(
    rows: Sequence[ParsedRow],
    keep_idx: Sequence[int],
    paths: dict[str, int],
    order: Sequence[int],
) -> tuple[list[str], list[int | None] | None, list[str]]:
    """The file's category of each new row (in insert order): its clean path, the book's id
    for it (None: created on write), and the paths to create (in file order).
    Each distinct category text is read once; no category column costs one pass."""
    raw = list(map(CATEGORY_OF, rows))
    if not any(raw):
        return [""] * len(order), None, []
    clean = {text: clean_path(text) if text else "" for text in set(raw)}
    ids = {p: paths.get(p.casefold()) if p else None for p in set(clean.values())}
    missing = dict.fromkeys(
        p for p in map(clean.__getitem__, map(raw.__getitem__, keep_idx)) if p and ids[p] is None
    )
    ordered = [clean[raw[i]] for i in order]
    return ordered, list(map(ids.__getitem__, ordered)), list(missing)


def foreign_counts(new: NewRows, accounts: list[BookAccount]) -> dict[tuple[str, str, str], int]:
    """Rows kept in another currency than their account (converted at each day's rate in
    balances), counted so the wizard and the CLI can say so; one C-level pass when none."""
    by_id = {a.id: a for a in accounts}
    book_currencies = {a.currency for a in accounts}
    if len(book_currencies) == 1 and set(new.currency) <= book_currencies:
        return {}
    counts = Counter(zip(new.account_id, new.currency, strict=True))
    return {
        (by_id[i].name, by_id[i].currency, cur): n
        for (i, cur), n in counts.items()
        if cur != by_id[i].currency
    }


# Fields the file itself sets count as set by hand (the user's old software had them).
HAND_SET = {
    (cat, tags): frozenset(f for f, on in ((CATEGORY, cat), (TAGS, tags)) if on)
    for cat in (False, True)
    for tags in (False, True)
}
HAND_SET_TEXT = {fs: join_user_fields(fs) for fs in HAND_SET.values()}


def check_transfer_refs(
    name: str, rows: Sequence[ParsedRow], acc_of: list[BookAccount], minors: list[int]
) -> None:
    groups: dict[str, list[tuple[ParsedRow, BookAccount, int]]] = defaultdict(list)
    for r, acc, minor in zip(rows, acc_of, minors, strict=True):
        if r.transfer_ref:
            groups[r.transfer_ref].append((r, acc, minor))
    for ref, sides in groups.items():
        last = sides[-1][0]
        if len(sides) != 2:
            raise ImportFileError(
                name,
                last.line,
                "transfer_id",
                f"transfer id {ref!r} appears {len(sides)} times (a transfer has two sides)",
            )
        (r1, a1, m1), (_r2, a2, m2) = sides
        if a1.id == a2.id:
            raise ImportFileError(
                name, last.line, "transfer_id", f"both sides of transfer {ref!r} are in one account"
            )
        if (m1 > 0) == (m2 > 0) or m1 == 0 or m2 == 0:
            raise ImportFileError(
                name,
                last.line,
                "transfer_id",
                f"transfer {ref!r} needs one outflow and one inflow (line {r1.line})",
            )
