"""One Alembic history on PostgreSQL too: base→head→base→head, and no drift from the ORM.

Every migration on main must run on a shared book as well as on a file; a revision that
only SQLite accepts fails here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from permoney_desktop.store import migrate
from permoney_desktop.store.engine import make_server_engine
from permoney_desktop.store.schema import Base
from tests.servers import Databases


@pytest.fixture
def empty_db(pg_databases: Databases) -> Iterator[Engine]:
    name, url = pg_databases.fresh(migrated=False)
    engine = make_server_engine(url, write=True, pool_size=1)
    yield engine
    engine.dispose()
    pg_databases.drop(name)


def _revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return migrate.server_revision(conn)


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_base_head_base_head_on_postgresql(empty_db: Engine) -> None:
    migrate.upgrade_server(empty_db, "test", create=True)
    assert _revision(empty_db) == migrate.head_revision()
    assert {"accounts", "entries", "balances", "syncs", "undo_steps"} <= _tables(empty_db)
    migrate.downgrade_server(empty_db, "base")
    assert _tables(empty_db) == set()
    migrate.upgrade_server(empty_db, "test", create=True)
    assert _revision(empty_db) == migrate.SCHEMA_HEAD


def test_each_revision_upgrades_and_downgrades_one_step(empty_db: Engine) -> None:
    revisions = sorted(migrate.known_revisions())
    for revision in revisions:
        migrate.upgrade_server(empty_db, "test", create=True, revision=revision)
        assert _revision(empty_db) == revision
    for previous in reversed(["base", *revisions[:-1]]):
        migrate.downgrade_server(empty_db, previous)
        assert _revision(empty_db) == (None if previous == "base" else previous)


def _fk_key(fk: Any) -> tuple[str, str, tuple[str, ...]]:
    return (fk.table.name, fk.name, tuple(c.name for c in fk.columns))


def test_orm_metadata_equals_migrated_schema_on_postgresql(empty_db: Engine) -> None:
    migrate.upgrade_server(empty_db, "test", create=True)
    with empty_db.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    # A shared book's foreign keys are DEFERRABLE on purpose (undo restores rows that refer
    # to each other; ``migrate.make_foreign_keys_deferrable``): the same key, removed and
    # added back, is that difference and nothing else.
    removed = {_fk_key(d[1]) for d in diff if d[0] == "remove_fk"}
    added = {_fk_key(d[1]) for d in diff if d[0] == "add_fk"}
    assert removed == added
    assert all(d[1].deferrable for d in diff if d[0] == "remove_fk")
    assert [d for d in diff if d[0] not in ("remove_fk", "add_fk")] == []


def test_every_foreign_key_is_deferrable(empty_db: Engine) -> None:
    migrate.upgrade_server(empty_db, "test", create=True)
    with empty_db.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT conname, condeferrable, condeferred FROM pg_constraint WHERE contype = 'f'"
        ).all()
    assert rows
    assert all(deferrable and not deferred for _name, deferrable, deferred in rows)


def test_money_columns_hold_amounts_past_32_bits(empty_db: Engine) -> None:
    migrate.upgrade_server(empty_db, "test", create=True)
    columns = {c["name"]: c["type"] for c in inspect(empty_db).get_columns("entries")}
    assert columns["amount"].python_type is int
    with empty_db.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (name, kind, currency, opening_balance, archived, notes, "
            "sort_order, data_version, created_at) VALUES ('A', 'checking', 'USD', ?, 0, '', "
            "0, 0, '2026-01-01 00:00:00')",
            (9_999_999_999_999,),
        )
        value = conn.exec_driver_sql("SELECT opening_balance FROM accounts").scalar()
    assert value == 9_999_999_999_999


def test_an_empty_database_is_not_a_book_until_created(empty_db: Engine) -> None:
    with pytest.raises(migrate.SchemaMissingError, match="permoney init"):
        migrate.upgrade_server(empty_db, "test", create=False)
    assert _tables(empty_db) == set()


def test_a_newer_book_is_refused_and_untouched(empty_db: Engine) -> None:
    migrate.upgrade_server(empty_db, "test", create=True)
    with empty_db.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(migrate.SchemaTooNewError, match="newer version"):
        migrate.upgrade_server(empty_db, "test", create=False)
    assert _revision(empty_db) == "9999_from_the_future"


def test_a_foreign_database_is_refused(empty_db: Engine) -> None:
    with empty_db.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE theirs (id integer)")
    with pytest.raises(migrate.SchemaUnknownError, match="not a Permoney book"):
        migrate.upgrade_server(empty_db, "test", create=True)
