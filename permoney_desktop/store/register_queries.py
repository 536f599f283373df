"""SQL for the GUI's register and optimistic figures: keyset pages, day flows, completions.

Every function takes a ``Rows`` (``store.read_pool.reader(book)``: plain ``sqlite3`` on a plain
book) and returns the cursor's rows as they come; the services turn them into values. Raw SQL
on the driver keeps a 200-row page in the low milliseconds at 1M entries. Lists of ids or
account-days are sent in chunks that stay under SQLite's parameter limit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from permoney_desktop.domain.register_query import RegisterQuery, SortColumn
from permoney_desktop.store.read_pool import Rows

_IDS_PER_QUERY = 500
_DAYS_PER_QUERY = 300  # two parameters each


@dataclass
class _Where:
    sql: list[str] = field(default_factory=list)
    args: list[Any] = field(default_factory=list)

    def add(self, clause: str, *args: Any) -> None:
        self.sql.append(clause)
        self.args.extend(args)

    def text(self) -> str:
        return f"WHERE {' AND '.join(self.sql)}" if self.sql else ""


# An entry without split lines (the list of split entries is read once per statement).
_NOT_SPLIT = "e.id NOT IN (SELECT entry_id FROM entry_splits)"


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
        # A split entry is found by its lines alone, as the metrics count it (the
        # subqueries run once).
        cats = "(SELECT id FROM categories WHERE id = ? OR parent_id = ?)"
        w.add(
            f"((e.category_id IN {cats} AND {_NOT_SPLIT})"
            f" OR e.id IN (SELECT entry_id FROM entry_splits WHERE category_id IN {cats}))",
            *[int(q.category_id)] * 4,
        )
    if q.tag_id is not None:
        w.add(
            "EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = e.id AND t.tag_id = ?)",
            int(q.tag_id),
        )
    # Amount limits compare sizes: "min 500" finds a 600 payment (stored as -600) too.
    if q.amount_min is not None:
        w.add("abs(e.amount) >= ?", abs(q.amount_min))
    if q.amount_max is not None:
        w.add("abs(e.amount) <= ?", abs(q.amount_max))
    _figure_where(w, q)
    return w


def _figure_where(w: _Where, q: RegisterQuery) -> None:
    """The rows a dashboard figure counts (see ``RegisterQuery.flow``), the metrics' rules:
    a category's rows whatever their sign (a refund nets against its spending), uncategorized
    rows by sign (in = income, out = spending)."""
    if q.entry_kinds:
        w.add(f"e.kind IN ({_marks(len(q.entry_kinds))})", *q.entry_kinds)
    if q.merchant_id is not None:
        w.add("e.merchant_id = ?", int(q.merchant_id))
    sign = {"income": "e.amount > 0", "expense": "e.amount < 0"}.get(q.flow or "")
    line_sign = {"income": "amount > 0", "expense": "amount < 0"}.get(q.flow or "")
    # A split entry counts by its lines (never its own category, nor its transfer lines):
    # ``ui/models/register_filter_lines.py`` shows the part of it that those lines make.
    if q.category_ids is not None or q.uncategorized:
        ids = [int(c) for c in q.category_ids or ()]
        marks = _marks(len(ids))
        parts = (
            [
                f"(e.category_id IN ({marks}) AND {_NOT_SPLIT})"
                f" OR e.id IN (SELECT entry_id FROM entry_splits WHERE category_id IN ({marks}))"
            ]
            if ids
            else []
        )
        if q.uncategorized:
            parts.append(f"(e.category_id IS NULL AND {sign or '1'} AND {_NOT_SPLIT})")
            parts.append(
                "e.id IN (SELECT entry_id FROM entry_splits WHERE category_id IS NULL"
                f" AND transfer_account_id IS NULL AND {line_sign or '1'})"
            )
        w.add(f"({' OR '.join(parts)})", *ids, *ids)
    elif sign is not None:
        kind = "(SELECT id FROM categories WHERE kind = ?)"
        w.add(
            f"(((e.category_id IN {kind} OR (e.category_id IS NULL AND {sign})) AND {_NOT_SPLIT})"
            " OR e.id IN (SELECT entry_id FROM entry_splits WHERE transfer_account_id IS NULL"
            f" AND (category_id IN {kind} OR (category_id IS NULL AND {line_sign}))))",
            q.flow,
            q.flow,
        )


# A line's columns: id, account_id, kind, date, amount, currency, payee, notes, category_id,
# category ("Parent:Child"), transfer_id.
_COLUMNS = (
    "e.id, e.account_id, e.kind, e.date, e.amount, e.currency, e.payee, e.notes, "
    "e.category_id, COALESCE(CASE WHEN p.name IS NOT NULL THEN p.name || ':' || c.name "
    "ELSE c.name END, ''), e.transfer_id, e.version"
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


def _marks(n: int) -> str:
    return ",".join("?" for _ in range(n))


def count(r: Rows, q: RegisterQuery) -> int:
    w = _where(q)
    return int(r.rows(f"SELECT count(*) FROM entries e {w.text()}", w.args)[0][0])


def page(
    r: Rows,
    q: RegisterQuery,
    *,
    offset: int,
    limit: int,
    after: tuple[date, int] | None,
    total: int | None,
) -> list[Any]:
    """Line rows of one register page (see ``services.register_reads.fetch_page``)."""
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
    return r.rows(sql, [*w.args, limit, offset])


def lines(r: Rows, ids: Sequence[int]) -> list[Any]:
    """Line rows of the given entries (any order; missing ids have none)."""
    out: list[Any] = []
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start : start + _IDS_PER_QUERY]
        out += r.rows(f"SELECT {_COLUMNS} {_FROM} WHERE e.id IN ({_marks(len(chunk))})", chunk)
    return out


def transfer_partners(r: Rows, ids: Sequence[int]) -> list[Any]:
    """(entry id, other side's id, other side's account) of the given transfer entries."""
    out: list[Any] = []
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start : start + _IDS_PER_QUERY]
        out += r.rows(
            "SELECT e.id, o.id, o.account_id FROM entries e JOIN entries o "
            "ON o.transfer_id = e.transfer_id AND o.id != e.id "
            f"WHERE e.id IN ({_marks(len(chunk))})",
            chunk,
        )
    return out


def last_with_payee(r: Rows, account_id: int | None, payee: str) -> int | None:
    """The id of the newest transaction with exactly this payee (in the account when given,
    walking its date index newest first; else in any account), or None."""
    where = "kind = 'transaction' AND payee = ?"
    params: list[Any] = [payee]
    if account_id is not None:
        where = f"account_id = ? AND {where}"
        params.insert(0, account_id)
    rows = r.rows(
        f"SELECT id FROM entries WHERE {where} ORDER BY date DESC, id DESC LIMIT 1", params
    )
    return int(rows[0][0]) if rows else None


def tag_names(r: Rows, ids: Sequence[int]) -> list[Any]:
    """(entry id, tag name) of the given entries, by name within each entry."""
    out: list[Any] = []
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start : start + _IDS_PER_QUERY]
        out += r.rows(
            "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
            f"WHERE et.entry_id IN ({_marks(len(chunk))}) ORDER BY t.name",
            chunk,
        )
    return out


def position(r: Rows, q: RegisterQuery, key: tuple[date, int]) -> int:
    """How many rows of the register come before ``key`` (date order only)."""
    w = _where(q)
    op = ">" if q.descending else "<"
    w.add(f"(e.date, e.id) {op} (?, ?)", key[0].isoformat(), key[1])
    return int(r.rows(f"SELECT count(*) FROM entries e {w.text()}", w.args)[0][0])


def tail_count(r: Rows, q: RegisterQuery, day: date) -> int:
    """How many rows of the register are dated ``day`` or later."""
    w = _where(q)
    w.add("e.date >= ?", day.isoformat())
    return int(r.rows(f"SELECT count(*) FROM entries e {w.text()}", w.args)[0][0])


def account_states(r: Rows) -> list[Any]:
    """(id, name, kind, currency, archived, opening_balance, opening_date, data_version,
    notes) of every account, in list order."""
    return r.rows(
        "SELECT id, name, kind, currency, archived, opening_balance, opening_date, "
        "data_version, notes FROM accounts ORDER BY sort_order, name"
    )


def _day_chunks(pairs: Iterable[tuple[int, date]]) -> Iterable[tuple[str, list[Any]]]:
    wanted = sorted(set(pairs))
    for start in range(0, len(wanted), _DAYS_PER_QUERY):
        chunk = wanted[start : start + _DAYS_PER_QUERY]
        clause = " OR ".join("(account_id = ? AND date = ?)" for _ in chunk)
        yield clause, [v for a, d in chunk for v in (int(a), d.isoformat())]


def day_entries(r: Rows, pairs: Iterable[tuple[int, date]]) -> list[Any]:
    """(id, account_id, date, kind, amount, currency) of every entry on the given
    account-days, in id order within each chunk of days."""
    out: list[Any] = []
    for clause, args in _day_chunks(pairs):
        out += r.rows(
            f"SELECT id, account_id, date, kind, amount, currency FROM entries WHERE {clause} "
            "ORDER BY id",
            args,
        )
    return out


def day_counts(r: Rows, pairs: Iterable[tuple[int, date]]) -> list[Any]:
    """(account_id, date, count) of the given account-days that hold entries."""
    out: list[Any] = []
    for clause, args in _day_chunks(pairs):
        out += r.rows(
            f"SELECT account_id, date, count(*) FROM entries WHERE {clause} "
            "GROUP BY account_id, date",
            args,
        )
    return out


def confirmed_days(r: Rows, account_id: int, from_date: date | None) -> list[Any]:
    """(date, start, inflows, outflows, adjustment, end, partial) of one account's
    materialized days from ``from_date``, by date. The money columns have INTEGER affinity:
    SQLite hands back ints already."""
    args: list[Any] = [int(account_id)]
    since = ""
    if from_date is not None:
        since = " AND date >= ?"
        args.append(from_date.isoformat())
    return r.rows(
        'SELECT date, start, inflows, outflows, adjustment, "end", partial FROM balances '
        f"WHERE account_id = ?{since} ORDER BY date",
        args,
    )


def rates(r: Rows) -> list[Any]:
    """(date, from, to, rate text) of every exchange rate."""
    return r.rows("SELECT date, from_currency, to_currency, rate FROM exchange_rates")


def payees(r: Rows, limit: int) -> list[Any]:
    """(payee,) most used first (groups every entry: a background read on a large book)."""
    return r.rows(
        "SELECT payee FROM entries WHERE payee != '' GROUP BY payee ORDER BY count(*) DESC LIMIT ?",
        [limit],
    )


def category_names(r: Rows) -> list[Any]:
    """(id, "Parent:Child") of every category, by that name."""
    return r.rows(
        "SELECT c.id, CASE WHEN p.name IS NOT NULL THEN p.name || ':' || c.name "
        "ELSE c.name END AS path FROM categories c LEFT JOIN categories p "
        "ON p.id = c.parent_id ORDER BY path"
    )


def tags(r: Rows) -> list[Any]:
    """(id, name) of every tag, by name."""
    return r.rows("SELECT id, name FROM tags ORDER BY name")


def entry_count(r: Rows) -> int:
    return int(r.rows("SELECT count(*) FROM entries")[0][0])


def dirty_accounts(r: Rows) -> list[Any]:
    """(account_id, earliest window start) of accounts with a pending, running or failed
    sync."""
    return r.rows(
        "SELECT account_id, min(window_start) FROM syncs "
        "WHERE status IN ('pending', 'syncing', 'failed') AND account_id IS NOT NULL "
        "GROUP BY account_id"
    )


def entry_places(r: Rows, ids: Sequence[int]) -> list[Any]:
    """(id, account_id, date) of the given entries and of their transfer partners (an entry
    can come back once per chunk it is a partner in)."""
    out: list[Any] = []
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start : start + _IDS_PER_QUERY]
        marks = _marks(len(chunk))
        # Two indexed lookups joined by UNION, not one WHERE with OR: PostgreSQL answers
        # "id IN (…) OR transfer_id IN (subquery)" with a scan of every entry (0.35 s at 1M
        # entries, on every edit's path); SQLite answered both shapes from the indexes.
        out += r.rows(
            f"SELECT id, account_id, date FROM entries WHERE id IN ({marks}) UNION "
            "SELECT id, account_id, date FROM entries WHERE transfer_id IN "
            f"(SELECT transfer_id FROM entries WHERE id IN ({marks}) "
            "AND transfer_id IS NOT NULL)",
            [*chunk, *chunk],
        )
    return out


def transfer_entry_ids(r: Rows, transfer_id: int) -> list[Any]:
    return r.rows("SELECT id FROM entries WHERE transfer_id = ?", [transfer_id])
