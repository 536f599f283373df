"""Fault test of a shared book, with real processes on one machine: four clients add, edit,
import and undo their own last step at once on one PostgreSQL book while two workers sync; a
worker and a client are killed with SIGKILL mid-work and the server restarts once. Afterwards
no committed entry is lost or doubled and no undone one is left (each client's log of what it
was told had committed or undone is the reference), an import is all or nothing, the killed
worker's claim was taken over (nothing left pending), ``permoney check`` is clean (every
materialized balance equals a full recompute) and two machines print the same balances.

Every process's stdout and stderr go to files beside the clients' logs (the workers run with
``--verbose``); a failure's message ends with their tails, the rows still pending or claimed
and the server's sessions, so a red run explains itself."""

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
from tests.servers import Databases, services

ROOT = Path(__file__).resolve().parents[2]
RUN_S = 10.0
TAIL_LINES = 40


QUEUE: dict[str, str] = {}  # the Redis every machine's wake-ups go through


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, PERMONEY_HOME=str(home), **QUEUE)
    env.pop("PERMONEY_BOOK", None)
    return env


def _spawn(args: list[str], home: Path, out: Path) -> subprocess.Popen[str]:
    """A child whose stdout and stderr go to ``out``.out and ``out``.err (kept for the tails)."""
    with (
        out.with_suffix(".out").open("w") as stdout,
        out.with_suffix(".err").open("w") as stderr,
    ):
        return subprocess.Popen(
            [sys.executable, *args], cwd=ROOT, env=_env(home), stdout=stdout, stderr=stderr
        )


def _wait_ready(child: subprocess.Popen[str], out: Path, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    stdout = out.with_suffix(".out")
    while "ready" not in stdout.read_text():
        assert child.poll() is None, f"{out.name} exited ({child.returncode}) before it was ready"
        assert time.monotonic() < deadline, f"{out.name} was not ready in {timeout:.0f} s"
        time.sleep(0.05)


def _permoney(url: str, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "permoney_desktop", "--book", url, *args],
        cwd=ROOT,
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _tails(folder: Path) -> str:
    """The last lines of every child's output and every client's log, for a failure."""
    parts = []
    for path in sorted(folder.glob("*")):
        if path.suffix not in (".out", ".err", ".log") or not path.is_file():
            continue
        lines = path.read_text(errors="replace").splitlines()
        if lines:
            parts.append(f"--- {path.name} ({len(lines)} lines)")
            parts.extend(lines[-TAIL_LINES:])
    return "\n".join(parts)


def _server_state(url: str, pg_databases: Databases) -> str:
    """The syncs rows not finished, and every session on the server with its advisory locks
    (whose claim sessions are alive), for a failure; never raises."""
    try:
        lines = [f"syncs pending/claimed: {_rows(url)}"]
        with pg_databases.admin() as conn:
            rows = conn.execute(
                "SELECT a.pid, a.datname, a.application_name, a.state, "
                "left(a.query, 80), l.classid, l.objid FROM pg_stat_activity a "
                "LEFT JOIN pg_locks l ON l.pid = a.pid AND l.locktype = 'advisory' "
                "WHERE a.backend_type = 'client backend' ORDER BY a.pid"
            ).fetchall()
        lines.extend(f"session {r}" for r in rows)
        return "\n".join(lines)
    except Exception as exc:
        return f"(server state unavailable: {type(exc).__name__})"


def _logged(log: Path) -> dict[str, set[str]]:
    states: dict[str, set[str]] = {
        w: set() for w in ("try", "ok", "err", "edit", "tryundo", "undone", "errundo")
    }
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
            "SELECT id, account_id, status, claimed_by, claimed_at FROM syncs "
            "WHERE status IN ('pending', 'syncing') ORDER BY id"
        )
        return [tuple(r) for r in rows]


def _pending(url: str) -> int:
    with Ledger.open(url) as ledger, ledger.book.reading() as session:
        return int(
            session.connection()
            .exec_driver_sql("SELECT count(*) FROM syncs WHERE status IN ('pending', 'syncing')")
            .scalar_one()
        )


def _person_url(url: str, pg_databases: Databases, name: str) -> str:
    """The book's URL for a login role of the client's own (undo is per person)."""
    role = f"fault_{name}"
    with pg_databases.admin() as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None:
            conn.execute(f"CREATE ROLE {role} LOGIN SUPERUSER")
    user = url.split("//", 1)[1].split("@", 1)[0]
    return url.replace(f"//{user}@", f"//{role}@", 1)


def _expected(key: str, states: dict[str, set[str]]) -> set[int]:
    """How many times ``key``'s rows may be in the book, by the client's log: once when it
    was told the write committed (none when it was then told the undo did), either when a
    call failed (it may have committed before the connection went) or an undo was tried and
    not reported done (failed, refused, or the client killed in it: it may have committed)."""
    undo_unknown = key in states["tryundo"] and key not in states["undone"]
    if undo_unknown or (key in states["try"] and key not in states["ok"]):
        return {0, 1}
    return {0} if key in states["undone"] else {1}


@pytest.mark.slow
def test_clients_and_workers_survive_kills_and_a_server_restart(
    pg_book_url: str, pg_server: Any, pg_databases: Databases, tmp_path: Path
) -> None:
    try:
        _run(pg_book_url, pg_server, pg_databases, tmp_path)
    except BaseException as exc:
        exc.add_note(_server_state(pg_book_url, pg_databases))
        exc.add_note(_tails(tmp_path))
        raise


def _run(url: str, pg_server: Any, pg_databases: Databases, tmp_path: Path) -> None:
    redis = services().start_redis()
    QUEUE["PERMONEY_QUEUE_URL"] = redis.url
    with Ledger.open(url) as ledger:
        accounts.create_account(ledger, "Checking", "checking", "USD")
        accounts.create_account(ledger, "Savings", "savings", "USD")
    homes = {n: tmp_path / f"home-{n}" for n in ("w1", "w2", "e1", "e2", "i1", "i2", "x", "y")}
    worker = ["-m", "permoney_desktop", "--verbose", "--book", url, "worker", "--threads", "1"]
    workers = [_spawn(worker, homes[n], tmp_path / n) for n in ("w1", "w2")]
    logs = {n: tmp_path / f"{n}.log" for n in ("e1", "e2", "i1", "i2")}
    clients = {
        n: _spawn(
            [
                "-m",
                "tests.safety.shared_child",
                "edit" if n[0] == "e" else "import",
                _person_url(url, pg_databases, n),
                str(logs[n]),
                n,
            ],
            homes[n],
            tmp_path / n,
        )
        for n in logs
    }
    try:
        for name, child in clients.items():
            _wait_ready(child, tmp_path / name)
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
        # On a loaded machine a client may not have come round to an undo yet: give it time.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not all(
            _logged(logs[n])["undone"] for n in ("e1", "e2", "i1")
        ):
            time.sleep(0.2)
        (tmp_path / "STOP").touch()
        for name, child in clients.items():
            child.wait(timeout=120)
            assert name == "i2" or child.returncode == 0, f"{name} exited {child.returncode}"
        assert workers[1].poll() is None, "the surviving worker died"
        # The killed worker's claim died with its session: the surviving worker takes it over
        # (its claims and idle poll, worker/takeover.py) well before the lease runs out.
        deadline = time.monotonic() + LEASE_S * 0.75
        while _pending(url) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert _pending(url) == 0, "work waited for the lease or the cleanup"
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
        assert states["undone"], f"{name} undid nothing"
        for key in states["try"]:
            assert payees[key] in _expected(key, states), f"{key}: {payees[key]} in the book"
        for key in [p for p in payees if p.startswith(f"{name}-")]:
            assert key in states["try"], f"{key} was never written by {name}"
    for name in ("i1", "i2"):
        states = _logged(logs[name])
        for key in states["try"]:
            rows = sum(1 for p in payees if p.startswith(f"{key}-"))
            assert rows in (0, ROWS), f"import {key} is half there ({rows} of {ROWS})"
            assert rows // ROWS in _expected(key, states), f"import {key}: {rows} rows"
    assert _logged(logs["i1"])["ok"], "the first importer committed nothing"
    assert _logged(logs["i1"])["undone"], "the first importer undid nothing"

    check = _permoney(url, homes["x"], "check")
    assert check.returncode == 0 and "book check clean" in check.stdout, check.stdout
    first = _permoney(url, homes["x"], "balances").stdout
    assert first and first == _permoney(url, homes["y"], "balances").stdout
