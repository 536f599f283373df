"""``Worker.wait_idle`` never says "idle" while a task is on its way between the schedule and
the queue, nor while one changes place as the counts are read (a busy book's retry was missed
now and then, and the test of that retry failed under load)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from permoney_desktop.worker.runtime import Worker

MakeWorker = Callable[..., Worker]


def _due_task(worker: Worker) -> Any:
    task = worker.ctx.tasks["sync_account"].s([])
    task.eta = datetime.now(UTC).replace(tzinfo=None) - timedelta(seconds=1)
    return task


def test_a_task_taken_off_the_schedule_and_not_yet_queued_is_still_pending(
    make_worker: MakeWorker,
) -> None:
    worker = make_worker()
    huey = worker.huey
    huey.add_schedule(_due_task(worker))
    assert worker.pending == 1
    taken = huey.read_schedule()  # what Huey's scheduler does first, then enqueues each
    assert len(taken) == 1 and huey.scheduled_count() == 0 and huey.pending_count() == 0
    assert worker.pending == 1
    assert not worker.wait_idle(timeout=0.05)
    huey.enqueue(taken[0])
    assert worker.pending == 1 and huey.moving_count == 0
    while (task := huey.dequeue()) is not None:
        huey.execute(task)
    assert worker.wait_idle(timeout=5)


def test_each_change_of_place_is_counted(make_worker: MakeWorker) -> None:
    worker = make_worker()
    huey = worker.huey
    seen = [huey.moves]
    task = _due_task(worker)
    huey.add_schedule(task)  # a retry going back to the schedule
    seen.append(huey.moves)
    huey.read_schedule()
    seen.append(huey.moves)
    huey.enqueue(task)
    seen.append(huey.moves)
    assert seen == sorted(set(seen)), seen  # every step moved the count on
