"""The argument parser: global options plus one sub-parser per command, built only where named.

Building argparse's parsers is a start-up cost of every command (each one formats its usage
and asks ``gettext`` for its words, which looks for catalogues on disk each time), so a command
line builds only the parsers it names (``permoney tx add`` builds ``permoney``, ``tx`` and
``tx add``). Every other command still takes its place in the lists (``--help``, "invalid
choice: … (choose from …)"), under its one-line summary, with a ``_Skipped`` parser that takes
the registration calls and builds nothing. Should a parse ever reach a skipped parser (the
command line was read differently from how it was peeked at), ``UnbuiltError`` is raised and
``cli.main`` parses again with every parser built.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any, NoReturn

from permoney_desktop.cli.commands import SUMMARIES, modules_for
from permoney_desktop.cli.errors import CliError
from permoney_desktop.identity import VERSION
from permoney_desktop.platform.paths import book_location


class UnbuiltError(Exception):
    """A parse reached the parser of a command that was not built for this command line."""


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit code 2 (no usage dump), and its
    sub-commands are built only when ``words`` (the command line's tokens) name them."""

    def __init__(self, *args: Any, words: Collection[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.words = words  # None: build every sub-command
        self.register("action", "parsers", LazySubParsers)

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see: {self.prog} --help)")

    def add_subparsers(self, **kwargs: Any) -> Any:
        action = super().add_subparsers(**kwargs)
        if isinstance(action, LazySubParsers):
            action.words = self.words
        return action


class _Skipped:
    """Stands in for the parser of a command the command line does not name: every
    registration call (``add_argument``, ``add_subparsers``, ``set_defaults``…) is taken and
    does nothing."""

    def __init__(self, **_kwargs: Any) -> None:
        pass

    def __getattr__(self, name: str) -> Callable[..., _Skipped]:
        return self._take

    def _take(self, *_args: Any, **_kwargs: Any) -> _Skipped:
        return self

    def parse_known_args(self, *_args: Any, **_kwargs: Any) -> NoReturn:
        raise UnbuiltError


class LazySubParsers(argparse._SubParsersAction):  # type: ignore[type-arg]
    """Sub-commands whose parsers are built only when the command line names them; the
    others are listed (help, choices) with a ``_Skipped`` parser."""

    words: Collection[str] | None = None

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        names = (name, *kwargs.get("aliases", ()))
        if self.words is None or any(n in self.words for n in names):
            if issubclass(self._parser_class, Parser):
                kwargs["words"] = self.words
            return super().add_parser(name, **kwargs)
        return self.add_listed(name, **kwargs)

    def add_listed(self, name: str, **kwargs: Any) -> Any:
        """``name`` in the lists (help, choices) with a ``_Skipped`` parser."""
        parser_class = self._parser_class
        self._parser_class = _Skipped  # argparse's own bookkeeping, without the parser
        try:
            return super().add_parser(name, **kwargs)
        finally:
            self._parser_class = parser_class


def build_parser(argv: Sequence[str] | None = None) -> Parser:
    """The parser for ``argv``: only the parsers it names are built and only its command's
    module is imported (see ``cli.commands``). Without ``argv``, every parser."""
    words = None if argv is None else frozenset(argv)
    parser = Parser(
        prog="permoney",
        description="Local-first personal finance. With no command, opens the app.",
        words=words,
    )
    _global_options(parser)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)
    for module in modules_for(argv):
        module.register(sub)
    for name, summary in SUMMARIES.items():
        if name not in sub.choices:  # its module is not imported: listed, never parsed
            sub.add_listed(name, help=summary)
    order = list(SUMMARIES)
    sub._choices_actions.sort(key=lambda a: order.index(a.dest) if a.dest in order else len(order))
    return parser


def _global_options(parser: Parser) -> None:
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
