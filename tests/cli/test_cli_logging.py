"""The CLI keeps slow-statement diagnostics off the terminal unless --verbose asks for them."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from permoney_desktop.cli import main
from permoney_desktop.store import slow_queries


@pytest.fixture
def every_statement_slow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(slow_queries, "WARN_MS", 0.0)
    sql_log = logging.getLogger("permoney.sql")
    monkeypatch.setattr(sql_log, "propagate", sql_log.propagate)  # restored after the test


def run(book: Path, *args: str) -> int:
    return main([*args, "--book", str(book), "accounts", "list"])


def test_slow_statements_stay_off_the_terminal(
    tmp_path: Path, every_statement_slow: None, caplog: pytest.LogCaptureFixture
) -> None:
    book = tmp_path / "b.permoney"
    assert main(["--book", str(book), "init"]) == 0
    caplog.clear()
    before = slow_queries.COUNTS.warnings
    assert run(book) == 0
    assert slow_queries.COUNTS.warnings > before  # they were slow, and counted
    assert "slow query" not in caplog.text


def test_verbose_shows_slow_statements(
    tmp_path: Path, every_statement_slow: None, caplog: pytest.LogCaptureFixture
) -> None:
    book = tmp_path / "b.permoney"
    assert main(["--book", str(book), "init"]) == 0
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        assert run(book, "--verbose") == 0
    assert "slow query" in caplog.text
