"""The store's query modules answer on the caller's connection: name clashes ignore case and
honour the excluded row, a table's parts cover it exactly once, keys are found by the schema's
primary key, and a fingerprint tells a faithful copy from a changed one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from permoney_desktop.services import accounts, demo, tags, valuations
from permoney_desktop.services.ledger import Ledger
from permoney_desktop.store import (
    account_queries,
    backup_files,
    cipher,
    export_queries,
    integrity_checks,
    tag_queries,
)

# Each test that uses the ``ledger`` fixture runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.backends


def test_tag_names_clash_ignoring_case_except_with_the_excluded_tag(ledger: Ledger) -> None:
    tag_id, _ = tags.create_tag(ledger, "Holiday")
    other_id, _ = tags.create_tag(ledger, "Work")
    with ledger.book.reading() as session:
        conn = session.connection()
        assert tag_queries.name_taken(conn, "HOLIDAY")
        assert not tag_queries.name_taken(conn, "holiday", exclude=tag_id)
        assert tag_queries.name_taken(conn, "holiday", exclude=other_id)
        assert tag_queries.tag_name(conn, tag_id) == "Holiday"
        assert tag_queries.tag_name(conn, tag_id + other_id + 1) is None


def test_an_account_name_clash_names_the_stored_spelling(ledger: Ledger) -> None:
    account_id, _ = accounts.create_account(ledger, "Main Checking", "checking", "USD")
    with ledger.book.reading() as session:
        conn = session.connection()
        assert account_queries.clashing_name(conn, "main checking") == "Main Checking"
        assert account_queries.clashing_name(conn, "main checking", account_id) is None


def test_the_entry_parts_of_a_book_zip_cover_the_entries_table_once(ledger: Ledger) -> None:
    demo.fill_demo(ledger, transactions=400, years=1, seed=2, end=date(2026, 3, 31))
    first = accounts.list_accounts(ledger)[0]
    valuations.set_valuation(ledger, first.id, date(2026, 3, 1), Decimal("123.45"))
    cols = ["id", "kind"]
    with ledger.book.reading() as session:
        conn = session.connection()
        every = [tuple(r) for r in export_queries.table_rows(conn, "entries", cols)]
        plain = [
            tuple(r)
            for r in export_queries.table_rows(conn, "entries", cols, export_queries.NOT_VALUATIONS)
        ]
        levels = [
            tuple(r)
            for r in export_queries.table_rows(conn, "entries", cols, export_queries.VALUATIONS)
        ]
    assert levels and all(kind == "valuation" for _i, kind in levels)
    assert all(kind != "valuation" for _i, kind in plain)
    assert sorted(plain + levels) == every  # every entry in exactly one part, in key order


def test_key_presence_uses_the_tables_primary_key(ledger: Ledger) -> None:
    tag_id, _ = tags.create_tag(ledger, "Trip")
    with ledger.book.reading() as session:
        conn = session.connection()
        assert integrity_checks.key_exists(conn, "tags", tag_id)
        assert not integrity_checks.key_exists(conn, "tags", tag_id + 1)
        # entry_tags has a compound key (entry id, tag id): no entry carries the tag yet.
        assert not integrity_checks.key_exists(conn, "entry_tags", [1, tag_id])


@pytest.mark.sqlite_only  # a file snapshot (a shared book's backups are the server's)
def test_a_snapshot_copy_has_the_books_fingerprint_until_the_book_changes(
    ledger: Ledger, tmp_path: Path
) -> None:
    demo.fill_demo(ledger, transactions=300, years=1, seed=4, end=date(2026, 3, 31))
    copy = tmp_path / "copy.permoney"
    live = backup_files.copy_snapshot(ledger.book.read_engine, copy, None, None)
    conn = cipher.connect(copy, None, readonly=True)
    try:
        assert backup_files.integrity_lines(conn) == ["ok"]
        assert backup_files.has_schema_version(conn)
        assert live.differences(backup_files.fingerprint(conn)) == []
        tags.create_tag(ledger, "Later")
        raw = ledger.book.read_engine.raw_connection()
        try:
            now = backup_files.fingerprint(raw.dbapi_connection)
        finally:
            raw.close()
        # The new tag (and its undo step) are in the book, not in the copy.
        assert (
            f"table tags: {live.tables['tags'] + 1} rows in the book, "
            f"{live.tables['tags']} in the backup"
        ) in now.differences(backup_files.fingerprint(conn))
    finally:
        conn.close()
