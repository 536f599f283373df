"""The ``Worker``: one object the app and the CLI start, feed with Changes, and stop.

    worker = Worker(ledger)                  # opens the book's queue, registers the tasks
    worker.events.subscribe("sync_completed", on_synced)   # see worker.events for threads
    worker.start()                           # cleanup, then N worker threads + scheduler
    worker.wake()                            # after each write (the book holds what); never raises
    worker.enqueue_changes(changes)          # the same, for callers holding a Changes
    worker.sync_now(account_id, full=True)   # a rebuild, recorded in the book, then a wake-up
    worker.stop()                            # running task finishes; queued ones stay queued
    worker.stop_for_exit()                   # the app quitting: a long task is abandoned

Without ``start()`` the object is an enqueue-only handle (the CLI's writes use it that way and
whichever consumer runs next, app or ``permoney worker``, does the work). The book's syncs table
is the record of that work (``worker.claims``); the queue file only carries wake-ups.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from permoney_desktop.services.health_bands import DEFAULT_THRESHOLDS, ThresholdError, Thresholds
from permoney_desktop.worker import presence
from permoney_desktop.worker.consumer import (
    DEFAULT_INITIAL_DELAY,
    DEFAULT_MAX_DELAY,
    InProcessConsumer,
)
from permoney_desktop.worker.events import QUEUE_CHANGED, EventPublisher
from permoney_desktop.worker.maintenance_tasks import cleanup, collect_report
from permoney_desktop.worker.monitor import HealthReport, JobMonitor
from permoney_desktop.worker.queue import ENQUEUED_AT, PermoneyHuey, queue_for
from permoney_desktop.worker.registry import WorkerContext, register_all
from permoney_desktop.worker.takeover import ClaimWatch

if TYPE_CHECKING:
    from permoney_desktop.domain.changes import Changes
    from permoney_desktop.services.ledger import Ledger

log = logging.getLogger(__name__)

THREADS_ENV = "PERMONEY_WORKER_THREADS"
THREADS_SETTING = "worker.threads"
DEFAULT_THREADS = 2
MAX_THREADS = 16
HEALTH_CHECK_EVERY_S = 10.0
WORKER_THREAD_PREFIX = "permoney-worker"
# How long quitting the app waits for a running task (a long sync is abandoned after it).
EXIT_WAIT_S = 0.25
PERSIST_EVERY_S = 2.0


class WorkerError(RuntimeError):
    """A worker that cannot be configured or started as asked."""


def parse_threads(raw: object, where: str) -> int:
    """A thread count from a setting or the environment; a clear error naming ``where``."""
    try:
        value = int(str(raw).strip())
    except ValueError:
        value = 0
    if isinstance(raw, bool) or not 1 <= value <= MAX_THREADS:
        raise WorkerError(f"{where} must be a whole number from 1 to {MAX_THREADS}, not {raw!r}")
    return value


def resolve_threads(ledger: Ledger, explicit: int | None = None) -> int:
    """Explicit count, else ``PERMONEY_WORKER_THREADS``, else the book's ``worker.threads``."""
    if explicit is not None:
        return parse_threads(explicit, "the thread count")
    env = os.environ.get(THREADS_ENV)
    if env:
        return parse_threads(env, THREADS_ENV)
    setting = ledger.setting(THREADS_SETTING)
    if setting is not None:
        return parse_threads(setting, f"setting {THREADS_SETTING}")
    return DEFAULT_THREADS


def load_thresholds(ledger: Ledger) -> Thresholds:
    try:
        return DEFAULT_THRESHOLDS.with_settings(ledger.all_settings())
    except ThresholdError as exc:
        log.warning("ignoring threshold settings: %s", exc)
        return DEFAULT_THRESHOLDS


class Worker:
    """The book's background worker (see the module docstring for the life cycle)."""

    def __init__(
        self,
        ledger: Ledger,
        *,
        threads: int | None = None,
        queue_path: Path | None = None,
        periodic: bool = True,
        initial_delay: float = DEFAULT_INITIAL_DELAY,
        max_delay: float = DEFAULT_MAX_DELAY,
        events: EventPublisher | None = None,
        task_modules: Sequence[ModuleType] | None = None,
    ) -> None:
        self.ledger = ledger
        self.threads = resolve_threads(ledger, threads)
        self.periodic = periodic
        self.initial_delay = initial_delay
        self.max_delay = max_delay
        self.events = events or EventPublisher()
        self.monitor = JobMonitor(load_thresholds(ledger))
        self.huey: PermoneyHuey = queue_for(ledger, queue_path)
        self.consumer_id = uuid.uuid4().hex[:12]
        self.ctx = WorkerContext(
            ledger=ledger,
            events=self.events,
            monitor=self.monitor,
            huey=self.huey,
            consumer_id=self.consumer_id,
        )
        register_all(self.huey, self.ctx, task_modules)
        self.huey.pre_execute("permoney-monitor")(self._before_task)
        self.huey.post_execute("permoney-monitor")(self._after_task)
        self.huey.on_discard = lambda reason: self.monitor.discard("payload", reason)
        self.huey.on_enqueued = self._queue_changed
        self._consumer: InProcessConsumer | None = None
        self._stop_beat = threading.Event()
        self._beat_thread: threading.Thread | None = None
        self._last_queue_state: tuple[int, int] | None = None
        self._queue_lock = threading.Lock()
        self._watching = False
        # A shared book's other machines wake nobody here without Redis, and a wake-up lost
        # with Redis or a server restart leaves rows pending: poll for their work.
        self._claim_watch = ClaimWatch(self.ctx, poll_pending=ledger.book.shared)

    # -- life cycle ---------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._consumer is not None

    def start(self) -> None:
        """Clean up after crashes, then start the worker threads (idempotent)."""
        if self._consumer is not None:
            return
        self.events.unmute()
        saved = presence.get_state(self.huey, presence.MONITOR_KEY)
        if isinstance(saved, dict):
            self.monitor.restore(saved)
        presence.beat(self.huey, self.consumer_id, self._beat_info())
        self._claim_watch.keep_session()  # before any claim: ours must not look dead
        try:
            cleanup(self.ctx, at_start=True)
        except Exception:
            log.exception("start-up cleanup failed; pending syncs run on the next cleanup")
        consumer = InProcessConsumer(
            self.huey,
            workers=self.threads,
            initial_delay=self.initial_delay,
            max_delay=self.max_delay,
            periodic=self.periodic,
        )
        self._watch_user_writes()
        consumer.start()
        self._consumer = consumer
        self._stop_beat.clear()
        self._beat_thread = threading.Thread(
            target=self._beat_loop, name="permoney-heartbeat", daemon=True
        )
        self._beat_thread.start()
        log.info("worker started with %d thread(s) on %s", self.threads, self.huey.side.filename)

    def _watch_user_writes(self) -> None:
        """Tell the sync gate the moment a write not made by a worker thread commits (the
        GUI's edits): a metrics refresh then steps aside before the write's sync is even
        asked for, leaving the GIL to the GUI thread showing the provisional figures."""
        if self._watching:
            return
        from permoney_desktop.store import sync_queries

        gate = self.ctx.sync_gate

        def on_commit() -> None:
            if not threading.current_thread().name.startswith(WORKER_THREAD_PREFIX):
                gate.user_wrote()

        sync_queries.on_commit(self.ledger.book.write_engine, on_commit)
        self._watching = True

    def stop(self, graceful: bool = True, timeout: float | None = None) -> bool:
        """Stop the threads. ``graceful``: a running task finishes first (up to ``timeout``
        seconds); queued tasks stay in the queue file for the next start. Returns False when
        a task was still running at the end (left to finish, or to die with the process)."""
        consumer = self._consumer
        if consumer is None:
            return True
        # The heartbeat first: its health check would restart the threads being stopped.
        self._stop_beat.set()
        if self._beat_thread is not None:
            self._beat_thread.join(timeout=5)
        consumer.shutdown_timeout = timeout
        consumer.stop(graceful=graceful)
        self._consumer = None
        finished = consumer.alive_workers() == 0
        if finished:  # else a running sync still holds claims: they end with the process
            self._claim_watch.close()
        try:
            self._persist()
            presence.forget(self.huey, self.consumer_id)
        except Exception:
            log.exception("could not save worker figures at stop")
        self._queue_changed()
        return finished

    def set_threads(self, threads: int) -> None:
        """Run with ``threads`` worker threads from now on (Settings → OK): a running worker
        restarts its threads, its running task finishing first; queued tasks stay queued."""
        threads = parse_threads(threads, "the thread count")
        if threads == self.threads:
            return
        self.threads = threads
        if self._consumer is not None:
            self.stop(graceful=True, timeout=EXIT_WAIT_S * 20)
            self.start()

    def stop_for_exit(self, wait: float = EXIT_WAIT_S) -> bool:
        """Stop for the app's exit: a running task gets ``wait`` seconds, then it is abandoned
        to die with the process, and its events are no longer delivered (the GUI is going).

        Abandoning loses nothing: a sync commits only if the account's data version did not
        move, so an unfinished one wrote nothing, and its claimed rows are taken over by the
        next start's cleanup (their owner is gone) or by any claim after the lease. A metrics
        refresh cut short leaves cached figures that carry the data versions they were
        computed for, so they show as stale until the hourly full calculation (or the next
        edit's refresh) replaces them. Returns False when a task was abandoned."""
        finished = self.stop(graceful=True, timeout=wait)
        if not finished:
            log.info("quitting: left a running worker task to end with the process")
            self.events.mute()
        return finished

    def close(self) -> None:
        self.stop()
        self.huey.storage.close()
        if self.huey.side is not self.huey.storage:
            self.huey.side.close()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def pause(self) -> None:
        """No new task starts (a running one finishes); requests keep queueing."""
        if self._consumer is not None:
            self._consumer.pause()

    def resume(self) -> None:
        if self._consumer is not None:
            self._consumer.resume()

    @property
    def paused(self) -> bool:
        return self._consumer is not None and self._consumer.paused

    # -- requests -----------------------------------------------------------------------------

    def wake(self, account_ids: Iterable[int] = (), *, metrics: bool = False) -> bool:
        """There is new pending work in the book's syncs table: have a consumer claim it.

        The syncs rows (left by the write gate in the write's own transaction) are the one
        record of what to recompute and from which date; this only enqueues a wake-up (one
        queue-file commit, no book access: cheap on the GUI thread). ``account_ids`` are
        taken first; ``metrics`` asks for a refresh of every metric period (a write that
        changed figures but dirtied no account, e.g. a category renamed). Never raises: on
        failure the rows stay pending for the next wake-up, the periodic cleanup or the next
        start.
        """
        from permoney_desktop.worker.sync_tasks import request_metrics, wake

        try:
            wake(self.ctx, account_ids)
            if metrics and self.ctx.hooks.refresh_metrics:
                request_metrics(self.ctx, None)
        except Exception:
            log.exception("could not wake the worker; the syncs stay pending in the book")
            return False
        return True

    def enqueue_changes(self, changes: Changes) -> bool:
        """``wake`` after a write, for callers holding its Changes: its dirtied accounts
        first, and every metric period when it changed figures but dirtied no account."""
        return self.wake(changes.dirty_from, metrics=not changes.dirty_from and bool(changes.kinds))

    def sync_now(self, account_id: int | None = None, *, full: bool = False) -> None:
        """Sync one account (``full``: rebuild it), or every pending account (every account
        with ``full``). A rebuild is recorded in the book first, so it survives the queue."""
        from permoney_desktop.worker import claims
        from permoney_desktop.worker.sync_tasks import wake

        ids = [] if account_id is None else [account_id]
        if full:
            every = ids or claims.account_ids(self.ledger)
            claims.request(self.ledger, dict.fromkeys(every), claims.book_now(self.ledger))
        wake(self.ctx, ids)

    def request_budget(self, month: date) -> None:
        """Compute one budget month (published as ``budget_updated``)."""
        from permoney_desktop.worker import budget_tasks

        budget_tasks.request(self.ctx, month)

    def request_metrics(self, dates: Iterable[date] | None = None) -> None:
        from permoney_desktop.worker.sync_tasks import request_metrics

        request_metrics(self.ctx, dates)

    # -- state --------------------------------------------------------------------------------

    @property
    def pending(self) -> int:
        """Tasks waiting in the queue file (including retries scheduled for later)."""
        # In the order a task moves (schedule → on its way → queue), so a task moving while
        # this counts is seen in a later stage, never missed between two reads.
        scheduled = int(self.huey.scheduled_count())
        moving = self.huey.moving_count
        return scheduled + moving + int(self.huey.pending_count())

    @property
    def running(self) -> int:
        return self.monitor.running_count

    def wait_idle(self, timeout: float = 30.0, poll: float = 0.01) -> bool:
        """Block until nothing is queued or running here; False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            # Queue first, then the busy count: a task leaves the queue only after its worker
            # counts itself busy, so this order never misses one in between.
            # Retries scheduled for later still count as work to wait for.
            # A task can also go the other way (a retry from its worker back to the schedule)
            # while the counts are read: only counts read with no task changing place
            # meanwhile say "idle".
            before = self._moves()
            if self.pending == 0:
                busy = self._consumer.activity.busy if self._consumer is not None else 0
                if busy == 0 and self.running == 0 and self._moves() == before:
                    return True
            time.sleep(poll)
        return False

    def _moves(self) -> tuple[int, int]:
        """How often tasks changed place: in the queue's storage, and in the worker threads."""
        changes = self._consumer.activity.changes if self._consumer is not None else 0
        return self.huey.moves, changes

    def health(self) -> HealthReport:
        return collect_report(self.huey, self.monitor, ctx=self.ctx, own_id=self.consumer_id)

    # -- hooks --------------------------------------------------------------------------------

    def _before_task(self, task: Any) -> None:
        kwargs = task.kwargs if isinstance(task.kwargs, dict) else {}
        enqueued_at = kwargs.pop(ENQUEUED_AT, None)
        if not isinstance(enqueued_at, int | float):
            enqueued_at = None
        self.monitor.job_started(task.id, task.name, enqueued_at)
        self._queue_changed()

    def _after_task(self, task: Any, value: Any, exception: BaseException | None) -> None:
        from huey.exceptions import RetryTask

        retrying = exception is not None and (
            isinstance(exception, RetryTask) or bool(task.retries)
        )
        self.monitor.job_finished(task.id, exception, retrying=retrying)
        self._queue_changed()

    def _queue_changed(self) -> None:
        try:
            state = (int(self.huey.pending_count()), self.monitor.running_count)
        except Exception:
            return
        with self._queue_lock:
            if state == self._last_queue_state:
                return
            self._last_queue_state = state
        self.events.publish(QUEUE_CHANGED, *state)

    def _beat_info(self) -> dict[str, Any]:
        return {
            "threads": self.threads,
            "paused": self.paused,
            "running": self.monitor.running_jobs(),
        }

    def _idle(self) -> bool:
        """No thread here holds a task or a claim (the takeover's idle poll runs then). A
        thread waiting in a dequeue is idle: on Redis that wait is most of its time."""
        consumer = self._consumer
        return consumer is not None and consumer.activity.holding == 0 and not self.ctx.held

    @contextmanager
    def _still_idle(self) -> Iterator[bool]:
        """``_idle``, kept true while the block runs (no thread takes a task meanwhile)."""
        consumer = self._consumer
        if consumer is None:
            yield False
            return
        with consumer.activity.idle() as idle:
            yield idle and not self.ctx.held

    def _persist(self) -> None:
        presence.put_state(self.huey, presence.MONITOR_KEY, self.monitor.to_state())

    def _beat_loop(self) -> None:
        from permoney_desktop.worker import claims

        last_health = last_persist = last_renew = time.monotonic()
        while not self._stop_beat.wait(presence.HEARTBEAT_INTERVAL_S):
            try:
                presence.beat(self.huey, self.consumer_id, self._beat_info())
                now = time.monotonic()
                if self.ctx.held and now - last_renew >= claims.RENEW_EVERY_S:
                    # A long rebuild keeps its claim; a dead process's claim runs out.
                    claims.renew(self.ledger, self.consumer_id, claims.book_now(self.ledger))
                    last_renew = now
                elif not self.ctx.held:
                    last_renew = now
                self._claim_watch.tick(now, idle=self._idle(), still_idle=self._still_idle)
                if self.monitor.changed.is_set() and now - last_persist >= PERSIST_EVERY_S:
                    self.monitor.changed.clear()
                    self._persist()
                    last_persist = now
                if now - last_health >= HEALTH_CHECK_EVERY_S and self._consumer is not None:
                    last_health = now
                    self._consumer.check_worker_health()
            except Exception:
                log.exception("worker heartbeat failed")
