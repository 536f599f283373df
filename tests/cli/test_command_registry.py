"""A command line registers only its command's module (start-up of ``permoney tx add``); the
registry's map of commands to modules is the modules' own, and anything unclear parses with
every command."""

from __future__ import annotations

import argparse

import pytest

from permoney_desktop.cli import commands
from permoney_desktop.cli.parser import build_parser


def test_the_map_is_what_each_module_registers() -> None:
    found: dict[str, str] = {}
    for module in commands.command_modules():
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        module.register(sub)
        for name in sub.choices:
            assert name not in found, f"{name} registered twice"
            found[name] = module.__name__.rsplit(".", 1)[1]
    assert found == commands.COMMANDS


@pytest.mark.parametrize(
    ("argv", "modules"),
    [
        (["tx", "add", "--account", "A"], ["transactions"]),
        (["--book", "budget", "tx", "list"], ["transactions"]),
        (["--book=x.permoney", "-v", "balances"], ["balances"]),
        (["--page", "budget", "--screenshot", "f.png"], None),  # no command: the GUI
        (["--pa", "budget"], None),  # an abbreviated option: the full parser decides
        (["--help"], None),
        (["nonsense"], None),
        ([], None),
    ],
)
def test_only_the_named_command_is_registered(argv: list[str], modules: list[str] | None) -> None:
    got = [m.__name__.rsplit(".", 1)[1] for m in commands.modules_for(argv)]
    assert got == (commands.MODULE_NAMES if modules is None else modules)


def test_a_parse_with_one_module_reads_the_same_as_with_all() -> None:
    argv = ["--book", "b.permoney", "tx", "add", "--account", "A", "--date", "2024-01-02",
            "--amount", "-1", "--category", "Food"]  # fmt: skip
    one, full = build_parser(argv).parse_args(argv), build_parser().parse_args(argv)
    assert vars(one) == vars(full)


def test_an_unknown_command_is_still_named_in_the_error() -> None:
    from permoney_desktop.cli.errors import CliError

    with pytest.raises(CliError, match="invalid choice: 'nonsense'"):
        build_parser(["nonsense"]).parse_args(["nonsense"])
