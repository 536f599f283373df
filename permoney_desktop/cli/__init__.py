"""The ``permoney`` command line: headless commands, and the GUI when no subcommand is given."""

from __future__ import annotations

import argparse
import atexit
import gc
import logging
import sys
import time
from collections.abc import Callable, Sequence

from permoney_desktop.cli.errors import EXIT_USAGE, CliError, disk_full_error, friendly_error

log = logging.getLogger("permoney")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every expected failure is one line on stderr and exit code 2.

    ``argv`` None: the process's own command line (the console script, ``python -m``), which
    ends with the command. Then start-up runs without the cyclic collector, and so does a
    command marked ``brief`` (``tx add``: a fifth of it went to the collector walking the
    modules, classes and functions its imports made, again and again, to free nothing); at
    exit the collector's last passes, which would walk them all once more, are skipped
    (``gc.freeze``). What must be closed (books, files, connections) is closed by the code
    that opened it, never left to the collector.
    """
    if argv is None:
        gc.disable()
    from permoney_desktop.cli.parser import UnbuiltError, build_parser
    from permoney_desktop.platform.paths import umask_private

    umask_private()
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    try:
        try:
            args = parser.parse_args(argv)
        except UnbuiltError:  # read differently from the peek (``cli.parser``): build them all
            args = build_parser().parse_args(argv)
        _accept_server_urls(args)
        logging.basicConfig(
            level=logging.DEBUG if args.verbose else logging.WARNING,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        # Slow statements are diagnostics for the health page and --verbose, not for the
        # user's terminal: on a busy machine every command printed them beside its output.
        sql_log = logging.getLogger("permoney.sql")
        sql_log.propagate = bool(args.verbose)
        # A logger with no handler of its own that does not propagate falls to logging's
        # last-resort handler, which prints warnings on stderr: give it one that drops them.
        if not any(isinstance(h, logging.NullHandler) for h in sql_log.handlers):
            sql_log.addHandler(logging.NullHandler())
        handler = getattr(args, "handler", None)
        if handler is None or not getattr(args, "brief", False):
            gc.enable()  # (a no-op unless paused above)
        if handler is None:
            from permoney_desktop.cli.gui import open_gui

            return open_gui(args)
        if argv is None:
            atexit.register(gc.freeze)
        return _retrying(handler, args)
    except CliError as exc:
        print(f"permoney: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("permoney: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        message = disk_full_error(exc) or friendly_error(exc)
        if message is None:
            raise
        print(f"permoney: {message}", file=sys.stderr)
        return EXIT_USAGE


def _accept_server_urls(args: object) -> None:
    """A shared book's URL given with a password: the password is held for this process and
    every argument keeps the URL without it, so no message, log or saved setting can show it."""
    from permoney_desktop.platform.paths import is_server_url

    values = vars(args)
    if not any(is_server_url(v) for v in values.values()):
        if getattr(args, "password_stdin", False):
            raise CliError("--password-stdin is for a shared book: give --book postgresql://…")
        return
    from permoney_desktop.store import server_auth

    for name, value in values.items():
        if is_server_url(value):
            setattr(args, name, server_auth.accept(value))
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise CliError("--password-stdin: no password on standard input")
        book = getattr(args, "book", None)
        for value in vars(args).values():
            if is_server_url(value) and (book is None or value == book):
                server_auth.remember(value, line)


RETRIES = 5


def _retrying(handler: Callable[[argparse.Namespace], int | None], args: argparse.Namespace) -> int:
    """Run the command again when its write met a deadlock or serialization failure on a
    shared book (``services.write_conflicts.BookBusyError``, marked ``retryable``): the
    failed try committed nothing. Checked by attribute, so no command pays for importing
    the write path."""
    pause = 0.05
    for attempt in range(RETRIES + 1):
        try:
            return int(handler(args) or 0)
        except Exception as exc:
            if not getattr(exc, "retryable", False) or attempt == RETRIES:
                raise
        time.sleep(pause)
        pause *= 2
    raise AssertionError("unreachable")  # pragma: no cover
