"""The sync gate: a long metrics computation steps aside while an account sync is on its way."""

from __future__ import annotations

import threading
import time

import pytest

from permoney_desktop.worker import context
from permoney_desktop.worker.context import SyncGate


def _yield_in_thread(gate: SyncGate, longest: float = 5.0) -> tuple[threading.Thread, list[float]]:
    returned: list[float] = []

    def run() -> None:
        gate.yield_to_syncs(longest)
        returned.append(time.monotonic())

    thread = threading.Thread(target=run)
    thread.start()
    return thread, returned


def test_yielding_costs_nothing_when_no_sync_is_about() -> None:
    gate = SyncGate()
    started = time.perf_counter()
    for _ in range(1000):
        gate.yield_to_syncs()
    assert time.perf_counter() - started < 0.05
    assert not gate.busy()


def test_a_computation_waits_while_a_sync_is_asked_for_and_while_it_runs() -> None:
    gate = SyncGate()
    gate.want()
    assert gate.busy()
    thread, returned = _yield_in_thread(gate)
    time.sleep(0.02)
    gate.enter()  # the sync starts (an idle worker thread took it)
    time.sleep(0.05)
    assert not returned
    ended = time.monotonic()
    gate.leave()
    thread.join(2)
    assert returned and returned[0] >= ended
    assert not gate.busy()


def test_a_request_that_does_not_start_soon_stops_holding_computations_back() -> None:
    # Superseded, or no idle thread to take it: the computation goes on (and ends sooner).
    gate = SyncGate()
    gate.want()
    started = time.monotonic()
    gate.yield_to_syncs(5.0)
    assert context.WANTED_TTL_S * 0.9 <= time.monotonic() - started < 0.5
    assert not gate.busy()


def test_the_wait_is_bounded_even_under_endless_syncs() -> None:
    gate = SyncGate()
    gate.enter()
    started = time.monotonic()
    gate.yield_to_syncs(0.1)
    assert time.monotonic() - started < 0.5
    gate.leave()


def test_a_user_write_makes_an_older_computation_step_aside() -> None:
    gate = SyncGate()
    begun = time.monotonic()
    pause = gate.stepping_aside(begun)
    pause()  # nothing happened: carries on at once
    gate.user_wrote()
    with pytest.raises(context.StepAside):
        pause()
    later = gate.stepping_aside(time.monotonic())
    time.sleep(context.WANTED_TTL_S)
    later()  # began after the write: not stale
