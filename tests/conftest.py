"""Test set-up shared by every test: offscreen Qt, a private data home, and book fixtures."""

from __future__ import annotations

import os

# Before any QApplication can exist: with no display, Qt would abort the whole process.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import migrate

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


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty book at the schema head, migrated once per test session.

    Running every Alembic migration costs about a tenth of a second per book, and most tests
    start from an empty book: they get a copy of this file instead (``new_book``). It has no
    book id yet, so each copy gets its own when it is first opened, and it is checkpointed and
    closed, so the one file is the whole book (no WAL beside it to copy or to lose).
    """
    path = tmp_path_factory.mktemp("template") / "template.permoney"
    migrate.upgrade(path)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    path.chmod(0o400)  # a test that wrote to the template itself would fail loudly
    return path


@pytest.fixture
def new_book(migrated_template: Path) -> Callable[[Path], Path]:
    """``new_book(path)`` puts a new, empty, migrated book file at ``path`` (not opened)."""

    def make(path: Path) -> Path:
        if path.exists():
            raise FileExistsError(path)
        shutil.copyfile(migrated_template, path)
        return path

    return make


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    return tmp_path / "test.permoney"


@pytest.fixture
def ledger(book_path: Path, new_book: Callable[[Path], Path]) -> Iterator[Ledger]:
    """A new, empty, migrated book on a real SQLite file (a copy of the session's template)."""
    with Ledger.open(new_book(book_path), create=True) as opened:
        yield opened
