"""Which modules register tasks, and the context every task module receives.

A task module exposes ``register(huey, ctx: WorkerContext) -> None``: it defines its tasks on
that Huey instance (closures over ``ctx``), records them in ``ctx.tasks`` by name, and may
install hooks in ``ctx.hooks``. Append a module to ``TASK_MODULES`` to add it. Task modules
import ``WorkerContext`` from ``worker.context`` (or here, under ``TYPE_CHECKING``).
"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from permoney_desktop.worker import (
    budget_tasks,
    maintenance_tasks,
    metrics_tasks,
    safety_tasks,
    schedule_tasks,
    sync_tasks,
)
from permoney_desktop.worker.context import WorkerContext, WorkerHooks

if TYPE_CHECKING:
    from permoney_desktop.worker.queue import PermoneyHuey

__all__ = ["TASK_MODULES", "WorkerContext", "WorkerHooks", "register_all"]

# One line per task module; the metrics module appends itself here.
TASK_MODULES: list[ModuleType] = [
    sync_tasks,
    maintenance_tasks,
    safety_tasks,
    metrics_tasks,
    budget_tasks,
    schedule_tasks,
]


def register_all(
    huey: PermoneyHuey, ctx: WorkerContext, modules: Sequence[ModuleType] | None = None
) -> None:
    for module in TASK_MODULES if modules is None else modules:
        module.register(huey, ctx)
