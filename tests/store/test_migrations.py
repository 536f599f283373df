"""Alembic: base→head→base→head, no drift between ORM and migrations, refusal of newer books."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from permoney_desktop.store import migrate
from permoney_desktop.store.book import BookError, open_book
from permoney_desktop.store.schema import Base


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    return {r[0] for r in rows} - {"alembic_version"}


def test_schema_head_constant_matches_alembic() -> None:
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_base_head_base_head(tmp_path: Path) -> None:
    path = tmp_path / "m.permoney"
    migrate.upgrade(path)
    assert migrate.current_revision(path) == migrate.head_revision()
    assert {"accounts", "entries", "balances", "syncs", "undo_steps"} <= _tables(path)
    migrate.downgrade(path, "base")
    assert _tables(path) == set()
    migrate.upgrade(path)
    assert migrate.current_revision(path) == migrate.head_revision()


def test_orm_metadata_equals_migrated_schema(tmp_path: Path) -> None:
    path = tmp_path / "drift.permoney"
    migrate.upgrade(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_newer_book_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.permoney"
    open_book(path, create=True).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(BookError, match="newer version"):
        open_book(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_real_upgrade_takes_a_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A scratch copy of the migrations with one more revision, as a future release would ship.
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), scripts)
    head = migrate.SCHEMA_HEAD
    (scripts / "versions" / "9000_probe.py").write_text(
        '"""probe"""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '9000'\ndown_revision = '{head}'\n"
        "branch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('accounts') as b:\n"
        "        b.add_column(sa.Column('probe', sa.Integer(), nullable=True))\n"
        "def downgrade():\n"
        "    with op.batch_alter_table('accounts') as b:\n"
        "        b.drop_column('probe')\n"
    )
    book = tmp_path / "old.permoney"
    open_book(book, create=True).close()
    with sqlite3.connect(book) as conn:
        conn.execute(
            "INSERT INTO accounts (name, kind, currency, opening_balance, archived, notes,"
            " sort_order, data_version, created_at) VALUES"
            " ('Cash', 'cash', 'USD', 100, 0, '', 0, 0, '2024-01-01 00:00:00')"
        )
    migrate.migrations_dir.cache_clear()
    migrate.head_revision.cache_clear()
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9000")
    try:
        opened = open_book(book)
        assert opened.backup_before_upgrade is not None
        assert opened.backup_before_upgrade.exists()
        opened.close()
        with sqlite3.connect(opened.backup_before_upgrade) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
            assert conn.execute("SELECT name FROM accounts").fetchall() == [("Cash",)]
        with sqlite3.connect(book) as conn:
            cols = [r[1] for r in conn.execute("PRAGMA table_info(accounts)")]
            assert "probe" in cols
            assert conn.execute("SELECT name FROM accounts").fetchall() == [("Cash",)]
    finally:
        migrate.head_revision.cache_clear()
