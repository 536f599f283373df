"""Bring a book's schema to the app's head revision, with a backup before any real upgrade."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from permoney_desktop.store import cipher

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

# The newest revision in migrations/versions. Opening a book compares against this constant
# so that an up-to-date book never imports Alembic (a third of a second of start-up);
# tests/store/test_migrations.py checks that it matches Alembic's head.
SCHEMA_HEAD = "0011"


class SchemaTooNewError(RuntimeError):
    """The book was written by a newer version of the app."""


class SchemaUnknownError(RuntimeError):
    """The book holds tables but no schema version: damaged, or not the app's."""


class SchemaMissingError(RuntimeError):
    """A shared book's database holds no book yet (and none was to be created)."""


@cache
def migrations_dir() -> Path:
    """Where the Alembic scripts live: bundle, installed wheel, or the source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "migrations"
    from importlib import resources  # (upgrades only: not loaded by every open)

    packaged = Path(str(resources.files("permoney_desktop"))) / "_migrations"
    if (packaged / "env.py").exists():
        return packaged
    return Path(__file__).resolve().parents[2] / "migrations"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


@cache
def head_revision() -> str:
    """Alembic's own idea of the head (imports Alembic; used only when upgrading)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(path: Path, key: bytes | None = None) -> str | None:
    """The book's revision, read without a write lock (None for a new, empty file)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = cipher.connect(path, key, readonly=True)
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        conn.close()


def _has_tables(path: Path, key: bytes | None) -> bool:
    """True when the file holds any table of its own (a new, empty file holds none)."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    conn = cipher.connect(path, key, readonly=True)
    try:
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version' LIMIT 1"
        ).fetchone()
        return found is not None
    finally:
        conn.close()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def upgrade(path: Path, revision: str = "head", key: bytes | None = None) -> Path | None:
    """Migrate the book at ``path`` to ``revision``; returns the backup made first, if any.

    A book from a newer app is refused before anything is touched. ``key`` opens an
    encrypted book.
    """
    current = current_revision(path, key)
    if revision == "head" and current == SCHEMA_HEAD:
        return None
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            f"{path.name} was saved by a newer version of Permoney (schema {current}); "
            "update the app to open it"
        )
    if current is None and _has_tables(path, key):
        # Migrating from nothing would create tables over the ones there (an SQL error).
        raise SchemaUnknownError(
            f"{path.name} is of an unknown version: it holds tables but no schema version "
            "(damaged?); restore a backup (permoney restore FILE)"
        )
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup = None
    if current is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = path.with_name(f"{path.name}.pre-{target}-{stamp}.bak")
        _copy_consistent(path, backup, key)
    _run(path, "upgrade", target, key)
    return backup


def downgrade(path: Path, revision: str, key: bytes | None = None) -> None:
    _run(path, "downgrade", revision, key)


def _run(path: Path, direction: str, revision: str, key: bytes | None = None) -> None:
    from alembic import command

    # Imported here so that reading SCHEMA_HEAD (the fast `permoney balances` path) never
    # loads SQLAlchemy.
    from permoney_desktop.store.engine import make_migration_engine

    cfg = _config()
    engine = make_migration_engine(path, key)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            getattr(command, direction)(cfg, revision)
    finally:
        engine.dispose()


def _copy_consistent(src: Path, dest: Path, key: bytes | None = None) -> None:
    """A consistent copy even with a WAL beside it (SQLite's online backup API).

    An encrypted book's copy is encrypted with the same key and salt (its book id).
    """
    # Written under a temporary name and renamed when complete: a crash mid-copy must not
    # leave a truncated file that looks like a backup.
    partial = dest.with_name(f".{dest.name}.partial")
    partial.unlink(missing_ok=True)
    source = cipher.connect(src, key)
    target = cipher.connect(partial, key, salt=None if key is None else cipher.salt_of(src))
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    partial.chmod(0o600)
    os.replace(partial, dest)


# -- a shared book on PostgreSQL --------------------------------------------------------------

# Advisory lock key held while a shared book is migrated: two machines opening it with a new
# app at once take turns, and the second finds the schema at head.
MIGRATION_LOCK_KEY = 0x4D494752  # "MIGR"


def server_revision(conn: Connection) -> str | None:
    """A shared book's revision (None when the database holds no book yet)."""
    if conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar() is None:
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


def _server_has_tables(conn: Connection) -> bool:
    found = conn.exec_driver_sql(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
        "AND table_name <> 'alembic_version' LIMIT 1"
    ).first()
    return found is not None


def upgrade_server(engine: Engine, name: str, *, create: bool, revision: str = "head") -> None:
    """Migrate the shared book on ``engine`` (one transaction: PostgreSQL's DDL is
    transactional, so a failed upgrade leaves the book as it was). ``name`` is what messages
    call the book. An empty database becomes a book only with ``create``."""
    with engine.begin() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        current = server_revision(conn)
        if revision == "head" and current == SCHEMA_HEAD:
            return
        if current is not None and current not in known_revisions():
            raise SchemaTooNewError(
                f"{name} was saved by a newer version of Permoney (schema {current}); "
                "update the app to open it"
            )
        if current is None:
            if _server_has_tables(conn):
                raise SchemaUnknownError(
                    f"{name} holds tables but no Permoney schema version: it is not a "
                    "Permoney book (choose an empty database)"
                )
            if not create:
                raise SchemaMissingError(f"no book in {name}; create one with: permoney init URL")
        # Alembic only when there is something to do: a current book (every open but the
        # first after an update) never pays for importing it.
        from alembic import command

        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        make_foreign_keys_deferrable(conn)


# Every foreign key of a shared book DEFERRABLE (still checked per statement unless a
# transaction defers them): undo restores rows that reference each other in one step, which
# SQLite allows with PRAGMA defer_foreign_keys. Run after each upgrade, so the keys any
# revision adds are covered without each revision saying so.
_DEFERRABLE_FKS = """
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
           WHERE contype = 'f' AND NOT condeferrable
             AND connamespace = current_schema()::regnamespace
  LOOP
    EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE',
                   r.tbl, r.conname);
  END LOOP;
END $$
"""


def make_foreign_keys_deferrable(conn: Connection) -> None:
    conn.exec_driver_sql(_DEFERRABLE_FKS)


def downgrade_server(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
