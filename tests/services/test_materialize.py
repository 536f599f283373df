"""The materializer on real books: incremental == full rebuild == a naive oracle, to the cent.

Rows are written by a small test-only helper (``Writer``) that follows the write-gate protocol
(one transaction: change rows, bump the account's data version, leave one pending sync with the
earliest dirty date), so these tests do not depend on the CRUD services.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import materialize
from permoney_desktop.services.ledger import Ledger

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends

D0 = date(2024, 1, 1)


class Writer:
    """Test-only writes through the store, following the write-gate protocol."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    def _tx(self, fn: Any, dirty: dict[int, date | None]) -> Any:
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        with self.ledger.book.write_engine.connect() as c, c.begin():
            result = fn(c)
            for acc, day in dirty.items():
                c.exec_driver_sql(
                    "UPDATE accounts SET data_version = data_version + 1 WHERE id = ?", (acc,)
                )
                version = c.exec_driver_sql(
                    "SELECT data_version FROM accounts WHERE id = ?", (acc,)
                ).scalar()
                row = c.exec_driver_sql(
                    "SELECT id, window_start FROM syncs WHERE account_id = ? "
                    "AND status = 'pending'",
                    (acc,),
                ).first()
                iso = None if day is None else day.isoformat()
                if row is None:
                    c.exec_driver_sql(
                        "INSERT INTO syncs (account_id, kind, status, window_start, "
                        "data_version, created_at, attempts) "
                        "VALUES (?, 'account', 'pending', ?, ?, ?, 0)",
                        (acc, iso, version, now),
                    )
                else:
                    merged = None if row[1] is None or iso is None else min(row[1], iso)
                    c.exec_driver_sql(
                        "UPDATE syncs SET window_start = ?, data_version = ? WHERE id = ?",
                        (merged, version, row[0]),
                    )
            return result

    def account(
        self,
        name: str,
        kind: AccountKind,
        currency: str = "USD",
        opening: int = 0,
        opening_date: date | None = None,
    ) -> int:
        def go(c: Any) -> int:
            return int(
                c.exec_driver_sql(
                    "INSERT INTO accounts (name, kind, currency, opening_balance, opening_date, "
                    "archived, notes, sort_order, data_version, created_at) "
                    "VALUES (?, ?, ?, ?, ?, 0, '', 0, 0, '2024-01-01 00:00:00') RETURNING id",
                    (
                        name,
                        kind.value,
                        currency,
                        opening,
                        opening_date and opening_date.isoformat(),
                    ),
                ).scalar()
            )

        acc = self._tx(go, {})
        self._tx(lambda c: None, {acc: None})
        return acc

    def add(
        self, account: int, day: date, amount: int, kind: str = "transaction", cur: str = "USD"
    ) -> int:
        def go(c: Any) -> int:
            return int(
                c.exec_driver_sql(
                    "INSERT INTO entries (account_id, kind, date, amount, currency, payee, notes, "
                    "user_fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '', '', "
                    "'2024-01-01 00:00:00', '2024-01-01 00:00:00') RETURNING id",
                    (account, kind, day.isoformat(), amount, cur),
                ).scalar()
            )

        return int(self._tx(go, {account: day}))

    def entry(self, entry_id: int) -> tuple[int, date, int]:
        with self.ledger.book.read_engine.connect() as c:
            a, d, amt = c.exec_driver_sql(
                "SELECT account_id, date, amount FROM entries WHERE id = ?", (entry_id,)
            ).one()
        return a, date.fromisoformat(d), amt

    def edit(self, entry_id: int, day: date | None = None, amount: int | None = None) -> None:
        acc, old_day, old_amount = self.entry(entry_id)
        new_day, new_amount = day or old_day, old_amount if amount is None else amount
        self._tx(
            lambda c: c.exec_driver_sql(
                "UPDATE entries SET date = ?, amount = ? WHERE id = ?",
                (new_day.isoformat(), new_amount, entry_id),
            ),
            {acc: min(old_day, new_day)},
        )

    def delete(self, entry_id: int) -> None:
        acc, day, _amt = self.entry(entry_id)
        self._tx(
            lambda c: c.exec_driver_sql("DELETE FROM entries WHERE id = ?", (entry_id,)),
            {acc: day},
        )

    def set_opening(self, account: int, opening: int) -> None:
        self._tx(
            lambda c: c.exec_driver_sql(
                "UPDATE accounts SET opening_balance = ? WHERE id = ?", (opening, account)
            ),
            {account: None},
        )

    def rate(self, day: date, base: str, quote: str, rate: str) -> None:
        self._tx(
            lambda c: c.exec_driver_sql(
                "INSERT INTO exchange_rates (date, from_currency, to_currency, rate) "
                "VALUES (?, ?, ?, ?)",
                (day.isoformat(), base, quote, rate),
            ),
            {},
        )


def stored(ledger: Ledger, account: int) -> list[tuple[Any, ...]]:
    with ledger.book.read_engine.connect() as c:
        return [
            tuple(r)
            for r in c.exec_driver_sql(
                'SELECT date, start, inflows, outflows, adjustment, "end", partial '
                "FROM balances WHERE account_id = ? ORDER BY date",
                (account,),
            )
        ]


def oracle(ledger: Ledger, account: int) -> dict[str, int]:
    """End level per day, straight from the entries: opening + flows, valuations resetting."""
    with ledger.book.read_engine.connect() as c:
        kind, opening, opening_date = c.exec_driver_sql(
            "SELECT kind, opening_balance, opening_date FROM accounts WHERE id = ?", (account,)
        ).one()
        entries = c.exec_driver_sql(
            "SELECT date, kind, amount FROM entries WHERE account_id = ? ORDER BY id", (account,)
        ).all()
    sign = -1 if AccountKind(kind).classification.value == "liability" else 1
    days = [date.fromisoformat(d) for d, _k, _a in entries]
    if opening_date:
        days.append(date.fromisoformat(opening_date))
    if not days:
        return {}
    result = {}
    day = min(days)
    while day <= max(days):
        iso = day.isoformat()
        level = opening
        for d, k, a in sorted(entries, key=lambda e: (e[0], e[1] == "valuation")):
            if d > iso:
                break
            level = a if k == "valuation" else level + sign * a
        result[iso] = level
        day += timedelta(days=1)
    return result


def ends(rows: list[tuple[Any, ...]]) -> dict[str, int]:
    return {r[0]: r[5] for r in rows}


ops = st.lists(
    st.tuples(
        st.sampled_from(
            ["add", "add", "valuation", "transfer", "move", "amount", "delete", "sync"]
        ),
        st.integers(0, 1),  # which account
        st.integers(0, 90),  # a day offset
        st.integers(-200_000, 200_000),  # an amount
        st.integers(0, 1_000),  # which existing entry
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=80)
@given(
    history=ops,
    openings=st.tuples(st.integers(0, 500_000), st.integers(0, 500_000)),
    dated=st.booleans(),
)
def test_incremental_equals_full_rebuild_and_the_oracle(
    ledger: Ledger, history: list[tuple[str, int, int, int, int]], openings: Any, dated: bool
) -> None:
    w = Writer(ledger)
    n = len(stored_accounts(ledger))
    opening_date = D0 + timedelta(days=30) if dated else None
    accounts = [
        w.account(
            f"asset {n}", AccountKind.CHECKING, opening=openings[0], opening_date=opening_date
        ),
        w.account(f"loan {n}", AccountKind.LOAN, opening=openings[1], opening_date=opening_date),
    ]
    materialize.sync_pending(ledger)
    entries: list[int] = []
    for op, which, offset, amount, pick in history:
        acc, day = accounts[which], D0 + timedelta(days=offset)
        if op == "add":
            entries.append(w.add(acc, day, amount))
        elif op == "valuation":
            entries.append(w.add(acc, day, abs(amount), kind="valuation"))
        elif op == "transfer":
            entries.append(w.add(accounts[0], day, -abs(amount), kind="transfer"))
            entries.append(w.add(accounts[1], day, abs(amount), kind="transfer"))
        elif op == "sync":
            materialize.sync_pending(ledger)
        elif entries:
            target = entries[pick % len(entries)]
            if op == "move":
                w.edit(target, day=day)
            elif op == "amount":
                w.edit(target, amount=amount)
            else:
                w.delete(target)
                entries.remove(target)
    outcomes = materialize.sync_pending(ledger)
    assert all(o.status == "completed" for o in outcomes)
    assert materialize.pending_accounts(ledger) == {}
    for acc in accounts:
        incremental = stored(ledger, acc)
        assert ends(incremental) == oracle(ledger, acc)
        full = materialize.sync_account(ledger, AccountId(acc), full=True)
        assert full.status == "completed" and full.full
        assert stored(ledger, acc) == incremental


def stored_accounts(ledger: Ledger) -> list[int]:
    with ledger.book.read_engine.connect() as c:
        return [r[0] for r in c.exec_driver_sql("SELECT id FROM accounts")]


def test_moving_the_last_entry_earlier_leaves_no_stale_tail(ledger: Ledger) -> None:
    w = Writer(ledger)
    acc = w.account("Checking", AccountKind.CHECKING, opening=1_000)
    w.add(acc, D0, 100)
    last = w.add(acc, D0 + timedelta(days=20), 50)
    materialize.sync_pending(ledger)
    assert stored(ledger, acc)[-1][0] == "2024-01-21"
    w.edit(last, day=D0 + timedelta(days=5))
    outcome = materialize.sync_pending(ledger)[0]
    assert not outcome.full  # seeded from the stored day before the window
    rows = stored(ledger, acc)
    assert rows[-1][0] == "2024-01-06" and len(rows) == 6
    assert rows[-1][5] == 1_150


def test_moving_the_first_entry_later_trims_the_head(ledger: Ledger) -> None:
    w = Writer(ledger)
    acc = w.account("Checking", AccountKind.CHECKING, opening=0)
    first = w.add(acc, D0, 100)
    w.add(acc, D0 + timedelta(days=10), 50)
    materialize.sync_pending(ledger)
    w.edit(first, day=D0 + timedelta(days=3))
    materialize.sync_pending(ledger)
    rows = stored(ledger, acc)
    assert rows[0][0] == "2024-01-04" and rows[0][1] == 0 and rows[-1][5] == 150


def test_appending_after_the_last_day_continues_without_a_full_rebuild(ledger: Ledger) -> None:
    w = Writer(ledger)
    acc = w.account("Checking", AccountKind.CHECKING, opening=10)
    w.add(acc, D0, 5)
    materialize.sync_pending(ledger)
    w.add(acc, D0 + timedelta(days=9), 7)
    outcome = materialize.sync_pending(ledger)[0]
    assert not outcome.full and outcome.rows_written == 9
    assert ends(stored(ledger, acc)) == oracle(ledger, acc)


def test_a_changed_opening_forces_a_full_rebuild(ledger: Ledger) -> None:
    w = Writer(ledger)
    acc = w.account("Checking", AccountKind.CHECKING, opening=10, opening_date=D0)
    w.add(acc, D0 + timedelta(days=5), 5)
    materialize.sync_pending(ledger)
    w.set_opening(acc, 1_000)
    # Even a (wrong) late window cannot keep the old levels: the first row shows the old opening.
    materialize.sync_account(ledger, AccountId(acc), D0 + timedelta(days=5))
    assert stored(ledger, acc)[-1][5] == 1_005


def test_statement_count_does_not_grow_with_history(ledger: Ledger) -> None:
    w = Writer(ledger)
    counts = []
    for size in (5, 400):
        acc = w.account(f"acc {size}", AccountKind.CHECKING)
        with ledger.book.write_engine.connect() as c, c.begin():
            c.exec_driver_sql(
                "INSERT INTO entries (account_id, kind, date, amount, currency, payee, notes, "
                "user_fields, created_at, updated_at) VALUES (?, ?, ?, ?, 'USD', '', '', '', "
                "'2024-01-01', '2024-01-01')",
                [
                    (acc, "valuation" if i % 50 == 0 else "transaction", D0 + timedelta(i), i)
                    for i in range(size)
                ],
            )
        statements: list[str] = []

        def count(*args: Any, statements: list[str] = statements) -> None:
            statements.append(args[2])

        for engine in (ledger.book.read_engine, ledger.book.write_engine):
            event.listen(engine, "before_cursor_execute", count)
        try:
            outcome = materialize.sync_account(ledger, AccountId(acc), full=True)
        finally:
            for engine in (ledger.book.read_engine, ledger.book.write_engine):
                event.remove(engine, "before_cursor_execute", count)
        assert outcome.rows_written == size
        counts.append(len(statements))
    assert counts[0] == counts[1]
    assert counts[0] <= 20


def test_an_edit_committed_mid_sync_makes_it_run_again(ledger: Ledger) -> None:
    w = Writer(ledger)
    acc = w.account("Checking", AccountKind.CHECKING)
    entry = w.add(acc, D0, 100)
    materialize.sync_pending(ledger)
    w.edit(entry, amount=200)
    injected: list[bool] = []

    def edit_once(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        # Right after the sync read its inputs (its snapshot is taken), commit another edit
        # from a second connection, as the GUI thread would.
        if "GROUP BY date" in statement and not injected:
            injected.append(True)
            w.edit(entry, amount=300)

    event.listen(ledger.book.read_engine, "after_cursor_execute", edit_once)
    try:
        outcome = materialize.sync_account(ledger, AccountId(acc))
    finally:
        event.remove(ledger.book.read_engine, "after_cursor_execute", edit_once)
    assert injected and outcome.rounds == 2
    assert stored(ledger, acc)[-1][5] == 300
    with ledger.book.read_engine.connect() as c:
        version = c.exec_driver_sql("SELECT data_version FROM accounts WHERE id = ?", (acc,))
        assert outcome.version == version.scalar()
        statuses = c.exec_driver_sql(
            "SELECT status FROM syncs WHERE account_id = ? ORDER BY id", (acc,)
        ).all()
    # The request written mid-run was folded into the run: nothing is left pending.
    assert [s for (s,) in statuses] == ["completed", "completed"]
    assert materialize.pending_accounts(ledger) == {}


def test_syncs_rows_record_each_run(ledger: Ledger) -> None:
    w = Writer(ledger)
    acc = w.account("Checking", AccountKind.CHECKING)
    w.add(acc, D0 + timedelta(days=3), 100)
    w.add(acc, D0, 1)
    assert materialize.pending_accounts(ledger) == {AccountId(acc): date.min}
    outcome = materialize.sync_pending(ledger)[0]
    with ledger.book.read_engine.connect() as c:
        row = c.exec_driver_sql(
            "SELECT status, window_start, started_at, finished_at, duration_ms, error, "
            "data_version FROM syncs WHERE account_id = ?",
            (acc,),
        ).one()
    assert row[0] == "completed" and row[2] and row[3] and row[4] is not None and row[5] is None
    assert row[6] == outcome.version == 3
    assert materialize.sync_account(ledger, AccountId(acc)).status == "idle"


def test_recover_interrupted_resets_syncing_rows(ledger: Ledger) -> None:
    w = Writer(ledger)
    acc = w.account("Checking", AccountKind.CHECKING)
    w.add(acc, D0, 100)
    with ledger.book.write_engine.connect() as c, c.begin():
        c.exec_driver_sql("UPDATE syncs SET status = 'syncing'")
    assert materialize.pending_accounts(ledger) == {}
    assert materialize.recover_interrupted(ledger) == 1
    assert AccountId(acc) in materialize.pending_accounts(ledger)
    assert materialize.sync_pending(ledger)[0].status == "completed"
    assert ends(stored(ledger, acc)) == oracle(ledger, acc)


def test_a_deleted_account_raises_account_gone(ledger: Ledger) -> None:
    with pytest.raises(materialize.AccountGone):
        materialize.sync_account(ledger, AccountId(999))


def test_foreign_entries_convert_at_the_rate_on_or_before_and_flag_missing(
    ledger: Ledger,
) -> None:
    w = Writer(ledger)
    acc = w.account("Checking", AccountKind.CHECKING)
    w.rate(D0 + timedelta(days=2), "EUR", "USD", "1.10")
    w.add(acc, D0, 1_000)
    w.add(acc, D0 + timedelta(days=1), 1_000, cur="EUR")  # before any rate: missing
    w.add(acc, D0 + timedelta(days=5), 1_000, cur="EUR")  # 10 EUR -> 11 USD
    outcome = materialize.sync_pending(ledger)[0]
    assert outcome.partial
    assert [str(m) for m in outcome.missing] == ["no EUR→USD rate on or before 2024-01-02"]
    rows = stored(ledger, acc)
    assert [r[6] for r in rows] == [0, 1, 1, 1, 1, 1]
    assert rows[-1][5] == 1_000 + 1_100
    # A valuation sets a known level again and clears the flag.
    w.add(acc, D0 + timedelta(days=6), 5_000, kind="valuation")
    materialize.sync_pending(ledger)
    assert stored(ledger, acc)[-1][5:] == (5_000, 0)
    assert Decimal("1.10") * 1_000 == 1_100
