"""Who is consuming the queue: heartbeats and shared figures kept in the queue file.

Each running consumer writes a heartbeat row (``consumer:<id>``) about once a second. Another
process (``permoney sync --wait``, ``permoney health``) reads them to know whether an app or a
``permoney worker`` is alive, and the lock cleanup uses them to tell a live lock from one left
by a crash. The monitor's figures are stored in the same table, never in the book.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any, Protocol

from permoney_desktop.store import queue_tables
from permoney_desktop.store.queue_tables import QueueSql

HEARTBEAT_INTERVAL_S = 1.0
STALE_AFTER_S = 5.0
CONSUMER_PREFIX = "consumer:"
MONITOR_KEY = "monitor"


class SideHolder(Protocol):
    """What these functions read: the queue file's side tables (a ``PermoneyHuey``'s, or a
    plain connection's when a CLI write has no Huey to load: ``worker.inline_sync``)."""

    @property
    def side(self) -> QueueSql: ...


def put_state(huey: SideHolder, key: str, value: Any) -> None:
    queue_tables.put_state(huey.side, key, json.dumps(value, default=str), time.time())


def get_state(huey: SideHolder, key: str) -> Any:
    raw = queue_tables.get_state(huey.side, key)
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def delete_state(huey: SideHolder, key: str) -> None:
    queue_tables.delete_state(huey.side, key)


def beat(huey: SideHolder, consumer_id: str, info: dict[str, Any]) -> None:
    record = {
        **info,
        "id": consumer_id,
        "pid": os.getpid(),
        "host": _host(),
        "beat": time.time(),
    }
    put_state(huey, CONSUMER_PREFIX + consumer_id, record)


def forget(huey: SideHolder, consumer_id: str) -> None:
    delete_state(huey, CONSUMER_PREFIX + consumer_id)


def _host() -> str:
    """This machine's name as ``socket.gethostname`` gives it; on POSIX it is the kernel's
    ``uname`` node name, read without importing ``socket`` (milliseconds of a CLI write's
    start-up: its enums are built at import)."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return str(uname().nodename)
    import socket

    return socket.gethostname()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def is_alive(record: dict[str, Any], now: float | None = None) -> bool:
    """A fresh heartbeat from a process that still exists (checked on this host only)."""
    now = time.time() if now is None else now
    beat_at = record.get("beat")
    if not isinstance(beat_at, int | float) or now - beat_at > STALE_AFTER_S:
        return False
    pid = record.get("pid")
    if record.get("host") == _host() and isinstance(pid, int):
        return _pid_alive(pid)
    return True


def consumers(huey: SideHolder) -> list[dict[str, Any]]:
    """Every consumer record (live or not), newest heartbeat first."""
    out: list[dict[str, Any]] = []
    for raw in queue_tables.states_with_prefix(huey.side, CONSUMER_PREFIX):
        try:
            record = json.loads(raw)
        except ValueError:
            continue
        if isinstance(record, dict):
            out.append(record)
    out.sort(key=lambda r: -float(r.get("beat") or 0))
    return out


def claim_owners(huey: SideHolder) -> set[str]:
    """Owners whose claims must be left alone: every heartbeat from a process on this host
    that still exists (however old its beat: a CLI write's one beat, a long rebuild), or
    fresh from another host. A claim by anyone else is a dead holder's, taken over at once."""
    now = time.time()
    host = _host()
    out = set()
    for record in consumers(huey):
        pid = record.get("pid")
        if record.get("host") == host and isinstance(pid, int):
            alive = _pid_alive(pid)
        else:
            alive = is_alive(record, now)
        if alive:
            out.add(str(record.get("id")))
    return out


def live_consumers(huey: SideHolder, *, exclude: str | None = None) -> list[dict[str, Any]]:
    now = time.time()
    return [r for r in consumers(huey) if r.get("id") != exclude and is_alive(r, now)]


def forget_dead(huey: SideHolder) -> int:
    """Drop heartbeat rows of consumers that are gone; returns how many."""
    now = time.time()
    dead = [r for r in consumers(huey) if not is_alive(r, now)]
    for record in dead:
        forget(huey, str(record.get("id")))
    return len(dead)
