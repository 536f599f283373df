"""Dashboard metrics of a book: compute any period, keep the named ones cached, refresh only
what an edit touched, and hand the GUI ready-made cards (``dashboard``).

Per book, one in-memory ``FlowIndex`` (every day's converted flows) is built from one grouped
query and then patched day by day, so a refresh after an edit rereads only the edited days.
It is trusted only while the accounts' data versions, the categories and the rates are the
ones it was built from; anything else rebuilds it. All of a computation's reads happen in one
read transaction, i.e. one consistent snapshot of the book.
"""

from __future__ import annotations

import threading
import time
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from permoney_desktop.domain.accounts import Classification
from permoney_desktop.domain.entries import CategoryKind, EntryKind
from permoney_desktop.domain.fx import MissingRate, RateTable
from permoney_desktop.domain.metrics import (
    AccountLevel,
    AccountSeries,
    Budget,
    BudgetLine,
    CategoryInfo,
    CategoryTotal,
    Change,
    Converter,
    FlowIndex,
    FlowSums,
    FlowTotals,
    Goal,
    GoalProgress,
    MerchantTotal,
    Missing,
    PeriodFigures,
    PeriodMetrics,
    budget_lines,
    build_period_metrics,
    change,
    flow_totals,
    goal_progress,
    level_totals,
    net_worth_by_day,
    net_worth_series,
    period_figures,
)
from permoney_desktop.domain.money import Money
from permoney_desktop.domain.periods import (
    NAMED_PERIODS,
    DateRange,
    Period,
    PeriodName,
    add_months,
    all_named_periods,
    custom_period,
    last_day_of_month,
    named_period,
)
from permoney_desktop.platform.metrics_cache import CachedValue, MetricsCache
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import metric_queries as q
from permoney_desktop.store.migrate import SCHEMA_HEAD
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
            raise ValueError("a custom period needs both --from and --to")
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


def _meta(versions: Versions) -> dict[str, Any]:
    return {"versions": versions}


def _current_versions(ledger: Ledger) -> Versions:
    with ledger.book.reading() as session:
        return q.account_versions(session)


def period_metrics(
    ledger: Ledger, cache: MetricsCache, period: Period, *, allow_stale: bool = True
) -> CachedValue[PeriodMetrics]:
    """The period's metrics from the cache, computed once (whoever asks) when missing.

    With ``allow_stale=False`` an entry computed for other account versions is recomputed;
    by default it is served (the worker's refresh is on its way) and flagged stale by
    ``dashboard``.
    """
    accept = None
    if not allow_stale:
        versions = _current_versions(ledger)

        def accept(entry: CachedValue[Any]) -> bool:
            return bool(entry.meta.get("versions") == versions)

    def compute() -> tuple[PeriodMetrics, Versions]:
        with _state(ledger).lock, ledger.book.reading() as session, session.begin():
            snap = _with_budgets(_load(ledger, session), session, [period])
            return _compute(snap, session, period), snap.versions

    entry = cache.get_or_compute(
        period.key, compute, background=False, accept=accept, meta=lambda r: _meta(r[1])
    )
    value, _versions = entry.value
    return CachedValue(
        value, entry.background_calculated, entry.computed_at, entry.meta, entry.from_cache
    )


@dataclass(frozen=True)
class CalculationReport:
    computed: tuple[str, ...]
    skipped: tuple[str, ...]
    duration_ms: float


def calculate_all(
    ledger: Ledger,
    cache: MetricsCache,
    *,
    today: date | None = None,
    force: bool = False,
    pause: Pause = _no_pause,
) -> CalculationReport:
    """Compute every named period (and its previous period) into the cache.

    Without ``force``, periods already cached for the book's current data are skipped;
    ``force`` also rebuilds the flow index from scratch.
    """
    started = time.perf_counter()
    today = today or date.today()
    computed, skipped = [], []
    with _state(ledger).lock, ledger.book.reading() as session, session.begin():
        snap = _load(ledger, session, rebuild=force, pause=pause)
        periods = all_named_periods(today, snap.first_day)
        todo = []
        for period in periods:
            entry = None if force else cache.get(period.key)
            if entry is not None and entry.meta.get("versions") == snap.versions:
                skipped.append(period.name.value)
            else:
                todo.append(period)
        snap = _with_budgets(snap, session, todo)
        _prime_daily(snap, session, todo)
        for period in todo:
            pause()
            result = _compute(snap, session, period)
            cache.set(
                period.key, (result, snap.versions), background=True, meta=_meta(snap.versions)
            )
            computed.append(period.name.value)
    return CalculationReport(
        tuple(computed), tuple(skipped), (time.perf_counter() - started) * 1000
    )


@dataclass(frozen=True)
class RefreshReport:
    refreshed: tuple[str, ...]
    evicted: int
    duration_ms: float


def _end_of_key(key: str) -> date | None:
    """The end date inside a cache name made by ``Period.key``."""
    try:
        return date.fromisoformat(key.split(":")[1].split("..")[1])
    except (IndexError, ValueError):
        return None


def refresh_for_dates(
    ledger: Ledger,
    cache: MetricsCache,
    dates: Iterable[date],
    *,
    today: date | None = None,
    pause: Pause = _no_pause,
) -> RefreshReport:
    """Recompute only the named periods an edit from ``dates`` on can change; drop other
    affected entries (custom periods, other days' periods). Periods ending before the
    earliest date stay. ``dates`` are earliest dirty dates: everything after them is reread.
    ``pause`` is called between steps (reading the flows, patching the index, each period)."""
    started = time.perf_counter()
    days = set(dates)
    if not days:
        return RefreshReport((), 0, 0.0)
    earliest = min(days)
    today = today or date.today()
    with _state(ledger).lock, ledger.book.reading() as session, session.begin():
        snap = _load(ledger, session, days=days, pause=pause)
        periods = [p for p in all_named_periods(today, snap.first_day) if p.affected_by(earliest)]
        snap = _with_budgets(snap, session, periods)
        _prime_daily(snap, session, periods)
        results = {}
        for p in periods:
            pause()
            results[p.key] = (_compute(snap, session, p), snap.versions)
        refreshed = [p.name.value for p in periods]
    cache.set_many(results, background=True, meta=_meta(snap.versions))
    fresh = {p.key for p in periods}
    evicted = 0
    for name in cache.names():
        end = _end_of_key(name)
        if name not in fresh and end is not None and earliest <= end and cache.delete(name):
            evicted += 1
    return RefreshReport(tuple(refreshed), evicted, (time.perf_counter() - started) * 1000)


def open_cache(ledger: Ledger) -> MetricsCache:
    """This book's metrics cache (keys carry the schema version and the book id)."""
    disk = None
    if ledger.book.key is not None:
        from permoney_desktop.platform.encrypted_disk import encrypted_disk

        disk = encrypted_disk(ledger.book.key)
    return MetricsCache(
        ledger.paths.cache_dir, schema_version=SCHEMA_HEAD, book_id=ledger.book_id, disk=disk
    )


# -- what the GUI reads -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CardFilter:
    """Which register entries a card counts, so the register can show exactly those.

    Entries dated ``start``…``end`` whose kind is in ``entry_kinds``; ``flow`` "income" means
    entries in income categories plus uncategorized inflows, "expense" entries in expense
    categories plus uncategorized outflows; ``category_ids`` (a category and its descendants)
    and ``merchant_id`` narrow further. ``flow`` None with no kinds = levels (net worth cards).
    """

    start: date
    end: date
    entry_kinds: tuple[str, ...] = ()
    flow: str | None = None
    category_ids: tuple[int, ...] | None = None
    uncategorized: bool = False
    merchant_id: int | None = None


@dataclass(frozen=True, slots=True)
class Card:
    key: str
    title: str
    value: Money | Decimal | None
    previous: Money | Decimal | None
    change: Change | None
    series: tuple[int, ...]  # minor units per ``DashboardMetrics.series_days`` (may be empty)
    partial: bool
    missing: tuple[str, ...]
    filter: CardFilter | None


@dataclass(frozen=True)
class DashboardMetrics:
    period: Period
    currency: str
    cards: dict[str, Card]
    series_days: tuple[date, ...]
    categories: tuple[CategoryTotal, ...]
    merchants: tuple[MerchantTotal, ...]
    accounts: tuple[AccountSeries, ...]
    budgets: tuple[BudgetLine, ...]
    goals: tuple[GoalProgress, ...]
    background_calculated: bool
    computed_at: datetime
    stale: bool
    cache_degraded: str | None
    missing_rates: tuple[str, ...]


CARD_KEYS = ("net_worth", "assets", "owed", "income", "expenses", "cash_flow", "savings_rate")
_FLOW_KINDS = (EntryKind.TRANSACTION.value,)


def category_filter(period: Period, total: CategoryTotal) -> CardFilter:
    """The register filter for one category row (the category and its children)."""
    ids: list[int] = []

    def walk(t: CategoryTotal) -> None:
        if t.id is not None:
            ids.append(t.id)
        for c in t.children:
            walk(c)

    walk(total)
    return CardFilter(
        period.start,
        period.end,
        _FLOW_KINDS,
        total.kind.value,
        tuple(ids) if total.id is not None else None,
        total.id is None,
    )


def merchant_filter(period: Period, merchant_id: int) -> CardFilter:
    return CardFilter(
        period.start, period.end, _FLOW_KINDS, CategoryKind.EXPENSE.value, merchant_id=merchant_id
    )


def _cards(m: PeriodMetrics) -> dict[str, Card]:
    cur, prev, base, p = m.current, m.previous, m.currency, m.period

    def money(v: int | None) -> Money | None:
        return None if v is None else Money.from_minor(v, base)

    def names(missing: Iterable[MissingRate]) -> tuple[str, ...]:
        return tuple(sorted(str(x) for x in missing))

    level_missing = cur.level_missing | m.series_missing
    levels_partial = cur.levels_partial or bool(m.series_missing)
    level_filter = CardFilter(p.start, p.end)
    spec: list[tuple[str, str, int, int | None, tuple[int, ...], bool, Any, CardFilter]] = [
        ("net_worth", "Net worth", cur.net_worth, None if prev is None else prev.net_worth,
         m.net_worth_series, levels_partial, level_missing, level_filter),
        ("assets", "Assets", cur.assets, None if prev is None else prev.assets, (), levels_partial,
         cur.level_missing, level_filter),
        ("owed", "Owed", cur.owed, None if prev is None else prev.owed, (), levels_partial,
         cur.level_missing, level_filter),
        ("income", "Income", cur.income, None if prev is None else prev.income, (),
         bool(cur.income_missing), cur.income_missing,
         CardFilter(p.start, p.end, _FLOW_KINDS, "income")),
        ("expenses", "Expenses", cur.expenses, None if prev is None else prev.expenses, (),
         bool(cur.expense_missing), cur.expense_missing,
         CardFilter(p.start, p.end, _FLOW_KINDS, "expense")),
        ("cash_flow", "Cash flow", cur.cash_flow, None if prev is None else prev.cash_flow, (),
         bool(cur.income_missing or cur.expense_missing),
         cur.income_missing | cur.expense_missing, CardFilter(p.start, p.end, _FLOW_KINDS)),
    ]  # fmt: skip
    cards = {}
    for key, title, value, before, series, partial, missing, flt in spec:
        cards[key] = Card(
            key,
            title,
            money(value),
            money(before) if prev is not None else None,
            change(value, before if prev is not None else None),
            series,
            partial,
            names(missing),
            flt,
        )
    rate_prev = prev.savings_rate if prev is not None else None
    rate_change = None
    if cur.savings_rate is not None and rate_prev is not None:
        rate_change = Change(0, cur.savings_rate - rate_prev)  # percentage points as a fraction
    cards["savings_rate"] = Card(
        "savings_rate",
        "Savings rate",
        cur.savings_rate,
        rate_prev,
        rate_change,
        (),
        bool(cur.income_missing or cur.expense_missing),
        names(cur.income_missing | cur.expense_missing),
        CardFilter(p.start, p.end, _FLOW_KINDS),
    )
    return cards


def to_dashboard(
    entry: CachedValue[PeriodMetrics], *, stale: bool = False, degraded: str | None = None
) -> DashboardMetrics:
    m = entry.value
    return DashboardMetrics(
        m.period,
        m.currency,
        _cards(m),
        m.series_days,
        m.categories,
        m.merchants,
        m.accounts,
        m.budgets,
        m.goals,
        entry.background_calculated,
        datetime.fromtimestamp(entry.computed_at),
        stale,
        degraded,
        tuple(str(x) for x in m.missing_rates),
    )


def provisional_dashboard(
    ledger: Ledger, cache: MetricsCache, period: Period, days: Iterable[date]
) -> DashboardMetrics:
    """``dashboard`` for the book right after a write on ``days`` (see ``provisional_period``)."""
    value = provisional_period(ledger, period, days)
    entry = CachedValue(value, False, time.time(), {}, from_cache=False)
    return to_dashboard(entry, degraded=cache.degraded)


def dashboard(
    ledger: Ledger,
    cache: MetricsCache,
    period: Period | PeriodName | str = PeriodName.THIS_MONTH,
    *,
    today: date | None = None,
    allow_stale: bool = True,
) -> DashboardMetrics:
    """Every dashboard card for one period, from the cache (computed once when missing).

    ``stale`` is True when the book changed since the figures were computed (the worker's
    refresh replaces them shortly); ``cache_degraded`` says why the cache is not working.
    """
    resolved = period if isinstance(period, Period) else resolve_period(ledger, period, today=today)
    entry = period_metrics(ledger, cache, resolved, allow_stale=allow_stale)
    stale = False
    if entry.from_cache:
        stale = entry.meta.get("versions") != _current_versions(ledger)
    return to_dashboard(entry, stale=stale, degraded=cache.degraded)


# -- plain data for the CLI and scripts -------------------------------------------------------


def _amount(v: int, currency: str) -> str:
    return str(Money.from_minor(v, currency).amount)


def _figures_dict(f: PeriodFigures, currency: str) -> dict[str, Any]:
    return {
        "start": f.range.start.isoformat(),
        "end": f.range.end.isoformat(),
        "net_worth": _amount(f.net_worth, currency),
        "assets": _amount(f.assets, currency),
        "owed": _amount(f.owed, currency),
        "income": _amount(f.income, currency),
        "expenses": _amount(f.expenses, currency),
        "cash_flow": _amount(f.cash_flow, currency),
        "savings_rate": None if f.savings_rate is None else str(f.savings_rate),
        "partial": {
            "net_worth": f.levels_partial,
            "income": bool(f.income_missing),
            "expenses": bool(f.expense_missing),
            "missing_rates": sorted(str(x) for x in f.missing),
        },
    }


def _category_dict(t: CategoryTotal, currency: str) -> dict[str, Any]:
    return {
        "id": t.id,
        "name": t.name,
        "kind": t.kind.value,
        "total": _amount(t.total, currency),
        "own": _amount(t.own, currency),
        "partial": t.partial,
        "children": [_category_dict(c, currency) for c in t.children],
    }


def metrics_dict(m: PeriodMetrics) -> dict[str, Any]:
    """The JSON shape of ``permoney metrics``: amounts as decimal strings, never floats."""
    out: dict[str, Any] = {"period": m.period.name.value, "currency": m.currency}
    out.update(_figures_dict(m.current, m.currency))
    out["categories"] = [_category_dict(t, m.currency) for t in m.categories]
    out["top_merchants"] = [
        {"id": t.id, "name": t.name, "spent": _amount(t.spent, m.currency)} for t in m.merchants
    ]
    out["budgets"] = [
        {
            "category": b.name,
            "month": b.month.isoformat(),
            "budget": _amount(b.budget, m.currency),
            "actual": _amount(b.actual, m.currency),
            "partial": b.partial,
        }
        for b in m.budgets
    ]
    out["goals"] = [
        {
            "name": g.name,
            "currency": g.currency,
            "target": _amount(g.target, g.currency),
            "current": _amount(g.current, g.currency),
            "progress": None if g.progress is None else str(g.progress),
            "target_date": None if g.target_date is None else g.target_date.isoformat(),
            "partial": g.partial,
        }
        for g in m.goals
    ]
    out["previous"] = None if m.previous is None else _figures_dict(m.previous, m.currency)
    out["missing_rates"] = [str(x) for x in m.missing_rates]
    return out


__all__ = [
    "CARD_KEYS",
    "NAMED_PERIODS",
    "CalculationReport",
    "Card",
    "CardFilter",
    "DashboardMetrics",
    "RefreshReport",
    "book_lock",
    "calculate_all",
    "compute_period",
    "dashboard",
    "metrics_dict",
    "open_cache",
    "period_metrics",
    "refresh_for_dates",
    "resolve_period",
]
