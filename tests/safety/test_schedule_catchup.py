"""Scheduled postings are exactly once across real processes: two catch-ups racing on one
book, and a catch-up SIGKILLed inside its transaction, then run again."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.recurrence import Frequency, Recurrence, Weekend
from permoney_desktop.domain.schedules import Template
from permoney_desktop.services import accounts, schedules
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.services.schedule_posting import run_due

REPO = Path(__file__).resolve().parents[2]
TODAY = date(2025, 6, 30)
START = date(2020, 1, 1)


def _book(path: Path, new_book: Callable[[Path], Path]) -> dict[int, int]:
    """A book with 12 schedules of several forms; returns each one's expected count."""
    expected: dict[int, int] = {}
    with Ledger.open(new_book(path), create=True) as ledger:
        a, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
        b, _ = accounts.create_account(ledger, "Savings", AccountKind.SAVINGS, "USD")
        rules = [
            Recurrence(Frequency.MONTHLY, START.replace(day=31 - k % 3), weekend=Weekend(w))
            for k, w in enumerate(["none", "before", "after"] * 2)
        ] + [
            Recurrence(Frequency.WEEKLY, START, interval=1 + k % 2, weekend=Weekend.AFTER)
            for k in range(4)
        ]
        rules += [
            Recurrence(Frequency.YEARLY, date(2020, 2, 29)),
            Recurrence(Frequency.MONTHLY, START, weekday=4, nth=-1),
        ]
        for k, r in enumerate(rules):
            to = b if k % 4 == 3 else None
            amount = Decimal(25 + k) if to else Decimal(-10 - k)
            t = Template(a, amount, f"Payee {k}", to_account_id=to)
            sid, _ = schedules.add_schedule(ledger, "", t, r)
            expected[int(sid)] = sum(1 for _ in r.occurrences(TODAY))
    return expected


def _posted(path: Path) -> tuple[Counter[tuple[int, str]], int, int]:
    """Postings per (schedule, occurrence), the number of entries, the number of postings."""
    with Ledger.open(path) as ledger, ledger.book.reading() as s:
        conn = s.connection()
        keys = Counter(
            (int(a), str(b))
            for a, b in conn.exec_driver_sql(
                "SELECT schedule_id, occurrence FROM schedule_postings"
            )
        )
        entries = conn.exec_driver_sql("SELECT count(*) FROM entries").scalar_one()
        linked = conn.exec_driver_sql(
            "SELECT count(*) FROM schedule_postings p JOIN entries e ON e.id = p.entry_id"
        ).scalar_one()
    return keys, int(entries), int(linked)


def _child(mode: str, book: Path, flag: Path) -> subprocess.Popen[bytes]:
    args = [sys.executable, "-m", "tests.safety.schedule_child", mode, str(book), str(flag)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [*args, TODAY.isoformat()],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _entries_expected(expected: dict[int, int]) -> int:
    # Schedules 4, 8 and 12 (k % 4 == 3) are transfers: two entries per occurrence.
    return sum(n * (2 if (sid - 1) % 4 == 3 else 1) for sid, n in expected.items())


def test_two_processes_racing_post_each_occurrence_once(
    tmp_path: Path, new_book: Callable[[Path], Path]
) -> None:
    book = tmp_path / "race.permoney"
    expected = _book(book, new_book)
    go = tmp_path / "go"
    children = [_child("race", book, go) for _ in range(2)]
    try:
        for child in children:
            assert child.stdout is not None
            ready, _, _ = select.select([child.stdout], [], [], 60)
            assert ready and child.stdout.readline().strip() == b"ready"
        go.touch()
        outs = [child.communicate(timeout=120) for child in children]
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert [c.returncode for c in children] == [0, 0], [o[1].decode()[-2000:] for o in outs]
    counts = sorted(int(o[0].decode().split()[-1]) for o in outs)
    total = sum(expected.values())
    # One run posted everything; the other, serialized behind it, found nothing left.
    assert counts == [0, total]
    keys, entries, linked = _posted(book)
    assert set(keys.values()) == {1}
    assert Counter(sid for sid, _ in keys) == Counter(expected)
    assert entries == _entries_expected(expected)
    assert linked == total


def test_a_run_killed_inside_its_transaction_leaves_nothing_and_the_next_posts_once(
    tmp_path: Path, new_book: Callable[[Path], Path]
) -> None:
    book = tmp_path / "kill.permoney"
    expected = _book(book, new_book)
    ready = tmp_path / "ready"
    child = _child("hang", book, ready)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            assert time.monotonic() < deadline, "the child never reached its commit"
            time.sleep(0.01)
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    keys, entries, _ = _posted(book)
    assert keys == Counter() and entries == 0
    with Ledger.open(book) as ledger:
        assert len(run_due(ledger, TODAY).posted) == sum(expected.values())
        assert run_due(ledger, TODAY).posted == []
    keys, entries, linked = _posted(book)
    assert set(keys.values()) == {1}
    assert entries == _entries_expected(expected)
    assert linked == sum(expected.values())
