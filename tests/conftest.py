"""Test set-up shared by every test: offscreen Qt, a private data home, and book fixtures."""

from __future__ import annotations

import os

# Before any QApplication can exist: with no display, Qt would abort the whole process.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from permoney_desktop.services.ledger import Ledger

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.register_profile("ci", parent=settings.get_profile("default"), max_examples=100)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def permoney_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own data and cache folders; nothing touches the real user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PERMONEY_HOME", str(home))
    monkeypatch.delenv("PERMONEY_BOOK", raising=False)
    return home


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    return tmp_path / "test.permoney"


@pytest.fixture
def ledger(book_path: Path) -> Iterator[Ledger]:
    """A new, empty, migrated book on a real SQLite file."""
    with Ledger.open(book_path, create=True) as opened:
        yield opened
