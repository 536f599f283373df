"""The worker's schedule catch-up: posts what is due, wakes the syncs of the accounts it
touched, and writes nothing when nothing is due."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from permoney_desktop.domain.accounts import AccountKind
from permoney_desktop.domain.recurrence import Frequency, Recurrence
from permoney_desktop.domain.schedules import Template
from permoney_desktop.services import accounts, schedules, undo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.worker import registry, schedule_tasks
from permoney_desktop.worker.context import SyncGate


@dataclass
class _Ctx:
    ledger: Ledger
    woken: list[list[int]] = field(default_factory=list)
    sync_gate: SyncGate = field(default_factory=SyncGate)
    tasks: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.tasks["sync_account"] = self.woken.append


def test_catch_up_posts_once_and_wakes_the_sync(ledger: Ledger) -> None:
    chk, _ = accounts.create_account(ledger, "Checking", AccountKind.CHECKING, "USD")
    rule = Recurrence(Frequency.MONTHLY, date(2026, 1, 31))
    schedules.add_schedule(ledger, "Rent", Template(chk, Decimal("-900"), "Landlord"), rule)
    ctx = _Ctx(ledger)
    assert schedule_tasks.catch_up(ctx, date(2026, 3, 31)) == 3  # type: ignore[arg-type]
    assert ctx.woken == [[int(chk)]]
    steps = undo.depth(ledger)[0]
    assert schedule_tasks.catch_up(ctx, date(2026, 3, 31)) == 0  # type: ignore[arg-type]
    assert undo.depth(ledger)[0] == steps  # nothing due: nothing written
    assert schedule_tasks.catch_up(ctx, date(2026, 4, 30)) == 1  # type: ignore[arg-type]


def test_the_task_module_is_registered() -> None:
    assert schedule_tasks in registry.TASK_MODULES
