"""A CLI write with no app or worker alive brings its accounts up to date before it exits;
with a live consumer it only wakes it (the consumer's claim is never computed twice)."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from permoney_desktop.cli import main
from permoney_desktop.services import encryption
from permoney_desktop.worker import presence
from permoney_desktop.worker.runtime import Worker


def permoney(book: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "permoney_desktop", "--book", str(book), *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )


def pending(book: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(book) as conn:
        return conn.execute(
            "SELECT account_id, status FROM syncs WHERE status IN ('pending', 'syncing') ORDER BY 1"
        ).fetchall()


@pytest.fixture
def book(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "b.permoney"
    for argv in (
        ["init"],
        [
            "accounts",
            "add",
            "Cash",
            "--type",
            "cash",
            "--currency",
            "USD",
            "--opening-balance",
            "100",
            "--opening-date",
            "2024-01-01",
        ],
        ["accounts", "add", "Bank", "--type", "checking", "--currency", "USD"],
    ):
        assert main(["--book", str(path), *argv]) == 0, capsys.readouterr().err
    return path


def test_balances_are_right_right_after_tx_add(book: Path) -> None:
    added = permoney(
        book, "tx", "add", "--account", "Cash", "--date", "2024-01-02", "--amount", "-12.50"
    )
    assert added.returncode == 0, added.stderr
    assert pending(book) == []
    shown = permoney(book, "balances", "--account", "Cash", "--format", "csv")
    assert shown.returncode == 0 and "not yet reflected" not in shown.stderr
    (row,) = csv.DictReader(io.StringIO(shown.stdout))
    assert row["balance"] == "87.50"


def test_only_the_touched_accounts_are_computed(book: Path) -> None:
    with sqlite3.connect(book) as conn:  # Bank has an older request nobody ran
        conn.execute("UPDATE syncs SET status = 'pending' WHERE account_id = 2")
    assert (
        main(
            [
                "--book",
                str(book),
                "tx",
                "add",
                "--account",
                "Cash",
                "--date",
                "2024-01-02",
                "--amount",
                "-1",
            ]
        )
        == 0
    )
    assert pending(book) == [(2, "pending")]


def test_a_live_consumer_is_woken_instead(book: Path) -> None:
    with encryption.open_ledger(book) as ledger:
        other = Worker(ledger, threads=1, periodic=False)
        try:
            # A consumer of this book is alive (a heartbeat from a living process).
            presence.beat(other.huey, "app-window", {"threads": 1})
            assert (
                main(
                    [
                        "--book",
                        str(book),
                        "tx",
                        "add",
                        "--account",
                        "Cash",
                        "--date",
                        "2024-01-02",
                        "--amount",
                        "-1",
                    ]
                )
                == 0
            )
            assert pending(book) == [(1, "pending")]
            assert other.pending >= 1  # the wake-up waits in the queue for that consumer
        finally:
            presence.forget(other.huey, "app-window")
            other.close()


def test_a_claim_held_by_a_live_worker_is_left_to_it(book: Path) -> None:
    from permoney_desktop.worker import claims

    assert (
        main(
            [
                "--book",
                str(book),
                "tx",
                "add",
                "--account",
                "Cash",
                "--date",
                "2024-01-02",
                "--amount",
                "-1",
            ]
        )
        == 0
    )
    with encryption.open_ledger(book) as ledger:
        claims.request(ledger, {1: None}, claims.utc_now())
        batch = claims.claim_next(ledger, "worker-x", claims.utc_now(), first=[1])
        assert [c.account_id for c in batch.claims] == [1]
        worker = Worker(ledger, threads=1, periodic=False)
        try:
            from permoney_desktop.cli.write_sync import sync_inline

            # Held by another owner: not claimable here, so nothing is recomputed twice.
            assert sync_inline(worker, [1]) is True
        finally:
            worker.close()
    assert pending(book) == [(1, "syncing")]
