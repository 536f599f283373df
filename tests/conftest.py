"""Test set-up shared by every test: offscreen Qt, a private data home, and book fixtures.

A test module or test marked ``backends`` runs once per book backend: on a SQLite file and
on a shared book in a private PostgreSQL server (``tests/servers.py``), through the
``backend`` parameter that the ``ledger`` fixture follows. Unmarked tests use SQLite.
"""

from __future__ import annotations

import inspect
import os

# Before any QApplication can exist: with no display, Qt would abort the whole process.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import migrate
from tests import servers

BACKENDS = ("sqlite", "postgresql")

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
    # The GUI in English whatever the machine's language (tests/ui/test_i18n_window.py
    # switches it on purpose).
    monkeypatch.setenv("PERMONEY_LANGUAGE", "en")
    return home


@pytest.fixture(scope="session", autouse=True)
def gui_translations() -> None:
    """The .qm files built from resources/i18n/*.ts, as set-up builds them (a no-op when they
    are current): English plural forms and the language tests need them."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))
    import translations  # packaging/translations.py

    translations.build()


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


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``backends`` run on each backend (``backend`` is "sqlite" otherwise);
    ``PERMONEY_TEST_BACKENDS=all`` runs every test that uses ``ledger`` on both. A test that
    asks for ``book_path`` itself reads or writes the book's file, so it runs on SQLite only,
    as does one marked ``sqlite_only`` (about the file: backups, pages, pragmas)."""
    if "backend" not in metafunc.fixturenames:
        return
    if "book_path" in inspect.signature(metafunc.function).parameters:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    everywhere = os.environ.get("PERMONEY_TEST_BACKENDS") == "all"
    if everywhere or metafunc.definition.get_closest_marker("backends"):
        metafunc.parametrize("backend", BACKENDS)


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A private PostgreSQL server for the whole run (started on first use)."""
    yield from servers.start()


@pytest.fixture(scope="session")
def pg_databases(pg_server: object) -> servers.Databases:
    return servers.Databases(pg_server)


@pytest.fixture
def pg_book_url(pg_databases: servers.Databases) -> Iterator[str]:
    """The URL of a new, empty, migrated shared book (a clone of the template database)."""
    name, url = pg_databases.fresh()
    yield url
    pg_databases.drop(name)


@pytest.fixture
def ledger(
    backend: str, book_path: Path, new_book: Callable[[Path], Path], request: pytest.FixtureRequest
) -> Iterator[Ledger]:
    """A new, empty, migrated book: on a real SQLite file (a copy of the session's
    template), or for ``backend`` "postgresql" a shared book in its own database."""
    if backend == "postgresql":
        url = request.getfixturevalue("pg_book_url")
        with Ledger.open(url) as opened:
            yield opened
        return
    with Ledger.open(new_book(book_path), create=True) as opened:
        yield opened
