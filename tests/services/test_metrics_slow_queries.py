"""Slow-query hooks: every statement timed; past the limits logged with SQL, never values."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import create_engine, text

from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import slow_queries

SECRET = 987654321


def test_book_engines_are_timed(ledger: Ledger) -> None:
    assert ledger.book.read_engine in slow_queries._TIMED
    assert ledger.book.write_engine in slow_queries._TIMED


@pytest.mark.parametrize(
    "warn_ms, error_ms, level", [(0.0, 1e9, logging.WARNING), (0.0, 0.0, logging.ERROR)]
)
def test_a_slow_statement_is_logged_with_its_sql_but_not_its_values(
    caplog: pytest.LogCaptureFixture, warn_ms: float, error_ms: float, level: int
) -> None:
    engine = create_engine("sqlite://")
    slow_queries.install(engine, warn_ms=warn_ms, error_ms=error_ms)
    slow_queries.install(engine, warn_ms=warn_ms, error_ms=error_ms)  # idempotent
    before = (slow_queries.COUNTS.warnings, slow_queries.COUNTS.errors)
    with caplog.at_level(logging.WARNING, logger="permoney.sql"), engine.connect() as conn:
        conn.execute(text("SELECT :amount + 1 AS   total"), {"amount": SECRET})
    records = [r for r in caplog.records if r.name == "permoney.sql" and "total" in r.message]
    assert len(records) == 1
    assert records[0].levelno == level
    assert "SELECT ? + 1 AS total" in records[0].message
    assert str(SECRET) not in caplog.text and str(SECRET + 1) not in caplog.text
    after = (slow_queries.COUNTS.warnings, slow_queries.COUNTS.errors)
    assert sum(after) == sum(before) + 1


def test_fast_statements_stay_quiet(caplog: pytest.LogCaptureFixture) -> None:
    engine = create_engine("sqlite://")
    slow_queries.install(engine)
    with caplog.at_level(logging.DEBUG, logger="permoney.sql"), engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    assert not [r for r in caplog.records if r.name == "permoney.sql"]
