"""Registry of command modules; each module exposes ``register(subparsers)``."""

from __future__ import annotations

from types import ModuleType

from permoney_desktop.cli.commands import (
    accounts,
    balances,
    book,
    book_copy,
    budgets,
    categories,
    imports,
    loans,
    metrics,
    names,
    proposals,
    rates,
    reconcile,
    reports,
    safety,
    schedules,
    settings,
    transactions,
    undo,
    worker,
)

# One line per command module; later features append here.
COMMAND_MODULES: list[ModuleType] = [
    book,
    accounts,
    transactions,
    rates,
    undo,
    worker,
    balances,
    safety,
    imports,
    metrics,
    categories,
    names,
    proposals,
    settings,
    reports,
    budgets,
    loans,
    schedules,
    reconcile,
    book_copy,
]
