"""The daily safety run (backup + check, each once a day) and the health summary."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

from permoney_desktop.services import backups, book_safety, integrity
from permoney_desktop.services.demo import fill_demo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker.runtime import Worker


def test_run_due_does_each_job_once_a_day(ledger: Ledger) -> None:
    fill_demo(ledger, transactions=400, years=1, seed=2, end=date(2024, 3, 31))
    first = book_safety.run_due(ledger)
    assert first.backup is not None and first.backup.ok
    assert first.check is not None
    again = book_safety.run_due(ledger)
    assert again == book_safety.SafetyRun(None, None)
    tomorrow = datetime.now(UTC) + timedelta(days=1, minutes=1)
    later = book_safety.run_due(ledger, now=tomorrow)
    assert later.check is not None and later.backup is not None  # a new day
    assert len(backups.automatic_backups(ledger)) == 2
    summary = book_safety.summary(ledger)
    assert not summary.encrypted
    assert summary.last_backup == later.backup
    assert summary.last_check == later.check


def test_worker_runs_the_safety_task(ledger: Ledger) -> None:
    fill_demo(ledger, transactions=400, years=1, seed=2, end=date(2024, 3, 31))
    worker = Worker(ledger, periodic=False)
    try:
        worker.start()
        worker.ctx.tasks["book_safety"]()  # what the periodic schedule enqueues
        deadline = time.monotonic() + 30
        while integrity.last_check(ledger) is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        worker.close()
    assert integrity.last_check(ledger) is not None
    assert len(backups.automatic_backups(ledger)) == 1
