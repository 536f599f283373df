"""Real PostgreSQL and Redis for the shared-book tests: private servers started once per run.

The servers come from ``packaging/services.py`` (the same script CI runs), so the tests never
use mocks or fakeredis. Each test that runs on PostgreSQL gets its own database, cloned from a
migrated template database (the PostgreSQL twin of ``migrated_template``) and dropped after.
"""

from __future__ import annotations

import importlib.util
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_DB = "permoney_template"


def services() -> ModuleType:
    """``packaging/services.py``, loaded by path (packaging/ is not a package)."""
    name = "permoney_packaging_services"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "services.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return module


class Databases:
    """Databases on one private server: ``fresh()`` clones the migrated template."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self.counter = itertools.count(1)
        self.template_ready = False

    def admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.server.url("postgres"), autocommit=True)

    def url(self, name: str) -> str:
        return str(self.server.url(name))

    def create(self, name: str, template: str | None = None) -> str:
        query = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            query = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        with self.admin() as conn:
            conn.execute(query)
        return self.url(name)

    def drop(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def template(self) -> str:
        if not self.template_ready:
            from permoney_desktop.store import migrate
            from permoney_desktop.store.engine import make_server_engine

            url = self.create(TEMPLATE_DB)
            engine = make_server_engine(url, write=True, pool_size=1)
            try:
                migrate.upgrade_server(engine, TEMPLATE_DB, create=True)
            finally:
                engine.dispose()
            # What a careful household installs (see store/server_checks.py): `check` then
            # verifies every index too.
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("CREATE EXTENSION IF NOT EXISTS amcheck")
            self.template_ready = True
        return TEMPLATE_DB

    def fresh(self, *, migrated: bool = True) -> tuple[str, str]:
        """A new database (name, URL): a clone of the migrated template, or empty."""
        name = f"book_{next(self.counter)}"
        template = self.template() if migrated else None
        return name, self.create(name, template)


def start() -> Iterator[Any]:
    server = services().start_postgres()
    try:
        yield server
    finally:
        server.close()
