"""Registry of command modules; each module exposes ``register(subparsers)``.

A command line names one command: only its module is imported and registered (``modules_for``),
so ``permoney tx add`` does not load the other eighteen. ``--help``, no command, or anything
unclear registers them all. ``COMMANDS`` says which module registers which command;
``tests/cli/test_command_registry.py`` checks it against what each module registers.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from types import ModuleType

# One line per command module, in the order ``--help`` lists them; later features append here.
MODULE_NAMES: list[str] = [
    "book",
    "accounts",
    "transactions",
    "rates",
    "undo",
    "worker",
    "balances",
    "safety",
    "imports",
    "metrics",
    "categories",
    "names",
    "proposals",
    "settings",
    "reports",
    "budgets",
    "loans",
    "schedules",
    "reconcile",
    "book_copy",
]

# Each top-level command and the module that registers it.
COMMANDS: dict[str, str] = {
    "demo": "book",
    "init": "book",
    "accounts": "accounts",
    "transfer": "transactions",
    "tx": "transactions",
    "valuation": "transactions",
    "rates": "rates",
    "history": "undo",
    "redo": "undo",
    "undo": "undo",
    "health": "worker",
    "sync": "worker",
    "worker": "worker",
    "balances": "balances",
    "materialize": "balances",
    "backup": "safety",
    "check": "safety",
    "decrypt": "safety",
    "encrypt": "safety",
    "restore": "safety",
    "export": "imports",
    "import": "imports",
    "import-book": "imports",
    "rules": "imports",
    "cache": "metrics",
    "metrics": "metrics",
    "categories": "categories",
    "merchants": "names",
    "tags": "names",
    "presets": "proposals",
    "transfers": "proposals",
    "settings": "settings",
    "report": "reports",
    "budget": "budgets",
    "goal": "budgets",
    "loan": "loans",
    "forecast": "schedules",
    "schedule": "schedules",
    "reconcile": "reconcile",
    "book": "book_copy",
}

# The global options (``cli.parser``) that take a value, and those that do not.
_VALUE_OPTIONS = frozenset({"--book", "--screenshot", "--page"})
_FLAG_OPTIONS = frozenset({"-v", "--verbose", "--self-test", "--password-stdin"})


def command_modules(names: Sequence[str] = MODULE_NAMES) -> list[ModuleType]:
    """The command modules named (all by default), imported, in ``--help`` order."""
    return [importlib.import_module(f"{__name__}.{name}") for name in MODULE_NAMES if name in names]


def modules_for(argv: Sequence[str] | None) -> list[ModuleType]:
    """The modules a parse of ``argv`` needs: the named command's alone when the global
    options before it are read unambiguously, else all of them."""
    command = None if argv is None else _command_of(argv)
    if command is None or command not in COMMANDS:
        return command_modules()
    return command_modules([COMMANDS[command]])


def _command_of(argv: Sequence[str]) -> str | None:
    skip = False
    for token in argv:
        if skip:
            skip = False
            continue
        if token in _VALUE_OPTIONS:
            skip = True
        elif token in _FLAG_OPTIONS or token.split("=", 1)[0] in _VALUE_OPTIONS:
            continue
        elif token.startswith("-"):
            return None  # --help, --version, an abbreviation, a typo: the full parser decides
        else:
            return token
    return None
