"""Id floors (``store.id_floors``): only ever rise, survive an upgrade from a book without them,
concurrent raises on PostgreSQL lose nothing, and a book zip carries them (checked as any
untrusted cell, never lowered by undoing the import)."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, inspect

from permoney_desktop.domain.entry_values import NewEntry
from permoney_desktop.domain.imports.records import ImportFileError
from permoney_desktop.services import accounts, entries, exports, undo
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import dialect, id_floors, migrate
from permoney_desktop.store.engine import make_server_engine

DAY = date(2025, 3, 1)


def _floors(ledger: Ledger) -> dict[str, int]:
    with ledger.book.reading() as session:
        return dict(id_floors.floors(session.connection()))


def _add(ledger: Ledger, account: int, n: int) -> list[int]:
    return [entries.add_entry(ledger, NewEntry(account, DAY, Decimal(-1 - i)))[0] for i in range(n)]


@pytest.fixture
def location(
    backend: str, tmp_path: Path, new_book: Callable[[Path], Path], request: pytest.FixtureRequest
) -> Iterator[str]:
    """A new, empty, migrated book on the backend, not opened."""
    if backend == "postgresql":
        yield request.getfixturevalue("pg_book_url")
        return
    yield str(new_book(tmp_path / "book.permoney"))


def _downgrade_to_0010(location: str) -> set[str]:
    """The book as the release before id floors left it; returns its tables."""
    if location.startswith("postgresql"):
        engine = make_server_engine(location, write=True, pool_size=1)
        try:
            migrate.downgrade_server(engine, "0010")
            return set(inspect(engine).get_table_names())
        finally:
            engine.dispose()
    migrate.downgrade(Path(location), "0010")
    engine = create_engine(f"sqlite:///{location}")
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


@pytest.mark.backends
def test_a_book_from_0010_upgrades_with_no_floors_and_its_ids_still_count(location: str) -> None:
    with Ledger.open(location) as ledger:
        acct, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
        first, second, third = _add(ledger, acct, 3)
        entries.delete_entries(ledger, [third])
        assert _floors(ledger)["entries"] == third
    assert "id_floors" not in _downgrade_to_0010(location)
    with Ledger.open(location) as ledger:  # opening upgrades it
        assert _floors(ledger) == {}  # filled from nothing: MAX(id) still counts
        (again,) = _add(ledger, acct, 1)
        # The entry deleted before the upgrade is unknown: its id may be given again (no undo
        # step of that release can put it back beside this one: the gate refuses that too).
        assert again == second + 1 == third
        entries.delete_entries(ledger, [again])
        (fresh,) = _add(ledger, acct, 1)
        assert fresh == again + 1
        assert entries.get_entry(ledger, first).amount.amount == Decimal(-1)


@pytest.mark.backends
def test_a_floor_only_rises_and_undo_never_lowers_it(location: str) -> None:
    with Ledger.open(location) as ledger:
        acct, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
        ids = _add(ledger, acct, 4)
        entries.delete_entries(ledger, ids[2:])
        assert _floors(ledger)["entries"] == ids[3]
        entries.delete_entries(ledger, ids[:1])  # a lower id: the floor stays
        assert _floors(ledger)["entries"] == ids[3]
        undo.undo(ledger)
        undo.undo(ledger)  # both deletes undone: every row back, the floor where it was
        assert len(entries.list_entries(ledger).rows) == 4
        assert _floors(ledger)["entries"] == ids[3]
        with ledger.book.write_transaction() as conn:
            id_floors.raise_floor(conn, "entries", 1)
        assert _floors(ledger)["entries"] == ids[3]
        assert _add(ledger, acct, 1) == [ids[3] + 1]


def _raw_engine(url: str) -> Engine:
    """A READ COMMITTED engine on the book without the gate's write lock: two writers at
    once, as the statement itself must stand it."""
    engine = create_engine(dialect.sqlalchemy_url(url), isolation_level="READ COMMITTED")
    dialect.install(engine)
    return engine


def _waits_for_a_lock(engine: Engine, pid: int) -> bool:
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT wait_event_type FROM pg_stat_activity WHERE pid = ?", (pid,)
        ).first()
    return row is not None and row[0] == "Lock"


@pytest.mark.parametrize(("first", "second"), [(10, 5), (20, 30)])
def test_two_writers_raising_one_floor_at_once_lose_no_raise(
    pg_book_url: str, first: int, second: int
) -> None:
    """The second raise waits for the first's row and then compares with what it committed:
    the floor ends at the higher of the two, whichever came first, and neither deadlocks."""
    engine = _raw_engine(pg_book_url)
    try:
        with engine.connect() as one, engine.connect() as two:
            two_pid = int(two.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
            two.rollback()
            with one.begin():
                id_floors.raise_floor(one, "entries", 1)
            errors: list[BaseException] = []

            def raise_second() -> None:
                try:
                    with two.begin():
                        id_floors.raise_floor(two, "entries", second)
                except BaseException as exc:  # handed to the test's thread
                    errors.append(exc)

            with one.begin():
                id_floors.raise_floor(one, "entries", first)
                worker = threading.Thread(target=raise_second)
                worker.start()
                while worker.is_alive() and not _waits_for_a_lock(engine, two_pid):
                    worker.join(0.01)
                assert worker.is_alive(), "the second raise did not wait for the first's row"
            worker.join(30)
            assert not worker.is_alive() and errors == []
            with engine.connect() as conn:
                assert dict(id_floors.floors(conn)) == {"entries": max(first, second)}
    finally:
        engine.dispose()


def _book_with_floors(path: Path) -> tuple[dict[str, int], Path]:
    """A book whose entries and accounts had deletes, exported as a zip."""
    with Ledger.open(path, create=True) as ledger:
        acct, _ = accounts.create_account(ledger, "Checking", "checking", "USD")
        gone, _ = accounts.create_account(ledger, "Old", "cash", "USD")
        ids = _add(ledger, acct, 5)
        entries.delete_entries(ledger, ids[3:])
        accounts.delete_account(ledger, gone)
        floors = _floors(ledger)
        zpath = path.with_suffix(".zip")
        exports.export_book(ledger, zpath)
    return floors, zpath


def test_a_book_zip_carries_the_floors_and_undoing_its_import_keeps_them(
    tmp_path: Path,
) -> None:
    floors, zpath = _book_with_floors(tmp_path / "source.permoney")
    assert set(floors) == {"entries", "accounts"}
    with Ledger.open(tmp_path / "target.permoney", create=True) as target:
        exports.import_book(target, zpath)
        assert _floors(target) == floors
        acct = accounts.find_account(target, "Checking").id
        assert _add(target, acct, 1) == [floors["entries"] + 1]
        undo.undo(target)  # the new entry
        undo.undo(target)  # the import: every row goes, no floor goes down
        assert accounts.list_accounts(target) == []
        assert _floors(target)["entries"] == floors["entries"] + 1
        assert _floors(target)["accounts"] == floors["accounts"]


def _with_floors_file(source: Path, out: Path, text: str) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, text if name == "id_floors.csv" else src.read(name))
    return out


@pytest.mark.parametrize(
    ("row", "field", "reason"),
    [
        ("sqlite_master,7", "table_name", "not a table of the book that has ids"),
        ("entry_tags,7", "table_name", "not a table of the book that has ids"),
        ("entries,-1", "floor", "not an id"),
        ("entries,lots", "floor", "not a whole number"),
    ],
)
def test_a_crafted_floor_is_refused_naming_its_line_and_field(
    tmp_path: Path, row: str, field: str, reason: str
) -> None:
    _floors_before, zpath = _book_with_floors(tmp_path / "source.permoney")
    crafted = _with_floors_file(
        zpath, tmp_path / "crafted.zip", f"table_name,floor\r\naccounts,2\r\n{row}\r\n"
    )
    with Ledger.open(tmp_path / "target.permoney", create=True) as target:
        with pytest.raises(ImportFileError) as refused:
            exports.import_book(target, crafted)
        err: Any = refused.value
        assert (err.file, err.line, err.field) == ("id_floors.csv", 3, field)
        assert reason in str(err)
        assert accounts.list_accounts(target) == [] and _floors(target) == {}


def test_two_people_deleting_at_once_through_the_gate_raise_both_floors(pg_book_url: str) -> None:
    """Two people delete at the same moment (the book's write lock makes their writes take
    turns; a deadlock or serialization failure would be the gate's BookBusyError, retried by
    the callers): neither fails, and each table's floor is its deleted top."""
    with Ledger.open(pg_book_url) as setup:
        acct, _ = accounts.create_account(setup, "Checking", "checking", "USD")
        spare, _ = accounts.create_account(setup, "Spare", "cash", "USD")
        ids = _add(setup, acct, 6)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def delete(job: Callable[[Ledger], object]) -> None:
        try:
            with Ledger.open(pg_book_url) as person:
                start.wait(10)
                job(person)
        except BaseException as exc:  # handed to the test's thread
            errors.append(exc)

    jobs = [
        lambda person: entries.delete_entries(person, ids[4:]),
        lambda person: (
            entries.delete_entries(person, ids[:2]),
            accounts.delete_account(person, spare),
        ),
    ]
    threads = [threading.Thread(target=delete, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == [] and not any(t.is_alive() for t in threads)
    with Ledger.open(pg_book_url) as ledger:
        assert _floors(ledger) == {"entries": ids[5], "accounts": spare}
        assert _add(ledger, acct, 1) == [ids[5] + 1]
