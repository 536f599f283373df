"""Provisional figures: balances recomputed right after a write, then confirmed by the worker.

Plain Python (no Qt): ``ui.optimistic.BalanceBook`` adapts it to signals.

``ProvisionalBook`` holds every account's daily rows (``domain.balances.DayBalance``). At start
they are the worker's materialized rows. After a write, the touched days' entry rows are read
back through ``store.balance_inputs`` and turned into events by
``domain.balance_events.balance_events`` (the materializer's own input path), the untouched
days' inputs are recovered from the rows already held (a day's inflows and outflows and, on a
valuation day, its level), and ``daily_balances`` runs from the earliest touched day, seeded
from the day before: the same function on the same inputs as the materializer, so the
provisional figure equals the final one by construction. The book never writes balances.

When the worker reports ``sync_completed`` for the version a figure was computed for, the rows
are compared with the materialized ones: equal means only the state flips to confirmed (no
value change at all), different means the worker's rows replace ours, and the mismatch is
counted in ``ReconcileCounts`` and logged as an error.

Whoever shows the figures learns of changes through the callbacks given to the constructor:
``on_figures`` (values may have changed), ``on_states`` (only provisional/confirmed flipped),
``on_corrected`` (the worker's rows replaced different provisional ones) and ``on_counts``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, timedelta

from permoney_desktop.domain.accounts import Classification, display_from_position
from permoney_desktop.domain.balance_events import BalanceEvents, balance_events
from permoney_desktop.domain.balances import (
    DayBalance,
    Event,
    Flow,
    Seed,
    Valuation,
    balance_on,
    daily_balances,
)
from permoney_desktop.domain.changes import ChangeKind, Changes
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.fx import MissingRate, RateTable
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.domain.money import Money
from permoney_desktop.services import register_reads as reads
from permoney_desktop.services.figures import Figure, ReconcileCounts
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.stored_levels import Levels, levels_text
from permoney_desktop.store import balance_inputs

log = logging.getLogger(__name__)

Accounts = frozenset[AccountId]


@dataclass
class _Series:
    state: reads.AccountState
    rows: list[DayBalance] = field(default_factory=list)
    valuation_days: set[date] = field(default_factory=set)
    expected_version: int = 0  # the data version the rows are computed for
    confirmed_version: int = 0
    dirty_since: date | None = None  # earliest day recomputed since the last confirmation
    missing: dict[date, MissingRate] = field(default_factory=dict)

    @property
    def provisional(self) -> bool:
        return self.expected_version > self.confirmed_version

    @property
    def classification(self) -> Classification:
        return self.state.kind.classification


def _index_from(rows: list[DayBalance], day: date) -> int:
    lo, hi = 0, len(rows)
    while lo < hi:
        mid = (lo + hi) // 2
        if rows[mid].day < day:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _partial_on(rows: list[DayBalance], days: Iterable[date]) -> bool:
    """Whether any of ``days`` has a held row that is partial."""
    for day in days:
        i = _index_from(rows, day)
        if i < len(rows) and rows[i].day == day and rows[i].partial:
            return True
    return False


def _nothing(_ids: Accounts) -> None:
    pass


def _nothing_counted() -> None:
    pass


def _connection(ledger: Ledger) -> AbstractContextManager[balance_inputs.Conn]:
    """A read snapshot for the balance-input queries, from the book's read pool."""
    return balance_inputs.snapshot(ledger.book)


class ProvisionalBook:
    """Every account's daily rows and figure states; what the sidebar and registers show."""

    def __init__(
        self,
        ledger: Ledger,
        counts: ReconcileCounts | None = None,
        *,
        defer_valuations: bool = False,
        on_figures: Callable[[Accounts], None] = _nothing,
        on_states: Callable[[Accounts], None] = _nothing,
        on_corrected: Callable[[Accounts], None] = _nothing,
        on_counts: Callable[[], None] = _nothing_counted,
    ) -> None:
        """``defer_valuations``: do not read the valuation days now (a scan of every entry:
        ~0.3 s at 1M); the caller hands them in from a background read
        (``adopt_valuation_days``), and the first write reads them itself if they are late."""
        self.ledger = ledger
        self.counts = counts or ReconcileCounts()
        self.on_figures = on_figures
        self.on_states = on_states
        self.on_corrected = on_corrected
        self.on_counts = on_counts
        self.base_currency: Currency = ledger.base_currency
        self.rates = RateTable()
        self._series: dict[AccountId, _Series] = {}
        self._valuations_known = False
        self.today = date.today()
        self.reload(valuations=not defer_valuations)

    # -- loading ---------------------------------------------------------------------------

    def reload(self, *, valuations: bool = True) -> None:
        """Read everything afresh: account states, rates, materialized rows (and the
        valuation days, unless deferred: see ``__init__``)."""
        self.base_currency = self.ledger.base_currency
        self.rates = reads.rate_table(self.ledger)
        dirty = reads.dirty_accounts(self.ledger)
        vals = reads.valuation_days(self.ledger) if valuations else {}
        self._valuations_known = valuations
        self._series = {}
        for st in reads.account_states(self.ledger):
            s = _Series(st, valuation_days=vals.get(st.id, set()))
            s.confirmed_version = s.expected_version = st.data_version
            if st.id in dirty:
                # Not materialized for this version yet: compute from the entries, provisional.
                s.confirmed_version = -1
                self._full(s)
            else:
                s.rows = reads.confirmed_days(self.ledger, st.id)
            self._series[st.id] = s

    def adopt_valuation_days(
        self, vals: Mapping[AccountId, set[date]], applied_then: int | None = None
    ) -> None:
        """The valuation days read in the background; ignored when a write was applied since
        the read began (``applied_then``: ``counts.applied`` at that time), or when known."""
        if self._valuations_known:
            return
        if applied_then is not None and applied_then != self.counts.applied:
            return
        for acc, s in self._series.items():
            s.valuation_days |= vals.get(acc, set())
        self._valuations_known = True

    def _inputs(self, s: _Series, since: date | None = None) -> BalanceEvents:
        """The account's balance events from ``since`` (all history when None)."""
        with _connection(self.ledger) as conn:
            days, specials = balance_inputs.rows_from(conn, s.state.id, s.state.currency, since)
        return balance_events(days, specials, s.state.currency, self.rates)

    def _full(self, s: _Series) -> None:
        inputs = self._inputs(s)
        s.valuation_days = {e.day for e in inputs.events if isinstance(e, Valuation)}
        s.missing = {m.day: m for m in inputs.missing}
        s.rows = daily_balances(
            s.classification,
            inputs.events,
            opening=s.state.opening_balance,
            opening_date=s.state.opening_date,
            summed=inputs.summed,
        )
        s.dirty_since = None

    # -- applying a write ------------------------------------------------------------------

    def apply(
        self, changes: Changes, touched: Mapping[AccountId, Iterable[date]] | None = None
    ) -> Accounts:
        """Recompute the accounts ``changes`` made dirty; announces them (``on_figures``).

        ``touched`` (when the caller knows them) are the exact days whose inputs changed per
        account; without it every day from ``dirty_from`` is read again from the book.
        """
        touched = touched or {}
        if not self._valuations_known:
            self.adopt_valuation_days(reads.valuation_days(self.ledger))
        changed: set[AccountId] = set()
        if ChangeKind.RATES in changes.kinds:
            self.rates = reads.rate_table(self.ledger)
        if ChangeKind.SETTINGS in changes.kinds:
            self.base_currency = self.ledger.base_currency
            changed |= set(self._series)
        if ChangeKind.ACCOUNTS in changes.kinds:
            changed |= self._refresh_accounts()
        for acc, since in changes.dirty_from.items():
            s = self._series.get(acc)
            if s is None:
                continue
            days = touched.get(acc)
            self._recompute(s, since, set(days) if days is not None else None)
            s.expected_version = max(
                s.expected_version, changes.versions.get(acc, s.expected_version + 1)
            )
            s.dirty_since = since if s.dirty_since is None else min(s.dirty_since, since)
            changed.add(acc)
        if ChangeKind.RATES in changes.kinds:
            for s in self._series.values():
                if s.missing or self._has_foreign(s):
                    self._full(s)
                    s.dirty_since = None
                    changed.add(s.state.id)
        self.counts.applied += 1
        result = frozenset(changed)
        if result:
            self.on_figures(result)
        return result

    def _has_foreign(self, s: _Series) -> bool:
        return any(r.partial for r in s.rows[-1:]) or bool(s.missing)

    def _refresh_accounts(self) -> set[AccountId]:
        states = {st.id: st for st in reads.account_states(self.ledger)}
        changed: set[AccountId] = set()
        for acc in list(self._series):
            if acc not in states:
                del self._series[acc]
                changed.add(acc)
        for acc, st in states.items():
            s = self._series.get(acc)
            if s is None:
                s = self._series[acc] = _Series(st)
                s.confirmed_version = -1
                s.expected_version = st.data_version
                self._full(s)
                changed.add(acc)
            elif s.state != st:
                reopened = (st.opening_balance, st.opening_date, st.kind, st.currency) != (
                    s.state.opening_balance,
                    s.state.opening_date,
                    s.state.kind,
                    s.state.currency,
                )
                s.state = st
                if reopened:
                    self._full(s)
                    s.dirty_since = s.rows[0].day if s.rows else None
                    s.expected_version = max(s.expected_version, st.data_version)
                changed.add(acc)
        return changed

    def _recompute(self, s: _Series, since: date, touched: set[date] | None) -> None:
        rows = s.rows
        if touched:
            since = min(since, *touched)
        idx = _index_from(rows, since)
        if touched is not None and _partial_on(rows, touched):
            # A held partial row on a written day: whether the days after it are partial of
            # their own (an unconvertible flow) or only carry its partiality cannot be told
            # from the rows, so every day from there is read again. Rare: a missing rate.
            touched = None
        if not rows or (touched is None and idx == 0):
            self._full(s)
            return
        acc, cur = s.state.id, s.state.currency
        last_held = rows[-1].day
        # Did the write reach the held last day? Then the rows may now end earlier (its entries
        # deleted or moved back): the last entry day says where (two index seeks, same
        # snapshot). Otherwise that day keeps its entries and the rows reach it still.
        tail = last_held in touched if touched is not None else since <= last_held
        # Likewise at the head: the first entry day may have moved when the write reached it.
        head = idx == 0 and touched is not None and rows[0].day in touched
        span = None
        with _connection(self.ledger) as conn:
            if touched is None:
                days, specials = balance_inputs.rows_from(conn, acc, cur, since)
            else:
                days, specials = balance_inputs.rows_on(conn, acc, cur, touched)
            if tail or head:
                span = balance_inputs.entry_span(conn, acc)
        inputs = balance_events(days, specials, cur, self.rates)
        until: date | None = last_held
        if tail:
            ends = [d for d in (span[1] if span else None, s.state.opening_date) if d is not None]
            until = max(ends) if ends else None
        if touched is None:
            s.valuation_days = {d for d in s.valuation_days if d < since}
            for d in [d for d in s.missing if d >= since]:
                del s.missing[d]
            events, summed = inputs.events, inputs.summed
        else:
            s.valuation_days -= touched
            for d in touched:
                s.missing.pop(d, None)
            events, summed = self._recovered(
                s, rows[idx:], touched, rows[idx - 1] if idx else None, inputs
            )
            if head and span is not None:
                summed.append((span[0], 0, 0))
        s.valuation_days |= {e.day for e in inputs.events if isinstance(e, Valuation)}
        s.missing.update((m.day, m) for m in inputs.missing)
        if idx == 0:
            # Recovered events cover every held day, so a run from the opening is exact.
            s.rows = daily_balances(
                s.classification,
                events,
                opening=s.state.opening_balance,
                opening_date=s.state.opening_date,
                until=until,
                summed=summed,
            )
        else:
            prev = rows[idx - 1]
            seed = Seed(prev.day, prev.end, prev.partial)
            s.rows = rows[:idx] + daily_balances(
                s.classification, events, seed=seed, until=until, summed=summed
            )
        if tail:
            # Rows are dense up to the last entry (or opening) day, as the materializer's.
            cut = 0 if until is None else _index_from(s.rows, until + timedelta(days=1))
            del s.rows[cut:]

    def _recovered(
        self,
        s: _Series,
        rows: list[DayBalance],
        skip: set[date],
        before: DayBalance | None,
        fresh: BalanceEvents,
    ) -> tuple[list[Event], list[tuple[date, int, int]]]:
        """The inputs of held days, recovered from their rows, with the ``fresh`` inputs of
        the days in ``skip`` (read from the book) in their place: every day comes from one
        source. A held day's flows come back as its ``(day, inflows, outflows)`` (the
        domain function's ``summed`` form: no object per day); its valuation and a partial
        day's marker as events. ``fresh`` covers only days in ``skip`` (and days outside the
        held rows), so it is added whole."""
        out: list[Event] = []
        summed: list[tuple[date, int, int]] = []
        prev_partial = before.partial if before is not None else False
        vals = s.valuation_days
        add = summed.append
        if before is None and rows and rows[0].day not in skip:
            # The first row's day is an entry or opening day not written to: the rows still
            # start there, even when its flows sum to nothing.
            add((rows[0].day, 0, 0))
        for r in rows:
            day = r.day
            if day not in skip:
                if r.inflows or r.outflows:
                    add((day, r.inflows, r.outflows))
                if r.partial and not prev_partial:
                    out.append(Flow(day, 0, partial=True))
                if day in vals:
                    out.append(Valuation(day, r.end))
            prev_partial = r.partial
        return out + fresh.events, summed + fresh.summed

    # -- confirmation ----------------------------------------------------------------------

    def reconcile(
        self, account_id: AccountId, version: int, known: Levels | None = None
    ) -> bool | None:
        """Compare with the worker's rows for ``version``: True equal, False corrected, None
        when the completion is for an older version (more syncs are coming). ``known``: the
        stored levels as the sync wrote them or a listener read them, off this thread; read
        here only when they do not reach back to the day compared from."""
        s = self._series.get(account_id)
        if s is None or version < s.expected_version:
            return None
        counts = self.counts
        counts.reconciles += 1
        if version > s.expected_version:
            # Another writer (the CLI, an import elsewhere) moved the account on: adopt.
            mine = s.rows
            s.rows = reads.confirmed_days(self.ledger, account_id)
            s.expected_version = s.confirmed_version = version
            s.dirty_since = None
            counts.external += 1
            self.on_counts()
            if s.rows != mine:
                self.on_corrected(frozenset({account_id}))
            else:
                self.on_states(frozenset({account_id}))
            return s.rows == mine
        since = s.dirty_since
        idx = 0 if since is None else _index_from(s.rows, since)
        mine = s.rows[idx:]
        was_provisional = s.provisional
        s.confirmed_version = version
        s.dirty_since = None
        # Compared as one text first: the one the sync or the listener brought (no round trip
        # on this thread), else one row to read, however many days; the rows are read only
        # when it differs, to show what differs and to take the worker's.
        mine_text = levels_text((r.day, r.end, r.partial) for r in mine)
        theirs_text = None if known is None else known.since(since)
        if theirs_text is None:
            # Imported here: the window opens before the boot thread has imported the write
            # path (SQLAlchemy).
            from permoney_desktop.services import materialize

            theirs_text = materialize.confirmed_levels(self.ledger, account_id, since)
        if theirs_text == mine_text:
            return self._matched(account_id, was_provisional)
        theirs = reads.confirmed_days(self.ledger, account_id, since)
        if [(r.day, r.end, r.partial) for r in mine] == [(r.day, r.end, r.partial) for r in theirs]:
            return self._matched(account_id, was_provisional)
        first = next(
            (
                a
                for a, b in zip(mine, theirs, strict=False)
                if (a.end, a.partial) != (b.end, b.partial)
            ),
            None,
        )
        counts.mismatches += 1
        counts.last_mismatch = (
            f"{s.state.name} v{version}: {len(mine)} provisional rows vs {len(theirs)} "
            f"materialized" + (f", first differs on {first.day}" if first else "")
        )
        log.error("provisional balance corrected: %s", counts.last_mismatch)
        s.rows = s.rows[:idx] + theirs
        self.on_counts()
        self.on_corrected(frozenset({account_id}))
        return False

    def _matched(self, account_id: AccountId, was_provisional: bool) -> bool:
        self.counts.matches += 1
        self.on_counts()
        if was_provisional:
            self.on_states(frozenset({account_id}))
        return True

    # -- reading figures -------------------------------------------------------------------

    def accounts(self) -> list[reads.AccountState]:
        return [s.state for s in self._series.values()]

    def account(self, account_id: AccountId) -> reads.AccountState | None:
        s = self._series.get(account_id)
        return s.state if s else None

    def is_provisional(self, account_id: AccountId) -> bool:
        s = self._series.get(account_id)
        return bool(s and s.provisional)

    def is_provisional_on(self, account_id: AccountId, day: date) -> bool:
        """Whether the figure for ``day`` was recomputed and awaits the worker's confirmation."""
        s = self._series.get(account_id)
        if s is None or not s.provisional:
            return False
        return s.dirty_since is None or day >= s.dirty_since

    def rows(self, account_id: AccountId) -> list[DayBalance]:
        s = self._series.get(account_id)
        return s.rows if s else []

    def end_of_day(self, account_id: AccountId, day: date) -> tuple[int, bool] | None:
        """The level at the end of ``day`` (owed for liabilities) and its partial flag."""
        s = self._series.get(account_id)
        if s is None:
            return None
        row = balance_on(s.rows, day)
        if row is None:
            opening = s.state.opening_balance if s.state.opening_date is None else 0
            return opening, False
        return row.end, row.partial

    def start_of_day(self, account_id: AccountId, day: date) -> tuple[int, bool] | None:
        return self.end_of_day(account_id, day - timedelta(days=1))

    def _missing_notes(self, s: _Series, upto: date) -> tuple[str, ...]:
        row = balance_on(s.rows, upto)
        if row is None or not row.partial:
            return ()
        notes = [str(m) for d, m in sorted(s.missing.items()) if d <= upto]
        return tuple(notes[-3:]) or ("an exchange rate for a foreign-currency entry is missing",)

    def balance(self, account_id: AccountId, day: date | None = None) -> Figure | None:
        s = self._series.get(account_id)
        if s is None:
            return None
        day = day or self.today
        level = self.end_of_day(account_id, day)
        assert level is not None
        return Figure(level[0], s.state.currency, s.provisional, self._missing_notes(s, day))

    def position_in_base(
        self, account_id: AccountId, day: date | None = None
    ) -> tuple[int, bool, tuple[str, ...]]:
        """The account's net-worth position in the base currency: (minor, provisional, missing)."""
        s = self._series[account_id]
        day = day or self.today
        fig = self.balance(account_id, day)
        assert fig is not None
        position = -fig.minor if s.classification is Classification.LIABILITY else fig.minor
        if s.state.currency == self.base_currency:
            return position, fig.provisional, fig.missing
        money = Money.from_minor(position, s.state.currency)
        converted = self.rates.convert(money, self.base_currency, day)
        if isinstance(converted, MissingRate):
            return 0, fig.provisional, (*fig.missing, str(converted))
        return converted.minor_units, fig.provisional, fig.missing

    def total(
        self,
        accounts: Iterable[AccountId] | None = None,
        *,
        classification: Classification | None = None,
        day: date | None = None,
    ) -> Figure:
        """Sum of positions in the base currency; for one classification, shown as the user
        sees it (owed for liabilities). Archived accounts count too: their money is still real."""
        ids = list(self._series) if accounts is None else list(accounts)
        total, provisional = 0, False
        missing: list[str] = []
        for acc in ids:
            s = self._series.get(acc)
            if s is None:
                continue
            if classification is not None and s.classification is not classification:
                continue
            minor, prov, miss = self.position_in_base(acc, day)
            total += minor
            provisional = provisional or prov
            missing += miss
        if classification is not None:
            total = display_from_position(total, classification)
        return Figure(total, self.base_currency, provisional, tuple(dict.fromkeys(missing)))

    def net_worth(self, day: date | None = None) -> Figure:
        return self.total(day=day)
