"""PostgreSQL copies of the cached demo books, kept between benchmark runs.

A 1M-entry ``permoney book copy`` and full materialization take minutes, so the cluster lives
in ``benchmarks/.books/pg`` (gitignored) instead of a temporary directory: each size's book is
copied and materialized once into a template database (``tmpl_<size>``), remembered with the
SQLite book it came from, and every run gets a fresh database made from it by the server
(``CREATE DATABASE … TEMPLATE``: a file copy, seconds). A template whose source book changed
is made again. The cluster is the private, throw-away kind of ``packaging/services.py``
(loopback only, trust authentication, no fsync), on a free port each start.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _books import BOOKS, cached_book

CLUSTER = BOOKS / "pg"
EXE = [sys.executable, "-m", "permoney_desktop"]


_held: list[Any] = []  # the open lock file of this process's use of the cluster


def start_cluster(services: Any) -> Any:
    """The kept cluster, started (initialised on first use); ``stop()`` it, never ``close()``
    (that removes its directory). One run at a time: a second one while it is in use would
    take the server from under the first, so it is refused."""
    CLUSTER.mkdir(parents=True, exist_ok=True)
    lock = (CLUSTER / "in-use.lock").open("w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.close()
        raise SystemExit("another benchmark run is using the kept PostgreSQL cluster") from None
    _held.append(lock)  # released when this process ends, however it ends
    fresh = not (CLUSTER / "data").exists()
    server = services.cluster_in(CLUSTER)
    if fresh:
        server.init()
    elif (server.data / "postmaster.pid").exists():
        # A run that died left it running (the lock above says none is using it).
        server._pg("pg_ctl", "stop", "-w", "-m", "fast", "-D", str(server.data), check=False)
    server.start()
    return server


def _admin(server: Any, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    import psycopg

    url = server.url("postgres")
    with psycopg.connect(url, autocommit=True) as c:
        cur = c.execute(sql, params)  # type: ignore[arg-type]
        return list(cur.fetchall()) if cur.description else []


def _source_mark(source: Path) -> dict[str, int]:
    st = source.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def book_url(server: Any, size: str, materialize: Callable[[str], None]) -> str:
    """A fresh database holding the cached ``size`` demo book, materialized: made from the
    kept template (built first when missing or out of date)."""
    source = cached_book(size)
    name = size.lower()
    template, live = f"tmpl_{name}", f"live_{name}"
    marker = CLUSTER / f"{template}.json"
    wanted = _source_mark(source)
    exists = _admin(server, "SELECT 1 FROM pg_database WHERE datname = %s", (template,))
    current = marker.exists() and json.loads(marker.read_text()) == wanted
    if not (exists and current):
        print(f"copying the {size} book into the kept PostgreSQL cluster (once)…", file=sys.stderr)
        _admin(server, f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
        marker.unlink(missing_ok=True)
        subprocess.run([*EXE, "book", "copy", str(source), server.url(template)], check=True)
        materialize(server.url(template))
        marker.write_text(json.dumps(wanted))
    _admin(server, f'DROP DATABASE IF EXISTS "{live}" WITH (FORCE)')
    _admin(server, f'CREATE DATABASE "{live}" TEMPLATE "{template}"')
    return str(server.url(live))
