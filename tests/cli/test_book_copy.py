"""``permoney book copy``: a SQLite book into PostgreSQL and back on a real server, verified,
and all or nothing — a refused or failed copy leaves DEST as it was."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.cli import main
from permoney_desktop.domain.splits import SplitLine
from permoney_desktop.services import (
    accounts,
    book_copy,
    entries,
    integrity,
    materialize,
    splits,
    undo,
)
from permoney_desktop.services.demo import fill_demo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import book_checksums, id_floors
from permoney_desktop.store.book_wipe import settings_rows
from tests.cli.conftest import Cli
from tests.servers import Databases


def _state(location: str | Path) -> tuple[object, ...]:
    """Everything the copy must carry: row counts, per-account checksums, balance days."""
    with Ledger.open(location) as ledger, ledger.book.reading() as session:
        conn = session.connection()
        ids = book_checksums.account_ids(conn)
        return (
            book_checksums.table_counts(conn, book_copy.TABLES),
            book_checksums.account_sums(conn),
            {a: integrity.stored_rows(conn, a) for a in ids},
        )


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "home.permoney"
    with Ledger.open(path, create=True) as ledger:
        fill_demo(ledger, transactions=500, years=1, seed=3, end=date(2024, 6, 30))
        # A split entry (lines and their categories travel too).
        with ledger.book.reading() as session:
            entry, cat = (
                session.connection()
                .exec_driver_sql(
                    "SELECT id, category_id FROM entries WHERE kind = 'transaction'"
                    " AND amount < -5000 AND category_id IS NOT NULL ORDER BY id LIMIT 1"
                )
                .one()
            )
            (amount,) = (
                session.connection()
                .exec_driver_sql("SELECT amount FROM entries WHERE id = ?", (entry,))
                .one()
            )
        half = Decimal(amount // 2).scaleb(-2)
        rest = Decimal(amount - amount // 2).scaleb(-2)
        splits.split_entry(ledger, entry, [SplitLine(half, cat), SplitLine(rest, None)])
        materialize.sync_all(ledger, full=True)
    return path


@pytest.fixture
def empty_url(pg_databases: Databases) -> Iterator[str]:
    name, url = pg_databases.fresh()
    yield url
    pg_databases.drop(name)


def test_a_book_goes_into_postgresql_and_back_with_every_figure_verified(
    cli: Cli, source: Path, empty_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["book", "copy", str(source), empty_url]) == 0
    out, err = capsys.readouterr()
    assert "verified: row counts, per-account checksums" in out
    assert "permoney: writing the copy:" in err and "100%" in err  # progress lines
    back = tmp_path / "back.permoney"
    cli(tmp_path / "unused.permoney", "book", "copy", empty_url, str(back))
    expected = _state(source)
    assert _state(empty_url) == expected == _state(back)
    assert expected[1]  # the demo book has entries in several accounts
    for book in (empty_url, back):
        assert "book check clean" in cli(book, "check")
        with Ledger.open(book) as ledger:
            assert undo.undo_label(ledger) is None  # the copy is not an undo step
    assert cli(empty_url, "balances") == cli(source, "balances")


def test_a_book_that_is_not_empty_is_refused_and_left_alone(
    cli: Cli, source: Path, empty_url: str, tmp_path: Path
) -> None:
    cli(empty_url, "accounts", "add", "Cash", "--type", "cash", "--currency", "USD")
    before = _state(empty_url)
    err = cli(tmp_path / "x.permoney", "book", "copy", str(source), empty_url, code=2)
    assert "is not empty" in err and "unchanged" in err
    assert _state(empty_url) == before
    same = cli(tmp_path / "x.permoney", "book", "copy", str(source), str(source), code=2)
    assert "same book" in same
    missing = cli(
        tmp_path / "x.permoney", "book", "copy", str(tmp_path / "no.permoney"), empty_url, code=2
    )
    assert "no book at" in missing


class HalfWayError(RuntimeError):
    """A failure in the middle of the copy (a lost connection, a killed disk)."""


def _fail_half_way(what: str, done: int, total: int) -> None:
    if what == "writing the copy" and 0 < done < total:
        raise HalfWayError("half-way")


def test_a_failure_half_way_leaves_the_database_as_it_was(source: Path, empty_url: str) -> None:
    with Ledger.open(empty_url) as ledger, ledger.book.reading() as session:
        settings = settings_rows(session.connection())
    before = _state(empty_url)
    with pytest.raises(HalfWayError):
        book_copy.copy_book(source, empty_url, _fail_half_way)
    assert _state(empty_url) == before
    with Ledger.open(empty_url) as ledger, ledger.book.reading() as session:
        assert settings_rows(session.connection()) == settings
    book_copy.copy_book(source, empty_url)  # and the same DEST takes the copy afterwards
    assert _state(empty_url) == _state(source)


def test_a_copy_that_does_not_verify_is_removed(
    source: Path, empty_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the write committed: a difference found by the verification deletes the copy
    again (the database is emptied; a book file the copy created is removed)."""
    monkeypatch.setattr(book_copy, "_differences", lambda *_a: ["account 1: entries differ"])
    before = _state(empty_url)
    with pytest.raises(book_copy.BookCopyError, match="did not verify and was removed"):
        book_copy.copy_book(source, empty_url)
    assert _state(empty_url) == before
    new_file = tmp_path / "new.permoney"
    with pytest.raises(book_copy.BookCopyError, match="did not verify"):
        book_copy.copy_book(source, new_file)
    assert not new_file.exists()


def _copy_fails(source: Path, dest: str, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["book", "copy", str(source), dest]) == 2
    err = capsys.readouterr().err
    assert "did not verify and was removed" in err and "Traceback" not in err
    return err


def _exists(pg_databases: Databases, name: str) -> bool:
    with pg_databases.admin() as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        return found.fetchone() is not None


def test_a_failed_copy_drops_the_database_it_created_and_only_that(
    source: Path,
    pg_databases: Databases,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A DEST database the copy had to create is dropped again when the verification fails
    (not left migrated and empty), and the message says so; one that existed stays."""
    monkeypatch.setattr(book_copy, "_differences", lambda *_a: ["account 1: entries differ"])
    name = "copy_made_here"
    try:
        err = _copy_fails(source, pg_databases.url(name), capsys)
        assert f'the database "{name}" this copy created was dropped' in err
        assert not _exists(pg_databases, name)
    finally:
        pg_databases.drop(name)
    existing, existing_url = pg_databases.fresh()
    try:
        err = _copy_fails(source, existing_url, capsys)
        assert "this copy created" not in err
        assert _exists(pg_databases, existing)
    finally:
        pg_databases.drop(existing)


def _floors(location: str | Path) -> dict[str, int]:
    with Ledger.open(location) as ledger, ledger.book.reading() as session:
        return dict(id_floors.floors(session.connection()))


def test_a_copy_both_ways_keeps_the_id_floors(
    cli: Cli, source: Path, empty_url: str, tmp_path: Path
) -> None:
    """Ids the source gave to rows since deleted are never given again in a copy: the floors
    go into PostgreSQL and back, and a copy whose floors fall short does not verify."""
    with Ledger.open(source) as ledger:
        spare, _ = accounts.create_account(ledger, "Spare", "cash", "USD")
        accounts.delete_account(ledger, spare)
        newest = max(e.id for e in entries.list_entries(ledger, limit=100_000).rows)
        entries.delete_entries(ledger, [newest])
    floors = _floors(source)
    assert floors["entries"] == newest and "accounts" in floors
    book_copy.copy_book(source, empty_url)
    back = tmp_path / "back.permoney"
    book_copy.copy_book(empty_url, back)
    assert _floors(empty_url) == floors == _floors(back)
    for book in (empty_url, back):
        out = cli(book, "tx", "add", "--account", "Everyday Checking", "--date", "2024-06-30",
                  "--amount", "-1")  # fmt: skip
        assert int(out.strip()) == newest + 1
    assert book_copy._floor_differences([("entries", newest - 1)], [("entries", newest)])
    assert not book_copy._floor_differences([("entries", newest + 5)], [("entries", newest)])
