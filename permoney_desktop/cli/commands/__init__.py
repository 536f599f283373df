"""Registry of command modules; each module exposes ``register(subparsers)``.

A command line names one command: only its module is imported and registered (``modules_for``),
so ``permoney tx add`` does not load the other modules, and ``cli.parser`` builds only the
parsers the command line names. With no command (``--help``, ``--version``, the app window) no
module is imported: ``SUMMARIES`` lists the commands. An option that cannot be read for sure (an
abbreviation, a typo) registers them all. ``COMMANDS`` says which module registers which
command; ``tests/cli/test_command_registry.py`` checks it and ``SUMMARIES`` against what each
module registers.
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

# Each command's one-line summary, in the order ``--help`` lists them: the list is printed
# from here without importing a command module; ``tests/cli/test_command_registry.py`` checks
# that it names every command of ``COMMANDS`` with the help its module registers.
SUMMARIES: dict[str, str] = {
    "init": "create a new, empty book (a file, or a shared book on PostgreSQL)",
    "demo": "fill an empty book with a realistic demo household",
    "accounts": "add, list, rename, archive and delete accounts",
    "tx": "add, edit, delete and list transactions",
    "transfer": "move money between two of your accounts",
    "valuation": "record an account's balance on a date",
    "rates": "exchange rates: import, add, list, delete",
    "undo": "undo the latest change (survives restarts)",
    "redo": "redo the latest undone change",
    "history": "the latest changes: when, who, what (undo's steps)",
    "worker": "run the background worker in the foreground (Ctrl+C stops it)",
    "sync": "bring materialized balances up to date",
    "health": "worker health: figures, verdict, recent syncs",
    "materialize": "recompute the stored daily balances",
    "balances": "print account balances (today, daily or month-end)",
    "backup": "write a verified backup of the book",
    "restore": "replace the book with a backup (backs the book up first)",
    "check": "check the book's integrity (exit status 1 on errors)",
    "encrypt": "encrypt the book (prints its recovery key once, before the book is changed)",
    "decrypt": "turn an encrypted book back into a plain one",
    "import": (
        "import a bank file (CSV, OFX, QFX, QIF, camt.053/.052/.054, MT940): all rows or none"
    ),
    "export": "export entries as CSV, or the whole book as a zip",
    "import-book": "load a book export (zip) into an empty book",
    "rules": "auto-categorization rules",
    "metrics": "dashboard figures per period (all named periods by default)",
    "cache": "the metrics cache: stats or clear",
    "categories": "add, list, rename, move and delete categories",
    "tags": "list, rename and delete tags",
    "merchants": "list, add, rename and delete merchants",
    "transfers": "entry pairs that look like transfers: list, confirm",
    "presets": "saved CSV import mappings: list, delete",
    "settings": "show or change the book's settings",
    "report": "monthly reports as data: income, categories, networth",
    "budget": "budget per category per month (envelope or tracking)",
    "goal": "savings goals: a target by a date, in a category or accounts",
    "loan": "loan terms, amortization schedule and payments",
    "schedule": "scheduled transactions: add, list, post, run",
    "forecast": "projected daily balances from the schedules",
    "reconcile": "check an account against a bank statement",
    "book": "whole-book operations (copy between a file and a server, passwords)",
}

# The global options (``cli.parser``) that take a value, and those that do not.
_VALUE_OPTIONS = frozenset({"--book", "--screenshot", "--page"})
_FLAG_OPTIONS = frozenset(
    {"-v", "--verbose", "--self-test", "--password-stdin", "-h", "--help", "--version"}
)


def command_modules(names: Sequence[str] = MODULE_NAMES) -> list[ModuleType]:
    """The command modules named (all by default), imported, in ``--help`` order."""
    return [importlib.import_module(f"{__name__}.{name}") for name in MODULE_NAMES if name in names]


def modules_for(argv: Sequence[str] | None) -> list[ModuleType]:
    """The modules a parse of ``argv`` needs: the named command's alone, none when it names no
    command (or one that does not exist: ``SUMMARIES`` is enough to say so), all of them when
    the global options before the command cannot be read for sure (or ``argv`` is None)."""
    if argv is None:
        return command_modules()
    try:
        command = _command_of(argv)
    except _UnclearError:
        return command_modules()
    if command is None or command not in COMMANDS:
        return []
    return command_modules([COMMANDS[command]])


class _UnclearError(Exception):
    """An option argparse may read differently from us (an abbreviation, a typo)."""


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
            raise _UnclearError(token)  # the full parser decides
        else:
            return token
    return None
