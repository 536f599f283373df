"""The statement's own closing balance compared with the account's balance on that date.

A bank file that states a closing balance (OFX LEDGERBAL, camt.053 CLBD, MT940 :62F:, a CSV
running-balance column) says what the account held at the end of that day. After an import the
book should agree; when it does not, an entry is missing, doubled or wrong, and the user is told
by how much. A difference is information, never an error: the import stands.

The book's figure is the materializer's own computation (``store.balance_inputs`` rows →
``domain.balance_events`` → ``domain.balances.daily_tuples``), read inside the import's write
transaction after its rows are in (so it is what the worker will store), or, for a plan or a
dry run, from the book as it is plus the rows the import would add ("would be"). Levels are
compared as the user sees them: amounts owed, positive, for a liability (a statement's balance
comes in the entry sign, so a card's ``-512.34`` is 512.34 owed).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol

from permoney_desktop.domain.accounts import AccountKind, Classification
from permoney_desktop.domain.balance_events import balance_events, foreign_currencies
from permoney_desktop.domain.balances import Event, convert_flow, daily_tuples
from permoney_desktop.domain.currency import Currency, exponent
from permoney_desktop.domain.entry_values import to_minor
from permoney_desktop.domain.errors import DomainError
from permoney_desktop.domain.fx import Rate, RateTable
from permoney_desktop.domain.imports.records import ParsedFile, StatementBalance
from permoney_desktop.domain.money import Money
from permoney_desktop.store import balance_inputs
from permoney_desktop.store import balance_queries as q
from permoney_desktop.store.types import SqlConnection


class NewColumns(Protocol):
    """The columns of an import's new rows that a balance needs (``types.NewRows``)."""

    account_id: list[int]
    date: list[date]
    minor: list[int]
    currency: list[str]


class ImportPlanLike(Protocol):
    """What the check reads of an ``ImportPlan`` (named here: ``types`` imports this module)."""

    @property
    def new(self) -> NewColumns: ...

    @property
    def targets(self) -> dict[str | None, tuple[int, str]]: ...


# A change the import would make that is not in the book yet (a plan or a dry run):
# (account id, day, amount in minor units of ``currency``, entry sign, currency).
Pending = tuple[int, date, int, str]


@dataclass(frozen=True, slots=True)
class ClosingCheck:
    """One stated balance against the book, both as the user sees them (owed for debts).

    ``book`` is None when the figures cannot be compared (``reason`` says why: another
    currency, more decimals than the currency has). ``partial``: the book's figure misses an
    exchange rate, so it is not a verdict either way.
    """

    account: str
    currency: str
    day: date
    statement: Decimal
    book: Decimal | None
    liability: bool = False
    partial: bool = False
    would_be: bool = False  # a plan or dry run: the book as it would be after the import
    reason: str = ""

    @property
    def difference(self) -> Decimal | None:
        """Book minus statement (None when not compared)."""
        return None if self.book is None else self.book - self.statement

    @property
    def agrees(self) -> bool:
        return self.difference == 0 and not self.partial

    @property
    def compared(self) -> bool:
        return self.book is not None and not self.partial


def check_balances(
    conn: SqlConnection,
    balances: Sequence[StatementBalance],
    targets: Mapping[str | None, tuple[int, str]],
    pending: Iterable[Pending] = (),
    *,
    would_be: bool = False,
) -> list[ClosingCheck]:
    """Each stated balance against its book account (``targets``: the file's account key →
    (book account id, name); None → the account of rows that name none).

    ``pending``: changes not in the book yet, counted as if they were; ``would_be`` marks the
    checks as a plan's. Balances of accounts the import does not reach are left out.
    """
    extra: dict[int, list[tuple[date, int, str]]] = {}
    for account_id, day, minor, cur in pending:
        extra.setdefault(account_id, []).append((day, minor, cur))
    by_account: dict[int, list[StatementBalance]] = {}
    names: dict[int, str] = {}
    for b in balances:
        target = _target(b, targets)
        if target is None:
            continue
        by_account.setdefault(target[0], []).append(b)
        names[target[0]] = target[1]
    out: list[ClosingCheck] = []
    for account_id, stated in by_account.items():
        account = q.load_account(conn, account_id)
        if account is None:
            continue
        levels = _Levels(conn, account, extra.get(account_id, []))
        # Which way the file counts a debt is asked first (``undecided_signs``).
        debt = levels.classification is Classification.LIABILITY
        known = [b for b in stated if not (debt and b.sign_undecided)]
        for b in sorted(known, key=lambda s: s.date):
            out.append(levels.check(names[account_id], b, would_be))
    return out


def _target(
    b: StatementBalance, targets: Mapping[str | None, tuple[int, str]]
) -> tuple[int, str] | None:
    """The book account (id, name) a stated balance is about, or None (not imported to)."""
    target = targets.get(b.account)
    if target is None and b.account is None and len(set(targets.values())) == 1:
        target = next(iter(targets.values()))  # the file's one account
    return target


def undecided_signs(
    conn: SqlConnection, parsed: ParsedFile, targets: Mapping[str | None, tuple[int, str]]
) -> list[str]:
    """The debts (book account names) whose stated balance the file does not say how it
    counts: a card's "512.34" may be owed or in credit, so it is asked, never guessed. An
    asset account's balance column is read as signed, as every bank prints one."""
    names: list[str] = []
    for b in parsed.closing_balances:
        target = _target(b, targets) if b.sign_undecided else None
        if target is None or target[1] in names:
            continue
        account = q.load_account(conn, target[0])
        if account is not None and (
            AccountKind(account.kind).classification is Classification.LIABILITY
        ):
            names.append(target[1])
    return names


def sign_question(file: str, names: Sequence[str]) -> str:
    """The refusal while ``undecided_signs`` names accounts (its last words name the choice)."""
    return (
        f"{file}: the balance column does not show whether it counts what is owed on "
        f"{', '.join(names)} as a positive number (no run of balances moves by the amounts "
        "either way); choose the balance column's sign"
    )


def for_plan(
    conn: SqlConnection,
    parsed: ParsedFile,
    plan: ImportPlanLike,
    also: Iterable[Pending] = (),
) -> list[ClosingCheck]:
    """A plan's checks: the book as it is plus the plan's new rows and ``also`` (the entries
    its corrections would delete, negated): "would be"."""
    if not parsed.closing_balances:
        return []
    new = plan.new
    pending = [*zip(new.account_id, new.date, new.minor, new.currency, strict=True), *also]
    return check_balances(conn, parsed.closing_balances, plan.targets, pending, would_be=True)


def after_write(
    conn: SqlConnection, parsed: ParsedFile, plan: ImportPlanLike
) -> list[ClosingCheck]:
    """An import's checks inside its own write, once its rows are in the book."""
    if not parsed.closing_balances:
        return []
    return check_balances(conn, parsed.closing_balances, plan.targets)


class _Levels:
    """One account's daily levels, computed once for all of its stated balances."""

    def __init__(
        self, conn: SqlConnection, account: q.AccountState, extra: list[tuple[date, int, str]]
    ) -> None:
        self.currency = account.currency
        self.classification = AccountKind(account.kind).classification
        cur = Currency(account.currency)
        days, specials = balance_inputs.rows_from(conn, account.id, account.currency, None)
        foreign = foreign_currencies(specials, account.currency) | {
            c for _d, _m, c in extra if c != account.currency
        }
        rates = RateTable()
        if foreign:
            rates = RateTable.of(
                Rate(d, Currency(f), Currency(t), r)
                for d, f, t, r in q.load_rates(conn, foreign | {account.currency})
            )
        inputs = balance_events(days, specials, cur, rates)
        events: list[Event] = list(inputs.events)
        summed = list(inputs.summed)
        for day, minor, row_cur in extra:
            if row_cur == account.currency:
                summed.append((day, max(minor, 0), max(-minor, 0)))
            else:
                flow, _miss = convert_flow(day, minor, Currency(row_cur), cur, rates)
                events.append(flow)
        # Flows of a day come before its valuations whatever the list order (daily_tuples
        # sums a day's flows, then sets the level of its last valuation).
        rows = daily_tuples(
            self.classification,
            events,
            opening=account.opening_balance,
            opening_date=account.opening_date,
            summed=summed,
        )
        self.days = [r[0] for r in rows]
        self.rows = rows
        self.undated_opening = account.opening_balance

    def level_on(self, day: date) -> tuple[int, bool]:
        """The level at the end of ``day`` and whether it is partial, read as the balance
        reads do (``services.balances``): no rows at all is the undated opening balance, a day
        before the first row held nothing."""
        if not self.rows:
            return self.undated_opening, False
        i = bisect_right(self.days, day)
        if not i:
            return 0, False
        row = self.rows[i - 1]
        return row[5], row[6]

    def check(self, name: str, b: StatementBalance, would_be: bool) -> ClosingCheck:
        liability = self.classification is Classification.LIABILITY
        stated = -b.amount if liability else b.amount
        base = ClosingCheck(name, self.currency, b.date, stated, None, liability, False, would_be)
        if b.currency is not None and b.currency != self.currency:
            return _with(base, f"the statement is in {b.currency}, the account in {self.currency}")
        try:
            to_minor(stated, Currency(self.currency), "the statement's balance")
        except DomainError as exc:
            return _with(base, str(exc))
        level, partial = self.level_on(b.date)
        book = Decimal(level).scaleb(-exponent(Currency(self.currency)))
        return ClosingCheck(name, self.currency, b.date, stated, book, liability, partial, would_be)


def _with(check: ClosingCheck, reason: str) -> ClosingCheck:
    return ClosingCheck(
        check.account,
        check.currency,
        check.day,
        check.statement,
        None,
        check.liability,
        False,
        check.would_be,
        reason,
    )


# -- words -----------------------------------------------------------------------------------


def _money(amount: Decimal, cur: str) -> str:
    return str(Money(amount, cur))


def sentence(c: ClosingCheck) -> str:
    """One check in words, the same in the CLI and the wizard."""
    owed = " owed" if c.liability else ""
    return (
        f"{c.account}: the statement's closing balance on {c.day.isoformat()} is "
        f"{_money(c.statement, c.currency)}{owed}; {_verdict(c)}"
    )


def _verdict(c: ClosingCheck) -> str:
    """What the book says about one stated balance (the second half of ``sentence``)."""
    owed = " owed" if c.liability else ""
    if c.book is None:
        return f"not compared: {c.reason}"
    verb = "would be" if c.would_be else "is"
    book = f"{_money(c.book, c.currency)}{owed}"
    if c.partial:
        return (
            f"the book's balance {verb} {book}, but it misses an exchange rate, so the two "
            "cannot be compared yet"
        )
    if c.agrees:
        return f"the book {'would agree' if c.would_be else 'agrees'} ({book})"
    diff = c.difference
    assert diff is not None
    side = "higher" if diff > 0 else "lower"
    return (
        f"the book's balance {verb} {book}: it differs by {_money(abs(diff), c.currency)} "
        f"(the book is {side})"
    )


def summary(checks: Sequence[ClosingCheck]) -> list[tuple[bool, str]]:
    """What to show: per account the latest stated balance in full, and earlier ones counted
    (a CSV running balance states one per row). Each line comes with whether it is a warning
    (a real difference)."""
    by_account: dict[str, list[ClosingCheck]] = {}
    for c in checks:
        by_account.setdefault(c.account, []).append(c)
    lines: list[tuple[bool, str]] = []
    for account, listed in by_account.items():
        latest = listed[-1]
        lines.append((differs(latest), sentence(latest)))
        earlier = listed[:-1]
        if not earlier:
            continue
        n = len(earlier)
        counted = f"the file's {n} earlier stated balance{'s' if n != 1 else ''}"
        wrong = [c for c in earlier if differs(c)]
        if not wrong:
            agreeing = sum(c.agrees for c in earlier)
            lines.append((False, f"{account}: {agreeing} of {counted} agree"))
            continue
        first = wrong[0]
        lines.append(
            (
                True,
                f"{account}: {len(wrong)} of {counted} differ; the first, on "
                f"{first.day.isoformat()}: {_verdict(first)}",
            )
        )
    return lines


def differs(c: ClosingCheck) -> bool:
    """A real difference (compared, and not equal): what the summary shows as a warning."""
    return c.compared and not c.agrees
