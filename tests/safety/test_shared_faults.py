"""Fault test of a shared book, with real processes on one machine: four clients add, edit
and import at once on one PostgreSQL book while two workers sync; a worker and a client are
killed with SIGKILL mid-work and the server restarts once. Afterwards no committed entry is
lost or doubled (each client's log of what it was told had committed is the reference), an
import is all or nothing, ``permoney check`` is clean (every materialized balance equals a
full recompute) and two machines print the same balances."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from permoney_desktop.services import accounts
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker.claims import LEASE_S
from tests.safety.shared_child import ROWS
from tests.servers import services

ROOT = Path(__file__).resolve().parents[2]
RUN_S = 10.0


QUEUE: dict[str, str] = {}  # the Redis every machine's wake-ups go through


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, PERMONEY_HOME=str(home), **QUEUE)
    env.pop("PERMONEY_BOOK", None)
    return env


def _spawn(args: list[str], home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _permoney(url: str, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "permoney_desktop", "--book", url, *args],
        cwd=ROOT,
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _logged(log: Path) -> dict[str, set[str]]:
    states: dict[str, set[str]] = {"try": set(), "ok": set(), "err": set(), "edit": set()}
    if log.exists():
        for line in log.read_text().splitlines():
            word, key, *_ = [*line.split(" "), ""]
            if word in states:
                states[word].add(key)
    return states


def _payees(url: str) -> Counter[str]:
    with Ledger.open(url) as ledger, ledger.book.reading() as session:
        rows = session.connection().exec_driver_sql("SELECT payee FROM entries").all()
    return Counter(str(r[0]) for r in rows)


def _rows(url: str) -> list[tuple[Any, ...]]:
    with Ledger.open(url) as ledger, ledger.book.reading() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT account_id, status, claimed_by FROM syncs "
            "WHERE status IN ('pending', 'syncing')"
        )
        return [tuple(r) for r in rows]


def _pending(url: str) -> int:
    with Ledger.open(url) as ledger, ledger.book.reading() as session:
        return int(
            session.connection()
            .exec_driver_sql("SELECT count(*) FROM syncs WHERE status IN ('pending', 'syncing')")
            .scalar_one()
        )


@pytest.mark.slow
def test_clients_and_workers_survive_kills_and_a_server_restart(
    pg_book_url: str, pg_server: Any, tmp_path: Path
) -> None:
    url = pg_book_url
    redis = services().start_redis()
    QUEUE["PERMONEY_QUEUE_URL"] = redis.url
    with Ledger.open(url) as ledger:
        accounts.create_account(ledger, "Checking", "checking", "USD")
        accounts.create_account(ledger, "Savings", "savings", "USD")
    homes = {n: tmp_path / f"home-{n}" for n in ("w1", "w2", "e1", "e2", "i1", "i2", "x", "y")}
    worker = ["-m", "permoney_desktop", "--book", url, "worker", "--threads", "1"]
    workers = [_spawn(worker, homes["w1"]), _spawn(worker, homes["w2"])]
    logs = {n: tmp_path / f"{n}.log" for n in ("e1", "e2", "i1", "i2")}
    clients = {
        n: _spawn(
            [
                "-m",
                "tests.safety.shared_child",
                "edit" if n[0] == "e" else "import",
                url,
                str(logs[n]),
                n,
            ],
            homes[n],
        )
        for n in logs
    }
    try:
        for child in clients.values():
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        started = time.monotonic()
        time.sleep(RUN_S * 0.3)
        workers[0].send_signal(signal.SIGKILL)  # mid-sync, most likely: writes keep coming
        # The second importer, killed while an import is in flight.
        while "try" not in (logs["i2"].read_text() if logs["i2"].exists() else ""):
            time.sleep(0.05)
        clients["i2"].send_signal(signal.SIGKILL)
        time.sleep(RUN_S * 0.2)
        pg_server.restart()
        time.sleep(max(0.0, RUN_S - (time.monotonic() - started)))
        (tmp_path / "STOP").touch()
        for name, child in clients.items():
            child.wait(timeout=120)
            assert name == "i2" or child.returncode == 0
        assert workers[1].poll() is None, "the surviving worker died"
        # The killed worker's claim died with its session: the surviving worker takes it over
        # (its claims and idle poll, worker/takeover.py) well before the lease runs out.
        deadline = time.monotonic() + LEASE_S * 0.75
        while _pending(url) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert _pending(url) == 0, f"work waited for the lease or the cleanup: {_rows(url)}"
        synced = _permoney(url, homes["x"], "sync", "--wait", "--timeout", "120")
        assert synced.returncode == 0, synced.stderr
        assert _pending(url) == 0
    finally:
        QUEUE.clear()
        redis.close()
        for child in [*workers, *clients.values()]:
            if child.poll() is None:
                child.kill()
                child.wait(timeout=30)

    payees = _payees(url)
    assert all(n == 1 for n in payees.values()), "an entry was written twice"
    for name in ("e1", "e2"):
        states = _logged(logs[name])
        assert states["ok"], f"{name} committed nothing"
        for key in states["ok"]:
            assert payees[key] == 1, f"{key} was committed and is lost"
        for key in [p for p in payees if p.startswith(f"{name}-")]:
            assert key in states["try"], f"{key} was never written by {name}"
    for name in ("i1", "i2"):
        states = _logged(logs[name])
        for key in states["try"]:
            rows = sum(1 for p in payees if p.startswith(f"{key}-"))
            assert rows in (0, ROWS), f"import {key} is half there ({rows} of {ROWS})"
            if key in states["ok"]:
                assert rows == ROWS, f"import {key} was committed and is lost"
    assert _logged(logs["i1"])["ok"], "the first importer committed nothing"

    check = _permoney(url, homes["x"], "check")
    assert check.returncode == 0 and "book check clean" in check.stdout, check.stdout
    first = _permoney(url, homes["x"], "balances").stdout
    assert first and first == _permoney(url, homes["y"], "balances").stdout
