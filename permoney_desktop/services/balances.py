"""Balance reads: per-account balances on a date, daily and month-end series, net worth.

All figures come from the materialized ``balances`` table ("the latest row on or before a
day"), in each account's currency and as the user sees them (owed for liabilities). Net worth
converts each account at the rate on or before the day into the book's base currency; a missing
rate leaves that account out of the sum and marks the figure partial, naming the pair and day.

This module never imports SQLAlchemy: the CLI reads through a plain ``sqlite3`` connection
(``reader_for_path``) so ``permoney balances`` starts fast; the app passes its ``Ledger``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from permoney_desktop.domain.accounts import AccountKind, Classification
from permoney_desktop.domain.balances import month_ends
from permoney_desktop.domain.currency import Currency, currency
from permoney_desktop.domain.fx import MissingRate, Rate, RateTable
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.money import Money
from permoney_desktop.store.balance_reader import (
    AccountRecord,
    BalanceReader,
    StoredDay,
    connect_readonly,
    connect_server,
    connect_server_light,
)

if TYPE_CHECKING:
    from permoney_desktop.services.ledger import Ledger

DEFAULT_BASE_CURRENCY = "USD"

Source = Any  # a Ledger, or a BalanceReader from ``reader_for_path``


@dataclass(frozen=True, slots=True)
class AccountBalance:
    """One account's balance on ``day`` (``as_of``: the materialized day it comes from)."""

    account_id: AccountId
    name: str
    kind: AccountKind
    currency: Currency
    day: date
    minor: int
    partial: bool
    as_of: date | None
    archived: bool = False

    @property
    def classification(self) -> Classification:
        return self.kind.classification

    @property
    def money(self) -> Money:
        return Money.from_minor(self.minor, self.currency)


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    day: date
    minor: int
    partial: bool


@dataclass(frozen=True, slots=True)
class NetWorth:
    """Assets minus amounts owed in the base currency; ``missing`` lists unconvertible pairs."""

    day: date
    amount: Money
    partial: bool
    missing: tuple[MissingRate, ...] = ()


@dataclass(frozen=True, slots=True)
class GroupTotal:
    """The sum of one account kind's balances in the base currency (owed for liabilities)."""

    kind: AccountKind
    total: Money
    partial: bool
    missing: tuple[MissingRate, ...] = ()

    @property
    def label(self) -> str:
        return self.kind.label


@dataclass(frozen=True, slots=True)
class SidebarData:
    """Everything the sidebar shows: accounts, kind totals, net worth, and what is syncing."""

    accounts: tuple[AccountBalance, ...]
    groups: tuple[GroupTotal, ...]
    net_worth: NetWorth
    pending: frozenset[AccountId]


# -- connections ---------------------------------------------------------------------------


def reader_for_path(path: Path) -> BalanceReader:
    """A reader on a plain (unencrypted) book file, read-only, without SQLAlchemy."""
    return BalanceReader(connect_readonly(path))


def reader_for_url(url: str) -> BalanceReader:
    """A reader on a shared book, read-only, without SQLAlchemy (``permoney balances``)."""
    return BalanceReader(connect_server(url))


class ServerReadError(Exception):
    """The shared book's server cannot be read: one sentence, no password, no SQL."""


# What ``light_reader_for_url`` asks of its caller when it cannot serve: psycopg's reader (a
# URL or environment only libpq honours), or the full open (a login to ask for, no book yet).
USE_PSYCOPG, USE_FULL = "psycopg", "full"


def light_reader_for_url(url: str) -> tuple[BalanceReader | None, str]:
    """A reader on a shared book without psycopg either (``store.pg_wire``), for
    ``permoney balances``, or None and which path to take instead (``USE_PSYCOPG``,
    ``USE_FULL``). Its password, when the server asks for one, comes from the URL, this
    process or the OS keyring, as ``server_login.prepare`` finds it. A server that cannot be
    reached, or whose certificate does not verify, raises ``ServerReadError``."""
    from permoney_desktop.store import pg_wire, server_auth

    try:
        conn = connect_server_light(url, lambda: _stored_password(url))
    except pg_wire.UnsupportedError:
        return None, USE_PSYCOPG
    except pg_wire.UnreachableError as exc:
        raise ServerReadError(server_auth.unreachable_message(url, exc)) from None
    except pg_wire.TlsError as exc:
        raise ServerReadError(server_auth.tls_message(url, exc)) from None
    except pg_wire.WireError:  # a login to ask for or refused, no such database…
        return None, USE_FULL
    return BalanceReader(conn), ""


def _stored_password(url: str) -> str | None:
    from permoney_desktop.platform import secrets
    from permoney_desktop.store import server_auth

    held = server_auth.password_for(url)
    if held is not None:
        return held
    found = secrets.load_server_password(server_auth.address(url).key)
    if found.outcome is secrets.Outcome.FOUND and found.value is not None:
        server_auth.remember(url, found.value)  # the full path, if taken next, uses it too
        return found.value
    return None


@contextmanager
def one_snapshot(source: Source) -> Iterator[None]:
    """Every read of ``source`` inside the block from one snapshot (a reader's; a Ledger's
    reads keep their own), so balances, net worth and what is pending agree with each other
    and a shared book's server is asked in one transaction."""
    if isinstance(source, BalanceReader):
        with source.snapshot():
            yield
        return
    yield


@contextmanager
def _reader(source: Source) -> Iterator[BalanceReader]:
    if isinstance(source, BalanceReader):
        with source.snapshot():
            yield source
        return
    ledger: Ledger = source
    with ledger.book.dbapi_reading() as conn:
        reader = BalanceReader(conn)
        with reader.snapshot():
            yield reader


# -- reads ---------------------------------------------------------------------------------


def _selected(reader: BalanceReader, account_ids: Sequence[int] | None) -> list[AccountRecord]:
    accounts = reader.accounts()
    if account_ids is None:
        return accounts
    wanted = set(account_ids)
    return [a for a in accounts if a.id in wanted]


def _balance(
    acc: AccountRecord, day: date, row: StoredDay | None, has_rows: bool
) -> AccountBalance:
    # No rows at all: an undated opening balance is the whole story. Rows only after ``day``:
    # the account did not exist yet, so it held nothing.
    if row is not None:
        minor, as_of, partial = row.end, row.day, row.partial
    else:
        minor, as_of, partial = (0 if has_rows else acc.opening_balance), None, False
    return AccountBalance(
        AccountId(acc.id),
        acc.name,
        AccountKind(acc.kind),
        currency(acc.currency),
        day,
        minor,
        partial,
        as_of,
        acc.archived,
    )


def balances_on(
    source: Source, day: date | None = None, account_ids: Sequence[int] | None = None
) -> list[AccountBalance]:
    """Each account's balance at the end of ``day`` (today by default), in list order."""
    day = day or date.today()
    with _reader(source) as reader:
        return _balances_on(reader, day, account_ids)


def _balances_on(
    reader: BalanceReader, day: date, account_ids: Sequence[int] | None
) -> list[AccountBalance]:
    latest = reader.latest_on_or_before(day)
    spans = reader.spans()
    return [
        _balance(a, day, latest.get(a.id), a.id in spans) for a in _selected(reader, account_ids)
    ]


def _series(
    reader: BalanceReader, accounts: list[AccountRecord], days: list[date], *, dense: bool
) -> dict[AccountId, list[SeriesPoint]]:
    spans = reader.spans()
    ids = [a.id for a in accounts]
    if dense and days:
        found = reader.days_between(ids, days[0], days[-1])
    else:
        found = reader.days_at(ids, days)
    last_rows = reader.latest_on_or_before(days[-1]) if days else {}
    out: dict[AccountId, list[SeriesPoint]] = {}
    for a in accounts:
        points = []
        span = spans.get(a.id)
        rows = found[a.id]
        last = last_rows.get(a.id)
        for d in days:
            row = rows.get(d)
            if row is None and span is not None and last is not None and d > span[1]:
                row = last  # after the last materialized day the level simply carries on
            if row is not None:
                points.append(SeriesPoint(d, row.end, row.partial))
            elif span is None:
                points.append(SeriesPoint(d, a.opening_balance, False))
        out[AccountId(a.id)] = points
    return out


def _range(
    reader: BalanceReader, accounts: list[AccountRecord], start: date | None, end: date | None
) -> tuple[date, date]:
    end = end or date.today()
    if start is None:
        spans = reader.spans()
        firsts = [spans[a.id][0] for a in accounts if a.id in spans]
        start = min(firsts) if firsts else end
    return start, end


def daily_series(
    source: Source,
    account_ids: Sequence[int] | None = None,
    start: date | None = None,
    end: date | None = None,
) -> dict[AccountId, list[SeriesPoint]]:
    """Every day's closing balance from ``start`` (first materialized day) to ``end`` (today).

    Days before an account's first day are left out.
    """
    with _reader(source) as reader:
        accounts = _selected(reader, account_ids)
        first, last = _range(reader, accounts, start, end)
        days = [date.fromordinal(o) for o in range(first.toordinal(), last.toordinal() + 1)]
        return _series(reader, accounts, days, dense=True)


def period_ends(start: date, end: date) -> list[date]:
    """Month ends from ``start``'s month to ``end``'s; the last one is ``end`` itself if sooner."""
    return [min(m, end) for m in month_ends(start, end) if min(m, end) >= start]


def month_end_series(
    source: Source,
    account_ids: Sequence[int] | None = None,
    start: date | None = None,
    end: date | None = None,
) -> dict[AccountId, list[SeriesPoint]]:
    """Each month's closing balance (the last month closes on ``end``, today by default)."""
    with _reader(source) as reader:
        accounts = _selected(reader, account_ids)
        first, last = _range(reader, accounts, start, end)
        return _series(reader, accounts, period_ends(first, last), dense=False)


def _base(reader: BalanceReader) -> Currency:
    return currency(reader.setting("book.base_currency") or DEFAULT_BASE_CURRENCY)


def _rates(reader: BalanceReader) -> RateTable:
    return RateTable.of(Rate(d, Currency(f), Currency(t), r) for d, f, t, r in reader.rates())


def _to_base(
    items: Sequence[AccountBalance], base: Currency, rates: RateTable, day: date, *, owed: bool
) -> tuple[Money, bool, tuple[MissingRate, ...]]:
    """Sum in ``base``: positions (net worth) or, with ``owed``, the balances as shown."""
    total = Money.zero(base)
    partial = False
    missing: dict[tuple[str, str], MissingRate] = {}
    for b in items:
        minor = b.minor
        if not owed and b.classification is Classification.LIABILITY:
            minor = -minor
        converted = rates.convert(Money.from_minor(minor, b.currency), base, day)
        if isinstance(converted, MissingRate):
            partial = True
            missing.setdefault((converted.base, converted.quote), converted)
            continue
        total = total + converted
        partial = partial or b.partial
    return total, partial, tuple(missing.values())


def net_worth(source: Source, day: date | None = None) -> NetWorth:
    """Assets minus owed on ``day`` (today by default) in the base currency."""
    day = day or date.today()
    with _reader(source) as reader:
        items = _balances_on(reader, day, None)
        return _net_worth(items, _base(reader), _rates(reader), day)


def _net_worth(
    items: Sequence[AccountBalance], base: Currency, rates: RateTable, day: date
) -> NetWorth:
    total, partial, missing = _to_base(items, base, rates, day, owed=False)
    return NetWorth(day, total, partial, missing)


def net_worth_series(source: Source, days: Sequence[date]) -> list[NetWorth]:
    """Net worth on each of ``days`` with the rate on or before each day."""
    days = sorted(days)
    with _reader(source) as reader:
        accounts = reader.accounts()
        series = _series(reader, accounts, days, dense=False)
        base, rates = _base(reader), _rates(reader)
    by_day = {a.id: {p.day: p for p in series[AccountId(a.id)]} for a in accounts}
    out = []
    for d in days:
        items = [
            AccountBalance(
                AccountId(a.id),
                a.name,
                AccountKind(a.kind),
                currency(a.currency),
                d,
                point.minor,
                point.partial,
                d,
            )
            for a in accounts
            if (point := by_day[a.id].get(d)) is not None
        ]
        out.append(_net_worth(items, base, rates, d))
    return out


def pending(source: Source) -> dict[AccountId, date | None]:
    """Accounts whose materialized days are not final yet (a sync is pending or running)."""
    with _reader(source) as reader:
        return {AccountId(a): w for a, w in reader.pending().items()}


def sidebar(source: Source, day: date | None = None) -> SidebarData:
    """Accounts with balances, per-kind totals and net worth, in one consistent read."""
    day = day or date.today()
    with _reader(source) as reader:
        items = _balances_on(reader, day, None)
        base, rates = _base(reader), _rates(reader)
        waiting = frozenset(AccountId(a) for a in reader.pending())
    groups = []
    for kind in AccountKind:
        members = [b for b in items if b.kind is kind]
        if members:
            total, partial, missing = _to_base(members, base, rates, day, owed=True)
            groups.append(GroupTotal(kind, total, partial, missing))
    return SidebarData(tuple(items), tuple(groups), _net_worth(items, base, rates, day), waiting)
