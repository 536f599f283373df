"""Backups and ``check`` of a shared book on a real PostgreSQL server: a verified book zip that
loads back into an empty book, the server's own checks, and clear refusals where a command
works on book files only."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import psycopg
import pytest

from permoney_desktop.services import backups, exports, materialize, server_backups
from permoney_desktop.services.demo import fill_demo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import book_checksums
from permoney_desktop.store.server_checks import AMCHECK_SKIPPED
from tests.cli.conftest import Cli


@pytest.fixture
def shared(pg_book_url: str) -> str:
    with Ledger.open(pg_book_url) as ledger:
        fill_demo(ledger, transactions=400, years=1, seed=11, end=date(2024, 6, 30))
        materialize.sync_all(ledger, full=True)
    return pg_book_url


def _sums(location: str | Path) -> book_checksums.AccountSums:
    with Ledger.open(location) as ledger, ledger.book.reading() as session:
        return book_checksums.account_sums(session.connection())


def test_backup_is_a_verified_zip_that_loads_into_an_empty_book(
    cli: Cli, shared: str, tmp_path: Path
) -> None:
    written = Path(cli(shared, "backup", str(tmp_path)))
    assert written.parent == tmp_path and written.suffix == ".zip"
    with Ledger.open(shared) as ledger:
        assert backups.last_backup(ledger).ok  # type: ignore[union-attr]
    copy = tmp_path / "restored.permoney"
    cli(copy, "init")
    cli(copy, "import-book", str(written))
    assert _sums(copy) == _sums(shared) != {}


def test_a_zip_that_differs_from_the_book_fails_verification(shared: str, tmp_path: Path) -> None:
    path = tmp_path / "book.zip"
    with Ledger.open(shared) as ledger, ledger.book.reading() as session:
        conn = session.connection()
        exports.write_book_zip(conn, path, str(ledger.base_currency))
        tables = book_checksums.table_counts(conn, server_backups.TABLES)
        sums = {a: (n, s) for a, (n, s, _d) in book_checksums.account_sums(conn).items()}
        assert server_backups.verify_zip(conn, path, tables, sums) == []
        # The book moved on (one entry more on account 1) after the zip was written.
        sums[1] = (sums[1][0] + 1, sums[1][1])
        tables["entries"] += 1
        problems = server_backups.verify_zip(conn, path, tables, sums)
    assert "account 1: entries differ" in problems
    assert any(p.startswith("table entries:") for p in problems)
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[: len(data) // 2] if item.filename == "entries.csv" else data)
    with Ledger.open(shared) as ledger, ledger.book.reading() as session:
        (problem,) = server_backups.verify_zip(session.connection(), broken, tables, sums)
    assert problem.startswith("the backup does not read back")


def test_check_runs_the_servers_checks_and_says_what_it_skipped(cli: Cli, shared: str) -> None:
    assert "book check clean" in cli(shared, "check")
    assert "warning" not in cli(shared, "check", "--quick")  # amcheck is installed (tests/servers)
    with psycopg.connect(shared, autocommit=True) as conn:
        conn.execute("DROP EXTENSION amcheck")
    out = cli(shared, "check")
    assert AMCHECK_SKIPPED in out and "book check clean" in out


def test_restore_encrypt_and_decrypt_refuse_a_shared_book(cli: Cli, shared: str) -> None:
    refusal = cli(shared, "restore", "any.zip", code=2)
    assert "import-book" in refusal and "book copy" in refusal
    for command in ("encrypt", "decrypt"):
        assert "works on a book file" in cli(shared, command, code=2)
