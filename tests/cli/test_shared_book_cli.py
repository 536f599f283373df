"""A shared book on a real PostgreSQL server from the command line: init, write, read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from permoney_desktop.store.dialect import display_url
from tests.cli.conftest import Cli
from tests.servers import Databases


@pytest.fixture
def new_db_url(pg_databases: Databases) -> Iterator[str]:
    """A URL naming a database that does not exist yet on the private server."""
    name = "cli_new_book"
    pg_databases.drop(name)
    yield pg_databases.url(name)
    pg_databases.drop(name)


def test_init_creates_the_database_and_a_second_init_opens_it(cli: Cli, new_db_url: str) -> None:
    assert cli(new_db_url, "init", "--base-currency", "EUR") == (
        f"created shared book {display_url(new_db_url)}"
    )
    # Each member of the household runs the same command: the book is opened, not replaced.
    assert cli(new_db_url, "init", "--base-currency", "USD") == (
        f"opened shared book {display_url(new_db_url)}"
    )
    assert cli(new_db_url, "settings", "get", "book.base_currency") == "EUR"


def test_writes_and_balances_on_a_shared_book(cli: Cli, pg_book_url: str) -> None:
    cli(pg_book_url, "accounts", "add", "Checking", "--type", "checking", "--currency", "USD")
    cli(
        pg_book_url,
        "tx",
        "add",
        "--account",
        "Checking",
        "--date",
        "2024-01-05",
        "--amount",
        "120.50",
        "--payee",
        "Salary",
    )
    cli(
        pg_book_url,
        "tx",
        "add",
        "--account",
        "Checking",
        "--date",
        "2024-01-06",
        "--amount",
        "-20.25",
        "--payee",
        "Café",
    )
    out = cli(pg_book_url, "balances", "--to", "2024-01-31", "--format", "csv")
    assert "Checking" in out and "100.25" in out
    assert "Café" in cli(pg_book_url, "tx", "list")
    cli(pg_book_url, "undo")
    assert "Café" not in cli(pg_book_url, "tx", "list")
    out = cli(pg_book_url, "balances", "--to", "2024-01-31", "--format", "csv")
    assert "120.50" in out


def test_a_missing_server_is_one_clear_line(cli: Cli, pg_databases: Databases) -> None:
    url = pg_databases.url("nothing_here").replace(f":{pg_databases.server.port}/", ":1/")
    err = cli(url, "accounts", "list", code=2)
    assert err.startswith("permoney: cannot reach the server of the shared book postgresql://")
    assert "\n" not in err and "Traceback" not in err and "SELECT" not in err


def test_an_empty_database_is_not_opened_as_a_book(cli: Cli, pg_databases: Databases) -> None:
    name, url = pg_databases.fresh(migrated=False)
    try:
        err = cli(url, "accounts", "list", code=2)
        assert "no book in" in err and "permoney init" in err
    finally:
        pg_databases.drop(name)


def test_a_password_in_the_url_is_never_shown(cli: Cli, pg_databases: Databases) -> None:
    url = pg_databases.url("nothing_here").replace("permoney@", "permoney:s3cret@")
    url = url.replace(f":{pg_databases.server.port}/", ":1/")
    err = cli(url, "accounts", "list", code=2)
    assert "s3cret" not in err


def test_the_queue_url_is_a_book_setting_without_a_password(cli: Cli, pg_book_url: str) -> None:
    err = cli(pg_book_url, "settings", "set", "worker.queue_url", "redis://:pw@nas:6379/0", code=2)
    assert "PERMONEY_QUEUE_URL" in err and "pw" not in err
    assert "redis://" in cli(pg_book_url, "settings", "set", "worker.queue_url", "nas", code=2)
    cli(pg_book_url, "settings", "set", "worker.queue_url", "redis://nas:6379/0")
    assert cli(pg_book_url, "settings", "get", "worker.queue_url") == "redis://nas:6379/0"
