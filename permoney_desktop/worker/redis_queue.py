"""The wake-up queue of a shared book: Huey on Redis, so a write on one machine wakes workers
on every machine; the worker's side tables stay in this machine's queue file.

Redis carries wake-ups only. The work is the book's ``syncs`` table, so losing Redis, or any
message in it, loses nothing. Nor does it stall this machine: while Redis cannot be reached,
the storage keeps this process's own wake-ups (and scheduled retries) in memory and hands them
to its own consumers, said once in the log; other machines find the pending work at their next
periodic cleanup. When Redis answers again the queue is used as before.
"""

from __future__ import annotations

import heapq
import logging
import threading
import time
from datetime import datetime
from typing import Any

from huey.constants import EmptyData
from huey.storage import PriorityRedisStorage
from redis import ConnectionPool
from redis.exceptions import RedisError

from permoney_desktop.worker.queue import PermoneyHuey

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 2.0
SOCKET_TIMEOUT_S = 5.0


class FallbackRedisStorage(PriorityRedisStorage):  # type: ignore[misc]
    """Huey's priority Redis storage that degrades to an in-process queue while Redis is
    unreachable (see the module docstring)."""

    def __init__(self, name: str = "huey", url: str = "", **kwargs: Any) -> None:
        pool = ConnectionPool.from_url(
            url,
            socket_connect_timeout=CONNECT_TIMEOUT_S,
            socket_timeout=SOCKET_TIMEOUT_S,
            health_check_interval=30,
        )
        super().__init__(name, connection_pool=pool, **kwargs)
        self.url = url
        self._lock = threading.Lock()
        self._local: list[tuple[int, int, bytes]] = []  # (-priority, order, data)
        self._local_schedule: list[tuple[float, int, bytes]] = []
        self._order = 0
        self._data: dict[str, Any] = {}
        self.unreachable = False

    # -- state --------------------------------------------------------------------------------

    def _down(self, exc: BaseException) -> None:
        if not self.unreachable:
            log.warning(
                "the shared work queue (Redis) cannot be reached (%s); wake-ups stay on this "
                "machine until it answers (no work is lost: it is in the book)",
                type(exc).__name__,
            )
        self.unreachable = True

    def _up(self) -> None:
        if self.unreachable:
            log.info("the shared work queue (Redis) answers again")
        self.unreachable = False

    def _next(self) -> int:
        self._order += 1
        return self._order

    # -- queue --------------------------------------------------------------------------------

    def enqueue(self, data: bytes, priority: int | None = None) -> None:
        try:
            super().enqueue(data, priority)
        except RedisError as exc:
            self._down(exc)
            with self._lock:
                heapq.heappush(self._local, (-(priority or 0), self._next(), data))
            return
        self._up()

    def dequeue(self) -> bytes | None:
        with self._lock:
            if self._local:
                return heapq.heappop(self._local)[2]
        try:
            data = super().dequeue()
        except RedisError as exc:
            self._down(exc)
            time.sleep(min(self.read_timeout, 1))  # the consumer's loop: not a busy spin
            return None
        self._up()
        return data  # type: ignore[no-any-return]

    def queue_size(self) -> int:
        with self._lock:
            local = len(self._local)
        try:
            return local + int(super().queue_size())
        except RedisError as exc:
            self._down(exc)
            return local

    def enqueued_items(self, limit: int | None = None) -> list[bytes]:
        with self._lock:
            local = [d for _p, _o, d in sorted(self._local)]
        try:
            remote = list(super().enqueued_items(limit))
        except RedisError as exc:
            self._down(exc)
            remote = []
        items = local + remote
        return items[:limit] if limit else items

    def waiting_at_least(self, priority: int) -> bool:
        """Is a task of at least ``priority`` queued (here or in Redis)? One ZCOUNT: scores
        are the negated priorities (``RedisPriorityQueue``)."""
        with self._lock:
            if any(-p >= priority for p, _o, _d in self._local):
                return True
        try:
            return int(self.conn.zcount(self.queue_key, "-inf", -priority)) > 0
        except RedisError as exc:
            self._down(exc)
            return False

    # -- key/value data (revocations, locks, counters; results are off) ------------------------

    def _data_call(self, call: Any, fallback: Any) -> Any:
        try:
            value = call()
        except RedisError as exc:
            self._down(exc)
            with self._lock:
                return fallback()
        self._up()
        return value

    def peek_data(self, key: str) -> Any:
        return self._data_call(
            lambda: super(FallbackRedisStorage, self).peek_data(key),
            lambda: self._data.get(key, EmptyData),
        )

    def peek_many(self, keys: list[str]) -> dict[str, Any]:
        return self._data_call(  # type: ignore[no-any-return]
            lambda: super(FallbackRedisStorage, self).peek_many(keys),
            lambda: {k: self._data[k] for k in keys if k in self._data},
        )

    def pop_data(self, key: str) -> Any:
        return self._data_call(
            lambda: super(FallbackRedisStorage, self).pop_data(key),
            lambda: self._data.pop(key, EmptyData),
        )

    def put_data(self, key: str, value: Any, is_result: bool = False) -> None:
        self._data_call(
            lambda: super(FallbackRedisStorage, self).put_data(key, value, is_result),
            lambda: self._data.__setitem__(key, value),
        )

    def put_if_empty(self, key: str, value: Any, ttl: int | None = None) -> bool:
        return bool(
            self._data_call(
                lambda: super(FallbackRedisStorage, self).put_if_empty(key, value, ttl),
                lambda: self._data.setdefault(key, value) is value,
            )
        )

    def has_data_for_key(self, key: str) -> bool:
        return bool(
            self._data_call(
                lambda: super(FallbackRedisStorage, self).has_data_for_key(key),
                lambda: key in self._data,
            )
        )

    def delete_data(self, key: str) -> Any:
        return self._data_call(
            lambda: super(FallbackRedisStorage, self).delete_data(key),
            lambda: self._data.pop(key, None) is not None,
        )

    # -- schedule (retries, delayed tasks) ------------------------------------------------------

    def add_to_schedule(self, data: bytes, ts: datetime) -> None:
        try:
            super().add_to_schedule(data, ts)
        except RedisError as exc:
            self._down(exc)
            with self._lock:
                heapq.heappush(self._local_schedule, (self.convert_ts(ts), self._next(), data))

    def read_schedule(self, ts: datetime) -> list[bytes]:
        due = self.convert_ts(ts)
        out: list[bytes] = []
        with self._lock:
            while self._local_schedule and self._local_schedule[0][0] <= due:
                out.append(heapq.heappop(self._local_schedule)[2])
        try:
            out.extend(super().read_schedule(ts))
        except RedisError as exc:
            self._down(exc)
        return out

    def schedule_size(self) -> int:
        with self._lock:
            local = len(self._local_schedule)
        try:
            return local + int(super().schedule_size())
        except RedisError as exc:
            self._down(exc)
            return local

    def scheduled_items(self, limit: int | None = None) -> list[bytes]:
        with self._lock:
            local = [d for _t, _o, d in sorted(self._local_schedule)]
        try:
            remote = list(super().scheduled_items(limit))
        except RedisError as exc:
            self._down(exc)
            remote = []
        items = local + remote
        return items[:limit] if limit else items


class PermoneyRedisHuey(PermoneyHuey):
    """A shared book's queue: the app's Huey (wake-ups, enqueue stamps, safe deserializer)
    on this storage; made by ``worker.queue.make_redis_huey``."""

    storage_class = FallbackRedisStorage


def queue_name(book_id: str) -> str:
    """One Redis may serve several shared books: each has its own queue."""
    return f"permoney-{book_id}"
