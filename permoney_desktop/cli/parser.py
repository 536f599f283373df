"""The argument parser: global options plus one sub-parser per command module."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from permoney_desktop.cli.commands import modules_for
from permoney_desktop.cli.errors import CliError
from permoney_desktop.identity import VERSION
from permoney_desktop.platform.paths import book_location


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit code 2 (no usage dump)."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see: {self.prog} --help)")


def build_parser(argv: Sequence[str] | None = None) -> Parser:
    """The parser for ``argv`` (with only its command registered, see ``cli.commands``);
    without it, every command."""
    parser = Parser(
        prog="permoney",
        description="Local-first personal finance. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"permoney {VERSION}")
    parser.add_argument(
        "--book",
        type=book_location,
        default=None,
        metavar="PATH|URL",
        help="the book to use: a file, or a shared book's postgresql://USER@HOST/DB "
        "(default: $PERMONEY_BOOK or the book in your data folder)",
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read a shared book's server password from standard input (one line; it is "
        "held in memory only)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    gui = parser.add_argument_group("app window options (no command)")
    gui.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end (offscreen), print OK and exit",
    )
    gui.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="render the main window offscreen to a PNG and exit",
    )
    gui.add_argument(
        "--page",
        choices=["dashboard", "register", "reports", "health", "budget", "forecast"],
        default="dashboard",
        help="page to show first (with --screenshot)",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)
    for module in modules_for(argv):
        module.register(sub)
    return parser
