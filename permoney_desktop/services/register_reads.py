"""Reads the GUI's registers and optimistic figures need: keyset pages, day flows, completions.

Everything here is a read on the book's read engine (a WAL snapshot, never blocked by the
worker). Raw SQL on the driver keeps a 200-row page in the low milliseconds at 1M entries.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from datetime import date as _Date  # noqa: N812 (a field is named date)
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.balances import DayBalance
from permoney_desktop.domain.currency import Currency, currency
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.fx import Rate, RateTable
from permoney_desktop.domain.ids import AccountId, CategoryId, EntryId, TagId

if TYPE_CHECKING:
    from permoney_desktop.services.ledger import Ledger


class SortColumn(StrEnum):
    DATE = "date"
    AMOUNT = "amount"
    PAYEE = "payee"


@dataclass(frozen=True)
class RegisterQuery:
    """Which entries a register shows, and in which order."""

    account_id: AccountId | None = None  # None: all accounts
    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    category_id: CategoryId | None = None  # includes its child categories
    tag_id: TagId | None = None
    amount_min: int | None = None  # minor units, inclusive
    amount_max: int | None = None
    sort: SortColumn = SortColumn.DATE
    descending: bool = False

    @property
    def filtered(self) -> bool:
        return bool(
            self.text
            or self.date_from
            or self.date_to
            or self.category_id is not None
            or self.tag_id is not None
            or self.amount_min is not None
            or self.amount_max is not None
        )


@dataclass(frozen=True, slots=True)
class EntryLine:
    """One register row as read from the book."""

    id: EntryId
    account_id: AccountId
    kind: EntryKind
    date: date
    amount: int  # minor units of ``currency``; a valuation's amount is the level shown
    currency: Currency
    payee: str
    notes: str
    category_id: CategoryId | None
    category: str
    transfer_id: int | None
    tags: tuple[str, ...] = ()

    @property
    def sort_key(self) -> tuple[_Date, int]:
        return (self.date, int(self.id))


@dataclass(frozen=True, slots=True)
class AccountState:
    """An account with what the optimistic figures need: opening and data version."""

    id: AccountId
    name: str
    kind: AccountKind
    currency: Currency
    archived: bool
    opening_balance: int  # shown level (owed for liabilities), minor units
    opening_date: date | None
    data_version: int
    notes: str = ""


@dataclass(frozen=True)
class Completions:
    payees: tuple[str, ...] = ()
    categories: tuple[tuple[CategoryId, str], ...] = ()  # ("Food: Groceries")
    tags: tuple[tuple[TagId, str], ...] = ()


@dataclass
class _Where:
    sql: list[str] = field(default_factory=list)
    args: list[Any] = field(default_factory=list)

    def add(self, clause: str, *args: Any) -> None:
        self.sql.append(clause)
        self.args.extend(args)

    def text(self) -> str:
        return f"WHERE {' AND '.join(self.sql)}" if self.sql else ""


def _where(q: RegisterQuery) -> _Where:
    w = _Where()
    if q.account_id is not None:
        w.add("e.account_id = ?", int(q.account_id))
    if q.date_from is not None:
        w.add("e.date >= ?", q.date_from.isoformat())
    if q.date_to is not None:
        w.add("e.date <= ?", q.date_to.isoformat())
    if q.text:
        like = "%" + q.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        w.add(
            "(e.payee LIKE ? ESCAPE '\\' OR e.notes LIKE ? ESCAPE '\\' OR e.category_id IN "
            "(SELECT id FROM categories WHERE name LIKE ? ESCAPE '\\'))",
            like,
            like,
            like,
        )
    if q.category_id is not None:
        w.add(
            "e.category_id IN (SELECT id FROM categories WHERE id = ? OR parent_id = ?)",
            int(q.category_id),
            int(q.category_id),
        )
    if q.tag_id is not None:
        w.add(
            "EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = e.id AND t.tag_id = ?)",
            int(q.tag_id),
        )
    if q.amount_min is not None:
        w.add("e.amount >= ?", q.amount_min)
    if q.amount_max is not None:
        w.add("e.amount <= ?", q.amount_max)
    return w


_COLUMNS = (
    "e.id, e.account_id, e.kind, e.date, e.amount, e.currency, e.payee, e.notes, "
    "e.category_id, COALESCE(CASE WHEN p.name IS NOT NULL THEN p.name || ': ' || c.name "
    "ELSE c.name END, ''), e.transfer_id"
)
_FROM = (
    "FROM entries e LEFT JOIN categories c ON c.id = e.category_id "
    "LEFT JOIN categories p ON p.id = c.parent_id"
)


def _order(q: RegisterQuery) -> str:
    d = " DESC" if q.descending else ""
    if q.sort is SortColumn.AMOUNT:
        return f"ORDER BY e.amount{d}, e.id{d}"
    if q.sort is SortColumn.PAYEE:
        return f"ORDER BY e.payee COLLATE NOCASE{d}, e.id{d}"
    return f"ORDER BY e.date{d}, e.id{d}"


class _Readers:
    """Plain read connections to one book, lent to one statement at a time (autocommit: each
    statement reads the latest committed snapshot). SQLAlchemy's session and result layers cost
    ~1.5 ms per query here, which an edit (eight small reads) cannot afford; encrypted books
    keep the engine's (keyed) connections.

    Connections are pooled, not kept per thread: Qt's pool threads are not Python threads, so
    each task ran under a fresh thread state (a new ``threading.local``) and opened a connection
    that nothing closed; a long session leaked hundreds of descriptors. Open connections are
    bounded by the reads running at once; at most ``_IDLE_MAX`` wait idle."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.idle: list[sqlite3.Connection] = []
        self.lock = threading.Lock()
        self.closed = False

    def take(self) -> sqlite3.Connection:
        with self.lock:
            if self.idle:
                return self.idle.pop()  # the most recently used: its page cache is warm
        conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only=ON")
        return conn

    def give(self, conn: sqlite3.Connection) -> None:
        with self.lock:
            if not self.closed and len(self.idle) < _IDLE_MAX:
                self.idle.append(conn)
                return
        conn.close()

    def close(self) -> None:
        with self.lock:
            conns, self.idle, self.closed = self.idle, [], True
        for conn in conns:
            conn.close()


_READERS: weakref.WeakKeyDictionary[Ledger, _Readers] = weakref.WeakKeyDictionary()
_READERS_LOCK = threading.Lock()
_BUSY_TIMEOUT_MS = 5000
_IDLE_MAX = 4  # the GUI thread plus a few background reads
_SLOW_MS = 100.0
_sql_log = logging.getLogger("permoney.sql")


def _readers(ledger: Ledger) -> _Readers | None:
    if getattr(ledger.book, "key", None) is not None:
        return None
    readers = _READERS.get(ledger)
    if readers is None:
        with _READERS_LOCK:
            readers = _READERS.get(ledger)
            if readers is None:
                readers = _READERS[ledger] = _Readers(Path(ledger.book.path))
    return readers


def close(ledger: Ledger) -> None:
    """Close this book's plain read connections (before the book itself is closed)."""
    readers = _READERS.pop(ledger, None)
    if readers is not None:
        readers.close()


def _run(ledger: Ledger, sql: str, args: Sequence[Any] = ()) -> list[Any]:
    readers = _readers(ledger)
    if readers is None:
        with ledger.book.reading() as session:
            return list(session.connection().exec_driver_sql(sql, tuple(args)).fetchall())
    started = time.perf_counter()
    conn = readers.take()
    try:
        rows = conn.execute(sql, tuple(args)).fetchall()
    finally:
        readers.give(conn)
    elapsed_ms = (time.perf_counter() - started) * 1000
    if elapsed_ms >= _SLOW_MS:
        _sql_log.warning("slow query %.0f ms: %s", elapsed_ms, " ".join(sql.split())[:500])
    return rows


def count_entries(ledger: Ledger, q: RegisterQuery) -> int:
    w = _where(q)
    rows = _run(ledger, f"SELECT count(*) FROM entries e {w.text()}", w.args)
    return int(rows[0][0])


def fetch_page(
    ledger: Ledger,
    q: RegisterQuery,
    *,
    offset: int = 0,
    limit: int = 200,
    after: tuple[date, int] | None = None,
    total: int | None = None,
) -> list[EntryLine]:
    """``limit`` rows in register order: after the key ``after`` (keyset), else at ``offset``.

    Keyset paging is used when scrolling on from a loaded page (O(page) whatever the depth).
    A jump walks only the index for the ids (a subquery), and one in the far half of the
    register (``total`` known) walks from the other end, so the newest rows of a 1M register
    are as quick to reach as the oldest.
    """
    w = _where(q)
    if after is not None and q.sort is SortColumn.DATE:
        op = "<" if q.descending else ">"
        w.add(f"(e.date, e.id) {op} (?, ?)", after[0].isoformat(), after[1])
        offset = 0
    reverse = (
        after is None
        and total is not None
        and offset > total // 2
        and q.sort is SortColumn.DATE
        and offset < total
    )
    order = _order(q)
    if reverse:
        flipped = replace(q, descending=not q.descending)
        inner_order = _order(flipped)
        end = min(total or 0, offset + limit)
        limit, offset = end - offset, (total or 0) - end
    else:
        inner_order = order
    inner = f"SELECT e.id FROM entries e {w.text()} {inner_order} LIMIT ? OFFSET ?"
    sql = f"SELECT {_COLUMNS} {_FROM} WHERE e.id IN ({inner}) {order}"
    rows = _run(ledger, sql, [*w.args, limit, offset])
    return _lines(ledger, rows)


def fetch_entries(ledger: Ledger, ids: Iterable[int]) -> list[EntryLine]:
    """The given entries (in id order); missing ids are skipped."""
    id_list = sorted({int(i) for i in ids})
    out: list[EntryLine] = []
    for chunk_start in range(0, len(id_list), 500):
        chunk = id_list[chunk_start : chunk_start + 500]
        marks = ",".join("?" for _ in chunk)
        rows = _run(ledger, f"SELECT {_COLUMNS} {_FROM} WHERE e.id IN ({marks})", chunk)
        out += _lines(ledger, rows)
    return sorted(out, key=lambda line: int(line.id))


def _lines(ledger: Ledger, rows: list[Any]) -> list[EntryLine]:
    if not rows:
        return []
    ids = [r[0] for r in rows]
    tags: dict[int, list[str]] = {}
    marks = ",".join("?" for _ in ids)
    for entry_id, name in _run(
        ledger,
        f"SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
        f"WHERE et.entry_id IN ({marks}) ORDER BY t.name",
        ids,
    ):
        tags.setdefault(entry_id, []).append(name)
    return [
        EntryLine(
            EntryId(r[0]),
            AccountId(r[1]),
            EntryKind(r[2]),
            date.fromisoformat(r[3]),
            int(r[4]),
            Currency(r[5]),
            r[6] or "",
            r[7] or "",
            None if r[8] is None else CategoryId(r[8]),
            r[9] or "",
            r[10],
            tuple(tags.get(r[0], ())),
        )
        for r in rows
    ]


def position_of(ledger: Ledger, q: RegisterQuery, key: tuple[date, int]) -> int:
    """How many rows of the register come before ``key`` (date order only)."""
    w = _where(q)
    op = ">" if q.descending else "<"
    w.add(f"(e.date, e.id) {op} (?, ?)", key[0].isoformat(), key[1])
    return int(_run(ledger, f"SELECT count(*) FROM entries e {w.text()}", w.args)[0][0])


def account_states(ledger: Ledger) -> list[AccountState]:
    rows = _run(
        ledger,
        "SELECT id, name, kind, currency, archived, opening_balance, opening_date, "
        "data_version, notes FROM accounts ORDER BY sort_order, name",
    )
    return [
        AccountState(
            AccountId(r[0]),
            r[1],
            AccountKind(r[2]),
            currency(r[3]),
            bool(r[4]),
            int(r[5] or 0),
            date.fromisoformat(r[6]) if r[6] else None,
            int(r[7] or 0),
            r[8] or "",
        )
        for r in rows
    ]


def day_entries(
    ledger: Ledger, pairs: Iterable[tuple[AccountId, date]]
) -> dict[tuple[AccountId, date], list[tuple[int, EntryKind, int, Currency]]]:
    """Every entry of the given account-days as (id, kind, amount, currency), in id order."""
    out: dict[tuple[AccountId, date], list[tuple[int, EntryKind, int, Currency]]] = {}
    wanted = sorted(set(pairs))
    for start in range(0, len(wanted), 300):
        chunk = wanted[start : start + 300]
        clause = " OR ".join("(account_id = ? AND date = ?)" for _ in chunk)
        args = [v for a, d in chunk for v in (int(a), d.isoformat())]
        for entry_id, acc, day, kind, amount, cur in _run(
            ledger,
            f"SELECT id, account_id, date, kind, amount, currency FROM entries WHERE {clause} "
            "ORDER BY id",
            args,
        ):
            key = (AccountId(acc), date.fromisoformat(day))
            out.setdefault(key, []).append((entry_id, EntryKind(kind), int(amount), Currency(cur)))
    return out


def confirmed_days(
    ledger: Ledger, account_id: AccountId, from_date: date | None = None
) -> list[DayBalance]:
    """The materialized days of one account from ``from_date`` (as the worker wrote them)."""
    args: list[Any] = [int(account_id)]
    since = ""
    if from_date is not None:
        since = " AND date >= ?"
        args.append(from_date.isoformat())
    parse = date.fromisoformat
    # The money columns have INTEGER affinity: SQLite hands back ints already (no int() per
    # value: a fifth of the window's start-up read at 25k days).
    return [
        DayBalance(parse(d), s, i, o, a, e, p == 1)
        for d, s, i, o, a, e, p in _run(
            ledger,
            'SELECT date, start, inflows, outflows, adjustment, "end", partial FROM balances '
            f"WHERE account_id = ?{since} ORDER BY date",
            args,
        )
    ]


def rate_table(ledger: Ledger) -> RateTable:
    return RateTable.of(
        Rate(date.fromisoformat(d), currency(f), currency(t), Decimal(r))
        for d, f, t, r in _run(
            ledger, "SELECT date, from_currency, to_currency, rate FROM exchange_rates"
        )
    )


def payees(ledger: Ledger, *, limit: int = 5000) -> tuple[str, ...]:
    """Payees, most used first (groups every entry: a background read on a large book)."""
    return tuple(
        r[0]
        for r in _run(
            ledger,
            "SELECT payee FROM entries WHERE payee != '' GROUP BY payee "
            "ORDER BY count(*) DESC LIMIT ?",
            [limit],
        )
    )


def completions(
    ledger: Ledger, *, payee_limit: int = 5000, with_payees: bool = True
) -> Completions:
    """Payees (most used first), categories as "Parent: Child", and tags, for completers.

    Without ``with_payees`` only the (small) category and tag tables are read."""
    names = payees(ledger, limit=payee_limit) if with_payees else ()
    cats = tuple(
        (CategoryId(r[0]), r[1])
        for r in _run(
            ledger,
            "SELECT c.id, CASE WHEN p.name IS NOT NULL THEN p.name || ': ' || c.name "
            "ELSE c.name END AS full FROM categories c LEFT JOIN categories p "
            "ON p.id = c.parent_id ORDER BY full",
        )
    )
    tags = tuple(
        (TagId(r[0]), r[1]) for r in _run(ledger, "SELECT id, name FROM tags ORDER BY name")
    )
    return Completions(names, cats, tags)


def entry_count(ledger: Ledger) -> int:
    return int(_run(ledger, "SELECT count(*) FROM entries")[0][0])


def undo_labels(ledger: Ledger) -> tuple[str | None, str | None]:
    """What undo and redo would do next ("Delete 3 entries"), None where there is nothing: the
    same steps ``services.undo`` takes (the newest done one, the oldest undone one)."""
    undo = _run(ledger, "SELECT label FROM undo_steps WHERE undone = 0 ORDER BY id DESC LIMIT 1")
    redo = _run(ledger, "SELECT label FROM undo_steps WHERE undone = 1 ORDER BY id LIMIT 1")
    return (str(undo[0][0]) if undo else None, str(redo[0][0]) if redo else None)


def dirty_accounts(ledger: Ledger) -> dict[AccountId, date | None]:
    """Accounts whose materialized balances are not current (a pending or running sync)."""
    out: dict[AccountId, date | None] = {}
    for acc, start in _run(
        ledger,
        "SELECT account_id, min(window_start) FROM syncs "
        "WHERE status IN ('pending', 'syncing', 'failed') AND account_id IS NOT NULL "
        "GROUP BY account_id",
    ):
        out[AccountId(acc)] = date.fromisoformat(start) if start else None
    return out


def _inputs(
    ledger: Ledger, account_id: AccountId, home: Currency, where: str, args: list[Any]
) -> list[tuple[date, EntryKind, int, Currency]]:
    # Flows in the account's currency are summed per day in SQL (the day's end only needs the
    # sum); other currencies stay one per entry, since each is converted and rounded alone.
    flows = _run(
        ledger,
        "SELECT date, sum(amount), currency FROM entries "
        f"WHERE account_id = ? AND kind != 'valuation'{where} "
        "GROUP BY date, currency, CASE WHEN currency = ? THEN 0 ELSE id END",
        [int(account_id), *args, str(home)],
    )
    vals = _run(
        ledger,
        "SELECT date, amount, currency FROM entries "
        f"WHERE account_id = ? AND kind = 'valuation'{where} ORDER BY date, id",
        [int(account_id), *args],
    )
    out = [(date.fromisoformat(d), EntryKind.TRANSACTION, int(a), Currency(c)) for d, a, c in flows]
    out += [(date.fromisoformat(d), EntryKind.VALUATION, int(a), Currency(c)) for d, a, c in vals]
    # Stable: a day's flows before its valuations, valuations in id order (the domain's rule).
    out.sort(key=lambda r: (r[0], r[1] is EntryKind.VALUATION))
    return out


def day_inputs(
    ledger: Ledger, account_id: AccountId, home: Currency, days: Iterable[date]
) -> list[tuple[date, EntryKind, int, Currency]]:
    """Balance inputs of one account on the given days: (day, kind, amount, currency)."""
    wanted = sorted({d.isoformat() for d in days})
    out: list[tuple[date, EntryKind, int, Currency]] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" for _ in chunk)
        out += _inputs(ledger, account_id, home, f" AND date IN ({marks})", list(chunk))
    out.sort(key=lambda r: (r[0], r[1] is EntryKind.VALUATION))
    return out


def inputs_from(
    ledger: Ledger, account_id: AccountId, home: Currency, from_date: date | None = None
) -> list[tuple[date, EntryKind, int, Currency]]:
    """Balance inputs of one account from ``from_date`` (all when None), in balance order."""
    if from_date is None:
        return _inputs(ledger, account_id, home, "", [])
    return _inputs(ledger, account_id, home, " AND date >= ?", [from_date.isoformat()])


def valuation_days(ledger: Ledger) -> dict[AccountId, set[date]]:
    """The days on which each account has a valuation (balance anchor)."""
    out: dict[AccountId, set[date]] = {}
    for acc, d in _run(
        ledger, "SELECT DISTINCT account_id, date FROM entries WHERE kind = 'valuation'"
    ):
        out.setdefault(AccountId(acc), set()).add(date.fromisoformat(d))
    return out


def entry_days(ledger: Ledger, ids: Iterable[int]) -> set[tuple[AccountId, date]]:
    """(account, day) of the given entries and of their transfer partners."""
    id_list = sorted({int(i) for i in ids})
    out: set[tuple[AccountId, date]] = set()
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        marks = ",".join("?" for _ in chunk)
        for acc, d in _run(
            ledger,
            f"SELECT account_id, date FROM entries WHERE id IN ({marks}) OR transfer_id IN "
            f"(SELECT transfer_id FROM entries WHERE id IN ({marks}) "
            "AND transfer_id IS NOT NULL)",
            [*chunk, *chunk],
        ):
            out.add((AccountId(acc), date.fromisoformat(d)))
    return out


def entry_day_tally(ledger: Ledger, ids: Iterable[int]) -> dict[tuple[AccountId, date], int]:
    """How many of the given entries and their transfer partners each (account, day) holds:
    a write's own entries, which the writer subtracts from a day it newly reaches to learn
    that day's count before the write."""
    id_list = sorted({int(i) for i in ids})
    where: dict[int, tuple[AccountId, date]] = {}  # by id: a partner in two chunks counts once
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        marks = ",".join("?" for _ in chunk)
        for entry_id, acc, d in _run(
            ledger,
            f"SELECT id, account_id, date FROM entries WHERE id IN ({marks}) OR transfer_id IN "
            f"(SELECT transfer_id FROM entries WHERE id IN ({marks}) "
            "AND transfer_id IS NOT NULL)",
            [*chunk, *chunk],
        ):
            where[int(entry_id)] = (AccountId(acc), date.fromisoformat(d))
    out: dict[tuple[AccountId, date], int] = {}
    for key in where.values():
        out[key] = out.get(key, 0) + 1
    return out


def transfer_entry_ids(ledger: Ledger, transfer_id: int) -> list[int]:
    return [
        r[0] for r in _run(ledger, "SELECT id FROM entries WHERE transfer_id = ?", [transfer_id])
    ]


def day_counts(
    ledger: Ledger, pairs: Iterable[tuple[AccountId, date]]
) -> dict[tuple[AccountId, date], int]:
    """How many entries each (account, day) holds (indexed lookups, for row-count deltas)."""
    wanted = sorted(set(pairs))
    out: dict[tuple[AccountId, date], int] = dict.fromkeys(wanted, 0)
    for start in range(0, len(wanted), 300):
        chunk = wanted[start : start + 300]
        clause = " OR ".join("(account_id = ? AND date = ?)" for _ in chunk)
        args = [v for a, d in chunk for v in (int(a), d.isoformat())]
        for acc, day, n in _run(
            ledger,
            f"SELECT account_id, date, count(*) FROM entries WHERE {clause} "
            "GROUP BY account_id, date",
            args,
        ):
            out[(AccountId(acc), date.fromisoformat(day))] = int(n)
    return out


def tail_count(ledger: Ledger, q: RegisterQuery, day: date) -> int:
    """How many rows of the register are dated ``day`` or later."""
    w = _where(q)
    w.add("e.date >= ?", day.isoformat())
    return int(_run(ledger, f"SELECT count(*) FROM entries e {w.text()}", w.args)[0][0])
