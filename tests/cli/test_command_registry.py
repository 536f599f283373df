"""A command line registers only its command's module and builds only the parsers it names
(start-up of ``permoney tx add``); the registry's map of commands to modules and their summaries
are the modules' own, and anything unclear parses with every command."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

import pytest

from permoney_desktop.cli import commands, main
from permoney_desktop.cli.parser import UnbuiltError, build_parser


def test_the_map_is_what_each_module_registers() -> None:
    found: dict[str, str] = {}
    helps: dict[str, str | None] = {}
    for module in commands.command_modules():
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        module.register(sub)
        for name in sub.choices:
            assert name not in found, f"{name} registered twice"
            found[name] = module.__name__.rsplit(".", 1)[1]
        helps.update({a.dest: a.help for a in sub._choices_actions})
    assert found == commands.COMMANDS
    assert helps == commands.SUMMARIES  # the summaries --help prints are the modules' own


def test_help_lists_every_command_without_importing_one() -> None:
    code = (
        "import sys\n"
        "from permoney_desktop.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = [m for m in sys.modules if m.startswith('permoney_desktop.cli.commands.')]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    listed = re.findall(r"^    (\S+)\s", result.stdout, re.MULTILINE)
    assert listed == list(commands.SUMMARIES)
    assert sorted(listed) == sorted(commands.COMMANDS)
    assert "add, edit, delete and list transactions" in result.stdout


def _built(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    """The command paths whose parsers ``parser`` holds built (not skipped)."""
    paths = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                if isinstance(child, argparse.ArgumentParser):
                    paths += [f"{prefix}{name}", *_built(child, f"{prefix}{name} ")]
    return paths


def test_tx_add_builds_only_its_own_parsers() -> None:
    argv = ["--book", "b.permoney", "tx", "add", "--account", "A", "--date", "2024-01-02",
            "--amount", "-1"]  # fmt: skip
    parser = build_parser(argv)
    assert _built(parser) == ["tx", "tx add"]
    assert len(_built(build_parser())) > 100  # (what the full parser builds)
    # every other command and sub-command is still listed, for help and errors
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert list(sub.choices) == list(commands.COMMANDS) or set(sub.choices) == set(
        commands.COMMANDS
    )
    tx_sub = next(
        a for a in sub.choices["tx"]._actions if isinstance(a, argparse._SubParsersAction)
    )
    assert {"add", "edit", "delete", "list"} <= set(tx_sub.choices)


@pytest.mark.parametrize("argv", [["--version"], ["--help"], []])
def test_no_command_builds_no_command_parser(argv: list[str]) -> None:
    assert _built(build_parser(argv)) == []
    assert commands.modules_for(argv) == []


@pytest.mark.parametrize(
    ("argv", "modules"),
    [
        (["tx", "add", "--account", "A"], ["transactions"]),
        (["--book", "budget", "tx", "list"], ["transactions"]),
        (["--book=x.permoney", "-v", "balances"], ["balances"]),
        (["--page", "budget", "--screenshot", "f.png"], []),  # no command: the GUI
        (["--pa", "budget"], None),  # an abbreviated option: the full parser decides
        (["--help"], []),
        (["--version", "tx"], ["transactions"]),
        (["nonsense"], []),  # the summaries list the choices
        ([], []),
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


@pytest.mark.parametrize(
    "argv",
    [
        ["nonsense"],
        ["tx", "frob"],
        ["tx"],
        ["tx", "add", "--account", "A"],
        ["--bogus"],
        ["--book", "tx", "add"],
        ["tx", "add", "--account", "A", "--date", "2024-13-01", "--amount", "1"],
    ],
)
def test_errors_read_as_with_every_parser_built(argv: list[str]) -> None:
    from permoney_desktop.cli.errors import CliError

    with pytest.raises(CliError) as lazy:
        build_parser(argv).parse_args(argv)
    with pytest.raises(CliError) as full:
        build_parser().parse_args(argv)
    assert str(lazy.value) == str(full.value)
    assert "(see: permoney" in str(lazy.value)


def test_an_unknown_command_is_still_named_with_every_choice() -> None:
    from permoney_desktop.cli.errors import CliError

    with pytest.raises(CliError, match="invalid choice: 'nonsense'") as err:
        build_parser(["nonsense"]).parse_args(["nonsense"])
    assert all(f"'{name}'" in str(err.value) for name in commands.COMMANDS)


def test_a_parse_that_reaches_a_skipped_parser_is_parsed_again_in_full(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Should the peek ever read a command line differently from argparse, the parser it
    # reaches was not built: main parses again with every parser.
    with pytest.raises(UnbuiltError):
        build_parser(["balances"]).parse_args(["tx", "list"])
    monkeypatch.setattr(commands, "_command_of", lambda argv: None)
    with pytest.raises(SystemExit) as done:
        main(["tx", "add", "--help"])
    assert done.value.code == 0
    assert "usage: permoney tx add" in capsys.readouterr().out
