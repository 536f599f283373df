"""A new thread count (Settings → OK) reaches a running worker: its threads restart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker.runtime import Worker, WorkerError
from tests.worker.conftest import new_account


def test_set_threads_restarts_a_running_worker(
    ledger: Ledger, make_worker: Callable[..., Worker]
) -> None:
    worker = make_worker(threads=1)
    worker.start()
    consumer: Any = worker._consumer
    assert consumer is not None and consumer.alive_workers() == 1
    worker.set_threads(3)
    assert worker.threads == 3 and worker.started
    assert worker._consumer is not consumer and worker._consumer.alive_workers() == 3  # type: ignore[union-attr]
    account = new_account(ledger, entries_count=5)
    worker.sync_now(account)
    assert worker.wait_idle(30)  # and it still works
    with pytest.raises(WorkerError):
        worker.set_threads(0)
