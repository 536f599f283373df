"""The CLI keeps slow-statement diagnostics off the terminal unless --verbose asks for them."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from permoney_desktop.cli import main
from permoney_desktop.store import slow_queries


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[Collect]:
    """What reaches the root logger, where the CLI's stderr handler sits; every statement
    counts as slow."""
    monkeypatch.setattr(slow_queries, "WARN_MS", 0.0)
    sql_log = logging.getLogger("permoney.sql")
    monkeypatch.setattr(sql_log, "propagate", sql_log.propagate)  # restored after the test
    root = logging.getLogger()
    collect = Collect()
    root.addHandler(collect)
    level = root.level
    root.setLevel(logging.DEBUG)
    try:
        yield collect
    finally:
        root.setLevel(level)
        root.removeHandler(collect)


def run(book: Path, *args: str) -> int:
    return main([*args, "--book", str(book), "accounts", "list"])


def slow_lines(collect: Collect) -> list[str]:
    return [m for m in collect.messages if m.startswith("slow query")]


def test_slow_statements_stay_off_the_terminal(tmp_path: Path, at_root: Collect) -> None:
    book = tmp_path / "b.permoney"
    assert main(["--book", str(book), "init"]) == 0
    at_root.messages.clear()
    before = slow_queries.COUNTS.warnings
    assert run(book) == 0
    assert slow_queries.COUNTS.warnings > before  # they were slow, and counted
    assert slow_lines(at_root) == []


def test_verbose_shows_slow_statements(tmp_path: Path, at_root: Collect) -> None:
    book = tmp_path / "b.permoney"
    assert main(["--book", str(book), "init"]) == 0
    at_root.messages.clear()
    assert run(book, "--verbose") == 0
    assert slow_lines(at_root)


def test_no_slow_statement_reaches_stderr(
    tmp_path: Path, at_root: Collect, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not through logging's last-resort handler either: a logger that does not propagate and
    has no handler of its own printed its warnings on stderr anyway (``permoney demo``)."""
    book = tmp_path / "b.permoney"
    assert main(["--book", str(book), "init"]) == 0
    capsys.readouterr()
    assert run(book) == 0
    assert "slow query" not in capsys.readouterr().err
