"""The shared book's wake-up queue on a real Redis: wake-ups cross machines in priority order,
and losing Redis loses nothing and stalls nothing (no fakeredis, no mocks)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.services import entries, materialize
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker import queue
from permoney_desktop.worker.queue import PRIORITY_METRICS, PRIORITY_SYNC, PermoneyHuey
from permoney_desktop.worker.redis_queue import PermoneyRedisHuey
from permoney_desktop.worker.runtime import Worker
from tests import servers
from tests.worker.conftest import START, assert_equals_full_rebuild, new_account
from tests.worker.test_worker_process import wait_for


@pytest.fixture
def redis_server() -> Iterator[Any]:
    server = servers.services().start_redis()
    yield server
    server.close()


def machine(tmp_path: Path, name: str, url: str) -> PermoneyHuey:
    """One machine's queue: Redis shared, side tables in its own queue file."""
    return queue.make_redis_huey(tmp_path / f"{name}.queue.db", url, "book-1")


def tasks_of(huey: PermoneyHuey) -> dict[str, Any]:
    got: list[tuple[str, Any]] = []

    @huey.task(priority=PRIORITY_SYNC, name="sync_account")
    def sync_account(ids: list[int], **_kw: Any) -> None:
        got.append(("sync", ids))

    @huey.task(priority=PRIORITY_METRICS, name="refresh_metrics")
    def refresh_metrics(**_kw: Any) -> None:
        got.append(("metrics", None))

    return {"sync": sync_account, "metrics": refresh_metrics, "got": got}


def run_all(huey: PermoneyHuey) -> None:
    while (task := huey.dequeue()) is not None:
        huey.execute(task)


def test_a_wake_up_on_one_machine_reaches_another_in_priority_order(
    tmp_path: Path, redis_server: Any
) -> None:
    laptop, desktop = (
        machine(tmp_path, "laptop", redis_server.url),
        machine(tmp_path, "desktop", redis_server.url),
    )
    on_laptop, on_desktop = tasks_of(laptop), tasks_of(desktop)
    on_laptop["metrics"]()
    on_laptop["sync"]([3])
    assert queue.sync_waiting(desktop)
    run_all(desktop)
    assert on_desktop["got"] == [("sync", [3]), ("metrics", None)]
    assert not queue.sync_waiting(laptop)
    # Each machine keeps its own side tables (heartbeats, metric dates).
    assert laptop.side is not desktop.side
    assert Path(laptop.side.filename).name == "laptop.queue.db"


def test_losing_redis_keeps_this_machines_wake_ups(tmp_path: Path, redis_server: Any) -> None:
    huey = machine(tmp_path, "laptop", redis_server.url)
    tasks = tasks_of(huey)
    redis_server.close()  # the server is gone, and with it every message it held
    tasks["metrics"]()
    tasks["sync"]([7])
    assert huey.storage.unreachable
    assert huey.pending_count() == 2
    assert queue.sync_waiting(huey)
    run_all(huey)
    assert tasks["got"] == [("sync", [7]), ("metrics", None)]


def test_redis_back_again_is_used_again(tmp_path: Path) -> None:
    server = servers.services().start_redis()
    port = server.port
    huey = machine(tmp_path, "laptop", server.url)
    tasks = tasks_of(huey)
    server.close()
    tasks["sync"]([1])
    run_all(huey)
    again = servers.services().start_redis(port=port)
    try:
        other = machine(tmp_path, "desktop", again.url)
        tasks["sync"]([2])  # into Redis again: the other machine receives it
        assert not huey.storage.unreachable
        other_tasks = tasks_of(other)
        run_all(other)
        assert other_tasks["got"] == [("sync", [2])]
        assert tasks["got"] == [("sync", [1])]
    finally:
        again.close()


def test_a_write_on_one_machine_is_recomputed_by_the_other_machines_worker(
    tmp_path: Path, redis_server: Any, pg_book_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(queue.QUEUE_URL_ENV, redis_server.url)
    with Ledger.open(pg_book_url) as laptop_book, Ledger.open(pg_book_url) as desktop_book:
        acct = new_account(laptop_book, entries_count=50)
        laptop = Worker(laptop_book, queue_path=tmp_path / "laptop.db", periodic=False)
        desktop = Worker(desktop_book, queue_path=tmp_path / "desktop.db", periodic=False)
        try:
            assert isinstance(laptop.huey, PermoneyRedisHuey)
            desktop.start()
            laptop.start()
            laptop.pause()  # the laptop's own worker is busy elsewhere
            changes = entries.add_entry(
                laptop_book, NewEntry(acct, START + timedelta(days=3), Decimal("5.00"))
            )[1]
            assert laptop.enqueue_changes(changes)
            assert wait_for(lambda: not materialize.pending_accounts(laptop_book), 20, 0.05)
            # The desktop's idle poll may finish the sync before its consumer takes the wake-up
            # (or the metrics refresh the sync asks for) off Redis: wait for that too.
            assert wait_for(lambda: laptop.huey.pending_count() == 0, 20, 0.05)
            assert_equals_full_rebuild(laptop_book, acct)
        finally:
            laptop.close()
            desktop.close()
