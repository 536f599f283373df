"""The book's Huey queue: SqliteHuey on its own file, with wake-ups and enqueue timestamps.

The queue never lives in the book (Huey takes exclusive locks on its file). On top of stock
``SqliteHuey`` this subclass:

* stamps every enqueued task with its wall-clock enqueue time (``ENQUEUED_AT`` kwarg, removed
  again before the task runs) so the monitor can measure queue latency, even across processes;
* sets ``wake`` after each enqueue so idle in-process workers start the task at once instead
  of waiting for their next poll;
* turns a payload that cannot be deserialized (unknown task, corrupt bytes) into a logged
  warning and a discard instead of an error loop.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from huey import SqliteHuey
from huey.storage import SqliteStorage

from permoney_desktop.platform.paths import ensure_derived_dir, make_private_file, move_aside
from permoney_desktop.store import queue_tables

if TYPE_CHECKING:
    from permoney_desktop.services.ledger import Ledger

log = logging.getLogger(__name__)

QUEUE_NAME = "permoney"
ENQUEUED_AT = "_enqueued_at"

# Task priorities: account syncs run before metric refreshes, which run before maintenance.
PRIORITY_SYNC = 100
PRIORITY_METRICS = 50
PRIORITY_MAINTENANCE = 10

# The worker's own small tables beside Huey's live in the same file (never in the book):
# dates awaiting a metrics refresh (see ``metric_dates``), and a key/value table for
# heartbeats and monitor figures that `permoney health` reads from another process (see
# ``store.queue_tables``). What balances must be recomputed is not here: the book's syncs
# table holds it (``claims``).


class QueueStorage(SqliteStorage):  # type: ignore[misc]
    """Huey's SQLite storage with ``synchronous=NORMAL``: no fsync per commit in WAL mode.

    Every enqueue and dequeue is a commit; with SQLite's default (FULL) each one waits for an
    fsync, several milliseconds on a laptop disk. NORMAL stays safe against an app crash; a
    power cut may lose the last few queue commits, which costs nothing: the book's syncs table
    keeps every dirty account and the next start wakes a consumer for them.
    """

    def _create_connection(self) -> Any:
        conn = super()._create_connection()
        queue_tables.tune(conn)
        return conn


class PermoneyHuey(SqliteHuey):  # type: ignore[misc]
    """SqliteHuey with wake-ups, enqueue timestamps and a safe deserializer.

    ``side``: the storage of the worker's side tables, this machine's queue file (for a book
    file that is the queue's own storage; a shared book's queue is on Redis)."""

    storage_class = QueueStorage

    def __init__(self, *args: Any, side: QueueStorage | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.side: QueueStorage = self.storage if side is None else side
        self.wake = threading.Event()
        self.on_discard: Callable[[str], None] | None = None
        self.on_enqueued: Callable[[], None] | None = None
        # Tasks Huey's scheduler has taken off the schedule and not yet enqueued (by id): in
        # between they are in neither count, and "nothing pending" would be wrong then (a
        # busy book's retry, due, was missed by ``Worker.wait_idle`` now and then).
        self._moving: set[str] = set()
        self._moving_lock = threading.Lock()
        self.moves = 0  # bumped whenever a task changes place (``Worker.wait_idle`` compares)

    @property
    def moving_count(self) -> int:
        """Tasks on their way from the schedule to the queue."""
        with self._moving_lock:
            return len(self._moving)

    def read_schedule(self, timestamp: Any = None) -> list[Any]:
        with self._moving_lock:
            tasks: list[Any] = super().read_schedule(timestamp)
            self._moving.update(t.id for t in tasks if t is not None)
            self.moves += bool(tasks)
        return tasks

    def add_schedule(self, task: Any) -> None:
        super().add_schedule(task)  # a retry's delay, a task not due yet
        with self._moving_lock:
            self.moves += 1

    def enqueue(self, task: Any) -> Any:
        kwargs = getattr(task, "kwargs", None)
        if isinstance(kwargs, dict):
            kwargs[ENQUEUED_AT] = time.time()
        try:
            result = super().enqueue(task)
        finally:
            # Queued now (or lost to an error Huey logs): either way no longer on its way.
            with self._moving_lock:
                self._moving.discard(str(getattr(task, "id", "")))
                self.moves += 1
        self.wake.set()
        if self.on_enqueued is not None:
            self.on_enqueued()
        return result

    def deserialize_task(self, data: bytes) -> Any:
        try:
            return super().deserialize_task(data)
        except Exception as exc:
            reason = f"discarded a queued task that cannot be read ({type(exc).__name__}: {exc})"
            log.warning(reason)
            if self.on_discard is not None:
                self.on_discard(reason)
            return None


# Where a shared book's queue is: this environment variable, else the book's setting. A
# password goes in the environment only (``redis://:PASSWORD@HOST``), never in the book.
QUEUE_URL_ENV = "PERMONEY_QUEUE_URL"
QUEUE_URL_SETTING = "worker.queue_url"


def queue_url(ledger: Ledger) -> str | None:
    """The Redis URL of a shared book's queue, or None (a book file, or none configured:
    then the queue is this machine's file and other machines wake at their cleanup)."""
    if not ledger.book.shared:
        return None
    url = os.environ.get(QUEUE_URL_ENV) or ledger.setting(QUEUE_URL_SETTING)
    return str(url) if url else None


def queue_for(ledger: Ledger, queue_path: Path | None = None) -> PermoneyHuey:
    """The book's queue: Redis for a shared book that names one, else the queue file."""
    path = queue_path or ledger.paths.queue
    url = queue_url(ledger)
    return make_huey(path) if url is None else make_redis_huey(path, url, ledger.book_id)


def make_redis_huey(queue_path: Path, url: str, book_id: str) -> PermoneyHuey:
    """Huey on Redis at ``url`` for the shared book ``book_id``; side tables in
    ``queue_path`` (this machine's file)."""
    ensure_derived_dir(queue_path.parent)
    side = QueueStorage(QUEUE_NAME, filename=str(queue_path))
    queue_tables.create_side_tables(side)
    make_private_file(queue_path)
    # Imported here: the redis client is the optional "shared" extra (not in the bundle).
    from permoney_desktop.worker.redis_queue import PermoneyRedisHuey, queue_name

    return PermoneyRedisHuey(
        queue_name(book_id),
        url=url,
        side=side,
        results=False,
        store_intermediate_errors=False,
    )


def make_huey(queue_path: Path) -> PermoneyHuey:
    """The Huey instance on ``queue_path`` (created owner-only when missing).

    A queue file SQLite cannot read is moved aside and a new one made, said once: it holds
    only wake-ups, and the book's syncs table says what work is pending.
    """
    ensure_derived_dir(queue_path.parent)
    try:
        return _open_huey(queue_path)
    except Exception as exc:
        if not queue_tables.is_unreadable(exc):
            raise
        rebuild_queue(queue_path, str(exc))
        return _open_huey(queue_path)


def repair_queue(queue_path: Path) -> str | None:
    """``check --repair``: SQLite's quick check of the queue file; an untrustworthy one is
    moved aside and made anew. Says what it did, or None when the file was sound."""
    problem = queue_tables.file_problem(queue_path)
    if problem is None:
        return None
    moved = rebuild_queue(queue_path, problem)
    _open_huey(queue_path)
    return f"moved the unreadable work queue aside ({moved.name}) and started a new one"


def rebuild_queue(queue_path: Path, reason: str) -> Path:
    """Move an unreadable queue file (and its sidecars) aside; the next open makes a new one."""
    moved = move_aside(queue_path)
    for suffix in ("-wal", "-shm"):
        side = queue_path.with_name(queue_path.name + suffix)
        if side.exists():
            side.replace(moved.with_name(moved.name + suffix))
    log.warning(
        "the work queue %s could not be read (%s); moved it aside to %s and started a new "
        "one (pending work is kept in the book)",
        queue_path.name,
        reason,
        moved.name,
    )
    return moved


def _open_huey(queue_path: Path) -> PermoneyHuey:
    huey = PermoneyHuey(
        QUEUE_NAME,
        filename=str(queue_path),
        # Recompute tasks return None; nobody reads results, so none are stored.
        results=False,
        store_intermediate_errors=False,
        timeout=5,
    )
    queue_tables.create_side_tables(huey.storage)
    make_private_file(queue_path)
    return huey


def sync_waiting(huey: PermoneyHuey) -> bool:
    """Is a sync wake-up waiting in the queue (from any process)? One indexed probe."""
    storage = huey.storage
    waiting_at_least = getattr(storage, "waiting_at_least", None)  # Redis (a shared book)
    if waiting_at_least is not None:
        return bool(waiting_at_least(PRIORITY_SYNC))
    return queue_tables.sync_waiting(storage, huey.name, PRIORITY_SYNC)
