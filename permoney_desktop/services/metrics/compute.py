"""Computing one period's metrics from the book, over a per-book in-memory flow index.

Per book, one in-memory ``FlowIndex`` (every day's converted flows) is built from one grouped
query and then patched day by day, so a refresh after an edit rereads only the edited days.
It is trusted only while the accounts' data versions, the categories and the rates are the
ones it was built from; anything else rebuilds it. All of a computation's reads happen in one
read transaction, i.e. one consistent snapshot of the book.
"""

from __future__ import annotations

import threading
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.fx import RateTable
from permoney_desktop.domain.messages import Message
from permoney_desktop.domain.metrics import (
    AccountLevel,
    AccountSeries,
    Budget,
    CategoryInfo,
    Converter,
    FlowIndex,
    FlowSums,
    FlowTotals,
    Goal,
    Missing,
    PeriodFigures,
    PeriodMetrics,
    budget_lines,
    build_period_metrics,
    flow_totals,
    goal_progress,
    level_totals,
    net_worth_by_day,
    net_worth_series,
    period_figures,
)
from permoney_desktop.domain.periods import (
    DateRange,
    Period,
    PeriodName,
    add_months,
    custom_period,
    last_day_of_month,
    named_period,
)
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import metric_queries as q
from permoney_desktop.store.types import SqlSession

Versions = tuple[tuple[int, int], ...]


# -- per-book state ---------------------------------------------------------------------------


@dataclass
class _BookState:
    # One computation per book at a time (the worker's per-book lock builds on this).
    lock: threading.RLock = field(default_factory=threading.RLock)
    index: FlowIndex | None = None
    static: tuple[Any, ...] | None = None
    versions: Versions | None = None
    rates: RateTable | None = None


_STATES: weakref.WeakKeyDictionary[Ledger, _BookState] = weakref.WeakKeyDictionary()
_STATES_LOCK = threading.Lock()


def _state(ledger: Ledger) -> _BookState:
    with _STATES_LOCK:
        state = _STATES.get(ledger)
        if state is None:
            state = _STATES[ledger] = _BookState()
        return state


def book_lock(ledger: Ledger) -> threading.RLock:
    """The lock every metrics computation of this book holds (one at a time per process)."""
    return _state(ledger).lock


def trim_memory(ledger: Ledger, keep_months: int = 14) -> int:
    """Drop day-level detail older than ``keep_months`` from memory (reloaded when needed);
    returns how many months were dropped."""
    state = _state(ledger)
    with state.lock:
        index = state.index
        if index is None:
            return 0
        newest = max(index.loaded, default=None)
        if newest is None:
            return 0
        cutoff = add_months(newest, -keep_months)
        old = {m for m in index.loaded if m < cutoff}
        for day in [d for d in index.daily if d.replace(day=1) in old]:
            del index.daily[day]
        index.loaded -= old
        return len(old)


@dataclass(frozen=True)
class _Snapshot:
    base: str
    versions: Versions
    categories: dict[int, CategoryInfo]
    merchants: dict[int, str]
    accounts: dict[int, tuple[str, Classification, str]]
    rates: RateTable
    index: FlowIndex
    budgets: list[Budget]
    goals: list[Goal]
    first_day: date | None
    # Reads shared by the periods of one computation (levels per day, daily balance rows).
    memo: dict[Any, Any] = field(default_factory=dict)

    @property
    def converter(self) -> Converter:
        conv = self.memo.get("converter")
        if conv is None:
            conv = self.memo["converter"] = Converter(self.base, self.rates)
        return conv


Pause = Callable[[], None]
"""Called between steps of a long computation; may block (the worker lets a sync run)."""


def _no_pause() -> None:
    return None


def _load(
    ledger: Ledger,
    session: SqlSession,
    *,
    days: Iterable[date] = (),
    rebuild: bool = False,
    pause: Pause = _no_pause,
) -> _Snapshot:
    """Read everything a computation needs; patch (``days``) or rebuild the flow index."""
    state = _state(ledger)
    base = str(ledger.base_currency)
    versions = q.account_versions(session)
    categories = q.categories(session)
    rate_rows = q.rate_rows(session)
    static = (
        base,
        tuple(sorted((c.id, c.kind.value, c.parent_id) for c in categories.values())),
        rate_rows,
    )
    # Rates are compared as stored text and parsed only when they changed (a refresh after an
    # entry edit would otherwise rebuild every Rate from the whole table).
    same_rates = state.static is not None and state.static[2] == rate_rows
    if same_rates and state.rates is not None:
        rates = state.rates
    else:
        rates = RateTable.of(q.parse_rates(rate_rows))
    state.rates = rates
    day_set = set(days)
    index = state.index
    if (
        rebuild
        or index is None
        or state.static != static
        or (not day_set and state.versions != versions)
    ):
        index = FlowIndex.build(q.flow_groups(session, base, pause), base, rates)
    elif day_set:
        # Only the earliest dirty date is known per edit (an entry moved to a later date
        # changed that day too), so every flow from that date on is reread: from the day
        # itself when its month is held day by day, else from the month's first day.
        first = min(day_set)
        if first.replace(day=1) in index.loaded:
            groups = q.flow_groups_from(session, first, pause)
            pause()
            index.replace_from_day(first, groups, rates)
        else:
            month = first.replace(day=1)
            groups = q.flow_groups_from(session, month, pause)
            pause()
            index.replace_from(month, groups, rates)
    state.index, state.static, state.versions = index, static, versions
    accounts = {i: (n, c, cur) for i, n, c, cur in q.accounts(session)}
    return _Snapshot(
        base,
        versions,
        categories,
        q.merchants(session),
        accounts,
        rates,
        index,
        [],
        q.goals(session),
        q.first_day(session),
    )


def _load_months(
    index: FlowIndex, session: SqlSession, months: set[date], rates: RateTable
) -> None:
    """Give the index day-level detail of ``months`` (one range query per month)."""
    for month in sorted(months - index.loaded):
        groups = q.flow_groups_between(session, month, last_day_of_month(month))
        index.load_months({month}, groups, rates)


def _with_budgets(snap: _Snapshot, session: SqlSession, periods: Sequence[Period]) -> _Snapshot:
    """Add the budgets of ``periods`` and the day-level months their ranges need."""
    if not periods:
        return snap
    ragged: set[date] = set()
    for p in periods:
        ragged |= FlowIndex.ragged_months(p.range)
        if p.previous is not None:
            ragged |= FlowIndex.ragged_months(p.previous)
    _load_months(snap.index, session, ragged, snap.rates)
    first = min(p.start for p in periods).replace(day=1)
    last = max(p.end for p in periods).replace(day=1)
    snap.budgets.extend(q.budgets(session, first, last))
    return snap


# -- one period -------------------------------------------------------------------------------


def _level_rows(snap: _Snapshot, session: SqlSession, day: date) -> list[q.LevelRow]:
    key = ("levels", day)
    if key not in snap.memo:
        snap.memo[key] = q.levels_on(session, day)
    rows: list[q.LevelRow] = snap.memo[key]
    return rows


def _levels(snap: _Snapshot, session: SqlSession, day: date) -> dict[int, AccountLevel]:
    out = {}
    for acc, _day, level, cur, partial in _level_rows(snap, session, day):
        if acc in snap.accounts:
            out[acc] = AccountLevel(acc, cur, snap.accounts[acc][1], level, partial)
    return out


Points = list[tuple[date, int, bool]]


def _daily_points(snap: _Snapshot, session: SqlSession, span: DateRange) -> dict[int, Points]:
    """Each account's rows inside ``span`` plus its latest row before it, read once for the
    widest span asked (``_prime_daily``) and sliced for the others."""
    cached = snap.memo.get("daily")
    if cached is None or not (cached[0] <= span.start and span.end <= cached[1]):
        lo = span.start if cached is None else min(span.start, cached[0])
        hi = span.end if cached is None else max(span.end, cached[1])
        rows: dict[int, Points] = {a: [] for a in snap.accounts}
        for acc, day, level, _cur, partial in _level_rows(snap, session, lo - timedelta(days=1)):
            if acc in rows:
                rows[acc].append((day, level, partial))
        for acc, day, level, partial in q.balance_rows(session, list(snap.accounts), lo, hi):
            if acc in rows:
                rows[acc].append((day, level, partial))
        cached = snap.memo["daily"] = (lo, hi, rows)
    out = {}
    for acc, points in cached[2].items():
        first = bisect_left(points, (span.start,))
        last = bisect_right(points, (span.end, _BIG, True))
        out[acc] = points[max(first - 1, 0) : last] if points else []
    return out


_BIG = 1 << 62


def _prime_daily(snap: _Snapshot, session: SqlSession, periods: Sequence[Period]) -> None:
    spans = [p.range for p in periods if len(p.range.sample_days()) == p.range.days]
    if spans:
        _daily_points(
            snap, session, DateRange(min(s.start for s in spans), max(s.end for s in spans))
        )


def _figures(
    snap: _Snapshot, session: SqlSession, span: DateRange
) -> tuple[PeriodFigures, FlowTotals, dict[int, AccountLevel]]:
    flows = flow_totals(snap.index.sums(span), snap.categories, snap.base, snap.merchants)
    levels = _levels(snap, session, span.end)
    totals = level_totals(levels.values(), snap.base, span.end, snap.rates)
    return period_figures(span, totals, flows), flows, levels


def _account_series(
    snap: _Snapshot, session: SqlSession, span: DateRange, days: Sequence[date]
) -> list[AccountSeries]:
    """Each account's level on each series day: "the latest row on or before the day"."""
    ids = list(snap.accounts)
    if len(days) == span.days:
        stream = _daily_points(snap, session, span)
    else:
        stream = {a: [] for a in ids}
        before = span.start - timedelta(days=1)
        for acc, day, level, _cur, partial in _level_rows(snap, session, before):
            if acc in stream:
                stream[acc].append((day, level, partial))
        # Rows are dense per account, so the rows on the sample days plus each account's
        # last row up to the end are enough to carry every level forward.
        rows = q.balance_rows_on(session, ids, days)
        rows += [(a, d, lv, p) for a, d, lv, _c, p in _level_rows(snap, session, span.end)]
        for acc, day, level, partial in rows:
            if acc in stream:
                stream[acc].append((day, level, partial))
        for points in stream.values():
            points.sort()
    series = []
    for acc in ids:
        name, classification, cur = snap.accounts[acc]
        points = stream[acc]
        values: list[int | None] = []
        partial_any = False
        i = 0
        last: int | None = None
        for day in days:
            while i < len(points) and points[i][0] <= day:
                _d, last, flag = points[i]
                partial_any = partial_any or flag
                i += 1
            values.append(last)
        series.append(AccountSeries(acc, name, cur, classification, tuple(values), partial_any))
    return series


def _daily_series(
    snap: _Snapshot, session: SqlSession, span: DateRange
) -> tuple[list[AccountSeries], tuple[tuple[int, ...], Missing]]:
    """Daily account and net worth series for ``span``, computed once per computation for
    the widest daily span (the named periods ending today share most of their days)."""
    memo = snap.memo.get("daily_series")
    if memo is None or not (memo[0] <= span.start and span.end <= memo[1]):
        cover = snap.memo.get("daily")
        lo, hi = span.start, span.end
        if cover is not None and cover[0] <= lo and hi <= cover[1]:
            lo, hi = cover[0], cover[1]
        whole = DateRange(lo, hi)
        days = _every_day(whole)
        accounts = _account_series(snap, session, whole, days)
        flags = _partial_flags(snap, session, whole, days)
        values, missing = net_worth_by_day(days, accounts, snap.base, snap.rates, snap.converter)
        memo = snap.memo["daily_series"] = (lo, hi, accounts, flags, values, missing)
    lo, _hi, accounts, flags, values, missing = memo
    i0 = (span.start - lo).days
    i1 = i0 + span.days
    sliced = [
        AccountSeries(
            a.account_id,
            a.name,
            a.currency,
            a.classification,
            a.values[i0:i1],
            any(flags[a.account_id][i0:i1]),
        )
        for a in accounts
    ]
    return sliced, (tuple(values[i0:i1]), frozenset().union(*missing[i0:i1]))


def _every_day(span: DateRange) -> list[date]:
    return [span.start + timedelta(days=i) for i in range(span.days)]


def _partial_flags(
    snap: _Snapshot, session: SqlSession, span: DateRange, days: Sequence[date]
) -> dict[int, list[bool]]:
    """Per account and day: whether the row carried forward to that day was partial."""
    stream = _daily_points(snap, session, span)
    out = {}
    for acc, points in stream.items():
        flags = []
        i = 0
        flag = False
        for day in days:
            while i < len(points) and points[i][0] <= day:
                flag = points[i][2]
                i += 1
            flags.append(flag)
        out[acc] = flags
    return out


def _compute(snap: _Snapshot, session: SqlSession, period: Period) -> PeriodMetrics:
    current, flows, levels = _figures(snap, session, period.range)
    previous = None
    if period.previous is not None:
        previous = _figures(snap, session, period.previous)[0]
    days = period.range.sample_days()
    if len(days) == period.range.days:
        accounts, series = _daily_series(snap, session, period.range)
    else:
        accounts = _account_series(snap, session, period.range, days)
        series = net_worth_series(days, accounts, snap.base, snap.rates, snap.converter)
    months = set(period.range.months())
    wanted = [b for b in snap.budgets if b.month in months]
    month_sums: dict[date, FlowSums] = {
        m: snap.index.sums(DateRange(m, last_day_of_month(m))) for m in {b.month for b in wanted}
    }
    budgets = budget_lines(wanted, month_sums, snap.categories, snap.base, snap.rates)
    goals = goal_progress(snap.goals, levels, period.end, snap.rates)
    return build_period_metrics(
        period,
        snap.base,
        current=current,
        previous=previous,
        flows=flows,
        series_days=days,
        series=series,
        accounts=accounts,
        budgets=budgets,
        goals=goals,
    )


# -- periods ----------------------------------------------------------------------------------


def first_day(ledger: Ledger) -> date | None:
    with ledger.book.reading() as session:
        return q.first_day(session)


def resolve_period(
    ledger: Ledger,
    name: PeriodName | str = PeriodName.THIS_MONTH,
    *,
    today: date | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Period:
    """A named period as of ``today`` (default: the system date), or a custom range."""
    if start is not None or end is not None:
        if start is None or end is None:
            raise ValueError(Message("a custom period needs both --from and --to"))
        return custom_period(start, end)
    period_name = name if isinstance(name, PeriodName) else PeriodName.parse(name)
    today = today or date.today()
    first = first_day(ledger) if period_name is PeriodName.ALL_TIME else None
    return named_period(period_name, today, first)


def compute_period(ledger: Ledger, period: Period) -> PeriodMetrics:
    """Compute one period straight from the book (no cache)."""
    with _state(ledger).lock, ledger.book.reading() as session, session.begin():
        snap = _with_budgets(_load(ledger, session), session, [period])
        return _compute(snap, session, period)


def provisional_period(ledger: Ledger, period: Period, days: Iterable[date]) -> PeriodMetrics:
    """The period as the book is right after a write that changed flows on ``days`` only:
    the shared flow index is patched for those days (what the worker's refresh does) rather
    than rebuilt, so the GUI can show it in the write's own event-loop turn. Not cached."""
    with _state(ledger).lock, ledger.book.reading() as session, session.begin():
        snap = _with_budgets(_load(ledger, session, days=days), session, [period])
        return _compute(snap, session, period)


def book_month_sums(
    ledger: Ledger, session: SqlSession, pause: Pause = _no_pause
) -> tuple[Versions, dict[int, CategoryInfo], RateTable, dict[date, FlowSums]]:
    """The whole book's converted flows per month, from this book's flow index (budgets read
    their spending here: one exclusion and conversion rule with the metrics)."""
    with _state(ledger).lock:
        snap = _load(ledger, session, pause=pause)
        return snap.versions, snap.categories, snap.rates, dict(snap.index.monthly)
