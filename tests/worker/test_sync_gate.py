"""The sync gate: a long metrics computation steps aside while an account sync is on its way.

The gate reads ``time.monotonic`` through its module; the tests give that module a clock they
move by hand, so what is asserted is which state the gate reached, never how long a call took.
"""

from __future__ import annotations

import threading

import pytest

from permoney_desktop.worker import context
from permoney_desktop.worker.context import SyncGate
from permoney_desktop.worker.sync_tasks import METRICS_SETTLE_S
from tests.clock import FakeClock, TimeWithClock


class ClockCondition(threading.Condition):
    """A condition whose timed waits pass on the fake clock instead of sleeping (one thread)."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self.clock = clock
        self.waits: list[float | None] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(timeout)
        if timeout is not None:
            self.clock.advance(timeout)
        return False


class CountingCondition(threading.Condition):
    """A real condition that counts how often it is entered and waited on."""

    def __init__(self) -> None:
        super().__init__()
        self.entered = 0
        self.waits = 0

    def __enter__(self) -> bool:
        self.entered += 1
        return super().__enter__()

    def wait(self, timeout: float | None = None) -> bool:
        self.waits += 1
        return super().wait(timeout)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    # Only the gate's module sees the fake clock; everything else keeps the real one.
    monkeypatch.setattr(context, "time", TimeWithClock(fake))
    return fake


def test_yielding_never_takes_the_lock_or_waits_when_no_sync_is_about(clock: FakeClock) -> None:
    gate = SyncGate()
    cond = CountingCondition()
    gate._cond = cond
    for _ in range(1000):
        gate.yield_to_syncs()
    assert (cond.entered, cond.waits) == (0, 0)
    assert not gate.busy()


def test_a_computation_waits_while_a_sync_is_asked_for_and_while_it_runs(
    clock: FakeClock,
) -> None:
    gate = SyncGate()
    gate.want()  # the clock stands still: the request cannot expire during this test
    assert gate.busy()
    order: list[str] = []
    waiting = threading.Event()
    cond = CountingCondition()
    gate._cond = cond

    def computation() -> None:
        waiting.set()
        gate.yield_to_syncs(longest=1e9)
        order.append("computation went on")

    thread = threading.Thread(target=computation)
    thread.start()
    assert waiting.wait(10)
    gate.enter()  # the sync starts (an idle worker thread took it)
    assert gate.busy()
    thread.join(0.2)
    assert thread.is_alive() and order == []  # still held back while the sync runs
    order.append("sync ended")
    gate.leave()
    thread.join(10)
    assert not thread.is_alive()
    assert order == ["sync ended", "computation went on"]
    assert cond.waits >= 1  # it waited on the gate, it did not spin or return early
    assert not gate.busy()


def test_a_request_that_does_not_start_soon_stops_holding_computations_back(
    clock: FakeClock,
) -> None:
    # Superseded, or no idle thread to take it: the computation goes on (and ends sooner).
    gate = SyncGate()
    cond = ClockCondition(clock)
    gate._cond = cond
    gate.want()
    asked = clock.now
    gate.yield_to_syncs(5.0)
    assert not gate.busy()
    # It let go once the request expired, long before its own limit of five seconds.
    assert asked + context.WANTED_TTL_S <= clock.now < asked + 5.0
    assert cond.waits and all(w is not None and w <= context.WANTED_TTL_S for w in cond.waits)


def test_the_wait_is_bounded_even_under_endless_syncs(clock: FakeClock) -> None:
    gate = SyncGate()
    cond = ClockCondition(clock)
    gate._cond = cond
    gate.enter()
    started = clock.now
    gate.yield_to_syncs(0.1)  # returns although the sync never ends
    assert gate.busy()
    assert clock.now == pytest.approx(started + 0.1)
    gate.leave()


def test_a_user_write_makes_an_older_computation_step_aside(clock: FakeClock) -> None:
    gate = SyncGate()
    cond = ClockCondition(clock)
    gate._cond = cond
    pause = gate.stepping_aside(clock.now)
    pause()  # nothing happened: carries on at once
    assert cond.waits == []
    clock.advance(1.0)
    gate.user_wrote()
    with pytest.raises(context.StepAside):
        pause()
    later = gate.stepping_aside(clock.now)  # began with the write already in its snapshot
    later()  # not stale: it only lets the write's sync go first, then carries on
    assert cond.waits and not gate.busy()


def test_syncs_are_quiet_only_once_none_runs_and_the_last_ended_a_settle_time_ago(
    clock: FakeClock,
) -> None:
    settle = METRICS_SETTLE_S
    gate = SyncGate()
    assert gate.quiet(settle)  # nothing has run yet
    gate.enter()
    clock.advance(settle * 10)
    assert not gate.quiet(settle)  # a sync runs, however long ago the last one ended
    gate.leave()
    assert not gate.quiet(settle)
    clock.advance(settle / 2)
    assert not gate.quiet(settle)
    clock.advance(settle / 2)
    assert gate.quiet(settle)
