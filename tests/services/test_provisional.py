"""The provisional book without Qt: after any sequence of writes its rows equal the materializer's
for the same book (every field, integer minor units), and the worker's confirmation matches."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from permoney_desktop.domain.changes import Changes
from permoney_desktop.domain.currency import Currency
from permoney_desktop.domain.entries import EntryKind
from permoney_desktop.domain.entry_values import EntryPatch, NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import (
    accounts,
    entries,
    materialize,
    rates,
    register_reads,
    transfers,
    undo,
    valuations,
)
from permoney_desktop.services.figures import ReconcileCounts
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.provisional import ProvisionalBook

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends

D0 = date(2024, 1, 1)


class Harness:
    """A book with three accounts (a USD asset, a USD liability, a EUR asset) and a
    ``ProvisionalBook`` fed each write the way the GUI's writer feeds it."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.chk, _ = accounts.create_account(
            ledger, "Checking", "checking", "USD", opening_balance="100", opening_date=D0
        )
        self.card, _ = accounts.create_account(
            ledger, "Card", "credit_card", "USD", opening_balance="50", opening_date=D0
        )
        self.eur, _ = accounts.create_account(ledger, "Euro", "savings", "EUR")
        self.ids = (self.chk, self.card, self.eur)
        for i in range(6):
            entries.add_entry(ledger, NewEntry(self.chk, D0 + timedelta(i * 3), Decimal(-7 - i)))
            entries.add_entry(ledger, NewEntry(self.card, D0 + timedelta(i * 2), Decimal(-3)))
        materialize.sync_pending(ledger)
        self.signals: list[tuple[str, Any]] = []
        self.book = ProvisionalBook(
            ledger,
            on_figures=lambda ids: self.signals.append(("figures", ids)),
            on_states=lambda ids: self.signals.append(("states", ids)),
            on_corrected=lambda ids: self.signals.append(("corrected", ids)),
        )

    def entry_ids(self, acc: AccountId) -> list[int]:
        return [int(e.id) for e in entries.list_entries(self.ledger).rows if e.account_id == acc]

    def write(self, fn: Any, ids: list[int] | None = None, exact_days: bool = True) -> None:
        """Run a write and apply it; with ``exact_days`` the touched days are handed in (as
        the writer does for its own writes), else every day from the dirty date is read."""
        ids = ids or []
        before = register_reads.entry_days(self.ledger, ids) if ids else set()
        result = fn()
        changes = result if isinstance(result, Changes) else result[1]
        if changes is None:
            return
        touched: dict[AccountId, set[date]] | None = None
        if exact_days:
            after = set(before)
            new_id = result[0] if isinstance(result, tuple) else None
            if isinstance(new_id, int):
                after |= register_reads.entry_days(self.ledger, [new_id])
            after |= register_reads.entry_days(self.ledger, ids) if ids else set()
            touched = {}
            for acc, day in after:
                touched.setdefault(acc, set()).add(day)
            for acc, since in changes.dirty_from.items():
                touched.setdefault(acc, set()).add(since)
        self.book.apply(changes, touched)

    def confirm(self) -> None:
        """The worker's run, then its completions delivered; every row must be equal."""
        for outcome in materialize.sync_pending(self.ledger):
            assert self.book.reconcile(outcome.account_id, outcome.version) in (True, None)
        for acc in self.ids:
            assert self.book.rows(acc) == register_reads.confirmed_days(self.ledger, acc)
            assert not self.book.is_provisional(acc)


@pytest.fixture
def harness(ledger: Ledger) -> Harness:
    return Harness(ledger)


day_offsets = st.integers(-4, 30)
money = st.integers(-90_00, 90_00).map(lambda n: Decimal(n) / 100)
operation = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 2), day_offsets, money, st.booleans()),
    st.tuples(st.just("amount"), st.integers(0, 2), st.integers(0, 99), money),
    st.tuples(st.just("move"), st.integers(0, 2), st.integers(0, 99), day_offsets),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 99)),
    st.tuples(st.just("valuation"), st.integers(0, 2), day_offsets, st.integers(0, 900)),
    st.tuples(st.just("transfer"), day_offsets, st.integers(1, 500)),
    st.tuples(st.just("rate"), day_offsets, st.sampled_from(["0.9", "1.1", "0.87"])),
    st.tuples(st.just("undo")),
    st.tuples(st.just("confirm")),
)


def run(h: Harness, op: tuple[Any, ...], exact_days: bool) -> None:
    kind = op[0]
    if kind == "confirm":
        h.confirm()
        return
    if kind in ("rate", "undo"):
        if kind == "rate":
            day = D0 + timedelta(op[1])
            h.write(lambda: rates.add_rate(h.ledger, day, "EUR", "USD", op[2]), exact_days=False)
        else:
            h.write(lambda: undo.undo(h.ledger), exact_days=False)
        return
    if kind == "transfer":
        day = D0 + timedelta(op[1])
        h.write(
            lambda: transfers.add_transfer(h.ledger, int(h.chk), int(h.card), day, Decimal(op[2])),
            exact_days=False,
        )
        return
    acc = h.ids[op[1]]
    if kind == "add":
        _, _, offset, amount, foreign = op
        cur = Currency("EUR" if acc != h.eur else "USD") if foreign else None
        new = NewEntry(acc, D0 + timedelta(offset), amount, currency=cur)
        h.write(lambda: entries.add_entry(h.ledger, new), exact_days=exact_days)
        return
    if kind == "valuation":
        day = D0 + timedelta(op[2])
        h.write(lambda: valuations.set_valuation(h.ledger, int(acc), day, str(op[3])))
        return
    ids = h.entry_ids(acc)
    if not ids:
        return
    eid = ids[op[2] % len(ids)]
    if kind == "delete":
        h.write(lambda: entries.delete_entries(h.ledger, [eid]), [eid], exact_days)
        return
    patch = EntryPatch(amount=op[3]) if kind == "amount" else EntryPatch(date=D0 + timedelta(op[3]))
    h.write(lambda: entries.edit_entry(h.ledger, eid, patch), [eid], exact_days)


@settings(max_examples=40)
@given(ops=st.lists(operation, min_size=1, max_size=14), exact_days=st.booleans())
def test_provisional_rows_equal_the_materializers_after_random_writes(
    new_book: Callable[[Path], Path], ops: list[tuple[Any, ...]], exact_days: bool
) -> None:
    # A fresh book per example: a copy of the session's migrated template.
    with (
        tempfile.TemporaryDirectory() as tmp,
        Ledger.open(new_book(Path(tmp) / "b.permoney")) as led,
    ):
        h = Harness(led)
        for op in ops:
            run(h, op, exact_days)
        h.confirm()
        assert h.book.counts.mismatches == 0, h.book.counts.last_mismatch


def test_a_write_announces_figures_and_the_confirmation_flips_states(harness: Harness) -> None:
    h = harness
    before = h.book.balance(h.chk)
    assert before is not None and not before.provisional
    h.write(lambda: entries.add_entry(h.ledger, NewEntry(h.chk, D0 + timedelta(4), Decimal(25))))
    after = h.book.balance(h.chk)
    assert after is not None and after.provisional and after.minor == before.minor + 2500
    assert h.signals == [("figures", frozenset({h.chk}))]
    h.signals.clear()
    h.confirm()
    assert h.signals == [("states", frozenset({h.chk}))]
    assert h.book.counts.matches == 1 and h.book.counts.mismatches == 0


def test_a_wrong_provisional_row_is_corrected_and_counted(harness: Harness) -> None:
    h = harness
    h.write(lambda: entries.add_entry(h.ledger, NewEntry(h.chk, D0 + timedelta(9), Decimal(-2))))
    s = h.book._series[h.chk]
    s.rows[-1] = s.rows[-1]._replace(end=s.rows[-1].end + 1)
    outcome = next(o for o in materialize.sync_pending(h.ledger) if o.account_id == h.chk)
    h.signals.clear()
    assert h.book.reconcile(h.chk, outcome.version) is False
    assert h.signals == [("corrected", frozenset({h.chk}))]
    assert h.book.counts.mismatches == 1 and "Checking" in h.book.counts.last_mismatch
    assert h.book.rows(h.chk) == register_reads.confirmed_days(h.ledger, h.chk)


def test_a_missing_rate_makes_a_figure_partial_until_the_rate_comes(harness: Harness) -> None:
    h = harness
    day = D0 + timedelta(5)
    h.write(
        lambda: entries.add_entry(
            h.ledger, NewEntry(h.chk, day, Decimal(-10), currency=Currency("EUR"))
        )
    )
    fig = h.book.balance(h.chk)
    assert fig is not None and fig.partial and "EUR→USD" in fig.missing[0]
    h.write(lambda: rates.add_rate(h.ledger, D0, "EUR", "USD", "1.1"), exact_days=False)
    fig = h.book.balance(h.chk)
    assert fig is not None and not fig.partial
    h.confirm()
    assert h.book.balance(h.chk) == fig.__class__(fig.minor, fig.currency)


def test_counts_snapshot_is_what_the_health_page_reads() -> None:
    counts = ReconcileCounts(applied=3, matches=2, last_mismatch="x")
    assert counts.snapshot() == {
        "applied": 3,
        "reconciles": 0,
        "matches": 2,
        "mismatches": 0,
        "external": 0,
        "last_mismatch": "x",
    }


def test_an_entry_kind_valuation_through_add_entry_anchors_the_level(harness: Harness) -> None:
    h = harness
    day = D0 + timedelta(7)
    h.write(
        lambda: entries.add_entry(
            h.ledger, NewEntry(h.chk, day, Decimal(400), kind=EntryKind.VALUATION)
        )
    )
    assert h.book.end_of_day(h.chk, day) == (40000, False)
    h.confirm()


def test_deleting_the_last_entry_ends_the_rows_where_the_worker_does(harness: Harness) -> None:
    h = harness
    last = max(h.entry_ids(h.chk))
    h.write(lambda: entries.delete_entries(h.ledger, [last]), [last])
    rows = h.book.rows(h.chk)
    assert rows[-1].day == D0 + timedelta(12)  # the entries were every third day to day 15
    h.confirm()
    assert h.book.counts.mismatches == 0


def test_a_later_unconvertible_flow_stays_partial_when_an_earlier_one_goes(
    harness: Harness,
) -> None:
    h = harness
    eur = Currency("EUR")
    first, _ = entries.add_entry(
        h.ledger, NewEntry(h.chk, D0 + timedelta(4), Decimal(-1), currency=eur)
    )
    entries.add_entry(h.ledger, NewEntry(h.chk, D0 + timedelta(8), Decimal(-2), currency=eur))
    materialize.sync_pending(h.ledger)
    h.book.reload()
    assert [r.partial for r in h.book.rows(h.chk)][3:10] == [False] + [True] * 6
    h.write(lambda: entries.delete_entries(h.ledger, [int(first)]), [int(first)])
    partial = [r.partial for r in h.book.rows(h.chk)]
    assert partial[3:10] == [False] * 5 + [True] * 2
    h.confirm()
    assert h.book.counts.mismatches == 0


def test_an_encrypted_book_reads_its_inputs_through_the_keyed_engine(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "sealed.permoney", create=True, key=bytes(range(32))) as led:
        assert led.book.encrypted
        h = Harness(led)
        eid = h.entry_ids(h.chk)[0]
        h.write(lambda: entries.delete_entries(h.ledger, [eid]), [eid])
        h.write(lambda: valuations.set_valuation(h.ledger, int(h.card), D0, "75"))
        assert h.book.is_provisional(h.chk) and h.book.end_of_day(h.card, D0) == (7500, False)
        h.confirm()
        assert h.book.counts.mismatches == 0
