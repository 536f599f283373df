"""Metrics of real books: every figure equals a naive oracle computed straight from the entries;
edits refresh only the periods they can change; cached reads and their staleness."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.fx import MissingRate, Rate, RateTable
from permoney_desktop.domain.metrics import CategoryTotal, PeriodMetrics, savings_rate
from permoney_desktop.domain.periods import (
    NAMED_PERIODS,
    DateRange,
    PeriodName,
    all_named_periods,
    custom_period,
    named_period,
)
from permoney_desktop.domain.rounding import MONEY_CONTEXT, quantize
from permoney_desktop.services import materialize, metrics
from permoney_desktop.services.ledger import Ledger

# Dialect differences in these reads and writes must not hide: both backends.
pytestmark = pytest.mark.backends

D0 = date(2023, 1, 1)
NOW = datetime(2024, 1, 1, tzinfo=UTC).replace(tzinfo=None)
# id: (name, kind, currency, liability)
ACCOUNTS = {
    1: ("Checking", "checking", "USD", False),
    2: ("Card", "credit_card", "USD", True),
    3: ("Euro", "checking", "EUR", False),
}
# id: (name, kind, parent)
CATEGORIES = {
    1: ("Salary", "income", None),
    2: ("Food", "expense", None),
    3: ("Groceries", "expense", 2),
    4: ("Cafe", "expense", 2),
    5: ("Rent", "expense", None),
}
MERCHANTS = {1: "Shop", 2: "Bakery"}
_version = itertools.count(1)


@dataclass(frozen=True)
class E:
    account: int
    day: int  # days after D0
    kind: str
    amount: int
    category: int | None = None
    merchant: int | None = None
    transfer: int | None = None


def _reset(ledger: Ledger) -> None:
    with ledger.book.writing() as session, session.begin():
        conn = session.connection()
        for table in (
            "balances",
            "syncs",
            "entry_tags",
            "entries",
            "transfers",
            "budgets",
            "goal_accounts",
            "goals",
            "exchange_rates",
            "categories WHERE parent_id IS NOT NULL",
            "categories",
            "merchants",
            "accounts",
        ):
            conn.exec_driver_sql(f"DELETE FROM {table}")


def write_book(
    ledger: Ledger,
    entries: list[E],
    openings: dict[int, int],
    rates: list[tuple[int, str]],
) -> None:
    """Rows straight into the tables (as the write gate leaves them), then materialized."""
    _reset(ledger)
    version = next(_version)
    with ledger.book.writing() as session, session.begin():
        conn = session.connection()
        for i, (name, kind, cur, _l) in ACCOUNTS.items():
            conn.exec_driver_sql(
                "INSERT INTO accounts (id, name, kind, currency, opening_balance, opening_date,"
                " archived, notes, sort_order, data_version, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, 0, '', ?, ?, ?)",
                (i, name, kind, cur, openings.get(i, 0), D0.isoformat(), i, version, NOW),
            )
        for i, (name, kind, parent) in CATEGORIES.items():
            conn.exec_driver_sql(
                "INSERT INTO categories (id, name, kind, parent_id, color) VALUES (?, ?, ?, ?, '')",
                (i, name, kind, parent),
            )
        for i, name in MERCHANTS.items():
            conn.exec_driver_sql("INSERT INTO merchants (id, name) VALUES (?, ?)", (i, name))
        for day, rate in rates:
            conn.exec_driver_sql(
                "INSERT INTO exchange_rates (date, from_currency, to_currency, rate)"
                " VALUES (?, 'EUR', 'USD', ?) ON CONFLICT (from_currency, to_currency, date)"
                " DO UPDATE SET rate = excluded.rate",
                ((D0 + timedelta(days=day)).isoformat(), rate),
            )
        for t in {e.transfer for e in entries if e.transfer is not None}:
            conn.exec_driver_sql("INSERT INTO transfers (id, created_at) VALUES (?, ?)", (t, NOW))
        for e in entries:
            conn.exec_driver_sql(
                "INSERT INTO entries (account_id, kind, date, amount, currency, payee, notes,"
                " category_id, merchant_id, transfer_id, user_fields, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?, '', ?, ?)",
                (
                    e.account,
                    e.kind,
                    (D0 + timedelta(days=e.day)).isoformat(),
                    e.amount,
                    ACCOUNTS[e.account][2],
                    e.category,
                    e.merchant,
                    e.transfer,
                    NOW,
                    NOW,
                ),
            )
    materialize.sync_all(ledger, full=True)


# -- the oracle: straight from the entries, no grouping, no index ------------------------------


def rate_table(rates: list[tuple[int, str]]) -> RateTable:
    last: dict[int, str] = dict(rates)
    return RateTable.of(
        Rate(D0 + timedelta(days=d), Currency("EUR"), Currency("USD"), Decimal(r))
        for d, r in last.items()
    )


def to_usd(minor: int, cur: str, day: date, table: RateTable) -> Decimal | MissingRate:
    if cur == "USD":
        return Decimal(minor)
    r = table.rate(Currency(cur), Currency("USD"), day)
    if r is None:
        return MissingRate(Currency(cur), Currency("USD"), day)
    return MONEY_CONTEXT.multiply(Decimal(minor), r)


def rnd(v: Decimal) -> int:
    return int(quantize(v, 0))


def oracle_flows(entries: list[E], span: DateRange, table: RateTable) -> dict[str, Any]:
    income = expenses = Decimal(0)
    miss_in: set[MissingRate] = set()
    miss_out: set[MissingRate] = set()
    own: dict[tuple[int | None, str], Decimal] = {}
    merchants: dict[int, Decimal] = {}
    for e in entries:
        day = D0 + timedelta(days=e.day)
        if e.kind != "transaction" or day not in span:
            continue
        kind = (
            CATEGORIES[e.category][1] if e.category else ("income" if e.amount > 0 else "expense")
        )
        v = to_usd(e.amount, ACCOUNTS[e.account][2], day, table)
        slot = (e.category, kind)
        own.setdefault(slot, Decimal(0))
        if isinstance(v, MissingRate):
            (miss_in if kind == "income" else miss_out).add(v)
            continue
        signed = v if kind == "income" else -v
        own[slot] += signed
        if kind == "income":
            income += v
        else:
            expenses -= v
            if e.merchant is not None:
                merchants[e.merchant] = merchants.get(e.merchant, Decimal(0)) + signed
    totals: dict[tuple[int | None, str], int] = {}
    for (cat, kind), v in own.items():
        if cat is None:
            totals[(None, kind)] = rnd(v)
    for cat, (_n, kind, parent) in CATEGORIES.items():
        kids = [c for c, (_x, _k, p) in CATEGORIES.items() if p == cat]
        parts = [own[(c, kind)] for c in [cat, *kids] if (c, kind) in own]
        if (parts and parent is None) or (cat, kind) in own:
            totals[(cat, kind)] = rnd(sum(parts, Decimal(0)))
    return {
        "income": rnd(income),
        "expenses": rnd(expenses),
        "income_missing": miss_in,
        "expense_missing": miss_out,
        "categories": totals,
        "merchants": {m: rnd(v) for m, v in merchants.items() if rnd(v) > 0},
    }


def oracle_levels(
    entries: list[E], openings: dict[int, int], day: date, table: RateTable
) -> dict[str, Any]:
    assets = owed = Decimal(0)
    missing: set[MissingRate] = set()
    for acc, (_n, _k, cur, liability) in ACCOUNTS.items():
        if day < D0:  # before its opening date an account has no balance at all
            continue
        level = openings.get(acc, 0)
        for e in sorted(entries, key=lambda e: e.day):
            if e.account != acc or D0 + timedelta(days=e.day) > day:
                continue
            if e.kind == "valuation":
                level = e.amount
            else:
                level += -e.amount if liability else e.amount
        v = to_usd(level, cur, day, table)
        if isinstance(v, MissingRate):
            missing.add(v)
        elif liability:
            owed += v
        else:
            assets += v
    return {"assets": rnd(assets), "owed": rnd(owed), "missing": missing}


def flat(tree: tuple[CategoryTotal, ...]) -> dict[tuple[int | None, str], int]:
    out = {}
    for t in tree:
        out[(t.id, t.kind.value)] = t.total
        out.update(flat(t.children))
    return out


def check_period(m: PeriodMetrics, entries: list[E], openings: dict[int, int], table: RateTable):
    for figures, span in ((m.current, m.period.range), (m.previous, m.period.previous)):
        if span is None:
            assert figures is None
            continue
        assert figures is not None
        flows = oracle_flows(entries, span, table)
        levels = oracle_levels(entries, openings, span.end, table)
        assert figures.income == flows["income"]
        assert figures.expenses == flows["expenses"]
        assert figures.cash_flow == flows["income"] - flows["expenses"]
        assert figures.savings_rate == savings_rate(flows["income"], flows["expenses"])
        assert set(figures.income_missing) == flows["income_missing"]
        assert set(figures.expense_missing) == flows["expense_missing"]
        assert (figures.assets, figures.owed) == (levels["assets"], levels["owed"])
        assert figures.net_worth == levels["assets"] - levels["owed"]
        assert set(figures.level_missing) == levels["missing"]
    want = oracle_flows(entries, m.period.range, table)
    assert flat(m.categories) == want["categories"]
    assert {t.id: t.spent for t in m.merchants} == want["merchants"]
    # The series ends on the period's end with the same net worth as the headline figure.
    assert m.series_days[-1] == m.period.end
    assert m.net_worth_series[-1] == m.current.net_worth
    assert m.series_days[0] == m.period.start


# -- random books --------------------------------------------------------------------------


@st.composite
def books(draw: st.DrawFn) -> tuple[list[E], dict[int, int], list[tuple[int, str]]]:
    entries: list[E] = []
    flows = draw(
        st.lists(
            st.tuples(
                st.sampled_from([1, 2, 3]),
                st.integers(0, 200).map(lambda d: d * 2),  # flows on even days
                st.integers(-90_000, 90_000).filter(bool),
                st.sampled_from([None, 1, 2, 3, 4, 5]),
                st.sampled_from([None, 1, 2]),
            ),
            max_size=40,
        )
    )
    entries += [E(a, d, "transaction", amt, c, m) for a, d, amt, c, m in flows]
    transfers = draw(st.lists(st.tuples(st.integers(0, 400), st.integers(1, 50_000)), max_size=5))
    for t, (day, amount) in enumerate(transfers, 1):
        entries += [
            E(1, day, "transfer", -amount, transfer=t),
            E(2, day, "transfer", amount, transfer=t),
        ]
    valuations = draw(st.lists(st.tuples(st.integers(0, 199), st.integers(0, 900_000)), max_size=3))
    entries += [E(3, d * 2 + 1, "valuation", v) for d, v in valuations]  # odd days: no flows
    openings = {1: draw(st.integers(0, 500_000)), 2: draw(st.integers(0, 100_000)), 3: 10_000}
    rates = draw(
        st.lists(
            st.tuples(st.integers(0, 400), st.sampled_from(["1.0850", "1.1", "0.9", "1.2345"])),
            max_size=4,
        )
    )
    return entries, openings, rates


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(books(), st.integers(0, 420), st.integers(0, 300), st.integers(1, 120))
def test_every_figure_equals_the_naive_oracle(
    ledger: Ledger, book: Any, today_offset: int, custom_start: int, custom_len: int
) -> None:
    entries, openings, rates = book
    write_book(ledger, entries, openings, rates)
    table = rate_table(rates)
    today = D0 + timedelta(days=today_offset)
    first = D0
    periods = [*all_named_periods(today, first)]
    start = D0 + timedelta(days=custom_start)
    periods.append(custom_period(start, start + timedelta(days=custom_len)))
    for period in periods:
        check_period(metrics.compute_period(ledger, period), entries, openings, table)


# -- fixed books for the named cases ---------------------------------------------------------

TODAY = D0 + timedelta(days=99)  # 2023-04-10
BASE_ENTRIES = [
    E(1, 0, "transaction", 300_000, 1),  # salary
    E(1, 5, "transaction", -120_000, 5),  # rent
    E(2, 20, "transaction", -8_000, 3, 1),  # groceries at Shop, on the card
    E(2, 22, "transaction", 2_000, 3, 1),  # refund at Shop
    E(1, 30, "transfer", -5_000, transfer=1),
    E(2, 30, "transfer", 5_000, transfer=1),
    E(3, 40, "transaction", -1_000, 4, 2),  # EUR cafe, before any rate
    E(3, 60, "transaction", -1_000, 4, 2),  # EUR cafe, rate known
    E(1, 95, "transaction", -700),  # uncategorized outflow
    E(1, 96, "transaction", 900),  # uncategorized inflow
]
BASE_RATES = [(50, "1.1")]


@pytest.fixture
def base_book(ledger: Ledger) -> Ledger:
    write_book(ledger, BASE_ENTRIES, {1: 100_000}, BASE_RATES)
    return ledger


def test_named_cases_refund_transfer_uncategorized_and_fx_partial(base_book: Ledger) -> None:
    period = custom_period(D0, TODAY)
    m = metrics.compute_period(base_book, period)
    check_period(m, BASE_ENTRIES, {1: 100_000}, rate_table(BASE_RATES))
    assert m.current.income == 300_000 + 900
    assert m.current.expenses == 120_000 + 6_000 + 1_100 + 700  # refund nets; transfer ignored
    assert m.current.expense_missing == {
        MissingRate(Currency("EUR"), Currency("USD"), D0 + timedelta(days=40))
    }
    names = metrics.metrics_dict(m)["missing_rates"]
    # One line per pair: the net worth series lacked the rate up to the day before it came.
    assert names == ["no EUR→USD rate on or before 2023-02-19"]
    food = next(t for t in m.categories if t.name == "Food")
    assert food.partial and food.total == 6_000 + 1_100


def test_an_edit_refreshes_only_the_periods_it_can_change(base_book: Ledger) -> None:
    ledger = base_book
    cache = metrics.open_cache(ledger)
    report = metrics.calculate_all(ledger, cache, today=TODAY)
    assert set(report.computed) == {p.value for p in NAMED_PERIODS}
    custom_old = custom_period(D0, D0 + timedelta(days=10))
    custom_new = custom_period(TODAY - timedelta(days=5), TODAY)
    for p in (custom_old, custom_new):
        metrics.period_metrics(ledger, cache, p)
    before = {n: cache.get(n) for n in cache.names()}
    # An edit on the 5th of this month (April): last month and the old custom range stay.
    edit_day = TODAY - timedelta(days=5)
    with ledger.book.writing() as session, session.begin():
        conn = session.connection()
        conn.exec_driver_sql(
            "INSERT INTO entries (account_id, kind, date, amount, currency, category_id,"
            " payee, notes, user_fields, created_at, updated_at)"
            " VALUES (1, 'transaction', ?, -4321, 'USD', 5, '', '', '', ?, ?)",
            (edit_day.isoformat(), NOW, NOW),
        )
        conn.exec_driver_sql("UPDATE accounts SET data_version = data_version + 1 WHERE id = 1")
    materialize.sync_all(ledger)
    materialize.sync_account(ledger, 1, edit_day)
    refreshed = metrics.refresh_for_dates(ledger, cache, [edit_day], today=TODAY)
    assert PeriodName.LAST_MONTH.value not in refreshed.refreshed
    assert set(refreshed.refreshed) == {
        "this_month",
        "last_3_months",
        "year_to_date",
        "last_12_months",
        "all_time",
    }
    assert refreshed.evicted == 1  # the recent custom range
    last_month = named_period(PeriodName.LAST_MONTH, TODAY)
    after = cache.get(last_month.key)
    assert after is not None and after.computed_at == before[last_month.key].computed_at
    assert cache.get(custom_old.key) is not None and cache.get(custom_new.key) is None
    this_month = cache.get(named_period(PeriodName.THIS_MONTH, TODAY).key)
    assert this_month is not None and this_month.background_calculated
    fresh = metrics.compute_period(ledger, named_period(PeriodName.THIS_MONTH, TODAY))
    assert this_month.value[0] == fresh
    assert fresh.current.expenses == 700 + 4_321


def test_moving_an_entry_to_a_later_date_refreshes_both_days(base_book: Ledger) -> None:
    """Only the earliest dirty date reaches the refresh; the later day changed too."""
    ledger = base_book
    cache = metrics.open_cache(ledger)
    metrics.calculate_all(ledger, cache, today=TODAY)
    with ledger.book.writing() as session, session.begin():
        conn = session.connection()
        conn.exec_driver_sql(
            "UPDATE entries SET date = ? WHERE kind = 'transaction' AND amount = -120000",
            ((D0 + timedelta(days=97)).isoformat(),),
        )
        conn.exec_driver_sql("UPDATE accounts SET data_version = data_version + 1 WHERE id = 1")
    materialize.sync_account(ledger, 1, D0 + timedelta(days=5))
    metrics.refresh_for_dates(ledger, cache, [D0 + timedelta(days=5)], today=TODAY)
    moved = [
        e if e.amount != -120_000 else E(1, 97, "transaction", -120_000, 5) for e in BASE_ENTRIES
    ]
    for period in all_named_periods(TODAY, D0):
        entry = cache.get(period.key)
        assert entry is not None
        check_period(entry.value[0], moved, {1: 100_000}, rate_table(BASE_RATES))


def test_dashboard_cards_come_from_the_cache_and_flag_staleness(base_book: Ledger) -> None:
    ledger = base_book
    cache = metrics.open_cache(ledger)
    d = metrics.dashboard(ledger, cache, "year_to_date", today=TODAY)
    assert set(d.cards) == set(metrics.CARD_KEYS)
    assert not d.background_calculated and not d.stale and d.cache_degraded is None
    assert d.cards["expenses"].partial and d.cards["expenses"].missing
    assert d.cards["income"].filter is not None and d.cards["income"].filter.flow == "income"
    assert d.cards["net_worth"].series and len(d.cards["net_worth"].series) == len(d.series_days)
    assert cache.stats().computations == 1
    again = metrics.dashboard(ledger, cache, "year_to_date", today=TODAY)
    assert again.cards == d.cards and cache.stats().computations == 1
    with ledger.book.writing() as session, session.begin():
        session.connection().exec_driver_sql("UPDATE accounts SET data_version = data_version + 1")
    stale = metrics.dashboard(ledger, cache, "year_to_date", today=TODAY)
    assert stale.stale and cache.stats().computations == 1
    exact = metrics.dashboard(ledger, cache, "year_to_date", today=TODAY, allow_stale=False)
    assert not exact.stale and cache.stats().computations == 2
    food = next(t for t in d.categories if t.name == "Food")
    flt = metrics.category_filter(d.period, food)
    assert flt.category_ids is not None and set(flt.category_ids) == {2, 3, 4}


def test_a_missing_cache_folder_still_computes(base_book: Ledger, tmp_path: Any) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    cache = metrics.MetricsCache(blocker / "sub", schema_version="0001", book_id="b")
    d = metrics.dashboard(base_book, cache, "all_time", today=TODAY)
    assert d.cache_degraded and "unusable" in d.cache_degraded
    assert d.cards["income"].value is not None


def test_budgets_and_goals_in_a_period(base_book: Ledger) -> None:
    with base_book.book.writing() as session, session.begin():
        conn = session.connection()
        conn.exec_driver_sql(
            "INSERT INTO budgets (category_id, month, amount, currency)"
            " VALUES (2, '2023-01-01', 10000, 'USD')"
        )
        conn.exec_driver_sql(
            "INSERT INTO goals (id, name, target_amount, currency, target_date, created_at)"
            " VALUES (1, 'Buffer', 1000000, 'USD', '2023-12-31', ?)",
            (NOW,),
        )
        conn.exec_driver_sql("INSERT INTO goal_accounts (goal_id, account_id) VALUES (1, 1)")
    m = metrics.compute_period(base_book, custom_period(D0, TODAY))
    (budget,) = m.budgets
    assert (budget.name, budget.budget, budget.actual) == ("Food", 10_000, 6_000)
    (goal,) = m.goals
    levels = oracle_levels(
        [e for e in BASE_ENTRIES if e.account == 1], {1: 100_000}, TODAY, rate_table([])
    )
    assert goal.current == levels["assets"] and goal.target == 1_000_000


def test_unknown_period_is_a_clear_error(base_book: Ledger) -> None:
    from permoney_desktop.domain.errors import DomainError

    with pytest.raises(DomainError, match="unknown period"):
        metrics.resolve_period(base_book, "someday")
    assert metrics.resolve_period(base_book, "all_time", today=TODAY).start == D0


def test_threads_asking_for_one_missing_period_compute_it_once(base_book: Ledger) -> None:
    import threading

    cache = metrics.open_cache(base_book)
    barrier = threading.Barrier(6)
    seen: list[object] = []

    def read() -> None:
        barrier.wait()
        d = metrics.dashboard(base_book, cache, "last_3_months", today=TODAY)
        seen.append(d.cards["income"].value)

    threads = [threading.Thread(target=read) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert cache.stats().computations == 1
    assert len(seen) == 6 and len(set(map(str, seen))) == 1


def test_trimming_memory_keeps_figures_exact(base_book: Ledger) -> None:
    cache = metrics.open_cache(base_book)
    metrics.calculate_all(base_book, cache, today=TODAY)
    assert metrics.trim_memory(base_book, keep_months=0) >= 1
    cache.clear()
    period = custom_period(D0 + timedelta(days=3), TODAY)
    m = metrics.compute_period(base_book, period)
    check_period(m, BASE_ENTRIES, {1: 100_000}, rate_table(BASE_RATES))


def test_a_refresh_pauses_between_its_steps_and_computes_the_same(base_book: Ledger) -> None:
    ledger = base_book
    cache = metrics.open_cache(ledger)
    metrics.calculate_all(ledger, cache, today=TODAY)
    with ledger.book.writing() as session, session.begin():
        conn = session.connection()
        conn.exec_driver_sql(
            "UPDATE entries SET amount = amount - 500 WHERE kind = 'transaction' AND id = "
            "(SELECT MIN(id) FROM entries WHERE kind = 'transaction')"
        )
        conn.exec_driver_sql("UPDATE accounts SET data_version = data_version + 1 WHERE id = 1")
    materialize.sync_all(ledger)
    pauses: list[float] = []
    report = metrics.refresh_for_dates(
        ledger, cache, [D0], today=TODAY, pause=lambda: pauses.append(time.perf_counter())
    )
    # Once per group batch read, once before the index is patched, once per period.
    assert len(pauses) >= len(report.refreshed) + 2
    for period in all_named_periods(TODAY, D0):
        entry = cache.get(period.key)
        assert entry is not None
        assert entry.value[0] == metrics.compute_period(ledger, period)
