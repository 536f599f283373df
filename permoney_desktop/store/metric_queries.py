"""SQL for the dashboard metrics: grouped sums and level lookups, a fixed number of queries.

Money is summed in SQL per currency as integer minor units; conversion and rounding happen in
the domain (``domain/metrics/``). Nothing here loops one query per account or per day.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from permoney_desktop.domain.accounts import AccountKind, Classification
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entries import CategoryKind, EntryKind, counts_as_income_or_expense
from permoney_desktop.domain.fx import Rate
from permoney_desktop.domain.metrics import Budget, CategoryInfo, FlowGroup, Goal
from permoney_desktop.store import split_flow_queries, split_queries
from permoney_desktop.store.schema import (
    AccountRow,
    BudgetRow,
    CategoryRow,
    EntryRow,
    GoalAccountRow,
    GoalRow,
    MerchantRow,
)

# The one exclusion rule, spelled as SQL: only kinds that count as income or expense.
FLOW_KINDS: tuple[str, ...] = tuple(k.value for k in EntryKind if counts_as_income_or_expense(k))
_KINDS_SQL = ", ".join(f"'{k}'" for k in FLOW_KINDS)

# Uncategorized flows are split by sign (in = income, out = expense) through a second sum of
# their inflows; categorized ones are not, so a refund nets against its category's spending.
# Grouping by plain columns (no expression) lets SQLite aggregate without sorting by sign.
_SUMS = (
    "SUM(amount) AS total,"
    " SUM(CASE WHEN category_id IS NULL AND amount > 0 THEN amount ELSE 0 END) AS inflow"
)
# The whole book in one scan: base-currency flows per month (they need no rate), other
# currencies per day (each converts at its own day's rate).
_BOOK_SQL = f"""
SELECT CASE WHEN currency = :base THEN substr(CAST(date AS TEXT), 1, 8) || '01'
            ELSE CAST(date AS TEXT) END AS day,
       category_id, merchant_id, currency, {_SUMS}
FROM entries
WHERE kind IN ({_KINDS_SQL})
GROUP BY day, category_id, merchant_id, currency
"""
_DAILY_SQL = f"""
SELECT date AS day, category_id, merchant_id, currency, {_SUMS}
FROM entries
WHERE kind IN ({_KINDS_SQL}) AND {{where}}
GROUP BY date, category_id, merchant_id, currency
"""


def _daily_lines(where: str) -> str:
    return split_flow_queries.daily_lines_sql(where)


# Rows read (and turned into groups) between two calls of a long read's ``pause``.
PAUSE_EVERY = 4000


def _groups(
    session: Session,
    sql: str,
    params: dict[str, object],
    pause: Callable[[], None] | None = None,
    *,
    lines: str,
) -> list[FlowGroup]:
    """The grouped flows of ``sql``; in a book with split entries, plus ``lines``, the
    split-line corrections for the same rows, pre-summed by the write gate
    (``store.split_flow_queries``): added to the entry-level group of the same key before
    anything converts it (a rate rounds a sum, not its parts), so every reader sees split
    entries by line and a split entry's own key (its category before the split) does not
    linger as a zero group. A few thousand correction rows merge in a dict: cheaper than
    regrouping the whole book's groups in SQL."""
    corrections = _corrections(session, lines, params)
    result = session.execute(_bound(sql, params), params)
    parsed: dict[str, date] = {}
    out: list[FlowGroup] = []
    for part in result.partitions(PAUSE_EVERY):
        _add_rows(_merged(part, corrections) if corrections else part, parsed, out)
        if pause is not None:
            pause()
    _add_rows([(d, c, m, cur, t, i) for (d, c, m, cur), (t, i) in corrections.items()], parsed, out)
    return out


def _bound(sql: str, params: dict[str, object]) -> Any:
    stmt = text(sql)
    return stmt.bindparams(bindparam("days", expanding=True)) if "days" in params else stmt


Key = tuple[Any, Any, Any, Any]


def _corrections(session: Session, lines: str, params: dict[str, object]) -> dict[Key, list[int]]:
    """The correction rows of ``lines`` by (day, category, merchant, currency)."""
    if not split_queries.any_lines(session.connection()):
        return {}
    # One fetch of every row (iterating the result would fetch one row per call).
    rows = session.execute(_bound(lines, params), params).all()
    # The pre-summed tables hold one row per key, so the rows make the dict at once; a key
    # seen twice (never expected) is summed the slow way.
    out = {(str(d), c, m, cur): [int(t), int(i)] for d, c, m, cur, t, i in rows}
    if len(out) != len(rows):
        out = {}
        for day, cat, merchant, cur, total, inflow in rows:
            sums = out.setdefault((str(day), cat, merchant, cur), [0, 0])
            sums[0] += int(total)
            sums[1] += int(inflow)
    return out


def _merged(rows: Sequence[Any], corrections: dict[Key, list[int]]) -> list[Any]:
    """``rows`` with the corrections of their keys added (taken out of ``corrections``);
    a group the lines emptied is dropped."""
    out = []
    for row in rows:
        day, cat, merchant, cur, total, inflow = row
        extra = corrections.pop((str(day), cat, merchant, cur), None)
        if extra is None:
            out.append(row)
            continue
        total += extra[0]
        inflow += extra[1]
        if total or inflow:
            out.append((day, cat, merchant, cur, total, inflow))
    return out


def _day(value: str | date) -> date:
    """A day read through SQLAlchemy: ISO text on SQLite, a ``date`` on PostgreSQL."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def _add_rows(rows: Sequence[Any], parsed: dict[str, date], out: list[FlowGroup]) -> None:
    for day_text, cat, merchant, cur, total, inflow in rows:
        day = parsed.get(day_text)
        if day is None:
            day = parsed[day_text] = _day(day_text)
        if cat is not None:
            out.append(FlowGroup(day, cat, merchant, False, cur, int(total)))
            continue
        if inflow:
            out.append(FlowGroup(day, None, merchant, True, cur, int(inflow)))
        if total != inflow:
            out.append(FlowGroup(day, None, merchant, False, cur, int(total - inflow)))


def flow_groups(
    session: Session, base: str, pause: Callable[[], None] | None = None
) -> list[FlowGroup]:
    """The whole book's flows grouped by (category, merchant, sign if uncategorized,
    currency): per month in ``base`` (dated the 1st), per day in other currencies.
    ``pause`` is called every ``PAUSE_EVERY`` rows."""
    lines = split_flow_queries.book_lines_sql()
    return _groups(session, _BOOK_SQL, {"base": base}, pause, lines=lines)


def flow_groups_between(session: Session, start: date, end: date) -> list[FlowGroup]:
    """The same groups per day for every currency, inside [start, end] (date index)."""
    where = "date BETWEEN :start AND :end"
    return _groups(
        session,
        _DAILY_SQL.format(where=where),
        {"start": start.isoformat(), "end": end.isoformat()},
        lines=_daily_lines(where),
    )


def flow_groups_from(
    session: Session, start: date, pause: Callable[[], None] | None = None
) -> list[FlowGroup]:
    """The same groups per day for every currency, from ``start`` on (date-ordered index)."""
    where = "date >= :start"
    return _groups(
        session,
        _DAILY_SQL.format(where=where),
        {"start": start.isoformat()},
        pause,
        lines=_daily_lines(where),
    )


def flow_groups_on(session: Session, days: Iterable[date]) -> list[FlowGroup]:
    """The same groups per day for just ``days`` (date index)."""
    wanted = sorted({d.isoformat() for d in days})
    if not wanted:
        return []
    where = "date IN :days"
    return _groups(
        session, _DAILY_SQL.format(where=where), {"days": wanted}, lines=_daily_lines(where)
    )


def first_day(session: Session) -> date | None:
    """The book's earliest date: first entry or earliest opening date."""
    first_entry = session.scalar(select(func.min(EntryRow.date)))
    first_open = session.scalar(select(func.min(AccountRow.opening_date)))
    days = [d for d in (first_entry, first_open) if d is not None]
    return min(days) if days else None


def account_versions(session: Session) -> tuple[tuple[int, int], ...]:
    """(account id, data version) of every account: moves on every write to its entries."""
    rows = session.execute(select(AccountRow.id, AccountRow.data_version).order_by(AccountRow.id))
    return tuple((int(i), int(v)) for i, v in rows)


def accounts(session: Session) -> list[tuple[int, str, Classification, str]]:
    """(id, name, classification, currency) in display order."""
    rows = session.execute(
        select(AccountRow.id, AccountRow.name, AccountRow.kind, AccountRow.currency).order_by(
            AccountRow.sort_order, AccountRow.name
        )
    )
    return [(int(i), n, AccountKind(k).classification, c) for i, n, k, c in rows]


def categories(session: Session) -> dict[int, CategoryInfo]:
    rows = session.execute(
        select(CategoryRow.id, CategoryRow.name, CategoryRow.kind, CategoryRow.parent_id)
    )
    return {int(i): CategoryInfo(int(i), n, CategoryKind(k), p) for i, n, k, p in rows}


def merchants(session: Session) -> dict[int, str]:
    return {int(i): n for i, n in session.execute(select(MerchantRow.id, MerchantRow.name))}


RateRows = tuple[tuple[str, str, str, str], ...]


def rate_rows(session: Session) -> RateRows:
    """Every rate as stored (date, from, to, exact rate text), in key order: cheap to compare
    with the last read, so unchanged rates are not parsed again on every refresh."""
    cursor = session.connection().exec_driver_sql(
        "SELECT date, from_currency, to_currency, rate FROM exchange_rates"
        " ORDER BY from_currency, to_currency, date"
    )
    return tuple(cursor.fetchall())


def parse_rates(rows: RateRows) -> list[Rate]:
    return [
        Rate(date.fromisoformat(d), Currency(b), Currency(q), Decimal(r)) for d, b, q, r in rows
    ]


def rates(session: Session) -> list[Rate]:
    return parse_rates(rate_rows(session))


def budgets(session: Session, first_month: date, last_month: date) -> list[Budget]:
    rows = session.execute(
        select(BudgetRow.category_id, BudgetRow.month, BudgetRow.amount, BudgetRow.currency).where(
            BudgetRow.month.between(first_month, last_month)
        )
    )
    return [Budget(int(c), m, int(a), cur) for c, m, a, cur in rows]


def goals(session: Session) -> list[Goal]:
    links: dict[int, list[int]] = {}
    for goal_id, account_id in session.execute(
        select(GoalAccountRow.goal_id, GoalAccountRow.account_id)
    ):
        links.setdefault(int(goal_id), []).append(int(account_id))
    rows = session.execute(
        select(
            GoalRow.id, GoalRow.name, GoalRow.target_amount, GoalRow.currency, GoalRow.target_date
        ).order_by(GoalRow.name)
    )
    return [
        Goal(int(i), n, int(t), c, d, tuple(sorted(links.get(int(i), ()))))
        for i, n, t, c, d in rows
    ]


# -- materialized balances (helper A's table; read "the latest row on or before D") ----------

_LEVELS_ON_SQL = text(
    """
SELECT a.id, b.date, b."end", b.currency, b.partial
FROM accounts a
JOIN balances b ON b.id = (
    SELECT id FROM balances
    WHERE account_id = a.id AND date <= :day
    ORDER BY date DESC LIMIT 1
)
"""
)

LevelRow = tuple[int, date, int, str, bool]


def levels_on(session: Session, day: date) -> list[LevelRow]:
    """Each account's latest materialized row on or before ``day`` (index seeks per account)."""
    rows = session.execute(_LEVELS_ON_SQL, {"day": day.isoformat()}).all()
    return [(int(a), _day(d), int(e), c, bool(p)) for a, d, e, c, p in rows]


def balance_rows(
    session: Session, account_ids: Sequence[int], start: date, end: date
) -> list[tuple[int, date, int, bool]]:
    """Every materialized row of these accounts inside [start, end], by account and date
    (straight to the driver: a year of rows per account is the bulk of a refresh's reads)."""
    if not account_ids:
        return []
    marks = ", ".join("?" for _ in account_ids)
    cursor = session.connection().exec_driver_sql(
        f'SELECT account_id, date, "end", partial FROM balances '
        f"WHERE account_id IN ({marks}) AND date BETWEEN ? AND ? ORDER BY account_id, date",
        (*account_ids, start.isoformat(), end.isoformat()),
    )
    parsed: dict[str, date] = {}
    out = []
    for acc, day_text, end_level, partial in cursor.fetchall():
        day = parsed.get(day_text)
        if day is None:
            day = parsed[day_text] = date.fromisoformat(day_text)
        out.append((acc, day, end_level, bool(partial)))
    return out


def balance_rows_on(
    session: Session, account_ids: Sequence[int], days: Sequence[date]
) -> list[tuple[int, date, int, bool]]:
    """The materialized rows of these accounts on exactly ``days`` (index seeks, for sparse
    weekly series over many years)."""
    if not account_ids or not days:
        return []
    ids = ", ".join("?" for _ in account_ids)
    marks = ", ".join("?" for _ in days)
    cursor = session.connection().exec_driver_sql(
        f'SELECT account_id, date, "end", partial FROM balances '
        f"WHERE account_id IN ({ids}) AND date IN ({marks}) ORDER BY account_id, date",
        (*account_ids, *(d.isoformat() for d in days)),
    )
    rows = cursor.fetchall()
    parsed = {d: date.fromisoformat(d) for d in {row[1] for row in rows}}
    return [(a, parsed[d], e, bool(p)) for a, d, e, p in rows]
