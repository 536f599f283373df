"""Worker test helpers: real consumers on temporary files, always stopped; balance snapshots."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.ids import AccountId
from permoney_desktop.services import accounts, entries, materialize
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker.runtime import Worker
from tests.services.book_state import connect

START = date(2020, 1, 1)


class Recorder:
    """Every worker event with the time and thread it arrived on."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.events: list[tuple[float, str, tuple[Any, ...], str]] = []

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        with self.lock:
            self.events.append((time.perf_counter(), event, args, threading.current_thread().name))

    def of(self, event: str, account: int | None = None) -> list[tuple[Any, ...]]:
        with self.lock:
            return [
                a
                for _, e, a, _ in self.events
                if e == event and (account is None or a[0] == account)
            ]


@pytest.fixture
def make_worker(ledger: Ledger) -> Iterator[Callable[..., Worker]]:
    made: list[Worker] = []

    def make(**kwargs: Any) -> Worker:
        kwargs.setdefault("periodic", False)
        worker = Worker(kwargs.pop("on", ledger), **kwargs)
        made.append(worker)
        return worker

    yield make
    for worker in made:
        worker.close()


def new_account(
    ledger: Ledger, name: str = "Checking", entries_count: int = 0, days: int = 2000
) -> AccountId:
    acct, _ = accounts.create_account(
        ledger, name, "checking", "USD", opening_balance=100, opening_date=START
    )
    if entries_count:
        rows = [
            NewEntry(acct, START + timedelta(days=i % days), Decimal(i % 7 - 3) + Decimal("0.25"))
            for i in range(entries_count)
        ]
        entries.add_many(ledger, rows, label="bulk")
    materialize.sync_account(ledger, acct, full=True)
    return acct


def balance_rows(book: Path | Ledger, account: int) -> list[tuple[Any, ...]]:
    """An account's materialized rows, read outside the app (a file or a shared book)."""
    with connect(book) as conn:
        return conn.execute(
            'SELECT date, currency, start, inflows, outflows, adjustment, "end", partial '
            "FROM balances WHERE account_id = ? ORDER BY date",
            (account,),
        ).fetchall()


def assert_equals_full_rebuild(ledger: Ledger, account: int) -> None:
    """The worker's rows are exactly what a from-scratch rebuild writes."""
    after_worker = balance_rows(ledger, account)
    assert after_worker, "no balances were materialized"
    materialize.sync_account(ledger, AccountId(account), full=True)
    assert balance_rows(ledger, account) == after_worker


def data_version(ledger: Ledger, account: int) -> int:
    with connect(ledger) as conn:
        return int(
            conn.execute("SELECT data_version FROM accounts WHERE id = ?", (account,)).fetchone()[0]
        )


def sync_statuses(ledger: Ledger, account: int) -> list[str]:
    with connect(ledger) as conn:
        return [
            r[0]
            for r in conn.execute(
                "SELECT status FROM syncs WHERE account_id = ? ORDER BY id", (account,)
            )
        ]
