"""The metrics cache on a real diskcache folder: stampedes, versions, clearing, broken folders."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import diskcache
import pytest

from permoney_desktop.platform import metrics_cache
from permoney_desktop.platform.metrics_cache import (
    BACKGROUND_TTL_S,
    ON_DEMAND_TTL_S,
    MetricsCache,
)
from tests.clock import FakeClock, TimeWithClock


def make(path: Path, **kw: object) -> MetricsCache:
    return MetricsCache(path, schema_version="0001", book_id="book-a", **kw)  # type: ignore[arg-type]


def test_set_get_flags_and_ttls(tmp_path: Path) -> None:
    cache = make(tmp_path / "c")
    cache.set("bg", {"x": 1}, background=True, meta={"versions": ((1, 2),)})
    cache.set("fg", [1, 2], background=False)
    bg, fg = cache.get("bg"), cache.get("fg")
    assert bg is not None and bg.background_calculated and bg.value == {"x": 1}
    assert bg.meta == {"versions": ((1, 2),)}
    assert fg is not None and not fg.background_calculated
    raw = diskcache.Cache(str(tmp_path / "c"))
    now = time.time()
    _v, bg_expiry = raw.get(cache.key("bg"), expire_time=True)
    _v, fg_expiry = raw.get(cache.key("fg"), expire_time=True)
    assert abs(bg_expiry - now - BACKGROUND_TTL_S) < 60
    assert abs(fg_expiry - now - ON_DEMAND_TTL_S) < 60
    raw.close()
    stats = cache.stats()
    assert (stats.hits, stats.misses, stats.entries) == (2, 0, 2)
    assert stats.hit_rate == 1.0 and stats.lookup_p50_ms is not None
    assert stats.size_bytes and stats.size_bytes > 0 and stats.degraded is None


def test_many_threads_asking_for_a_missing_key_compute_once(tmp_path: Path) -> None:
    cache = make(tmp_path / "c")
    calls = []
    barrier = threading.Barrier(8)
    results: list[object] = []

    def compute() -> str:
        calls.append(1)
        time.sleep(0.3)  # long enough for every thread to arrive while it runs
        return "figures"

    def reader() -> None:
        barrier.wait()
        results.append(cache.get_or_compute("p", compute).value)

    threads = [threading.Thread(target=reader) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert results == ["figures"] * 8
    assert cache.stats().computations == 1


def test_two_cache_objects_on_one_folder_share_the_lock(tmp_path: Path) -> None:
    """The lock lives in the cache itself, so it also holds across processes."""
    a, b = make(tmp_path / "c"), make(tmp_path / "c")
    calls = []

    def compute() -> int:
        calls.append(1)
        time.sleep(0.2)
        return 7

    t = threading.Thread(target=lambda: a.get_or_compute("k", compute))
    t.start()
    time.sleep(0.05)
    assert b.get_or_compute("k", compute).value == 7
    t.join()
    assert len(calls) == 1


def test_a_dead_lock_holder_blocks_others_only_for_the_race_ttl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The waiter's polls pass on a clock moved by hand: what is checked is that it waited
    # out the race TTL and no more, then computed without taking the dead holder's lock.
    clock = FakeClock()
    monkeypatch.setattr(metrics_cache, "time", TimeWithClock(clock))
    cache = make(tmp_path / "c", lock_ttl=0.3)
    raw = diskcache.Cache(str(tmp_path / "c"))
    lock_key = "lock|" + cache.key("k")
    raw.add(lock_key, "someone-who-crashed", expire=3600)
    started = clock.now
    assert cache.get_or_compute("k", lambda: 1).value == 1
    assert 0.3 <= clock.now - started <= 0.3 + 2 * metrics_cache._POLL_S
    assert raw.get(lock_key) == "someone-who-crashed"  # not taken over, only waited out
    stored = cache.get("k")
    assert stored is not None and stored.value == 1  # computed once, and kept for the others
    raw.close()


def test_a_version_bump_invalidates_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = make(tmp_path / "c")
    cache.set("p", 1, background=True)
    assert cache.get("p") is not None
    monkeypatch.setattr(metrics_cache, "CACHE_VERSION", metrics_cache.CACHE_VERSION + 1)
    bumped = make(tmp_path / "c")
    assert bumped.get("p") is None and bumped.names() == []
    other_schema = MetricsCache(tmp_path / "c", schema_version="0002", book_id="book-a")
    other_book = MetricsCache(tmp_path / "c", schema_version="0001", book_id="book-b")
    assert other_schema.get("p") is None and other_book.get("p") is None


def test_clearing_mid_computation_is_harmless(tmp_path: Path) -> None:
    cache = make(tmp_path / "c")
    cache.set("other", 1, background=False)
    started = threading.Event()

    def compute() -> str:
        started.set()
        time.sleep(0.2)
        return "late"

    out: list[object] = []
    t = threading.Thread(target=lambda: out.append(cache.get_or_compute("p", compute).value))
    t.start()
    started.wait()
    cache.clear()
    t.join()
    assert out == ["late"]
    assert cache.get("other") is None  # cleared
    entry = cache.get("p")
    assert entry is not None and entry.value == "late"  # stored after the clear
    assert cache.degraded is None


@pytest.mark.parametrize("damage", ["garbage-db", "file-not-folder"])
def test_an_unusable_folder_degrades_then_clear_repairs_it(tmp_path: Path, damage: str) -> None:
    folder = tmp_path / "c"
    if damage == "garbage-db":
        folder.mkdir()
        (folder / "cache.db").write_bytes(b"this is not sqlite" * 100)
    else:
        folder.write_text("a file where the cache folder should be")
    cache = make(folder)
    assert cache.degraded is not None and "unusable" in cache.degraded
    calls = []
    assert cache.get_or_compute("p", lambda: calls.append(1) or 5).value == 5
    assert cache.get_or_compute("p", lambda: calls.append(1) or 5).value == 5
    assert len(calls) == 2  # computed on demand each time, nothing raised
    assert cache.stats().degraded is not None
    cache.clear()
    assert cache.degraded is None
    cache.get_or_compute("p", lambda: 6)
    got = cache.get("p")
    assert got is not None and got.value == 6


def test_an_unreadable_entry_is_a_miss(tmp_path: Path) -> None:
    cache = make(tmp_path / "c")
    raw = diskcache.Cache(str(tmp_path / "c"))
    raw.set(cache.key("p"), "not a CachedValue")
    raw.close()
    assert cache.get("p") is None
    assert cache.get_or_compute("p", lambda: 3).value == 3


def test_size_limit_evicts_old_entries(tmp_path: Path) -> None:
    cache = make(tmp_path / "c", size_limit=1_000_000)
    blob = b"x" * 100_000
    for i in range(20):
        cache.set(f"p{i}", blob, background=True)
    stats = cache.stats()
    assert stats.entries is not None and stats.entries < 20
    # diskcache culls (oldest stored first) after each write that went over the limit.
    assert stats.size_bytes is not None and stats.size_bytes <= 1_000_000 + 100_000
