"""The command line run as its own process (``argv`` None): start-up and a brief command
(``tx add``) run without the cyclic collector, every other command with it, and what exists at
exit is frozen out of the interpreter's last collection; called with ``argv`` (tests, scripts)
the collector is left alone."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from permoney_desktop.cli import main
from permoney_desktop.cli.commands import accounts, transactions


@pytest.fixture
def collector() -> Iterator[None]:
    """Whatever a test's ``main`` did, the collector is on again afterwards."""
    try:
        yield
    finally:
        gc.enable()


def _spy(
    monkeypatch: pytest.MonkeyPatch, module: Any, name: str, seen: list[bool]
) -> Callable[..., int]:
    real = getattr(module, name)

    def handler(args: Any) -> int:
        seen.append(gc.isenabled())
        return int(real(args))

    monkeypatch.setattr(module, name, handler)
    return handler


def _exits(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    registered: list[object] = []
    monkeypatch.setattr("atexit.register", registered.append)
    return registered


ADD = ["tx", "add", "--account", "Cash", "--date", "2024-03-01", "--amount", "-2.50"]


@pytest.mark.usefixtures("collector")
def test_a_brief_command_of_the_process_runs_without_the_collector(
    book: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[bool] = []
    _spy(monkeypatch, transactions, "cmd_add", seen)
    exits = _exits(monkeypatch)
    monkeypatch.setattr(sys, "argv", ["permoney", "--book", str(book), *ADD])
    assert main() == 0
    assert capsys.readouterr().out.strip().isdigit()  # the entry was written
    assert seen == [False]
    assert exits == [gc.freeze]


@pytest.mark.usefixtures("collector")
def test_any_other_command_of_the_process_runs_with_the_collector(
    book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    _spy(monkeypatch, accounts, "cmd_list", seen)
    exits = _exits(monkeypatch)
    monkeypatch.setattr(sys, "argv", ["permoney", "--book", str(book), "accounts", "list"])
    assert main() == 0
    assert seen == [True]
    assert exits == [gc.freeze]


@pytest.mark.usefixtures("collector")
def test_called_with_argv_the_collector_is_left_alone(
    book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    _spy(monkeypatch, transactions, "cmd_add", seen)
    exits = _exits(monkeypatch)
    assert main(["--book", str(book), *ADD]) == 0
    assert seen == [True]
    assert exits == []
    assert gc.isenabled()
