"""The metrics cache: a diskcache ``Cache`` in the book's own cache folder, safe to lose.

Why ``Cache`` and not ``FanoutCache``: the fanout variant drops writes silently when a shard is
busy; a dashboard that sometimes forgets its figures is worse than a slower one.

* Keys carry ``CACHE_VERSION``, the book schema version and the book id, so bumping the
  constant (or migrating the book) makes every old entry unreachable; eviction removes them.
* Entries record whether the worker computed them (``background_calculated``, 4 h) or a reader
  did on demand (1 h).
* A missing key is computed once however many threads ask: the first takes a lock entry
  (``add`` is atomic in diskcache) that expires after ``LOCK_TTL`` seconds so a crashed holder
  cannot block anyone for longer; the others poll the key until it appears.
* Every failure of the cache itself (corrupt, locked, disk full, unpicklable entry) turns into a
  miss and marks the cache *degraded*; callers then compute on demand. Nothing here raises.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import diskcache

log = logging.getLogger(__name__)

# Bump when the shape of cached values changes: every older entry becomes unreachable.
CACHE_VERSION = 1
BACKGROUND_TTL_S = 4 * 3600
ON_DEMAND_TTL_S = 3600
LOCK_TTL_S = 10.0
SIZE_LIMIT_BYTES = 128 * 1024 * 1024
# The SQLite busy timeout of the cache's own database: a reader never waits long on it.
BUSY_TIMEOUT_S = 2.0
_POLL_S = 0.005
_LOOKUP_SAMPLES = 2000

T = TypeVar("T")

# What a broken cache folder raises: sqlite (corrupt, locked, read-only, full), the OS (disk
# full, permissions, a file where the folder should be), diskcache's timeout, and unpickling.
_CACHE_ERRORS: tuple[type[BaseException], ...] = (
    sqlite3.Error,
    OSError,
    diskcache.Timeout,
    EOFError,
    ImportError,
    AttributeError,
    TypeError,
    ValueError,
    KeyError,
    IndexError,
)


@dataclass(frozen=True, slots=True)
class CachedValue(Generic[T]):
    """A cached value and how it got there."""

    value: T
    background_calculated: bool
    computed_at: float  # seconds since the epoch
    meta: dict[str, Any] = field(default_factory=dict)
    from_cache: bool = True


# Entries dropped by size or age, counted across processes (see MetricsCache._count_culled).
EVICTIONS_FILE = "evictions.count"


@dataclass(frozen=True, slots=True)
class CacheStats:
    hits: int
    misses: int
    lookup_p50_ms: float | None
    lookup_p95_ms: float | None
    entries: int | None
    size_bytes: int | None
    size_limit_bytes: int
    directory: str
    degraded: str | None
    computations: int
    # Entries dropped to stay under the size limit or because they expired, counted in the
    # cache itself by every process that wrote (so a fresh process reads it too).
    evictions: int | None = None

    @property
    def hit_rate(self) -> float | None:
        total = self.hits + self.misses
        return None if total == 0 else self.hits / total

    def as_dict(self) -> dict[str, Any]:
        return {
            "directory": self.directory,
            "hits": self.hits,
            "misses": self.misses,
            "hit_rate": None if self.hit_rate is None else round(self.hit_rate, 4),
            "lookup_p50_ms": _round(self.lookup_p50_ms),
            "lookup_p95_ms": _round(self.lookup_p95_ms),
            "entries": self.entries,
            "size_bytes": self.size_bytes,
            "size_limit_bytes": self.size_limit_bytes,
            "computations": self.computations,
            "evictions": self.evictions,
            "degraded": self.degraded,
        }


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 3)


def _percentile(samples: list[float], q: float) -> float | None:
    if not samples:
        return None
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class MetricsCache:
    """One book's metrics cache. Thread-safe; share one instance per process and book."""

    def __init__(
        self,
        directory: Path,
        *,
        schema_version: str,
        book_id: str,
        size_limit: int = SIZE_LIMIT_BYTES,
        lock_ttl: float = LOCK_TTL_S,
        disk: type[diskcache.Disk] | None = None,
    ) -> None:
        self.directory = Path(directory)
        # An encrypted book's cache seals its values (platform.encrypted_disk).
        self.disk = disk or diskcache.Disk
        self.schema_version = schema_version
        self.book_id = book_id
        self.size_limit = size_limit
        self.lock_ttl = lock_ttl
        self._prefix = f"m|{CACHE_VERSION}|{schema_version}|{book_id}|"
        self._stats_lock = threading.Lock()
        self._hits = 0
        self._misses = 0
        self._computations = 0
        self._lookups: deque[float] = deque(maxlen=_LOOKUP_SAMPLES)
        self._open_error: str | None = None
        self._last_error: str | None = None
        self._cache: diskcache.Cache | None = None
        self._open()

    # -- lifecycle ------------------------------------------------------------------------

    def _open(self) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._cache = diskcache.Cache(
                str(self.directory),
                timeout=BUSY_TIMEOUT_S,
                size_limit=self.size_limit,
                eviction_policy="least-recently-stored",
                disk=self.disk,
                cull_limit=10,
                statistics=False,
            )
            # Touch the database so a corrupt file shows up now, not at the first read.
            len(self._cache)
            self._open_error = None
        except _CACHE_ERRORS as exc:
            self._cache = None
            self._open_error = f"cache unusable at {self.directory}: {exc}"
            log.warning("%s; computing metrics on demand", self._open_error)

    def close(self) -> None:
        if self._cache is not None:
            with contextlib.suppress(*_CACHE_ERRORS):
                self._cache.close()

    def __enter__(self) -> MetricsCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def degraded(self) -> str | None:
        """Why the cache is not doing its job right now, or None when it is healthy."""
        return self._open_error or self._last_error

    def _failed(self, action: str, exc: BaseException) -> None:
        self._last_error = f"cache {action} failed: {type(exc).__name__}: {exc}"
        log.warning("%s", self._last_error)

    def _ok(self) -> None:
        self._last_error = None

    # -- keys -----------------------------------------------------------------------------

    def key(self, name: str) -> str:
        return self._prefix + name

    def names(self) -> list[str]:
        """Names of this book's current-version entries (locks excluded)."""
        if self._cache is None:
            return []
        try:
            keys = list(self._cache.iterkeys())
        except _CACHE_ERRORS as exc:
            self._failed("listing", exc)
            return []
        n = len(self._prefix)
        return [k[n:] for k in keys if isinstance(k, str) and k.startswith(self._prefix)]

    # -- reads and writes -------------------------------------------------------------------

    def _peek(self, name: str) -> CachedValue[Any] | None:
        assert self._cache is not None
        try:
            found = self._cache.get(self.key(name), default=None, retry=False)
        except _CACHE_ERRORS as exc:
            self._failed("read", exc)
            self._forget(name)
            return None
        if found is None:
            return None
        if not isinstance(found, CachedValue):
            self._forget(name)
            return None
        return found

    def _forget(self, name: str) -> None:
        if self._cache is None:
            return
        with contextlib.suppress(*_CACHE_ERRORS):
            self._cache.delete(self.key(name), retry=False)

    def get(self, name: str) -> CachedValue[Any] | None:
        """The entry, or None (a miss) when absent, expired or unreadable."""
        started = time.perf_counter()
        found = None if self._cache is None else self._peek(name)
        elapsed = (time.perf_counter() - started) * 1000
        with self._stats_lock:
            self._lookups.append(elapsed)
            if found is None:
                self._misses += 1
            else:
                self._hits += 1
        return found

    def set(
        self,
        name: str,
        value: T,
        *,
        background: bool,
        meta: dict[str, Any] | None = None,
    ) -> CachedValue[T]:
        entry = CachedValue(value, background, time.time(), dict(meta or {}))
        if self._cache is not None:
            ttl = BACKGROUND_TTL_S if background else ON_DEMAND_TTL_S
            try:
                with self._cache.transact(retry=False):
                    grown = self._grown_by([name])
                    before = len(self._cache)
                    self._cache.set(self.key(name), entry, expire=ttl, tag="metrics")
                    self._count_culled(before + grown - len(self._cache))
                self._ok()
            except _CACHE_ERRORS as exc:
                self._failed("write", exc)
        return entry

    def set_many(
        self, items: dict[str, T], *, background: bool, meta: dict[str, Any] | None = None
    ) -> None:
        """Several entries in one cache transaction (one commit instead of one each)."""
        if self._cache is None:
            return
        ttl = BACKGROUND_TTL_S if background else ON_DEMAND_TTL_S
        now = time.time()
        try:
            with self._cache.transact(retry=False):
                grown = self._grown_by(list(items))
                before = len(self._cache)
                for name, value in items.items():
                    entry = CachedValue(value, background, now, dict(meta or {}))
                    self._cache.set(self.key(name), entry, expire=ttl, tag="metrics")
                self._count_culled(before + grown - len(self._cache))
            self._ok()
        except _CACHE_ERRORS as exc:
            self._failed("write", exc)

    def _grown_by(self, names: list[str]) -> int:
        """How many of ``names`` are new keys (inside the writing transaction)."""
        assert self._cache is not None
        return sum(1 for n in names if self.key(n) not in self._cache)

    def _count_culled(self, culled: int) -> None:
        """Add entries diskcache dropped during a write (size limit, expiry) to the count in
        the cache's folder. Called inside the writing transaction, whose lock serializes the
        processes; a file, not a cache key, because culling would drop a key too."""
        if culled <= 0:
            return
        path = self.directory / EVICTIONS_FILE
        tmp = path.with_suffix(".tmp")
        tmp.write_text(str(self._evictions() + culled), encoding="ascii")
        os.replace(tmp, path)

    def _evictions(self) -> int:
        try:
            return int((self.directory / EVICTIONS_FILE).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return 0

    def delete(self, name: str) -> bool:
        if self._cache is None:
            return False
        try:
            deleted = bool(self._cache.delete(self.key(name), retry=False))
            self._ok()
            return deleted
        except _CACHE_ERRORS as exc:
            self._failed("delete", exc)
            return False

    def get_or_compute(
        self,
        name: str,
        compute: Callable[[], T],
        *,
        background: bool = False,
        accept: Callable[[CachedValue[Any]], bool] | None = None,
        meta: Callable[[T], dict[str, Any]] | None = None,
    ) -> CachedValue[T]:
        """The cached entry if present (and ``accept``-ed), else one computation for everyone.

        While one caller computes, the others wait for its result instead of computing too;
        if the holder takes longer than the lock's TTL, a waiter computes itself.
        """

        def ok(entry: CachedValue[Any] | None) -> bool:
            return entry is not None and (accept is None or accept(entry))

        hit = self.get(name)
        if ok(hit):
            assert hit is not None
            return hit
        if self._cache is None:
            return self._compute(name, compute, background, meta, store=False)
        lock_key = "lock|" + self.key(name)
        token = uuid.uuid4().hex
        deadline = time.monotonic() + self.lock_ttl
        acquired = False
        while True:
            try:
                acquired = bool(self._cache.add(lock_key, token, expire=self.lock_ttl))
            except _CACHE_ERRORS as exc:
                self._failed("lock", exc)
                return self._compute(name, compute, background, meta, store=False)
            if acquired:
                break
            time.sleep(_POLL_S)
            waited = self._peek(name)
            if ok(waited):
                assert waited is not None
                return waited
            if time.monotonic() > deadline:
                break
        try:
            if acquired:
                again = self._peek(name)
                if ok(again):
                    assert again is not None
                    return again
            return self._compute(name, compute, background, meta, store=True)
        finally:
            if acquired:
                self._release(lock_key, token)

    def _compute(
        self,
        name: str,
        compute: Callable[[], T],
        background: bool,
        meta: Callable[[T], dict[str, Any]] | None,
        *,
        store: bool,
    ) -> CachedValue[T]:
        with self._stats_lock:
            self._computations += 1
        value = compute()
        info = meta(value) if meta is not None else {}
        if store:
            return self.set(name, value, background=background, meta=info)
        return CachedValue(value, background, time.time(), info, from_cache=False)

    def _release(self, lock_key: str, token: str) -> None:
        assert self._cache is not None
        try:
            with self._cache.transact(retry=True):
                if self._cache.get(lock_key) == token:
                    self._cache.delete(lock_key)
        except _CACHE_ERRORS as exc:  # the lock expires by itself
            self._failed("unlock", exc)

    @contextlib.contextmanager
    def hold(self, name: str, *, ttl: float) -> Iterator[bool]:
        """Hold a named lock shared by every process using this folder (waits up to ``ttl``).

        Yields whether it was acquired; a broken cache or a holder that outlived ``ttl``
        (presumed dead) lets the caller go ahead anyway.
        """
        lock_key = "hold|" + self.key(name)
        token = uuid.uuid4().hex
        acquired = False
        deadline = time.monotonic() + ttl
        while self._cache is not None:
            try:
                acquired = bool(self._cache.add(lock_key, token, expire=ttl))
            except _CACHE_ERRORS as exc:
                self._failed("lock", exc)
                break
            if acquired or time.monotonic() > deadline:
                break
            time.sleep(_POLL_S * 4)
        try:
            yield acquired
        finally:
            if acquired:
                self._release(lock_key, token)

    def record_stats(self) -> None:
        """Save this process's figures so other processes (``permoney health``) can show them."""
        if self._cache is None:
            return
        snapshot = {**self.stats().as_dict(), "recorded_at": time.time()}
        try:
            self._cache.set("stats|" + self._prefix, snapshot, retry=False)
        except _CACHE_ERRORS as exc:
            self._failed("write", exc)

    def recorded_stats(self) -> dict[str, Any] | None:
        if self._cache is None:
            return None
        try:
            found = self._cache.get("stats|" + self._prefix, retry=False)
        except _CACHE_ERRORS:
            return None
        return found if isinstance(found, dict) else None

    # -- maintenance ------------------------------------------------------------------------

    def clear(self) -> int:
        """Drop every entry (they are recomputed on demand); repairs an unusable folder.

        Safe at any moment: a computation in flight simply stores its result afterwards.
        """
        removed = 0
        if self._cache is not None:
            try:
                removed = int(self._cache.clear(retry=True))
                self._ok()
                return removed
            except _CACHE_ERRORS as exc:
                self._failed("clear", exc)
                self.close()
        # Unusable folder: it only ever held derived data, so start it afresh.
        self._cache = None
        shutil.rmtree(self.directory, ignore_errors=True)
        if self.directory.exists() and not self.directory.is_dir():
            try:
                self.directory.unlink()
            except OSError as exc:
                self._failed("clear", exc)
        self._open()
        if self._open_error is None:
            self._ok()
        return removed

    def evict_expired(self) -> int:
        if self._cache is None:
            return 0
        try:
            with self._cache.transact(retry=False):
                removed = int(self._cache.expire())
                self._count_culled(removed)
            return removed
        except _CACHE_ERRORS as exc:
            self._failed("expire", exc)
            return 0

    def stats(self) -> CacheStats:
        entries = size = evictions = None
        if self._cache is not None:
            try:
                entries = len(self._cache)
                size = int(self._cache.volume())
                evictions = self._evictions()
            except _CACHE_ERRORS as exc:
                self._failed("stats", exc)
        with self._stats_lock:
            samples = list(self._lookups)
            hits, misses, computations = self._hits, self._misses, self._computations
        return CacheStats(
            hits,
            misses,
            _percentile(samples, 0.50),
            _percentile(samples, 0.95),
            entries,
            size,
            self.size_limit,
            str(self.directory),
            self.degraded,
            computations,
            evictions,
        )

    def reset_stats(self) -> None:
        with self._stats_lock:
            self._hits = self._misses = self._computations = 0
            self._lookups.clear()
