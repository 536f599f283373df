"""Fixtures of the CLI tests: the command line called in-process on a fresh book."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from permoney_desktop.cli import main

Cli = Callable[..., str]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """In-process ``permoney --book BOOK ARGS…`` returning stdout (stderr when code != 0)."""

    def call(book: Path, *args: str, code: int = 0) -> str:
        capsys.readouterr()
        got = main(["--book", str(book), *args])
        out, err = capsys.readouterr()
        assert got == code, err
        return (out if code == 0 else err).strip()

    return call


@pytest.fixture
def book(tmp_path: Path, cli: Cli) -> Path:
    path = tmp_path / "b.permoney"
    cli(path, "init")
    cli(path, "accounts", "add", "Cash", "--type", "cash", "--currency", "USD")
    return path
