"""entries carry a row version, one (account, external id) per entry, undo steps name their author

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 13:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_EXTERNAL = sa.text("external_id IS NOT NULL")


def upgrade() -> None:
    # Constant defaults: SQLite changes only the table's definition (a million entries
    # upgrade at once); every existing entry starts at version 1, every old step has no
    # author ('' = anyone may undo it, as before).
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)
        )
    with op.batch_alter_table("undo_steps", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("author", sa.String(length=100), server_default=sa.text("''"), nullable=False)
        )
    # A bank's id names one entry per account. Older books may hold the same id twice in an
    # account (a moved entry): the later copies keep their rows and lose only the id, which
    # is used for nothing but recognising a re-imported row.
    op.execute(
        "UPDATE entries SET external_id = NULL WHERE external_id IS NOT NULL AND id > ("
        " SELECT MIN(d.id) FROM entries d WHERE d.account_id = entries.account_id"
        " AND d.external_id = entries.external_id)"
    )
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_index("ix_entries_account_external")
        batch_op.create_index(
            "ix_entries_account_external",
            ["account_id", "external_id"],
            unique=True,
            sqlite_where=_EXTERNAL,
            postgresql_where=_EXTERNAL,
        )


def downgrade() -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_index("ix_entries_account_external")
        batch_op.create_index(
            "ix_entries_account_external",
            ["account_id", "external_id"],
            unique=False,
            sqlite_where=_EXTERNAL,
        )
    with op.batch_alter_table("undo_steps", schema=None) as batch_op:
        batch_op.drop_column("author")
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_column("version")
