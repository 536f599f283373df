"""Huey's consumer, tuned to run inside the app: no signal handlers, quick wake-ups, pausing.

Stock ``Consumer.start()`` installs SIGINT/SIGTERM/SIGHUP handlers (which swallow a Qt app's
signals, and fail off the main thread); here that is a no-op. Idle workers wait on the queue's
``wake`` event, so a task enqueued in this process starts at once. Only the first worker also
polls the queue file (``initial_delay`` growing to ``max_delay``) for tasks enqueued by other
processes; the others sleep until woken (or ``SIBLING_MAX_DELAY``), so idle cost does not grow
with the thread count. A worker that takes a task wakes its siblings to look for more.
Threads are named ``permoney-worker-N`` and ``permoney-scheduler``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from huey.consumer import Consumer, Worker

from permoney_desktop.worker.queue import PermoneyHuey

DEFAULT_INITIAL_DELAY = 0.01
DEFAULT_MAX_DELAY = 0.05
PAUSED_POLL_S = 0.1
SIBLING_MAX_DELAY = 1.0


class Activity:
    """How many workers are busy: ``busy`` counts from the start of a dequeue to the end of
    execution, ``holding`` from a dequeue that returned a task to the end of its execution.

    ``busy`` is stricter than the monitor's running count: a task just taken off the queue
    but not yet started still counts, so "queue empty and nobody busy" really means drained.
    It is no measure of idleness: on Redis a dequeue blocks (up to a second, so a wake-up from
    another machine starts at once), and a thread waiting there for work counted as busy
    nearly all the time. ``holding`` is what "this worker is doing something" means.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.busy = 0
        self.holding = 0
        self.changes = 0  # bumped as a task is taken and as it ends (``Worker.wait_idle``)

    def enter(self) -> None:
        with self._lock:
            self.busy += 1

    def leave(self) -> None:
        with self._lock:
            self.busy -= 1

    def hold(self) -> None:
        with self._lock:
            self.holding += 1
            self.changes += 1

    @contextmanager
    def idle(self) -> Iterator[bool]:
        """Whether no thread holds a task; for as long as the block runs none starts to (a
        thread that has just dequeued one waits in ``hold``), so an idle worker's heartbeat
        can give back its own leftover claims without racing a claim being made."""
        with self._lock:
            yield self.holding == 0

    def done(self) -> None:
        with self._lock:
            self.holding -= 1
            self.changes += 1


class WakeableWorker(Worker):  # type: ignore[misc]
    """A worker thread that sleeps on the queue's wake event and honours a pause gate."""

    def __init__(
        self,
        *args: Any,
        wake: threading.Event,
        gate: threading.Event,
        activity: Activity,
        **kw: Any,
    ) -> None:
        super().__init__(*args, **kw)
        self.wake = wake
        self.gate = gate
        self.activity = activity

    def loop(self, now: Any = None) -> None:
        # Huey's Worker.loop, with the busy count around dequeue + execute and a pause gate.
        if not self.gate.is_set():
            self.stop_flag.wait(PAUSED_POLL_S)
            return
        task = None
        self.activity.enter()
        try:
            task = self.huey.dequeue()
            if task is not None:
                self.activity.hold()
                self.wake.set()  # a sibling checks for more while this one works
                self.delay = self.default_delay
                try:
                    self.huey.execute(task, now)
                except Exception:
                    self._logger.exception("Unhandled error during execution of task %s.", task.id)
        except Exception:
            self._logger.exception("Error reading from queue")
        finally:
            if task is not None:
                self.activity.done()
            self.activity.leave()
        if task is None:
            self.sleep()

    def sleep(self) -> None:
        self.delay = min(self.delay, self.max_delay)
        if self.wake.wait(self.delay):
            # Clear before dequeuing: an enqueue after this point sets it again, none is lost.
            self.wake.clear()
            self.delay = self.default_delay
            return
        self.delay *= self.backoff


class InProcessConsumer(Consumer):  # type: ignore[misc]
    """The consumer the app and ``permoney worker`` run (thread workers only)."""

    def __init__(
        self,
        huey: PermoneyHuey,
        *,
        workers: int = 2,
        initial_delay: float = DEFAULT_INITIAL_DELAY,
        max_delay: float = DEFAULT_MAX_DELAY,
        periodic: bool = True,
    ) -> None:
        self.gate = threading.Event()
        self.gate.set()
        self.activity = Activity()
        super().__init__(
            huey,
            workers=workers,
            worker_type="thread",
            periodic=periodic,
            initial_delay=initial_delay,
            backoff=1.15,
            max_delay=max_delay,
            scheduler_interval=1,
            check_worker_health=True,
        )

    def _create_worker(self) -> WakeableWorker:
        # Called once per worker in Consumer.__init__ (and for replacements of dead ones).
        poller = not getattr(self, "worker_threads", None)
        return WakeableWorker(
            huey=self.huey,
            stop_flag=self.stop_flag,
            default_delay=self.default_delay,
            max_delay=self.max_delay if poller else SIBLING_MAX_DELAY,
            backoff=self.backoff,
            max_tasks=self.max_tasks,
            wake=self.huey.wake,
            gate=self.gate,
            activity=self.activity,
        )

    def _create_process(self, process: Any, name: str) -> Any:
        return super()._create_process(process, f"permoney-{name.lower()}")

    def _set_signal_handlers(self) -> None:
        """The host (Qt, or the CLI's own handlers) owns process signals."""

    def pause(self) -> None:
        self.gate.clear()

    def resume(self) -> None:
        self.gate.set()
        self.huey.wake.set()

    @property
    def paused(self) -> bool:
        return not self.gate.is_set()

    def stop(self, graceful: bool = False) -> None:
        """Stop the threads; ``graceful`` waits for running tasks (queued ones stay queued)."""
        self.stop_flag.set()
        self.huey.wake.set()  # idle workers notice the stop flag now, not at their next poll
        super().stop(graceful=graceful)

    def alive_workers(self) -> int:
        return sum(1 for _, t in self.worker_threads if t.is_alive())
