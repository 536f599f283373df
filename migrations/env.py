"""Alembic environment: migrates one book; imports the store's schema only."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from permoney_desktop.store.schema import Base

target_metadata = Base.metadata
config = context.config


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # the alembic command line, for authoring revisions
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///dev-book.permoney"
    with create_engine(url).connect() as conn:
        _run(conn)
